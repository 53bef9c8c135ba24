//! The pure core: everything that can be plain Rust, with no browser API,
//! tested natively with `cargo test`.

/// A compile-time setting: the environment variable `$name` at build time,
/// else `$default`. Test builds use them to point at the Tesla test double.
macro_rules! build_setting {
    ($name:literal, $default:literal) => {
        match option_env!($name) {
            Some(value) => value,
            None => $default,
        }
    };
}

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
pub mod policy;
pub mod refresh;
pub mod region;
pub mod relay;
pub mod secret;
pub mod tesla;
pub mod text;
pub mod this_copy;
pub mod token;
pub mod transport;
pub mod wake;
