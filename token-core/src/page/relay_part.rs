//! The relay part: which relay the page uses, whether it answers, direct
//! mode, and the relay address being typed. The relay is asked when a login
//! starts, so a relay that is not running is reported while the owner is
//! still logging in, and a code pasted meanwhile waits here, unspent.

use super::event::Reach;
use crate::display::visitor::BrowserKind;
use crate::oauth::token::TokenRequest;
use crate::settings::relay::RelayTemplate;
use crate::transport::choice::{RelayChoice, admitted};
use crate::transport::via::DirectSupport;
use url::Url;

/// How often a silent relay is asked again while a login waits for it, in ms.
pub const RECHECK_MS: f64 = 3000.0;

/// What the page knows of the relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RelayHealth {
    /// Not asked yet: the page sends nothing before a button is pressed.
    #[default]
    Unchecked,
    /// Asked; no answer yet.
    Checking,
    /// It answered this page.
    Answering,
    /// It did not answer this page: not running, or not allowing this page.
    Silent,
}

/// The relay setting and what is known of the relay.
#[derive(Debug)]
pub(super) struct RelayPart {
    pub(super) choice: RelayChoice,
    pub(super) health: RelayHealth,
    pub(super) direct: DirectSupport,
    /// A checked paste's request, sent once the relay answers.
    pub(super) held: Option<TokenRequest>,
    pub(super) asked_at_ms: f64,
    /// The relay address being typed, until it is used.
    pub(super) draft: Option<String>,
    /// The page's own origin, while it may still be asked whether it is a
    /// relay of ours (`token-relay --page`): asked once, before the default.
    own_origin: Option<RelayTemplate>,
    /// The own origin while it is being asked.
    asking_own: Option<RelayTemplate>,
    /// Whether the page itself was loaded over HTTPS (a hosted copy).
    page_is_https: bool,
    /// The browser the page runs in, if known.
    browser: Option<BrowserKind>,
}

impl RelayPart {
    pub(super) fn new(choice: RelayChoice) -> Self {
        Self {
            choice,
            health: RelayHealth::Unchecked,
            direct: DirectSupport::Untested,
            held: None,
            asked_at_ms: 0.0,
            draft: None,
            own_origin: None,
            asking_own: None,
            page_is_https: false,
            browser: None,
        }
    }

    /// The page was loaded from `page_url` in `browser`.
    pub(super) fn loaded_from(&mut self, page_url: &Url, browser: Option<BrowserKind>) {
        self.own_origin = admitted(&format!("{}/", page_url.origin().ascii_serialization())).ok();
        self.page_is_https = page_url.scheme() == "https";
        self.browser = browser;
    }

    /// Forgets what a forget wipes: the code held, the address being typed,
    /// what was known of the relay, a probe under way.
    pub(super) fn forget(&mut self) {
        self.held = None;
        self.draft = None;
        self.health = RelayHealth::Unchecked;
        if let Some(own) = self.asking_own.take() {
            self.own_origin = Some(own);
        }
        if self.direct == DirectSupport::Testing {
            self.direct = DirectSupport::Untested;
        }
    }

    /// A new relay: what was known of the old one no longer holds.
    pub(super) fn changed(&mut self) {
        self.health = RelayHealth::Unchecked;
        self.draft = None;
    }

    /// Whether token requests go straight to Tesla.
    pub(super) fn goes_direct(&self) -> bool {
        self.direct == (DirectSupport::Available { chosen: true })
    }

    /// Whether a paste must wait: the relay is known to be silent.
    pub(super) fn silent(&self) -> bool {
        self.health == RelayHealth::Silent && !self.goes_direct()
    }

    /// Whether to ask the relay again now.
    pub(super) fn due(&self, now_ms: f64) -> bool {
        self.health == RelayHealth::Silent && now_ms - self.asked_at_ms >= RECHECK_MS
    }

    /// The address to ask next, and whether it is the page's own origin;
    /// `None` when the page goes direct or has no relay it may use yet.
    pub(super) fn next_check(&mut self, now_ms: f64) -> Option<(String, bool)> {
        if self.goes_direct() {
            return None;
        }
        let active = self.choice.usable()?.clone();
        // Nobody chose a relay: the page's own origin may be one (it served the page).
        let own = self.own_origin.take().filter(|own| self.choice.is_default() && *own != active);
        let (relay, own) = match own {
            Some(own) => (own, true),
            None => (active, false),
        };
        let url = relay.health_url()?;
        if own {
            self.asking_own = Some(relay);
        }
        if self.health != RelayHealth::Silent {
            self.health = RelayHealth::Checking;
        }
        self.asked_at_ms = now_ms;
        Some((url, own))
    }

    /// The own origin answered `reach`: it becomes the relay if it is one
    /// of ours and nobody chose another. Whether it did.
    pub(super) fn own_origin_answered(&mut self, reach: Reach) -> bool {
        match self.asking_own.take() {
            Some(own) if reach == Reach::Ours && self.choice.is_default() => {
                self.choice.serve_from_own_origin(own);
                true
            }
            _ => false,
        }
    }

    /// For a hosted (HTTPS) page and a plain-http relay on this computer:
    /// the browser in between, which may be what keeps them apart.
    pub(super) fn browser_between(&self) -> Option<Option<BrowserKind>> {
        (self.page_is_https && self.choice.active().as_str().starts_with("http://")).then_some(self.browser)
    }
}
