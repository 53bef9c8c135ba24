//! The login flow as a plain state machine: the view renders it and calls
//! these methods; the browser shell does the IO in between.

use crate::oauth::authorize::{LoginClient, LoginOptions, authorize_url};
use crate::oauth::callback::{PasteError, parse_callback};
use crate::oauth::pkce::PkceVerifier;
use crate::oauth::token::{ExchangeError, Route, TokenRequest, TokenSet, authorization_code_request};
use crate::settings;
use url::Url;

/// A login started in step 1: what is needed to finish it.
struct PendingLogin {
    verifier: PkceVerifier,
    state: String,
    login_url: Url,
}

/// Where the exchange of a pasted callback stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Exchange {
    /// Nothing pasted yet, or a new login was started.
    #[default]
    Idle,
    /// The request is out, by this route.
    Working(Route),
    /// The paste was refused; nothing was sent.
    Refused(PasteError),
    /// The request went out and failed.
    Failed(ExchangeError),
}

/// The whole flow: login, exchange, tokens. Lives only in memory.
#[derive(Default)]
pub struct Flow {
    login: Option<PendingLogin>,
    exchange: Exchange,
    tokens: Option<TokenSet>,
}

impl Flow {
    /// Starts a login with a fresh verifier and state, forgetting any
    /// earlier one; returns the link to open in a new tab.
    pub fn start(&mut self, verifier: PkceVerifier, state: String, options: &LoginOptions) -> Url {
        let login_url =
            authorize_url(settings::AUTH_BASE, &LoginClient::owner_api(), &verifier, &state, options);
        *self = Self {
            login: Some(PendingLogin { verifier, state, login_url: login_url.clone() }),
            ..Self::default()
        };
        login_url
    }

    /// Checks a paste and, if it belongs to this login, returns the request
    /// to send; a refusal is recorded and nothing is to be sent.
    pub fn begin_exchange(&mut self, pasted: &str, route: Route) -> Option<TokenRequest> {
        let login = self.login.as_ref()?;
        if matches!(self.exchange, Exchange::Working(_)) {
            return None;
        }
        let trusted = settings::trusted_issuers();
        match parse_callback(pasted, &login.state, settings::AUTH_BASE, trusted) {
            Ok(callback) => {
                self.exchange = Exchange::Working(route);
                Some(authorization_code_request(&callback, &login.verifier))
            }
            Err(refusal) => {
                self.exchange = Exchange::Refused(refusal);
                None
            }
        }
    }

    /// Records the outcome of the request from [`Flow::begin_exchange`].
    /// Tokens already shown stay when a later paste fails.
    pub fn finish_exchange(&mut self, outcome: Result<TokenSet, ExchangeError>) {
        match outcome {
            Ok(tokens) => {
                self.tokens = Some(tokens);
                self.exchange = Exchange::Idle;
            }
            Err(error) => self.exchange = Exchange::Failed(error),
        }
    }

    /// Forgets everything: verifier, state, tokens, messages.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// The link opened by step 1, while a login is pending.
    pub fn login_url(&self) -> Option<&Url> {
        self.login.as_ref().map(|login| &login.login_url)
    }

    /// Whether step 2 can take a paste.
    pub fn awaiting_paste(&self) -> bool {
        self.login.is_some()
    }

    /// Where the exchange stands.
    pub fn exchange(&self) -> &Exchange {
        &self.exchange
    }

    /// The tokens, once Tesla issued them.
    pub fn tokens(&self) -> Option<&TokenSet> {
        self.tokens.as_ref()
    }

    /// New tokens from elsewhere (a refresh, a Fleet login); they replace
    /// the ones shown and end any pending login's need for the guard.
    pub fn replace_tokens(&mut self, tokens: TokenSet) {
        self.tokens = Some(tokens);
    }

    /// True from step 1 until tokens are shown: leaving the page now loses
    /// the verifier, which exists nowhere else.
    pub fn would_lose_work(&self) -> bool {
        self.login.is_some() && self.tokens.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::token::Tokens;
    use crate::secret::Secret;
    use crate::tesla;

    fn relay() -> Route {
        Route::Relay("127.0.0.1:8787".into())
    }

    fn started() -> (Flow, String) {
        let mut flow = Flow::default();
        let url =
            flow.start(PkceVerifier::from_random_bytes(&[5; 64]), "st".into(), &LoginOptions::default());
        let state = url.query_pairs().find(|(k, _)| k == "state").unwrap().1.into_owned();
        (flow, state)
    }

    fn tokens() -> TokenSet {
        TokenSet {
            tokens: Tokens {
                access_token: Secret::new("a"),
                refresh_token: Secret::new("r"),
                id_token: None,
                expires_in: 28_800,
            },
            issuer: settings::AUTH_BASE.into(),
            client_id: tesla::CLIENT_ID.into(),
            received_at_ms: 1_000.0,
        }
    }

    #[test]
    fn nothing_can_be_exchanged_before_step_one() {
        let mut flow = Flow::default();
        assert!(!flow.would_lose_work());
        assert!(flow.begin_exchange("tesla://auth/callback?code=x&state=st", relay()).is_none());
        assert_eq!(flow.exchange(), &Exchange::Idle);
    }

    #[test]
    fn a_good_paste_becomes_a_request_through_the_relay() {
        let (mut flow, state) = started();
        assert!(flow.would_lose_work());
        let pasted = format!("tesla://auth/callback?code=NA_1&state={state}");
        let request = flow.begin_exchange(&pasted, relay()).unwrap();
        assert_eq!(request.endpoint, "https://auth.tesla.com/oauth2/v3/token");
        assert_eq!(flow.exchange(), &Exchange::Working(relay()));
        assert!(flow.begin_exchange(&pasted, relay()).is_none(), "one request at a time");
        flow.finish_exchange(Ok(tokens()));
        assert!(!flow.would_lose_work());
        assert_eq!(flow.tokens(), Some(&tokens()));
    }

    #[test]
    fn a_refused_paste_sends_nothing_and_says_why() {
        let (mut flow, _) = started();
        let request = flow.begin_exchange("tesla://auth/callback?code=NA_1&state=other", relay());
        assert!(request.is_none());
        assert_eq!(flow.exchange(), &Exchange::Refused(PasteError::StateMismatch));
        assert!(flow.would_lose_work());
    }

    #[test]
    fn a_failed_exchange_keeps_earlier_tokens_and_allows_a_retry() {
        let (mut flow, state) = started();
        let pasted = format!("tesla://auth/callback?code=NA_1&state={state}");
        flow.begin_exchange(&pasted, relay()).unwrap();
        flow.finish_exchange(Ok(tokens()));
        flow.begin_exchange(&pasted, relay()).unwrap();
        flow.finish_exchange(Err(ExchangeError::CodeUsedOrExpired));
        assert_eq!(flow.exchange(), &Exchange::Failed(ExchangeError::CodeUsedOrExpired));
        assert_eq!(flow.tokens(), Some(&tokens()));
    }

    #[test]
    fn starting_again_forgets_the_old_login() {
        let (mut flow, old_state) = started();
        flow.start(PkceVerifier::from_random_bytes(&[6; 64]), "new".into(), &LoginOptions::default());
        let old = format!("tesla://auth/callback?code=NA_1&state={old_state}");
        assert!(flow.begin_exchange(&old, relay()).is_none());
        flow.reset();
        assert!(flow.login_url().is_none() && !flow.awaiting_paste() && flow.tokens().is_none());
    }
}
