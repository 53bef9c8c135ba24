//! The login link opened in Tesla's own page.

use crate::oauth::pkce::PkceVerifier;
use crate::tesla;
use crate::text::echo;
use url::Url;

/// Who asks for the login: Tesla's `ownerapi` client, or a registered app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginClient {
    /// `client_id`.
    pub client_id: String,
    /// `redirect_uri`, exactly as registered for the client.
    pub redirect_uri: String,
    /// Space-separated scopes.
    pub scopes: String,
}

impl LoginClient {
    /// Tesla's own client, whose redirect ends on `tesla://auth/callback`.
    pub fn owner_api() -> Self {
        Self {
            client_id: tesla::CLIENT_ID.into(),
            redirect_uri: tesla::REDIRECT_URI.into(),
            scopes: tesla::SCOPES.into(),
        }
    }
}

/// Choices the user can make about the login.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoginOptions {
    /// Ask for the login form even if Tesla remembers an account (`prompt=login`).
    pub switch_account: bool,
    /// The account email, so Tesla can pick the region (`login_hint`).
    pub login_hint: Option<String>,
    /// The login page's language (`locale`), e.g. `en-US`.
    pub locale: Option<String>,
}

/// Why a login option is refused, shown beside its field (words in the
/// page's catalog; `Display` is a terse line for logs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoginOptionError {
    /// What was typed as the email, cleaned: not an address.
    #[error("not an email address: {0}")]
    BadEmail(String),
    /// What was typed as the language, cleaned: not `xx-XX`.
    #[error("not a locale: {0}")]
    BadLocale(String),
}

impl LoginOptions {
    /// Checks what the user typed; empty fields mean "not set".
    pub fn parse(switch_account: bool, email: &str, locale: &str) -> Result<Self, LoginOptionError> {
        let (email, locale) = (email.trim(), locale.trim());
        let plausible_email = email.len() <= 254
            && email.split('@').count() == 2
            && email.split('@').all(|part| !part.is_empty())
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if !email.is_empty() && !plausible_email {
            return Err(LoginOptionError::BadEmail(echo(email)));
        }
        let bytes = locale.as_bytes();
        let plausible_locale = bytes.len() == 5
            && bytes[..2].iter().all(u8::is_ascii_lowercase)
            && bytes[2] == b'-'
            && bytes[3..].iter().all(u8::is_ascii_uppercase);
        if !locale.is_empty() && !plausible_locale {
            return Err(LoginOptionError::BadLocale(echo(locale)));
        }
        let set = |text: &str| (!text.is_empty()).then(|| text.to_owned());
        Ok(Self { switch_account, login_hint: set(email), locale: set(locale) })
    }
}

/// Builds `{auth_base}/authorize?…` for a login with PKCE S256.
///
/// `auth_base` is [`tesla::AUTH_ISSUER`] in the page; it is a parameter so the
/// tests can check the link against any base.
pub fn authorize_url(
    auth_base: &str,
    client: &LoginClient,
    verifier: &PkceVerifier,
    state: &str,
    options: &LoginOptions,
) -> Url {
    // The base is a compile-time constant checked by the tests below; a
    // broken base is a broken build, not user input.
    let mut url = Url::parse(&format!("{auth_base}{}", tesla::AUTHORIZE_PATH))
        .unwrap_or_else(|_| unreachable!("TESLA_AUTH_BASE is not a URL"));
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("client_id", &client.client_id)
            .append_pair("redirect_uri", &client.redirect_uri)
            .append_pair("response_type", "code")
            .append_pair("scope", &client.scopes)
            .append_pair("code_challenge", &verifier.challenge())
            .append_pair("code_challenge_method", "S256")
            .append_pair("state", state);
        if options.switch_account {
            query.append_pair("prompt", "login");
        }
        if let Some(hint) = &options.login_hint {
            query.append_pair("login_hint", hint);
        }
        if let Some(locale) = &options.locale {
            query.append_pair("locale", locale);
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn query(url: &Url) -> HashMap<String, String> {
        url.query_pairs().into_owned().collect()
    }

    #[test]
    fn authorize_url_carries_every_owner_api_parameter() {
        let verifier = PkceVerifier::from_random_bytes(&[1; 64]);
        let url = authorize_url(
            tesla::AUTH_ISSUER,
            &LoginClient::owner_api(),
            &verifier,
            "the-state",
            &LoginOptions::default(),
        );
        assert_eq!(url.as_str().split('?').next(), Some("https://auth.tesla.com/oauth2/v3/authorize"));
        let query = query(&url);
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
    fn switching_account_forces_the_form_and_hints_the_email() {
        let verifier = PkceVerifier::from_random_bytes(&[1; 64]);
        let options = LoginOptions::parse(true, " second@example.com ", "de-DE").unwrap();
        let query =
            query(&authorize_url(tesla::AUTH_ISSUER, &LoginClient::owner_api(), &verifier, "s", &options));
        assert_eq!(query["prompt"], "login");
        assert_eq!(query["login_hint"], "second@example.com");
        assert_eq!(query["locale"], "de-DE");
    }

    #[test]
    fn bad_options_are_refused_beside_their_field() {
        assert_eq!(LoginOptions::parse(false, "", ""), Ok(LoginOptions::default()));
        for email in ["not-an-email", "a@b@c", "@b.c", "a b@c.d", "a@"] {
            assert!(
                matches!(LoginOptions::parse(false, email, ""), Err(LoginOptionError::BadEmail(_))),
                "{email}"
            );
        }
        for locale in ["english", "EN-us", "en_US", "en-USA", "&x=1"] {
            assert!(
                matches!(LoginOptions::parse(false, "", locale), Err(LoginOptionError::BadLocale(_))),
                "{locale}"
            );
        }
    }

    #[test]
    fn a_registered_app_uses_its_own_client_and_redirect() {
        let client = LoginClient {
            client_id: "my-app".into(),
            redirect_uri: "https://me.github.io/tokens/".into(),
            scopes: tesla::FLEET_SCOPES.into(),
        };
        let verifier = PkceVerifier::from_random_bytes(&[2; 64]);
        let query =
            query(&authorize_url(tesla::AUTH_ISSUER, &client, &verifier, "s", &LoginOptions::default()));
        assert_eq!(query["client_id"], "my-app");
        assert_eq!(query["redirect_uri"], "https://me.github.io/tokens/");
        assert!(query["scope"].starts_with("openid offline_access user_data"));
    }

    #[test]
    fn authorize_url_never_contains_the_verifier() {
        let verifier = PkceVerifier::from_random_bytes(&[9; 64]);
        let url = authorize_url(
            tesla::AUTH_ISSUER,
            &LoginClient::owner_api(),
            &verifier,
            "s",
            &LoginOptions::default(),
        );
        assert!(!url.as_str().contains(verifier.secret()));
    }
}
