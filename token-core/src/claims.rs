//! Reading a token for display: JWT claims, retired v2 tokens, opaque Fleet
//! refresh tokens. Nothing here is trusted for security; it only explains.

use crate::text::echo;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;

/// The longest token inspected.
const MAX_TOKEN_LEN: usize = 16 * 1024;

/// Below this many seconds left, an access token is shown as expiring.
pub const EXPIRY_WARNING_SECS: i64 = 15 * 60;

/// What a pasted or issued token is (the page words it:
/// `catalog::display::token_kind`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    /// A v3 JWT with its claims (boxed: they are much larger than the rest).
    Jwt(Box<Claims>),
    /// A pre-2021 owner-API token (`qts-`/`eu-`/`cn-` + 64 hex), retired in March 2022.
    RetiredV2,
    /// An opaque Fleet API refresh token with its region prefix (`NA`, `EU`, `CN`).
    FleetRefresh(String),
}

impl TokenKind {
    /// Whether it can mint new tokens (so the inspector offers a refresh).
    pub fn can_refresh(&self) -> bool {
        match self {
            Self::FleetRefresh(_) => true,
            Self::Jwt(claims) => claims.role() == Role::Refresh,
            Self::RetiredV2 => false,
        }
    }
}

/// What a JWT seems to be for, from its claims (display only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Calls the owner or Fleet API.
    Access,
    /// Mints new tokens.
    Refresh,
    /// Says who logged in (carries `email`).
    Id,
    /// Could not tell.
    Unknown,
}

/// A string or a list of strings, as `aud` and `scp` come.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single value.
    One(String),
    /// Several values.
    Many(Vec<String>),
}

impl OneOrMany {
    /// Every value.
    pub fn values(&self) -> Vec<&str> {
        match self {
            Self::One(one) => vec![one.as_str()],
            Self::Many(many) => many.iter().map(String::as_str).collect(),
        }
    }

    fn joined(&self, separator: &str) -> String {
        self.values().join(separator)
    }
}

/// The claims the page shows; everything else is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Claims {
    pub iss: Option<String>,
    pub aud: Option<OneOrMany>,
    pub sub: Option<String>,
    pub scp: Option<OneOrMany>,
    pub azp: Option<String>,
    pub ou_code: Option<String>,
    pub email: Option<String>,
    pub iat: Option<i64>,
    pub exp: Option<i64>,
    pub typ: Option<String>,
}

/// Which claim a row of the claims table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimLabel {
    /// `iss`.
    Issuer,
    /// `aud`, joined with `, `.
    Audience,
    /// `scp`, joined with spaces.
    Scopes,
    /// `ou_code`, the account's region.
    Region,
    /// `sub`.
    Subject,
    /// `azp`, the client.
    Client,
    /// `email`.
    Email,
    /// `iat`.
    Issued,
    /// `exp`.
    Expires,
}

/// One line of the claims table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimValue {
    /// Text, already cut short and cleaned.
    Text(String),
    /// A moment, in seconds since the epoch (the view formats it locally).
    Time(i64),
}

impl Claims {
    /// The rows of the claims table, in reading order, present claims only.
    pub fn rows(&self) -> Vec<(ClaimLabel, ClaimValue)> {
        let text = |label, value: Option<String>| value.map(|v| (label, ClaimValue::Text(echo(&v))));
        [
            text(ClaimLabel::Issuer, self.iss.clone()),
            text(ClaimLabel::Audience, self.aud.as_ref().map(|a| a.joined(", "))),
            text(ClaimLabel::Scopes, self.scp.as_ref().map(|s| s.joined(" "))),
            text(ClaimLabel::Region, self.ou_code.clone()),
            text(ClaimLabel::Subject, self.sub.clone()),
            text(ClaimLabel::Client, self.azp.clone()),
            text(ClaimLabel::Email, self.email.clone()),
            self.iat.map(|t| (ClaimLabel::Issued, ClaimValue::Time(t))),
            self.exp.map(|t| (ClaimLabel::Expires, ClaimValue::Time(t))),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// What the token seems to be for.
    pub fn role(&self) -> Role {
        let audiences = self.aud.as_ref().map(OneOrMany::values).unwrap_or_default();
        if self.email.is_some() {
            Role::Id
        } else if self.typ.as_deref() == Some("refresh") || audiences.iter().any(|a| a.ends_with("/token")) {
            Role::Refresh
        } else if audiences.iter().any(|a| a.contains("owner-api") || a.contains("fleet-api")) {
            Role::Access
        } else {
            Role::Unknown
        }
    }
}

/// The part of a JWT that could not be decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JwtPart {
    /// The payload is not base64url.
    PayloadEncoding,
    /// The payload is not a JSON object of the claims' types.
    Claims,
}

/// Why a string could not be read as a token. The `Display` is a terse
/// note for developers; the page words it (`catalog::display::inspect_error`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InspectError {
    /// Nothing but white space.
    #[error("empty")]
    Empty,
    /// Longer than any Tesla token (16 KiB).
    #[error("too long")]
    TooLong,
    /// Neither a JWT (three dot-separated parts) nor a known opaque token.
    #[error("not a token")]
    NotAToken,
    /// Three parts, but this one does not decode.
    #[error("malformed jwt: {0:?}")]
    Malformed(JwtPart),
}

/// Reads a token for display.
pub fn inspect(text: &str) -> Result<TokenKind, InspectError> {
    let token = text.trim();
    if token.is_empty() {
        return Err(InspectError::Empty);
    }
    if token.len() > MAX_TOKEN_LEN {
        return Err(InspectError::TooLong);
    }
    if is_retired_v2(token) {
        return Ok(TokenKind::RetiredV2);
    }
    if let Some(region) = fleet_refresh_region(token) {
        return Ok(TokenKind::FleetRefresh(region.to_owned()));
    }
    let mut parts = token.split('.');
    let (Some(_header), Some(payload), Some(_signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(InspectError::NotAToken);
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| InspectError::Malformed(JwtPart::PayloadEncoding))?;
    let claims = serde_json::from_slice(&bytes).map_err(|_| InspectError::Malformed(JwtPart::Claims))?;
    Ok(TokenKind::Jwt(Box::new(claims)))
}

/// `qts-`, `eu-` or `cn-` followed by 64 hex digits.
fn is_retired_v2(token: &str) -> bool {
    ["qts-", "eu-", "cn-"].iter().any(|prefix| {
        token
            .strip_prefix(prefix)
            .is_some_and(|hex| hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
    })
}

/// The signing algorithm a JWT's header names (`alg`, e.g. `RS256`);
/// `None` if `token` has no decodable JSON header with one.
pub fn header_alg(token: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Header {
        alg: String,
    }
    let header = token.trim().split('.').next()?;
    let bytes = URL_SAFE_NO_PAD.decode(header.trim_end_matches('=')).ok()?;
    serde_json::from_slice::<Header>(&bytes).ok().map(|header| header.alg)
}

/// The region of an opaque Fleet refresh token (`NA_…`, `EU_…`, `CN_…`).
fn fleet_refresh_region(token: &str) -> Option<&str> {
    let (region, rest) = token.split_once('_')?;
    let plausible = ["NA", "EU", "CN"].contains(&region)
        && rest.len() >= 16
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    plausible.then_some(region)
}

/// How an expiry compares with now (the page words it with the duration:
/// `catalog::display`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiry {
    /// Plenty of time left (seconds).
    Valid(i64),
    /// Less than [`EXPIRY_WARNING_SECS`] left (seconds).
    Soon(i64),
    /// Expired this many seconds ago.
    Expired(i64),
}

impl Expiry {
    /// Compares an `exp` claim with the current time (both in seconds).
    /// Saturating: `exp` comes from a pasted token and may be any number.
    pub fn at(exp: i64, now: i64) -> Self {
        match exp.saturating_sub(now) {
            left if left <= 0 => Self::Expired(now.saturating_sub(exp)),
            left if left < EXPIRY_WARNING_SECS => Self::Soon(left),
            left => Self::Valid(left),
        }
    }
}

#[cfg(test)]
mod tests;
