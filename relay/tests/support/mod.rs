//! The real `token-relay` binary, and a small upstream on loopback that
//! echoes what it received, sets cookies, redirects and stalls on demand.
#![allow(dead_code)] // Each test file uses its own part.

use axum::Json;
use axum::extract::{Path, Request};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use token_core::tesla;

pub const PAGE: &str = "http://127.0.0.1:8080";
/// The upstream echoes what it got on Tesla's token and products paths.
pub const ECHO: &str = tesla::TOKEN_CALL.path;
pub const PRODUCTS: &str = tesla::PRODUCTS.path;
/// Car ids on which the upstream redirects, stalls for 10 s, or sends 2 MiB.
pub const REDIRECT: &str = "1";
pub const SLOW: &str = "2";
pub const HUGE: &str = "3";
pub const SECRET_TOKEN: &str = "eyJsecret.access.token";
pub const SECRET_CODE: &str = "NA_secretcode123";

/// The path of the car `id` (Tesla's `VEHICLE` call).
pub fn car(id: &str) -> String {
    tesla::VEHICLE.fill(id, "").expect("a car id is digits")
}

/// A running relay; killed when dropped, its stderr collected line by line.
pub struct RelayProcess {
    child: Child,
    pub base: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl RelayProcess {
    pub fn start(upstream: &str, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_token-relay"))
            .args(["--listen", "127.0.0.1:0", "--allow-origin", PAGE, "--allow-upstream", upstream])
            .args(extra)
            .stderr(Stdio::piped())
            .spawn()
            .expect("the relay binary starts");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        let address = first.strip_prefix("token-relay listening on ").expect("address line");
        let base = address.split_whitespace().next().unwrap().to_owned();
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(|l| sink.lock().unwrap().push(l)));
        Self { child, base, log }
    }

    pub fn log(&self) -> Vec<String> {
        // Lines are written before the answer is sent; give the reader thread a moment.
        std::thread::sleep(Duration::from_millis(100));
        self.log.lock().unwrap().clone()
    }
}

impl Drop for RelayProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The test upstream, on a free loopback port; returns its origin.
pub async fn start_upstream() -> String {
    async fn echo(request: Request) -> impl IntoResponse {
        let (parts, body) = request.into_parts();
        let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        let headers: serde_json::Map<_, _> = parts
            .headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().into()))
            .collect();
        let mut answer = HeaderMap::new();
        answer.insert(header::SET_COOKIE, "bm_sv=tracking; Path=/".parse().unwrap());
        answer.insert("x-upstream-secret", "internal".parse().unwrap());
        answer.insert(header::RETRY_AFTER, "30".parse().unwrap());
        let echoed = serde_json::json!({
            "method": parts.method.as_str(),
            "uri": parts.uri.path_and_query().map(ToString::to_string),
            "version": format!("{:?}", parts.version),
            "headers": headers,
            "body": String::from_utf8_lossy(&body),
        });
        (StatusCode::CREATED, answer, Json(echoed))
    }
    async fn car_answer(Path(id): Path<String>) -> Response {
        match id.as_str() {
            REDIRECT => {
                (StatusCode::FOUND, [(header::LOCATION, "https://evil.example/steal")]).into_response()
            }
            SLOW => {
                tokio::time::sleep(Duration::from_secs(10)).await;
                "late".into_response()
            }
            HUGE => "x".repeat(2 * 1024 * 1024).into_response(),
            _ => StatusCode::NOT_FOUND.into_response(),
        }
    }
    // On the paths of calls the relay forwards (axum reads `{id}` as Tesla's table writes it).
    let app = axum::Router::new()
        .route(ECHO, any(echo))
        .route(PRODUCTS, any(echo))
        .route(tesla::VEHICLE.path, get(car_answer));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    origin
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

pub async fn relay_error(response: reqwest::Response) -> String {
    let body: serde_json::Value = response.json().await.unwrap();
    body["relay_error"].as_str().expect("a JSON reason").to_owned()
}

/// A raw connection to the relay at `base`, from `from` (a loopback address).
pub async fn connect_from(base: &str, from: &str) -> std::io::Result<tokio::net::TcpStream> {
    let relay: std::net::SocketAddr = base.trim_start_matches("http://").parse().unwrap();
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(format!("{from}:0").parse().unwrap())?;
    socket.connect(relay).await
}

/// Sends `request` from `from` on a new connection; returns the first
/// answer (headers and what came with them), within 5 s.
pub async fn first_answer(base: &str, from: &str, request: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = connect_from(base, from).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = vec![0; 4096];
    let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("an answer within 5 s")
        .unwrap();
    String::from_utf8_lossy(&answer[..read]).into_owned()
}
