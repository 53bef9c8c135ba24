//! The whole flow, in any language's page: log in at the Tesla double,
//! paste the `tesla://` URL as a user of the engine copies it, get tokens,
//! and find nothing stored. What it checks rests on ids, the page's `lang`
//! and the catalogs; English sentences only on the English page.

use super::Stack;
use super::build::double_issuer;
use super::languages::says;
use super::user::{assert_nothing_stored, leave_guard_armed, log_in_and_copy_callback, paste_and_exchange};
use l10n::Language;
use serde_json::json;

/// Opens `language`'s page with the test relay proposed by a `?relay=`
/// link, and confirms it as the user would.
pub async fn open_with_relay_in(stack: &Stack, language: &Language) {
    let host = stack.relay.replace("http://", "");
    stack.open_page_in(language, &format!("?relay={}/", stack.relay)).await;
    stack.wait_for_text("#relay-proposal", &host).await;
    stack.click("#relay-accept").await;
    stack.wait_for_text("#relay-host", &host).await;
}

/// The numbers in `text`, in order: `8 h 0 min` and `8 小时 0 分钟` are both `[8, 0]`.
fn numbers_in(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect()
}

/// The whole flow on `language`'s page: the double's tokens are shown, the
/// leave guard holds them until they are saved, nothing but the relay
/// setting is stored, the page talked only to itself and the relay, the
/// relay logged no secret, and the same URL pasted again sends nothing.
pub async fn the_whole_flow(stack: &Stack, language: &Language) {
    let english = language == Language::english();
    open_with_relay_in(stack, language).await;
    let history_before = stack.js("return history.length;").await;
    assert!(!leave_guard_armed(stack).await, "nothing to lose before step 1");

    let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
    assert!(leave_guard_armed(stack).await, "the guard is armed while the verifier is in memory");
    stack.wait_for("#leave-warning").await;

    paste_and_exchange(stack, &callback).await;
    stack.wait_for("#access-token").await;
    let access = stack.value_of("#access-token").await;
    let refresh = stack.value_of("#refresh-token").await;
    let access_claims = tesla_double::jwt::verify(&access).expect("the access token is the double's");
    assert_eq!(access_claims["iss"], double_issuer());
    assert_eq!(access_claims["azp"], "ownerapi");
    let refresh_claims = tesla_double::jwt::verify(&refresh).expect("the refresh token is the double's");
    assert_eq!(refresh_claims["typ"], "refresh");
    // 8 h from the answer, read a clock tick or two later, in any language's words.
    let expires = stack.wait_for_text("#expires", if english { "expires in " } else { "" }).await;
    let hours_and_minutes = numbers_in(&expires);
    assert!(
        hours_and_minutes.windows(2).any(|pair| pair == [8, 0] || pair == [7, 59]),
        "{}: {expires}",
        language.tag
    );
    assert_eq!(stack.value_of("#paste").await, "", "the spent code is cleared");

    assert!(leave_guard_armed(stack).await, "tokens never copied are guarded too");
    let warning = stack.wait_for_text("#leave-warning", "").await;
    assert!(!warning.trim().is_empty(), "the leave warning says why");
    if english {
        stack.wait_for_text("#leave-warning", "Copy or download your tokens").await;
    }
    stack.click("#exports li:first-child button").await;
    assert!(!leave_guard_armed(stack).await, "the guard is gone once the tokens are saved");
    assert!(stack.browser.find(fantoccini::Locator::Css("#leave-warning")).await.is_err());

    // Nothing but the relay setting is stored, anywhere.
    assert_eq!(stack.js("return Object.keys(localStorage);").await, json!(["tesla-token-page.relay"]));
    let saved = stack.js("return localStorage.getItem('tesla-token-page.relay');").await;
    assert_eq!(saved, json!(format!("{}/", stack.relay)));
    let code = callback.split("code=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    assert_nothing_stored(stack, &[&code, &access, &refresh]).await;
    assert_eq!(stack.js("return history.length;").await, history_before);
    assert_eq!(stack.js("return history.state;").await, json!(null));

    // The page talked to its own origin and the relay, nobody else.
    let from_page = stack.page_requests().await;
    assert!(from_page.iter().any(|url| url.starts_with(&stack.relay)), "the exchange went through the relay");
    for url in &from_page {
        assert!(
            url.starts_with(&stack.page_origin) || url.starts_with(&stack.relay),
            "the page contacted {url}"
        );
    }
    let relay_log = stack.relay_process.log().join("\n");
    assert!(relay_log.contains("POST 127.0.0.2 200"), "relay log: {relay_log}");
    for secret in [&code, &access, &refresh] {
        assert!(!relay_log.contains(secret.as_str()), "the relay logged a secret");
    }

    // The same URL again: its code gave the tokens shown, so nothing is sent.
    let relayed = stack.relay_process.log().len();
    let status_before = stack.wait_for("#status").await.text().await.unwrap_or_default();
    paste_and_exchange(stack, &callback).await;
    if english {
        stack.wait_for_text("#status", "These tokens are already shown").await;
    } else {
        let script = format!(
            "return document.querySelector('#status').textContent.trim() !== {status_before:?}.trim();"
        );
        stack.wait_for_js(&script, json!(true), "the page answers the second paste").await;
    }
    let class = stack.wait_for("#status").await.attr("class").await.unwrap().unwrap_or_default();
    assert!(!class.contains("error"), "an answer, not an error: {class}");
    assert_eq!(stack.relay_process.log().len(), relayed, "the spent code went nowhere");
    assert_eq!(stack.value_of("#access-token").await, access, "earlier tokens stay");

    // Still this language's page, which speaks from its own catalog.
    stack.assert_page_in(language).await;
    stack.wait_for_text("#wasm-check", &says(language, "wasm-check-matches")).await;
}
