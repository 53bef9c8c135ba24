//! The real relay and double binaries, the page's static server, and
//! chromedriver: each on loopback, each gone when its handle drops.

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
    async fn spawn(program: &Path, args: &[&str]) -> (Self, String) {
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
    let program = binaries_dir().join("token-relay");
    let double = format!("http://{DOUBLE_ADDR}");
    let mut args = vec!["--listen", "127.0.0.1:0", "--allow-origin", page_origin];
    if allow_double {
        args.extend(["--allow-upstream", &double]);
    }
    let (service, first) = Service::spawn(&program, &args).await;
    let address = first
        .strip_prefix("token-relay listening on ")
        .unwrap_or_else(|| panic!("relay did not start: {first}"));
    (service, address.split_whitespace().next().unwrap_or_default().to_owned())
}

/// Serves `dist` as static files below [`SUB_PATH`], and at `/framing` a
/// page that shows it in a frame; returns the page's origin.
pub async fn serve_page(dist: &Path) -> (tokio::task::JoinHandle<()>, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let files = tower_http::services::ServeDir::new(dist);
    let framing = axum::response::Html(format!("<iframe src='{SUB_PATH}' width=800 height=400></iframe>"));
    let app = axum::Router::new()
        .nest_service(SUB_PATH.trim_end_matches('/'), files)
        .route("/framing", axum::routing::get(framing));
    let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (server, origin)
}

/// chromedriver on a free port; returns it and its address.
pub async fn start_chromedriver() -> (Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new("/usr/bin/chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver is installed (scripts/setup.sh --test)");
    let address = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return (child, address);
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("chromedriver did not start on port {port}");
}

/// Flips one of the double's test switches (`POST /_double/{name}`).
pub async fn flip_double_switch(name: &str) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(DOUBLE_ADDR).await.unwrap();
    let request = format!(
        "POST /_double/{name} HTTP/1.1\r\nHost: {DOUBLE_ADDR}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 204"), "the double did not flip {name}: {answer}");
}
