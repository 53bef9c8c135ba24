//! How the double behaves: which redirect it plays, how long codes live,
//! CORS, registered Fleet apps; and where on its own address each of
//! Tesla's hosts lives.

use crate::accounts::Region;
use std::time::Duration;
use token_core::tesla;

/// Where the China auth host (`auth.tesla.cn`) lives on the double's address.
pub const CHINA_PREFIX: &str = "/cn";

/// Where the Fleet auth host (`fleet-auth.prd.vn.cloud.tesla.com`) lives on
/// the double's address.
pub const FLEET_PREFIX: &str = "/fleet";

/// Which redirect URI the `ownerapi` client has registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedirectMode {
    /// Since April 2026: [`tesla::REDIRECT_URI`] (`tesla://auth/callback`).
    AppScheme,
    /// Before: `https://auth.tesla.com/void/callback` ("Page Not Found").
    LegacyVoid,
}

impl RedirectMode {
    /// The one redirect URI this mode accepts, from Tesla's table.
    pub fn redirect_uri(self) -> String {
        match self {
            Self::AppScheme => tesla::REDIRECT_URI.to_owned(),
            Self::LegacyVoid => {
                format!("{}{}", tesla::origin_of_base(tesla::AUTH_ISSUER), tesla::LEGACY_CALLBACK_PATH)
            }
        }
    }
}

/// A registered Fleet API app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FleetApp {
    /// Its client id.
    pub client_id: String,
    /// Its one registered redirect URI.
    pub redirect_uri: String,
    /// A third-party app's secret; `None` for an open-source (PKCE) app.
    pub client_secret: Option<String>,
}

/// How the double behaves.
#[derive(Debug, Clone)]
pub struct DoubleConfig {
    /// Its address as the browser sees it, e.g. `http://127.0.0.1:38443`;
    /// the issuers are `{base}/oauth2/v3` and `{base}/cn/oauth2/v3`.
    pub base: String,
    /// The registered redirect URI of `ownerapi`.
    pub redirect: RedirectMode,
    /// How long a code can be exchanged ("minutes" at Tesla).
    pub code_lifetime: Duration,
    /// Send `Access-Control-Allow-Origin: *` from the token endpoints
    /// (unverified at Tesla; the page must work either way).
    pub cors: bool,
    /// Registered Fleet API apps.
    pub fleet_apps: Vec<FleetApp>,
}

impl DoubleConfig {
    /// A config with Tesla's current behaviour for the double at `base`.
    pub fn new(base: impl Into<String>) -> Self {
        Self {
            base: base.into(),
            redirect: RedirectMode::AppScheme,
            code_lifetime: Duration::from_secs(120),
            cors: false,
            fleet_apps: Vec::new(),
        }
    }

    /// The issuer of accounts in `region`: `{base}/oauth2/v3` or `{base}/cn/oauth2/v3`.
    pub fn issuer(&self, region: Region) -> String {
        match region {
            Region::Global => format!("{}{}", self.base, tesla::OAUTH_PATH),
            Region::China => format!("{}{CHINA_PREFIX}{}", self.base, tesla::OAUTH_PATH),
        }
    }

    /// Where Fleet apps exchange codes and refresh tokens: `{base}/fleet/oauth2/v3`.
    pub fn fleet_auth(&self) -> String {
        format!("{}{FLEET_PREFIX}{}", self.base, tesla::OAUTH_PATH)
    }
}
