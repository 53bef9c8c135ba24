//! Which upstream a request asks for, and whether it may go there.

use percent_encoding::percent_decode_str;
use token_core::tesla;
use url::Url;

/// Why a request target names no upstream the relay will contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetError {
    /// Not an absolute http(s) URL.
    NotAUrl,
    /// User name or password in the URL.
    HasCredentials,
    /// An empty segment (`//`) in the upstream path.
    EmptySegment,
    /// An origin outside the allowlist; holds its host for the message.
    NotAllowed(String),
    /// An allowed host, but a path or method the page never uses.
    PathNotAllowed(String),
}

impl TargetError {
    /// The reason given to the page, in the relay's JSON refusal.
    pub fn reason(&self) -> String {
        match self {
            Self::NotAUrl => "the request does not name an http(s) upstream URL \
                (use /https://host/path or /?url=https%3A%2F%2Fhost%2Fpath)"
                .into(),
            Self::HasCredentials => "upstream URLs with a user name or password are refused".into(),
            Self::EmptySegment => "the upstream path has an empty segment (//)".into(),
            Self::NotAllowed(host) => format!("upstream host {host} is not on this relay's allowlist"),
            Self::PathNotAllowed(what) => format!("{what} is not a call this relay forwards"),
        }
    }
}

/// Reads the upstream URL from a request target: `/https://host/path?q`
/// (prefix style), `/https%3A%2F%2Fhost%2Fpath` (encoded) or `/?url=…`.
pub fn upstream_url(path_and_query: &str) -> Result<Url, TargetError> {
    let target = path_and_query.strip_prefix('/').unwrap_or(path_and_query);
    let raw = if let Some(query) = target.strip_prefix('?') {
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == "url")
            .map(|(_, value)| value.into_owned())
            .ok_or(TargetError::NotAUrl)?
    } else if target.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("http%3a"))
        || target.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https%3a"))
    {
        percent_decode_str(target).decode_utf8().map_err(|_| TargetError::NotAUrl)?.into_owned()
    } else {
        // Some clients and proxies merge `//` in paths: accept `https:/host`.
        restore_double_slash(target)
    };
    let url = Url::parse(&raw).map_err(|_| TargetError::NotAUrl)?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(TargetError::NotAUrl);
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(TargetError::HasCredentials);
    }
    if url.path().contains("//") {
        return Err(TargetError::EmptySegment);
    }
    Ok(url)
}

fn restore_double_slash(target: &str) -> String {
    for scheme in ["https:/", "http:/"] {
        if let Some(rest) = target.strip_prefix(scheme).filter(|rest| !rest.starts_with('/')) {
            return format!("{scheme}/{rest}");
        }
    }
    target.to_owned()
}

/// The upstream origins the relay may contact.
#[derive(Debug, Clone)]
pub struct Allowlist(Vec<String>);

impl Allowlist {
    /// Tesla's hosts plus `extra` origins (e.g. a test double).
    pub fn new(extra: impl IntoIterator<Item = String>) -> Self {
        Self(tesla::origins().map(str::to_owned).chain(extra).collect())
    }

    /// Whether `method url` may be forwarded: an allowed origin (scheme,
    /// host, port), and one of the calls the page makes. Tesla's hosts take
    /// the paths as they are; an extra upstream (a test double) may put
    /// them below a prefix of its own.
    pub fn check(&self, method: &str, url: &Url) -> Result<(), TargetError> {
        let origin = url.origin().ascii_serialization();
        let Some(position) = self.0.iter().position(|allowed| *allowed == origin) else {
            return Err(TargetError::NotAllowed(url.host_str().unwrap_or_default().to_owned()));
        };
        let is_tesla = position < tesla::BASES.len();
        if tesla::is_known_call(method, url.path(), is_tesla) {
            Ok(())
        } else {
            Err(TargetError::PathNotAllowed(format!("{method} {}", url.path())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tesla::{AUTH_ISSUER, AUTHORIZE_PATH, COMMAND, OWNER_API, PRODUCTS, TOKEN_CALL, token_endpoint};

    /// Tesla's token endpoint, and the host it is on.
    fn token() -> (String, &'static str) {
        let host = tesla::origin_of_base(AUTH_ISSUER).trim_start_matches("https://");
        (token_endpoint(AUTH_ISSUER), host)
    }

    /// `path` with `{id}` and `{command}` filled in, whether or not the core would.
    fn filled(path: &str, id: &str, command: &str) -> String {
        path.replace("{id}", id).replace("{command}", command)
    }

    #[test]
    fn all_three_target_styles_name_the_same_upstream() {
        let (token, _) = token();
        let encoded: String = url::form_urlencoded::byte_serialize(token.as_bytes()).collect();
        assert!(encoded.starts_with("https%3A%2F%2F"), "{encoded}");
        let lower_escapes = format!("HTTPS{}", &encoded[5..]).replace("%3A", "%3a").replace("%2F", "%2f");
        for target in [
            format!("/{token}"),
            format!("/{}", token.replacen("://", ":/", 1)),
            format!("/{encoded}"),
            format!("/{lower_escapes}"),
            format!("/?url={encoded}"),
            format!("/?x=1&url={encoded}"),
        ] {
            assert_eq!(upstream_url(&target).unwrap().as_str(), token, "{target}");
        }
    }

    #[test]
    fn prefix_style_keeps_the_upstream_query() {
        let url = upstream_url(&format!("/{OWNER_API}{}?a=b", PRODUCTS.path)).unwrap();
        assert_eq!(url.query(), Some("a=b"));
    }

    #[test]
    fn non_urls_and_credentials_are_refused() {
        let (token, auth) = token();
        for target in [
            "/".to_owned(),
            "/health".to_owned(),
            "/?url=".to_owned(),
            format!("/ftp://{auth}/x"),
            "/javascript:alert(1)".to_owned(),
            "/https://".to_owned(),
            "/%ff%fe".to_owned(),
        ] {
            assert_eq!(upstream_url(&target), Err(TargetError::NotAUrl), "{target}");
        }
        assert_eq!(upstream_url(&format!("/https://u:p@{auth}/x")), Err(TargetError::HasCredentials));
        // One leading slash is the relay's; a second is the upstream's, and empty.
        assert_eq!(upstream_url(&format!("//{token}")), Err(TargetError::NotAUrl));
        for target in [
            format!("/https://{auth}/{}", TOKEN_CALL.path),
            format!("/https://{auth}{}", TOKEN_CALL.path.replacen("/token", "//token", 1)),
        ] {
            assert_eq!(upstream_url(&target), Err(TargetError::EmptySegment), "{target}");
        }
    }

    #[test]
    fn only_allowlisted_origins_pass() {
        let (token, auth) = token();
        let allow = Allowlist::new(["http://127.0.0.1:9999".to_string()]);
        for ok in [
            token.clone(),
            format!("https://{}:443{}", auth.to_ascii_uppercase(), TOKEN_CALL.path),
            format!("http://127.0.0.1:9999{}", TOKEN_CALL.path),
        ] {
            assert_eq!(allow.check("POST", &Url::parse(&ok).unwrap()), Ok(()), "{ok}");
        }
        for refused in [
            format!("http://{auth}{}", TOKEN_CALL.path),
            format!("https://{auth}:8443{}", TOKEN_CALL.path),
            format!("https://{auth}.evil.example/"),
            format!("https://evil.example/?https://{auth}"),
            "http://127.0.0.1:9998/".to_owned(),
            // A Tesla host the page never calls.
            "https://www.tesla.com/".to_owned(),
        ] {
            assert!(allow.check("POST", &Url::parse(&refused).unwrap()).is_err(), "{refused}");
        }
    }

    #[test]
    fn only_the_calls_the_page_makes_pass() {
        let (token, auth) = token();
        let allow = Allowlist::new(["http://127.0.0.1:9999".to_string()]);
        let check = |method: &str, url: &str| allow.check(method, &Url::parse(url).unwrap());
        let on = |base: &str, call: tesla::CallPath, id: &str, command: &str| {
            (call.method, format!("{}{}", tesla::origin_of_base(base), filled(call.path, id, command)))
        };
        let double = "http://127.0.0.1:9999/cn";
        for (method, url) in [
            on(OWNER_API, PRODUCTS, "", ""),
            on(OWNER_API, tesla::VEHICLE, "1493024012345678901", ""),
            on(OWNER_API, tesla::VEHICLE_DATA, "12", ""),
            on(OWNER_API, tesla::WAKE_UP, "12", ""),
            on(OWNER_API, COMMAND, "12", "flash_lights"),
            on(OWNER_API, COMMAND, "12", "honk_horn"),
            on(tesla::FLEET_API_EU, tesla::WAKE_UP, "12", ""),
            ("POST", format!("{double}{}", TOKEN_CALL.path)),
            ("GET", format!("{double}{}", PRODUCTS.path)),
        ] {
            assert_eq!(check(method, &url), Ok(()), "{method} {url}");
        }
        let vehicles = tesla::VEHICLE.path.trim_end_matches("/{id}");
        for (method, url) in [
            ("GET", token),
            ("POST", format!("{AUTH_ISSUER}{AUTHORIZE_PATH}")),
            ("POST", format!("https://{auth}/x{}", TOKEN_CALL.path)),
            ("POST", format!("{OWNER_API}{}", PRODUCTS.path)),
            ("GET", format!("{OWNER_API}{vehicles}")),
            on(OWNER_API, COMMAND, "12", "remote_start_drive"),
            on(OWNER_API, COMMAND, "12", "door_unlock"),
            on(OWNER_API, tesla::VEHICLE_DATA, "abc", ""),
            // An owner-API call the page never makes.
            ("GET", format!("{OWNER_API}/api/1/users/me")),
            ("POST", "http://127.0.0.1:9999/_double/revoke-access-tokens".into()),
            ("POST", format!("http://127.0.0.1:9999/a.b{}", TOKEN_CALL.path)),
        ] {
            assert!(matches!(check(method, &url), Err(TargetError::PathNotAllowed(_))), "{method} {url}");
        }
    }
}
