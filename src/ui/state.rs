//! The page's state, shared by the components as one `Copy` handle.

use crate::browser;
use leptos::prelude::*;
use token_core::display::idle;
use token_core::oauth::fleet::FleetLogin;
use token_core::oauth::flow::Flow;
use token_core::oauth::token::{ExchangeError, TokenRequest, TokenSet, read_token_answer};
use token_core::transport::choice::RelayChoice;
use token_core::transport::via::{DirectSupport, Via};

/// Everything the page holds; all of it in memory, none of it stored.
#[derive(Clone, Copy)]
pub struct Page {
    /// The login started in step 1, and the tokens shown.
    pub flow: RwSignal<Flow>,
    /// The relay setting.
    pub relay: RwSignal<RelayChoice>,
    /// Whether Tesla answers this browser directly, and whether to use it.
    pub direct: RwSignal<DirectSupport>,
    /// A login of the user's own Fleet app, waiting for its tab to come back.
    pub fleet: RwSignal<Option<FleetLogin>>,
    /// A message about the tokens (a refresh spent the old refresh token…).
    pub notice: RwSignal<Option<String>>,
    /// The browser clock, ticking every second (countdowns, idle timeout).
    pub clock_ms: RwSignal<f64>,
    /// When the user last did anything on the page.
    pub last_activity_ms: RwSignal<f64>,
    /// Forget the tokens after this many idle minutes (`None`: keep them).
    pub idle_minutes: RwSignal<Option<u32>>,
    /// Bumped by "forget everything": the steps are rebuilt, inputs and all.
    pub generation: RwSignal<u32>,
}

impl Page {
    /// A fresh page, with the relay setting read from storage or the link.
    pub fn new(relay: RelayChoice) -> Self {
        let now = browser::now_ms();
        Self {
            flow: RwSignal::new(Flow::default()),
            relay: RwSignal::new(relay),
            direct: RwSignal::new(DirectSupport::default()),
            fleet: RwSignal::new(None),
            notice: RwSignal::new(None),
            clock_ms: RwSignal::new(now),
            last_activity_ms: RwSignal::new(now),
            idle_minutes: RwSignal::new(idle::DEFAULT_MINUTES),
            generation: RwSignal::new(0),
        }
    }

    /// Whether leaving the page now would lose a login's secret: a login
    /// waiting for its paste, or an own-app login waiting for its tab.
    pub fn would_lose_work(&self) -> bool {
        self.flow.with(|f| f.would_lose_work()) || self.fleet.with(Option::is_some)
    }

    /// How requests travel now; `None` while a link's relay awaits an answer.
    pub fn via(&self) -> Option<Via> {
        let direct = self.direct.get_untracked();
        self.relay.with_untracked(|relay| Via::choose(relay, direct))
    }

    /// Sends a token request and reads the answer.
    pub async fn send(request: &TokenRequest, via: &Via) -> Result<TokenSet, ExchangeError> {
        let answer = browser::post(&via.url_for(&request.endpoint), &request.body(via.is_direct())).await;
        let tokens = read_token_answer(answer, &via.route(), request.grant)?;
        Ok(TokenSet::from_answer(tokens, request, browser::now_ms()))
    }

    /// Sends a token request (a refresh, an own-app code) and shows the
    /// tokens it brings in place of the ones shown.
    pub async fn adopt(&self, request: &TokenRequest, via: &Via) -> Result<(), ExchangeError> {
        let tokens = Self::send(request, via).await?;
        self.flow.update(|f| f.replace_tokens(tokens));
        Ok(())
    }

    /// Wipes tokens, verifiers, secrets and every input from memory; only
    /// the relay setting stays.
    pub fn forget_everything(&self, why: Option<String>) {
        self.flow.update(Flow::reset);
        self.fleet.set(None);
        self.notice.set(why);
        self.generation.update(|g| *g += 1);
    }

    /// Called every second: forgets the tokens once the user has been idle
    /// for the chosen time.
    pub fn tick(&self) {
        let now = browser::now_ms();
        self.clock_ms.set(now);
        let has_tokens = self.flow.with_untracked(|f| f.tokens().is_some());
        let minutes = self.idle_minutes.get_untracked();
        if has_tokens && idle::should_forget(minutes, self.last_activity_ms.get_untracked(), now) {
            let minutes = minutes.unwrap_or_default();
            self.forget_everything(Some(format!(
                "The tokens were forgotten after {minutes} minutes without activity, as chosen. Log in or refresh again to get new ones."
            )));
        }
    }
}
