//! Which upstream a request asks for, and whether it may go there.

use percent_encoding::percent_decode_str;
use url::Url;

/// Tesla's hosts: auth (global and China), Fleet auth, the owner API and
/// the regional Fleet APIs.
pub const TESLA_ORIGINS: [&str; 8] = [
    "https://auth.tesla.com",
    "https://auth.tesla.cn",
    "https://fleet-auth.prd.vn.cloud.tesla.com",
    "https://owner-api.teslamotors.com",
    "https://owner-api.vn.cloud.tesla.cn",
    "https://fleet-api.prd.na.vn.cloud.tesla.com",
    "https://fleet-api.prd.eu.vn.cloud.tesla.com",
    "https://fleet-api.prd.cn.vn.cloud.tesla.cn",
];

/// Why a request target names no upstream the relay will contact.
#[derive(Debug, PartialEq, Eq)]
pub enum TargetError {
    /// Not an absolute http(s) URL.
    NotAUrl,
    /// User name or password in the URL.
    HasCredentials,
    /// An origin outside the allowlist; holds its host for the message.
    NotAllowed(String),
}

impl TargetError {
    /// The reason given to the page, in the relay's JSON refusal.
    pub fn reason(&self) -> String {
        match self {
            Self::NotAUrl => "the request does not name an http(s) upstream URL \
                (use /https://host/path or /?url=https%3A%2F%2Fhost%2Fpath)"
                .into(),
            Self::HasCredentials => "upstream URLs with a user name or password are refused".into(),
            Self::NotAllowed(host) => format!("upstream host {host} is not on this relay's allowlist"),
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
        Self(TESLA_ORIGINS.iter().map(|o| o.to_string()).chain(extra).collect())
    }

    /// Whether `url`'s origin (scheme, host, port) is on the list.
    pub fn check(&self, url: &Url) -> Result<(), TargetError> {
        let origin = url.origin().ascii_serialization();
        if self.0.contains(&origin) {
            Ok(())
        } else {
            Err(TargetError::NotAllowed(url.host_str().unwrap_or_default().to_owned()))
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
    }

    #[test]
    fn only_allowlisted_origins_pass() {
        let allow = Allowlist::new(["http://127.0.0.1:9999".to_string()]);
        for ok in
            [TOKEN, "https://AUTH.TESLA.COM:443/oauth2/v3/token", "http://127.0.0.1:9999/oauth2/v3/token"]
        {
            assert_eq!(allow.check(&Url::parse(ok).unwrap()), Ok(()), "{ok}");
        }
        for refused in [
            "http://auth.tesla.com/oauth2/v3/token",
            "https://auth.tesla.com:8443/oauth2/v3/token",
            "https://auth.tesla.com.evil.example/",
            "https://evil.example/?https://auth.tesla.com",
            "http://127.0.0.1:9998/",
            "https://www.tesla.com/",
        ] {
            assert!(allow.check(&Url::parse(refused).unwrap()).is_err(), "{refused}");
        }
    }
}
