//! Every way the relay declines a request, as one type: its status, the
//! reason the page reads (`{"relay_error": reason}`) and the headers that
//! go with it are decided here, not at each place a request is turned away.

use crate::cors::answer_headers;
use crate::limits::RETRY_AFTER_SECS;
#[cfg(doc)]
use crate::limits::{MAX_ANSWER_BODY, MAX_REQUEST_BODY};
use crate::upstream::TargetError;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Why a request was not forwarded, or why its answer did not come back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Reason {
    /// The request's `Origin` is missing or not allowed: 403, unreadable by the page.
    #[error("this page's origin is not allowed by this relay (--allow-origin)")]
    OriginNotAllowed,
    /// The client's address used its requests for this minute: 429.
    #[error("too many requests from this address; wait a minute")]
    TooManyRequests,
    /// `CONNECT`, or an absolute-form request line (`GET http://host/…`): 405.
    #[error("this relay is not a proxy: no CONNECT, no absolute-form requests")]
    NotAProxy,
    /// The request target names no upstream (400) or one the relay does not call (403).
    #[error("{}", .0.reason())]
    Target(TargetError),
    /// The request body is, or says it is, over [`MAX_REQUEST_BODY`]: 413.
    #[error("the request body is larger than 64 KiB")]
    BodyTooLarge,
    /// The request body did not arrive within the client timeout (seconds): 408.
    #[error("the request body did not arrive within {0} s")]
    BodyTimedOut(u64),
    /// Every upstream slot is taken (`--max-in-flight`): 503.
    #[error("the relay is busy; try again in a moment")]
    Busy,
    /// The upstream host did not answer within the upstream timeout (seconds): 504.
    #[error("{host} did not answer within {secs} s")]
    UpstreamTimedOut {
        /// The upstream's host name.
        host: String,
        /// `--upstream-timeout`.
        secs: u64,
    },
    /// The upstream host (named) could not be reached: 502.
    #[error("could not reach {0}")]
    Unreachable(String),
    /// The upstream host (named) sent more than [`MAX_ANSWER_BODY`]: 502.
    #[error("{0} sent an answer larger than 1 MiB")]
    AnswerTooLarge(String),
}

impl Reason {
    /// The status the refusal is sent with.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::OriginNotAllowed => StatusCode::FORBIDDEN,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::NotAProxy => StatusCode::METHOD_NOT_ALLOWED,
            Self::Target(TargetError::NotAllowed(_) | TargetError::PathNotAllowed(_)) => {
                StatusCode::FORBIDDEN
            }
            Self::Target(_) => StatusCode::BAD_REQUEST,
            Self::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::BodyTimedOut(_) => StatusCode::REQUEST_TIMEOUT,
            Self::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Self::UpstreamTimedOut { .. } => StatusCode::GATEWAY_TIMEOUT,
            Self::Unreachable(_) | Self::AnswerTooLarge(_) => StatusCode::BAD_GATEWAY,
        }
    }
}

/// A refusal as sent: the reason, who may read it, and the upstream host it
/// concerned (for the log line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Why.
    pub reason: Reason,
    /// The allowed page origin that may read the reason (CORS), or `None`
    /// when the origin itself is refused: a page from another origin may
    /// not even read why.
    pub origin: Option<HeaderValue>,
    /// The allowlisted upstream host the request was for, once known.
    pub host: Option<String>,
}

impl Refusal {
    /// A refusal nobody's page may read: the origin is not allowed.
    pub fn unreadable(reason: Reason) -> Self {
        Self { reason, origin: None, host: None }
    }

    /// A refusal the page at `origin` may read, of a request for no known upstream.
    pub fn to(origin: &HeaderValue, reason: Reason) -> Self {
        Self { reason, origin: Some(origin.clone()), host: None }
    }

    /// The same refusal, of a request for the upstream `host`.
    pub fn for_host(self, host: &str) -> Self {
        Self { host: Some(host.to_owned()), ..self }
    }
}

impl IntoResponse for Refusal {
    /// `{"relay_error": reason}` as JSON, never cached, with CORS for an
    /// allowed origin and `Retry-After` for a rate limit.
    fn into_response(self) -> Response {
        let mut headers = self.origin.as_ref().map(answer_headers).unwrap_or_default();
        if self.reason == Reason::TooManyRequests {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
        }
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let body = serde_json::json!({ "relay_error": self.reason.to_string() }).to_string();
        (self.reason.status(), hardened(headers), body).into_response()
    }
}

/// `headers` plus what keeps a browser from running an answer as a page of
/// the relay's origin: no type sniffing, and a sandbox if it is opened.
pub fn hardened(mut headers: HeaderMap) -> HeaderMap {
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("sandbox"));
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn sent(refusal: Refusal) -> (StatusCode, HeaderMap, serde_json::Value) {
        let response = refusal.into_response();
        let (parts, body) = response.into_parts();
        let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        (parts.status, parts.headers, serde_json::from_slice(&body).unwrap())
    }

    #[test]
    fn each_reason_has_its_status() {
        let statuses = [
            (Reason::OriginNotAllowed, 403),
            (Reason::TooManyRequests, 429),
            (Reason::NotAProxy, 405),
            (Reason::Target(TargetError::NotAUrl), 400),
            (Reason::Target(TargetError::HasCredentials), 400),
            (Reason::Target(TargetError::EmptySegment), 400),
            (Reason::Target(TargetError::NotAllowed("evil.example".into())), 403),
            (Reason::Target(TargetError::PathNotAllowed("GET /x".into())), 403),
            (Reason::BodyTooLarge, 413),
            (Reason::BodyTimedOut(10), 408),
            (Reason::Busy, 503),
            (Reason::UpstreamTimedOut { host: "a.b".into(), secs: 30 }, 504),
            (Reason::Unreachable("a.b".into()), 502),
            (Reason::AnswerTooLarge("a.b".into()), 502),
        ];
        for (reason, status) in statuses {
            assert_eq!(reason.status().as_u16(), status, "{reason:?}");
        }
    }

    #[test]
    fn reasons_name_what_the_page_can_act_on() {
        assert_eq!(
            Reason::UpstreamTimedOut { host: "127.0.0.1".into(), secs: 30 }.to_string(),
            "127.0.0.1 did not answer within 30 s"
        );
        assert_eq!(Reason::BodyTimedOut(1).to_string(), "the request body did not arrive within 1 s");
        assert_eq!(
            Reason::Target(TargetError::NotAllowed("evil.example".into())).to_string(),
            TargetError::NotAllowed("evil.example".into()).reason()
        );
    }

    #[tokio::test]
    async fn a_readable_refusal_carries_cors_and_a_json_reason() {
        let origin = HeaderValue::from_static("https://me.github.io");
        let (status, headers, body) = sent(Refusal::to(&origin, Reason::TooManyRequests)).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "https://me.github.io");
        assert_eq!(headers[header::RETRY_AFTER], "60");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        assert_eq!(headers[header::CONTENT_TYPE], "application/json");
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::CONTENT_SECURITY_POLICY], "sandbox");
        assert_eq!(body["relay_error"], "too many requests from this address; wait a minute");
    }

    #[tokio::test]
    async fn a_refused_origin_gets_no_cors_and_no_retry_after() {
        let (status, headers, body) = sent(Refusal::unreadable(Reason::OriginNotAllowed)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
        assert!(headers.get(header::VARY).is_none());
        assert!(headers.get(header::RETRY_AFTER).is_none());
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        assert_eq!(body["relay_error"], "this page's origin is not allowed by this relay (--allow-origin)");
    }
}
