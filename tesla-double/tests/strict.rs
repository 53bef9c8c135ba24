//! The double is at least as strict as Tesla, and its switches play what
//! Tesla (or what stands in front of it) sometimes does.

mod support;

use std::time::Duration;
use support::*;
use tesla_double::RedirectMode;

async fn double() -> Double {
    start(RedirectMode::AppScheme, Duration::from_secs(60)).await
}

async fn switch(double: &Double, name: &str) {
    let response = double.http.post(format!("{}/_double/{name}", double.base)).send().await.unwrap();
    assert_eq!(response.status(), 204, "{name}");
}

#[tokio::test]
async fn each_regions_owner_api_takes_only_that_regions_tokens() {
    let double = double().await;
    let global = double.tokens_for("owner@example.com").await["access_token"].as_str().unwrap().to_owned();
    let china = double.tokens_for("cn-owner@example.com").await["access_token"].as_str().unwrap().to_owned();
    assert_eq!(double.api(reqwest::Method::GET, "/api/1/products", &global).await.0, 200);
    assert_eq!(double.api(reqwest::Method::GET, "/cn/api/1/products", &china).await.0, 200);
    assert_eq!(double.api(reqwest::Method::GET, "/api/1/products", &china).await.0, 401);
    assert_eq!(double.api(reqwest::Method::GET, "/cn/api/1/products", &global).await.0, 401);
    let claims = tesla_double::jwt::verify(&china).unwrap();
    assert_eq!(claims["aud"][0], "https://owner-api.vn.cloud.tesla.cn/");
    assert_eq!(claims["aud"][1], format!("{}/cn/oauth2/v3/userinfo", double.base));
    assert_eq!(claims["scp"], serde_json::json!(["openid", "email", "offline_access"]));
}

#[tokio::test]
async fn preflights_to_teslas_hosts_get_no_cors_even_when_the_token_endpoint_sends_it() {
    let double = start_with(|c| c.cors = true).await;
    for path in ["/oauth2/v3/token", "/api/1/products", "/cn/api/1/vehicles/1/wake_up"] {
        let response = double
            .http
            .request(reqwest::Method::OPTIONS, format!("{}{path}", double.base))
            .header("origin", "http://127.0.0.1:8080")
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization")
            .send()
            .await
            .unwrap();
        assert!(!response.status().is_success(), "{path}: {}", response.status());
        let cors: Vec<_> =
            response.headers().keys().filter(|k| k.as_str().starts_with("access-control")).collect();
        assert!(cors.is_empty(), "{path}: {cors:?}");
    }
}

#[tokio::test]
async fn a_spent_or_unknown_fleet_code_is_an_invalid_auth_code() {
    let double = start_with_open_app().await;
    let exchange = |code: String| {
        let double = &double;
        async move {
            let fields = [
                ("grant_type", "authorization_code"),
                ("client_id", "open-app"),
                ("code_verifier", VERIFIER),
                ("code", code.as_str()),
                ("audience", NA),
                ("redirect_uri", PAGE),
            ];
            double.form_at("/fleet/oauth2/v3/token", &fields).await
        }
    };
    let code = fleet_code(&double, "open-app", PAGE).await;
    assert_eq!(exchange(code.clone()).await.0, 200);
    for spent_or_unknown in [code, "NA_unknown".to_owned()] {
        let (status, body) = exchange(spent_or_unknown).await;
        assert_eq!((status, body["error"].as_str()), (400, Some("invalid_auth_code")), "{body}");
    }
    let (status, _, body) = double.token(grant("NA_unknown", VERIFIER)).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_grant")), "the owner endpoint: {body}");
}

#[tokio::test]
async fn the_access_denied_switch_answers_akamais_html_once_and_spends_nothing() {
    let double = double().await;
    let code = query(&double.login("owner@example.com", None, "tesla://auth/callback").await)["code"].clone();
    switch(&double, "access-denied-next-token").await;
    let response = double
        .http
        .post(format!("{}/oauth2/v3/token", double.base))
        .json(&grant(&code, VERIFIER))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let page = response.text().await.unwrap();
    assert!(page.contains("Access Denied"), "{page}");
    // Akamai's way of naming the address, built from Tesla's table.
    let address = "http&#58;&#47;&#47;auth&#46;tesla&#46;com&#47;oauth2&#47;v3&#47;token";
    assert!(page.contains(&format!("access \"{address}\" on this server")), "{page}");
    let (status, _, _) = double.token(grant(&code, VERIFIER)).await;
    assert_eq!(status, 200, "the code never reached Tesla, so it still works");
}

#[tokio::test]
async fn a_refresh_without_a_new_refresh_token_leaves_the_old_one_valid() {
    let double = double().await;
    let tokens = double.tokens_for("owner@example.com").await;
    switch(&double, "omit-next-refresh-token").await;
    let (status, _, first) = double.token_at("/oauth2/v3/token", refresh(&tokens["refresh_token"])).await;
    assert_eq!(status, 200, "{first}");
    assert!(first.get("refresh_token").is_none() && first["access_token"].is_string());
    let (status, _, second) = double.token_at("/oauth2/v3/token", refresh(&tokens["refresh_token"])).await;
    assert_eq!(status, 200, "the old refresh token is still the one to use: {second}");
    assert!(second["refresh_token"].is_string());
}

#[tokio::test]
async fn held_answers_wait_until_released() {
    let double = double().await;
    let access = double.tokens_for("owner@example.com").await["access_token"].as_str().unwrap().to_owned();
    switch(&double, "hold").await;
    let (http, url) = (double.http.clone(), format!("{}/api/1/products", double.base));
    let mut held =
        tokio::spawn(async move { http.get(url).bearer_auth(access).send().await.unwrap().status() });
    let early = tokio::time::timeout(Duration::from_millis(300), &mut held).await;
    assert!(early.is_err(), "answered while held");
    switch(&double, "release").await;
    assert_eq!(held.await.unwrap(), 200);
}
