//! The browser's IO as the core sees it: one request out, one answer back,
//! a pause and a clock. The page passes the browser's; the tests pass a
//! scripted one, so every flow that waits on the network is tested natively.

use crate::secret::Secret;
use crate::transport::http::{HttpAnswer, TransportFailure};
use crate::transport::route::Body;
use std::future::Future;

/// One request as the browser sends it: no cookies, no referrer, no
/// redirects, never cached.
#[derive(Debug)]
pub struct HttpRequest {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The address: the relay's, or Tesla's in direct mode.
    pub url: String,
    /// `Authorization: Bearer …`, for owner-API calls.
    pub bearer: Option<Secret>,
    /// The body and its type.
    pub body: Option<Body>,
}

impl HttpRequest {
    /// A POST of `body` to `url`, with no token.
    pub fn post(url: String, body: Body) -> Self {
        Self { method: "POST", url, bearer: None, body: Some(body) }
    }

    /// A GET of `url`, with no token.
    pub fn get(url: String) -> Self {
        Self { method: "GET", url, bearer: None, body: None }
    }
}

/// What the core needs from the browser while a request or a wake is under way.
pub trait Io {
    /// Sends `request` and returns whatever HTTP answer came back.
    fn send(&self, request: HttpRequest) -> impl Future<Output = Result<HttpAnswer, TransportFailure>>;
    /// Waits `ms` milliseconds.
    fn sleep(&self, ms: f64) -> impl Future<Output = ()>;
    /// Milliseconds since the epoch.
    fn now_ms(&self) -> f64;
}
