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

    const TOKEN: &str = "https://auth.tesla.com/oauth2/v3/token";

    #[test]
    fn all_three_target_styles_name_the_same_upstream() {
        for target in [
            "/https://auth.tesla.com/oauth2/v3/token",
            "/https:/auth.tesla.com/oauth2/v3/token",
            "/https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3%2Ftoken",
            "/HTTPS%3a%2f%2fauth.tesla.com%2foauth2%2fv3%2ftoken",
            "/?url=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3%2Ftoken",
            "/?x=1&url=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3%2Ftoken",
        ] {
            assert_eq!(upstream_url(target).unwrap().as_str(), TOKEN, "{target}");
        }
    }

    #[test]
    fn prefix_style_keeps_the_upstream_query() {
        let url = upstream_url("/https://owner-api.teslamotors.com/api/1/products?a=b").unwrap();
        assert_eq!(url.query(), Some("a=b"));
    }

    #[test]
    fn non_urls_and_credentials_are_refused() {
        for target in [
            "/",
            "/health",
            "/?url=",
            "/ftp://auth.tesla.com/x",
            "/javascript:alert(1)",
            "/https://",
            "/%ff%fe",
        ] {
            assert_eq!(upstream_url(target), Err(TargetError::NotAUrl), "{target}");
        }
        assert_eq!(upstream_url("/https://u:p@auth.tesla.com/x"), Err(TargetError::HasCredentials));
        // One leading slash is the relay's; a second is the upstream's, and empty.
        assert_eq!(upstream_url("//https://auth.tesla.com/oauth2/v3/token"), Err(TargetError::NotAUrl));
        for target in ["/https://auth.tesla.com//oauth2/v3/token", "/https://auth.tesla.com/oauth2//v3/token"]
        {
            assert_eq!(upstream_url(target), Err(TargetError::EmptySegment), "{target}");
        }
    }

    #[test]
    fn only_allowlisted_origins_pass() {
        let allow = Allowlist::new(["http://127.0.0.1:9999".to_string()]);
        for ok in
            [TOKEN, "https://AUTH.TESLA.COM:443/oauth2/v3/token", "http://127.0.0.1:9999/oauth2/v3/token"]
        {
            assert_eq!(allow.check("POST", &Url::parse(ok).unwrap()), Ok(()), "{ok}");
        }
        for refused in [
            "http://auth.tesla.com/oauth2/v3/token",
            "https://auth.tesla.com:8443/oauth2/v3/token",
            "https://auth.tesla.com.evil.example/",
            "https://evil.example/?https://auth.tesla.com",
            "http://127.0.0.1:9998/",
            "https://www.tesla.com/",
        ] {
            assert!(allow.check("POST", &Url::parse(refused).unwrap()).is_err(), "{refused}");
        }
    }

    #[test]
    fn only_the_calls_the_page_makes_pass() {
        let allow = Allowlist::new(["http://127.0.0.1:9999".to_string()]);
        let check = |method: &str, url: &str| allow.check(method, &Url::parse(url).unwrap());
        let api = "https://owner-api.teslamotors.com/api/1";
        for (method, url) in [
            ("GET", format!("{api}/products")),
            ("GET", format!("{api}/vehicles/1493024012345678901")),
            ("GET", format!("{api}/vehicles/12/vehicle_data")),
            ("POST", format!("{api}/vehicles/12/wake_up")),
            ("POST", format!("{api}/vehicles/12/command/flash_lights")),
            ("POST", format!("{api}/vehicles/12/command/honk_horn")),
            ("POST", "https://fleet-api.prd.eu.vn.cloud.tesla.com/api/1/vehicles/12/wake_up".into()),
            ("POST", "http://127.0.0.1:9999/cn/oauth2/v3/token".into()),
            ("GET", "http://127.0.0.1:9999/cn/api/1/products".into()),
        ] {
            assert_eq!(check(method, &url), Ok(()), "{method} {url}");
        }
        for (method, url) in [
            ("GET", TOKEN.to_owned()),
            ("POST", "https://auth.tesla.com/oauth2/v3/authorize".into()),
            ("POST", "https://auth.tesla.com/x/oauth2/v3/token".into()),
            ("POST", format!("{api}/products")),
            ("GET", format!("{api}/vehicles")),
            ("POST", format!("{api}/vehicles/12/command/remote_start_drive")),
            ("POST", format!("{api}/vehicles/12/command/door_unlock")),
            ("GET", format!("{api}/vehicles/abc/vehicle_data")),
            ("GET", format!("{api}/users/me")),
            ("POST", "http://127.0.0.1:9999/_double/revoke-access-tokens".into()),
            ("POST", "http://127.0.0.1:9999/a.b/oauth2/v3/token".into()),
        ] {
            assert!(matches!(check(method, &url), Err(TargetError::PathNotAllowed(_))), "{method} {url}");
        }
    }
}
