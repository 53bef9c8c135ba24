//! `POST /oauth2/v3/token`: the authorization-code grant, checked like Tesla.

use crate::{IssuedCode, Shared, jwt};
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

/// Access tokens live eight hours.
const ACCESS_TOKEN_SECS: u64 = 28_800;

/// Tesla's error shape. Like Tesla, no CORS headers, on errors or success.
fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let body = json!({
        "error": error,
        "error_description": description,
        "error_uri": "https://auth.tesla.com/oauth2/v3/error",
    });
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

/// Reads a JSON or form-encoded body into string fields.
fn fields(headers: &HeaderMap, body: &[u8]) -> Option<HashMap<String, String>> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if json {
        let object: HashMap<String, Value> = serde_json::from_slice(body).ok()?;
        Some(object.into_iter().filter_map(|(k, v)| Some((k, v.as_str()?.to_owned()))).collect())
    } else {
        Some(url::form_urlencoded::parse(body).into_owned().collect())
    }
}

/// RFC 7636 §4.1: 43 to 128 characters from the unreserved set.
fn verifier_is_well_formed(verifier: &str) -> bool {
    (43..=128).contains(&verifier.len())
        && verifier.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// The token endpoint.
pub async fn exchange(
    axum::extract::State(double): axum::extract::State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(fields) = fields(&headers, &body) else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The request body could not be parsed",
        );
    };
    let get = |key: &str| fields.get(key).map(String::as_str).unwrap_or_default();
    if get("grant_type") != "authorization_code" {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "Unsupported grant type");
    }
    if get("client_id") != "ownerapi" {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "Client authentication failed");
    }
    if !verifier_is_well_formed(get("code_verifier")) {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "Invalid code_verifier");
    }
    // A code is spent by any attempt, right or wrong, as OAuth servers do.
    let issued = double.memory.lock().unwrap().codes.remove(get("code"));
    let Some(issued) = issued.filter(|c| c.issued.elapsed() <= double.config.code_lifetime) else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The authorization code is invalid or has expired",
        );
    };
    if get("redirect_uri") != issued.redirect_uri {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The redirect_uri does not match the authorization request",
        );
    }
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(get("code_verifier").as_bytes()));
    if challenge != issued.challenge {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The code_verifier does not match the code_challenge",
        );
    }
    let body = token_answer(&double.config.issuer, &issued);
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

fn token_answer(issuer: &str, code: &IssuedCode) -> Value {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let account = code.account;
    let amr: &[&str] = if account.mfa_passcode.is_some() { &["pwd", "mfa", "otp"] } else { &["pwd"] };
    let common = json!({
        "iss": issuer,
        "sub": account.subject,
        "azp": "ownerapi",
        "iat": now,
        "auth_time": now,
        "amr": amr,
        "ou_code": "NA",
        "locale": "en-US",
        "jti": crate::random_id(12),
    });
    let with = |extra: Value| {
        let mut claims = common.clone();
        claims.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        jwt::encode(&claims)
    };
    json!({
        "access_token": with(json!({
            "aud": ["https://owner-api.teslamotors.com/", format!("{issuer}/userinfo")],
            "scp": ["openid", "email", "offline_access"],
            "exp": now + ACCESS_TOKEN_SECS,
        })),
        "refresh_token": with(json!({
            "aud": format!("{issuer}/token"),
            "scp": ["openid", "email", "offline_access"],
            "exp": now + 90 * 24 * 3600,
            "typ": "refresh",
        })),
        "id_token": with(json!({
            "aud": "ownerapi",
            "email": account.email,
            "exp": now + ACCESS_TOKEN_SECS,
        })),
        "expires_in": ACCESS_TOKEN_SECS,
        "state": code.state,
        "token_type": "Bearer",
    })
}
