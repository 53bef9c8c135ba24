//! How token requests travel: through the relay, or directly to Tesla when
//! its endpoint has shown it answers this browser with CORS.

use crate::secret::Secret;
use crate::settings;
use crate::settings::relay::RelayTemplate;
use crate::tesla;
use crate::transport::choice::RelayChoice;
use crate::transport::route::{Body, Route};

/// What the direct-mode probe found out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DirectSupport {
    /// Not tested: the page never finds out by spending a code.
    #[default]
    Untested,
    /// The probe is out.
    Testing,
    /// Tesla's endpoint does not let this page read its answers.
    Unavailable,
    /// It does; `chosen` says whether the user wants to skip the relay.
    Available { chosen: bool },
}

/// The probe's body: `client_id=` Tesla's own client and nothing else, so
/// it names no code, verifier or token and cannot spend anything; a form
/// body, so it goes as a CORS "simple request".
pub fn probe_body() -> String {
    url::form_urlencoded::Serializer::new(String::new()).append_pair("client_id", tesla::CLIENT_ID).finish()
}

/// The one endpoint the probe proves: the global token endpoint.
pub fn probed_endpoint() -> String {
    tesla::token_endpoint(settings::AUTH_BASE)
}

/// Where the probe goes and its body.
pub fn probe() -> (String, Body) {
    (
        probed_endpoint(),
        Body { content_type: "application/x-www-form-urlencoded", text: Secret::new(probe_body()) },
    )
}

/// Where one request goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// Through this relay.
    Relay(RelayTemplate),
    /// Straight to Tesla.
    Direct,
}

impl Via {
    /// The route for a request to `upstream`, given the relay setting and
    /// the direct-mode state: direct only to the endpoint the probe proved
    /// (owner-API calls carry `Authorization`, whose preflight Tesla does
    /// not answer); `None` while a relay from a link awaits an answer.
    pub fn choose(relay: &RelayChoice, direct: DirectSupport, upstream: &str) -> Option<Self> {
        if direct == (DirectSupport::Available { chosen: true }) && upstream == probed_endpoint() {
            return Some(Self::Direct);
        }
        Self::through_relay(relay)
    }

    /// Through the relay, whatever direct mode says: for owner-API calls.
    pub fn through_relay(relay: &RelayChoice) -> Option<Self> {
        relay.usable().cloned().map(Self::Relay)
    }

    /// The address to send a request for `upstream` to.
    pub fn url_for(&self, upstream: &str) -> String {
        match self {
            Self::Relay(template) => template.url_for(upstream),
            Self::Direct => upstream.to_owned(),
        }
    }

    /// The route, for messages.
    pub fn route(&self) -> Route {
        match self {
            Self::Relay(template) => Route::Relay(template.host().to_owned()),
            Self::Direct => Route::Direct,
        }
    }

    /// Whether requests skip the relay (and so must be simple requests).
    pub fn is_direct(&self) -> bool {
        matches!(self, Self::Direct)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "https://auth.tesla.com/oauth2/v3/token";

    #[test]
    fn the_relay_is_used_unless_direct_mode_was_proven_and_chosen() {
        let (relay, _) = RelayChoice::new(None, None);
        for direct in [
            DirectSupport::Untested,
            DirectSupport::Testing,
            DirectSupport::Unavailable,
            DirectSupport::Available { chosen: false },
        ] {
            let via = Via::choose(&relay, direct, TOKEN).unwrap();
            assert_eq!(via.url_for(TOKEN), format!("http://127.0.0.1:8787/{TOKEN}"), "{direct:?}");
            assert_eq!(via.route(), Route::Relay("127.0.0.1:8787".into()));
        }
        let direct = Via::choose(&relay, DirectSupport::Available { chosen: true }, TOKEN).unwrap();
        assert!(direct.is_direct());
        assert_eq!(direct.url_for(TOKEN), TOKEN);
        assert_eq!(direct.route(), Route::Direct);
    }

    #[test]
    fn an_unconfirmed_relay_blocks_only_the_relay_route() {
        let (relay, _) = RelayChoice::new(None, Some("http://localhost:9/"));
        assert_eq!(Via::choose(&relay, DirectSupport::Untested, TOKEN), None);
        assert_eq!(Via::choose(&relay, DirectSupport::Available { chosen: true }, TOKEN), Some(Via::Direct));
    }

    #[test]
    fn direct_mode_is_used_only_for_the_endpoint_the_probe_proved() {
        // Pins a bug: owner-API calls went direct too, and failed with a message about the relay.
        let (relay, _) = RelayChoice::new(None, None);
        let chosen = DirectSupport::Available { chosen: true };
        for unproven in [
            "https://owner-api.teslamotors.com/api/1/products",
            "https://auth.tesla.cn/oauth2/v3/token",
            "https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token",
        ] {
            assert!(!Via::choose(&relay, chosen, unproven).unwrap().is_direct(), "{unproven}");
        }
    }

    #[test]
    fn the_probe_is_a_simple_request_to_the_token_endpoint() {
        let (url, body) = probe();
        assert_eq!(url, "https://auth.tesla.com/oauth2/v3/token");
        assert_eq!(
            (body.content_type, body.text.expose()),
            ("application/x-www-form-urlencoded", probe_body().as_str())
        );
    }

    #[test]
    fn the_probe_carries_nothing_that_can_be_spent() {
        let fields: Vec<_> = url::form_urlencoded::parse(probe_body().as_bytes()).into_owned().collect();
        assert_eq!(fields, [("client_id".to_owned(), "ownerapi".to_owned())]);
    }
}
