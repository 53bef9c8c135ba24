//! Every Tesla constant the page relies on, in one place: Tesla changes its
//! flow every year or two (captcha 2021, verifier length 2023, redirect URI
//! April 2026), and each change should be a one-line edit here.

/// The public client id that Tesla's own apps use for owner-API tokens.
pub const CLIENT_ID: &str = "ownerapi";

/// The redirect URI registered for `ownerapi` since April 2026. Browsers have
/// no handler for it, which is why the user copies it from the developer tools.
pub const REDIRECT_URI: &str = "tesla://auth/callback";

/// The redirect path used before April 2026 (`https://auth.tesla.com/void/callback`).
/// Old URLs may still be pasted; they are parsed the same way.
pub const LEGACY_CALLBACK_PATH: &str = "/void/callback";

/// Scopes for an owner-API token with a refresh token (space-separated, as sent).
pub const SCOPES: &str = "openid email offline_access";

/// Lifetime Tesla gives access tokens, used when an answer leaves `expires_in` out.
pub const DEFAULT_ACCESS_TOKEN_LIFETIME_SECS: u64 = 28_800;

/// Where the login tab is sent: `{AUTH_BASE}/authorize`.
///
/// A compile-time setting (`TESLA_AUTH_BASE`) so test builds can point at the
/// Tesla test double; no runtime input can change it.
pub const AUTH_BASE: &str = match option_env!("TESLA_AUTH_BASE") {
    Some(base) => base,
    None => "https://auth.tesla.com/oauth2/v3",
};

/// Issuers that may receive a code and verifier, whitespace-separated.
///
/// A compile-time setting (`TESLA_TRUSTED_ISSUERS`): a crafted callback URL
/// must never be able to send the code and verifier anywhere else.
const TRUSTED_ISSUERS: &str = match option_env!("TESLA_TRUSTED_ISSUERS") {
    Some(list) => list,
    None => "https://auth.tesla.com/oauth2/v3 https://auth.tesla.cn/oauth2/v3",
};

/// The issuers this build trusts, exactly as Tesla spells them in `issuer=`.
pub fn trusted_issuers() -> impl Iterator<Item = &'static str> {
    TRUSTED_ISSUERS.split_whitespace()
}

/// The relay the page uses until the user chooses another: the local one
/// that `scripts/serve.sh` starts.
pub const DEFAULT_RELAY: &str = "http://127.0.0.1:8787/";

/// The token endpoint below an issuer: `POST {issuer}/token`.
pub const TOKEN_PATH: &str = "/token";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_build_trusts_only_teslas_two_issuers() {
        // Native tests are built without the test-build variables.
        assert_eq!(
            trusted_issuers().collect::<Vec<_>>(),
            ["https://auth.tesla.com/oauth2/v3", "https://auth.tesla.cn/oauth2/v3"]
        );
        assert_eq!(AUTH_BASE, "https://auth.tesla.com/oauth2/v3");
    }
}
