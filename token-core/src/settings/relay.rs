//! The relay setting: a URL template through which every request travels.

use crate::text::echo;
use url::{Host, Url};

/// Where the percent-encoded upstream URL goes in a template.
pub const PLACEHOLDER: &str = "{url}";

/// The longest template accepted.
const MAX_TEMPLATE_LEN: usize = 2048;

/// A checked relay template: `https://relay.example/?url={url}` (query
/// style) or `http://127.0.0.1:8787/` (prefix style, upstream appended).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayTemplate {
    template: String,
    host: String,
}

/// Why a relay setting is refused. The page's catalog says each in the
/// owner's words, with what to do instead; `Display` is a terse line for
/// logs (and for the build's check of its default relay).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RelaySettingError {
    /// Nothing typed.
    #[error("empty relay address")]
    Empty,
    /// What was typed, cleaned: not an absolute URL with a host.
    #[error("not a URL: {0}")]
    NotAUrl(String),
    /// A scheme other than `https` or `http`.
    #[error("scheme is not https or http")]
    UnsupportedScheme,
    /// `http://` to this host, which is not this computer.
    #[error("plain http to {0}, which is not this computer")]
    PlainHttpToRemote(String),
    /// A user name or password in the address.
    #[error("credentials in the address")]
    HasCredentials,
    /// A `#` fragment in the address.
    #[error("fragment in the address")]
    HasFragment,
    /// `{url}` more than once.
    #[error("{{url}} more than once")]
    RepeatedPlaceholder,
    /// The page's security policy would block this relay host; `allowed`
    /// lists the sources it admits, separated by spaces.
    #[error("{relay} is not among the policy's relays: {allowed}")]
    NotInPolicy {
        /// The refused relay's host (and port).
        relay: String,
        /// The policy's relay sources, separated by spaces.
        allowed: String,
    },
}

impl RelayTemplate {
    /// The relay `scripts/serve.sh` starts on this computer, built without
    /// parsing, so it cannot fail.
    pub fn local() -> Self {
        Self { template: "http://127.0.0.1:8787/".into(), host: "127.0.0.1:8787".into() }
    }

    /// Checks a template typed by the user or taken from a `?relay=` link.
    pub fn parse(text: &str) -> Result<Self, RelaySettingError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(RelaySettingError::Empty);
        }
        if text.matches(PLACEHOLDER).count() > 1 {
            return Err(RelaySettingError::RepeatedPlaceholder);
        }
        let url = Url::parse(&text.replace(PLACEHOLDER, "x"))
            .ok()
            .filter(|_| text.len() <= MAX_TEMPLATE_LEN)
            .ok_or_else(|| RelaySettingError::NotAUrl(echo(text)))?;
        let host = url.host().ok_or_else(|| RelaySettingError::NotAUrl(echo(text)))?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&host) => {}
            "http" => return Err(RelaySettingError::PlainHttpToRemote(host.to_string())),
            _ => return Err(RelaySettingError::UnsupportedScheme),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(RelaySettingError::HasCredentials);
        }
        if url.fragment().is_some() {
            return Err(RelaySettingError::HasFragment);
        }
        let host = match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        };
        let mut template = text.to_owned();
        if !template.contains(PLACEHOLDER) && !template.ends_with(['/', '=', '?']) {
            template.push('/');
        }
        Ok(Self { template, host })
    }

    /// The address to send a request for `upstream` to.
    pub fn url_for(&self, upstream: &str) -> String {
        if self.template.contains(PLACEHOLDER) {
            let encoded: String = url::form_urlencoded::byte_serialize(upstream.as_bytes()).collect();
            self.template.replace(PLACEHOLDER, &encoded)
        } else {
            format!("{}{upstream}", self.template)
        }
    }

    /// Where to ask whether the relay runs and allows this page: `health`
    /// in the folder the template's requests go to (`http://127.0.0.1:8787/health`,
    /// `https://relay.example/health` for `https://relay.example/?url={url}`).
    /// A relay of ours answers `ok`; another kind answers something else,
    /// which still proves it reachable.
    /// `None` only if the template's address part does not parse.
    pub fn health_url(&self) -> Option<String> {
        let address = self.template.split(['?', '{']).next().unwrap_or_default();
        Some(Url::parse(address).ok()?.join("health").ok()?.into())
    }

    /// The relay's host (and port), as shown on screen.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The template as the user wrote it (normalised).
    pub fn as_str(&self) -> &str {
        &self.template
    }
}

/// Whether `host` is on this computer: `localhost` or a loopback address.
pub(crate) fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => ip.is_loopback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_relay_is_asked_for_its_health_in_the_folder_its_requests_go_to() {
        let health = |text: &str| RelayTemplate::parse(text).unwrap().health_url().unwrap();
        assert_eq!(health("http://127.0.0.1:8787"), "http://127.0.0.1:8787/health");
        assert_eq!(health("https://relay.example/r/"), "https://relay.example/r/health");
        assert_eq!(health("https://relay.example/?url={url}"), "https://relay.example/health");
        assert_eq!(health("https://relay.example/?url="), "https://relay.example/health");
        assert_eq!(health("https://relay.example/r/fetch?to={url}"), "https://relay.example/r/health");
        assert_eq!(health("https://relay.example/r/{url}"), "https://relay.example/r/health");
        assert_eq!(health("https://relay.example?url={url}"), "https://relay.example/health");
    }

    const TOKEN: &str = "https://auth.tesla.com/oauth2/v3/token";

    #[test]
    fn prefix_style_appends_the_upstream_url() {
        let relay = RelayTemplate::parse("http://127.0.0.1:8787/").unwrap();
        assert_eq!(relay.url_for(TOKEN), "http://127.0.0.1:8787/https://auth.tesla.com/oauth2/v3/token");
        assert_eq!(relay.host(), "127.0.0.1:8787");
        let no_slash = RelayTemplate::parse(" http://localhost:8787 ").unwrap();
        assert_eq!(no_slash.url_for(TOKEN), format!("http://localhost:8787/{TOKEN}"));
    }

    #[test]
    fn placeholder_style_percent_encodes_the_upstream_url() {
        let relay = RelayTemplate::parse("https://relay.example/?url={url}").unwrap();
        assert_eq!(
            relay.url_for(TOKEN),
            "https://relay.example/?url=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3%2Ftoken"
        );
        assert_eq!(relay.host(), "relay.example");
        let hostile = relay.url_for("https://auth.tesla.com/x?a=1&url=https://evil.example#f");
        assert!(hostile.starts_with("https://relay.example/?url=https%3A"));
        assert_eq!(hostile.matches('&').count(), 0);
        assert_eq!(hostile.matches('#').count(), 0);
    }

    #[test]
    fn the_local_relay_is_what_parsing_its_address_gives() {
        assert_eq!(RelayTemplate::parse("http://127.0.0.1:8787/"), Ok(RelayTemplate::local()));
    }

    #[test]
    fn plain_http_is_only_for_this_computer() {
        for ok in ["http://127.0.0.1:1/", "http://127.8.9.10/", "http://[::1]:8787/", "http://LOCALHOST/"] {
            assert!(RelayTemplate::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            RelayTemplate::parse("http://relay.example/"),
            Err(RelaySettingError::PlainHttpToRemote("relay.example".into()))
        );
        assert_eq!(
            RelayTemplate::parse("http://192.168.1.2/"),
            Err(RelaySettingError::PlainHttpToRemote("192.168.1.2".into()))
        );
    }

    #[test]
    fn hostile_templates_are_refused() {
        assert_eq!(RelayTemplate::parse("  "), Err(RelaySettingError::Empty));
        assert_eq!(
            RelayTemplate::parse("javascript:alert(1)//{url}"),
            Err(RelaySettingError::NotAUrl("javascript:alert(1)//{url}".into()))
        );
        assert_eq!(
            RelayTemplate::parse("data:text/html,x"),
            Err(RelaySettingError::NotAUrl("data:text/html,x".into()))
        );
        assert_eq!(RelayTemplate::parse("ftp://relay.example/"), Err(RelaySettingError::UnsupportedScheme));
        assert_eq!(
            RelayTemplate::parse("https://me:pw@relay.example/"),
            Err(RelaySettingError::HasCredentials)
        );
        assert_eq!(RelayTemplate::parse("https://relay.example/#{url}"), Err(RelaySettingError::HasFragment));
        assert_eq!(
            RelayTemplate::parse("https://r.example/{url}/{url}"),
            Err(RelaySettingError::RepeatedPlaceholder)
        );
        assert!(matches!(RelayTemplate::parse("relay.example"), Err(RelaySettingError::NotAUrl(_))));
        // Built without Unicode host support (idna_adapter 1.0): such hosts are refused.
        assert!(matches!(
            RelayTemplate::parse("https://bücher.example/"),
            Err(RelaySettingError::NotAUrl(_))
        ));
        assert!(matches!(
            RelayTemplate::parse(&format!("https://r.example/{}", "a".repeat(5000))),
            Err(RelaySettingError::NotAUrl(_))
        ));
    }
}
