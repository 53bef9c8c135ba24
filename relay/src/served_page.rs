//! The built page, served by the relay (`--page DIR`): page and relay then
//! share one origin, so no browser has anything to refuse (no CORS, no mixed
//! content, no local-network prompt). The files are served as they are,
//! byte for byte.

use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, Request, header};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::path::PathBuf;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// The built page's files (Trunk's `dist/`) and the origins the relay
/// serves them at.
pub struct ServedPage {
    files: ServeDir,
    /// `http://127.0.0.1:8787` (and `http://localhost:8787`).
    origins: Vec<String>,
}

impl ServedPage {
    /// Serves `dir` for a relay listening on `listen`.
    pub fn new(dir: PathBuf, listen: SocketAddr) -> Self {
        let mut origins = vec![format!("http://{listen}")];
        if listen.ip().is_loopback() {
            origins.push(format!("http://localhost:{}", listen.port()));
        }
        Self { files: ServeDir::new(dir), origins }
    }

    /// The origins the page is served at, which may use the relay.
    pub fn origins(&self) -> &[String] {
        &self.origins
    }

    /// Whether `parts` asks for a file of the page: `GET /`, `/file`, or the
    /// same below one folder (`/repo/`, `/repo/file`, as on GitHub Pages).
    /// A relay target (`/https://…`, `/https%3A…`, `/?url=…`) never is.
    pub fn wants(&self, parts: &Parts) -> bool {
        let plain = |segment: &str| {
            segment.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
                && !segment.to_ascii_lowercase().starts_with("http")
        };
        let mut segments = parts.uri.path().trim_start_matches('/').split('/');
        let is_file_path = match (segments.next(), segments.next(), segments.next()) {
            (Some(file), None, _) => plain(file),
            (Some(folder), Some(file), None) => !folder.is_empty() && plain(folder) && plain(file),
            _ => false,
        };
        let query_style = parts.uri.query().is_some_and(|q| q.contains("url="));
        matches!(parts.method, Method::GET | Method::HEAD)
            && is_file_path
            && !query_style
            && self.host_is_ours(&parts.headers)
    }

    /// The page's origin, for a request that comes from the page itself
    /// without an `Origin` header (browsers omit it on same-origin GETs).
    pub fn same_origin(&self, headers: &HeaderMap) -> Option<HeaderValue> {
        let same = headers.get("sec-fetch-site").is_some_and(|site| site == "same-origin");
        (same && headers.get(header::ORIGIN).is_none() && self.host_is_ours(headers))
            .then(|| HeaderValue::from_str(&self.origins[0]).ok())
            .flatten()
    }

    /// A request whose `Host` is not the relay's own is refused: another
    /// name pointed at this computer (DNS rebinding) gets nothing.
    fn host_is_ours(&self, headers: &HeaderMap) -> bool {
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
        self.origins.iter().any(|origin| origin.strip_prefix("http://") == Some(host))
    }

    /// The file `parts` asks for, with the folder dropped.
    pub async fn serve(&self, parts: Parts) -> Response {
        let path = parts.uri.path();
        let file = match path.trim_start_matches('/').split_once('/') {
            Some((_, file)) => format!("/{file}"),
            None => path.to_owned(),
        };
        let mut request = Request::new(Body::empty());
        *request.uri_mut() = file.parse().unwrap_or_default();
        *request.method_mut() = parts.method;
        let mut answer = match self.files.clone().oneshot(request).await {
            Ok(answer) => answer.map(Body::new).into_response(),
            Err(never) => match never {},
        };
        let headers = answer.headers_mut();
        headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
        // The page's own policy is in its HTML; this adds what a meta tag cannot say.
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("frame-ancestors 'none'"));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        answer
    }
}
