//! A stand-in for Tesla's auth server that behaves like the real one as
//! PROTOCOL.md describes it: login form (with MFA), a 302 to
//! `tesla://auth/callback…`, and a token endpoint that checks PKCE S256,
//! one-time codes and their expiry. Like Tesla, it sends no CORS headers.
//! Tesla changes its flow every year or two; [`RedirectMode`] plays the
//! old and the new redirect.

pub mod accounts;
pub mod jwt;
mod login;
mod pages;
mod token;

use axum::Router;
use axum::routing::{get, post};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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

/// How the double behaves.
#[derive(Debug, Clone)]
pub struct DoubleConfig {
    /// The issuer named in callbacks and tokens, e.g. `http://127.0.0.1:38443/oauth2/v3`.
    pub issuer: String,
    /// The registered redirect URI.
    pub redirect: RedirectMode,
    /// How long a code can be exchanged ("minutes" at Tesla).
    pub code_lifetime: Duration,
}

/// A login waiting for credentials.
struct Transaction {
    state: String,
    challenge: String,
    redirect_uri: String,
    locale: String,
    /// Whose password was given.
    account: Option<&'static accounts::Account>,
    /// True once the password (and the MFA passcode, if any) checked out.
    verified: bool,
}

/// A code handed out in a callback, until it is used or expires.
struct IssuedCode {
    challenge: String,
    redirect_uri: String,
    state: String,
    account: &'static accounts::Account,
    issued: Instant,
}

#[derive(Default)]
struct Memory {
    transactions: HashMap<String, Transaction>,
    codes: HashMap<String, IssuedCode>,
}

struct Double {
    config: DoubleConfig,
    memory: Mutex<Memory>,
}

type Shared = Arc<Double>;

/// The double as a router.
pub fn app(config: DoubleConfig) -> Router {
    let double = Arc::new(Double { config, memory: Mutex::default() });
    Router::new()
        .route("/oauth2/v3/authorize", get(login::show_form).post(login::submit_form))
        .route("/oauth2/v3/authorize/complete", get(login::redirect_to_app))
        .route("/oauth2/v3/token", post(token::exchange))
        .with_state(double)
}

/// A random URL-safe string of `bytes` random bytes.
fn random_id(bytes: usize) -> String {
    use base64::Engine;
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).expect("the OS random source works");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}
