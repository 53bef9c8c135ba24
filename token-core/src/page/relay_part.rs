//! The relay part: which relay the page uses, whether it answers, direct
//! mode, and the relay address being typed. The relay is asked when a login
//! starts, so a relay that is not running is reported while the owner is
//! still logging in, and a code pasted meanwhile waits here, unspent.

use super::desk::{Desk, Purpose, Ticket};
use super::event::{Command, Event, Reach};
use super::job::{Job, Work};
use super::says::{Says, Spot, Tone};
use crate::display::visitor::BrowserKind;
use crate::oauth::token::TokenRequest;
use crate::settings::relay::{RelayTemplate, is_loopback};
use crate::transport::choice::{RelayChoice, admitted};
use crate::transport::via::{DirectSupport, Via};
use url::Url;

/// Whether `url` is on this computer (a loopback address or `localhost`).
pub(super) fn on_this_computer(url: &Url) -> bool {
    url.host().is_some_and(|host| is_loopback(&host))
}

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
        // Only a page on this computer may be its own relay unasked (`token-relay
        // --page`): a copy hosted elsewhere, even under an admitted wildcard
        // origin, must be chosen.
        let own = format!("{}/", page_url.origin().ascii_serialization());
        self.own_origin = admitted(&own).ok().filter(|_| on_this_computer(page_url));
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

    /// The relay's own events: its setting, a link's proposal, direct
    /// mode. Returns the commands, and whether the relay changed.
    pub(super) fn handle(&mut self, event: Event, desk: &mut Desk) -> (Vec<Command>, bool) {
        match event {
            Event::ProbeDirect => {
                self.direct = DirectSupport::Testing;
                let ticket = desk.ticket(Purpose::Probe);
                return (vec![Command::Run(Job { ticket, work: Work::Probe })], false);
            }
            Event::Probed { ticket, readable } if desk.take(ticket).is_some() => {
                self.direct = if readable {
                    DirectSupport::Available { chosen: false }
                } else {
                    DirectSupport::Unavailable
                };
            }
            Event::ChooseDirect(chosen) => {
                if matches!(self.direct, DirectSupport::Available { .. }) {
                    self.direct = DirectSupport::Available { chosen };
                }
            }
            Event::SaveRelay => {
                match admitted(self.draft.as_deref().unwrap_or(self.choice.active().as_str())) {
                    Ok(template) => {
                        self.choice.choose(template);
                        desk.clear(Spot::Relay);
                        return (vec![self.changed(desk)], true);
                    }
                    Err(error) => desk.say(Spot::Relay, Tone::Problem, Says::RelaySetting(error)),
                }
            }
            Event::AcceptRelay => {
                self.choice.accept_proposal();
                return (vec![self.changed(desk)], true);
            }
            Event::RejectRelay => self.choice.reject_proposal(),
            _ => {}
        }
        (Vec::new(), false)
    }

    /// A new relay: what was known of the old one no longer holds, and an
    /// answer about it must not count for the new one. Stores it.
    fn changed(&mut self, desk: &mut Desk) -> Command {
        self.health = RelayHealth::Unchecked;
        self.draft = None;
        desk.drop_pending(Purpose::Health);
        desk.drop_pending(Purpose::OwnHealth);
        Command::StoreRelay(self.choice.active().as_str().to_owned())
    }

    /// Asks the relay the page will use whether it answers, unless it is
    /// being asked or the page goes direct.
    pub(super) fn check(&mut self, desk: &mut Desk, now_ms: f64) -> Vec<Command> {
        if desk.awaits(Purpose::Health) || desk.awaits(Purpose::OwnHealth) {
            return Vec::new();
        }
        let Some((url, own)) = self.next_check(now_ms) else { return Vec::new() };
        let ticket = desk.ticket(if own { Purpose::OwnHealth } else { Purpose::Health });
        vec![Command::Run(Job { ticket, work: Work::Health { url } })]
    }

    /// The relay answered `ticket`'s check with `reach`: the commands, and
    /// the code held for it, to send now that it answers.
    pub(super) fn checked(
        &mut self,
        desk: &mut Desk,
        ticket: Ticket,
        reach: Reach,
    ) -> (Vec<Command>, Option<TokenRequest>) {
        let Some(purpose) = desk.take(ticket) else { return (Vec::new(), None) };
        if purpose == Purpose::OwnHealth && !self.own_origin_answered(reach) {
            // The page's own origin is no relay of ours: now the relay chosen is asked.
            return (self.check(desk, self.asked_at_ms), None);
        }
        if reach == Reach::Unreachable {
            self.health = RelayHealth::Silent;
            let held = self.held.is_some();
            desk.say(Spot::Paste, if held { Tone::Working } else { Tone::Problem }, self.silent_says(held));
            return (Vec::new(), None);
        }
        self.health = RelayHealth::Answering;
        if desk.message(Spot::Paste).is_some_and(|m| m.tone == Tone::Problem) {
            desk.clear(Spot::Paste);
        }
        (Vec::new(), self.held.take())
    }

    /// What the page says of a relay that does not answer.
    pub(super) fn silent_says(&self, code_held: bool) -> Says {
        let host = self.choice.active().host().to_owned();
        Says::RelaySilent { host, code_held, hosted_in: self.browser_between() }
    }

    /// Sends a token request for `purpose` by the route it may take, saying
    /// so beside `spot`; `None` while no relay may be used (a link's relay
    /// waits for the owner's answer), which is said beside `spot` instead.
    pub(super) fn send_token(
        &self,
        desk: &mut Desk,
        request: TokenRequest,
        purpose: Purpose,
        spot: Spot,
    ) -> Option<Vec<Command>> {
        let Some(via) = Via::choose(&self.choice, self.direct, &request.endpoint) else {
            desk.say(spot, Tone::Problem, Says::AnswerRelayQuestionFirst);
            return None;
        };
        let working = match purpose {
            Purpose::Exchange => Says::Exchanging(via.route()),
            Purpose::Fleet => Says::ExchangingFleet(via.route()),
            _ => Says::Refreshing(via.route()),
        };
        desk.say(spot, Tone::Working, working);
        let ticket = desk.ticket(purpose);
        Some(vec![Command::Run(Job { ticket, work: Work::Token { request, via } })])
    }
}
