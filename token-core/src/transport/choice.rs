//! Which relay the page uses: the saved one or the build's default, and
//! one a `?relay=` link proposes, which waits for the user's answer.

use crate::settings::DEFAULT_RELAY;
use crate::settings::relay::{RelaySettingError, RelayTemplate};
use crate::transport::policy;

/// [`RelayTemplate::parse`], refusing a relay the page's policy blocks.
pub fn admitted(text: &str) -> Result<RelayTemplate, RelaySettingError> {
    RelayTemplate::parse(text).and_then(policy::admit)
}

/// The relay in use, and one proposed by a `?relay=` link that the user has
/// not confirmed yet. A link can be crafted by anyone, and a relay sees the
/// code and tokens, so nothing is sent while a proposal is pending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayChoice {
    active: RelayTemplate,
    proposed_by_link: Option<RelayTemplate>,
    /// Whether the active relay is the build's default (nobody chose it).
    by_default: bool,
}

impl RelayChoice {
    /// The saved relay (or the default), and the one a link proposes, if
    /// it differs. A refused link proposal comes back as the error.
    pub fn new(saved: Option<&str>, from_link: Option<&str>) -> (Self, Option<RelaySettingError>) {
        let saved = saved.and_then(|s| admitted(s).ok());
        let by_default = saved.is_none();
        let active = saved
            .or_else(|| admitted(DEFAULT_RELAY).ok())
            // The build refuses a default relay that does not parse (settings::build_check).
            .unwrap_or_else(RelayTemplate::local);
        let (proposed, refusal) = match from_link.map(admitted) {
            Some(Ok(link)) if link != active => (Some(link), None),
            Some(Err(refusal)) => (None, Some(refusal)),
            _ => (None, None),
        };
        (Self { active, proposed_by_link: proposed, by_default }, refusal)
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
            self.by_default = false;
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
        self.by_default = false;
    }

    /// Whether nobody chose the relay in use: the build's default, which
    /// the page's own origin replaces when a relay serves the page.
    pub fn is_default(&self) -> bool {
        self.by_default && self.proposed_by_link.is_none()
    }

    /// The relay that served the page, found by asking it: used for this visit.
    pub fn serve_from_own_origin(&mut self, own: RelayTemplate) {
        self.active = own;
        self.by_default = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
