//! The double behaves like Tesla as docs/PROTOCOL.md describes it.

mod support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};
use support::*;
use tesla_double::{FleetApp, RedirectMode, accounts::PASSWORD, jwt};

#[tokio::test]
async fn login_redirects_to_the_app_scheme_with_code_state_and_issuer() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let callback = double.login("owner@example.com", None, "tesla://auth/callback").await;
    assert_eq!(callback.scheme(), "tesla");
    assert!(callback.as_str().starts_with("tesla://auth/callback?locale=en-US&code=NA_"));
    let params = query(&callback);
    assert_eq!(params["state"], "the-state");
    assert_eq!(params["issuer"], double.issuer);
}

#[tokio::test]
async fn an_unregistered_redirect_uri_gets_teslas_refusal() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let page =
        double.http.get(double.authorize_url("https://auth.tesla.com/void/callback")).send().await.unwrap();
    assert_eq!(page.status(), 400);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("The 'redirect_uri' supplied is not registered for this 'client_id'.")
    );

    let legacy = start(RedirectMode::LegacyVoid, Duration::from_secs(60)).await;
    let callback = legacy.login("owner@example.com", None, "https://auth.tesla.com/void/callback").await;
    assert_eq!(callback.path(), "/void/callback");
}

#[tokio::test]
async fn wrong_password_and_wrong_passcode_are_refused() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let id = double.form_transaction("tesla://auth/callback").await;
    let wrong = double
        .post_form(&[("transaction_id", &id), ("identity", "owner@example.com"), ("credential", "nope")])
        .await;
    assert_eq!(wrong.status(), 401);
    let id = double.form_transaction("tesla://auth/callback").await;
    double
        .post_form(&[
            ("transaction_id", &id),
            ("identity", "mfa-owner@example.com"),
            ("credential", PASSWORD),
        ])
        .await;
    let wrong = double.post_form(&[("transaction_id", &id), ("passcode", "000000")]).await;
    assert_eq!(wrong.status(), 401);
    let unfinished = double
        .http
        .get(format!("{}/oauth2/v3/authorize/complete?transaction_id={id}", double.base))
        .send()
        .await
        .unwrap();
    assert_eq!(unfinished.status(), 400, "no code before the passcode");
}

#[tokio::test]
async fn a_code_and_its_verifier_give_jwt_tokens_once_and_without_cors() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let callback = double.login("mfa-owner@example.com", Some("123456"), "tesla://auth/callback").await;
    let code = query(&callback)["code"].clone();
    let (status, headers, body) = double.token(grant(&code, VERIFIER)).await;
    assert_eq!(status, 200, "{body}");
    assert!(headers.keys().all(|name| !name.as_str().starts_with("access-control-")));
    assert_eq!(body["expires_in"], 28_800);
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["state"], "the-state");
    let access = jwt::verify(body["access_token"].as_str().unwrap()).expect("the double's own token");
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    assert_eq!(access["iss"], double.issuer);
    assert_eq!(access["azp"], "ownerapi");
    assert_eq!(access["scp"], serde_json::json!(["openid", "email", "offline_access"]));
    assert!((now + 28_790..=now + 28_810).contains(&access["exp"].as_u64().unwrap()));
    assert_eq!(access["amr"], serde_json::json!(["pwd", "mfa", "otp"]));
    assert!(jwt::verify(body["refresh_token"].as_str().unwrap()).is_some());
    assert_eq!(jwt::verify(body["id_token"].as_str().unwrap()).unwrap()["email"], "mfa-owner@example.com");

    let (status, _, body) = double.token(grant(&code, VERIFIER)).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_grant")), "a code works once");
}

#[tokio::test]
async fn pkce_client_and_redirect_checks_refuse_like_tesla() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let fresh_code = || async {
        query(&double.login("owner@example.com", None, "tesla://auth/callback").await)["code"].clone()
    };

    let other_verifier = "A".repeat(86);
    let (status, _, body) = double.token(grant(&fresh_code().await, &other_verifier)).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_grant")));

    for malformed in ["short", &"a".repeat(129), &format!("{}!", "a".repeat(50))] {
        let (status, _, body) = double.token(grant(&fresh_code().await, malformed)).await;
        assert_eq!((status, body["error"].as_str()), (400, Some("invalid_request")));
        assert_eq!(body["error_description"], "Invalid code_verifier");
        assert_eq!(body["error_uri"], "https://auth.tesla.com/oauth2/v3/error");
    }

    let mut wrong_client = grant(&fresh_code().await, VERIFIER);
    wrong_client["client_id"] = "someone-else".into();
    assert_eq!(double.token(wrong_client).await.2["error"], "invalid_client");

    let mut wrong_redirect = grant(&fresh_code().await, VERIFIER);
    wrong_redirect["redirect_uri"] = "https://auth.tesla.com/void/callback".into();
    assert_eq!(double.token(wrong_redirect).await.2["error"], "invalid_grant");

    let form = double
        .http
        .post(format!("{}/oauth2/v3/token", double.base))
        .form(&[
            ("grant_type", "authorization_code"),
            ("client_id", "ownerapi"),
            ("code", &fresh_code().await),
            ("code_verifier", VERIFIER),
            ("redirect_uri", "tesla://auth/callback"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200, "form-encoded requests are accepted too");
}

#[tokio::test]
async fn codes_expire() {
    let double = start(RedirectMode::AppScheme, Duration::from_millis(200)).await;
    let code = query(&double.login("owner@example.com", None, "tesla://auth/callback").await)["code"].clone();
    tokio::time::sleep(Duration::from_millis(400)).await;
    let (status, _, body) = double.token(grant(&code, VERIFIER)).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_grant")));
}

#[tokio::test]
async fn refresh_tokens_rotate_and_work_once() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let first = double.tokens_for("owner@example.com").await;
    let (status, _, second) = double.token_at("/oauth2/v3/token", refresh(&first["refresh_token"])).await;
    assert_eq!(status, 200, "{second}");
    assert_ne!(second["refresh_token"], first["refresh_token"], "a new refresh token every time");
    assert_ne!(second["access_token"], first["access_token"]);
    assert_eq!(jwt::verify(second["access_token"].as_str().unwrap()).unwrap()["iss"], double.issuer);

    let (status, _, reused) = double.token_at("/oauth2/v3/token", refresh(&first["refresh_token"])).await;
    assert_eq!((status, reused["error"].as_str()), (401, Some("login_required")));
    assert_eq!(reused["error_description"], "Login required");
    let (status, _, _) = double.token_at("/oauth2/v3/token", refresh(&second["refresh_token"])).await;
    assert_eq!(status, 200, "the newest one still works");

    let (status, _, unknown) = double.token_at("/oauth2/v3/token", refresh(&"eyJnope".into())).await;
    assert_eq!((status, unknown["error"].as_str()), (400, Some("invalid_grant")));
}

#[tokio::test]
async fn china_accounts_get_the_china_issuer_and_only_its_endpoint_takes_their_codes() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let callback = double.login("cn-owner@example.com", None, "tesla://auth/callback").await;
    let cn_issuer = format!("{}/cn/oauth2/v3", double.base);
    assert_eq!(query(&callback)["issuer"], cn_issuer);
    let code = query(&callback)["code"].clone();
    let (status, _, _) = double.token_at("/oauth2/v3/token", grant(&code, VERIFIER)).await;
    assert_eq!(status, 400, "a China code is not valid at the global issuer");

    let tokens = double.tokens_for("cn-owner@example.com").await;
    let claims = jwt::verify(tokens["access_token"].as_str().unwrap()).unwrap();
    assert_eq!((claims["iss"].as_str(), claims["ou_code"].as_str()), (Some(cn_issuer.as_str()), Some("CN")));
    let (status, _, _) = double.token_at("/cn/oauth2/v3/token", refresh(&tokens["refresh_token"])).await;
    assert_eq!(status, 200, "China refresh tokens refresh at the China issuer");
}

#[tokio::test]
async fn cors_headers_only_when_asked_for() {
    let plain = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let (_, headers, _) =
        plain.token_at("/oauth2/v3/token", serde_json::json!({"grant_type": "probe"})).await;
    assert!(headers.get("access-control-allow-origin").is_none());

    let open = start_with(|c| c.cors = true).await;
    let (status, headers, body) =
        open.token_at("/oauth2/v3/token", serde_json::json!({"grant_type": "probe"})).await;
    assert_eq!((status, headers["access-control-allow-origin"].to_str().unwrap()), (401, "*"), "{body}");
}

#[tokio::test]
async fn a_remembered_login_skips_the_form_unless_prompt_login() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let id = double.form_transaction("tesla://auth/callback").await;
    let answer = double
        .post_form(&[("transaction_id", &id), ("identity", "owner@example.com"), ("credential", PASSWORD)])
        .await;
    let cookie = answer.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();

    let again = double
        .http
        .get(double.authorize_url("tesla://auth/callback"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert!(again.text().await.unwrap().contains("Verified Successfully"), "Tesla remembers the login");

    let forced = format!(
        "{}&prompt=login&login_hint=second%40example.com",
        double.authorize_url("tesla://auth/callback")
    );
    let page = double.http.get(forced).header("Cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Sign In"), "prompt=login shows the form");
    assert!(page.contains("value=\"second@example.com\""), "login_hint fills the email");
}

#[tokio::test]
async fn an_open_source_fleet_app_exchanges_with_pkce_and_an_audience() {
    let double = start_with_open_app().await;
    let bad_redirect =
        double.http.get(fleet_authorize(&double, "open-app", "https://evil.example/")).send().await.unwrap();
    assert_eq!(bad_redirect.status(), 400);
    let unknown = double.http.get(fleet_authorize(&double, "nobody", PAGE)).send().await.unwrap();
    assert_eq!(unknown.status(), 400);

    let exchange = |code: String, audience: &'static str| {
        let double = &double;
        async move {
            double
                .form_at(
                    "/fleet/oauth2/v3/token",
                    &[
                        ("grant_type", "authorization_code"),
                        ("client_id", "open-app"),
                        ("code_verifier", VERIFIER),
                        ("code", &code),
                        ("audience", audience),
                        ("redirect_uri", PAGE),
                    ],
                )
                .await
        }
    };
    let (status, body) = exchange(fleet_code(&double, "open-app", PAGE).await, "https://evil.example").await;
    assert_eq!((status, body["error_description"].as_str()), (400, Some("Invalid audience")));

    let (status, tokens) = exchange(fleet_code(&double, "open-app", PAGE).await, NA).await;
    assert_eq!(status, 200, "{tokens}");
    let access = jwt::verify(tokens["access_token"].as_str().unwrap()).unwrap();
    assert_eq!(access["aud"], serde_json::json!([NA]));
    let refresh = tokens["refresh_token"].as_str().unwrap();
    assert!(refresh.starts_with("NA_") && !refresh.contains('.'), "Fleet refresh tokens are opaque");

    let json =
        double.token_at("/fleet/oauth2/v3/token", serde_json::json!({"grant_type": "refresh_token"})).await;
    assert_eq!(json.0, 400, "the Fleet endpoint takes forms only");
    let refreshed = double
        .form_at(
            "/fleet/oauth2/v3/token",
            &[("grant_type", "refresh_token"), ("client_id", "open-app"), ("refresh_token", refresh)],
        )
        .await;
    assert_eq!(refreshed.0, 200);
    let reused = double
        .form_at(
            "/fleet/oauth2/v3/token",
            &[("grant_type", "refresh_token"), ("client_id", "open-app"), ("refresh_token", refresh)],
        )
        .await;
    assert_eq!(reused.1["error"], "login_required");
}

#[tokio::test]
async fn a_third_party_fleet_app_needs_its_secret() {
    let double = start_with(|c| {
        c.fleet_apps.push(FleetApp {
            client_id: "secret-app".into(),
            redirect_uri: PAGE.into(),
            client_secret: Some("s3cret".into()),
        })
    })
    .await;
    let exchange = |secret: &'static str, code: String| {
        let double = &double;
        async move {
            double
                .form_at(
                    "/fleet/oauth2/v3/token",
                    &[
                        ("grant_type", "authorization_code"),
                        ("client_id", "secret-app"),
                        ("client_secret", secret),
                        ("code", &code),
                        ("audience", NA),
                        ("redirect_uri", PAGE),
                    ],
                )
                .await
        }
    };
    let (status, body) = exchange("wrong", fleet_code(&double, "secret-app", PAGE).await).await;
    assert_eq!((status, body["error"].as_str()), (401, Some("invalid_client")));
    let (status, body) = exchange("s3cret", fleet_code(&double, "secret-app", PAGE).await).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn the_owner_api_lists_products_and_refuses_the_old_vehicle_list() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let access = double.tokens_for("owner@example.com").await["access_token"].as_str().unwrap().to_owned();
    let (status, headers, products) = double.api(reqwest::Method::GET, "/api/1/products", &access).await;
    assert_eq!(status, 200);
    assert!(headers.get("access-control-allow-origin").is_none(), "no CORS, like Tesla");
    let items = products["response"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!((items[0]["id_s"].as_str(), items[0]["state"].as_str()), (Some(SLEEPY), Some("asleep")));
    assert_eq!(items[1]["state"], "online");
    assert_eq!(items[2]["resource_type"], "battery");
    let (status, _, refused) = double.api(reqwest::Method::GET, "/api/1/vehicles", &access).await;
    assert_eq!(status, 412);
    assert_eq!(
        refused["error"],
        "Endpoint is only available on fleetapi. Visit https://developer.tesla.com/docs for more info"
    );
    assert_eq!(double.api(reqwest::Method::GET, "/api/1/products", "eyJforged.x.y").await.0, 401);
}

#[tokio::test]
async fn a_sleeping_car_wakes_after_a_few_polls_and_then_takes_commands() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let access = double.tokens_for("owner@example.com").await["access_token"].as_str().unwrap().to_owned();
    let api = |method, path: String| {
        let (double, access) = (&double, access.clone());
        async move { double.api(method, &path, &access).await }
    };
    assert_eq!(api(reqwest::Method::GET, format!("/api/1/vehicles/{SLEEPY}/vehicle_data")).await.0, 408);
    assert_eq!(
        api(reqwest::Method::POST, format!("/api/1/vehicles/{SLEEPY}/command/flash_lights")).await.0,
        408
    );
    assert_eq!(api(reqwest::Method::POST, format!("/api/1/vehicles/{SLEEPY}/wake_up")).await.0, 200);
    let mut states = Vec::new();
    for _ in 0..3 {
        states.push(
            api(reqwest::Method::GET, format!("/api/1/vehicles/{SLEEPY}")).await.2["response"]["state"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(states, ["asleep", "asleep", "online"], "waking takes a few polls");
    let (status, _, data) = api(reqwest::Method::GET, format!("/api/1/vehicles/{SLEEPY}/vehicle_data")).await;
    assert_eq!((status, data["response"]["charge_state"]["battery_level"].as_u64()), (200, Some(81)));
    let (status, _, done) =
        api(reqwest::Method::POST, format!("/api/1/vehicles/{SLEEPY}/command/honk_horn")).await;
    assert_eq!((status, done["response"]["result"].as_bool()), (200, Some(true)));

    let (status, _, refused) =
        api(reqwest::Method::POST, format!("/api/1/vehicles/{MODERN}/command/flash_lights")).await;
    assert_eq!(status, 403);
    assert!(refused["error"].as_str().unwrap().contains("Vehicle Command Protocol required"));
}

#[tokio::test]
async fn switches_revoke_tokens_and_rate_limit_and_one_account_is_forbidden() {
    let double = start(RedirectMode::AppScheme, Duration::from_secs(60)).await;
    let tokens = double.tokens_for("owner@example.com").await;
    let access = tokens["access_token"].as_str().unwrap();
    double.http.post(format!("{}/_double/rate-limit-next-call", double.base)).send().await.unwrap();
    let (status, headers, _) = double.api(reqwest::Method::GET, "/api/1/products", access).await;
    assert_eq!((status, headers["retry-after"].to_str().unwrap()), (429, "30"));
    assert_eq!(
        double.api(reqwest::Method::GET, "/api/1/products", access).await.0,
        200,
        "only the next call"
    );

    double.http.post(format!("{}/_double/revoke-access-tokens", double.base)).send().await.unwrap();
    assert_eq!(double.api(reqwest::Method::GET, "/api/1/products", access).await.0, 401);
    let (_, _, refreshed) = double.token_at("/oauth2/v3/token", refresh(&tokens["refresh_token"])).await;
    assert_eq!(
        double
            .api(reqwest::Method::GET, "/api/1/products", refreshed["access_token"].as_str().unwrap())
            .await
            .0,
        200
    );

    let old = double.tokens_for("old-client@example.com").await;
    let (status, _, body) =
        double.api(reqwest::Method::GET, "/api/1/products", old["access_token"].as_str().unwrap()).await;
    assert_eq!(status, 403);
    assert!(body["error"].as_str().unwrap().starts_with("forbidden, see"));
}
