//! The whole flow in headless Chromium: the built page, the real relay
//! binary and the Tesla test double.

mod support;

use fantoccini::wd::WindowHandle;
use serde_json::json;
use support::build::double_issuer;
use support::{Stack, in_browser};

/// Opens the page with the test relay proposed by a `?relay=` link, and
/// confirms it as the user would.
async fn open_with_relay(stack: &Stack) {
    stack.open_page(&format!("?relay={}/", stack.relay)).await;
    stack.wait_for_text("#relay-proposal", &stack.relay.replace("http://", "")).await;
    stack.click("#relay-accept").await;
    stack.wait_for_text("#relay-host", &stack.relay.replace("http://", "")).await;
}

/// Types a relay address into the setting and saves it.
async fn choose_relay(stack: &Stack, address: &str) {
    stack.type_into("#relay-input", address).await;
    stack.click("#relay-save").await;
    stack.wait_for_text("#relay-host", address.trim_start_matches("http://").trim_end_matches('/')).await;
}

/// Presses step 1, logs in on the double in the new tab, and returns the
/// `location: tesla://…` header line as DevTools → Network shows it.
async fn log_in_and_copy_callback(stack: &Stack) -> String {
    let page_tab = stack.browser.window().await.unwrap();
    stack.click("#start-login").await;
    let login_tab = wait_for_second_tab(stack, &page_tab).await;
    stack.browser.switch_to_window(login_tab).await.unwrap();
    stack.type_into("#identity", "owner@example.com").await;
    stack.type_into("#credential", tesla_double::accounts::PASSWORD).await;
    stack.click("#sign-in").await;
    stack.wait_for_text("h1", "Verified Successfully").await;
    let location = wait_for_app_redirect(stack).await;
    stack.browser.close_window().await.unwrap();
    stack.browser.switch_to_window(page_tab).await.unwrap();
    format!("location: {location}")
}

async fn wait_for_second_tab(stack: &Stack, page_tab: &WindowHandle) -> WindowHandle {
    for _ in 0..100 {
        let tabs = stack.browser.windows().await.unwrap();
        if let Some(other) = tabs.into_iter().find(|tab| tab != page_tab) {
            return other;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("step 1 opened no tab");
}

async fn wait_for_app_redirect(stack: &Stack) -> String {
    for _ in 0..100 {
        let redirect = stack.sent_requests().await.into_iter().rev().find_map(|r| r.redirected_by);
        if let Some(location) = redirect.filter(|l| l.starts_with("tesla://")) {
            return location;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the double never redirected to tesla://");
}

async fn leave_guard_armed(stack: &Stack) -> bool {
    stack.js("return window.onbeforeunload !== null;").await == json!(true)
}

/// The tab the page runs in, as named in Chromium's network log.
async fn page_tab_id(stack: &Stack) -> String {
    let requests = stack.sent_requests().await;
    let first = requests.iter().find(|r| r.url.starts_with(&stack.page_origin)).expect("the page was loaded");
    first.tab.clone()
}

#[tokio::test]
async fn the_whole_flow_shows_the_doubles_tokens_and_stores_nothing() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let history_before = stack.js("return history.length;").await;
        assert!(!leave_guard_armed(stack).await, "nothing to lose before step 1");

        let callback = log_in_and_copy_callback(stack).await;
        assert!(leave_guard_armed(stack).await, "the guard is armed while the verifier is in memory");
        stack.wait_for("#leave-warning").await;

        stack.type_into("#paste", &callback).await;
        stack.click("#exchange").await;
        stack.wait_for("#access-token").await;
        let access = stack.value_of("#access-token").await;
        let refresh = stack.value_of("#refresh-token").await;
        let access_claims = tesla_double::jwt::verify(&access).expect("the access token is the double's");
        assert_eq!(access_claims["iss"], double_issuer());
        assert_eq!(access_claims["azp"], "ownerapi");
        let refresh_claims = tesla_double::jwt::verify(&refresh).expect("the refresh token is the double's");
        assert_eq!(refresh_claims["typ"], "refresh");
        stack.wait_for_text("#expires", "expires in 8 h 0 min").await;
        assert_eq!(stack.value_of("#paste").await, "", "the spent code is cleared");

        assert!(!leave_guard_armed(stack).await, "the guard is gone once tokens are shown");
        assert!(stack.browser.find(fantoccini::Locator::Css("#leave-warning")).await.is_err());

        // Nothing but the relay setting is stored, anywhere.
        assert_eq!(stack.js("return Object.keys(localStorage);").await, json!(["tesla-token-page.relay"]));
        assert_eq!(
            stack.js("return localStorage.getItem('tesla-token-page.relay');").await,
            json!(format!("{}/", stack.relay))
        );
        assert_eq!(stack.js("return sessionStorage.length;").await, json!(0));
        assert_eq!(stack.js("return document.cookie;").await, json!(""));
        assert!(stack.browser.get_all_cookies().await.unwrap().is_empty());
        let databases = stack.js_async("indexedDB.databases().then(d => arguments[0](d.length));").await;
        assert_eq!(databases, json!(0));
        let caches = stack.js_async("caches.keys().then(k => arguments[0](k.length));").await;
        assert_eq!(caches, json!(0));

        // No code or token in the address bar or the history.
        let code = callback.split("code=").nth(1).unwrap().split('&').next().unwrap().to_owned();
        let location = stack.js("return location.href;").await.as_str().unwrap().to_owned();
        for secret in [&code, &access, &refresh] {
            assert!(!location.contains(secret.as_str()));
        }
        assert_eq!(stack.js("return history.length;").await, history_before);
        assert_eq!(stack.js("return history.state;").await, json!(null));

        // The page's tab talked to its own origin and the relay, nobody else.
        let page_tab = page_tab_id(stack).await;
        let requests = stack.sent_requests().await;
        let from_page: Vec<_> = requests.iter().filter(|r| r.tab == page_tab).collect();
        assert!(
            from_page.iter().any(|r| r.url.starts_with(&stack.relay)),
            "the exchange went through the relay"
        );
        for request in &from_page {
            assert!(
                request.url.starts_with(&stack.page_origin) || request.url.starts_with(&stack.relay),
                "the page contacted {}",
                request.url
            );
        }
        let relay_log = stack.relay_process.log().join("\n");
        assert!(relay_log.contains("POST 127.0.0.2 200"), "relay log: {relay_log}");
        for secret in [&code, &access, &refresh] {
            assert!(!relay_log.contains(secret.as_str()), "the relay logged a secret");
        }

        // The same URL again: Tesla (the double) refuses the spent code.
        stack.type_into("#paste", &callback).await;
        stack.click("#exchange").await;
        stack.wait_for_text("#status", "already used or has expired").await;
        assert_eq!(stack.value_of("#access-token").await, access, "earlier tokens stay");
    })
    .await;
}

#[tokio::test]
async fn a_url_from_another_login_is_refused_without_sending_anything() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let callback = log_in_and_copy_callback(stack).await;
        let state = callback.split("state=").nth(1).unwrap().split('&').next().unwrap();
        let foreign = callback.replace(state, "someone-elses-state");
        let sent_before = stack.sent_requests().await.len();
        let relay_lines_before = stack.relay_process.log().len();

        stack.type_into("#paste", &foreign).await;
        stack.click("#exchange").await;
        stack.wait_for_text("#status", "belongs to a different login").await;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(stack.sent_requests().await.len(), sent_before, "the browser sent nothing");
        assert_eq!(stack.relay_process.log().len(), relay_lines_before, "the relay heard nothing");

        let untrusted =
            callback.replace(&urlencode(&double_issuer()), &urlencode("https://evil.example/oauth2/v3"));
        stack.type_into("#paste", &untrusted).await;
        stack.click("#exchange").await;
        stack.wait_for_text("#status", "issuer this page does not trust").await;
        assert_eq!(stack.sent_requests().await.len(), sent_before);

        // The real URL still works afterwards: refusals spend nothing.
        stack.type_into("#paste", &callback).await;
        stack.click("#exchange").await;
        stack.wait_for("#access-token").await;
    })
    .await;
}

#[tokio::test]
async fn a_relay_from_a_link_gets_nothing_until_confirmed() {
    in_browser(async |stack: &Stack| {
        stack.open_page(&format!("?relay={}/", stack.relay)).await;
        stack.wait_for("#relay-proposal").await;
        let callback = log_in_and_copy_callback(stack).await;
        stack.type_into("#paste", &callback).await;
        let exchange = stack.wait_for("#exchange").await;
        assert!(!exchange.is_enabled().await.unwrap(), "no exchange before the relay is confirmed");
        stack.wait_for_text("#status", "relay question").await;
        assert!(stack.relay_process.log().is_empty(), "the relay heard nothing");
        assert_eq!(
            stack.js("return localStorage.length;").await,
            json!(0),
            "an unconfirmed relay is not saved"
        );

        stack.click("#relay-accept").await;
        stack.click("#exchange").await;
        stack.wait_for("#access-token").await;
    })
    .await;
}

#[tokio::test]
async fn an_unreachable_relay_is_named_and_the_code_still_works_after() {
    in_browser(async |stack: &Stack| {
        stack.open_page("").await;
        choose_relay(stack, "http://127.0.0.1:9/").await;
        let callback = log_in_and_copy_callback(stack).await;
        stack.type_into("#paste", &callback).await;
        stack.click("#exchange").await;
        stack.wait_for_text("#status", "Could not reach the relay at 127.0.0.1:9").await;
        assert!(leave_guard_armed(stack).await, "the login is still pending");

        choose_relay(stack, &stack.relay).await;
        stack.click("#exchange").await;
        stack.wait_for("#access-token").await;
    })
    .await;
}

#[tokio::test]
async fn a_relay_refusal_is_shown_with_the_relays_reason() {
    in_browser(async |stack: &Stack| {
        // A relay that serves this page but knows only Tesla's real hosts.
        let (strict, address) = support::processes::start_relay(&stack.page_origin, false).await;
        stack.open_page("").await;
        choose_relay(stack, &address).await;
        let callback = log_in_and_copy_callback(stack).await;
        stack.type_into("#paste", &callback).await;
        stack.click("#exchange").await;
        stack
            .wait_for_text(
                "#status",
                "The relay refused or failed: upstream host 127.0.0.2 is not on this relay's allowlist",
            )
            .await;
        strict.stop().await;
    })
    .await;
}

#[tokio::test]
async fn start_again_forgets_the_login_and_disarms_the_guard() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let callback = log_in_and_copy_callback(stack).await;
        assert!(leave_guard_armed(stack).await);
        stack.click("#start-again").await;
        assert!(!leave_guard_armed(stack).await);
        let exchange = stack.wait_for("#exchange").await;
        assert!(!exchange.is_enabled().await.unwrap(), "nothing to exchange after starting again");
        stack.click("#start-login").await;
        stack.type_into("#paste", &callback).await;
        stack.click("#exchange").await;
        stack.wait_for_text("#status", "belongs to a different login").await;
    })
    .await;
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
