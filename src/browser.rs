//! The only module that touches browser APIs. Everything here is thin: it
//! moves data between the browser and the core, and decides nothing.

use gloo_net::http::Request;
use std::cell::OnceCell;
use token_core::transport::http::{HttpAnswer, REQUEST_TIMEOUT_MS, TransportFailure};
use token_core::transport::io::{HttpRequest, Io};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;
use web_sys::{
    AbortSignal, BeforeUnloadEvent, ReferrerPolicy, RequestCache, RequestCredentials, RequestRedirect,
};

/// The one localStorage key this page ever writes: the relay setting.
pub const RELAY_STORAGE_KEY: &str = "tesla-token-page.relay";

/// Opens `url` in a new tab without giving it a handle on this page.
/// With `noopener` the browser does not say whether a popup blocker stopped
/// it, so the page always shows the same link as a fallback.
pub fn open_in_new_tab(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer");
    }
}

/// Marks the moment the page can be used (`performance` entry
/// `interactive`), which `scripts/bench.sh` reads.
pub fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark("interactive");
    }
}

/// The browser's user agent, to guess which help to open.
pub fn user_agent() -> String {
    web_sys::window().and_then(|window| window.navigator().user_agent().ok()).unwrap_or_default()
}

fn element(selector: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.query_selector(selector).ok()?
}

/// The place `index.html` keeps for a part of the view (`data-mount`),
/// emptied of what it shows before the code runs.
pub fn mount_point(name: &str) -> Option<web_sys::HtmlElement> {
    let place = element(&format!("[data-mount={name}]"))?;
    place.set_inner_html("");
    place.dyn_into().ok()
}

/// The page's body, emptied, for a tab that shows something else than the flow.
pub fn cleared_body() -> Option<web_sys::HtmlElement> {
    let body = web_sys::window()?.document()?.body()?;
    body.set_inner_html("");
    Some(body)
}

/// Opens or closes the `<details>` with this id.
pub fn set_open(id: &str, open: bool) {
    if let Some(details) = element(&format!("#{id}")) {
        let _ = if open { details.set_attribute("open", "") } else { details.remove_attribute("open") };
    }
}

/// Scrolls as little as needed to show `element` whole (nothing if it is).
pub fn show_whole(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Scrolls the element with this id into view and moves the focus to it,
/// so a screen reader reads it next.
pub fn bring_into_view(id: &str) {
    if let Some(element) = element(&format!("#{id}")) {
        element.scroll_into_view();
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// True when another page shows this one in a frame (a clickjacking set-up:
/// GitHub Pages cannot send `frame-ancestors`, so the page checks itself).
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let top = window.top().ok().flatten();
    top.is_some_and(|top| JsValue::from(top) != JsValue::from(window))
}

/// The relay the user saved earlier, if any.
pub fn saved_relay() -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(RELAY_STORAGE_KEY).ok()?
}

/// Saves the relay setting, the only thing this page stores.
pub fn save_relay(template: &str) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        // Private browsing may refuse; the setting then lasts for this visit.
        let _ = storage.set_item(RELAY_STORAGE_KEY, template);
    }
}

/// The `?relay=` of this page's address, if a link set one.
pub fn relay_from_link() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("relay")
}

thread_local! {
    /// Created once and kept for the page's life, so arming the guard is
    /// only a property assignment.
    static LEAVE_GUARD: OnceCell<Closure<dyn Fn(BeforeUnloadEvent)>> = const { OnceCell::new() };
}

/// Arms or disarms the browser's "Leave site?" prompt.
pub fn set_leave_guard(armed: bool) {
    let Some(window) = web_sys::window() else { return };
    if !armed {
        window.set_onbeforeunload(None);
        return;
    }
    LEAVE_GUARD.with(|guard| {
        let handler = guard.get_or_init(|| {
            Closure::new(|event: BeforeUnloadEvent| {
                event.prevent_default();
                // Older Chromium shows the prompt only when returnValue is set.
                event.set_return_value("Your login or tokens would be lost.");
            })
        });
        window.set_onbeforeunload(Some(handler.as_ref().unchecked_ref()));
    });
}

/// The browser's network and timers, as the core's [`Io`].
pub struct Browser;

impl Io for Browser {
    /// Sends a request and returns whatever HTTP answer came back. Sends no
    /// cookies or referrer, follows no redirect and is never cached.
    async fn send(&self, request: HttpRequest) -> Result<HttpAnswer, TransportFailure> {
        let timeout = AbortSignal::timeout_with_u32(REQUEST_TIMEOUT_MS);
        let mut builder = match request.method {
            "GET" => Request::get(&request.url),
            _ => Request::post(&request.url),
        }
        .header("Accept", "application/json")
        .credentials(RequestCredentials::Omit)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .redirect(RequestRedirect::Error)
        .cache(RequestCache::NoStore)
        .abort_signal(Some(&timeout));
        if let Some(token) = &request.bearer {
            builder = builder.header("Authorization", &format!("Bearer {}", token.expose()));
        }
        let built = match &request.body {
            Some(body) => {
                builder.header("Content-Type", body.content_type).body(body.text.expose().to_owned())
            }
            None => builder.build(),
        }
        .map_err(|_| TransportFailure::Unreachable)?;
        let response = built.send().await.map_err(|error| match error {
            gloo_net::Error::JsError(js) if js.name == "TimeoutError" => TransportFailure::TimedOut,
            _ => TransportFailure::Unreachable,
        })?;
        let status = response.status();
        let retry_after = response.headers().get("retry-after");
        let body = response.text().await.map_err(|_| TransportFailure::Unreachable)?;
        Ok(HttpAnswer { status, body, retry_after })
    }

    /// Waits `ms` milliseconds without blocking the page.
    async fn sleep(&self, ms: f64) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    fn now_ms(&self) -> f64 {
        now_ms()
    }
}

/// The SHA-384 of the wasm bytes the loader fetched (`window.pageWasmBytes`,
/// see Trunk.toml): the very bytes that run, not a second download. With the
/// integrity value the page declares for them.
pub async fn own_wasm_digest() -> Option<(Vec<u8>, Option<String>)> {
    let window = web_sys::window()?;
    let link = window.document()?.query_selector("link[rel=preload][type='application/wasm']").ok()?;
    let declared = link.and_then(|link| link.get_attribute("integrity"));
    let bytes = js_sys::Reflect::get(&window, &JsValue::from_str("pageWasmBytes")).ok()?;
    let bytes = wasm_bindgen_futures::JsFuture::from(bytes.dyn_into::<js_sys::Promise>().ok()?).await.ok()?;
    let bytes: js_sys::Object = bytes.dyn_into().ok()?;
    let digest = window.crypto().ok()?.subtle().digest_with_str_and_buffer_source("SHA-384", &bytes).ok()?;
    let digest = wasm_bindgen_futures::JsFuture::from(digest).await.ok()?;
    Some((js_sys::Uint8Array::new(&digest).to_vec(), declared))
}

/// Copies text to the clipboard; false if the browser refused.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A moment as `language` (a BCP 47 tag, the page's) writes date and time.
pub fn local_time(epoch_ms: f64, language: &str) -> String {
    let date = js_sys::Date::new(&epoch_ms.into());
    String::from(date.to_locale_string(language, &wasm_bindgen::JsValue::UNDEFINED))
}

/// Calls `tick` every `ms` milliseconds for the page's life.
pub fn every(ms: i32, tick: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let tick = Closure::<dyn Fn()>::new(tick);
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), ms);
    // The interval lives as long as the page.
    tick.forget();
}

/// Calls `seen` whenever the user types, clicks, scrolls or touches.
pub fn on_user_activity(seen: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let seen = Closure::<dyn Fn()>::new(seen);
    for event in ["pointerdown", "keydown", "wheel", "touchstart"] {
        let _ = window.add_event_listener_with_callback(event, seen.as_ref().unchecked_ref());
    }
    // Listens for the page's life.
    seen.forget();
}

/// Saves `text` as a file named `file_name`, from memory (a blob URL that
/// is revoked at once), never through a server.
pub fn download(file_name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document.create_element("a").map(JsCast::unchecked_into::<web_sys::HtmlAnchorElement>) {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// This page's address.
pub fn page_url() -> Option<url::Url> {
    url::Url::parse(&web_sys::window()?.location().href().ok()?).ok()
}

/// On a jump to `#id` (a link near the top, or the address), opens that
/// section and the closed sections around it, so it shows.
pub fn reveal_jump_targets() {
    let Some(window) = web_sys::window() else { return };
    let reveal = Closure::<dyn Fn()>::new(|| {
        let Some(location) = web_sys::window().map(|window| window.location()) else { return };
        let id = location.hash().unwrap_or_default();
        // Whatever follows `#` in the address: an id that is no valid selector finds nothing.
        let Some(target) = element(&id).filter(|_| id.len() > 1) else { return };
        let mut next = Some(target.clone());
        while let Some(at) = next {
            if at.tag_name() == "DETAILS" {
                let _ = at.set_attribute("open", "");
            }
            next = at.parent_element();
        }
        target.scroll_into_view();
    });
    let _ = window.add_event_listener_with_callback("hashchange", reveal.as_ref().unchecked_ref());
    // Listens for the page's life.
    reveal.forget();
}

/// Removes the query (a code, a state) from the address bar and from this
/// history entry, without loading anything.
pub fn clear_address_query() {
    let Some(window) = web_sys::window() else { return };
    let Ok(path) = window.location().pathname() else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// Posts `message` to the other tabs of this page's origin.
pub fn broadcast(channel: &str, message: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(channel) {
        let _ = channel.post_message(&JsValue::from_str(message));
        channel.close();
    }
}

/// Calls `received` with every text message on `channel`, for the page's life.
pub fn listen(channel: &str, received: impl Fn(String) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(channel) else { return };
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        if let Some(text) = event.data().as_string() {
            received(text);
        }
    });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // Both live as long as the page.
    handler.forget();
    std::mem::forget(channel);
}

/// The text of the page's catalog (`<script type="application/json" id="words">`).
pub fn words_json() -> Option<String> {
    element(&format!("#{}", l10n::WORDS_ID))?.text_content()
}

thread_local! {
    /// One `Intl.NumberFormat` per count of decimals, made on first use:
    /// counts are written every second while a countdown runs.
    static NUMBER_FORMATS: std::cell::RefCell<Vec<(u32, js_sys::Intl::NumberFormat)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `value` as `language` (a BCP 47 tag, the page's, which never changes)
/// writes numbers, with exactly `digits` decimals (`Intl.NumberFormat`);
/// `None` if the browser cannot.
pub fn format_number(value: f64, digits: u32, language: &str) -> Option<String> {
    NUMBER_FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        if !formats.iter().any(|(d, _)| *d == digits) {
            let locales = js_sys::Array::of1(&JsValue::from_str(language));
            let options = js_sys::Object::new();
            for option in ["minimumFractionDigits", "maximumFractionDigits"] {
                js_sys::Reflect::set(&options, &JsValue::from_str(option), &JsValue::from(digits)).ok()?;
            }
            formats.push((digits, js_sys::Intl::NumberFormat::new(&locales, &options)));
        }
        let (_, format) = formats.iter().find(|(d, _)| *d == digits)?;
        format.format().call1(&JsValue::UNDEFINED, &JsValue::from_f64(value)).ok()?.as_string()
    })
}

/// The browser's languages, most wanted first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

/// Shows the element `selector` finds (removes `hidden`).
pub fn reveal(selector: &str) {
    if let Some(element) = element(selector) {
        let _ = element.remove_attribute("hidden");
    }
}
