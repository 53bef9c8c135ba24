//! The page's logic as plain Rust, with no browser API: tested natively
//! with `cargo test -p token-core`. The page (`src/`) renders what this
//! crate decides and does the browser's IO; `token-relay`, `page-seal` and
//! `tesla-double` read Tesla's one table of hosts, paths and methods here.
//!
//! - [`tesla`]: Tesla's hosts, paths, methods and constants.
//! - [`settings`]: build settings, checked when the page is built.
//! - [`oauth`]: the login, the paste, token requests and answers, refresh,
//!   your own (Fleet) app.
//! - [`owner_api`]: using the token: calls, answers, waking a car.
//! - [`transport`]: how requests travel: answers, relays, the security
//!   policy, direct mode.
//! - [`display`]: what the page shows: claims, exports, idle time, this copy.

#[macro_use]
pub mod settings;

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
