//! Whether the relay answers, found out when a login starts: a relay that
//! is not running is reported while the user is still logging in, and a
//! code pasted meanwhile waits here, unspent, until the relay answers.

use super::{Command, Job, Page, Purpose, Spot, Ticket, Tone, Work};
use crate::oauth::token::TokenRequest;
use crate::settings::relay::RelayTemplate;
use crate::transport::via::DirectSupport;

/// How often a silent relay is asked again while a login waits for it.
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

/// The relay's health and the exchange waiting for it.
#[derive(Debug, Default)]
pub(super) struct RelayWatch {
    pub(super) health: RelayHealth,
    /// A checked paste's request, sent once the relay answers.
    pub(super) held: Option<TokenRequest>,
    /// The page's own origin, asked whether it is a relay.
    pub(super) own_origin: Option<RelayTemplate>,
    pub(super) asked_at_ms: f64,
}

impl RelayWatch {
    /// Whether to ask the relay again now.
    pub(super) fn due(&self, now_ms: f64) -> bool {
        self.health == RelayHealth::Silent && now_ms - self.asked_at_ms >= RECHECK_MS
    }

    /// Forgets what was known (the relay setting changed).
    pub(super) fn reset(&mut self) {
        self.health = RelayHealth::Unchecked;
    }
}

impl Page {
    /// A new relay: what was known of the old one no longer holds. A login
    /// under way asks the new one at once.
    pub(super) fn relay_changed(&mut self) -> Vec<Command> {
        self.relay_watch.reset();
        // An answer about the old relay must not count for the new one.
        self.pending.retain(|(_, purpose)| *purpose != Purpose::Health);
        if self.logins.any() { self.check_relay(self.last_activity_ms) } else { Vec::new() }
    }

    /// Asks the relay whether it answers, unless it is being asked or the
    /// page goes direct or to a relay it cannot ask.
    pub(super) fn check_relay(&mut self, now_ms: f64) -> Vec<Command> {
        let url = match self.relay.usable().and_then(|relay| relay.health_url()) {
            Some(url) if !self.goes_direct() => url,
            _ => return Vec::new(),
        };
        if self.pending.iter().any(|(_, purpose)| *purpose == Purpose::Health) {
            return Vec::new();
        }
        if self.relay_watch.health != RelayHealth::Silent {
            self.relay_watch.health = RelayHealth::Checking;
        }
        self.relay_watch.asked_at_ms = now_ms;
        let mut commands = Vec::new();
        // Nobody chose a relay: the page's own origin is asked too, once.
        let own = self.own_origin.take().filter(|own| self.relay.is_default() && own != self.relay.active());
        if let Some((own, url)) = own.and_then(|own| Some((own.clone(), own.health_url()?))) {
            let ticket = self.ticket(Purpose::OwnHealth);
            commands.push(Command::Run(Job { ticket, work: Work::Health { url } }));
            self.relay_watch.own_origin = Some(own);
        }
        let ticket = self.ticket(Purpose::Health);
        commands.push(Command::Run(Job { ticket, work: Work::Health { url } }));
        commands
    }

    pub(super) fn relay_checked(&mut self, ticket: Ticket, answering: bool) -> Vec<Command> {
        let Some(purpose) = self.take(ticket) else { return Vec::new() };
        if purpose == Purpose::OwnHealth {
            let Some(own) =
                self.relay_watch.own_origin.take().filter(|_| answering && self.relay.is_default())
            else {
                return Vec::new();
            };
            // The relay that served the page: the answer about the default one no longer counts.
            self.relay.serve_from_own_origin(own);
            self.pending.retain(|(_, purpose)| *purpose != Purpose::Health);
        }
        if answering {
            self.relay_watch.health = RelayHealth::Answering;
            if self.message(Spot::Paste).is_some_and(|m| m.tone == Tone::Problem) {
                self.clear(Spot::Paste);
            }
            return match self.relay_watch.held.take() {
                Some(request) => self.send_token(request, Purpose::Exchange, Spot::Paste),
                None => Vec::new(),
            };
        }
        self.relay_watch.health = RelayHealth::Silent;
        let held = self.relay_watch.held.is_some();
        let tone = if held { Tone::Working } else { Tone::Problem };
        self.say(Spot::Paste, tone, self.relay_silent_text(held));
        Vec::new()
    }

    pub(super) fn relay_silent_text(&self, held: bool) -> String {
        let host = self.relay.active().host();
        let then = if held {
            "Your code is kept here, unused, and sent as soon as the relay answers."
        } else {
            "You can go on logging in: the paste waits for the relay."
        };
        let why = self.browser_between().unwrap_or(
            "it is not running, or it does not allow this page. Start it as shown below; this page asks \
             again every few seconds.",
        );
        format!("The relay at {host} is not answering this page: {why} {then}")
    }

    /// What a browser does between an HTTPS page and a plain-http relay on
    /// this computer, which looks to the page like a relay that is not there.
    pub(super) fn browser_between(&self) -> Option<&'static str> {
        (self.page_is_https && self.relay.active().as_str().starts_with("http://")).then_some(
            "this page is on the web (HTTPS) and the relay is on this computer. Chrome, Edge and Firefox \
             ask before a site may reach it: look for a prompt on this tab (\"access other apps and \
             services on this device\") and allow it. Safari never allows it: open the page from your \
             own relay instead, or use an HTTPS relay. If the relay is not running, start it as shown \
             below; this page asks again every few seconds.",
        )
    }

    /// Whether a paste must wait: the relay is known to be silent.
    pub(super) fn waits_for_relay(&self) -> bool {
        self.relay_watch.health == RelayHealth::Silent && !self.goes_direct()
    }

    pub(super) fn goes_direct(&self) -> bool {
        self.direct == (DirectSupport::Available { chosen: true })
    }
}
