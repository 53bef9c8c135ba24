//! "Your own app": a registered Fleet API app whose redirect URI is this
//! page, so the login tab comes back here and no developer tools are needed.

use crate::oauth::authorize::{LoginClient, LoginOptions, authorize_url};
use crate::oauth::channel::LoginResult;
use crate::oauth::pkce::PkceVerifier;
use crate::oauth::token::{FleetProof, TokenRequest, fleet_code_request};
use crate::secret::Secret;
use crate::settings;
use crate::settings::syntax::is_client_id;
use crate::tesla;
use crate::text::echo;
use url::Url;

/// A Fleet API region, which names the `audience` of the tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FleetRegion {
    /// North America, Asia-Pacific.
    NorthAmerica,
    /// Europe, Middle East, Africa.
    Europe,
    /// China.
    China,
}

impl FleetRegion {
    /// Every region, in the order the page lists them.
    pub const ALL: [Self; 3] = [Self::NorthAmerica, Self::Europe, Self::China];

    /// The Fleet API base, sent as `audience`.
    pub fn audience(self) -> &'static str {
        match self {
            Self::NorthAmerica => tesla::FLEET_API_NA,
            Self::Europe => tesla::FLEET_API_EU,
            Self::China => tesla::FLEET_API_CN,
        }
    }

    /// Tesla's short name of the region (`na`, `eu`, `cn`, as in the Fleet
    /// API hosts and `GET /api/1/users/region`), e.g. for a form value.
    pub fn code(self) -> &'static str {
        match self {
            Self::NorthAmerica => "na",
            Self::Europe => "eu",
            Self::China => "cn",
        }
    }

    /// The region whose [`code`](Self::code) is `code`.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|region| region.code() == code)
    }
}

/// The app's settings, as the user entered them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FleetSettings {
    /// The app's client id.
    pub client_id: String,
    /// Space-separated scopes.
    pub scopes: String,
    /// The region of the account.
    pub region: FleetRegion,
    /// A third-party app's secret; `None` for an open-source (PKCE) app.
    pub client_secret: Option<Secret>,
}

/// Why a Fleet setting is refused, shown beside its field (words in the
/// page's catalog; `Display` is a terse line for logs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FleetSettingError {
    /// No client id.
    #[error("no client id")]
    MissingClientId,
    /// The client id typed, cleaned: not only letters, digits, `-` and `_`.
    #[error("bad client id: {0}")]
    BadClientId(String),
    /// Scopes that are not lower-case words separated by spaces.
    #[error("bad scopes")]
    BadScopes,
    /// Scopes without `offline_access`: Tesla would send no refresh token.
    #[error("no offline_access scope")]
    NoOfflineAccess,
}

impl FleetSettings {
    /// Checks what the user entered; an empty secret means an open-source app.
    pub fn parse(
        client_id: &str,
        scopes: &str,
        region: FleetRegion,
        secret: &str,
    ) -> Result<Self, FleetSettingError> {
        let client_id = client_id.trim();
        if client_id.is_empty() {
            return Err(FleetSettingError::MissingClientId);
        }
        if !is_client_id(client_id) {
            return Err(FleetSettingError::BadClientId(echo(client_id)));
        }
        let scopes = scopes.split_whitespace().collect::<Vec<_>>();
        if scopes.is_empty()
            || !scopes.iter().all(|s| s.len() <= 64 && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        {
            return Err(FleetSettingError::BadScopes);
        }
        if !scopes.contains(&"offline_access") {
            return Err(FleetSettingError::NoOfflineAccess);
        }
        let secret = secret.trim();
        Ok(Self {
            client_id: client_id.to_owned(),
            scopes: scopes.join(" "),
            region,
            client_secret: (!secret.is_empty()).then(|| Secret::new(secret)),
        })
    }
}

/// The redirect URI to register for the app: this page's address without
/// query or fragment.
pub fn redirect_uri_for(page_url: &Url) -> String {
    let mut redirect = page_url.clone();
    redirect.set_query(None);
    redirect.set_fragment(None);
    redirect.into()
}

/// A Fleet login started from this tab, waiting for the login tab's result.
#[derive(Debug)]
pub struct FleetLogin {
    settings: FleetSettings,
    verifier: PkceVerifier,
    state: String,
    redirect_uri: String,
}

/// Why a login result cannot be exchanged (words in the page's catalog;
/// `Display` is a terse line for logs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FleetResultError {
    /// A result for another login (its `state` differs): ignored.
    #[error("state mismatch")]
    StateMismatch,
    /// Tesla refused the login, or the owner cancelled it.
    #[error("login refused: {error} ({description})")]
    Refused {
        /// Tesla's `error` code, cleaned.
        error: String,
        /// Tesla's `error_description`, cleaned, or empty.
        description: String,
    },
}

impl FleetLogin {
    /// Starts a login whose redirect comes back to `page_url` (this page,
    /// without query or fragment, as registered for the app), Tesla's page
    /// in `locale` (`de-DE`; `None` lets Tesla choose).
    pub fn start(
        settings: FleetSettings,
        verifier: PkceVerifier,
        state: String,
        page_url: &Url,
        locale: Option<String>,
    ) -> (Self, Url) {
        let mut redirect = page_url.clone();
        redirect.set_query(None);
        redirect.set_fragment(None);
        let client = LoginClient {
            client_id: settings.client_id.clone(),
            redirect_uri: redirect.to_string(),
            scopes: settings.scopes.clone(),
        };
        let options = LoginOptions { locale, ..LoginOptions::default() };
        let url = authorize_url(settings::AUTH_BASE, &client, &verifier, &state, &options);
        (Self { settings, verifier, state, redirect_uri: client.redirect_uri }, url)
    }

    /// The redirect URI to register for the app (this page's address).
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// The token request for a result from the login tab, if it is ours.
    pub fn request_for(&self, result: &LoginResult) -> Result<TokenRequest, FleetResultError> {
        if result.state() != self.state {
            return Err(FleetResultError::StateMismatch);
        }
        match result {
            LoginResult::Refused { error, description, .. } => {
                Err(FleetResultError::Refused { error: error.clone(), description: description.clone() })
            }
            LoginResult::Code { code, .. } => {
                let proof = match &self.settings.client_secret {
                    Some(secret) => FleetProof::ClientSecret(secret),
                    None => FleetProof::Verifier(&self.verifier),
                };
                Ok(fleet_code_request(
                    &self.settings.client_id,
                    proof,
                    code,
                    self.settings.region.audience(),
                    &self.redirect_uri,
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(secret: &str) -> FleetSettings {
        FleetSettings::parse(" my-app ", tesla::FLEET_SCOPES, FleetRegion::Europe, secret).unwrap()
    }

    /// A login started from `https://me.github.io/` with state `st`.
    fn started(settings: FleetSettings) -> FleetLogin {
        let page = Url::parse("https://me.github.io/").unwrap();
        FleetLogin::start(settings, PkceVerifier::from_random_bytes(&[8; 64]), "st".into(), &page, None).0
    }

    fn fields(request: &TokenRequest) -> std::collections::HashMap<String, String> {
        url::form_urlencoded::parse(request.body(false).text.expose().as_bytes()).into_owned().collect()
    }

    #[test]
    fn settings_are_checked_beside_their_fields() {
        assert_eq!(
            FleetSettings::parse("", "openid offline_access", FleetRegion::Europe, ""),
            Err(FleetSettingError::MissingClientId)
        );
        assert!(matches!(
            FleetSettings::parse("a b", "offline_access", FleetRegion::Europe, ""),
            Err(FleetSettingError::BadClientId(_))
        ));
        assert_eq!(
            FleetSettings::parse("a", "openid Bad!", FleetRegion::Europe, ""),
            Err(FleetSettingError::BadScopes)
        );
        assert_eq!(
            FleetSettings::parse("a", "openid", FleetRegion::Europe, ""),
            Err(FleetSettingError::NoOfflineAccess)
        );
        let ok = settings("");
        assert_eq!(ok.client_id, "my-app");
        assert_eq!(ok.client_secret, None);
        assert!(settings(" s3cret ").client_secret.is_some());
    }

    #[test]
    fn the_login_comes_back_to_this_page_and_is_exchanged_with_pkce() {
        let page = Url::parse("https://me.github.io/tokens/?relay=x#top").unwrap();
        let verifier = PkceVerifier::from_random_bytes(&[8; 64]);
        let challenge = verifier.challenge();
        let (login, url) =
            FleetLogin::start(settings(""), verifier, "st".into(), &page, Some("de-DE".into()));
        assert!(url.query_pairs().any(|(k, v)| k == "locale" && v == "de-DE"), "{url}");
        assert_eq!(login.redirect_uri(), "https://me.github.io/tokens/");
        let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(query["client_id"], "my-app");
        assert_eq!(query["redirect_uri"], "https://me.github.io/tokens/");
        assert_eq!(query["code_challenge"], challenge);

        let result = LoginResult::Code { code: Secret::new("NA_c"), state: "st".into(), issuer: None };
        let request = login.request_for(&result).unwrap();
        let sent = fields(&request);
        assert_eq!(sent["audience"], "https://fleet-api.prd.eu.vn.cloud.tesla.com");
        assert_eq!(sent["redirect_uri"], "https://me.github.io/tokens/");
        assert_eq!(sent["code"], "NA_c");
        assert!(sent.contains_key("code_verifier") && !sent.contains_key("client_secret"));
    }

    #[test]
    fn a_third_party_app_sends_its_secret_instead() {
        let login = started(settings("s3cret"));
        let result = LoginResult::Code { code: Secret::new("NA_c"), state: "st".into(), issuer: None };
        let sent = fields(&login.request_for(&result).unwrap());
        assert_eq!(sent["client_secret"], "s3cret");
        assert!(!sent.contains_key("code_verifier"));
    }

    #[test]
    fn results_of_other_logins_and_refusals_are_not_exchanged() {
        let login = started(settings(""));
        let foreign = LoginResult::Code { code: Secret::new("NA_c"), state: "other".into(), issuer: None };
        assert_eq!(login.request_for(&foreign).unwrap_err(), FleetResultError::StateMismatch);
        let refused = LoginResult::Refused {
            error: "login_cancelled".into(),
            description: "User cancelled login".into(),
            state: "st".into(),
        };
        assert!(matches!(login.request_for(&refused), Err(FleetResultError::Refused { .. })));
    }
}
