//! A stand-in for Tesla's auth server that behaves like the real one as
//! docs/PROTOCOL.md describes it: login form (with MFA and a remembered
//! session), a 302 to `tesla://auth/callback…`, token endpoints that check
//! PKCE S256, one-time codes and their expiry, single-use refresh tokens,
//! a China issuer, and registered Fleet API apps. Like Tesla it sends no
//! CORS headers, unless told to ([`DoubleConfig::cors`]) for the tests of
//! the page's direct mode. Tesla changes its flow every year or two;
//! [`RedirectMode`] plays the old and the new redirect.

pub mod accounts;
pub mod jwt;
mod login;
mod owner_api;
mod pages;
mod switches;
mod token;

use accounts::{Account, Region};
use axum::routing::{get, post};
use axum::{Extension, Router};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use token_core::tesla;

/// Which redirect URI the `ownerapi` client has registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedirectMode {
    /// Since April 2026: `tesla://auth/callback`.
    AppScheme,
    /// Before: `https://auth.tesla.com/void/callback` ("Page Not Found").
    LegacyVoid,
}

impl RedirectMode {
    /// The one redirect URI this mode accepts.
    pub fn redirect_uri(self) -> &'static str {
        match self {
            Self::AppScheme => "tesla://auth/callback",
            Self::LegacyVoid => "https://auth.tesla.com/void/callback",
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
    /// The issuer of accounts in `region`.
    pub fn issuer(&self, region: Region) -> String {
        match region {
            Region::Global => format!("{}/oauth2/v3", self.base),
            Region::China => format!("{}/cn/oauth2/v3", self.base),
        }
    }

    /// Where Fleet apps exchange codes and refresh tokens.
    pub fn fleet_auth(&self) -> String {
        format!("{}/fleet/oauth2/v3", self.base)
    }

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
}

/// Which token endpoint a request reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    Owner(Region),
    Fleet,
}

/// Who a login is for: Tesla's own client or a registered app.
#[derive(Debug, Clone)]
enum Client {
    OwnerApi,
    Fleet(FleetApp),
}

/// A login waiting for credentials.
struct Transaction {
    client: Client,
    state: String,
    challenge: String,
    redirect_uri: String,
    locale: String,
    /// Whose password was given.
    account: Option<&'static Account>,
    /// True once the password (and the MFA passcode, if any) checked out.
    verified: bool,
}

/// A code handed out in a callback, until it is used or expires.
struct IssuedCode {
    endpoint: Endpoint,
    client_id: String,
    challenge: String,
    redirect_uri: String,
    state: String,
    account: &'static Account,
    issued: Instant,
}

/// A refresh token handed out, until it is used once.
struct IssuedRefresh {
    endpoint: Endpoint,
    client_id: String,
    account: &'static Account,
    audience: Option<String>,
    used: bool,
}

struct Memory {
    transactions: HashMap<String, Transaction>,
    codes: HashMap<String, IssuedCode>,
    refresh_tokens: HashMap<String, IssuedRefresh>,
    /// Remembered logins (the double's session cookie → account).
    sessions: HashMap<String, &'static Account>,
    /// Whose each access token is, by `jti`.
    access_owner: HashMap<String, &'static Account>,
    /// Access tokens revoked by the test switch, by `jti`.
    revoked_access: std::collections::HashSet<String>,
    /// Answer the next owner-API call with 429.
    rate_limit_next: bool,
    /// How to answer the next token request.
    next_token_answer: switches::NextTokenAnswer,
    /// The cars, with their sleep state.
    cars: Vec<owner_api::Car>,
}

impl Default for Memory {
    fn default() -> Self {
        Self {
            transactions: HashMap::new(),
            codes: HashMap::new(),
            refresh_tokens: HashMap::new(),
            sessions: HashMap::new(),
            access_owner: HashMap::new(),
            revoked_access: Default::default(),
            rate_limit_next: false,
            next_token_answer: switches::NextTokenAnswer::Usual,
            cars: owner_api::cars(),
        }
    }
}

struct Double {
    config: DoubleConfig,
    memory: Mutex<Memory>,
    /// While true, Tesla's routes hold their answers (`/_double/hold`).
    held: tokio::sync::watch::Sender<bool>,
}

type Shared = Arc<Double>;

/// Tesla's login page, below the global issuer.
const AUTHORIZE: &str = "/oauth2/v3/authorize";

/// The double as a router.
pub fn app(config: DoubleConfig) -> Router {
    let double =
        Arc::new(Double { config, memory: Mutex::default(), held: tokio::sync::watch::Sender::new(false) });
    let tesla = Router::new()
        .route(AUTHORIZE, get(login::show_form).post(login::submit_form))
        .route(&format!("{AUTHORIZE}/complete"), get(login::redirect_to_client))
        .route(tesla::TOKEN_CALL.path, post(token::global))
        .route(&format!("/cn{}", tesla::TOKEN_CALL.path), post(token::china))
        .route(&format!("/fleet{}", tesla::TOKEN_CALL.path), post(token::fleet))
        .merge(owner_api::routes().layer(Extension(Region::Global)))
        // The China owner API, on its own base like Tesla's.
        .nest("/cn", owner_api::routes().layer(Extension(Region::China)))
        .layer(axum::middleware::from_fn_with_state(double.clone(), switches::gate));
    tesla.merge(switches::routes()).with_state(double)
}

/// A random URL-safe string of `bytes` random bytes.
fn random_id(bytes: usize) -> String {
    use base64::Engine;
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).expect("the OS random source works");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}
