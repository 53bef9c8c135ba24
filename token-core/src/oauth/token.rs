//! Step 3: the token request, and what Tesla's answer means.

use crate::oauth::callback::Callback;
use crate::oauth::pkce::PkceVerifier;
use crate::secret::Secret;
use crate::settings;
use crate::tesla;
use crate::text::echo;
use crate::transport::http::{HttpAnswer, TransportFailure, relay_error};
use crate::transport::route::{Body, Route};
use serde::Deserialize;

/// The longest token accepted from an answer; Tesla's JWTs are ~2 KB.
const MAX_TOKEN_LEN: usize = 16 * 1024;

/// A token request ready to send: where to, and its fields.
#[derive(Debug)]
pub struct TokenRequest {
    /// The upstream token endpoint, e.g. `{issuer}/token`.
    pub endpoint: String,
    /// The fields; they hold codes, verifiers and tokens, so they are secrets.
    fields: Vec<(&'static str, Secret)>,
    /// Fleet endpoints take form bodies only.
    form_only: bool,
    /// What the answer is about, for the meaning of Tesla's refusals.
    pub grant: Grant,
}

/// Which grant a request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grant {
    /// Code and verifier from a login.
    Code,
    /// A refresh token, which is spent by its use.
    Refresh,
}

impl TokenRequest {
    /// The issuer (or Fleet auth base) the request goes to.
    pub fn issuer(&self) -> &str {
        tesla::issuer_of_token_endpoint(&self.endpoint).unwrap_or(&self.endpoint)
    }

    /// The `client_id` the request names.
    pub fn client_id(&self) -> &str {
        self.fields.iter().find(|(k, _)| *k == "client_id").map_or("", |(_, v)| v.expose())
    }

    fn new(endpoint: String, grant: Grant, fields: Vec<(&'static str, &str)>) -> Self {
        let fields = fields.into_iter().map(|(k, v)| (k, Secret::new(v))).collect();
        Self { endpoint, fields, form_only: false, grant }
    }

    /// The body: JSON through a relay (what Tesla's own clients send), form
    /// fields when sent directly (a CORS "simple request" needs them) or to
    /// a Fleet endpoint.
    pub fn body(&self, direct: bool) -> Body {
        if direct || self.form_only {
            let mut form = url::form_urlencoded::Serializer::new(String::new());
            for (key, value) in &self.fields {
                form.append_pair(key, value.expose());
            }
            Body { content_type: "application/x-www-form-urlencoded", text: Secret::new(form.finish()) }
        } else {
            let object: serde_json::Map<String, serde_json::Value> =
                self.fields.iter().map(|(k, v)| (k.to_string(), v.expose().into())).collect();
            Body {
                content_type: "application/json",
                text: Secret::new(serde_json::Value::Object(object).to_string()),
            }
        }
    }
}

/// The authorization-code grant for a pasted callback (docs/PROTOCOL.md §2).
pub fn authorization_code_request(callback: &Callback, verifier: &PkceVerifier) -> TokenRequest {
    TokenRequest::new(
        tesla::token_endpoint(&callback.issuer),
        Grant::Code,
        vec![
            ("grant_type", "authorization_code"),
            ("client_id", tesla::CLIENT_ID),
            ("code", callback.code.expose()),
            ("code_verifier", verifier.secret()),
            ("redirect_uri", tesla::REDIRECT_URI),
        ],
    )
}

/// The refresh grant for an owner-API refresh token at its issuer (docs/PROTOCOL.md §3).
pub fn refresh_request(issuer: &str, refresh_token: &Secret) -> TokenRequest {
    TokenRequest::new(
        tesla::token_endpoint(issuer),
        Grant::Refresh,
        vec![
            ("grant_type", "refresh_token"),
            ("client_id", tesla::CLIENT_ID),
            ("refresh_token", refresh_token.expose()),
            ("scope", tesla::SCOPES),
        ],
    )
}

/// The refresh grant for a Fleet API refresh token of the app `client_id`.
pub fn fleet_refresh_request(client_id: &str, refresh_token: &Secret) -> TokenRequest {
    let mut request = TokenRequest::new(
        tesla::token_endpoint(settings::FLEET_AUTH_BASE),
        Grant::Refresh,
        vec![
            ("grant_type", "refresh_token"),
            ("client_id", client_id),
            ("refresh_token", refresh_token.expose()),
        ],
    );
    request.form_only = true;
    request
}

/// The code grant of a registered (Fleet API) app: PKCE for an open-source
/// app, or its client secret for a third-party app.
pub fn fleet_code_request(
    client_id: &str,
    proof: FleetProof<'_>,
    code: &Secret,
    audience: &str,
    redirect_uri: &str,
) -> TokenRequest {
    let (proof_field, proof_value) = match proof {
        FleetProof::Verifier(verifier) => ("code_verifier", verifier.secret()),
        FleetProof::ClientSecret(secret) => ("client_secret", secret.expose()),
    };
    let mut request = TokenRequest::new(
        tesla::token_endpoint(settings::FLEET_AUTH_BASE),
        Grant::Code,
        vec![
            ("grant_type", "authorization_code"),
            ("client_id", client_id),
            (proof_field, proof_value),
            ("code", code.expose()),
            ("audience", audience),
            ("redirect_uri", redirect_uri),
        ],
    );
    request.form_only = true;
    request
}

/// How a registered app proves it is the one that asked for the code.
#[derive(Debug, Clone, Copy)]
pub enum FleetProof<'a> {
    /// An open-source app: the PKCE verifier.
    Verifier(&'a PkceVerifier),
    /// A third-party app: its client secret.
    ClientSecret(&'a Secret),
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

/// What a token answer held, checked: a refresh answer may leave out
/// `refresh_token` (RFC 6749 §6), and then the one sent stays valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenAnswer {
    /// Bearer token for the owner API.
    pub access_token: Secret,
    /// The next refresh token, if the answer carried one.
    pub refresh_token: Option<Secret>,
    /// OpenID identity token, when Tesla sends one.
    pub id_token: Option<Secret>,
    /// Seconds the access token lives from the moment it was issued.
    pub expires_in: u64,
}

/// Tokens with where and when they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenSet {
    /// The tokens.
    pub tokens: Tokens,
    /// True when a refresh answer brought no new refresh token, so the one
    /// used is kept: it is still valid and still the one to use.
    pub refresh_kept: bool,
    /// The issuer (or Fleet auth base) that minted them; refreshes go there.
    pub issuer: String,
    /// The client they were minted for (`ownerapi` or a Fleet app's id).
    pub client_id: String,
    /// When they arrived, in ms since the epoch (browser clock).
    pub received_at_ms: f64,
}

impl TokenSet {
    /// The tokens `request` obtained, arriving now; without a new refresh
    /// token, the one `request` sent is kept.
    pub fn from_answer(answer: TokenAnswer, request: &TokenRequest, now_ms: f64) -> Self {
        let sent = request.fields.iter().find(|(k, _)| *k == "refresh_token").map(|(_, v)| v.clone());
        let refresh_kept = answer.refresh_token.is_none();
        Self {
            tokens: Tokens {
                access_token: answer.access_token,
                // read_token_answer admits no missing refresh token for a code grant.
                refresh_token: answer.refresh_token.or(sent).unwrap_or_else(|| Secret::new("")),
                id_token: answer.id_token,
                expires_in: answer.expires_in,
            },
            refresh_kept,
            issuer: request.issuer().to_owned(),
            client_id: request.client_id().to_owned(),
            received_at_ms: now_ms,
        }
    }

    /// The request that refreshes these tokens where they came from.
    pub fn refresh_request(&self) -> TokenRequest {
        if self.client_id == tesla::CLIENT_ID {
            refresh_request(&self.issuer, &self.tokens.refresh_token)
        } else {
            fleet_refresh_request(&self.client_id, &self.tokens.refresh_token)
        }
    }

    /// When the access token expires, in seconds since the epoch.
    pub fn expires_at_secs(&self) -> i64 {
        (self.received_at_ms / 1000.0) as i64 + self.tokens.expires_in as i64
    }

    /// Who issued these tokens and which API they are for, in a sentence.
    pub fn issued_for(&self) -> String {
        match crate::oauth::region::Region::of_issuer(&self.issuer) {
            Some(region) => format!("Issued by {} for the owner API at {}.", self.issuer, region.owner_api()),
            None => format!("Issued by {} for your app's Fleet API region.", self.issuer),
        }
    }

    /// The account's email, from the id_token (display and export only).
    pub fn email(&self) -> Option<String> {
        let id_token = self.tokens.id_token.as_ref()?;
        match crate::claims::inspect(id_token.expose()) {
            Ok(crate::claims::TokenKind::Jwt(claims)) => claims.email,
            _ => None,
        }
    }
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
        "Tesla refused this refresh token ({0}): it was already used, or it was revoked (changing \
         the account password revokes every token). Refresh tokens work once. Log in again at step 1."
    )]
    RefreshTokenSpent(String),
    #[error(
        "Tesla refused the request: {error} ({description}, HTTP {status}). Start again at \
         step 1; if it happens again, Tesla may have changed its flow."
    )]
    TeslaRefused { status: u16, error: String, description: String },
    #[error(
        "The relay refused or failed: {0}. Check the relay under Settings, or start a relay on \
         this computer as step 2 shows."
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
        "The answer that came {0} holds a token with characters Tesla's tokens never have, so it \
         was refused: nothing was shown or exported. The relay may be altering answers: use a \
         relay you run yourself, then log in again."
    )]
    ImplausibleToken(String),
    #[error(
        "Could not reach the relay at {0}: it is not running, or it does not allow this page. \
         Your code was not used: start the relay as step 2 shows, then press the button again."
    )]
    RelayUnreachable(String),
    #[error(
        "Could not reach Tesla directly: it does not (or no longer) let this page read its answers. \
         Switch direct mode off to go through the relay."
    )]
    DirectUnreachable,
    #[error(
        "No answer within {} seconds. The relay or Tesla is slow or down; try again in a moment.",
        crate::transport::http::REQUEST_TIMEOUT_MS / 1000
    )]
    TimedOut,
    #[error(
        "Tesla did not answer in time (the relay says: {0}). Try again in a moment; if Tesla used the \
         code meanwhile, the page says so, and you start again at step 1."
    )]
    TeslaTimedOut(String),
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
    route: &Route,
    grant: Grant,
) -> Result<TokenAnswer, ExchangeError> {
    let answer = answer.map_err(|failure| match (failure, route) {
        (TransportFailure::TimedOut, _) => ExchangeError::TimedOut,
        (TransportFailure::Unreachable, Route::Relay(host)) => ExchangeError::RelayUnreachable(host.clone()),
        (TransportFailure::Unreachable, Route::Direct) => ExchangeError::DirectUnreachable,
    })?;
    if let Some(reason) = relay_error(&answer) {
        return Err(match answer.status {
            // The relay's own limit, not the page's: its reason says how long.
            504 => ExchangeError::TeslaTimedOut(echo(&reason)),
            _ => ExchangeError::RelayRefused(echo(&reason)),
        });
    }
    if (200..300).contains(&answer.status) {
        let fields: TokenFields =
            serde_json::from_str(&answer.body).map_err(|_| ExchangeError::NotJson(answer.status))?;
        return tokens_from(fields, route, grant);
    }
    match serde_json::from_str::<OAuthError>(&answer.body) {
        Ok(refusal) => Err(meaning_of(answer.status, refusal, grant)),
        Err(_) if answer.status == 403 => Err(ExchangeError::AccessDenied),
        Err(_) if answer.status >= 500 => Err(ExchangeError::TeslaUnavailable(answer.status)),
        Err(_) => Err(ExchangeError::NotJson(answer.status)),
    }
}

fn meaning_of(status: u16, refusal: OAuthError, grant: Grant) -> ExchangeError {
    let description = echo(refusal.error_description.as_deref().unwrap_or("no reason given"));
    match refusal.error.as_str() {
        error @ ("login_required" | "invalid_grant") if grant == Grant::Refresh => {
            ExchangeError::RefreshTokenSpent(error.to_owned())
        }
        "invalid_grant" | "invalid_auth_code" => ExchangeError::CodeUsedOrExpired,
        "invalid_request" if description.to_ascii_lowercase().contains("verifier") => {
            ExchangeError::InvalidVerifier(description)
        }
        "login_required" => ExchangeError::LoginRequired,
        _ if status >= 500 => ExchangeError::TeslaUnavailable(status),
        other => ExchangeError::TeslaRefused { status, error: echo(other), description },
    }
}

/// Whether `token` can be a token of Tesla's: JWTs are base64url parts
/// joined by dots, Fleet refresh tokens a region prefix, `_` and
/// base64url. Anything else (quotes, `;`, `$`, spaces) is refused before
/// it can reach the screen or an export.
pub fn is_plausible_token(token: &str) -> bool {
    !token.is_empty()
        && token.len() <= MAX_TOKEN_LEN
        && token.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

fn tokens_from(fields: TokenFields, route: &Route, grant: Grant) -> Result<TokenAnswer, ExchangeError> {
    let Some(access) = fields.access_token else { return Err(ExchangeError::IncompleteTokens) };
    // Only a refresh may leave the refresh token out: the one sent stays valid.
    if fields.refresh_token.is_none() && grant == Grant::Code {
        return Err(ExchangeError::IncompleteTokens);
    }
    let implausible = || ExchangeError::ImplausibleToken(route.describe());
    let checked =
        |token: String| is_plausible_token(&token).then(|| Secret::new(token)).ok_or_else(implausible);
    Ok(TokenAnswer {
        access_token: checked(access)?,
        refresh_token: fields.refresh_token.map(checked).transpose()?,
        id_token: fields.id_token.map(checked).transpose()?,
        expires_in: fields
            .expires_in
            .filter(|&secs| secs > 0)
            .unwrap_or(tesla::DEFAULT_ACCESS_TOKEN_LIFETIME_SECS),
    })
}

#[cfg(test)]
mod tests;
