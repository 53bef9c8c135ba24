//! Headless Chromium as the tests and the benchmark run it: Debian's
//! binaries and the one list of its command-line flags.

use serde_json::{Map, Value, json};

/// Debian's Chromium (`apt-get install chromium`).
pub const BINARY: &str = "/usr/bin/chromium";

/// Debian's ChromeDriver (`apt-get install chromium-driver`).
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Every command-line flag Chromium is started with, here and nowhere else.
pub const FLAGS: [&str; 10] = [
    // No display; no sandbox, which needs user namespaces that containers
    // and CI runners lack; no GPU to ask for.
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    // /dev/shm is tiny in containers: Chromium's tabs would crash in it.
    "--disable-dev-shm-usage",
    // Network silence. Without these Chromium floods the closed network with
    // its own requests (QUIC probes, first-run pages, component, sync and
    // other background updates): each waits for a timeout, slows the run and
    // lands in the network log the tests read.
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    // The size the pages' layout checks and screenshots are made for.
    "--window-size=1200,900",
];

/// ChromeDriver's `goog:chromeOptions`: the binary and [`FLAGS`], for a
/// caller to add its own options to (e.g. `perfLoggingPrefs`).
pub fn options() -> Map<String, Value> {
    let mut options = Map::new();
    options.insert("binary".into(), BINARY.into());
    options.insert("args".into(), json!(FLAGS));
    options
}

/// The capabilities of a plain headless Chromium session: only [`options`].
pub fn capabilities() -> Map<String, Value> {
    let mut capabilities = Map::new();
    capabilities.insert("goog:chromeOptions".into(), Value::Object(options()));
    capabilities
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_asks_for_debians_chromium_with_every_flag() {
        let capabilities = capabilities();
        let options = &capabilities["goog:chromeOptions"];
        assert_eq!(options["binary"], "/usr/bin/chromium");
        let args: Vec<&str> = options["args"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        assert_eq!(args, FLAGS);
        assert!(args.contains(&"--disable-background-networking"), "the network stays silent");
    }
}
