//! What the view reads of the page, part by part. Reading changes nothing.

use super::{
    ApiPanel, Field, Forgotten, LeaveWarning, Message, Page, Question, RelayHealth, Says, Spot, Ticket, Tone,
};
use crate::oauth::token::TokenSet;
use crate::transport::choice::RelayChoice;
use crate::transport::via::DirectSupport;
use url::Url;

impl Page {
    /// The epoch: bumped by every forget.
    pub fn epoch(&self) -> u64 {
        self.desk.epoch()
    }

    /// Whether `ticket`'s request is still wanted.
    pub fn wants(&self, ticket: Ticket) -> bool {
        self.desk.is_pending(ticket)
    }

    /// The message beside `spot`, if any.
    pub fn message(&self, spot: Spot) -> Option<&Message> {
        self.desk.message(spot)
    }

    /// A notice about the whole page: what was forgotten, and why.
    pub fn notice(&self) -> Option<Forgotten> {
        self.notice
    }

    /// The question waiting for "yes" or "no".
    pub fn question(&self) -> Option<&Question> {
        self.question.as_ref()
    }

    /// What is in `field` now: what the owner typed, or its default.
    pub fn input(&self, field: Field) -> &str {
        let typed = self.login.typed.get(field).or_else(|| self.tokens.typed.get(field));
        typed.unwrap_or_else(|| self.relay.draft.as_deref().unwrap_or(self.relay.choice.active().as_str()))
    }

    // The login part.

    /// The newest login's link, while a login is pending.
    pub fn login_url(&self) -> Option<&Url> {
        self.login.logins.newest_url()
    }

    /// Whether step 2 can take a paste.
    pub fn awaiting_paste(&self) -> bool {
        self.login.logins.any()
    }

    /// Whether "Get my tokens" can be pressed.
    pub fn can_paste(&self) -> bool {
        self.login.logins.takes_pastes() && !self.exchanging() && !self.paste_waits_for_relay()
    }

    /// What step 2 says: the relay question first, else the last paste's outcome.
    pub fn paste_status(&self) -> Option<Message> {
        if self.paste_waits_for_relay() && !self.exchanging() {
            return Some(Message { tone: Tone::Problem, says: Says::AnswerRelayQuestionFirst });
        }
        self.message(Spot::Paste).cloned()
    }

    /// Whether step 2 waits for the answer to a link's relay: nothing is
    /// sent to a relay the owner has not confirmed.
    fn paste_waits_for_relay(&self) -> bool {
        self.relay.choice.usable().is_none() && !self.relay.goes_direct()
    }

    /// Whether an own-app login waits for its tab.
    pub fn fleet_waiting(&self) -> bool {
        self.login.fleet.is_some()
    }

    // The relay part.

    /// The relay setting.
    pub fn relay(&self) -> &RelayChoice {
        &self.relay.choice
    }

    /// What the page knows of the relay.
    pub fn relay_health(&self) -> RelayHealth {
        if self.relay.goes_direct() { RelayHealth::Unchecked } else { self.relay.health }
    }

    /// What the direct-mode probe found.
    pub fn direct(&self) -> DirectSupport {
        self.relay.direct
    }

    // The tokens part.

    /// The tokens shown.
    pub fn tokens(&self) -> Option<&TokenSet> {
        self.tokens.shown.as_ref().map(|shown| &shown.tokens)
    }

    /// How many times tokens arrived from a login (the view brings them into sight).
    pub fn arrivals(&self) -> u64 {
        self.tokens.arrivals
    }

    /// The idle time chosen, in minutes (`None`: keep the tokens).
    pub fn idle_minutes(&self) -> Option<u32> {
        self.tokens.idle_minutes
    }

    /// When the owner last did anything, in ms (browser clock).
    pub fn last_activity_ms(&self) -> f64 {
        self.tokens.last_activity_ms
    }

    /// What leaving the page now would lose.
    pub fn leave_warning(&self) -> Option<LeaveWarning> {
        if self.tokens.uncopied() {
            Some(LeaveWarning::UncopiedTokens)
        } else if (self.login.logins.any() && self.tokens.shown.is_none()) || self.login.fleet.is_some() {
            Some(LeaveWarning::LoginPending)
        } else {
            None
        }
    }

    /// Whether leaving the page now would lose something.
    pub fn would_lose_work(&self) -> bool {
        self.leave_warning().is_some()
    }

    // "Use the token".

    /// "Use the token".
    pub fn api(&self) -> &ApiPanel {
        &self.api
    }
}
