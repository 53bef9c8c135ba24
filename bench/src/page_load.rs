//! Loads the built page in headless Chromium with the cache off and reads
//! when it became usable: the page marks `interactive` once it is mounted.

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};
use std::path::Path;
use std::time::Duration;

pub async fn time_to_interactive(dist: &Path, loads: usize) -> Vec<f64> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let page = format!("http://{}/", listener.local_addr().unwrap());
    let app = axum::Router::new().fallback_service(tower_http::services::ServeDir::new(dist));
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let port = crate::processes::free_port();
    let mut chromedriver = tokio::process::Command::new("/usr/bin/chromedriver")
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver is installed (scripts/setup.sh --test)");
    let browser = connect(port).await;
    browser.issue_cmd(Cdp("Network.enable", json!({}))).await.unwrap();
    browser.issue_cmd(Cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))).await.unwrap();

    let mut times = Vec::with_capacity(loads);
    for _ in 0..loads {
        browser.goto("about:blank").await.unwrap();
        browser.goto(&page).await.unwrap();
        times.push(interactive_at(&browser).await);
    }
    let _ = browser.close().await;
    let _ = chromedriver.kill().await;
    server.abort();
    times
}

async fn connect(port: u16) -> Client {
    let capabilities = json!({
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900",
            ],
        },
    });
    let address = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        let builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities.as_object().cloned().unwrap())
            .connect(&address)
            .await;
        if let Ok(client) = builder {
            return client;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no Chromium session from chromedriver on port {port}");
}

/// Milliseconds from navigation start to the page's `interactive` mark.
async fn interactive_at(browser: &Client) -> f64 {
    for _ in 0..500 {
        let mark = browser
            .execute("return performance.getEntriesByName('interactive')[0]?.startTime ?? null;", vec![])
            .await
            .unwrap();
        if let Some(ms) = mark.as_f64() {
            return ms;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the page never marked itself interactive");
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
