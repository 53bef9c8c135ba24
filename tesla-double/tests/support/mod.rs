//! The double on a free loopback port, and the steps of a client of it.
#![allow(dead_code)]

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::Duration;
use tesla_double::{DoubleConfig, FleetApp, RedirectMode, accounts::PASSWORD};

pub const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

pub struct Double {
    pub base: String,
    pub issuer: String,
    pub http: reqwest::Client,
}

pub async fn start(redirect: RedirectMode, code_lifetime: Duration) -> Double {
    start_with(|config| {
        config.redirect = redirect;
        config.code_lifetime = code_lifetime;
    })
    .await
}

pub async fn start_with(configure: impl FnOnce(&mut DoubleConfig)) -> Double {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let issuer = format!("{base}/oauth2/v3");
    let mut config = DoubleConfig::new(base.clone());
    configure(&mut config);
    let app = tesla_double::app(config);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Double { base, issuer, http }
}

pub fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

impl Double {
    pub fn authorize_url(&self, redirect_uri: &str) -> String {
        self.authorize_url_for("ownerapi", redirect_uri, "the-state")
    }

    pub fn authorize_url_for(&self, client_id: &str, redirect_uri: &str, state: &str) -> String {
        let mut url = url::Url::parse(&format!("{}/oauth2/v3/authorize", self.base)).unwrap();
        url.query_pairs_mut()
            .append_pair("client_id", client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("response_type", "code")
            .append_pair("scope", "openid email offline_access")
            .append_pair("code_challenge", &challenge(VERIFIER))
            .append_pair("code_challenge_method", "S256")
            .append_pair("state", state);
        url.into()
    }

    pub async fn form_transaction(&self, redirect_uri: &str) -> String {
        let page =
            self.http.get(self.authorize_url(redirect_uri)).send().await.unwrap().text().await.unwrap();
        let start = page.find("name=\"transaction_id\" value=\"").expect("a login form") + 29;
        page[start..].split('"').next().unwrap().to_owned()
    }

    pub async fn post_form(&self, fields: &[(&str, &str)]) -> reqwest::Response {
        self.http.post(format!("{}/oauth2/v3/authorize", self.base)).form(fields).send().await.unwrap()
    }

    /// Logs in and returns the callback URL from the redirect's Location.
    pub async fn login(&self, email: &str, passcode: Option<&str>, redirect_uri: &str) -> url::Url {
        let id = self.form_transaction(redirect_uri).await;
        let page =
            self.post_form(&[("transaction_id", &id), ("identity", email), ("credential", PASSWORD)]).await;
        let mut page = page.text().await.unwrap();
        if let Some(passcode) = passcode {
            assert!(page.contains("Multi-Factor"), "an MFA account is asked for its passcode");
            page = self
                .post_form(&[("transaction_id", &id), ("passcode", passcode)])
                .await
                .text()
                .await
                .unwrap();
        }
        assert!(page.contains("Verified Successfully") && page.contains("Loading"));
        let redirect = self
            .http
            .get(format!("{}/oauth2/v3/authorize/complete?transaction_id={id}", self.base))
            .send()
            .await
            .unwrap();
        assert_eq!(redirect.status(), 302);
        url::Url::parse(redirect.headers()["location"].to_str().unwrap()).unwrap()
    }

    pub async fn token(
        &self,
        body: serde_json::Value,
    ) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
        let response =
            self.http.post(format!("{}/oauth2/v3/token", self.base)).json(&body).send().await.unwrap();
        (response.status().as_u16(), response.headers().clone(), response.json().await.unwrap())
    }
}

pub fn grant(code: &str, verifier: &str) -> serde_json::Value {
    serde_json::json!({
        "grant_type": "authorization_code", "client_id": "ownerapi", "code": code,
        "code_verifier": verifier, "redirect_uri": "tesla://auth/callback",
    })
}

pub fn query(url: &url::Url) -> HashMap<String, String> {
    url.query_pairs().into_owned().collect()
}

impl Double {
    pub async fn token_at(
        &self,
        path: &str,
        body: serde_json::Value,
    ) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
        let response = self.http.post(format!("{}{path}", self.base)).json(&body).send().await.unwrap();
        (response.status().as_u16(), response.headers().clone(), response.json().await.unwrap())
    }

    pub async fn form_at(&self, path: &str, fields: &[(&str, &str)]) -> (u16, serde_json::Value) {
        let response = self.http.post(format!("{}{path}", self.base)).form(fields).send().await.unwrap();
        (response.status().as_u16(), response.json().await.unwrap())
    }

    pub async fn tokens_for(&self, email: &str) -> serde_json::Value {
        let code = query(&self.login(email, None, "tesla://auth/callback").await)["code"].clone();
        let path = if email.starts_with("cn-") { "/cn/oauth2/v3/token" } else { "/oauth2/v3/token" };
        let (status, _, body) = self.token_at(path, grant(&code, VERIFIER)).await;
        assert_eq!(status, 200, "{body}");
        body
    }
}

pub fn refresh(token: &serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "grant_type": "refresh_token", "client_id": "ownerapi",
        "refresh_token": token.as_str().unwrap(), "scope": "openid email offline_access",
    })
}

pub fn fleet_authorize(double: &Double, client_id: &str, redirect_uri: &str) -> String {
    double.authorize_url_for(client_id, redirect_uri, "fleet-state")
}

pub async fn fleet_code(double: &Double, client_id: &str, redirect_uri: &str) -> String {
    let page = double
        .http
        .get(fleet_authorize(double, client_id, redirect_uri))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = page.find("name=\"transaction_id\" value=\"").expect("a login form") + 29;
    let id = page[start..].split('"').next().unwrap().to_owned();
    double
        .post_form(&[("transaction_id", &id), ("identity", "owner@example.com"), ("credential", PASSWORD)])
        .await;
    let redirect = double
        .http
        .get(format!("{}/oauth2/v3/authorize/complete?transaction_id={id}", double.base))
        .send()
        .await
        .unwrap();
    let location = url::Url::parse(redirect.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location.as_str().starts_with(redirect_uri), "back to the app's own page: {location}");
    assert_eq!(query(&location)["state"], "fleet-state");
    query(&location)["code"].clone()
}

pub const PAGE: &str = "http://127.0.0.1:8080/";
pub const NA: &str = "https://fleet-api.prd.na.vn.cloud.tesla.com";

impl Double {
    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
    ) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
        let response = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let (status, headers) = (response.status().as_u16(), response.headers().clone());
        (status, headers, response.json().await.unwrap_or_default())
    }
}

pub const SLEEPY: &str = "1493024012345678901";
pub const MODERN: &str = "1493024012345678902";

/// A double with one registered open-source (PKCE) Fleet app, `open-app`,
/// whose redirect URI is [`PAGE`].
pub async fn start_with_open_app() -> Double {
    start_with(|c| {
        c.fleet_apps.push(FleetApp {
            client_id: "open-app".into(),
            redirect_uri: PAGE.into(),
            client_secret: None,
        })
    })
    .await
}
