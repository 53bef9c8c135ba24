//! Whether the relay answers, found out when a login starts: a relay that
//! is not running is reported while the user is still logging in, and a
//! code pasted meanwhile waits here, unspent, until the relay answers.

use crate::oauth::token::TokenRequest;

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
