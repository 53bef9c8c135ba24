//! A stand-in for Tesla's auth server that behaves like the real one as
//! docs/PROTOCOL.md describes it: login form (with MFA and a remembered
//! session), a 302 to `tesla://auth/callback…`, token endpoints that check
//! PKCE S256, one-time codes and their expiry, single-use refresh tokens,
//! a China issuer, and registered Fleet API apps. Like Tesla it sends no
//! CORS headers, unless told to ([`DoubleConfig::cors`]) for the tests of
//! the page's direct mode. Tesla changes its flow every year or two;
//! [`RedirectMode`] plays the old and the new redirect.
//!
//! Every Tesla host, path, redirect URI and client id comes from
//! `token_core::tesla`; this crate only chooses where on its own address
//! each host lives ([`config`]).

pub mod accounts;
mod cars;
pub mod config;
pub mod jwt;
mod login;
mod login_html;
mod owner_api;
mod state;
mod switches;
mod token;

pub use config::{DoubleConfig, FleetApp, RedirectMode};

use accounts::Region;
use axum::routing::{get, post};
use axum::{Extension, Router};
use config::{CHINA_PREFIX, FLEET_PREFIX};
use state::Double;
use token_core::tesla;

/// The double as a router: Tesla's routes (held while `/_double/hold` says
/// so) and the test switches below `/_double/`.
pub fn app(config: DoubleConfig) -> Router {
    let double = Double::shared(config);
    let authorize = format!("{}{}", tesla::OAUTH_PATH, tesla::AUTHORIZE_PATH);
    let complete = format!("{}{}", tesla::OAUTH_PATH, tesla::AUTHORIZE_COMPLETE_PATH);
    let token = tesla::TOKEN_CALL.path;
    let tesla = Router::new()
        .route(&authorize, get(login::show_form).post(login::submit_form))
        .route(&complete, get(login::redirect_to_client))
        .route(token, post(token::global))
        .route(&format!("{CHINA_PREFIX}{token}"), post(token::china))
        .route(&format!("{FLEET_PREFIX}{token}"), post(token::fleet))
        .merge(owner_api::routes().layer(Extension(Region::Global)))
        // The China owner API, on its own base like Tesla's.
        .nest(CHINA_PREFIX, owner_api::routes().layer(Extension(Region::China)))
        .layer(axum::middleware::from_fn_with_state(double.clone(), switches::gate));
    tesla.merge(switches::routes()).with_state(double)
}
