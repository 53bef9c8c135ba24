//! The forwarding itself, as a router: the page's files (with `--page`),
//! `/health`, and every other request judged, forwarded or refused with a
//! [`Refusal`], and logged in one line.

use crate::config::Config;
use crate::cors::{
    FORWARDED_REQUEST_HEADERS, RETURNED_ANSWER_HEADERS, allowed_origin, answer_headers, preflight_headers,
};
use crate::limits::{Limits, MAX_ANSWER_BODY, MAX_REQUEST_BODY};
use crate::log::Log;
use crate::refusal::{Reason, Refusal, hardened};
use crate::served_page::ServedPage;
use crate::upstream::{Allowlist, upstream_url};
use axum::Router;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Version, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

struct Relay {
    allowed_origins: Vec<String>,
    served_page: Option<ServedPage>,
    allowlist: Allowlist,
    upstream_timeout: Duration,
    client_timeout: Duration,
    limits: Limits,
    log: Log,
    client: reqwest::Client,
}

/// The relay as a router for a relay listening on `listen`, and the page
/// origins it serves (with `--page`, its own too). Its handlers read the
/// client's address from `ConnectInfo<SocketAddr>`, which `serve` inserts
/// (tests: axum's `MockConnectInfo`). Fails only if the TLS client cannot be built.
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
    let served_page = config.served_page.clone().map(|dir| ServedPage::new(dir, listen));
    let mut allowed_origins = config.allowed_origins.clone();
    allowed_origins.extend(served_page.iter().flat_map(|page| page.origins().iter().cloned()));
    let relay = Relay {
        allowed_origins: allowed_origins.clone(),
        served_page,
        allowlist: Allowlist::new(config.extra_upstreams.iter().cloned()),
        upstream_timeout: config.upstream_timeout,
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

/// A file of the served page, or a relayed call: answered or refused, and
/// logged once either way (the page's files are not logged).
async fn handle(
    State(relay): State<Arc<Relay>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    if let Some(page) = &relay.served_page
        && let Some(file) = page.wants(&parts)
    {
        return page.serve(parts.method, &file).await;
    }
    let method = parts.method.clone();
    let outcome = relay.forward(peer, parts, body).await;
    let host = match &outcome {
        Ok(answer) => answer.host(),
        Err(refusal) => refusal.host.as_deref(),
    }
    .unwrap_or("-")
    .to_owned();
    let response = outcome.into_response();
    relay.log.line(&method, &host, response.status());
    response
}

/// What the relay sends when it does not refuse.
enum Answer {
    /// The answer to a preflight from an allowed origin.
    Preflight(HeaderMap),
    /// The upstream's answer, as much of it as goes back.
    Forwarded { origin: HeaderValue, host: String, upstream: Upstream },
}

impl Answer {
    /// The upstream host, for the log line.
    fn host(&self) -> Option<&str> {
        match self {
            Self::Preflight(_) => None,
            Self::Forwarded { host, .. } => Some(host),
        }
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        match self {
            Self::Preflight(headers) => (StatusCode::NO_CONTENT, headers).into_response(),
            // Only the status, the body, its type and Retry-After go back: no
            // cookies, no Location (the page must not be sent elsewhere).
            Self::Forwarded { origin, upstream, .. } => {
                let mut headers = answer_headers(&origin);
                headers.extend(upstream.headers);
                (upstream.status, hardened(headers), Body::from(upstream.body)).into_response()
            }
        }
    }
}

impl Relay {
    /// The rules, in order: an allowed origin; preflights answered; the
    /// client's budget; no proxy requests; an allowlisted upstream and call;
    /// a small body, in time; a free upstream slot; then the upstream's answer.
    async fn forward(&self, peer: SocketAddr, parts: Parts, body: Body) -> Result<Answer, Refusal> {
        let origin = allowed_origin(&parts.headers, &self.allowed_origins)
            .cloned()
            .or_else(|| self.served_page.as_ref()?.same_origin(&parts.headers))
            .ok_or_else(|| Refusal::unreadable(Reason::OriginNotAllowed))?;
        // A preflight reaches no upstream. Answering it before the upstream is
        // judged lets the page read the real request's refusal and its reason.
        if parts.method == Method::OPTIONS {
            return Ok(Answer::Preflight(preflight_headers(&origin, &parts.headers)));
        }
        let refuse = |reason| Refusal::to(&origin, reason);
        if !self.limits.admit(peer.ip(), Instant::now()) {
            return Err(refuse(Reason::TooManyRequests));
        }
        // A relay, not a proxy: no tunnels, no `GET http://host/…` request lines.
        if parts.method == Method::CONNECT
            || (parts.version < Version::HTTP_2 && parts.uri.scheme().is_some())
        {
            return Err(refuse(Reason::NotAProxy));
        }
        let target = parts.uri.path_and_query().map_or("/", |p| p.as_str());
        let upstream = upstream_url(target)
            .and_then(|url| self.allowlist.check(parts.method.as_str(), &url).map(|()| url))
            .map_err(|error| refuse(Reason::Target(error)))?;
        let host = upstream.host_str().unwrap_or_default().to_owned();
        let refuse = |reason| refuse(reason).for_host(&host);
        let body = self.read_body(&parts.headers, body).await.map_err(refuse)?;
        let Some(_slot) = self.limits.slot() else { return Err(refuse(Reason::Busy)) };
        let mut request = self.client.request(parts.method.clone(), upstream).body(body);
        for name in FORWARDED_REQUEST_HEADERS {
            if let Some(value) = parts.headers.get(&name) {
                request = request.header(name, value.clone());
            }
        }
        let upstream = exchange(request, &host, self.upstream_timeout).await.map_err(refuse)?;
        Ok(Answer::Forwarded { origin, host, upstream })
    }

    /// The whole request body: refused from its headers before a byte of a
    /// body that would be too large is read, and refused if it is slow.
    async fn read_body(&self, headers: &HeaderMap, body: Body) -> Result<Bytes, Reason> {
        let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
        if declared.is_some_and(|length| length > MAX_REQUEST_BODY as u64) {
            return Err(Reason::BodyTooLarge);
        }
        match tokio::time::timeout(self.client_timeout, to_bytes(body, MAX_REQUEST_BODY)).await {
            Ok(Ok(body)) => Ok(body),
            Ok(Err(_)) => Err(Reason::BodyTooLarge),
            Err(_) => Err(Reason::BodyTimedOut(self.client_timeout.as_secs())),
        }
    }
}

/// What came back from the upstream: its status, the headers that go back
/// ([`RETURNED_ANSWER_HEADERS`]) and its body.
struct Upstream {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// Sends `request` to `host` and reads its answer, up to [`MAX_ANSWER_BODY`].
async fn exchange(
    request: reqwest::RequestBuilder,
    host: &str,
    timeout: Duration,
) -> Result<Upstream, Reason> {
    let failure = |error: reqwest::Error| {
        if error.is_timeout() {
            Reason::UpstreamTimedOut { host: host.to_owned(), secs: timeout.as_secs() }
        } else {
            Reason::Unreachable(host.to_owned())
        }
    };
    let mut response = request.send().await.map_err(failure)?;
    let mut headers = HeaderMap::new();
    for name in RETURNED_ANSWER_HEADERS {
        if let Some(value) = response.headers().get(&name) {
            headers.insert(name, value.clone());
        }
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(failure)? {
        if body.len() + chunk.len() > MAX_ANSWER_BODY {
            return Err(Reason::AnswerTooLarge(host.to_owned()));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Upstream { status: response.status(), headers, body })
}
