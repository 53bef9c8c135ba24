//! The real relay and double binaries (started as every program here is,
//! by `test_harness::Process`) and the page's static server: each on
//! loopback, each gone when its handle drops.

use super::build::{DOUBLE_ADDR, SUB_PATH, binaries_dir};
use std::path::Path;
use std::time::Duration;
use test_harness::Process;
use tokio::process::Command;

/// How long the relay or the double may take to say it listens.
const START_TIME: Duration = Duration::from_secs(10);

/// Starts `program` with `args` and waits for the line that says it
/// listens (it starts with `says`); returns it and that line.
pub async fn start(program: &Path, args: &[&str], says: &str) -> (Process, String) {
    let mut command = Command::new(program);
    command.args(args);
    Process::start_saying(command, says, START_TIME).await.unwrap_or_else(|e| panic!("{e}"))
}

/// The Tesla test double on its fixed address, with extra `flags`.
pub async fn start_double(flags: &[String]) -> Process {
    let program = binaries_dir().join("tesla-double");
    let mut args = vec!["--listen", DOUBLE_ADDR];
    args.extend(flags.iter().map(String::as_str));
    start(&program, &args, "tesla-double listening on ").await.0
}

/// The relay for `page_origin`, allowing the double as an upstream if
/// `allow_double`; returns it and its address.
pub async fn start_relay(page_origin: &str, allow_double: bool) -> (Process, String) {
    start_relay_at("127.0.0.1:0", page_origin, allow_double, &[]).await
}

/// [`start_relay`], listening on `listen` (e.g. again where a relay was),
/// with `extra` flags.
pub async fn start_relay_at(
    listen: &str,
    page_origin: &str,
    allow_double: bool,
    extra: &[&str],
) -> (Process, String) {
    let program = binaries_dir().join("token-relay");
    let double = format!("http://{DOUBLE_ADDR}");
    let mut args = vec!["--listen", listen, "--allow-origin", page_origin];
    if allow_double {
        args.extend(["--allow-upstream", &double]);
    }
    args.extend(extra);
    let says = "token-relay listening on ";
    let (process, line) = start(&program, &args, says).await;
    let address = line.strip_prefix(says).and_then(|rest| rest.split_whitespace().next()).unwrap_or_default();
    (process, address.to_owned())
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
