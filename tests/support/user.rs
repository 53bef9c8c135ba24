//! What a user does on the page, as steps the tests share.

use super::Stack;
use fantoccini::wd::WindowHandle;
use serde_json::json;

/// Opens the page with the test relay proposed by a `?relay=` link, and
/// confirms it as the user would.
pub async fn open_with_relay(stack: &Stack) {
    stack.open_page(&format!("?relay={}/", stack.relay)).await;
    stack.wait_for_text("#relay-proposal", &stack.relay.replace("http://", "")).await;
    stack.click("#relay-accept").await;
    stack.wait_for_text("#relay-host", &stack.relay.replace("http://", "")).await;
}

/// Types a relay address into the setting and saves it.
pub async fn choose_relay(stack: &Stack, address: &str) {
    stack.type_into("#relay-input", address).await;
    stack.click("#relay-save").await;
    stack.wait_for_text("#relay-host", address.trim_start_matches("http://").trim_end_matches('/')).await;
}

/// Presses step 1, logs in on the double in the new tab, and returns the
/// `location: tesla://…` header line as DevTools → Network shows it.
pub async fn log_in_and_copy_callback(stack: &Stack, email: &str) -> String {
    let page_tab = stack.browser.window().await.unwrap();
    let seen = app_redirects(stack).await;
    stack.click("#start-login").await;
    let login_tab = wait_for_second_tab(stack, &page_tab).await;
    stack.browser.switch_to_window(login_tab).await.unwrap();
    stack.type_into("#identity", email).await;
    stack.type_into("#credential", tesla_double::accounts::PASSWORD).await;
    stack.click("#sign-in").await;
    stack.wait_for_text("h1", "Verified Successfully").await;
    let location = wait_for_app_redirect(stack, &seen).await;
    stack.browser.close_window().await.unwrap();
    stack.browser.switch_to_window(page_tab).await.unwrap();
    format!("location: {location}")
}

pub async fn wait_for_second_tab(stack: &Stack, page_tab: &WindowHandle) -> WindowHandle {
    for _ in 0..100 {
        let tabs = stack.browser.windows().await.unwrap();
        if let Some(other) = tabs.into_iter().find(|tab| tab != page_tab) {
            return other;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("step 1 opened no tab");
}

/// Every `tesla://` redirect any tab has seen so far, oldest first.
async fn app_redirects(stack: &Stack) -> Vec<String> {
    let requests = stack.sent_requests().await;
    requests.into_iter().filter_map(|r| r.redirected_by).filter(|l| l.starts_with("tesla://")).collect()
}

/// Waits for a `tesla://` redirect that is not one of `seen` (each login's
/// carries its own code and state).
async fn wait_for_app_redirect(stack: &Stack, seen: &[String]) -> String {
    for _ in 0..100 {
        if let Some(location) = app_redirects(stack).await.into_iter().find(|l| !seen.contains(l)) {
            return location;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the double never redirected to tesla://");
}

pub async fn leave_guard_armed(stack: &Stack) -> bool {
    stack.js("return window.onbeforeunload !== null;").await == json!(true)
}

/// The tab the page runs in, as named in Chromium's network log.
pub async fn page_tab_id(stack: &Stack) -> String {
    let requests = stack.sent_requests().await;
    let first = requests.iter().find(|r| r.url.starts_with(&stack.page_origin)).expect("the page was loaded");
    first.tab.clone()
}

/// Asserts the page stored nothing anywhere but the relay setting, and
/// that no `secrets` are in its address.
pub async fn assert_nothing_stored(stack: &Stack, secrets: &[&str]) {
    let keys = stack.js("return Object.keys(localStorage);").await;
    assert!(keys == json!([]) || keys == json!(["tesla-token-page.relay"]), "localStorage holds {keys}");
    assert_eq!(stack.js("return sessionStorage.length;").await, json!(0));
    assert_eq!(stack.js("return document.cookie;").await, json!(""));
    assert!(stack.browser.get_all_cookies().await.unwrap().is_empty());
    assert_eq!(stack.js_async("indexedDB.databases().then(d => arguments[0](d.length));").await, json!(0));
    assert_eq!(stack.js_async("caches.keys().then(k => arguments[0](k.length));").await, json!(0));
    let location = stack.js("return location.href;").await.as_str().unwrap_or_default().to_owned();
    for secret in secrets {
        assert!(!location.contains(secret), "a secret is in the address");
    }
}

/// The page's promises, checked after every browser test: nothing stored
/// but the relay setting, no token (JWT-shaped text) in storage, the address
/// or history, and the page's tab talked only to its own origin, relays on
/// this computer and the test build's Tesla (the double).
pub async fn assert_promises_kept(stack: &Stack) {
    assert_nothing_stored(stack, &[]).await;
    let kept = stack
        .js("return [location.href, history.state, JSON.stringify(Object.entries(localStorage))]
                .map(String).filter(text => text.includes('eyJ'));")
        .await;
    assert_eq!(kept, json!([]), "a token is in the address, history or storage");
    let page_tab = page_tab_id(stack).await;
    let double = format!("http://{}/", super::build::DOUBLE_ADDR);
    for request in stack.sent_requests().await.iter().filter(|r| r.tab == page_tab) {
        let allowed = request.url.starts_with(&format!("{}/", stack.page_origin))
            || request.url.starts_with("http://127.0.0.1:")
            || request.url.starts_with(&double);
        assert!(allowed, "the page's tab contacted {}", request.url);
    }
}

/// Logs `email` in through steps 1 to 3; returns the access and refresh token shown.
pub async fn tokens_for(stack: &Stack, email: &str) -> (String, String) {
    let callback = log_in_and_copy_callback(stack, email).await;
    stack.type_into("#paste", &callback).await;
    stack.click("#exchange").await;
    stack.wait_for("#access-token").await;
    (stack.value_of("#access-token").await, stack.value_of("#refresh-token").await)
}

/// Logs in again while Tesla (the double) remembers the login: with
/// "Use a different Tesla account" ticked, so Tesla shows its form (a
/// remembered login redirects before the test can watch the new tab).
pub async fn log_in_again_and_copy_callback(stack: &Stack, email: &str) -> String {
    if stack.js("return document.getElementById('login-options').open;").await != json!(true) {
        stack.click("#login-options summary").await;
    }
    if !stack.wait_for("#switch-account").await.is_selected().await.unwrap() {
        stack.click("#switch-account").await;
    }
    log_in_and_copy_callback(stack, email).await
}

/// Waits until the page has had `count` complete answers from addresses
/// containing `needle` (the browser's own resource timing), so a test
/// knows a held answer has arrived before it looks at what it did.
pub async fn wait_for_answers(stack: &Stack, needle: &str, count: u64) {
    let script = format!(
        "return performance.getEntriesByType('resource').filter(e => e.name.includes({needle:?}) && e.responseEnd > 0).length;"
    );
    for _ in 0..150 {
        if stack.js(&script).await.as_u64().unwrap_or_default() >= count {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the page never had {count} answers from {needle}");
}
