//! The page in every language it is built in (`l10n::LANGUAGES`), in each
//! engine: the first screen, the whole flow, Tesla's login in the page's
//! language, the list of languages and the offer of the browser's, and
//! moving from one language to another carrying nothing along. A new
//! language is covered without touching these tests. They expect no English
//! sentence on another language's page: they read ids, `lang`, attributes
//! and the catalogs (`i18n/<tag>.ftl`).

mod support;

use l10n::{LANGUAGES, Language};
use serde_json::{Value, json};
use support::engine::Engine;
use support::flow::{open_with_relay_in, the_whole_flow};
use support::languages::says;
use support::layout::{WORDS_BEFORE_THE_BUTTON, outside_view, overflows, set_viewport};
use support::user::{
    assert_none_on_the_page, fill_every_box, leave_guard_armed, switch_to_second_tab, tokens_for,
};
use support::{Stack, in_browser, in_browser_speaking};

/// The most words an owner reads before the button that starts everything,
/// in any language (English's own limit, in tests/first_screen.rs, is lower).
const MOST_WORDS_BEFORE_THE_BUTTON: u64 = 150;

#[tokio::test]
async fn every_languages_first_screen_has_the_login_button_and_nothing_that_does_not_fit() {
    in_browser(async |stack: &Stack| {
        open_with_relay_in(stack, Language::english()).await;
        // Firefox's and WebKit's windows stop at 500 and 447 px: a phone's
        // 375 px is Chromium's alone here.
        let sizes: &[_] = match stack.engine {
            Engine::Chromium => &[(1280, 800), (375, 740)],
            Engine::Firefox | Engine::WebKit => &[(1280, 800)],
        };
        let mut problems = Vec::new();
        for &(width, height) in sizes {
            set_viewport(stack, width, height).await;
            for language in LANGUAGES {
                let at = format!("{} at {width}×{height}", language.tag);
                stack.open_page_in(language, "").await;
                stack.js("window.scrollTo(0, 0);").await;
                problems
                    .extend(outside_view(stack, "#start-login").await.map(|line| format!("{at}: {line}")));
                let words = stack.js(WORDS_BEFORE_THE_BUTTON).await.as_u64().unwrap();
                println!("{at}: {words} words before the login button");
                if words > MOST_WORDS_BEFORE_THE_BUTTON {
                    problems.push(format!("{at}: {words} words before the login button"));
                }
                // The README's pictures of each language (English's are first_screen.rs's).
                if width >= 640 && language != Language::english() {
                    stack.screenshot(&format!("first-screen-desktop-{}", language.tag)).await;
                }
                problems.extend(overflows(stack).await.into_iter().map(|line| format!("{at}: {line}")));
            }
        }
        assert!(problems.is_empty(), "in {}:\n{}", stack.engine.name(), problems.join("\n"));
    })
    .await;
}

#[tokio::test]
async fn the_whole_flow_gives_tokens_in_german_and_in_chinese() {
    for tag in ["de", "zh-Hans"] {
        let language = Language::by_tag(tag).unwrap();
        in_browser(async |stack: &Stack| the_whole_flow(stack, language).await).await;
    }
}

/// The `locale` of the login `address` asks Tesla for.
fn locale_of(address: &str) -> Option<String> {
    let address = url::Url::parse(address).unwrap_or_else(|e| panic!("{address}: {e}"));
    address.query_pairs().find(|(name, _)| name == "locale").map(|(_, value)| value.into_owned())
}

/// Presses "Open Tesla login" and returns the `locale` that Tesla's tab
/// (the double) was asked for, and the one of the page's `#login-link`.
async fn press_and_read_locales(stack: &Stack) -> (Option<String>, Option<String>) {
    let page_tab = stack.browser.window().await.unwrap();
    stack.click("#start-login").await;
    switch_to_second_tab(stack, &page_tab).await;
    stack.wait_for("#identity").await;
    let asked = stack.browser.current_url().await.unwrap().to_string();
    stack.browser.close_window().await.unwrap();
    stack.browser.switch_to_window(page_tab).await.unwrap();
    let link = stack.wait_for("#login-link").await.attr("href").await.unwrap().unwrap_or_default();
    (locale_of(&asked), locale_of(&link))
}

#[tokio::test]
async fn teslas_login_opens_in_the_pages_language_or_the_one_typed() {
    // A locale none of the pages is in.
    const TYPED: &str = "es-MX";
    assert!(LANGUAGES.iter().all(|language| language.tesla_locale != TYPED));
    in_browser(async |stack: &Stack| {
        let mut wrong = Vec::new();
        for language in LANGUAGES {
            stack.open_page_in(language, "").await;
            let expected = Some(language.tesla_locale.to_owned());
            let (asked, linked) = press_and_read_locales(stack).await;
            if (&asked, &linked) != (&expected, &expected) {
                wrong.push(format!(
                    "{}'s page: Tesla's tab was asked for locale {asked:?}, #login-link says {linked:?}, not {:?}",
                    language.tag, language.tesla_locale
                ));
            }
            stack.type_into("#locale", TYPED).await;
            let (asked, linked) = press_and_read_locales(stack).await;
            let typed = Some(TYPED.to_owned());
            if (&asked, &linked) != (&typed, &typed) {
                wrong.push(format!(
                    "{}'s page with {TYPED} typed: Tesla's tab was asked for locale {asked:?}, #login-link says {linked:?}",
                    language.tag
                ));
            }
            // Forget the login, as an owner leaving it would, so the next page opens unasked.
            stack.click("#start-again").await;
        }
        assert!(wrong.is_empty(), "in {}:\n{}", stack.engine.name(), wrong.join("\n"));
    })
    .await;
}

/// Everything a page keeps about its visitor, besides the relay setting:
/// storage, cookies, history state and what the address carries.
async fn assert_nothing_kept(stack: &Stack, arrived_in: &Language) {
    let kept = stack
        .js("return {
                local: Object.keys(localStorage),
                session: sessionStorage.length,
                cookie: document.cookie,
                search: location.search,
                hash: location.hash,
                state: history.state,
             };")
        .await;
    let expected = json!({
        "local": ["tesla-token-page.relay"],
        "session": 0,
        "cookie": "",
        "search": "",
        "hash": "",
        "state": null,
    });
    assert_eq!(kept, expected, "on arriving at {}'s page", arrived_in.tag);
    let relay = stack.js("return localStorage.getItem('tesla-token-page.relay');").await;
    assert_eq!(relay, json!(format!("{}/", stack.relay)), "the relay setting is the one saved");
    let cookies = stack.browser.get_all_cookies().await.unwrap();
    assert!(cookies.is_empty(), "cookies on {}'s page: {cookies:?}", arrived_in.tag);
}

#[tokio::test]
async fn moving_to_another_language_carries_nothing_along_and_stores_nothing() {
    in_browser(async |stack: &Stack| {
        open_with_relay_in(stack, Language::english()).await;
        let (access, refresh) = tokens_for(stack, "owner@example.com").await;
        // Saved, as the owner would before leaving: nothing left to lose.
        stack.click("#exports li:first-child button").await;
        let mut secrets = vec![access, refresh];
        // Every language in turn, and back to the first: each page is filled
        // and left by its language list, and the next shows none of it.
        let mut from = Language::english();
        for to in LANGUAGES[1..].iter().chain([Language::english()]) {
            secrets.extend(fill_every_box(stack).await);
            let guarded = leave_guard_armed(stack).await;
            stack.click(&format!("#languages a[hreflang='{}']", to.tag)).await;
            if guarded {
                // The browser asks whether to leave what was typed; the owner leaves.
                println!("{}'s page asks before leaving what was typed", from.tag);
                let _ = stack.browser.accept_alert().await;
            }
            stack.wait_for_js("return document.documentElement.lang;", json!(to.tag), "the next page").await;
            stack.wait_for("#start-login").await;
            stack.assert_page_in(to).await;
            assert_none_on_the_page(stack, &secrets).await;
            assert_nothing_kept(stack, to).await;
            from = to;
        }
    })
    .await;
}

/// The language list, alternates and offers of the page shown: each link
/// of the list as `[text, lang, hreflang, aria-current, address it resolves
/// to, href as written]`, each alternate as `[hreflang, address, href]`.
const LANGUAGE_LINKS: &str = "
    const link = a => [a.href, a.getAttribute('href')];
    return {
      lang: document.documentElement.lang,
      title: document.title,
      label: document.querySelector('#languages').getAttribute('aria-label'),
      list: [...document.querySelectorAll('#languages a')].map(a =>
        [a.textContent, a.getAttribute('lang'), a.getAttribute('hreflang'), a.getAttribute('aria-current'), ...link(a)]),
      current: document.querySelectorAll('[aria-current=page]').length,
      alternates: [...document.querySelectorAll('link[rel=alternate]')].map(l => [l.hreflang, ...link(l)]),
      offers: [...document.querySelectorAll('#language-offers [data-offer]')].map(p =>
        [p.dataset.offer, p.getAttribute('lang'), p.querySelector('a').getAttribute('hreflang'), p.querySelector('a').href]),
    };";

#[tokio::test]
async fn every_page_lists_every_language_in_itself_with_links_that_work_below_the_sub_path() {
    in_browser(async |stack: &Stack| {
        for language in LANGUAGES {
            stack.open_page_in(language, "").await;
            let page = stack.js(LANGUAGE_LINKS).await;
            let at = language.tag;
            assert_eq!(page["lang"], json!(language.tag));
            assert_eq!(
                page["title"],
                json!(says(language, "page-title")),
                "{at}: the title is the catalog's"
            );
            assert_eq!(page["label"], json!(says(language, "languages-label")), "{at}: the list is named");
            assert_eq!(page["current"], json!(1), "{at}: one link is the page itself");
            let relative = |written: &Value| {
                let written = written.as_str().unwrap_or_default();
                !written.starts_with('/') && !written.contains("://")
            };
            let listed: Vec<Value> = LANGUAGES
                .iter()
                .map(|other| {
                    let current = if other == language { json!("page") } else { Value::Null };
                    json!([other.name, other.tag, other.tag, current, stack.page_url_in(other)])
                })
                .collect();
            let list = page["list"].as_array().unwrap();
            let shown: Vec<Value> = list.iter().map(|link| json!(link.as_array().unwrap()[..5])).collect();
            assert_eq!(shown, listed, "{at}: every language, named in itself, its own marked current");
            assert!(list.iter().all(|link| relative(&link[5])), "{at}: relative links: {list:?}");

            let expected_alternates: Vec<Value> = LANGUAGES
                .iter()
                .map(|other| json!([other.tag, stack.page_url_in(other)]))
                .chain([json!(["x-default", stack.page_url_in(Language::english())])])
                .collect();
            let alternates = page["alternates"].as_array().unwrap();
            let resolved: Vec<Value> = alternates.iter().map(|link| json!([link[0], link[1]])).collect();
            assert_eq!(resolved, expected_alternates, "{at}: an alternate for each language and x-default");
            assert!(
                alternates.iter().all(|link| relative(&link[2])),
                "{at}: relative alternates: {alternates:?}"
            );

            let offers: Vec<Value> = support::languages::others(language)
                .map(|other| json!([other.tag, other.tag, other.tag, stack.page_url_in(other)]))
                .collect();
            // Which one shows depends on the browser's language (the next test).
            assert_eq!(page["offers"], json!(offers), "{at}: an offer of each other language, in it");
        }
    })
    .await;
}

/// The offers shown on the page, by tag.
async fn offers_shown(stack: &Stack) -> Value {
    stack
        .js("return [...document.querySelectorAll('#language-offers [data-offer]')]
                .filter(p => !p.hidden && p.checkVisibility()).map(p => p.dataset.offer);")
        .await
}

/// In a browser that prefers `preferred`: its page offers nothing, and every
/// other page offers exactly `preferred`'s, in it.
async fn offers_follow(stack: &Stack, preferred: &Language) {
    let languages = stack.js("return navigator.languages;").await;
    let first = languages[0].as_str().unwrap_or_default().to_owned();
    assert!(
        Language::preferred([first.as_str()]) == Some(preferred),
        "{} was set to prefer {}, and says {languages}",
        stack.engine.name(),
        preferred.tag
    );
    let offer_text = says(preferred, "language-offer");
    let offer_text = offer_text.replace("<a>", "").replace("</a>", "");
    for language in LANGUAGES {
        stack.open_page_in(language, "").await;
        let shown = offers_shown(stack).await;
        if language == preferred {
            assert_eq!(shown, json!([]), "{}'s page offers nothing to a reader of it", language.tag);
        } else {
            assert_eq!(shown, json!([preferred.tag]), "{}'s page offers {}", language.tag, preferred.tag);
            let selector = format!("#language-offers [data-offer='{}']", preferred.tag);
            let said = stack.wait_for(&selector).await.text().await.unwrap();
            assert_eq!(said.trim(), offer_text.trim(), "the offer is in {}'s own words", preferred.tag);
        }
    }
}

#[tokio::test]
async fn the_offer_of_the_browsers_language_shows_on_every_other_page_only() {
    for preferred in ["de", "en"] {
        in_browser_speaking(preferred, async |stack: &Stack| {
            offers_follow(stack, Language::by_tag(preferred).unwrap()).await;
        })
        .await;
    }
}
