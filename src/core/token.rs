//! Step 3: the token request, and what Tesla's answer means.

use super::callback::Callback;
use super::http::{HttpAnswer, TransportFailure, relay_error};
use super::pkce::PkceVerifier;
use super::secret::Secret;
use super::tesla;
use super::text::echo;
use serde::{Deserialize, Serialize};

/// The longest token accepted from an answer; Tesla's JWTs are ~2 KB.
const MAX_TOKEN_LEN: usize = 16 * 1024;

/// A token request ready to send: where to and with which JSON body.
#[derive(Debug)]
pub struct TokenRequest {
    /// The upstream token endpoint, `{issuer}/token`.
    pub endpoint: String,
    /// JSON body; it holds the code and verifier, so it is a secret.
    pub body: Secret,
}

/// The authorization-code grant for a pasted callback (PROTOCOL.md §2).
pub fn authorization_code_request(callback: &Callback, verifier: &PkceVerifier) -> TokenRequest {
    #[derive(Serialize)]
    struct Grant<'a> {
        grant_type: &'a str,
        client_id: &'a str,
        code: &'a str,
        code_verifier: &'a str,
        redirect_uri: &'a str,
    }
    let grant = Grant {
        grant_type: "authorization_code",
        client_id: tesla::CLIENT_ID,
        code: callback.code.expose(),
        code_verifier: verifier.secret(),
        redirect_uri: tesla::REDIRECT_URI,
    };
    TokenRequest {
        endpoint: format!("{}{}", callback.issuer, tesla::TOKEN_PATH),
        // Serialising plain strings into JSON cannot fail.
        body: Secret::new(serde_json::to_string(&grant).unwrap_or_default()),
    }
}

/// The tokens Tesla issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tokens {
    /// Bearer token for the owner API, valid for `expires_in` seconds.
    pub access_token: Secret,
    /// Single-use token that mints the next pair.
    pub refresh_token: Secret,
    /// OpenID identity token, when Tesla sends one.
    pub id_token: Option<Secret>,
    /// Seconds the access token lives from the moment it was issued.
    pub expires_in: u64,
}

/// Why no tokens came back, each with what to do next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExchangeError {
    #[error(
        "Tesla says this code was already used or has expired (invalid_grant). Codes work \
         once and only for a few minutes: start again at step 1."
    )]
    CodeUsedOrExpired,
    #[error(
        "Tesla refused the PKCE verifier (invalid_request: {0}). Start again at step 1; if it \
         happens again, Tesla may have changed its rules, so please report it."
    )]
    InvalidVerifier(String),
    #[error("Tesla asks for a fresh login (login_required). Start again at step 1.")]
    LoginRequired,
    #[error(
        "Tesla refused the request: {error} ({description}, HTTP {status}). Start again at \
         step 1; if it happens again, Tesla may have changed its flow."
    )]
    TeslaRefused { status: u16, error: String, description: String },
    #[error(
        "The relay refused or failed: {0}. Check the relay setting above, or run your own relay \
         (see the README)."
    )]
    RelayRefused(String),
    #[error(
        "Tesla's firewall answered \"Access Denied\" (HTTP 403). It blocks some networks and \
         hosted relays: try a relay on your own machine, then paste the URL again."
    )]
    AccessDenied,
    #[error(
        "Tesla's server failed (HTTP {0}). Wait a minute and try again: the code stays valid \
         for a few minutes."
    )]
    TeslaUnavailable(u16),
    #[error(
        "The answer was not JSON (HTTP {0}), so it did not come from Tesla's token endpoint. \
         Check that the relay setting points at a token relay."
    )]
    NotJson(u16),
    #[error("Tesla answered without an access token and a refresh token. Start again at step 1.")]
    IncompleteTokens,
    #[error(
        "Could not reach the relay at {0}. Is it running (`scripts/serve.sh` starts one), and \
         does it allow this page's origin (--allow-origin)? Your code was not used: paste it \
         again once the relay works."
    )]
    RelayUnreachable(String),
    #[error(
        "No answer within {} seconds. The relay or Tesla is slow or down; try again in a moment.",
        super::http::REQUEST_TIMEOUT_MS / 1000
    )]
    TimedOut,
}

/// Tesla's error shape: `{"error": …, "error_description": …}`.
#[derive(Deserialize)]
struct OAuthError {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
}

/// Tesla's success shape (only the fields the page uses).
#[derive(Deserialize)]
struct TokenFields {
    access_token: Option<String>,
    refresh_token: Option<String>,
    id_token: Option<String>,
    expires_in: Option<u64>,
}

/// Judges the answer to a token request. Every field is treated as hostile.
pub fn read_token_answer(
    answer: Result<HttpAnswer, TransportFailure>,
    relay_host: &str,
) -> Result<Tokens, ExchangeError> {
    let answer = answer.map_err(|failure| match failure {
        TransportFailure::Unreachable => ExchangeError::RelayUnreachable(relay_host.to_owned()),
        TransportFailure::TimedOut => ExchangeError::TimedOut,
    })?;
    if let Some(reason) = relay_error(&answer) {
        return Err(match answer.status {
            504 => ExchangeError::TimedOut,
            _ => ExchangeError::RelayRefused(echo(&reason)),
        });
    }
    if (200..300).contains(&answer.status) {
        let fields: TokenFields =
            serde_json::from_str(&answer.body).map_err(|_| ExchangeError::NotJson(answer.status))?;
        return tokens_from(fields).ok_or(ExchangeError::IncompleteTokens);
    }
    match serde_json::from_str::<OAuthError>(&answer.body) {
        Ok(refusal) => Err(meaning_of(answer.status, refusal)),
        Err(_) if answer.status == 403 => Err(ExchangeError::AccessDenied),
        Err(_) if answer.status >= 500 => Err(ExchangeError::TeslaUnavailable(answer.status)),
        Err(_) => Err(ExchangeError::NotJson(answer.status)),
    }
}

fn meaning_of(status: u16, refusal: OAuthError) -> ExchangeError {
    let description = echo(refusal.error_description.as_deref().unwrap_or("no reason given"));
    match refusal.error.as_str() {
        "invalid_grant" | "invalid_auth_code" => ExchangeError::CodeUsedOrExpired,
        "invalid_request" if description.to_ascii_lowercase().contains("verifier") => {
            ExchangeError::InvalidVerifier(description)
        }
        "login_required" => ExchangeError::LoginRequired,
        _ if status >= 500 => ExchangeError::TeslaUnavailable(status),
        other => ExchangeError::TeslaRefused { status, error: echo(other), description },
    }
}

fn tokens_from(fields: TokenFields) -> Option<Tokens> {
    let plausible = |token: String| {
        let fits =
            !token.is_empty() && token.len() <= MAX_TOKEN_LEN && token.bytes().all(|b| b.is_ascii_graphic());
        fits.then(|| Secret::new(token))
    };
    Some(Tokens {
        access_token: plausible(fields.access_token?)?,
        refresh_token: plausible(fields.refresh_token?)?,
        id_token: fields.id_token.and_then(plausible),
        expires_in: fields
            .expires_in
            .filter(|&secs| secs > 0)
            .unwrap_or(tesla::DEFAULT_ACCESS_TOKEN_LIFETIME_SECS),
    })
}

#[cfg(test)]
mod tests;
