//! Which browser the tests drive (`BROWSER_ENGINE`: `chromium`, the
//! default, `firefox` or `webkit`), its WebDriver, and the session it asks
//! for. Every process started here is killed when its handle drops.

use serde_json::{Value, json};
use std::process::Stdio;
use tokio::io::AsyncBufReadExt;
use tokio::process::{Child, Command};

/// A browser engine the tests can drive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Debian's Chromium, through ChromeDriver.
    Chromium,
    /// Debian's Firefox ESR, through geckodriver.
    Firefox,
    /// WebKitGTK's MiniBrowser (Safari's engine), through WebKitWebDriver, on Xvfb.
    WebKit,
}

impl Engine {
    /// The engine `BROWSER_ENGINE` names.
    pub fn from_env() -> Self {
        match std::env::var("BROWSER_ENGINE").as_deref() {
            Err(_) | Ok("" | "chromium") => Self::Chromium,
            Ok("firefox") => Self::Firefox,
            Ok("webkit") => Self::WebKit,
            Ok(other) => panic!("BROWSER_ENGINE={other}: say chromium, firefox or webkit"),
        }
    }

    /// Its name, as failures and skipped steps print it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Chromium => "chromium",
            Self::Firefox => "firefox",
            Self::WebKit => "webkit",
        }
    }

    /// Starts the engine's WebDriver on a free port.
    pub async fn start_driver(self) -> Driver {
        let port = free_port();
        let mut processes = Vec::new();
        let driver = match self {
            Self::Chromium => quiet(Command::new("/usr/bin/chromedriver").arg(format!("--port={port}"))),
            Self::Firefox => {
                let geckodriver = home_bin("geckodriver");
                let websocket = free_port().to_string();
                quiet(Command::new(geckodriver).args([
                    "--port",
                    &port.to_string(),
                    "--websocket-port",
                    &websocket,
                ]))
            }
            Self::WebKit => {
                let (xvfb, display) = start_xvfb().await;
                processes.push(xvfb);
                quiet(
                    Command::new("/usr/bin/WebKitWebDriver")
                        .arg(format!("--port={port}"))
                        .env("DISPLAY", display),
                )
            }
        };
        processes.push(driver);
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Driver { address: format!("http://127.0.0.1:{port}"), processes };
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("{}'s WebDriver did not start on port {port}", self.name());
    }

    /// The session the tests ask the driver for.
    pub fn capabilities(self) -> serde_json::Map<String, Value> {
        let capabilities = match self {
            Self::Chromium => json!({
                "goog:chromeOptions": {
                    "binary": "/usr/bin/chromium",
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1200,900",
                    ],
                    "perfLoggingPrefs": { "enableNetwork": true, "enablePage": false },
                },
                "goog:loggingPrefs": { "performance": "ALL" },
            }),
            // Without the pref, ending a session hangs while the page's leave guard is armed.
            Self::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": "/usr/bin/firefox-esr",
                    "args": ["-headless"],
                    "prefs": { "dom.disable_beforeunload": true },
                },
            }),
            Self::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                    "args": ["--automation"],
                },
            }),
        };
        capabilities.as_object().cloned().unwrap()
    }
}

/// A running WebDriver (and, for WebKit, its X server).
pub struct Driver {
    /// Where it listens.
    pub address: String,
    processes: Vec<Child>,
}

impl Driver {
    /// Stops the driver (then its X server) and waits until each is gone.
    pub async fn stop(mut self) {
        while let Some(mut process) = self.processes.pop() {
            let _ = process.kill().await;
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn home_bin(name: &str) -> std::path::PathBuf {
    let home = std::env::var_os("CARGO_HOME").map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
    });
    home.join("bin").join(name)
}

fn quiet(command: &mut Command) -> Child {
    let program = command.as_std().get_program().to_string_lossy().into_owned();
    command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program} ({e}): run scripts/setup.sh --test"))
}

/// An X server of its own for WebKit, which has no headless mode; returns
/// it and its display (`:n`).
async fn start_xvfb() -> (Child, String) {
    let mut xvfb = Command::new("/usr/bin/Xvfb")
        .args(["-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start Xvfb ({e}): run scripts/setup.sh --test"));
    let mut lines = tokio::io::BufReader::new(xvfb.stdout.take().unwrap()).lines();
    let display = lines.next_line().await.unwrap().expect("Xvfb prints its display");
    (xvfb, format!(":{}", display.trim()))
}

/// A POST to a session endpoint fantoccini has no method for (a driver's
/// extension): `path` below `session/{id}/`, with a JSON `body`.
#[derive(Debug)]
pub struct SessionPost {
    pub path: &'static str,
    pub body: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for SessionPost {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
