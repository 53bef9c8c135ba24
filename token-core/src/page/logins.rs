//! Logins started with "Open Tesla login", kept by `state` so that the URL
//! from an earlier login tab still works after a second press, each until
//! Tesla's code would have expired anyway.

use crate::oauth::authorize::{LoginClient, LoginOptions, authorize_url};
use crate::oauth::callback::{PasteError, parse_callback};
use crate::oauth::pkce::PkceVerifier;
use crate::oauth::token::{TokenRequest, authorization_code_request};
use crate::settings;
use crate::tesla::LOGIN_LIFETIME_MS;
use url::Url;

/// How many logins are kept at most; the oldest goes first.
const MAX_PENDING: usize = 3;

/// A login waiting for its paste.
#[derive(Debug)]
struct PendingLogin {
    verifier: PkceVerifier,
    state: String,
    url: Url,
    started_ms: f64,
}

/// What a paste leads to.
#[derive(Debug)]
pub enum PasteOutcome {
    /// The request that exchanges its code.
    Request(TokenRequest),
    /// Its code already gave the tokens shown: nothing to send.
    AlreadyExchanged,
    /// It cannot be used; nothing is sent.
    Refused(PasteError),
}

/// The pending logins, and the states of those whose code was exchanged.
#[derive(Debug, Default)]
pub struct Logins {
    pending: Vec<PendingLogin>,
    /// The login whose code is being exchanged, until the answer arrives.
    exchanging: Option<PendingLogin>,
    exchanged_states: Vec<String>,
}

impl Logins {
    /// Starts a login; returns the link to open in a new tab.
    pub fn start(
        &mut self,
        verifier: PkceVerifier,
        state: String,
        options: &LoginOptions,
        now_ms: f64,
    ) -> Url {
        let url = authorize_url(settings::AUTH_BASE, &LoginClient::owner_api(), &verifier, &state, options);
        self.expire(now_ms);
        if self.pending.len() == MAX_PENDING {
            self.pending.remove(0);
        }
        self.pending.push(PendingLogin { verifier, state, url: url.clone(), started_ms: now_ms });
        url
    }

    /// Matches a paste to its login, by the state it carries.
    pub fn take(&mut self, pasted: &str, now_ms: f64) -> PasteOutcome {
        self.expire(now_ms);
        let mut refusal = PasteError::StateMismatch;
        for at in 0..self.pending.len() {
            match parse_callback(
                pasted,
                &self.pending[at].state,
                settings::AUTH_BASE,
                settings::trusted_issuers(),
            ) {
                Ok(callback) => {
                    let login = self.pending.remove(at);
                    let request = authorization_code_request(&callback, &login.verifier);
                    self.exchanging = Some(login);
                    return PasteOutcome::Request(request);
                }
                Err(PasteError::StateMismatch) => {}
                Err(other) => refusal = other,
            }
        }
        let used = self.exchanged_states.iter().any(|state| {
            parse_callback(pasted, state, settings::AUTH_BASE, settings::trusted_issuers()).is_ok()
        });
        if used && refusal == PasteError::StateMismatch {
            return PasteOutcome::AlreadyExchanged;
        }
        PasteOutcome::Refused(refusal)
    }

    /// The exchange of the login taken last gave tokens.
    pub fn exchanged(&mut self) {
        if let Some(login) = self.exchanging.take() {
            self.exchanged_states.push(login.state);
        }
    }

    /// The exchange of the login taken last failed: its URL may be pasted again.
    pub fn failed(&mut self) {
        if let Some(login) = self.exchanging.take() {
            self.pending.push(login);
        }
    }

    /// Forgets every pending login (their URLs become useless).
    pub fn forget(&mut self) {
        self.pending.clear();
        self.exchanging = None;
    }

    /// Whether any login waits for its paste.
    pub fn any(&self) -> bool {
        !self.pending.is_empty() || self.exchanging.is_some()
    }

    /// Whether a paste can mean anything: a login waits for one, or an
    /// earlier one's URL may be pasted again (and is then told it was used).
    pub fn takes_pastes(&self) -> bool {
        self.any() || !self.exchanged_states.is_empty()
    }

    /// The newest login's link.
    pub fn newest_url(&self) -> Option<&Url> {
        self.pending.last().map(|login| &login.url)
    }

    fn expire(&mut self, now_ms: f64) {
        self.pending.retain(|login| now_ms - login.started_ms < LOGIN_LIFETIME_MS);
    }
}
