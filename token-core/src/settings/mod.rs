//! Build settings: environment variables read when the page is built (the
//! README's "Host your own copy"), the syntax of their values, and the
//! check that refuses a bad one then, so that nothing about them can fail
//! when the page runs. The check imports none of the modules that read the
//! settings: they import the syntax from here.

pub mod build_check;
pub mod relay;
pub mod syntax;

use crate::tesla;

/// A build setting: the environment variable `$name` at build time, else `$default`.
macro_rules! build_setting {
    ($name:literal, $default:expr) => {
        match option_env!($name) {
            Some(value) => value,
            None => $default,
        }
    };
}

/// Where the login tab is sent ([`tesla::AUTHORIZE_PATH`] below it), and the
/// issuer of accounts outside China (`TESLA_AUTH_BASE`; test builds name the double).
pub const AUTH_BASE: &str = build_setting!("TESLA_AUTH_BASE", tesla::AUTH_ISSUER);

/// The issuer of accounts registered in China (`TESLA_CN_AUTH_BASE`).
pub const CN_AUTH_BASE: &str = build_setting!("TESLA_CN_AUTH_BASE", tesla::CN_AUTH_ISSUER);

/// Where registered apps exchange codes (`TESLA_FLEET_AUTH_BASE`).
pub const FLEET_AUTH_BASE: &str = build_setting!("TESLA_FLEET_AUTH_BASE", tesla::FLEET_AUTH);

/// The owner API outside China (`TESLA_OWNER_API`).
pub const OWNER_API: &str = build_setting!("TESLA_OWNER_API", tesla::OWNER_API);

/// The owner API in China (`TESLA_OWNER_API_CN`).
pub const OWNER_API_CN: &str = build_setting!("TESLA_OWNER_API_CN", tesla::OWNER_API_CN);

/// The relay the page uses until the user chooses another (`PAGE_DEFAULT_RELAY`):
/// by default the local one that `scripts/serve.sh` starts.
pub const DEFAULT_RELAY: &str = build_setting!("PAGE_DEFAULT_RELAY", "http://127.0.0.1:8787/");

/// The relay origins the page's security policy admits, as CSP sources
/// (`PAGE_RELAYS`, space-separated). The default admits a relay on this
/// computer, on any port.
pub const RELAY_SOURCES: &str = build_setting!("PAGE_RELAYS", "http://127.0.0.1:* http://localhost:*");

/// A client id baked in by whoever hosts the page, for the Fleet
/// redirect-back mode (`TESLA_FLEET_CLIENT_ID`).
pub const FLEET_CLIENT_ID: Option<&str> = option_env!("TESLA_FLEET_CLIENT_ID");

/// The commit the page was built from (`PAGE_COMMIT`, set by `scripts/trunk.sh`).
pub const COMMIT: &str = build_setting!("PAGE_COMMIT", "unknown");

/// The issuers this build trusts with a code, verifier or refresh token: a
/// crafted callback URL or token must never send them anywhere else.
pub fn trusted_issuers() -> [&'static str; 2] {
    [AUTH_BASE, CN_AUTH_BASE]
}

/// Every Tesla base this build calls, in the order of [`tesla::BASES`].
pub fn tesla_bases() -> [&'static str; 8] {
    [
        AUTH_BASE,
        CN_AUTH_BASE,
        FLEET_AUTH_BASE,
        OWNER_API,
        OWNER_API_CN,
        tesla::FLEET_API_NA,
        tesla::FLEET_API_EU,
        tesla::FLEET_API_CN,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_tests_are_built_with_teslas_own_hosts() {
        assert_eq!(
            trusted_issuers(),
            ["https://auth.tesla.com/oauth2/v3", "https://auth.tesla.cn/oauth2/v3"]
        );
        assert_eq!(tesla_bases(), tesla::BASES);
    }
}
