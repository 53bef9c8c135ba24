//! The forwarding itself: one handler, every refusal a JSON reason.

use crate::config::Config;
use crate::cors::{
    FORWARDED_REQUEST_HEADERS, RETURNED_ANSWER_HEADERS, allowed_origin, answer_headers, preflight_headers,
};
use crate::limits::Limits;
use crate::log::Log;
use crate::page::Page;
use crate::upstream::{Allowlist, TargetError, upstream_url};
use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::ConnectInfo;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::net::SocketAddr;
use std::sync::Arc;

/// Largest request body forwarded: token requests are a few hundred bytes.
pub const MAX_REQUEST_BODY: usize = 64 * 1024;

/// Largest upstream answer handed back.
pub const MAX_ANSWER_BODY: usize = 1024 * 1024;

struct Relay {
    allowed_origins: Vec<String>,
    page: Option<Page>,
    allowlist: Allowlist,
    upstream_timeout_secs: u64,
    client_timeout: std::time::Duration,
    limits: Limits,
    log: Log,
    client: reqwest::Client,
}

/// The relay as a router for a relay listening on `listen`, and the page
/// origins it serves (with `--page`, its own too).
pub fn app(config: &Config, listen: SocketAddr) -> Result<(Router, Vec<String>), reqwest::Error> {
    let client = reqwest::Client::builder()
        // A redirect could lead off the allowlist; the page gets it as is.
        .redirect(reqwest::redirect::Policy::none())
        .timeout(config.upstream_timeout)
        .min_tls_version(reqwest::tls::Version::TLS_1_3)
        .http2_prior_knowledge()
        .no_proxy()
        .user_agent(concat!("token-relay/", env!("CARGO_PKG_VERSION")))
        .build()?;
    let page = config.page.clone().map(|dir| Page::new(dir, listen));
    let mut allowed_origins = config.allowed_origins.clone();
    allowed_origins.extend(page.iter().flat_map(|page| page.origins().iter().cloned()));
    let relay = Relay {
        allowed_origins: allowed_origins.clone(),
        page,
        allowlist: Allowlist::new(config.extra_upstreams.iter().cloned()),
        upstream_timeout_secs: config.upstream_timeout.as_secs(),
        client_timeout: config.client_timeout,
        limits: Limits::new(config.rate_limit, config.max_in_flight),
        log: Log::default(),
        client,
    };
    let router = Router::new()
        .route("/health", get(health).options(handle))
        .fallback(handle)
        .with_state(Arc::new(relay));
    Ok((router, allowed_origins))
}

/// `ok` to anyone; readable by an allowed page, which checks the relay when a
/// login starts.
async fn health(State(relay): State<Arc<Relay>>, headers: HeaderMap) -> Response {
    let cors = allowed_origin(&headers, &relay.allowed_origins).map(answer_headers).unwrap_or_default();
    (hardened(cors), "ok\n").into_response()
}

async fn handle(
    State(relay): State<Arc<Relay>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if let Some(page) = relay.page.as_ref().filter(|page| page.wants(&parts)) {
        return page.serve(parts).await;
    }
    let origin = allowed_origin(&parts.headers, &relay.allowed_origins)
        .cloned()
        .or_else(|| relay.page.as_ref()?.same_origin(&parts.headers));
    let Some(origin) = origin else {
        // No CORS headers: a page from another origin may not even read why.
        relay.log.line(&parts.method, "-", StatusCode::FORBIDDEN);
        return refusal(
            StatusCode::FORBIDDEN,
            "this page's origin is not allowed by this relay (--allow-origin)",
            HeaderMap::new(),
        );
    };
    // A preflight reaches no upstream. Answering it before the upstream is
    // judged lets the page read the real request's refusal and its reason.
    if parts.method == Method::OPTIONS {
        relay.log.line(&parts.method, "-", StatusCode::NO_CONTENT);
        return (StatusCode::NO_CONTENT, preflight_headers(&origin, &parts.headers)).into_response();
    }
    let cors = answer_headers(&origin);
    if !relay.limits.admit(peer.ip(), std::time::Instant::now()) {
        relay.log.line(&parts.method, "-", StatusCode::TOO_MANY_REQUESTS);
        let mut headers = cors;
        headers.insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        return refusal(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests from this address; wait a minute",
            headers,
        );
    }
    // A relay, not a proxy: no tunnels, no `GET http://host/…` request lines.
    let proxy_style = parts.method == Method::CONNECT
        || (parts.version < axum::http::Version::HTTP_2 && parts.uri.scheme().is_some());
    if proxy_style {
        relay.log.line(&parts.method, "-", StatusCode::METHOD_NOT_ALLOWED);
        return refusal(
            StatusCode::METHOD_NOT_ALLOWED,
            "this relay is not a proxy: no CONNECT, no absolute-form requests",
            cors,
        );
    }
    let target = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let upstream =
        upstream_url(target).and_then(|url| relay.allowlist.check(parts.method.as_str(), &url).map(|()| url));
    let upstream = match upstream {
        Ok(url) => url,
        Err(error) => {
            let status = match error {
                TargetError::NotAllowed(_) | TargetError::PathNotAllowed(_) => StatusCode::FORBIDDEN,
                _ => StatusCode::BAD_REQUEST,
            };
            relay.log.line(&parts.method, "-", status);
            return refusal(status, &error.reason(), cors);
        }
    };
    let host = upstream.host_str().unwrap_or_default().to_owned();
    // Refused from its headers, before a byte of a body that would be too large is read.
    let declared =
        parts.headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let too_large =
        || refusal(StatusCode::PAYLOAD_TOO_LARGE, "the request body is larger than 64 KiB", cors.clone());
    if declared.is_some_and(|length| length > MAX_REQUEST_BODY as u64) {
        relay.log.line(&parts.method, &host, StatusCode::PAYLOAD_TOO_LARGE);
        return too_large();
    }
    let body = match tokio::time::timeout(relay.client_timeout, to_bytes(body, MAX_REQUEST_BODY)).await {
        Ok(Ok(body)) => body,
        Ok(Err(_)) => {
            relay.log.line(&parts.method, &host, StatusCode::PAYLOAD_TOO_LARGE);
            return too_large();
        }
        Err(_) => {
            relay.log.line(&parts.method, &host, StatusCode::REQUEST_TIMEOUT);
            let reason =
                format!("the request body did not arrive within {} s", relay.client_timeout.as_secs());
            return refusal(StatusCode::REQUEST_TIMEOUT, &reason, cors);
        }
    };

    let Some(_slot) = relay.limits.slot() else {
        relay.log.line(&parts.method, &host, StatusCode::SERVICE_UNAVAILABLE);
        return refusal(StatusCode::SERVICE_UNAVAILABLE, "the relay is busy; try again in a moment", cors);
    };
    let mut request = relay.client.request(parts.method.clone(), upstream).body(body);
    for name in FORWARDED_REQUEST_HEADERS {
        if let Some(value) = parts.headers.get(&name) {
            request = request.header(name, value.clone());
        }
    }
    let (status, returned, answer) = match exchange(request).await {
        Ok(answer) => answer,
        Err(failure) => {
            let (status, reason) = match failure {
                Failure::TimedOut => (
                    StatusCode::GATEWAY_TIMEOUT,
                    format!("{host} did not answer within {} s", relay.upstream_timeout_secs),
                ),
                Failure::Unreachable => (StatusCode::BAD_GATEWAY, format!("could not reach {host}")),
                Failure::TooLarge => {
                    (StatusCode::BAD_GATEWAY, format!("{host} sent an answer larger than 1 MiB"))
                }
            };
            relay.log.line(&parts.method, &host, status);
            return refusal(status, &reason, cors);
        }
    };
    relay.log.line(&parts.method, &host, status);
    // Only the status, the body, its type and Retry-After go back: no
    // cookies, no Location (the page must not be sent elsewhere).
    let mut headers = cors;
    headers.extend(returned);
    (status, hardened(headers), Body::from(answer)).into_response()
}

/// `headers` plus what keeps a browser from running an answer as a page of
/// the relay's origin: no type sniffing, and a sandbox if it is opened.
fn hardened(mut headers: HeaderMap) -> HeaderMap {
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("sandbox"));
    headers
}

enum Failure {
    TimedOut,
    Unreachable,
    TooLarge,
}

async fn exchange(request: reqwest::RequestBuilder) -> Result<(StatusCode, HeaderMap, Vec<u8>), Failure> {
    let failure = |e: reqwest::Error| if e.is_timeout() { Failure::TimedOut } else { Failure::Unreachable };
    let mut response = request.send().await.map_err(failure)?;
    let status = response.status();
    let mut returned = HeaderMap::new();
    for name in RETURNED_ANSWER_HEADERS {
        if let Some(value) = response.headers().get(&name) {
            returned.insert(name, value.clone());
        }
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(failure)? {
        if body.len() + chunk.len() > MAX_ANSWER_BODY {
            return Err(Failure::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok((status, returned, body))
}

/// A refusal the page can read and show: `{"relay_error": reason}`.
fn refusal(status: StatusCode, reason: &str, mut headers: HeaderMap) -> Response {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let body = serde_json::json!({ "relay_error": reason }).to_string();
    (status, hardened(headers), body).into_response()
}
