//! Step 3: the token request, and what Tesla's answer means.

use crate::oauth::callback::Callback;
use crate::oauth::pkce::PkceVerifier;
use crate::oauth::reference::ReferenceId;
use crate::oauth::region::Region;
use crate::secret::Secret;
use crate::settings;
use crate::tesla;
use crate::text::echo;
use crate::transport::http::{HttpAnswer, REQUEST_TIMEOUT_MS, TransportFailure, relay_error};
use crate::transport::route::{Body, Route};
use serde::Deserialize;
use std::time::Duration;

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

    /// The refresh token a refresh request sends; `None` for a code grant.
    fn sent_refresh_token(&self) -> Option<&Secret> {
        self.fields.iter().find(|(k, _)| *k == "refresh_token").map(|(_, v)| v)
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

/// The tokens Tesla issued. A refresh answer may leave out `refresh_token`
/// (RFC 6749 §6): then [`read_token_answer`] keeps the one sent, which
/// stays valid, so a `Tokens` always holds a refresh token.
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

/// Tokens with where and when they came from.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenSet {
    /// The tokens.
    pub tokens: Tokens,
    /// True when a refresh brought back the refresh token it sent (or none,
    /// so the one sent was kept): it is still valid and still the one to use.
    pub refresh_kept: bool,
    /// The issuer (or Fleet auth base) that minted them; refreshes go there.
    pub issuer: String,
    /// The client they were minted for (`ownerapi` or a Fleet app's id).
    pub client_id: String,
    /// When they arrived, in ms since the epoch (browser clock).
    pub received_at_ms: f64,
}

/// Which API tokens are for, from the issuer that minted them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssuedFor {
    /// An owner-API issuer (`auth.tesla.com` or `auth.tesla.cn`) and the
    /// owner-API base its tokens call.
    OwnerApi {
        /// The issuer URL.
        issuer: String,
        /// The owner-API base URL, e.g. `https://owner-api.teslamotors.com`.
        owner_api: &'static str,
    },
    /// The Fleet auth base, whose tokens call the Fleet API of the app's region.
    FleetApi {
        /// The issuer URL.
        issuer: String,
    },
}

impl TokenSet {
    /// The tokens `request` obtained, arriving at `now_ms`.
    pub fn from_answer(tokens: Tokens, request: &TokenRequest, now_ms: f64) -> Self {
        let refresh_kept = request.sent_refresh_token() == Some(&tokens.refresh_token);
        Self {
            tokens,
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

    /// Who issued these tokens and which API they are for.
    pub fn issued_for(&self) -> IssuedFor {
        let issuer = self.issuer.clone();
        match Region::of_issuer(&self.issuer) {
            Some(region) => IssuedFor::OwnerApi { issuer, owner_api: region.owner_api() },
            None => IssuedFor::FleetApi { issuer },
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

/// Why no tokens came back. The page's catalog says each in the owner's
/// words, with what to do next; `Display` is a terse line for logs.
///
/// Tesla's refusals carry the [`ReferenceId`] of their `error_uri`, if any.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExchangeError {
    /// `invalid_grant` or `invalid_auth_code` to a code: used, expired or unknown.
    #[error("code used or expired")]
    CodeUsedOrExpired {
        /// Tesla's reference for the refusal.
        reference: Option<ReferenceId>,
    },
    /// `invalid_request` about the PKCE verifier.
    #[error("verifier refused: {description}")]
    InvalidVerifier {
        /// Tesla's `error_description`, cleaned.
        description: String,
        /// Tesla's reference for the refusal.
        reference: Option<ReferenceId>,
    },
    /// `login_required` to a code.
    #[error("login required")]
    LoginRequired {
        /// Tesla's reference for the refusal.
        reference: Option<ReferenceId>,
    },
    /// A refresh token refused with `error` (`login_required` or
    /// `invalid_grant`): already used, or revoked (docs/PROTOCOL.md §3).
    #[error("refresh token spent or revoked ({error})")]
    RefreshTokenSpent {
        /// Tesla's `error` code.
        error: String,
        /// Tesla's reference for the refusal.
        reference: Option<ReferenceId>,
    },
    /// Any other OAuth refusal, with Tesla's words cleaned.
    #[error("refused: {error} ({description}, HTTP {status})")]
    TeslaRefused {
        /// The HTTP status.
        status: u16,
        /// Tesla's `error` code.
        error: String,
        /// Tesla's `error_description`, or empty.
        description: String,
        /// Tesla's reference for the refusal.
        reference: Option<ReferenceId>,
    },
    /// The relay's own `{"relay_error": …}`, cleaned.
    #[error("relay refused: {0}")]
    RelayRefused(String),
    /// Tesla's firewall (Akamai) answered an HTML 403 "Access Denied".
    #[error("access denied (HTTP 403)")]
    AccessDenied,
    /// Tesla's server failed with this HTTP status.
    #[error("tesla unavailable (HTTP {0})")]
    TeslaUnavailable(u16),
    /// An answer with this HTTP status that is not JSON: not Tesla's token endpoint.
    #[error("not JSON (HTTP {0})")]
    NotJson(u16),
    /// A success without an access token (or, to a code, a refresh token).
    #[error("incomplete tokens")]
    IncompleteTokens,
    /// A token with characters Tesla's never have, in an answer that came this way.
    #[error("implausible token ({0:?})")]
    ImplausibleToken(Route),
    /// The relay at this host (and port) could not be reached.
    #[error("relay unreachable: {0}")]
    RelayUnreachable(String),
    /// Tesla could not be reached directly (it does not, or no longer, allow CORS).
    #[error("direct unreachable")]
    DirectUnreachable,
    /// No answer within the page's own limit.
    #[error("timed out after {limit:?}")]
    TimedOut {
        /// The page's limit ([`REQUEST_TIMEOUT_MS`]).
        limit: Duration,
    },
    /// The relay gave up waiting for Tesla (HTTP 504); its reason, cleaned.
    #[error("tesla timed out: {0}")]
    TeslaTimedOut(String),
}

/// Tesla's error shape: `{"error": …, "error_description": …}`.
#[derive(Deserialize)]
struct OAuthError {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
    #[serde(default)]
    error_uri: Option<String>,
}

/// Tesla's success shape (only the fields the page uses).
#[derive(Deserialize)]
struct TokenFields {
    access_token: Option<String>,
    refresh_token: Option<String>,
    id_token: Option<String>,
    expires_in: Option<u64>,
}

/// Judges the answer to `request`, which travelled by `route`. Every field
/// is treated as hostile. A refresh answer without a refresh token keeps
/// the one `request` sent (RFC 6749 §6).
pub fn read_token_answer(
    answer: Result<HttpAnswer, TransportFailure>,
    route: &Route,
    request: &TokenRequest,
) -> Result<Tokens, ExchangeError> {
    let answer = answer.map_err(|failure| match (failure, route) {
        (TransportFailure::TimedOut, _) => {
            ExchangeError::TimedOut { limit: Duration::from_millis(REQUEST_TIMEOUT_MS.into()) }
        }
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
        return tokens_from(fields, route, request);
    }
    match serde_json::from_str::<OAuthError>(&answer.body) {
        Ok(refusal) => Err(meaning_of(answer.status, refusal, request.grant)),
        Err(_) if answer.status == 403 => Err(ExchangeError::AccessDenied),
        Err(_) if answer.status >= 500 => Err(ExchangeError::TeslaUnavailable(answer.status)),
        Err(_) => Err(ExchangeError::NotJson(answer.status)),
    }
}

fn meaning_of(status: u16, refusal: OAuthError, grant: Grant) -> ExchangeError {
    let description = echo(refusal.error_description.as_deref().unwrap_or_default());
    let reference = refusal.error_uri.as_deref().and_then(ReferenceId::from_error_uri);
    match refusal.error.as_str() {
        error @ ("login_required" | "invalid_grant") if grant == Grant::Refresh => {
            ExchangeError::RefreshTokenSpent { error: error.to_owned(), reference }
        }
        "invalid_grant" | "invalid_auth_code" => ExchangeError::CodeUsedOrExpired { reference },
        "invalid_request" if description.to_ascii_lowercase().contains("verifier") => {
            ExchangeError::InvalidVerifier { description, reference }
        }
        "login_required" => ExchangeError::LoginRequired { reference },
        _ if status >= 500 => ExchangeError::TeslaUnavailable(status),
        other => ExchangeError::TeslaRefused { status, error: echo(other), description, reference },
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

fn tokens_from(fields: TokenFields, route: &Route, request: &TokenRequest) -> Result<Tokens, ExchangeError> {
    let implausible = || ExchangeError::ImplausibleToken(route.clone());
    let checked =
        |token: String| is_plausible_token(&token).then(|| Secret::new(token)).ok_or_else(implausible);
    let access_token = checked(fields.access_token.ok_or(ExchangeError::IncompleteTokens)?)?;
    let refresh_token = match fields.refresh_token {
        Some(token) => checked(token)?,
        // Only a refresh may leave it out: the one sent stays valid.
        None => request.sent_refresh_token().cloned().ok_or(ExchangeError::IncompleteTokens)?,
    };
    Ok(Tokens {
        access_token,
        refresh_token,
        id_token: fields.id_token.map(checked).transpose()?,
        expires_in: fields
            .expires_in
            .filter(|&secs| secs > 0)
            .unwrap_or(tesla::DEFAULT_ACCESS_TOKEN_LIFETIME_SECS),
    })
}

#[cfg(test)]
mod tests;
