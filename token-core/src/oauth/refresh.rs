//! A pasted refresh token: is it one, whose is it, and where may it go.

use crate::claims::{InspectError, Role, TokenKind, inspect};
use crate::oauth::region::Region;
use crate::oauth::token::{TokenRequest, fleet_refresh_request, refresh_request};
use crate::secret::Secret;
use crate::text::echo;

/// Why a pasted refresh token cannot be used, each with what to do instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefreshInputError {
    #[error(transparent)]
    Unreadable(#[from] InspectError),
    #[error(
        "This is a pre-2021 owner-API token (qts-, eu- or cn- and 64 hex digits). Tesla retired \
         those in March 2022; it cannot be refreshed. Log in at step 1 to get new tokens."
    )]
    RetiredV2,
    #[error(
        "This is an access token, not a refresh token: it calls the API for 8 hours and cannot \
         mint new tokens. Paste the refresh token that came with it, or log in at step 1."
    )]
    AccessToken,
    #[error(
        "This is an id_token (it says who logged in), not a refresh token. Paste the refresh \
         token, or log in at step 1."
    )]
    IdToken,
    #[error(
        "This token names an issuer this page does not trust ({0}), so it is not sent anywhere. \
         Only Tesla's own servers may receive your refresh token."
    )]
    UntrustedIssuer(String),
    #[error("This token does not say which region it belongs to: choose Global or China, then refresh.")]
    NeedsRegion,
    #[error(
        "This is a Fleet API refresh token ({0}_…). Refreshing it needs your app's client id: \
         enter it under \"Your own app\" below."
    )]
    FleetNeedsClientId(String),
}

/// The request that refreshes `pasted`, at the issuer it belongs to.
///
/// A JWT names its issuer (`iss`), which must be a trusted one; a token
/// that names none goes to `region`'s issuer, if the user chose one.
pub fn refresh_request_for(
    pasted: &str,
    region: Option<Region>,
    fleet_client_id: Option<&str>,
) -> Result<TokenRequest, RefreshInputError> {
    let token = Secret::new(pasted.trim());
    match inspect(pasted)? {
        TokenKind::RetiredV2 => Err(RefreshInputError::RetiredV2),
        TokenKind::FleetRefresh(prefix) => match fleet_client_id.map(str::trim).filter(|id| !id.is_empty()) {
            Some(client_id) => Ok(fleet_refresh_request(client_id, &token)),
            None => Err(RefreshInputError::FleetNeedsClientId(prefix)),
        },
        TokenKind::Jwt(claims) => {
            match claims.role() {
                Role::Access => return Err(RefreshInputError::AccessToken),
                Role::Id => return Err(RefreshInputError::IdToken),
                Role::Refresh | Role::Unknown => {}
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    fn jwt(claims: &str) -> String {
        format!("eyJhbGciOiJSUzI1NiJ9.{}.sig", URL_SAFE_NO_PAD.encode(claims))
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
        assert_eq!(
            refresh_request_for(fleet, None, Some("  ")).unwrap_err(),
            RefreshInputError::FleetNeedsClientId("NA".into())
        );
        let request = refresh_request_for(fleet, None, Some("my-app")).unwrap();
        assert_eq!(request.endpoint, "https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token");
    }
}
