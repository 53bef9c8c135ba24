//! Which browser the tests drive (`BROWSER_ENGINE`: `chromium`, the
//! default, `firefox` or `webkit`), its WebDriver, and the session it asks
//! for. Every process started here is killed when its handle drops.

use serde_json::{Value, json};
use std::time::Duration;
use test_harness::{Process, WebDriver, chromium};
use tokio::process::Command;

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
    pub async fn start_driver(self) -> WebDriver {
        self.start_driver_speaking(None).await
    }

    /// [`Engine::start_driver`], for a browser whose preferred language is
    /// `language` (a BCP 47 tag) if given: WebKit takes it from the C
    /// library's locale (`LC_ALL`), which its driver hands the browser.
    pub async fn start_driver_speaking(self, language: Option<&str>) -> WebDriver {
        let port = free_port();
        let mut companions = Vec::new();
        let driver = match self {
            Self::Chromium => {
                let mut chromedriver = Command::new(chromium::CHROMEDRIVER);
                chromedriver.arg(format!("--port={port}"));
                chromedriver
            }
            Self::Firefox => {
                let mut geckodriver = Command::new(home_bin("geckodriver"));
                // Several at once each need their own WebDriver BiDi port.
                geckodriver.args(["--port", &port.to_string(), "--websocket-port", &free_port().to_string()]);
                geckodriver
            }
            Self::WebKit => {
                let (xvfb, display) = start_xvfb().await;
                companions.push(xvfb);
                let mut webkit = Command::new("/usr/bin/WebKitWebDriver");
                webkit.arg(format!("--port={port}")).env("DISPLAY", display);
                if let Some(language) = language {
                    let (folder, locale) = c_locale(language);
                    webkit.env("LOCPATH", folder).env("LC_ALL", locale);
                }
                webkit
            }
        };
        WebDriver::start(driver, port, companions)
            .await
            .unwrap_or_else(|e| panic!("{}'s WebDriver: {e}", self.name()))
    }

    /// The session the tests ask the driver for.
    pub fn capabilities(self) -> serde_json::Map<String, Value> {
        self.capabilities_speaking(None)
    }

    /// [`Engine::capabilities`], for a browser whose preferred language
    /// (`navigator.languages`, `Accept-Language`) is `language` if given.
    pub fn capabilities_speaking(self, language: Option<&str>) -> serde_json::Map<String, Value> {
        let capabilities = match self {
            Self::Chromium => {
                let mut options = chromium::options();
                // The network log that `Stack::sent_requests` reads.
                options
                    .insert("perfLoggingPrefs".into(), json!({ "enableNetwork": true, "enablePage": false }));
                if let Some(language) = language {
                    if let Some(Value::Array(args)) = options.get_mut("args") {
                        args.extend([
                            json!(format!("--lang={language}")),
                            json!(format!("--accept-lang={language}")),
                        ]);
                    }
                    options.insert("prefs".into(), json!({ "intl": { "accept_languages": language } }));
                }
                json!({ "goog:chromeOptions": options, "goog:loggingPrefs": { "performance": "ALL" } })
            }
            // Without the pref, ending a session hangs while the page's leave guard is armed.
            Self::Firefox => {
                let mut prefs = json!({ "dom.disable_beforeunload": true });
                if let Some(language) = language {
                    prefs["intl.accept_languages"] = json!(language);
                }
                json!({
                    "browserName": "firefox",
                    "moz:firefoxOptions": {
                        "binary": "/usr/bin/firefox-esr",
                        "args": ["-headless"],
                        "prefs": prefs,
                    },
                })
            }
            Self::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                    "args": ["--automation"],
                },
            }),
        };
        match capabilities {
            Value::Object(map) => map,
            _ => unreachable!("each arm builds an object"),
        }
    }
}

/// A C library locale for `language` (`de` → `de_DE.UTF-8`, `nb` →
/// `nb_NO.UTF-8`: the language's own subtag, and its Tesla locale's region), made once with `localedef` into a folder
/// of the build's own (`LOCPATH`): the system's locales stay as they are
/// (a container often has none but `C`). Returns the folder and the locale.
fn c_locale(language: &str) -> (std::path::PathBuf, String) {
    let name = match l10n::Language::by_tag(language) {
        Some(known) => {
            let subtag = known.tag.split('-').next().unwrap_or(known.tag);
            let region = known.tesla_locale.rsplit('-').next().unwrap_or_default();
            format!("{subtag}_{region}")
        }
        None => language.replace('-', "_"),
    };
    let locale = format!("{name}.UTF-8");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/locales");
    if !folder.join(&locale).join("LC_CTYPE").exists() {
        std::fs::create_dir_all(&folder).unwrap();
        let made = std::process::Command::new("localedef")
            .args(["-i", &name, "-f", "UTF-8"])
            .arg(folder.join(&locale))
            .output()
            .unwrap_or_else(|e| panic!("localedef: {e} (Debian's locales package has it)"));
        assert!(
            folder.join(&locale).join("LC_CTYPE").exists(),
            "localedef made no {locale}: {}",
            String::from_utf8_lossy(&made.stderr)
        );
    }
    (folder, locale)
}

fn free_port() -> u16 {
    test_harness::ports::free_port().expect("a free loopback port")
}

fn home_bin(name: &str) -> std::path::PathBuf {
    let home = std::env::var_os("CARGO_HOME").map(std::path::PathBuf::from).unwrap_or_else(|| {
        std::path::PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
    });
    home.join("bin").join(name)
}

/// An X server of its own for WebKit, which has no headless mode; returns
/// it and its display (`:n`), which `-displayfd 1` makes it print.
async fn start_xvfb() -> (Process, String) {
    let mut xvfb = Command::new("/usr/bin/Xvfb");
    xvfb.args(["-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]);
    let mut xvfb = Process::start(xvfb).unwrap_or_else(|e| panic!("{e}"));
    let is_display = |line: &str| !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit());
    let display = xvfb
        .wait_for_line("printing its display", Duration::from_secs(10), is_display)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    (xvfb, format!(":{display}"))
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
