//! The page's logic as plain Rust, with no browser API: tested natively
//! with `cargo test -p token-core`. The page (`src/`) renders what this
//! crate decides and does the browser's IO; `token-relay`, `page-seal` and
//! `tesla-double` read Tesla's one table of hosts, paths and methods here.
//!
//! Layers, bottom-up: `tesla`, `secret`, `text` and `claims` → `settings` →
//! `transport` → `oauth` → `owner_api` → `display` → `page`. No module
//! imports one in a layer above it, and no two modules import each other,
//! however indirectly: Tesla's facts and plain helpers know nothing of the
//! page; the build settings know only Tesla's defaults and the syntax of
//! their own values, so the build can check them without the code that
//! reads them; requests travel without knowing what they carry; the login
//! knows nothing of what the token is used for; the page's state machine
//! sits on top. `tests/layering.rs` fails on any import that breaks this.
//!
//! - [`tesla`]: Tesla's hosts, paths, methods and constants.
//! - [`claims`]: reading a token: JWT claims, expiry, opaque Fleet tokens.
//! - [`settings`]: build settings, checked when the page is built.
//! - [`oauth`]: the login, the paste, token requests and answers, refresh,
//!   your own (Fleet) app.
//! - [`owner_api`]: using the token: calls, answers, waking a car.
//! - [`transport`]: how requests travel: answers, relays, the security
//!   policy, direct mode.
//! - [`display`]: what the page shows: exports, idle time, this copy.

#[macro_use]
pub mod settings;

pub mod claims;
pub mod display;
pub mod oauth;
pub mod owner_api;
pub mod page;
pub mod secret;
pub mod tesla;
pub mod text;
pub mod transport;

#[cfg(test)]
mod testing;
