//! The pure core: everything that can be plain Rust, with no browser API,
//! tested natively with `cargo test`.

pub mod authorize;
pub mod callback;
pub mod channel;
pub mod claims;
pub mod export;
pub mod fleet;
pub mod flow;
pub mod http;
pub mod idle;
pub mod owner_api;
pub mod pkce;
pub mod refresh;
pub mod region;
pub mod relay;
pub mod secret;
pub mod tesla;
pub mod text;
pub mod token;
pub mod transport;
pub mod wake;
