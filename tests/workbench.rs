//! The token workbench in headless Chromium: refresh, China, direct mode,
//! the own-app login across two tabs, switching account, inspecting, and
//! forgetting, with the real relay and the Tesla test double.

mod support;

use fantoccini::Locator;
use serde_json::json;
use support::build::{double_cn_issuer, double_issuer};
use support::user::{
    assert_nothing_stored, forget_everything, leave_guard_armed, log_in_and_copy_callback, open_with_relay,
    paste_and_exchange, tokens_for,
};
use support::{DoubleOptions, FLEET_CLIENT_ID, Stack, in_browser, in_browser_with};

/// Waits until the access token shown differs from `old`; returns both tokens.
async fn new_tokens(stack: &Stack, old: &str) -> (String, String) {
    for _ in 0..150 {
        if let Ok(field) = stack.browser.find(Locator::Css("#access-token")).await {
            let access = field.prop("value").await.unwrap().unwrap_or_default();
            if !access.is_empty() && access != old {
                return (access, stack.value_of("#refresh-token").await);
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no new tokens appeared");
}

fn claims(token: &str) -> serde_json::Value {
    tesla_double::jwt::verify(token).expect("a token the double issued")
}

#[tokio::test]
async fn a_pasted_refresh_token_is_refreshed_once_and_refused_the_second_time() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let (access, refresh) = tokens_for(stack, "owner@example.com").await;
        forget_everything(stack).await;

        stack.type_into("#refresh-input", &refresh).await;
        stack.click("#refresh-pasted").await;
        let (new_access, new_refresh) = new_tokens(stack, &access).await;
        assert_ne!(new_refresh, refresh, "a refresh hands out a new refresh token");
        assert_eq!(claims(&new_access)["iss"], double_issuer());
        stack.wait_for_text("#refresh-status", "The refresh token you used is now spent").await;
        assert_eq!(stack.value_of("#refresh-input").await, "", "the spent token is cleared");

        // The new tokens were never copied: the page asks before it would replace them.
        stack.type_into("#refresh-input", &refresh).await;
        stack.click("#refresh-pasted").await;
        stack.wait_for_text("#question", "never copied or downloaded").await;
        stack.click("#confirm-yes").await;
        stack.wait_for_text("#refresh-status", "it was already used, or it was revoked").await;
        assert_eq!(stack.value_of("#access-token").await, new_access, "the good tokens stay");

        stack.type_into("#refresh-input", &new_access).await;
        stack.click("#refresh-pasted").await;
        stack.wait_for_text("#refresh-status", "This is an access token, not a refresh token").await;
        assert_nothing_stored(stack, &[&access, &refresh, &new_access, &new_refresh]).await;
    })
    .await;
}

#[tokio::test]
async fn a_china_account_exchanges_and_refreshes_at_the_china_issuer() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let callback = log_in_and_copy_callback(stack, "cn-owner@example.com").await;
        assert!(callback.contains("%2Fcn%2Foauth2%2Fv3"), "Tesla names the China issuer: {callback}");
        paste_and_exchange(stack, &callback).await;
        stack.wait_for("#access-token").await;
        let access = stack.value_of("#access-token").await;
        assert_eq!(claims(&access)["iss"], double_cn_issuer());
        assert_eq!(claims(&access)["ou_code"], "CN");
        // The China owner API (the double's, in this build).
        stack
            .wait_for_text(
                "#api-base",
                &format!("for the owner API at http://{}/cn.", support::build::DOUBLE_ADDR),
            )
            .await;

        // Only the China endpoint accepts a China refresh token.
        stack.click("#refresh-now").await;
        let (refreshed, _) = new_tokens(stack, &access).await;
        assert_eq!(claims(&refreshed)["iss"], double_cn_issuer());
        assert_nothing_stored(stack, &[&access, &refreshed]).await;
    })
    .await;
}

#[tokio::test]
async fn direct_mode_skips_the_relay_when_tesla_allows_cors() {
    in_browser_with(DoubleOptions { cors: true }, async |stack: &Stack| {
        // The default relay (127.0.0.1:8787) is not running: only direct mode can work.
        stack.open_page("").await;
        stack.click("#probe-direct").await;
        stack.wait_for_text("#direct-status", "Tesla answers this page directly").await;
        stack.click("#use-direct").await;
        let (access, refresh) = tokens_for(stack, "owner@example.com").await;
        assert_eq!(claims(&access)["iss"], double_issuer());
        stack.wait_for_text("#tokens-status", "directly to Tesla, with no relay").await;
        assert!(stack.relay_process.log().is_empty(), "the relay was not used");
        assert_nothing_stored(stack, &[&access, &refresh]).await;
    })
    .await;
}

#[tokio::test]
async fn without_cors_the_probe_says_so_and_the_relay_is_used() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        stack.click("#probe-direct").await;
        stack.wait_for_text("#direct-status", "does not let this page read its answers").await;
        let direct = stack.wait_for("#use-direct").await;
        assert!(!direct.is_enabled().await.unwrap(), "direct mode cannot be chosen");
        let (access, _) = tokens_for(stack, "owner@example.com").await;
        assert_eq!(claims(&access)["iss"], double_issuer());
        stack
            .wait_for_text(
                "#tokens-status",
                &format!("through the relay at {}", stack.relay.replace("http://", "")),
            )
            .await;
    })
    .await;
}

#[tokio::test]
async fn an_own_app_login_comes_back_to_the_page_without_developer_tools() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let page_tab = stack.browser.window().await.unwrap();
        stack.wait_for_text("#fleet-redirect", &stack.page_url).await;
        stack.type_into("#fleet-client-id", FLEET_CLIENT_ID).await;
        stack.click("#fleet-login").await;
        assert!(leave_guard_armed(stack).await, "the app's verifier is only in this tab");

        support::user::switch_to_second_tab(stack, &page_tab).await;
        stack.type_into("#identity", "owner@example.com").await;
        stack.type_into("#credential", tesla_double::accounts::PASSWORD).await;
        stack.click("#sign-in").await;
        // Tesla sends this tab back to the page, which hands the code over.
        stack.wait_for_text("#login-handed-over", "You can close this tab").await;
        assert_eq!(stack.js("return location.search;").await, json!(""), "the code left the address bar");
        stack.browser.close_window().await.unwrap();
        stack.browser.switch_to_window(page_tab).await.unwrap();

        stack.wait_for_text("#tokens-status", "Tokens for your app received through the relay").await;
        let access = stack.value_of("#access-token").await;
        let refresh = stack.value_of("#refresh-token").await;
        assert_eq!(claims(&access)["aud"], json!(["https://fleet-api.prd.na.vn.cloud.tesla.com"]));
        assert_eq!(claims(&access)["azp"], FLEET_CLIENT_ID);
        assert!(refresh.starts_with("NA_"), "an opaque Fleet refresh token");
        assert!(leave_guard_armed(stack).await, "new tokens, never copied, are guarded");

        stack.click("#refresh-now").await;
        let (refreshed, _) = new_tokens(stack, &access).await;
        assert_eq!(claims(&refreshed)["azp"], FLEET_CLIENT_ID, "Fleet tokens refresh at the Fleet endpoint");
        assert_nothing_stored(stack, &[&access, &refresh, &refreshed]).await;
    })
    .await;
}

#[tokio::test]
async fn a_different_account_gets_teslas_form_again() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let (access, refresh) = tokens_for(stack, "owner@example.com").await;
        let page_tab = stack.browser.window().await.unwrap();

        // Tesla remembers the login: without prompt=login the form is skipped.
        // The tokens shown were never copied, so the page asks first.
        stack.click("#start-login").await;
        stack.wait_for_text("#question", "never copied or downloaded").await;
        stack.click("#confirm-yes").await;
        support::user::switch_to_second_tab(stack, &page_tab).await;
        support::user::wait_until_logged_in(stack).await;
        stack.browser.close_window().await.unwrap();
        stack.browser.switch_to_window(page_tab.clone()).await.unwrap();

        stack.click("#login-options summary").await;
        stack.click("#switch-account").await;
        stack.type_into("#login-hint", "not an email").await;
        stack.click("#start-login").await;
        stack.wait_for_text("#login-problem", "is not an email address").await;
        stack.type_into("#login-hint", "mfa-owner@example.com").await;
        stack.click("#start-login").await;
        support::user::switch_to_second_tab(stack, &page_tab).await;
        stack.wait_for_text("h1", "Sign In").await;
        assert_eq!(stack.value_of("#identity").await, "mfa-owner@example.com", "login_hint fills the email");
        stack.browser.close_window().await.unwrap();
        stack.browser.switch_to_window(page_tab).await.unwrap();
        assert_nothing_stored(stack, &[&access, &refresh]).await;
    })
    .await;
}

#[tokio::test]
async fn inspecting_and_forgetting_leave_no_token_behind() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let (access, refresh) = tokens_for(stack, "owner@example.com").await;

        stack.click("#inspect-access").await;
        stack.wait_for_text("#inspect-summary", "An access token").await;
        let table = stack.wait_for_text("#claims", "Issuer").await;
        assert!(table.contains(&double_issuer()) && table.contains("ownerapi"), "{table}");
        let expiry = stack.wait_for_text("#inspect-expiry", "This token expires in ").await;
        assert!(["8 h 0 min", "7 h 59 min"].iter().any(|t| expiry.contains(t)), "{expiry}");
        stack.type_into("#inspect-input", "hello").await;
        stack.wait_for_text("#inspect-summary", "does not look like a Tesla token").await;

        stack.click("#toggle-qr").await;
        let qr = stack.wait_for("#refresh-qr path").await;
        assert!(qr.attr("d").await.unwrap().unwrap_or_default().len() > 1000, "a drawn QR code");
        stack.screenshot("workbench").await;

        forget_everything(stack).await;
        let source = stack.browser.source().await.unwrap();
        for secret in [&access, &refresh] {
            assert!(!source.contains(secret.as_str()), "a token stayed in the page");
        }
        assert!(stack.browser.find(Locator::Css("#access-token")).await.is_err());
        assert!(!leave_guard_armed(stack).await);
        assert_nothing_stored(stack, &[&access, &refresh]).await;
    })
    .await;
}
