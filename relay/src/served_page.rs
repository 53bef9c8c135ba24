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

    /// The file of the page `parts` asks for, the folder it is published
    /// below dropped (a language's kept): `GET /`, `/file`, the same below one
    /// folder (`/repo/`, `/repo/file`, as on GitHub Pages), and each of these
    /// in a language's folder (`/de/`, `/repo/zh-Hans/`). A relay target
    /// (`/https://…`, `/https%3A…`, `/?url=…`) never is.
    pub fn wants(&self, parts: &Parts) -> Option<String> {
        // Every request comes here: the checks that allocate nothing go first.
        // A `url` parameter, as the relay reads one (`upstream::upstream_url`);
        // a link's `?relay=https://…/?url=` is the page's.
        let query_style = parts
            .uri
            .query()
            .is_some_and(|query| url::form_urlencoded::parse(query.as_bytes()).any(|(key, _)| key == "url"));
        if !matches!(parts.method, Method::GET | Method::HEAD)
            || query_style
            || !self.host_is_ours(&parts.headers)
        {
            return None;
        }
        file_of(parts.uri.path())
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

    /// `file`, as [`ServedPage::wants`] names it, for a `GET` or `HEAD` (`method`).
    pub async fn serve(&self, method: Method, file: &str) -> Response {
        let mut request = Request::new(Body::empty());
        *request.uri_mut() = file.parse().unwrap_or_default();
        *request.method_mut() = method;
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

/// The file of the page that `path` names, as a path in the page's folder:
/// `/file`, or `/<language folder>/file` (`/de/`, `/zh-Hans/index.html`),
/// with the one folder the page is published below (`/repo/`) dropped. A
/// folder that is a language's (`l10n::LANGUAGES`) is that language's page:
/// a page published below a folder named like one (`/de/`) is read as that
/// language's. `None` for anything else: a relay target, or a deeper path.
fn file_of(path: &str) -> Option<String> {
    let plain = |segment: &str| {
        segment.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
            && !segment.to_ascii_lowercase().starts_with("http")
            && segment != "."
            && segment != ".."
    };
    let is_language = |folder: &str| l10n::Language::by_folder(folder).is_some();
    let segments: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
    let (file, folders) = segments.split_last()?;
    if !plain(file) || folders.iter().any(|folder| folder.is_empty() || !plain(folder)) {
        return None;
    }
    match folders {
        [] => Some(format!("/{file}")),
        [language] if is_language(language) => Some(format!("/{language}/{file}")),
        [_published_below] => Some(format!("/{file}")),
        [_published_below, language] if is_language(language) => Some(format!("/{language}/{file}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::file_of;

    #[test]
    fn the_page_and_its_languages_are_files_below_one_folder_at_most() {
        for (path, file) in [
            ("/", "/"),
            ("/index.html", "/index.html"),
            ("/page-1a2b_bg.wasm", "/page-1a2b_bg.wasm"),
            ("/repo/", "/"),
            ("/repo/page-1a2b.js", "/page-1a2b.js"),
            ("/de/", "/de/"),
            ("/zh-Hans/index.html", "/zh-Hans/index.html"),
            ("/repo/de/", "/de/"),
            ("/tesla-token-page/zh-Hans/", "/zh-Hans/"),
        ] {
            assert_eq!(file_of(path).as_deref(), Some(file), "{path}");
        }
        for path in [
            "",
            "//",
            "/repo/other/",
            "/a/b/c/",
            "/repo/de/x/",
            "/https://auth.tesla.com/oauth2/v3/token",
            "/https%3A%2F%2Fauth.tesla.com",
            "/../",
            "/repo/../de/",
            "/de//",
            "/health:x",
        ] {
            assert_eq!(file_of(path), None, "{path}");
        }
    }
}
