//! The real `token-relay` binary against a small upstream on loopback that
//! echoes what it received, sets cookies, redirects and stalls on demand.

mod support;

use std::time::Duration;
use support::*;
use token_core::tesla;

#[tokio::test]
async fn forwards_method_body_and_only_the_allowed_headers_over_http2() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let response = client()
        .post(format!("{}/{upstream}{ECHO}?x=1", relay.base))
        .header("Origin", PAGE)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", format!("Bearer {SECRET_TOKEN}"))
        .header("Cookie", "session=browser-cookie")
        .header("X-Forwarded-For", "10.0.0.1")
        .header("Forwarded", "for=10.0.0.1")
        .header("Referer", "http://127.0.0.1:8080/?secret")
        .body(r#"{"code":"NA_secretcode123"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "the upstream's status comes back");
    let answer = response.headers().clone();
    let echoed: serde_json::Value = response.json().await.unwrap();
    assert_eq!(echoed["method"], "POST");
    assert_eq!(echoed["uri"], format!("{ECHO}?x=1"));
    assert_eq!(echoed["version"], "HTTP/2.0");
    assert_eq!(echoed["body"], r#"{"code":"NA_secretcode123"}"#);
    let sent = echoed["headers"].as_object().unwrap();
    assert_eq!(sent["content-type"], "application/json");
    assert_eq!(sent["accept"], "application/json");
    assert_eq!(sent["authorization"], format!("Bearer {SECRET_TOKEN}"));
    assert!(sent["user-agent"].as_str().unwrap().starts_with("token-relay/"));
    for stripped in ["cookie", "x-forwarded-for", "forwarded", "referer", "origin"] {
        assert!(!sent.contains_key(stripped), "{stripped} reached the upstream");
    }

    assert_eq!(answer["access-control-allow-origin"], PAGE);
    assert_eq!(answer["cache-control"], "no-store");
    assert_eq!(answer["content-type"], "application/json");
    assert!(answer.get("set-cookie").is_none(), "a cookie came back through the relay");
    assert!(answer.get("x-upstream-secret").is_none());
    assert_eq!(answer["retry-after"], "30", "a rate limit's wait comes back");
    assert_eq!(answer["access-control-expose-headers"], "retry-after", "and the page may read it");
}

#[tokio::test]
async fn query_and_encoded_styles_reach_the_same_upstream() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let encoded: String =
        url::form_urlencoded::byte_serialize(format!("{upstream}{PRODUCTS}").as_bytes()).collect();
    for address in [format!("{}/?url={encoded}", relay.base), format!("{}/{encoded}", relay.base)] {
        let response = client().get(&address).header("Origin", PAGE).send().await.unwrap();
        assert_eq!(response.status(), 201, "{address}");
        let echoed: serde_json::Value = response.json().await.unwrap();
        assert_eq!(echoed["uri"], PRODUCTS);
    }
}

#[tokio::test]
async fn preflight_is_answered_for_allowed_origins_with_local_network_access() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let preflight = |origin: &str| {
        client()
            .request(reqwest::Method::OPTIONS, format!("{}/{upstream}{ECHO}", relay.base))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .header("Access-Control-Request-Private-Network", "true")
            .send()
    };
    let allowed = preflight(PAGE).await.unwrap();
    assert_eq!(allowed.status(), 204);
    let headers = allowed.headers();
    assert_eq!(headers["access-control-allow-origin"], PAGE);
    assert_eq!(headers["access-control-allow-methods"], "GET, POST");
    assert!(headers["access-control-allow-headers"].to_str().unwrap().contains("content-type"));
    assert_eq!(headers["access-control-allow-private-network"], "true");

    // So that the page can then read why the real request is refused.
    let off_list = client()
        .request(reqwest::Method::OPTIONS, format!("{}/https://evil.example/x", relay.base))
        .header("Origin", PAGE)
        .header("Access-Control-Request-Method", "POST")
        .send()
        .await
        .unwrap();
    assert_eq!(off_list.status(), 204, "preflights of allowed origins pass whatever the upstream");

    let refused = preflight("https://evil.example").await.unwrap();
    assert_eq!(refused.status(), 403);
    assert!(refused.headers().get("access-control-allow-origin").is_none());
    assert!(refused.headers().get("access-control-allow-private-network").is_none());
}

#[tokio::test]
async fn other_origins_and_requests_without_origin_are_refused_unreadably() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    for origin in [Some("https://evil.example"), Some("http://127.0.0.1:8081"), Some("null"), None] {
        let mut request = client().post(format!("{}/{upstream}{ECHO}", relay.base)).body("x");
        if let Some(origin) = origin {
            request = request.header("Origin", origin);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 403, "{origin:?}");
        assert!(response.headers().get("access-control-allow-origin").is_none());
        assert!(relay_error(response).await.contains("origin"));
    }
}

#[tokio::test]
async fn upstreams_off_the_allowlist_are_refused_with_a_reason() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let plain_http = tesla::token_endpoint(&tesla::AUTH_ISSUER.replacen("https://", "http://", 1));
    for target in [format!("https://evil.example{ECHO}"), plain_http, "http://127.0.0.1:1/x".to_owned()] {
        let response =
            client().post(format!("{}/{target}", relay.base)).header("Origin", PAGE).send().await.unwrap();
        assert_eq!(response.status(), 403, "{target}");
        assert_eq!(response.headers()["access-control-allow-origin"], PAGE, "the page can read why");
        assert!(relay_error(response).await.contains("not on this relay's allowlist"));
    }
    let response =
        client().get(format!("{}/not-a-url", relay.base)).header("Origin", PAGE).send().await.unwrap();
    assert_eq!(response.status(), 400);
}

#[tokio::test]
async fn only_the_calls_the_page_makes_are_forwarded() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    for (method, path) in [
        ("GET", ECHO),
        ("DELETE", PRODUCTS),
        ("POST", &tesla::COMMAND.path.replace("{id}", "1").replace("{command}", "door_unlock")),
        ("GET", "/admin"),
    ] {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let address = format!("{}/{upstream}{path}", relay.base);
        let response = client().request(method.clone(), address).header("Origin", PAGE).send().await.unwrap();
        assert_eq!(response.status(), 403, "{method} {path}");
        assert!(relay_error(response).await.contains("is not a call this relay forwards"));
    }
}

#[tokio::test]
async fn tunnels_and_proxy_style_requests_are_refused() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let address = relay.base.trim_start_matches("http://");
    let auth = tesla::origin_of_base(tesla::AUTH_ISSUER).trim_start_matches("https://");
    for request_line in [format!("CONNECT {auth}:443 HTTP/1.1"), format!("GET {upstream}{PRODUCTS} HTTP/1.1")]
    {
        let request = format!("{request_line}\r\nHost: {address}\r\nOrigin: {PAGE}\r\n\r\n");
        let answer = first_answer(&relay.base, "127.0.0.1", &request).await;
        assert!(answer.starts_with("HTTP/1.1 405"), "{request_line}: {answer}");
        assert!(answer.contains("not a proxy"), "{answer}");
    }
}

#[tokio::test]
async fn redirects_are_not_followed_and_their_location_is_dropped() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let response = client()
        .get(format!("{}/{upstream}{}", relay.base, car(REDIRECT)))
        .header("Origin", PAGE)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 302);
    assert!(response.headers().get("location").is_none());
}

#[tokio::test]
async fn bodies_over_64_kib_are_refused() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let send = |size: usize| {
        client()
            .post(format!("{}/{upstream}{ECHO}", relay.base))
            .header("Origin", PAGE)
            .body("a".repeat(size))
            .send()
    };
    assert_eq!(send(64 * 1024).await.unwrap().status(), 201);
    let response = send(64 * 1024 + 1).await.unwrap();
    assert_eq!(response.status(), 413);
    assert!(relay_error(response).await.contains("64 KiB"));
}

#[tokio::test]
async fn slow_and_oversized_upstream_answers_become_clear_errors() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &["--upstream-timeout", "1"]);
    let slow = client()
        .get(format!("{}/{upstream}{}", relay.base, car(SLOW)))
        .header("Origin", PAGE)
        .send()
        .await
        .unwrap();
    assert_eq!(slow.status(), 504);
    assert!(relay_error(slow).await.contains("did not answer within 1 s"));
    let huge = client()
        .get(format!("{}/{upstream}{}", relay.base, car(HUGE)))
        .header("Origin", PAGE)
        .send()
        .await
        .unwrap();
    assert_eq!(huge.status(), 502);
    let unreachable = RelayProcess::start("http://127.0.0.1:9", &[]);
    let gone = client()
        .get(format!("{}/http://127.0.0.1:9{PRODUCTS}", unreachable.base))
        .header("Origin", PAGE)
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 502);
}

#[tokio::test]
async fn health_answers_without_an_origin() {
    let relay = RelayProcess::start("http://127.0.0.1:9", &[]);
    let response = client().get(format!("{}/health", relay.base)).send().await.unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn the_log_holds_method_host_and_status_but_no_secret() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    client()
        .post(format!("{}/{upstream}{ECHO}?code={SECRET_CODE}", relay.base))
        .header("Origin", PAGE)
        .header("Authorization", format!("Bearer {SECRET_TOKEN}"))
        .body(format!(r#"{{"refresh_token":"{SECRET_TOKEN}","code":"{SECRET_CODE}"}}"#))
        .send()
        .await
        .unwrap();
    client()
        .post(format!("{}/https://evil.example/?code={SECRET_CODE}", relay.base))
        .header("Origin", PAGE)
        .send()
        .await
        .unwrap();
    let log = relay.log().join("\n");
    assert!(log.contains("POST 127.0.0.1 201"), "log was: {log}");
    assert!(log.contains("POST - 403"), "log was: {log}");
    for secret in [SECRET_CODE, SECRET_TOKEN, ECHO, "code=", "Bearer", "refresh_token", "bm_sv"] {
        assert!(!log.contains(secret), "the log leaked {secret}: {log}");
    }
}

#[tokio::test]
async fn one_address_gets_a_budget_and_upstream_calls_a_cap() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &["--rate-limit", "3", "--upstream-timeout", "2"]);
    let products = format!("{}/{upstream}{PRODUCTS}", relay.base);
    for _ in 0..3 {
        assert_eq!(client().get(&products).header("Origin", PAGE).send().await.unwrap().status(), 201);
    }
    let refused = client().get(&products).header("Origin", PAGE).send().await.unwrap();
    assert_eq!((refused.status().as_u16(), refused.headers()["retry-after"].to_str().unwrap()), (429, "60"));
    assert!(relay_error(refused).await.contains("too many requests"));

    let busy = RelayProcess::start(&upstream, &["--max-in-flight", "1", "--upstream-timeout", "2"]);
    let slow = client().get(format!("{}/{upstream}{}", busy.base, car(SLOW))).header("Origin", PAGE).send();
    let slow = tokio::spawn(slow);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let second = client()
        .get(format!("{}/{upstream}{PRODUCTS}", busy.base))
        .header("Origin", PAGE)
        .send()
        .await
        .unwrap();
    assert_eq!(second.status(), 503);
    assert!(relay_error(second).await.contains("busy"));
    assert_eq!(slow.await.unwrap().unwrap().status(), 504, "the slow call still ends");
}

#[test]
fn without_flags_it_says_what_it_needs_and_it_names_its_version() {
    let bare = std::process::Command::new(env!("CARGO_BIN_EXE_token-relay")).output().unwrap();
    assert_eq!(bare.status.code(), Some(2));
    let said = String::from_utf8_lossy(&bare.stdout);
    assert!(said.contains("token-relay --allow-origin https://<you>.github.io/<repo>/"), "{said}");
    assert!(said.lines().count() <= 24, "one screen: {said}");
    let version =
        std::process::Command::new(env!("CARGO_BIN_EXE_token-relay")).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        concat!("token-relay ", env!("CARGO_PKG_VERSION"))
    );
}

#[tokio::test]
async fn with_page_it_serves_the_page_byte_for_byte_and_takes_its_calls_from_the_same_origin() {
    let upstream = start_upstream().await;
    let dir = std::env::temp_dir().join(format!("relay-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (index, script) = (b"<!doctype html><p>the page</p>\n".to_vec(), vec![7u8; 3000]);
    std::fs::write(dir.join("index.html"), &index).unwrap();
    std::fs::write(dir.join("page-1a2b.js"), &script).unwrap();
    let relay = RelayProcess::start(&upstream, &["--page", dir.to_str().unwrap()]);

    for (path, expected) in
        [("/", &index), ("/page-1a2b.js", &script), ("/repo/", &index), ("/repo/page-1a2b.js", &script)]
    {
        let answer = client().get(format!("{}{path}", relay.base)).send().await.unwrap();
        assert_eq!(answer.status(), 200, "{path}");
        assert_eq!(answer.headers()["x-content-type-options"], "nosniff");
        assert_eq!(&answer.bytes().await.unwrap()[..], &expected[..], "{path}");
    }

    // The page's own calls: a GET carries no Origin, only Sec-Fetch-Site.
    let call = format!("{}/{upstream}{PRODUCTS}", relay.base);
    let same = client().get(&call).header("Sec-Fetch-Site", "same-origin").send().await.unwrap();
    assert_eq!(same.status(), 201, "forwarded");
    assert_eq!(same.headers()["access-control-allow-origin"], relay.base.as_str());
    let post = client()
        .post(format!("{}/{upstream}{ECHO}", relay.base))
        .header("Origin", &relay.base)
        .body("code=x")
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 201, "a POST names its origin, which is the relay's own");

    // Another name for this computer (DNS rebinding) gets neither.
    let port = relay.base.rsplit(':').next().unwrap();
    let rebound = client()
        .get(&call)
        .header("Sec-Fetch-Site", "same-origin")
        .header("Host", format!("evil.example:{port}"))
        .send()
        .await
        .unwrap();
    assert_eq!(rebound.status(), 403);
    let page = client()
        .get(format!("{}/", relay.base))
        .header("Host", format!("evil.example:{port}"))
        .send()
        .await
        .unwrap();
    assert_ne!(page.status(), 200);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn each_relayed_request_writes_exactly_one_log_line_and_health_none() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let send = |method: &str, target: String, origin: Option<&str>, body: usize| {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = client().request(method, format!("{}{target}", relay.base)).body("a".repeat(body));
        if let Some(origin) = origin {
            request = request.header("Origin", origin);
        }
        request.send()
    };
    let echo = format!("/{upstream}{ECHO}");
    for (method, target, origin, body) in [
        ("POST", echo.clone(), Some(PAGE), 1),
        ("OPTIONS", echo.clone(), Some(PAGE), 0),
        ("POST", echo.clone(), None, 1),
        ("GET", "/not-a-url".to_owned(), Some(PAGE), 0),
        ("DELETE", format!("/{upstream}{PRODUCTS}"), Some(PAGE), 0),
        ("POST", echo.clone(), Some(PAGE), 64 * 1024 + 1),
        ("GET", "/health".to_owned(), None, 0),
        ("GET", format!("/{upstream}{}", car(REDIRECT)), Some(PAGE), 0),
    ] {
        send(method, target, origin, body).await.unwrap();
    }
    assert_eq!(
        relay.log(),
        [
            "POST 127.0.0.1 201",
            "OPTIONS - 204",
            "POST - 403",
            "GET - 400",
            "other - 403",
            "POST 127.0.0.1 413",
            "GET 127.0.0.1 302",
        ]
    );
}
