//! Relays that are not token-relay, for the promise that the page works
//! with any CORS relay: cors-anywhere (npm) in prefix style, and the
//! Cloudflare Worker (relay/worker/relay.js) behind a `{url}` template.
//! Both run under Node, on loopback, each gone when its handle drops.

use super::build::DOUBLE_ADDR;
use super::processes::start;
use std::path::{Path, PathBuf};
use test_harness::process::Process;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn node() -> PathBuf {
    PathBuf::from("node")
}

/// The address a first log line `… listening on http://…` names.
fn address_in(first_line: &str) -> String {
    let at = first_line.find("http://").unwrap_or_else(|| panic!("no address in {first_line:?}"));
    first_line[at..].split_whitespace().next().unwrap_or_default().trim_end_matches('/').to_owned()
}

/// cors-anywhere 0.4 (installed by `scripts/setup.sh --test`); returns it
/// and the relay template the page is given: `http://127.0.0.1:N/`.
pub async fn start_cors_anywhere() -> (Process, String) {
    let module = repo().join("target/node/node_modules/cors-anywhere");
    assert!(module.exists(), "cors-anywhere is installed by scripts/setup.sh --test");
    let script = format!(
        "const server = require({:?}).createServer({{}});
         server.listen(0, '127.0.0.1', () => console.error('listening on http://127.0.0.1:' + server.address().port));",
        module.display().to_string()
    );
    let (service, first) = start(&node(), &["-e", &script], "listening on").await;
    let address = address_in(&first);
    (service, format!("{address}/"))
}

/// The Worker, allowing `page_origin` and the Tesla double; returns it and
/// the relay template the page is given: `http://127.0.0.1:N/?url={url}`.
pub async fn start_worker(page_origin: &str) -> (Process, String) {
    let script = repo().join("tests/support/worker_relay.mjs");
    let double = format!("http://{DOUBLE_ADDR}");
    let script = script.to_string_lossy().into_owned();
    let (service, first) = start(&node(), &[&script, page_origin, &double], "listening on").await;
    let address = address_in(&first);
    (service, format!("{address}/?url={{url}}"))
}

/// Counts connections to an address the page must never contact (the
/// build's default relay, when another was chosen or found).
pub struct Tripwire {
    count: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Tripwire {
    /// Listens on `address` (e.g. `127.0.0.1:8787`).
    pub async fn at(address: &str) -> Self {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .unwrap_or_else(|e| panic!("{address} must be free for this test: {e}"));
        let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = count.clone();
        let task = tokio::spawn(async move {
            while let Ok((connection, _)) = listener.accept().await {
                counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                drop(connection);
            }
        });
        Self { count, task }
    }

    /// How many connections arrived.
    pub fn tripped(&self) -> usize {
        self.count.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Drop for Tripwire {
    fn drop(&mut self) {
        self.task.abort();
    }
}
