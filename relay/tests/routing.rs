//! The relay's routing and refusal rules through `app().oneshot(request)`:
//! no socket on the relay's side, one request at a time, each answer read
//! whole. The socket tests (relay.rs, abuse.rs, load.rs) keep what needs a
//! connection: HTTP/2 upstream, timeouts, connection limits, the log.

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, Version};
use std::net::SocketAddr;
use token_core::tesla;
use token_relay::config::Config;
use tower::ServiceExt;

const PAGE: &str = "http://127.0.0.1:8080";
/// Nothing listens on port 9 (discard): calls to it fail at once.
const DEAD_UPSTREAM: &str = "http://127.0.0.1:9";
const LISTEN: &str = "127.0.0.1:8787";

fn app(extra: &[&str]) -> Router {
    let args = ["--listen", LISTEN, "--allow-origin", PAGE, "--allow-upstream", DEAD_UPSTREAM];
    let config = Config::from_args(args.iter().chain(extra).map(|s| s.to_string())).unwrap();
    let (app, _) = token_relay::relay::app(&config, LISTEN.parse().unwrap()).unwrap();
    app.layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 50_000))))
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn relay_error(&self) -> String {
        assert_eq!(self.headers["content-type"], "application/json", "{}", self.body);
        assert_eq!(self.headers["cache-control"], "no-store");
        let json: serde_json::Value = serde_json::from_str(&self.body).unwrap();
        json["relay_error"].as_str().expect("a JSON reason").to_owned()
    }

    fn readable_by(&self) -> Option<&str> {
        self.headers.get("access-control-allow-origin").map(|v| v.to_str().unwrap())
    }
}

async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let body = to_bytes(body, usize::MAX).await.unwrap();
    Answer { status: parts.status, headers: parts.headers, body: String::from_utf8_lossy(&body).into_owned() }
}

fn from_page(method: Method, target: &str) -> Request<Body> {
    Request::builder().method(method).uri(target).header("origin", PAGE).body(Body::empty()).unwrap()
}

/// A same-origin `GET` of `target` sent to `host`, as the served page sends
/// its own: no `Origin` (browsers send none on a same-origin `GET`).
fn same_origin_get(target: &str, host: &str) -> Request<Body> {
    Request::get(target)
        .header("host", host)
        .header("sec-fetch-site", "same-origin")
        .body(Body::empty())
        .unwrap()
}

/// Tesla's auth host, as a `CONNECT` names it.
fn auth_authority() -> String {
    format!("{}:443", tesla::origin_of_base(tesla::AUTH_ISSUER).trim_start_matches("https://"))
}

/// The relay target of `path` on the origin of Tesla's `base`.
fn tesla(base: &str, path: &str) -> String {
    format!("/{}{path}", tesla::origin_of_base(base))
}

#[tokio::test]
async fn health_answers_anyone_and_only_the_page_may_read_it() {
    let app = app(&[]);
    let anyone = send(&app, Request::get("/health").body(Body::empty()).unwrap()).await;
    assert_eq!((anyone.status, anyone.body.as_str()), (StatusCode::OK, "ok\n"));
    assert_eq!(anyone.readable_by(), None);
    assert_eq!(anyone.headers["x-content-type-options"], "nosniff");
    let page = send(&app, from_page(Method::GET, "/health")).await;
    assert_eq!(page.readable_by(), Some(PAGE));
    let preflight = send(&app, from_page(Method::OPTIONS, "/health")).await;
    assert_eq!(preflight.status, StatusCode::NO_CONTENT, "a preflight of /health is a preflight");
}

#[tokio::test]
async fn other_origins_and_none_are_refused_before_anything_else_and_unreadably() {
    let app = app(&[]);
    let token = tesla(tesla::AUTH_ISSUER, tesla::TOKEN_CALL.path);
    let no_origin = Request::post(&token).body(Body::empty()).unwrap();
    let other = Request::post(&token).header("origin", "https://evil.example").body(Body::empty()).unwrap();
    let other_preflight =
        Request::options(&token).header("origin", "http://127.0.0.1:8081").body(Body::empty()).unwrap();
    let connect = Request::builder().method(Method::CONNECT).uri(auth_authority()).body(Body::empty());
    for request in [no_origin, other, other_preflight, connect.unwrap()] {
        let what = format!("{} {}", request.method(), request.uri());
        let answer = send(&app, request).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{what}");
        assert_eq!(answer.readable_by(), None, "{what}");
        assert!(answer.headers.get("vary").is_none(), "{what}");
        assert!(answer.relay_error().contains("origin is not allowed"), "{what}");
    }
}

#[tokio::test]
async fn preflights_from_the_page_pass_whatever_the_upstream() {
    let app = app(&[]);
    let mut request = from_page(Method::OPTIONS, "/https://evil.example/x");
    request.headers_mut().insert("access-control-request-local-network", "true".parse().unwrap());
    let answer = send(&app, request).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    assert_eq!(answer.readable_by(), Some(PAGE));
    assert_eq!(answer.headers["access-control-allow-methods"], "GET, POST");
    assert_eq!(answer.headers["access-control-allow-local-network"], "true");
    assert!(answer.headers.get("access-control-allow-private-network").is_none(), "not asked for");
    assert!(answer.body.is_empty());
}

#[tokio::test]
async fn every_tesla_origin_is_allowed_and_only_for_the_pages_calls() {
    let app = app(&[]);
    let oauth = tesla::issuer_of_token_endpoint(tesla::TOKEN_CALL.path).unwrap_or_default();
    let authorize = format!("{oauth}{}", tesla::AUTHORIZE_PATH);
    for origin in tesla::origins() {
        let off_path = send(&app, from_page(Method::POST, &format!("/{origin}{authorize}"))).await;
        assert_eq!(off_path.status, StatusCode::FORBIDDEN, "{origin}");
        assert_eq!(off_path.readable_by(), Some(PAGE), "the page may read why");
        assert_eq!(off_path.relay_error(), format!("POST {authorize} is not a call this relay forwards"));
        let lookalike = format!("{origin}.evil.example");
        let off_list =
            send(&app, from_page(Method::POST, &format!("/{lookalike}{}", tesla::TOKEN_CALL.path)));
        let off_list = off_list.await;
        assert_eq!(off_list.status, StatusCode::FORBIDDEN, "{lookalike}");
        assert!(off_list.relay_error().ends_with("is not on this relay's allowlist"), "{lookalike}");
    }
    let get_token =
        send(&app, from_page(Method::GET, &tesla(tesla::AUTH_ISSUER, tesla::TOKEN_CALL.path))).await;
    let reason = format!("GET {} is not a call this relay forwards", tesla::TOKEN_CALL.path);
    assert_eq!(get_token.relay_error(), reason);
}

#[tokio::test]
async fn targets_that_name_no_upstream_are_bad_requests_with_a_reason() {
    let app = app(&[]);
    let auth = tesla::origin_of_base(tesla::AUTH_ISSUER).trim_start_matches("https://");
    for (target, reason) in [
        ("/".to_owned(), "does not name an http(s) upstream URL"),
        ("/?url=".to_owned(), "does not name an http(s) upstream URL"),
        (format!("/ftp://{auth}{}", tesla::TOKEN_CALL.path), "does not name an http(s) upstream URL"),
        (format!("/https://u:p@{auth}{}", tesla::TOKEN_CALL.path), "user name or password"),
        (format!("/https://{auth}/{}", tesla::TOKEN_CALL.path), "empty segment"),
    ] {
        let answer = send(&app, from_page(Method::POST, &target)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{target}");
        assert_eq!(answer.readable_by(), Some(PAGE), "{target}");
        assert!(answer.relay_error().contains(reason), "{target}: {}", answer.body);
    }
}

#[tokio::test]
async fn a_relay_is_not_a_proxy() {
    let app = app(&[]);
    let connect = Request::builder()
        .method(Method::CONNECT)
        .uri(auth_authority())
        .header("origin", PAGE)
        .body(Body::empty())
        .unwrap();
    let absolute = Request::builder()
        .uri(format!("{DEAD_UPSTREAM}{}", tesla::PRODUCTS.path))
        .version(Version::HTTP_11)
        .header("origin", PAGE)
        .body(Body::empty())
        .unwrap();
    for request in [connect, absolute] {
        let answer = send(&app, request).await;
        assert_eq!(answer.status, StatusCode::METHOD_NOT_ALLOWED);
        assert!(answer.relay_error().contains("not a proxy"));
    }
}

#[tokio::test]
async fn bodies_over_64_kib_are_refused_announced_or_not() {
    let app = app(&[]);
    let token = format!("/{DEAD_UPSTREAM}{}", tesla::TOKEN_CALL.path);
    let announced = Request::post(&token)
        .header("origin", PAGE)
        .header("content-length", "10000000000")
        .body(Body::empty())
        .unwrap();
    let unannounced =
        Request::post(&token).header("origin", PAGE).body(Body::from(vec![b'a'; 64 * 1024 + 1]));
    for request in [announced, unannounced.unwrap()] {
        let answer = send(&app, request).await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(answer.relay_error(), "the request body is larger than 64 KiB");
    }
}

#[tokio::test]
async fn an_unreachable_upstream_is_a_bad_gateway_named_for_the_page() {
    let app = app(&[]);
    let answer =
        send(&app, from_page(Method::GET, &format!("/{DEAD_UPSTREAM}{}", tesla::PRODUCTS.path))).await;
    assert_eq!(answer.status, StatusCode::BAD_GATEWAY);
    assert_eq!(answer.readable_by(), Some(PAGE));
    assert_eq!(answer.relay_error(), "could not reach 127.0.0.1");
}

#[tokio::test]
async fn a_client_over_its_budget_waits_a_minute_whatever_it_asks() {
    let app = app(&["--rate-limit", "2"]);
    let off_list = "/https://evil.example/x";
    for _ in 0..2 {
        assert_eq!(send(&app, from_page(Method::GET, off_list)).await.status, StatusCode::FORBIDDEN);
    }
    let refused = send(&app, from_page(Method::GET, off_list)).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.headers["retry-after"], "60");
    assert_eq!(refused.readable_by(), Some(PAGE));
    assert!(refused.relay_error().contains("too many requests"));
    let preflight = send(&app, from_page(Method::OPTIONS, off_list)).await;
    assert_eq!(preflight.status, StatusCode::NO_CONTENT, "preflights are not counted");
}

#[tokio::test]
async fn with_page_its_files_are_served_on_its_own_host_and_its_calls_relayed() {
    let dir = std::env::temp_dir().join(format!("relay-routing-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><p>the page</p>\n").unwrap();
    let app = app(&["--page", dir.to_str().unwrap()]);

    // A link that sets the page's relay, even one read by `?url=`, is the page.
    let relay_link = "/?relay=https://cors.example/?url=";
    for (target, host) in [("/", LISTEN), ("/repo/", LISTEN), ("/", "localhost:8787"), (relay_link, LISTEN)] {
        let page = send(&app, same_origin_get(target, host)).await;
        assert_eq!(page.status, StatusCode::OK, "{target} on {host}");
        assert_eq!(page.body, "<!doctype html><p>the page</p>\n");
        assert_eq!(page.headers["content-security-policy"], "frame-ancestors 'none'");
    }
    // A call from the page itself: no Origin, but same-origin and our Host.
    let products = format!("/{DEAD_UPSTREAM}{}", tesla::PRODUCTS.path);
    let encoded: String = url::form_urlencoded::byte_serialize(&products.as_bytes()[1..]).collect();
    for target in [products.clone(), format!("/?url={encoded}")] {
        let call = send(&app, same_origin_get(&target, LISTEN)).await;
        assert_eq!(call.status, StatusCode::BAD_GATEWAY, "{target}: relayed, not a file");
        assert_eq!(call.readable_by(), Some(format!("http://{LISTEN}").as_str()));
    }
    // Another name for this computer (DNS rebinding) gets neither.
    for target in ["/", products.as_str()] {
        let rebound = send(&app, same_origin_get(target, "evil.example:8787")).await;
        assert_eq!(rebound.status, StatusCode::FORBIDDEN, "{target}");
        assert!(rebound.relay_error().contains("origin is not allowed"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn with_page_each_languages_page_is_served_in_its_folder_below_the_published_one() {
    let dir = std::env::temp_dir().join(format!("relay-routing-languages-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<html lang=en>\n").unwrap();
    std::fs::write(dir.join("page-1a2b.js"), "// the code\n").unwrap();
    for language in l10n::LANGUAGES.iter().filter(|language| !language.folder.is_empty()) {
        std::fs::create_dir_all(dir.join(language.folder)).unwrap();
        std::fs::write(
            dir.join(language.folder).join("index.html"),
            format!("<html lang={}>\n", language.tag),
        )
        .unwrap();
    }
    let app = app(&["--page", dir.to_str().unwrap()]);
    for language in l10n::LANGUAGES {
        for below in ["/", "/tesla-token-page/"] {
            for file in ["", "index.html"] {
                let target = format!("{below}{}{file}", language.folder);
                let page = send(&app, same_origin_get(&target, LISTEN)).await;
                assert_eq!(page.status, StatusCode::OK, "{target}");
                assert_eq!(page.body, format!("<html lang={}>\n", language.tag), "{target}");
                assert_eq!(page.headers["content-security-policy"], "frame-ancestors 'none'", "{target}");
            }
        }
    }
    // The code is one for every language, at the published folder's root.
    let code = send(&app, same_origin_get("/tesla-token-page/page-1a2b.js", LISTEN)).await;
    assert_eq!((code.status, code.body.as_str()), (StatusCode::OK, "// the code\n"));
    // No deeper folder, and no language folder that is not one.
    for target in ["/tesla-token-page/xx/", "/a/b/de/", "/tesla-token-page/de/x/"] {
        let answer = send(&app, same_origin_get(target, LISTEN)).await;
        assert_ne!(answer.status, StatusCode::OK, "{target}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
