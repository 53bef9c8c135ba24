//! The whole flow in headless Chromium: the built page, the real relay
//! binary and the Tesla test double.

mod support;

use support::other_relays::{Tripwire, start_cors_anywhere, start_worker};

use l10n::Language;
use serde_json::json;
use support::build::double_issuer;
use support::engine::Engine;
use support::flow::the_whole_flow;
use support::user::{
    choose_relay, leave_guard_armed, log_in_and_copy_callback, open_with_relay, paste_and_exchange,
};
use support::{Stack, in_browser};

#[tokio::test]
async fn the_whole_flow_shows_the_doubles_tokens_and_stores_nothing() {
    // The same steps run in other languages' pages in tests/languages.rs.
    in_browser(async |stack: &Stack| the_whole_flow(stack, Language::english()).await).await;
}

#[tokio::test]
async fn a_url_from_another_login_is_refused_without_sending_anything() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
        let state = callback.split("state=").nth(1).unwrap().split('&').next().unwrap();
        let foreign = callback.replace(state, "someone-elses-state");
        let sent_before = stack.page_requests().await.len();
        let relay_lines_before = stack.relay_process.log().len();

        paste_and_exchange(stack, &foreign).await;
        // The refusal and the decision to send nothing are one step in the
        // page's state machine: once it shows, nothing can still go out.
        stack.wait_for_text("#status", "belongs to a different login").await;
        assert_eq!(stack.page_requests().await.len(), sent_before, "the page sent nothing");
        assert_eq!(stack.relay_process.log().len(), relay_lines_before, "the relay heard nothing");

        let untrusted =
            callback.replace(&urlencode(&double_issuer()), &urlencode("https://evil.example/oauth2/v3"));
        paste_and_exchange(stack, &untrusted).await;
        stack.wait_for_text("#status", "issuer this page does not trust").await;
        assert_eq!(stack.page_requests().await.len(), sent_before);

        // The real URL still works afterwards: refusals spend nothing.
        paste_and_exchange(stack, &callback).await;
        stack.wait_for("#access-token").await;
    })
    .await;
}

#[tokio::test]
async fn a_relay_from_a_link_gets_nothing_until_confirmed() {
    in_browser(async |stack: &Stack| {
        stack.open_page(&format!("?relay={}/", stack.relay)).await;
        stack.wait_for("#relay-proposal").await;
        let settings_open = stack.js("return document.getElementById('settings').open;").await;
        assert_eq!(settings_open, json!(true), "the question is shown, not folded away");
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
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
async fn a_silent_relay_is_found_while_logging_in_and_the_paste_waits_for_it() {
    in_browser(async |stack: &Stack| {
        stack.open_page("").await;
        choose_relay(stack, "http://127.0.0.1:9/").await;
        stack.wait_for_text("#relay-state", "127.0.0.1:9, checked when you press the button").await;
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
        // Found while the user was still in Tesla's tab, before any paste.
        stack.wait_for_text("#status", "The relay at 127.0.0.1:9 is not answering").await;
        stack.wait_for_text("#relay-state", "not answering").await;
        let command = stack.wait_for_text("#relay-command", "token-relay").await;
        assert!(command.ends_with(&format!("--allow-origin {}", stack.page_origin)), "{command}");

        paste_and_exchange(stack, &callback).await;
        stack.wait_for_text("#status", "Your code is kept here, unused").await;
        assert!(leave_guard_armed(stack).await, "the login is still pending");

        // Another relay: asked at once, and the waiting code goes to it.
        choose_relay(stack, &stack.relay).await;
        stack.wait_for("#access-token").await;
        stack.wait_for_text("#relay-state", ", answering.").await;
    })
    .await;
}

#[tokio::test]
async fn a_relay_that_dies_between_paste_and_exchange_leaves_the_code_unused_for_a_retry() {
    in_browser(async |stack: &Stack| {
        let (relay, address) = support::processes::start_relay(&stack.page_origin, true).await;
        stack.open_page("").await;
        choose_relay(stack, &address).await;
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
        stack.wait_for_text("#relay-state", ", answering.").await;
        relay.stop().await;

        paste_and_exchange(stack, &callback).await;
        let said = stack.wait_for_text("#status", "Could not reach the relay").await;
        assert!(said.contains("Your code was not used"), "{said}");

        let listen = address.trim_start_matches("http://");
        let (_back, _) = support::processes::start_relay_at(listen, &stack.page_origin, true, &[]).await;
        stack.click("#exchange").await;
        stack.wait_for("#access-token").await;
    })
    .await;
}

#[tokio::test]
async fn the_page_opened_from_token_relay_itself_uses_it_and_gets_tokens_with_nothing_to_set() {
    in_browser(async |stack: &Stack| {
        // The very build the other tests use, now served by the relay at its own origin.
        let dist = support::build::page_dist().to_str().unwrap().to_owned();
        let (_relay, address) = support::processes::start_relay_at(
            "127.0.0.1:0",
            "http://unused.example",
            true,
            &["--page", &dist],
        )
        .await;
        // Pins a bug: the build's default relay, which nobody chose, was asked too.
        let default_relay = Tripwire::at(DEFAULT_RELAY).await;
        stack.browser.goto(&format!("{address}{}", support::build::SUB_PATH)).await.unwrap();
        stack.wait_for("#start-login").await;
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
        let host = address.trim_start_matches("http://");
        stack.wait_for_text("#relay-state", &format!("Relay: {host}, answering.")).await;
        paste_and_exchange(stack, &callback).await;
        stack.wait_for_text("#tokens-status", &format!("Tokens received through the relay at {host}")).await;
        let served_by_relay = stack.wait_for_text("#wasm-check", "It matches").await;
        assert_eq!(default_relay.tripped(), 0, "the page asked a relay nobody chose");
        for url in stack.page_requests().await {
            assert!(url.starts_with(&format!("{address}/")), "the page asked {url}, not only its own relay");
        }

        // Byte for byte the page served elsewhere: the same SHA-384 under "This copy".
        let digest = stack.wait_for_text("#wasm-sha384", "sha384-").await;
        stack.open_page("").await;
        assert_eq!(stack.wait_for_text("#wasm-sha384", "sha384-").await, digest, "{served_by_relay}");
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
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
        paste_and_exchange(stack, &callback).await;
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
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
        assert!(leave_guard_armed(stack).await);
        stack.click("#start-again").await;
        assert!(!leave_guard_armed(stack).await);
        let exchange = stack.wait_for("#exchange").await;
        assert!(!exchange.is_enabled().await.unwrap(), "nothing to exchange after starting again");
        stack.click("#start-login").await;
        paste_and_exchange(stack, &callback).await;
        stack.wait_for_text("#status", "belongs to a different login").await;
    })
    .await;
}

#[tokio::test]
async fn the_tesla_url_reaches_the_user_where_this_engine_shows_it() {
    // The page's "Where is this URL?" help rests on these differences.
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let page_tab = support::user::open_login_form(stack, "owner@example.com").await;
        stack.click("#sign-in").await;
        support::user::wait_until_logged_in(stack).await;
        let address = stack.browser.current_url().await.unwrap();
        match stack.engine {
            // The tab stays on "Verified Successfully"; DevTools → Network
            // shows the redirect's `location: tesla://…`.
            Engine::Chromium => {
                assert_eq!(address.scheme(), "http", "{address}");
                let redirects = support::user::app_redirects(stack).await;
                assert!(redirects.iter().any(|l| l.starts_with("tesla://auth/callback?locale=en-US&code=")));
            }
            // The tab stays too; only the Network panel's blocked row holds the URL.
            Engine::Firefox => {
                assert_eq!(address.scheme(), "http", "{address}");
                stack.wait_for_text("h1", "Verified Successfully").await;
            }
            // The address bar itself shows the `tesla://` URL.
            Engine::WebKit => {
                assert_eq!(address.scheme(), "tesla", "{address}");
                assert!(address.as_str().contains("code=NA_") && address.as_str().contains("state="));
            }
        }
        stack.browser.close_window().await.unwrap();
        stack.browser.switch_to_window(page_tab).await.unwrap();
    })
    .await;
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The relay the test build starts with, which nobody chose in these tests.
const DEFAULT_RELAY: &str = "127.0.0.1:8787";

#[tokio::test]
async fn any_cors_relay_gets_tokens_and_is_the_only_relay_the_page_asks() {
    // Pins a bug: a relay without token-relay's `/health` (a readable 404) was "not answering" forever.
    for relay in ["cors-anywhere", "the Cloudflare Worker", "token-relay with a {url} template"] {
        in_browser(async |stack: &Stack| {
            let default_relay = Tripwire::at(DEFAULT_RELAY).await;
            let (_process, template) = match relay {
                "cors-anywhere" => start_cors_anywhere().await,
                "the Cloudflare Worker" => start_worker(&stack.page_origin).await,
                _ => {
                    let (process, address) = support::processes::start_relay(&stack.page_origin, true).await;
                    (process, format!("{address}/?url={{url}}"))
                }
            };
            stack.open_page("").await;
            choose_relay(stack, &template).await;
            let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
            stack.wait_for_text("#relay-state", ", answering.").await;
            paste_and_exchange(stack, &callback).await;
            stack.wait_for("#access-token").await;
            let relay_origin = template.split('/').take(3).collect::<Vec<_>>().join("/");
            for url in stack.page_requests().await {
                let ours = url.starts_with(&format!("{}/", stack.page_origin))
                    || url.starts_with(&format!("{relay_origin}/"));
                assert!(ours, "{relay}: the page asked {url}");
            }
            assert_eq!(default_relay.tripped(), 0, "{relay}: the page asked a relay nobody chose");
        })
        .await;
    }
}
