//! Loads the built page in headless Chromium with the cache off, served
//! gzipped as GitHub Pages serves it, and reads two moments: the first text
//! painted (`first-contentful-paint`) and the login button working (the
//! page marks `interactive` once its controls are mounted). Optionally under
//! a throttled phone profile, through the Chrome DevTools Protocol.

use fantoccini::Client;
use fantoccini::wd::WebDriverCompatibleCommand;
use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;
use test_harness::{WebDriver, chromium};

/// One load: milliseconds from navigation to the first text, and to the
/// login button working.
pub struct Load {
    pub first_text: f64,
    pub interactive: f64,
}

/// Slow 4G (150 ms, 1.6 Mbps down, 750 kbps up) and a CPU 4× slower.
pub struct Throttle;

pub async fn loads(dist: &Path, count: usize, throttle: Option<Throttle>) -> Vec<Load> {
    let gzipped = gzipped_copy(dist);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let page = format!("http://{}/", listener.local_addr().unwrap());
    let files = tower_http::services::ServeDir::new(&gzipped).precompressed_gzip();
    let app = axum::Router::new().fallback_service(files);
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let chromedriver = WebDriver::chromedriver().await.unwrap_or_else(|e| panic!("{e}"));
    let browser = chromedriver.session(chromium::capabilities()).await.unwrap_or_else(|e| {
        panic!("no Chromium session from chromedriver: {e}\n{}", chromedriver.log().join("\n"))
    });
    browser.issue_cmd(Cdp("Network.enable", json!({}))).await.unwrap();
    browser.issue_cmd(Cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))).await.unwrap();
    if throttle.is_some() {
        let slow_4g = json!({
            "offline": false, "latency": 150,
            "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8,
        });
        browser.issue_cmd(Cdp("Network.emulateNetworkConditions", slow_4g)).await.unwrap();
        browser.issue_cmd(Cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))).await.unwrap();
    }

    let mut loads = Vec::with_capacity(count);
    for _ in 0..count {
        browser.goto("about:blank").await.unwrap();
        browser.goto(&page).await.unwrap();
        let interactive = moment(&browser, "performance.getEntriesByName('interactive')[0]?.startTime").await;
        let first_text =
            moment(&browser, "performance.getEntriesByName('first-contentful-paint')[0]?.startTime").await;
        loads.push(Load { first_text, interactive });
    }
    let _ = browser.close().await;
    chromedriver.stop().await;
    server.abort();
    let _ = std::fs::remove_dir_all(&gzipped);
    loads
}

/// `dist` with a `.gz` beside every file, as a server that compresses sends it.
fn gzipped_copy(dist: &Path) -> PathBuf {
    let copy = std::env::temp_dir().join(format!("page-bench-{}", std::process::id()));
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(dist).unwrap().filter_map(Result::ok).filter(|e| e.path().is_file()) {
        let bytes = std::fs::read(entry.path()).unwrap();
        let mut gzip = GzEncoder::new(Vec::new(), Compression::default());
        gzip.write_all(&bytes).unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        std::fs::write(copy.join(&name), &bytes).unwrap();
        std::fs::write(copy.join(format!("{name}.gz")), gzip.finish().unwrap()).unwrap();
    }
    copy
}

/// Milliseconds from navigation start to the moment `entry` names.
async fn moment(browser: &Client, entry: &str) -> f64 {
    for _ in 0..1000 {
        let mark = browser.execute(&format!("return {entry} ?? null;"), vec![]).await.unwrap();
        if let Some(ms) = mark.as_f64() {
            return ms;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the page never reached {entry}");
}

/// A Chrome DevTools Protocol command through chromedriver.
#[derive(Debug)]
struct Cdp(&'static str, Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.0, "params": self.1 }).to_string()))
    }
}
