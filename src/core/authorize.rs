//! The login link opened in Tesla's own page.

use super::pkce::PkceVerifier;
use super::tesla;
use url::Url;

/// Builds `{auth_base}/authorize?…` for an owner-API login with PKCE S256.
///
/// `auth_base` is [`tesla::AUTH_BASE`] in the page; it is a parameter so the
/// tests can check the link against any base.
pub fn authorize_url(auth_base: &str, verifier: &PkceVerifier, state: &str) -> Url {
    // The base is a compile-time constant checked by the tests below; a
    // broken base is a broken build, not user input.
    let mut url = Url::parse(&format!("{auth_base}/authorize"))
        .unwrap_or_else(|_| unreachable!("TESLA_AUTH_BASE is not a URL"));
    url.query_pairs_mut()
        .append_pair("client_id", tesla::CLIENT_ID)
        .append_pair("redirect_uri", tesla::REDIRECT_URI)
        .append_pair("response_type", "code")
        .append_pair("scope", tesla::SCOPES)
        .append_pair("code_challenge", &verifier.challenge())
        .append_pair("code_challenge_method", "S256")
        .append_pair("state", state);
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn authorize_url_carries_every_owner_api_parameter() {
        let verifier = PkceVerifier::from_random_bytes(&[1; 64]);
        let url = authorize_url(tesla::AUTH_BASE, &verifier, "the-state");
        assert_eq!(url.as_str().split('?').next(), Some("https://auth.tesla.com/oauth2/v3/authorize"));
        let query: HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(query["client_id"], "ownerapi");
        assert_eq!(query["redirect_uri"], "tesla://auth/callback");
        assert_eq!(query["response_type"], "code");
        assert_eq!(query["scope"], "openid email offline_access");
        assert_eq!(query["code_challenge"], verifier.challenge());
        assert_eq!(query["code_challenge_method"], "S256");
        assert_eq!(query["state"], "the-state");
        assert_eq!(query.len(), 7);
    }

    #[test]
    fn authorize_url_never_contains_the_verifier() {
        let verifier = PkceVerifier::from_random_bytes(&[9; 64]);
        let url = authorize_url(tesla::AUTH_BASE, &verifier, "s");
        assert!(!url.as_str().contains(verifier.secret()));
    }
}
