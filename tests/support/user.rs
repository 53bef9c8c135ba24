//! What a user does on the page, as steps the tests share.

use super::Stack;
use super::engine::Engine;
use super::processes::double_http;
use fantoccini::wd::WindowHandle;
use serde_json::json;

/// Opens the page with the test relay proposed by a `?relay=` link, and
/// confirms it as the user would.
pub async fn open_with_relay(stack: &Stack) {
    super::flow::open_with_relay_in(stack, l10n::Language::english()).await;
}

/// Types a relay address into the setting and saves it.
pub async fn choose_relay(stack: &Stack, address: &str) {
    stack.type_into("#relay-input", address).await;
    stack.click("#relay-save").await;
    let host = address.trim_start_matches("http://").split('/').next().unwrap_or_default();
    stack.wait_for_text("#relay-host", host).await;
}

/// Presses step 1, logs in on the double in the new tab, and returns the
/// `tesla://` URL as a user of this engine would copy it:
/// - Chromium: DevTools → Network, the redirect's `location:` header;
/// - WebKit: the login tab's address bar, which shows the `tesla://` URL;
/// - Firefox: Network ("Persist Logs"), the blocked `complete?…` row's
///   `location:` header, which WebDriver cannot read: the test sends the
///   same form and follows the same steps outside the browser instead.
pub async fn log_in_and_copy_callback(stack: &Stack, email: &str) -> String {
    let seen = if stack.engine == Engine::Chromium { app_redirects(stack).await } else { Vec::new() };
    let page_tab = open_login_form(stack, email).await;
    let location = match stack.engine {
        Engine::Chromium => {
            stack.click("#sign-in").await;
            stack.wait_for_text("h1", "Verified Successfully").await;
            wait_for_app_redirect(stack, &seen).await
        }
        Engine::WebKit => {
            stack.click("#sign-in").await;
            wait_for_app_address(stack).await
        }
        Engine::Firefox => sign_in_outside_the_browser(stack, email).await,
    };
    stack.browser.close_window().await.unwrap();
    stack.browser.switch_to_window(page_tab).await.unwrap();
    format!("location: {location}")
}

/// Waits until the login tab has finished: it shows "Verified Successfully"
/// in Chromium and Firefox, which stay on that page when the `tesla://`
/// redirect has no handler; WebKit moves to the `tesla://` address itself.
pub async fn wait_until_logged_in(stack: &Stack) {
    match stack.engine {
        Engine::WebKit => drop(wait_for_app_address(stack).await),
        Engine::Chromium | Engine::Firefox => drop(stack.wait_for_text("h1", "Verified Successfully").await),
    }
}

/// Presses step 1, switches to the login tab and fills Tesla's form for
/// `email`; returns the page's tab.
pub async fn open_login_form(stack: &Stack, email: &str) -> WindowHandle {
    let page_tab = stack.browser.window().await.unwrap();
    stack.click("#start-login").await;
    switch_to_second_tab(stack, &page_tab).await;
    stack.type_into("#identity", email).await;
    stack.type_into("#credential", tesla_double::accounts::PASSWORD).await;
    page_tab
}

/// WebKit: the login tab's own address once the double redirected it.
async fn wait_for_app_address(stack: &Stack) -> String {
    for _ in 0..100 {
        if let Ok(url) = stack.browser.current_url().await
            && url.scheme() == "tesla"
        {
            return url.to_string();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the login tab never showed a tesla:// address");
}

/// Firefox: sends the login tab's form as the browser would, follows the
/// "Verified Successfully" page's next step without following the redirect,
/// and gives the browser the session cookie, so Tesla remembers the login
/// here as it does in the other engines.
async fn sign_in_outside_the_browser(stack: &Stack, email: &str) -> String {
    let transaction =
        stack.wait_for("input[name=transaction_id]").await.prop("value").await.unwrap().unwrap_or_default();
    let form: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("transaction_id", &transaction)
        .append_pair("identity", email)
        .append_pair("credential", tesla_double::accounts::PASSWORD)
        .finish();
    let content_type = [("Content-Type", "application/x-www-form-urlencoded")];
    let (status, headers, page) = double_http("POST /oauth2/v3/authorize", &content_type, &form).await;
    assert!(status == 200 && page.contains("Verified Successfully"), "sign-in failed: {status} {page}");
    let set_cookie = headers.iter().find(|(name, _)| name == "set-cookie").map(|(_, v)| v.clone());
    let complete = format!("GET /oauth2/v3/authorize/complete?transaction_id={transaction}");
    let (status, headers, _) = double_http(&complete, &[], "").await;
    assert_eq!(status, 302);
    if let Some(cookie) = set_cookie.and_then(|c| fantoccini::cookies::Cookie::parse(c).ok()) {
        stack.browser.add_cookie(cookie).await.unwrap();
    }
    headers.into_iter().find(|(name, _)| name == "location").map(|(_, v)| v).expect("a redirect")
}

/// Waits for the tab the page opened beside `page_tab`, and switches to it.
pub async fn switch_to_second_tab(stack: &Stack, page_tab: &WindowHandle) {
    for _ in 0..100 {
        let tabs = stack.browser.windows().await.unwrap();
        if let Some(other) = tabs.into_iter().find(|tab| tab != page_tab) {
            stack.browser.switch_to_window(other).await.unwrap();
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("step 1 opened no tab");
}

/// Every `tesla://` redirect any tab has seen so far, oldest first
/// (Chromium's network log).
pub async fn app_redirects(stack: &Stack) -> Vec<String> {
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

/// Presses "Forget everything", answers its one question "yes", and waits
/// until the page says everything was forgotten.
pub async fn forget_everything(stack: &Stack) {
    stack.click("#forget-everything").await;
    stack.wait_for_text("#question-text", "Forget everything now?").await;
    stack.click("#confirm-yes").await;
    stack.wait_for_text("#notice", "Everything was forgotten").await;
}

pub async fn leave_guard_armed(stack: &Stack) -> bool {
    stack.js("return window.onbeforeunload !== null;").await == json!(true)
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
    let double = format!("http://{}/", super::build::DOUBLE_ADDR);
    for url in stack.page_requests().await {
        let allowed = url.starts_with(&format!("{}/", stack.page_origin))
            || url.starts_with("http://127.0.0.1:")
            || url.starts_with(&double);
        assert!(allowed, "the page contacted {url}");
    }
}

/// Pastes `text` into step 2 and presses "Get my tokens".
pub async fn paste_and_exchange(stack: &Stack, text: &str) {
    stack.type_into("#paste", text).await;
    stack.click("#exchange").await;
}

/// Logs `email` in through steps 1 to 3; returns the access and refresh token shown.
pub async fn tokens_for(stack: &Stack, email: &str) -> (String, String) {
    let callback = log_in_and_copy_callback(stack, email).await;
    paste_and_exchange(stack, &callback).await;
    stack.wait_for("#access-token").await;
    // A token box may be in the page a moment before its value is.
    let shown = "return ['#access-token', '#refresh-token'].every(id => document.querySelector(id)?.value.startsWith('eyJ'));";
    stack.wait_for_js(shown, json!(true), "both tokens shown").await;
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

/// Types into every text box the page has now (each opened as a user would)
/// a token-shaped text of its own whose claims hold an email, and waits
/// until the inspector's decoded view shows it too; returns what must not
/// outlive a forget: each text, and the marker inside it. A box added to the page
/// later is filled without touching this.
pub async fn fill_every_box(stack: &Stack) -> Vec<String> {
    let boxes = stack
        .js("return [...document.querySelectorAll('input, textarea')]
                .filter(e => !e.readOnly && !e.disabled && ['text', 'email', 'password', 'url', 'search', 'textarea'].includes(e.type))
                .map(e => e.id);")
        .await;
    let boxes: Vec<String> = serde_json::from_value(boxes).unwrap_or_default();
    assert!(boxes.len() >= 9, "the page's text boxes: {boxes:?}");
    let mut secrets = Vec::new();
    for (at, id) in boxes.iter().enumerate() {
        assert!(!id.is_empty(), "every box has an id, so a test can reach it");
        let marker = format!("forgetme{at}x");
        let claims = format!(r#"{{"email":"{marker}@example.com","sub":"{marker}","exp":4102444800}}"#);
        let text = support_jwt(&claims);
        stack.type_into(&format!("#{id}"), &text).await;
        secrets.extend([marker, text]);
    }
    stack.wait_for_text("#claims", "forgetme").await;
    secrets
}

/// A JWT-shaped text (unsigned) with `claims`.
fn support_jwt(claims: &str) -> String {
    use base64::Engine;
    let encode = |text: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text);
    format!("{}.{}.sig", encode(r#"{"alg":"RS256","typ":"JWT"}"#), encode(claims))
}

/// Asserts that none of `secrets` is anywhere on the page: in a box's
/// value, in the markup, or in the text shown.
pub async fn assert_none_on_the_page(stack: &Stack, secrets: &[String]) {
    let everything = stack
        .js("return [...document.querySelectorAll('input, textarea, select')].map(e => e.value)
                .concat([document.documentElement.outerHTML, document.body.innerText]).join('\\n');")
        .await;
    let everything = everything.as_str().unwrap_or_default();
    for secret in secrets {
        assert!(!everything.contains(secret.as_str()), "{secret} is still on the page");
    }
}
