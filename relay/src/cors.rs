//! CORS, for the page origins the relay was told to serve, and nobody else.

use axum::http::{HeaderMap, HeaderValue, header};

/// Headers a page may send through the relay (and that are forwarded).
pub const FORWARDED_REQUEST_HEADERS: [header::HeaderName; 3] =
    [header::CONTENT_TYPE, header::ACCEPT, header::AUTHORIZATION];

/// The request's `Origin` if it is one of `allowed`.
pub fn allowed_origin<'a>(headers: &'a HeaderMap, allowed: &[String]) -> Option<&'a HeaderValue> {
    let origin = headers.get(header::ORIGIN)?;
    let text = origin.to_str().ok()?;
    allowed.iter().any(|a| a == text).then_some(origin)
}

/// Upstream answer headers handed back to the page (with `Content-Type`):
/// `Retry-After` says when a rate-limited call may be tried again.
pub const RETURNED_ANSWER_HEADERS: [header::HeaderName; 2] = [header::CONTENT_TYPE, header::RETRY_AFTER];

/// Headers on every answer to an allowed origin.
pub fn answer_headers(origin: &HeaderValue) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
    headers.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("retry-after"));
    headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers
}

/// The answer to a preflight from an allowed origin. Chromium asks a public
/// page's permission to reach a loopback relay with a private (local)
/// network preflight; it is granted here because the origin is allowed.
pub fn preflight_headers(origin: &HeaderValue, request: &HeaderMap) -> HeaderMap {
    let mut headers = answer_headers(origin);
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST"));
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("content-type, accept, authorization"),
    );
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    for (asked, granted) in [
        ("access-control-request-private-network", "access-control-allow-private-network"),
        ("access-control-request-local-network", "access-control-allow-local-network"),
    ] {
        if request.get(asked).is_some_and(|v| v == "true") {
            headers.insert(granted, HeaderValue::from_static("true"));
        }
    }
    headers
}
