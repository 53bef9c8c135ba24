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

/// Where the login tab is sent (`{AUTH_BASE}/authorize`), and the issuer of
/// accounts outside China.
///
/// A compile-time setting (`TESLA_AUTH_BASE`) so test builds can point at the
/// Tesla test double; no runtime input can change it.
pub const AUTH_BASE: &str = build_setting!("TESLA_AUTH_BASE", "https://auth.tesla.com/oauth2/v3");

/// The issuer of accounts registered in China (`TESLA_CN_AUTH_BASE` at build time).
pub const CN_AUTH_BASE: &str = build_setting!("TESLA_CN_AUTH_BASE", "https://auth.tesla.cn/oauth2/v3");

/// The issuers this build trusts with a code, verifier or refresh token: a
/// crafted callback URL or token must never send them anywhere else.
pub fn trusted_issuers() -> [&'static str; 2] {
    [AUTH_BASE, CN_AUTH_BASE]
}

/// The owner-API base outside China (`TESLA_OWNER_API` at build time, for tests).
pub const OWNER_API: &str = build_setting!("TESLA_OWNER_API", "https://owner-api.teslamotors.com");

/// The owner-API base in China (`TESLA_OWNER_API_CN` at build time, for tests).
pub const OWNER_API_CN: &str = build_setting!("TESLA_OWNER_API_CN", "https://owner-api.vn.cloud.tesla.cn");

/// Where registered (Fleet API) apps exchange codes and refresh tokens
/// (`TESLA_FLEET_AUTH_BASE` at build time).
pub const FLEET_AUTH_BASE: &str =
    build_setting!("TESLA_FLEET_AUTH_BASE", "https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3");

/// The Fleet API bases, one per region; a Fleet token request names one as `audience`.
pub const FLEET_API_NA: &str = "https://fleet-api.prd.na.vn.cloud.tesla.com";
/// Europe, Middle East, Africa.
pub const FLEET_API_EU: &str = "https://fleet-api.prd.eu.vn.cloud.tesla.com";
/// China.
pub const FLEET_API_CN: &str = "https://fleet-api.prd.cn.vn.cloud.tesla.cn";

/// Scopes a registered app usually asks for.
pub const FLEET_SCOPES: &str = "openid offline_access user_data vehicle_device_data vehicle_cmds \
     vehicle_charging_cmds energy_device_data energy_cmds";

/// A client id baked in by whoever hosts the page, for the Fleet
/// redirect-back mode (`TESLA_FLEET_CLIENT_ID` at build time).
pub const FLEET_CLIENT_ID: Option<&str> = option_env!("TESLA_FLEET_CLIENT_ID");

/// The relay the page uses until the user chooses another (`PAGE_DEFAULT_RELAY`
/// at build time): by default the local one that `scripts/serve.sh` starts.
pub const DEFAULT_RELAY: &str = build_setting!("PAGE_DEFAULT_RELAY", "http://127.0.0.1:8787/");

/// The token endpoint below an issuer: `POST {issuer}/token`.
pub const TOKEN_PATH: &str = "/token";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_build_trusts_only_teslas_two_issuers() {
        // Native tests are built without the test-build variables.
        assert_eq!(
            trusted_issuers(),
            ["https://auth.tesla.com/oauth2/v3", "https://auth.tesla.cn/oauth2/v3"]
        );
        assert_eq!(AUTH_BASE, "https://auth.tesla.com/oauth2/v3");
    }
}
