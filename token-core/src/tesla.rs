//! Tesla's hosts, paths, methods and constants: the one table the page, the
//! relay, the Worker (checked by a test), `page-seal` and the test double
//! all read. Tesla changes its flow every year or two (captcha 2021,
//! verifier length 2023, `/vehicles` 2024, redirect URI April 2026), and
//! each change should be a one-line edit here. docs/PROTOCOL.md has the why.

/// Where OAuth lives on Tesla's auth hosts; a macro so that the constants
/// below are built from it at compile time.
macro_rules! oauth_path {
    () => {
        "/oauth2/v3"
    };
}

/// The login page below an issuer, written once for [`AUTHORIZE_PATH`] and
/// [`AUTHORIZE_COMPLETE_PATH`].
macro_rules! authorize_path {
    () => {
        "/authorize"
    };
}

/// The token endpoint below an issuer, written once for [`TOKEN_CALL`] and
/// [`token_endpoint`].
macro_rules! token_path {
    () => {
        "/token"
    };
}

/// How [`REDIRECT_URI`] starts, written once for it and [`REDIRECT_URI_START`].
macro_rules! redirect_uri_start {
    () => {
        "tesla://"
    };
}

/// The issuer of accounts outside China; logins start at `{issuer}/authorize`.
pub const AUTH_ISSUER: &str = concat!("https://auth.tesla.com", oauth_path!());
/// The issuer of accounts registered in China.
pub const CN_AUTH_ISSUER: &str = concat!("https://auth.tesla.cn", oauth_path!());
/// Where registered (Fleet API) apps exchange codes and refresh tokens.
pub const FLEET_AUTH: &str = concat!("https://fleet-auth.prd.vn.cloud.tesla.com", oauth_path!());
/// The owner API outside China.
pub const OWNER_API: &str = "https://owner-api.teslamotors.com";
/// The owner API in China.
pub const OWNER_API_CN: &str = "https://owner-api.vn.cloud.tesla.cn";
/// The Fleet API of North America and Asia-Pacific; a Fleet token request
/// names one of these as its `audience`.
pub const FLEET_API_NA: &str = "https://fleet-api.prd.na.vn.cloud.tesla.com";
/// The Fleet API of Europe, the Middle East and Africa.
pub const FLEET_API_EU: &str = "https://fleet-api.prd.eu.vn.cloud.tesla.com";
/// The Fleet API of China.
pub const FLEET_API_CN: &str = "https://fleet-api.prd.cn.vn.cloud.tesla.cn";

/// Every Tesla base the page calls, auth hosts first.
pub const BASES: [&str; 8] = [
    AUTH_ISSUER,
    CN_AUTH_ISSUER,
    FLEET_AUTH,
    OWNER_API,
    OWNER_API_CN,
    FLEET_API_NA,
    FLEET_API_EU,
    FLEET_API_CN,
];

/// `scheme://host[:port]` of one of [`BASES`] (or of a base a build setting
/// names): everything before the first `/` after `://`.
pub fn origin_of_base(base: &str) -> &str {
    let after_scheme = base.find("://").map_or(0, |at| at + 3);
    match base[after_scheme..].find('/') {
        Some(slash) => &base[..after_scheme + slash],
        None => base,
    }
}

/// Tesla's origins, in the order of [`BASES`].
pub fn origins() -> impl Iterator<Item = &'static str> {
    BASES.into_iter().map(origin_of_base)
}

/// The login page, below an issuer: `GET {issuer}/authorize`.
pub const AUTHORIZE_PATH: &str = authorize_path!();

/// Where the login's last step redirects from, below an issuer:
/// `{issuer}/authorize/complete?transaction_id=…`. Firefox's Console shows
/// this address, which holds no code, instead of the redirect (seen in 2026).
pub const AUTHORIZE_COMPLETE_PATH: &str = concat!(authorize_path!(), "/complete");

/// The redirect URI of Tesla's own app before 2026, below the auth origin:
/// `https://auth.tesla.com/void/callback` (docs/PROTOCOL.md §1), which the
/// double plays with `--legacy-redirect`.
pub const LEGACY_CALLBACK_PATH: &str = "/void/callback";

/// The token endpoint of `issuer` (an auth base such as [`AUTH_ISSUER`]):
/// `{issuer}/token`, the path of [`TOKEN_CALL`].
pub fn token_endpoint(issuer: &str) -> String {
    format!("{issuer}{}", token_path!())
}

/// The issuer whose [`token_endpoint`] `endpoint` is; `None` for an address
/// that is no token endpoint.
pub fn issuer_of_token_endpoint(endpoint: &str) -> Option<&str> {
    endpoint.strip_suffix(token_path!())
}

/// One call the page makes: a method and a path, `{id}` standing for a
/// product id (digits) and `{command}` for one of [`COMMANDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallPath {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The path on Tesla's host.
    pub path: &'static str,
}

/// `POST {issuer}/token`, on every auth host.
pub const TOKEN_CALL: CallPath = CallPath { method: "POST", path: concat!(oauth_path!(), token_path!()) };
/// The account's cars and energy sites.
pub const PRODUCTS: CallPath = CallPath { method: "GET", path: "/api/1/products" };
/// One car and its state (`online`, `asleep`, `offline`).
pub const VEHICLE: CallPath = CallPath { method: "GET", path: "/api/1/vehicles/{id}" };
/// The car's data; 408 while it sleeps.
pub const VEHICLE_DATA: CallPath = CallPath { method: "GET", path: "/api/1/vehicles/{id}/vehicle_data" };
/// Starts waking the car.
pub const WAKE_UP: CallPath = CallPath { method: "POST", path: "/api/1/vehicles/{id}/wake_up" };
/// A command to the car.
pub const COMMAND: CallPath = CallPath { method: "POST", path: "/api/1/vehicles/{id}/command/{command}" };

/// Every call the page makes, so every call a relay forwards.
pub const CALLS: [CallPath; 7] =
    [TOKEN_CALL, PRODUCTS, VEHICLE, VEHICLE_DATA, WAKE_UP, COMMAND, USERS_REGION];

/// The commands the page sends (the `{command}` of [`COMMAND`]).
pub const COMMANDS: [&str; 2] = ["flash_lights", "honk_horn"];

/// The longest product id accepted in a path (ids are digits).
pub const MAX_ID_LEN: usize = 32;

impl CallPath {
    /// The path with `{id}` and `{command}` filled in; `None` for an id
    /// that is not 1 to [`MAX_ID_LEN`] digits or an unknown command (ids
    /// come from Tesla's answers, which are not trusted either).
    pub fn fill(&self, id: &str, command: &str) -> Option<String> {
        let mut path = self.path.to_owned();
        if path.contains("{id}") {
            is_id(id).then_some(())?;
            path = path.replace("{id}", id);
        }
        if path.contains("{command}") {
            COMMANDS.contains(&command).then_some(())?;
            path = path.replace("{command}", command);
        }
        Some(path)
    }

    /// Whether `method path` is this call: exactly, or (unless `exact`)
    /// below a prefix of letters and digits, as a test double serves it.
    pub fn matches(&self, method: &str, path: &str, exact: bool) -> bool {
        let wanted: Vec<&str> = self.path[1..].split('/').collect();
        let Some(path) = path.strip_prefix('/') else { return false };
        let given: Vec<&str> = path.split('/').collect();
        if method != self.method || given.len() < wanted.len() || (exact && given.len() != wanted.len()) {
            return false;
        }
        let (prefix, tail) = given.split_at(given.len() - wanted.len());
        prefix.iter().all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()))
            && wanted.iter().zip(tail).all(|(want, got)| match *want {
                "{id}" => is_id(got),
                "{command}" => COMMANDS.contains(got),
                literal => literal == *got,
            })
    }
}

/// Whether `method path` is one of the calls the page makes.
pub fn is_known_call(method: &str, path: &str, exact: bool) -> bool {
    CALLS.iter().any(|call| call.matches(method, path, exact))
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= MAX_ID_LEN && text.bytes().all(|b| b.is_ascii_digit())
}

/// The public client id that Tesla's own apps use for owner-API tokens.
pub const CLIENT_ID: &str = "ownerapi";

/// The redirect URI registered for `ownerapi` since April 2026. Browsers have
/// no handler for it, which is why the user copies it from the developer tools.
pub const REDIRECT_URI: &str = concat!(redirect_uri_start!(), "auth/callback");

/// How a [`REDIRECT_URI`] starts (`tesla://`): a paste is searched for it,
/// whatever path follows.
pub const REDIRECT_URI_START: &str = redirect_uri_start!();

/// Scopes for an owner-API token with a refresh token (space-separated, as sent).
pub const SCOPES: &str = "openid email offline_access";

/// Scopes a registered app usually asks for.
pub const FLEET_SCOPES: &str = "openid offline_access user_data vehicle_device_data vehicle_cmds \
     vehicle_charging_cmds energy_device_data energy_cmds";

/// Lifetime Tesla gives access tokens, used when an answer leaves `expires_in` out.
pub const DEFAULT_ACCESS_TOKEN_LIFETIME_SECS: u64 = 28_800;

/// How long a login tab's URL stays worth pasting: the time to log in
/// (with MFA) plus the few minutes a code lives at Tesla.
pub const LOGIN_LIFETIME_MS: f64 = 15.0 * 60_000.0;

// The Fleet API's region check (the words-api branch).

/// The region of the token's account and its Fleet API base, asked after a
/// Fleet API's 412 about the region: `{"response":{"region":"eu",
/// "fleet_api_base_url":"https://fleet-api.prd.eu.vn.cloud.tesla.com"}}`.
/// Source: developer.tesla.com/docs/fleet-api/endpoints/user-endpoints ("region").
pub const USERS_REGION: CallPath = CallPath { method: "GET", path: "/api/1/users/region" };

// ---------------------------------------------------------------------------
// More of Tesla's paths and addresses, as the test double serves them. Each
// names its source; docs/PROTOCOL.md has the why.

/// Where OAuth lives on every auth host, `/oauth2/v3`: an issuer is an auth
/// origin followed by this (docs/PROTOCOL.md §1, "Authorize").
pub const OAUTH_PATH: &str = oauth_path!();

/// The `error_uri` of a token error, below the issuer: `{issuer}/error`
/// (docs/PROTOCOL.md §2, "Token exchange").
pub const ERROR_PATH: &str = "/error";

/// The userinfo endpoint below an issuer, the second `aud` of an owner-API
/// access token: `{issuer}/userinfo` (docs/PROTOCOL.md, "Tokens").
pub const USERINFO_PATH: &str = "/userinfo";

/// `GET /api/1/vehicles` on the owner API: 412 "Endpoint is only available on
/// fleetapi" since January 2024; the page never calls it (docs/PROTOCOL.md,
/// "Using the token").
pub const VEHICLES_PATH: &str = "/api/1/vehicles";

/// Tesla's developer documentation, where the owner API's 412 for
/// `/api/1/vehicles` sends clients (docs/PROTOCOL.md, "Using the token").
macro_rules! developer_docs {
    () => {
        "https://developer.tesla.com/docs"
    };
}

/// Tesla's developer documentation: `https://developer.tesla.com/docs`.
pub const DEVELOPER_DOCS: &str = developer_docs!();

/// The page Tesla's 403 refusals point to, for tokens it no longer serves
/// and for unsigned commands (docs/PROTOCOL.md §2 and §3).
pub const FLEET_API_DOCS: &str = concat!(developer_docs!(), "/fleet-api");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_the_bases_without_paths() {
        let origins: Vec<&str> = origins().collect();
        assert_eq!(origins[0], "https://auth.tesla.com");
        assert_eq!(origins[2], "https://fleet-auth.prd.vn.cloud.tesla.com");
        assert_eq!(origins[3], OWNER_API);
        assert_eq!(origin_of_base("http://127.0.0.2:38443/cn/oauth2/v3"), "http://127.0.0.2:38443");
    }

    #[test]
    fn the_token_endpoint_is_one_path_on_every_auth_host() {
        assert_eq!(TOKEN_CALL.path, "/oauth2/v3/token");
        assert_eq!(token_endpoint(AUTH_ISSUER), "https://auth.tesla.com/oauth2/v3/token");
        assert_eq!(token_endpoint(FLEET_AUTH), format!("{}{}", origin_of_base(FLEET_AUTH), TOKEN_CALL.path));
        for issuer in [AUTH_ISSUER, CN_AUTH_ISSUER, FLEET_AUTH, "http://127.0.0.2:38443/cn/oauth2/v3"] {
            assert_eq!(issuer_of_token_endpoint(&token_endpoint(issuer)), Some(issuer));
        }
        assert_eq!(issuer_of_token_endpoint("https://auth.tesla.com/oauth2/v3/authorize"), None);
    }

    #[test]
    fn login_paths_and_the_redirect_are_built_from_one_spelling() {
        assert_eq!(format!("{AUTH_ISSUER}{AUTHORIZE_PATH}"), "https://auth.tesla.com/oauth2/v3/authorize");
        assert_eq!(AUTHORIZE_COMPLETE_PATH, "/authorize/complete");
        assert_eq!(REDIRECT_URI, "tesla://auth/callback");
        assert!(REDIRECT_URI.starts_with(REDIRECT_URI_START));
    }

    #[test]
    fn paths_are_filled_only_with_digit_ids_and_known_commands() {
        assert_eq!(
            COMMAND.fill("123", "honk_horn").as_deref(),
            Some("/api/1/vehicles/123/command/honk_horn")
        );
        assert_eq!(PRODUCTS.fill("", "").as_deref(), Some("/api/1/products"));
        for id in ["", "12a", "../1", &"1".repeat(33)] {
            assert_eq!(VEHICLE.fill(id, ""), None, "{id}");
        }
        assert_eq!(COMMAND.fill("1", "unlock"), None);
    }

    #[test]
    fn calls_match_exactly_on_tesla_and_below_a_prefix_on_a_double() {
        assert!(is_known_call("POST", "/oauth2/v3/token", true));
        assert!(!is_known_call("GET", "/oauth2/v3/token", true));
        assert!(is_known_call("POST", "/api/1/vehicles/42/command/flash_lights", true));
        assert!(!is_known_call("POST", "/api/1/vehicles/42/command/unlock", true));
        assert!(!is_known_call("GET", "/cn/api/1/products", true));
        assert!(is_known_call("GET", "/cn/api/1/products", false));
        assert!(!is_known_call("GET", "/../api/1/products", false));
        assert!(!is_known_call("GET", "//api/1/products", false));
        assert!(!is_known_call("GET", "/api/1/vehicles", true));
    }
}
