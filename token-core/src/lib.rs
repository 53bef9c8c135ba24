//! The page's logic as plain Rust, with no browser API: tested natively
//! with `cargo test -p token-core`. The page (`src/`) renders what this
//! crate decides and does the browser's IO; `token-relay`, `page-seal` and
//! `tesla-double` read Tesla's one table of hosts, paths and methods here.
//!
//! Layers, bottom-up: `tesla`, `secret`, `text` and `claims` → `settings` →
//! `transport` → `oauth` → `owner_api` → `display` → `page`. No module
//! imports one in a layer above it, and no two modules import each other,
//! however indirectly (a file and the files it declares count as one):
//! Tesla's facts and plain helpers know nothing of the page; the build
//! settings know only Tesla's defaults and the syntax of their own values,
//! so the build checks them without the code that reads them; requests
//! travel without knowing what they carry; the login knows nothing of what
//! the token is used for; the page's state machine sits on top.
//! `tests/layering.rs` fails on any import that breaks this.
//!
//! - [`tesla`]: Tesla's hosts, paths, methods and constants.
//! - [`secret`], [`text`]: redacted secrets; hostile text made safe to show.
//! - [`claims`]: reading a token: JWT claims, expiry, opaque Fleet tokens.
//! - [`settings`]: build settings, the syntax of their values (relay
//!   template, CSP sources, client ids), and the check the build runs.
//! - [`transport`]: how requests travel: bodies and routes, answers, which
//!   relay, the security policy, direct mode.
//! - [`oauth`]: the login, the paste, token requests and answers, refresh,
//!   your own (Fleet) app.
//! - [`owner_api`]: using the token: calls, answers, waking a car.
//! - [`display`]: what the page shows: exports, idle time, this copy.
//! - [`page`]: the page's state machine: events in, state and commands out.

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
