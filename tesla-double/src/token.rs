//! The token endpoints: `/oauth2/v3/token`, its China twin, and the Fleet
//! one. Authorization codes and single-use refresh tokens, checked like Tesla.

use crate::accounts::{Account, Region};
use crate::jwt;
use crate::state::{Double, Endpoint, IssuedCode, IssuedRefresh, NextTokenAnswer, Shared, random_id};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};
use token_core::tesla;

/// Access tokens live eight hours.
const ACCESS_TOKEN_SECS: u64 = tesla::DEFAULT_ACCESS_TOKEN_LIFETIME_SECS;

/// The regional Fleet API bases a Fleet token may be minted for.
const FLEET_AUDIENCES: [&str; 3] = [tesla::FLEET_API_NA, tesla::FLEET_API_EU, tesla::FLEET_API_CN];

type Fields = HashMap<String, String>;

/// `POST /oauth2/v3/token`.
pub async fn global(State(double): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    answer(&double, Endpoint::Owner(Region::Global), &headers, &body)
}

/// `POST /cn/oauth2/v3/token`.
pub async fn china(State(double): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    answer(&double, Endpoint::Owner(Region::China), &headers, &body)
}

/// `POST /fleet/oauth2/v3/token`.
pub async fn fleet(State(double): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    answer(&double, Endpoint::Fleet, &headers, &body)
}

fn answer(double: &Double, endpoint: Endpoint, headers: &HeaderMap, body: &[u8]) -> Response {
    let next = std::mem::take(&mut double.memory.lock().unwrap().next_token_answer);
    match next {
        NextTokenAnswer::AccessDenied => return access_denied(),
        NextTokenAnswer::Garbage => {
            return (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/octet-stream")],
                "\u{0}\u{7f}garbage\u{fffd}",
            )
                .into_response();
        }
        NextTokenAnswer::Reset => return (StatusCode::OK, axum::body::Body::new(Broken)).into_response(),
        _ => {}
    }
    let mut response = match grant(double, endpoint, headers, body, next) {
        Ok(mut tokens) => {
            if next == NextTokenAnswer::Hostile {
                tokens["refresh_token"] = "r1;touch${IFS}/tmp/x;#".into();
            }
            json_response(StatusCode::OK, &tokens)
        }
        Err(refusal) => refusal.into_response(),
    };
    if double.config.cors {
        response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    }
    response
}

/// What Akamai, in front of Tesla's auth hosts, answers a client it blocks.
fn access_denied() -> Response {
    // Akamai names the address with `http:` and writes its punctuation as character references.
    let address = tesla::token_endpoint(tesla::AUTH_ISSUER).replacen("https:", "http:", 1);
    let address = address.replace(':', "&#58;").replace('/', "&#47;").replace('.', "&#46;");
    let page = format!(
        "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \
         You don't have permission to access \"{address}\" \
         on this server.<P>\nReference&#32;&#35;18&#46;6b1e1002&#46;1732350000&#46;1a2b3c4d\n</BODY>\n</HTML>\n"
    );
    (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, "text/html")], page).into_response()
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

/// A refusal in Tesla's error shape.
struct Refusal {
    status: StatusCode,
    error: &'static str,
    description: &'static str,
}

fn refuse(status: StatusCode, error: &'static str, description: &'static str) -> Refusal {
    Refusal { status, error, description }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = json!({
            "error": self.error,
            "error_description": self.description,
            "error_uri": format!("{}{}", tesla::AUTH_ISSUER, tesla::ERROR_PATH),
        });
        json_response(self.status, &body)
    }
}

/// Reads a JSON body (owner endpoints) or a form body (every endpoint).
fn fields(endpoint: Endpoint, headers: &HeaderMap, body: &[u8]) -> Option<Fields> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    match (json, endpoint) {
        (true, Endpoint::Fleet) => None,
        (true, _) => {
            let object: HashMap<String, Value> = serde_json::from_slice(body).ok()?;
            Some(object.into_iter().filter_map(|(k, v)| Some((k, v.as_str()?.to_owned()))).collect())
        }
        (false, _) => Some(url::form_urlencoded::parse(body).into_owned().collect()),
    }
}

fn grant(
    double: &Double,
    endpoint: Endpoint,
    headers: &HeaderMap,
    body: &[u8],
    next: NextTokenAnswer,
) -> Result<Value, Refusal> {
    let fields = fields(endpoint, headers, body).ok_or_else(|| {
        refuse(StatusCode::BAD_REQUEST, "invalid_request", "The request body could not be parsed")
    })?;
    let client_id = fields.get("client_id").map(String::as_str).unwrap_or_default();
    let known_client = match endpoint {
        Endpoint::Owner(_) => client_id == tesla::CLIENT_ID,
        Endpoint::Fleet => double.config.fleet_apps.iter().any(|app| app.client_id == client_id),
    };
    if !known_client {
        return Err(refuse(StatusCode::UNAUTHORIZED, "invalid_client", "Client authentication failed"));
    }
    match fields.get("grant_type").map(String::as_str) {
        Some("authorization_code") => code_grant(double, endpoint, &fields),
        Some("refresh_token") => refresh_grant(double, endpoint, &fields, next),
        _ => Err(refuse(StatusCode::BAD_REQUEST, "unsupported_grant_type", "Unsupported grant type")),
    }
}

/// RFC 7636 §4.1: 43 to 128 characters from the unreserved set.
fn verifier_is_well_formed(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

fn code_grant(double: &Double, endpoint: Endpoint, fields: &Fields) -> Result<Value, Refusal> {
    let get = |key: &str| fields.get(key).map(String::as_str).unwrap_or_default();
    let secret_app = double
        .config
        .fleet_apps
        .iter()
        .find(|app| app.client_id == get("client_id") && app.client_secret.is_some());
    let verifier = fields.get("code_verifier");
    if verifier.is_some_and(|v| !verifier_is_well_formed(v)) || (verifier.is_none() && secret_app.is_none()) {
        return Err(refuse(StatusCode::BAD_REQUEST, "invalid_request", "Invalid code_verifier"));
    }
    if secret_app.is_some_and(|app| app.client_secret.as_deref() != Some(get("client_secret"))) {
        return Err(refuse(StatusCode::UNAUTHORIZED, "invalid_client", "Client authentication failed"));
    }
    let audience = (endpoint == Endpoint::Fleet).then(|| get("audience").to_owned());
    if audience.as_deref().is_some_and(|a| !FLEET_AUDIENCES.contains(&a)) {
        return Err(refuse(StatusCode::BAD_REQUEST, "invalid_request", "Invalid audience"));
    }
    // A code is spent by any attempt, right or wrong, as OAuth servers do.
    let issued = double.memory.lock().unwrap().codes.remove(get("code"));
    let expired_or_foreign = |c: &IssuedCode| {
        c.issued.elapsed() > double.config.code_lifetime
            || c.endpoint != endpoint
            || c.client_id != get("client_id")
    };
    let Some(issued) = issued.filter(|c| !expired_or_foreign(c)) else {
        // Tesla's Fleet auth names a spent or unknown code its own way.
        let error = if endpoint == Endpoint::Fleet { "invalid_auth_code" } else { "invalid_grant" };
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            error,
            "The authorization code is invalid or has expired",
        ));
    };
    if get("redirect_uri") != issued.redirect_uri {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The redirect_uri does not match the authorization request",
        ));
    }
    if verifier.is_some_and(|v| URL_SAFE_NO_PAD.encode(Sha256::digest(v.as_bytes())) != issued.challenge) {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The code_verifier does not match the code_challenge",
        ));
    }
    let mut tokens = issue(double, endpoint, get("client_id"), issued.account, audience);
    tokens["state"] = issued.state.into();
    Ok(tokens)
}

fn refresh_grant(
    double: &Double,
    endpoint: Endpoint,
    fields: &Fields,
    next: NextTokenAnswer,
) -> Result<Value, Refusal> {
    // An answer without a new refresh token (RFC 6749 §6) leaves the one used valid.
    let keep = next == NextTokenAnswer::WithoutRefreshToken;
    let get = |key: &str| fields.get(key).map(String::as_str).unwrap_or_default();
    let (account, audience) = {
        let mut memory = double.memory.lock().unwrap();
        let Some(issued) = memory.refresh_tokens.get_mut(get("refresh_token")) else {
            return Err(refuse(StatusCode::BAD_REQUEST, "invalid_grant", "The refresh token is invalid"));
        };
        if issued.endpoint != endpoint || issued.client_id != get("client_id") {
            return Err(refuse(StatusCode::BAD_REQUEST, "invalid_grant", "The refresh token is invalid"));
        }
        // Single use since February 2024: a second use means a new login.
        if std::mem::replace(&mut issued.used, !keep) {
            return Err(refuse(StatusCode::UNAUTHORIZED, "login_required", "Login required"));
        }
        (issued.account, issued.audience.clone())
    };
    let mut tokens = issue(double, endpoint, get("client_id"), account, audience);
    if keep {
        tokens.as_object_mut().map(|tokens| tokens.remove("refresh_token"));
    }
    Ok(tokens)
}

/// A fresh access, refresh and id token for `account`.
fn issue(
    double: &Double,
    endpoint: Endpoint,
    client_id: &str,
    account: &'static Account,
    audience: Option<String>,
) -> Value {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let issuer = double.config.issuer(account.region);
    let amr: &[&str] = if account.mfa_passcode.is_some() { &["pwd", "mfa", "otp"] } else { &["pwd"] };
    let ou_code = match account.region {
        Region::Global => "NA",
        Region::China => "CN",
    };
    let common = json!({
        "iss": issuer, "sub": account.subject, "azp": client_id, "iat": now, "auth_time": now,
        "amr": amr, "ou_code": ou_code, "locale": "en-US",
    });
    let token = |extra: Value| {
        let mut claims = common.clone();
        claims.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        claims["jti"] = random_id(12).into();
        (jwt::encode(&claims), claims["jti"].as_str().unwrap_or_default().to_owned())
    };
    let (access_audience, token_endpoint) = match (endpoint, &audience) {
        (Endpoint::Fleet, Some(audience)) => (json!([audience]), double.config.fleet_auth()),
        _ => (
            json!([format!("{}/", account.region.owner_api()), format!("{issuer}{}", tesla::USERINFO_PATH)]),
            issuer.clone(),
        ),
    };
    let refresh_token = match endpoint {
        // Fleet refresh tokens are opaque strings with a region prefix.
        Endpoint::Fleet => format!("NA_{}", random_id(32)),
        Endpoint::Owner(_) => {
            token(json!({ "aud": tesla::token_endpoint(&token_endpoint), "typ": "refresh", "exp": now + 90 * 24 * 3600 })).0
        }
    };
    let (access_token, access_jti) = token(json!({
        "aud": access_audience, "scp": tesla::SCOPES.split(' ').collect::<Vec<_>>(), "exp": now + ACCESS_TOKEN_SECS,
    }));
    let mut memory = double.memory.lock().unwrap();
    memory.refresh_tokens.insert(
        refresh_token.clone(),
        IssuedRefresh { endpoint, client_id: client_id.to_owned(), account, audience, used: false },
    );
    memory.access_owner.insert(access_jti, account);
    json!({
        "access_token": access_token,
        "refresh_token": refresh_token,
        "id_token": token(json!({ "aud": client_id, "email": account.email, "exp": now + ACCESS_TOKEN_SECS })).0,
        "expires_in": ACCESS_TOKEN_SECS,
        "token_type": "Bearer",
    })
}

/// An answer body that fails at once: the connection breaks mid-answer.
struct Broken;

impl axum::body::HttpBody for Broken {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        std::task::Poll::Ready(Some(Err(std::io::Error::other("the double breaks the connection"))))
    }
}
