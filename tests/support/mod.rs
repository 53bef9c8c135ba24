//! Everything a browser test needs, started fresh for each test and always
//! stopped, even when the test panics.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

pub mod build;
pub mod chromium_log;
pub mod engine;
pub mod flow;
pub mod languages;
pub mod layout;
pub mod other_relays;
pub mod processes;
pub mod user;

use chromium_log::SentRequest;
use engine::{Engine, SessionPost};
use fantoccini::{Client, Locator};
use futures::FutureExt;
use serde_json::{Value, json};
use std::panic::AssertUnwindSafe;
use std::sync::Mutex;
use std::time::Duration;
use test_harness::{Process, WebDriver};

/// How long to wait for anything on a page.
const WAIT: Duration = Duration::from_secs(15);

/// The double's fixed address allows one stack at a time.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The page, the relay, the Tesla double and a browser, all on loopback.
pub struct Stack {
    /// The WebDriver session.
    pub browser: Client,
    /// The browser engine it drives.
    pub engine: Engine,
    /// The page's origin, e.g. `http://127.0.0.1:41234`.
    pub page_origin: String,
    /// The page's address, below a sub-path: `{page_origin}/tesla-token-page/`.
    pub page_url: String,
    /// The relay's base address, e.g. `http://127.0.0.1:41235`.
    pub relay: String,
    /// The relay process (its log is checked for secrets).
    pub relay_process: Process,
    /// Every network event read from Chromium so far (reading drains it).
    network: Mutex<Vec<SentRequest>>,
    double: Process,
    page_server: tokio::task::JoinHandle<()>,
    driver: WebDriver,
}

/// The Fleet app the double registers, whose redirect URI is the page.
pub const FLEET_CLIENT_ID: &str = "open-source-test-app";

/// How the Tesla double should behave for one test.
#[derive(Default, Clone, Copy)]
pub struct DoubleOptions {
    /// Send CORS headers from the token endpoints (Tesla does not).
    pub cors: bool,
}

/// Runs `test` against a fresh stack and closes the browser afterwards.
pub async fn in_browser(test: impl AsyncFnOnce(&Stack)) {
    in_browser_with(DoubleOptions::default(), test).await;
}

/// [`in_browser`] with a double that behaves as `options` say. After the
/// test, whatever it did, the page's promises are checked.
pub async fn in_browser_with(options: DoubleOptions, test: impl AsyncFnOnce(&Stack)) {
    in_browser_as(options, None, test).await;
}

/// [`in_browser`] in a browser whose preferred language is `language` (a
/// BCP 47 tag such as `de`), as its owner set it.
pub async fn in_browser_speaking(language: &str, test: impl AsyncFnOnce(&Stack)) {
    in_browser_as(DoubleOptions::default(), Some(language), test).await;
}

async fn in_browser_as(options: DoubleOptions, language: Option<&str>, test: impl AsyncFnOnce(&Stack)) {
    let _turn = ONE_AT_A_TIME.lock().await;
    let stack = Stack::start(options, language).await;
    let outcome = AssertUnwindSafe(async {
        test(&stack).await;
        user::assert_promises_kept(&stack).await;
    })
    .catch_unwind()
    .await;
    let engine = stack.engine;
    stack.stop().await;
    if let Err(panic) = outcome {
        eprintln!("failed in {}", engine.name());
        std::panic::resume_unwind(panic);
    }
}

impl Stack {
    async fn start(options: DoubleOptions, language: Option<&str>) -> Self {
        let dist = build::page_dist();
        let (page_server, page_origin) = processes::serve_page(dist).await;
        let page_url = format!("{page_origin}{}", build::SUB_PATH);
        let mut flags = vec!["--fleet-app".to_owned(), format!("{FLEET_CLIENT_ID}={page_url}")];
        if options.cors {
            flags.push("--cors".into());
        }
        let double = processes::start_double(&flags).await;
        let (relay_process, relay) = processes::start_relay(&page_origin, true).await;
        let engine = Engine::from_env();
        let driver = engine.start_driver_speaking(language).await;
        let browser = driver
            .session(engine.capabilities_speaking(language))
            .await
            .unwrap_or_else(|e| panic!("a {} session: {e}", engine.name()));
        // Chromium takes its size from a flag; the others from WebDriver.
        if engine != Engine::Chromium {
            browser.set_window_rect(0, 0, 1200, 900).await.expect("a window size");
        }
        Self {
            browser,
            engine,
            page_origin,
            page_url,
            relay,
            relay_process,
            network: Mutex::default(),
            double,
            page_server,
            driver,
        }
    }

    /// Closes the browser and stops every process, waiting until each is
    /// gone so the next test can take the double's fixed port.
    async fn stop(self) {
        let _ = self.browser.close().await;
        self.driver.stop().await;
        self.page_server.abort();
        self.relay_process.stop().await;
        self.double.stop().await;
    }

    /// Opens the page with `query` (e.g. `?relay=…`) and waits until it runs.
    pub async fn open_page(&self, query: &str) {
        self.browser.goto(&format!("{}{query}", self.page_url)).await.unwrap();
        self.wait_for("#start-login").await;
    }

    /// Waits until an element matching `css` exists.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.browser
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css} within {WAIT:?}: {e}"))
    }

    /// Opens the closed sections around `css`, as a user would to reach
    /// it: clicks the summary of the outermost closed `<details>`, and again
    /// until none is left.
    pub async fn reveal(&self, css: &str) {
        let mark_outermost_closed = format!(
            "let closed = null;
             const target = document.querySelector({css:?});
             // A summary's own section is what clicking it opens.
             const inside = target?.tagName === 'SUMMARY' ? target.parentElement : target;
             for (let at = inside?.parentElement; at; at = at.parentElement)
               if (at.tagName === 'DETAILS' && !at.open) closed = at;
             document.querySelector('[data-reveal]')?.removeAttribute('data-reveal');
             closed?.querySelector(':scope > summary').setAttribute('data-reveal', '');
             return closed !== null;"
        );
        for _ in 0..4 {
            if self.js(&mark_outermost_closed).await != Value::Bool(true) {
                return;
            }
            self.wait_for("[data-reveal]").await.click().await.expect("a section's summary can be clicked");
        }
        panic!("{css} stays inside closed sections");
    }

    /// Waits until the text of `css` contains `needle`; returns the text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = tokio::time::Instant::now() + WAIT;
        self.wait_for(css).await;
        self.reveal(css).await;
        loop {
            let text = self.wait_for(css).await.text().await.unwrap_or_default();
            if text.contains(needle) {
                return text;
            }
            assert!(tokio::time::Instant::now() < deadline, "{css} never said {needle:?}; it says {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        let element = self.wait_for(css).await;
        self.reveal(css).await;
        element.click().await.unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }

    /// Replaces the text of an input or textarea.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.wait_for(css).await;
        self.reveal(css).await;
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// The value of a form field.
    pub async fn value_of(&self, css: &str) -> String {
        self.wait_for(css).await.prop("value").await.unwrap().unwrap_or_default()
    }

    /// Runs `script` in the current window and returns its result.
    pub async fn js(&self, script: &str) -> Value {
        self.browser.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs `script` until it returns `expected` (within the usual wait), and
    /// asserts it did, saying `what`.
    pub async fn wait_for_js(&self, script: &str, expected: Value, what: &str) {
        let deadline = tokio::time::Instant::now() + WAIT;
        let mut got = self.js(script).await;
        while got != expected && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
            got = self.js(script).await;
        }
        assert_eq!(got, expected, "{what}");
    }

    /// Runs an async `script` (its last argument is the callback).
    pub async fn js_async(&self, script: &str) -> Value {
        self.browser
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Saves what the browser shows to `target/screenshots/{name}.png` (or
    /// to `$SCREENSHOTS_DIR`: `docs/screenshots` refreshes the README's), for
    /// people to look at (the tests assert on the page, not on pictures).
    pub async fn screenshot(&self, name: &str) {
        let png = self.browser.screenshot().await.unwrap();
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let folder =
            repo.join(std::env::var("SCREENSHOTS_DIR").unwrap_or_else(|_| "target/screenshots".into()));
        std::fs::create_dir_all(&folder).unwrap();
        let name = match self.engine {
            Engine::Chromium => name.to_owned(),
            other => format!("{name}-{}", other.name()),
        };
        std::fs::write(folder.join(format!("{name}.png")), png).unwrap();
    }

    /// Every address the current tab's page has fetched (itself, its files,
    /// the relay), from the browser's own resource timing, which every
    /// engine has.
    pub async fn page_requests(&self) -> Vec<String> {
        let names = self
            .js("return performance.getEntriesByType('navigation')
                    .concat(performance.getEntriesByType('resource')).map(e => e.name);")
            .await;
        names
            .as_array()
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|n| n.as_str().map(str::to_owned))
            .collect()
    }

    /// Every request any tab has sent so far, in order (Chromium's network
    /// log, which the other engines do not offer).
    pub async fn sent_requests(&self) -> Vec<SentRequest> {
        assert_eq!(self.engine, Engine::Chromium, "only Chromium's driver has a network log");
        // chromedriver's log endpoint.
        let read_log = SessionPost { path: "se/log", body: json!({ "type": "performance" }) };
        let entries = self.browser.issue_cmd(read_log).await.unwrap();
        let fresh = chromium_log::sent_requests(entries.as_array().map_or(&[], Vec::as_slice));
        let mut network = self.network.lock().unwrap();
        network.extend(fresh);
        network.clone()
    }
}
