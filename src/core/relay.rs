//! The relay setting: a URL template through which every request travels.

use super::text::echo;
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

/// Why a relay setting is refused, each with what to do instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RelaySettingError {
    #[error("Enter the relay's address, e.g. http://127.0.0.1:8787/")]
    Empty,
    #[error("That is not a web address: {0}. It should look like http://127.0.0.1:8787/")]
    NotAUrl(String),
    #[error("A relay address must start with https:// (or http:// for a relay on this computer).")]
    UnsupportedScheme,
    #[error(
        "Plain http:// is only allowed for a relay on this computer (127.0.0.1, localhost, \
         [::1]); use https:// for {0}, or your tokens would cross the network unencrypted."
    )]
    PlainHttpToRemote(String),
    #[error("The relay address must not contain a user name or password.")]
    HasCredentials,
    #[error("The relay address must not contain a # fragment.")]
    HasFragment,
    #[error("Use {{url}} at most once in the relay address.")]
    RepeatedPlaceholder,
    #[error(
        "This copy of the page may only talk to the relays its security policy names \
         ({allowed}), so your browser would block {relay}. Run a relay on this computer \
         (see the README), or host your own copy built with your relay."
    )]
    NotInPolicy { relay: String, allowed: String },
}

impl RelayTemplate {
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

    /// [`RelayTemplate::parse`], refusing a relay the page's policy blocks.
    pub fn parse_admitted(text: &str) -> Result<Self, RelaySettingError> {
        Self::parse(text).and_then(super::policy::admit_relay)
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

    /// The relay's host (and port), as shown on screen.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The template as the user wrote it (normalised).
    pub fn as_str(&self) -> &str {
        &self.template
    }
}

/// The relay in use, and one proposed by a `?relay=` link that the user has
/// not confirmed yet. A link can be crafted by anyone, and a relay sees the
/// code and tokens, so nothing is sent while a proposal is pending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayChoice {
    active: RelayTemplate,
    proposed_by_link: Option<RelayTemplate>,
}

impl RelayChoice {
    /// The saved relay (or the default), and the one a link proposes, if
    /// it differs. A refused link proposal comes back as the error.
    pub fn new(saved: Option<&str>, from_link: Option<&str>) -> (Self, Option<RelaySettingError>) {
        let default = || RelayTemplate::parse_admitted(super::tesla::DEFAULT_RELAY);
        let active = saved.and_then(|s| RelayTemplate::parse_admitted(s).ok()).or_else(|| default().ok());
        // The default is a build setting covered by a test; it always parses.
        let active = active.unwrap_or_else(|| unreachable!("DEFAULT_RELAY does not parse"));
        let (proposed, refusal) = match from_link.map(RelayTemplate::parse_admitted) {
            Some(Ok(link)) if link != active => (Some(link), None),
            Some(Err(refusal)) => (None, Some(refusal)),
            _ => (None, None),
        };
        (Self { active, proposed_by_link: proposed }, refusal)
    }

    /// The relay requests may go to, unless a link proposal awaits an answer.
    pub fn usable(&self) -> Option<&RelayTemplate> {
        self.proposed_by_link.is_none().then_some(&self.active)
    }

    /// The relay in use (shown even while a proposal is pending).
    pub fn active(&self) -> &RelayTemplate {
        &self.active
    }

    /// The relay a link proposed, awaiting the user's answer.
    pub fn proposed_by_link(&self) -> Option<&RelayTemplate> {
        self.proposed_by_link.as_ref()
    }

    /// The user accepted the link's relay.
    pub fn accept_proposal(&mut self) {
        if let Some(proposed) = self.proposed_by_link.take() {
            self.active = proposed;
        }
    }

    /// The user kept their own relay.
    pub fn reject_proposal(&mut self) {
        self.proposed_by_link = None;
    }

    /// The user typed a relay; it replaces both the active one and any proposal.
    pub fn choose(&mut self, template: RelayTemplate) {
        self.active = template;
        self.proposed_by_link = None;
    }
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => ip.is_loopback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn default_relay_is_the_local_one() {
        let (choice, refusal) = RelayChoice::new(None, None);
        assert_eq!(refusal, None);
        assert_eq!(choice.usable().unwrap().as_str(), "http://127.0.0.1:8787/");
    }

    #[test]
    fn a_relay_from_a_link_is_unusable_until_confirmed() {
        let (mut choice, _) = RelayChoice::new(None, Some("http://localhost:9/?url={url}"));
        assert_eq!(choice.usable(), None);
        assert_eq!(choice.active().host(), "127.0.0.1:8787");
        assert_eq!(choice.proposed_by_link().unwrap().host(), "localhost:9");
        choice.accept_proposal();
        assert_eq!(choice.usable().unwrap().host(), "localhost:9");

        let (mut choice, _) = RelayChoice::new(Some("http://localhost:1/"), Some("http://localhost:2/"));
        choice.reject_proposal();
        assert_eq!(choice.usable().unwrap().host(), "localhost:1");
    }

    #[test]
    fn a_link_naming_the_relay_in_use_needs_no_confirmation() {
        let (choice, _) = RelayChoice::new(Some("http://127.0.0.1:8787/"), Some("http://127.0.0.1:8787"));
        assert!(choice.usable().is_some());
    }

    #[test]
    fn a_bad_relay_from_a_link_is_refused_and_reported() {
        let (choice, refusal) = RelayChoice::new(None, Some("http://evil.example/"));
        assert_eq!(refusal, Some(RelaySettingError::PlainHttpToRemote("evil.example".into())));
        assert_eq!(choice.usable().unwrap().host(), "127.0.0.1:8787");
    }

    #[test]
    fn a_corrupt_saved_relay_falls_back_to_the_default() {
        let (choice, _) = RelayChoice::new(Some("javascript:alert(1)"), None);
        assert_eq!(choice.usable().unwrap().host(), "127.0.0.1:8787");
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
