//! Get your own Tesla API tokens in your browser: PKCE login on Tesla's page,
//! code exchange through a relay you choose, nothing stored.
//!
//! The logic is the `token-core` crate (plain Rust, tested natively);
//! `browser` is the only module that touches browser APIs, and `ui`
//! renders the core's state.

pub mod browser;
pub mod catalog;
pub mod ui;
