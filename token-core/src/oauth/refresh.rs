//! A pasted refresh token: is it one, whose is it, and where may it go.

use crate::claims::{InspectError, Role, TokenKind, header_alg, inspect};
use crate::oauth::region::Region;
use crate::oauth::token::{TokenRequest, fleet_refresh_request, refresh_request};
use crate::secret::Secret;
use crate::text::echo;

/// Why a pasted refresh token cannot be used. Nothing is sent for any of
/// them; the page's catalog says each in the owner's words, with what to do
/// instead. `Display` is a terse line for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefreshInputError {
    /// Not readable as a token at all.
    #[error(transparent)]
    Unreadable(#[from] InspectError),
    /// A pre-2021 v2 token (`qts-`/`eu-`/`cn-` + 64 hex), retired in March 2022.
    #[error("retired v2 token")]
    RetiredV2,
    /// An access token: it cannot mint tokens.
    #[error("an access token, not a refresh token")]
    AccessToken,
    /// An id_token: it cannot mint tokens.
    #[error("an id_token, not a refresh token")]
    IdToken,
    /// The token's `iss`, cleaned, is not one of Tesla's issuers.
    #[error("untrusted issuer {0}")]
    UntrustedIssuer(String),
    /// The token names no issuer and no region was chosen.
    #[error("no issuer and no region")]
    NeedsRegion,
    /// An opaque Fleet API refresh token, and no client id was given.
    #[error("fleet refresh token {region}_… needs a client id (field {field:?})")]
    FleetNeedsClientId {
        /// Its region prefix: `NA`, `EU` or `CN`.
        region: String,
        /// Whether the place it was pasted has a client-id field of its own.
        field: ClientIdField,
    },
    /// The signature is shorter than the header's algorithm allows: the
    /// paste lost the token's end. Tesla would refuse it as if it were spent.
    #[error("cut off: {algorithm} signature of {length} characters, at least {minimum}")]
    CutOff {
        /// The header's `alg`, e.g. `RS256`.
        algorithm: &'static str,
        /// The signature's length, in base64url characters.
        length: usize,
        /// The shortest signature `algorithm` makes, in base64url characters.
        minimum: usize,
    },
}

/// Whether the place a refresh token was pasted has a client-id field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientIdField {
    /// "Already have a refresh token?": its own field, beside the token.
    Beside,
    /// A place with no such field (the inspector).
    Absent,
}

/// The shortest signature of each JWS algorithm, in base64url characters
/// without padding (4 per 3 bytes, rounded up): RSA keys are at least 2048
/// bits, so 256 bytes (RFC 7518 §3.3, §3.5); ECDSA signatures are 64, 96 and
/// 132 bytes (§3.4); HMAC ones the hash's size (§3.2); Ed25519 64 bytes
/// (RFC 8037). Tesla signs with RS256 (docs/PROTOCOL.md, Tokens).
const MIN_SIGNATURE_CHARS: [(&str, usize); 13] = [
    ("RS256", 342),
    ("RS384", 342),
    ("RS512", 342),
    ("PS256", 342),
    ("PS384", 342),
    ("PS512", 342),
    ("ES256", 86),
    ("ES384", 128),
    ("ES512", 176),
    ("HS256", 43),
    ("HS384", 64),
    ("HS512", 86),
    ("EdDSA", 86),
];

/// The request that refreshes `pasted`, at the issuer it belongs to.
///
/// A JWT names its issuer (`iss`), which must be a trusted one; a token
/// that names none goes to `region`'s issuer, if the user chose one. A
/// Fleet refresh token needs `fleet_client_id`: `None` where the page has
/// no client-id field, `Some` (maybe empty) beside one.
pub fn refresh_request_for(
    pasted: &str,
    region: Option<Region>,
    fleet_client_id: Option<&str>,
) -> Result<TokenRequest, RefreshInputError> {
    let token = Secret::new(pasted.trim());
    match inspect(pasted)? {
        TokenKind::RetiredV2 => Err(RefreshInputError::RetiredV2),
        TokenKind::FleetRefresh(prefix) => match fleet_client_id.map(str::trim) {
            Some(client_id) if !client_id.is_empty() => Ok(fleet_refresh_request(client_id, &token)),
            Some(_) => {
                Err(RefreshInputError::FleetNeedsClientId { region: prefix, field: ClientIdField::Beside })
            }
            None => {
                Err(RefreshInputError::FleetNeedsClientId { region: prefix, field: ClientIdField::Absent })
            }
        },
        TokenKind::Jwt(claims) => {
            match claims.role() {
                Role::Access => return Err(RefreshInputError::AccessToken),
                Role::Id => return Err(RefreshInputError::IdToken),
                Role::Refresh | Role::Unknown => {}
            }
            check_signature_length(token.expose())?;
            let region = match claims.iss.as_deref() {
                Some(iss) => {
                    Region::of_issuer(iss).ok_or_else(|| RefreshInputError::UntrustedIssuer(echo(iss)))?
                }
                None => region.ok_or(RefreshInputError::NeedsRegion)?,
            };
            Ok(refresh_request(region.issuer(), &token))
        }
    }
}

/// Refuses a JWT whose signature is shorter than its algorithm makes: a
/// paste that lost its end, which Tesla would answer as "already used".
/// An algorithm not in the table is not judged.
fn check_signature_length(jwt: &str) -> Result<(), RefreshInputError> {
    let Some(alg) = header_alg(jwt) else { return Ok(()) };
    let Some(&(algorithm, minimum)) = MIN_SIGNATURE_CHARS.iter().find(|(name, _)| *name == alg) else {
        return Ok(());
    };
    let length = jwt.rsplit('.').next().map_or(0, str::len);
    if length < minimum {
        return Err(RefreshInputError::CutOff { algorithm, length, minimum });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    /// An RS256 JWT (header `{"alg":"RS256"}`) whose signature has `signature_chars` characters.
    fn signed(claims: &str, signature_chars: usize) -> String {
        format!("eyJhbGciOiJSUzI1NiJ9.{}.{}", URL_SAFE_NO_PAD.encode(claims), "s".repeat(signature_chars))
    }

    /// An RS256 JWT with a signature as long as a 2048-bit key makes.
    fn jwt(claims: &str) -> String {
        signed(claims, 342)
    }

    #[test]
    fn a_refresh_token_goes_to_the_issuer_it_names() {
        let cn =
            jwt(r#"{"iss":"https://auth.tesla.cn/oauth2/v3","aud":"https://auth.tesla.cn/oauth2/v3/token"}"#);
        let request = refresh_request_for(&format!("  {cn}\n"), None, None).unwrap();
        assert_eq!(request.endpoint, "https://auth.tesla.cn/oauth2/v3/token");
        assert!(request.body(false).text.expose().contains(&format!("\"refresh_token\":\"{cn}\"")));
    }

    #[test]
    fn a_token_without_issuer_needs_a_region() {
        let bare = jwt(r#"{"sub":"x"}"#);
        assert_eq!(refresh_request_for(&bare, None, None).unwrap_err(), RefreshInputError::NeedsRegion);
        let request = refresh_request_for(&bare, Some(Region::China), None).unwrap();
        assert_eq!(request.endpoint, "https://auth.tesla.cn/oauth2/v3/token");
    }

    #[test]
    fn wrong_kinds_of_token_are_named() {
        let access =
            jwt(r#"{"iss":"https://auth.tesla.com/oauth2/v3","aud":["https://owner-api.teslamotors.com/"]}"#);
        let id = jwt(r#"{"iss":"https://auth.tesla.com/oauth2/v3","aud":"ownerapi","email":"a@b.c"}"#);
        assert_eq!(refresh_request_for(&access, None, None).unwrap_err(), RefreshInputError::AccessToken);
        assert_eq!(refresh_request_for(&id, None, None).unwrap_err(), RefreshInputError::IdToken);
        let v2 = format!("qts-{}", "a".repeat(64));
        assert_eq!(refresh_request_for(&v2, None, None).unwrap_err(), RefreshInputError::RetiredV2);
        assert!(matches!(refresh_request_for("nope", None, None), Err(RefreshInputError::Unreadable(_))));
    }

    #[test]
    fn a_foreign_issuer_gets_nothing() {
        let evil = jwt(r#"{"iss":"https://evil.example/oauth2/v3"}"#);
        assert_eq!(
            refresh_request_for(&evil, Some(Region::Global), None).unwrap_err(),
            RefreshInputError::UntrustedIssuer("https://evil.example/oauth2/v3".into())
        );
    }

    #[test]
    fn fleet_refresh_tokens_need_the_apps_client_id() {
        let fleet = "NA_0123456789abcdef0123456789";
        let request = refresh_request_for(fleet, None, Some("my-app")).unwrap();
        assert_eq!(request.endpoint, "https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token");
    }

    #[test]
    fn a_fleet_token_without_client_id_says_whether_a_field_is_beside_it() {
        // Pins a bug: under "Already have a refresh token?", an NA_ token was sent to the
        // client id "under Your own app below", though that box has its own field.
        let fleet = "NA_0123456789abcdef0123456789";
        assert_eq!(
            refresh_request_for(fleet, None, Some("  ")).unwrap_err(),
            RefreshInputError::FleetNeedsClientId { region: "NA".into(), field: ClientIdField::Beside }
        );
        assert_eq!(
            refresh_request_for(fleet, None, None).unwrap_err(),
            RefreshInputError::FleetNeedsClientId { region: "NA".into(), field: ClientIdField::Absent }
        );
    }

    #[test]
    fn a_refresh_token_cut_inside_its_signature_is_called_cut_off_and_not_sent() {
        // Pins a bug: a paste that lost its end went to Tesla, whose refusal read "already used".
        let claims =
            r#"{"iss":"https://auth.tesla.com/oauth2/v3","aud":"https://auth.tesla.com/oauth2/v3/token"}"#;
        assert_eq!(
            refresh_request_for(&signed(claims, 200), None, None).unwrap_err(),
            RefreshInputError::CutOff { algorithm: "RS256", length: 200, minimum: 342 }
        );
        assert_eq!(
            refresh_request_for(&signed(claims, 341), None, None).unwrap_err(),
            RefreshInputError::CutOff { algorithm: "RS256", length: 341, minimum: 342 }
        );
        assert!(refresh_request_for(&signed(claims, 342), None, None).is_ok());
        // An algorithm with shorter signatures is judged by its own minimum.
        let es256 = format!("eyJhbGciOiJFUzI1NiJ9.{}.{}", URL_SAFE_NO_PAD.encode(claims), "s".repeat(86));
        assert!(refresh_request_for(&es256, None, None).is_ok());
        let cut = &es256[..es256.len() - 1];
        assert!(matches!(
            refresh_request_for(cut, None, None),
            Err(RefreshInputError::CutOff { algorithm: "ES256", length: 85, minimum: 86 })
        ));
    }
}
