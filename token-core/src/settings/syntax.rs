//! The syntax of the values build settings hold, shared by the build check
//! and the modules that read the settings, so that both judge a value alike.

/// One CSP host source: `https://relay.example`, `http://127.0.0.1:*`,
/// `https://*.workers.dev`.
pub struct CspSource<'a> {
    scheme: &'a str,
    host: &'a str,
    port: Option<&'a str>,
}

impl<'a> CspSource<'a> {
    /// Splits `scheme://host[:port]` (a trailing `/` aside); `None` without `://`.
    pub fn parse(text: &'a str) -> Option<Self> {
        let (scheme, rest) = text.split_once("://")?;
        let authority = rest.trim_end_matches('/');
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        Some(Self { scheme, host, port })
    }

    /// Whether the browser lets this source reach `origin` (`scheme://host[:port]`).
    pub fn admits(&self, origin: &str) -> bool {
        let Some(candidate) = CspSource::parse(origin) else { return false };
        let host_matches = match self.host.strip_prefix("*.") {
            Some(parent) => {
                candidate.host.len() > parent.len() + 1 && {
                    let (sub, rest) = candidate.host.split_at(candidate.host.len() - parent.len());
                    sub.ends_with('.') && rest.eq_ignore_ascii_case(parent)
                }
            }
            None => candidate.host.eq_ignore_ascii_case(self.host),
        };
        let port_matches = match self.port {
            Some("*") => true,
            port => port == candidate.port,
        };
        // As CSP matches schemes: `http:` admits `https:` too, never the reverse.
        let scheme_matches = self.scheme.eq_ignore_ascii_case(candidate.scheme)
            || (self.scheme.eq_ignore_ascii_case("http") && candidate.scheme.eq_ignore_ascii_case("https"));
        scheme_matches && host_matches && port_matches
    }
}

/// Whether `text` can be a client id (`TESLA_FLEET_CLIENT_ID`, or one typed
/// for your own app): 1 to 128 letters, digits, `-` and `_`.
pub fn is_client_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 128
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_match_scheme_host_and_port_exactly_or_by_wildcard() {
        let exact = CspSource::parse("https://relay.example").unwrap();
        assert!(exact.admits("https://relay.example"));
        assert!(exact.admits("https://RELAY.example"));
        assert!(!exact.admits("http://relay.example"), "https: never admits http:");
        assert!(!exact.admits("https://relay.example:8443"));
        assert!(!exact.admits("https://relay.example.evil.test"));
        let sub = CspSource::parse("https://*.workers.dev/").unwrap();
        assert!(sub.admits("https://tesla-relay.me.workers.dev"));
        assert!(!sub.admits("https://workers.dev"));
        assert!(!sub.admits("https://evilworkers.dev"));
        let any_port = CspSource::parse("http://127.0.0.1:*").unwrap();
        assert!(any_port.admits("http://127.0.0.1:8787"));
        assert!(!any_port.admits("http://127.0.0.2:8787"));
        assert!(!any_port.admits("not an origin"));
    }

    #[test]
    fn client_ids_are_letters_digits_dashes_and_underscores() {
        assert!(is_client_id("my-app_2"));
        for refused in ["", "a b", "a/b", "ü", &"a".repeat(129)] {
            assert!(!is_client_id(refused), "{refused}");
        }
    }
}
