//! The real relay and double binaries and the page's static server: each
//! on loopback, each gone when its handle drops.

use super::build::{DOUBLE_ADDR, SUB_PATH, binaries_dir};
use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// A child process whose stderr is collected line by line.
pub struct Service {
    child: Child,
    log: Arc<Mutex<Vec<String>>>,
}

impl Service {
    /// Starts `program` with `args`; returns it and the first line it logs.
    pub async fn spawn(program: &Path, args: &[&str]) -> (Self, String) {
        let mut child = Command::new(program)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", program.display()));
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let first = lines.next_line().await.unwrap().unwrap_or_default();
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                sink.lock().unwrap().push(line);
            }
        });
        (Self { child, log }, first)
    }

    /// Stops the process and waits until it is gone (and its port is free).
    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }

    /// Everything the process logged after its first line.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

/// The Tesla test double on its fixed address, with extra `flags`.
pub async fn start_double(flags: &[String]) -> Service {
    let program = binaries_dir().join("tesla-double");
    let mut args = vec!["--listen", DOUBLE_ADDR];
    args.extend(flags.iter().map(String::as_str));
    let (service, first) = Service::spawn(&program, &args).await;
    assert!(first.contains("listening"), "the double did not start: {first}");
    service
}

/// The relay for `page_origin`, allowing the double as an upstream if
/// `allow_double`; returns it and its address.
pub async fn start_relay(page_origin: &str, allow_double: bool) -> (Service, String) {
    start_relay_at("127.0.0.1:0", page_origin, allow_double, &[]).await
}

/// [`start_relay`], listening on `listen` (e.g. again where a relay was),
/// with `extra` flags.
pub async fn start_relay_at(
    listen: &str,
    page_origin: &str,
    allow_double: bool,
    extra: &[&str],
) -> (Service, String) {
    let program = binaries_dir().join("token-relay");
    let double = format!("http://{DOUBLE_ADDR}");
    let mut args = vec!["--listen", listen, "--allow-origin", page_origin];
    if allow_double {
        args.extend(["--allow-upstream", &double]);
    }
    args.extend(extra);
    let (service, first) = Service::spawn(&program, &args).await;
    let address = first
        .strip_prefix("token-relay listening on ")
        .unwrap_or_else(|| panic!("relay did not start: {first}"));
    (service, address.split_whitespace().next().unwrap_or_default().to_owned())
}

/// Where the page's origin serves [`LATER_CLOCK`].
pub const LATER_CLOCK_PATH: &str = "/sixteen-minutes-later.js";

/// Moves the page's clock sixteen minutes ahead (past the default idle time).
const LATER_CLOCK: &str = "{ const later = Date.now() + 16 * 60000; Date.now = () => later; }";

/// Serves `dist` as static files below [`SUB_PATH`], and at `/framing` a
/// page that shows it in a frame; returns the page's origin.
pub async fn serve_page(dist: &Path) -> (tokio::task::JoinHandle<()>, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let files = tower_http::services::ServeDir::new(dist);
    let framing = axum::response::Html(format!("<iframe src='{SUB_PATH}' width=800 height=400></iframe>"));
    // A script of the page's own origin (which its policy admits) that moves
    // the page's clock: a WebDriver script cannot do it in Firefox, where
    // each runs in a sandbox of its own and the page never sees its changes.
    let later = ([("content-type", "text/javascript")], LATER_CLOCK);
    let app = axum::Router::new()
        .nest_service(SUB_PATH.trim_end_matches('/'), files)
        .route("/framing", axum::routing::get(framing))
        .route(LATER_CLOCK_PATH, axum::routing::get(later));
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (server, origin)
}

/// One HTTP/1.1 exchange with the double, outside any browser: the
/// status, the headers (names in lower case) and the body.
pub async fn double_http(
    request_line: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, Vec<(String, String)>, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(DOUBLE_ADDR).await.unwrap();
    let extra: String = headers.iter().map(|(name, value)| format!("{name}: {value}\r\n")).collect();
    let request = format!(
        "{request_line} HTTP/1.1\r\nHost: {DOUBLE_ADDR}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let mut lines = head.lines();
    let status =
        lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

/// Flips one of the double's test switches (`POST /_double/{name}`).
pub async fn flip_double_switch(name: &str) {
    let (status, _, body) = double_http(&format!("POST /_double/{name}"), &[], "").await;
    assert_eq!(status, 204, "the double did not flip {name}: {body}");
}
