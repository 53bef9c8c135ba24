//! The whole page as one state machine: every user action, every keystroke
//! in a box and every answer is an [`Event`]; [`Page::handle`] gives the
//! next state and the [`Command`]s to carry out (open a tab, run a request).
//! The view renders a `Page` and sends events; it decides nothing.
//!
//! The state lives in parts, each owning its own: logins (`login_part`),
//! the relay (`relay_part`), the tokens (`tokens_part`) and "Use the token"
//! ([`ApiPanel`]). `Page` keeps the desk (requests under way and the
//! messages), the question and the notice, and forgets: every part is
//! wiped by "Forget everything" and by the idle timeout, so whatever a part
//! holds, what was typed included, goes with it.
//!
//! Every request carries the [`Ticket`] it was sent with: an answer whose
//! ticket is no longer pending (a forget, or a newer request replaced it)
//! is dropped, so a slow answer can never bring back what was forgotten.

mod api_panel;
mod desk;
mod event;
mod job;
mod login_part;
mod logins;
mod relay_part;
mod says;
mod tokens_part;
mod typed;
mod view;

pub use api_panel::{ApiPanel, TaskSpot};
pub use desk::Ticket;
pub use event::{Command, Event, Field, Reach, Secrets};
pub use job::{Job, PageIo, Work, perform};
pub use relay_part::{RECHECK_MS, RelayHealth};
pub use says::{Asks, Forgotten, LeaveWarning, Message, Question, Says, Spot, Tone};

use crate::display::visitor::BrowserKind;
use crate::oauth::authorize::LoginOptions;
use crate::oauth::token::{ExchangeError, TokenSet};
use crate::owner_api::task::{Progress, RefreshOutcome};
use crate::transport::choice::RelayChoice;
use crate::transport::route::Route;
use desk::{Desk, Purpose};
use login_part::LoginPart;
use relay_part::RelayPart;
use tokens_part::TokensPart;
use url::Url;

/// The page: everything it holds, in memory only.
#[derive(Debug)]
pub struct Page {
    desk: Desk,
    login: LoginPart,
    relay: RelayPart,
    tokens: TokensPart,
    api: ApiPanel,
    notice: Option<Forgotten>,
    question: Option<Question>,
}

impl Page {
    /// A fresh page using `relay`, at `now_ms`.
    pub fn new(relay: RelayChoice, now_ms: f64) -> Self {
        Self {
            desk: Desk::default(),
            login: LoginPart::default(),
            relay: RelayPart::new(relay),
            tokens: TokensPart::new(now_ms),
            api: ApiPanel::default(),
            notice: None,
            question: None,
        }
    }

    /// The same page, loaded from `page_url` in `browser`: over HTTPS (a
    /// hosted copy), an unreachable relay on this computer most likely means
    /// the browser refused; from a relay (`token-relay --page`), that relay
    /// is the one to use.
    pub fn loaded_from(mut self, page_url: &Url, browser: Option<BrowserKind>) -> Self {
        self.relay.loaded_from(page_url, browser);
        self
    }

    /// The same page, in the language whose Tesla `locale` is `tesla_locale`
    /// (`de-DE`): Tesla's login page opens in it unless the owner types
    /// another. One that is not `xx-XX` is ignored (Tesla then chooses).
    pub fn speaking(mut self, tesla_locale: &str) -> Self {
        let checked = LoginOptions::parse(false, "", tesla_locale).ok().and_then(|options| options.locale);
        self.login = LoginPart::speaking(checked);
        self
    }

    /// The `locale` Tesla's login page gets when the owner types none.
    pub fn default_login_locale(&self) -> Option<&str> {
        self.login.default_locale.as_deref()
    }

    /// The next state after `event`, and what the browser is to do.
    pub fn handle(&mut self, event: Event) -> Vec<Command> {
        let spot = match &event {
            Event::StartLogin { .. } => Spot::Login,
            Event::StartFleet { .. } => Spot::Fleet,
            Event::RefreshPasted { spot, .. } => *spot,
            Event::Forget if self.holds_anything() => {
                return self.ask(Spot::Forget, Asks::ForgetEverything, event);
            }
            _ => return self.act(event),
        };
        if self.tokens.uncopied() {
            return self.ask(spot, Asks::ReplaceUncopiedTokens, event);
        }
        self.act(event)
    }

    fn ask(&mut self, spot: Spot, asks: Asks, then: Event) -> Vec<Command> {
        self.drop_question();
        self.question = Some(Question { spot, asks, then: Box::new(then) });
        Vec::new()
    }

    /// Tokens arrived while others, never copied, are shown: the owner
    /// chooses which to keep. Until then the answer's request stays pending.
    fn ask_arrived(&mut self, spot: Spot, arrived: Event) -> Vec<Command> {
        self.ask(spot, Asks::ReplaceWithArrived, arrived)
    }

    /// The question goes unanswered (declined, or replaced by another):
    /// tokens that arrived and waited on it are let go, as chosen.
    fn drop_question(&mut self) {
        let Some(question) = self.question.take() else { return };
        let (Event::TokenAnswer { ticket, .. } | Event::ApiProgress { ticket, .. }) = *question.then else {
            return;
        };
        if let Some(purpose) = self.desk.purpose(ticket).filter(|p| !matches!(p, Purpose::Api { .. })) {
            self.desk.take(ticket);
            if purpose == Purpose::Exchange {
                // Its code gave tokens: pasting it again says so.
                self.login.logins.exchanged();
            }
            self.desk.clear(question.spot);
        }
    }

    fn holds_anything(&self) -> bool {
        self.tokens.shown.is_some() || self.login.pending()
    }

    fn act(&mut self, event: Event) -> Vec<Command> {
        match event {
            Event::Input { field, text } => {
                self.keep_input(field, text);
                Vec::new()
            }
            Event::StartLogin { .. }
            | Event::ForgetLogins
            | Event::Paste { .. }
            | Event::StartFleet { .. }
            | Event::FleetMessage(_) => self.login.handle(event, &mut self.relay, &mut self.desk),
            Event::RefreshShown
            | Event::RefreshPasted { .. }
            | Event::Activity { .. }
            | Event::ChooseIdle(_)
            | Event::Saved => self.tokens.handle(event, &self.relay, &mut self.desk),
            Event::TokenAnswer { ticket, route, outcome } => self.token_answer(ticket, route, outcome),
            Event::RelayChecked { ticket, reach } => {
                let (mut commands, held) = self.relay.checked(&mut self.desk, ticket, reach);
                if let Some(request) = held {
                    commands.extend(self.login.send(
                        request,
                        Purpose::Exchange,
                        Spot::Paste,
                        &self.relay,
                        &mut self.desk,
                    ));
                }
                commands
            }
            Event::ProbeDirect
            | Event::Probed { .. }
            | Event::ChooseDirect(_)
            | Event::SaveRelay
            | Event::AcceptRelay
            | Event::RejectRelay => {
                let (mut commands, changed) = self.relay.handle(event, &mut self.desk);
                // A login under way asks the new relay at once.
                if changed && self.login.logins.any() {
                    commands.extend(self.relay.check(&mut self.desk, self.tokens.last_activity_ms));
                }
                commands
            }
            Event::RunApi(task) => self.api.run(task, &self.tokens, &self.relay, &mut self.desk),
            Event::CancelApi | Event::ApiDone { .. } => {
                let minted = self.tokens.shown.as_ref().map(|shown| shown.route.clone());
                self.api.end(event, minted, &mut self.desk);
                Vec::new()
            }
            Event::ApiProgress { ticket, progress } => {
                let Some(Purpose::Api { of }) =
                    self.desk.purpose(ticket).filter(|_| self.api.running == Some(ticket))
                else {
                    return Vec::new();
                };
                if matches!(progress, Progress::Refreshed(_)) && !self.tokens.may_replace(Some(of)) {
                    return self.ask_arrived(Spot::Tokens, Event::ApiProgress { ticket, progress });
                }
                self.api.progress(progress, &mut self.tokens, &mut self.desk, ticket);
                Vec::new()
            }
            Event::Forget => {
                self.forget(Forgotten::Everything);
                Vec::new()
            }
            Event::Tick { now_ms } => {
                // The idle timeout first: a relay being asked again never delays it.
                let secret = [Field::Callback, Field::RefreshToken, Field::InspectToken, Field::FleetSecret];
                let typed = secret.iter().any(|field| !self.input(*field).is_empty());
                if self.tokens.idle_expired(now_ms, typed) {
                    let minutes = self.tokens.idle_minutes.unwrap_or_default();
                    self.forget(Forgotten::Idle { minutes });
                    return Vec::new();
                }
                if self.login.logins.any() && self.relay.due(now_ms) {
                    return self.relay.check(&mut self.desk, now_ms);
                }
                Vec::new()
            }
            Event::Confirm => match self.question.take() {
                Some(question) => {
                    self.tokens.let_go();
                    self.act(*question.then)
                }
                None => Vec::new(),
            },
            Event::Decline => {
                self.drop_question();
                Vec::new()
            }
        }
    }

    /// Keeps what was typed into `field` in the part that owns it.
    fn keep_input(&mut self, field: Field, text: String) {
        let Err(text) = self.login.typed.set(field, text) else { return };
        let Err(text) = self.tokens.typed.set(field, text) else { return };
        self.relay.draft = Some(text);
    }

    fn token_answer(
        &mut self,
        ticket: Ticket,
        route: Route,
        outcome: Result<TokenSet, ExchangeError>,
    ) -> Vec<Command> {
        let Some(purpose) = self.desk.purpose(ticket) else { return Vec::new() };
        let (spot, rotating) = match purpose {
            Purpose::Exchange => (Spot::Paste, None),
            Purpose::Refresh(spot) => (spot, None),
            Purpose::Rotate { of } => (Spot::RefreshNow, Some(of)),
            Purpose::Fleet => (Spot::Fleet, None),
            Purpose::Probe | Purpose::Health | Purpose::OwnHealth | Purpose::Api { .. } => return Vec::new(),
        };
        if outcome.is_ok() && !self.tokens.may_replace(rotating) {
            return self.ask_arrived(spot, Event::TokenAnswer { ticket, route, outcome });
        }
        self.desk.take(ticket);
        let tokens = match outcome {
            Ok(tokens) => tokens,
            Err(error) => {
                if purpose == Purpose::Exchange {
                    self.login.logins.failed();
                }
                let says = match (error, self.relay.browser_between()) {
                    (ExchangeError::RelayUnreachable(host), Some(browser)) => {
                        Says::RelayBlocked { host, browser }
                    }
                    (error, _) => Says::Exchange(error),
                };
                return self.problem(spot, says);
            }
        };
        let (spot, done) = match purpose {
            Purpose::Exchange => {
                self.login.logins.exchanged();
                self.login.typed.clear(Field::Callback);
                self.arrive(spot);
                (Spot::Tokens, Says::TokensReceived(route.clone()))
            }
            Purpose::Fleet => {
                self.login.fleet = None;
                self.arrive(spot);
                (Spot::Tokens, Says::FleetTokensReceived(route.clone()))
            }
            _ => {
                // The spent refresh token has no business staying in its box.
                match spot {
                    Spot::RefreshPasted => self.tokens.typed.clear(Field::RefreshToken),
                    Spot::Inspector => self.tokens.typed.clear(Field::InspectToken),
                    _ => {}
                }
                // Announcing the login's tokens would now describe ones no longer shown.
                self.desk.clear(Spot::Tokens);
                (spot, Says::Refreshed(RefreshOutcome::of(&tokens)))
            }
        };
        self.notice = None;
        self.desk.say(spot, Tone::Done, done);
        self.tokens.show(tokens, route);
        Vec::new()
    }

    /// Tokens from a login: the view folds the steps that asked for them, so their
    /// "working" line goes and the news is told under the tokens.
    fn arrive(&mut self, asked_at: Spot) {
        self.desk.clear(asked_at);
        self.tokens.arrivals += 1;
    }

    /// Wipes every part: tokens, verifiers, secrets, what was typed,
    /// messages and every pending request; only the relay setting, direct
    /// mode, the idle choice and the page's language stay.
    fn forget(&mut self, why: Forgotten) {
        self.desk.forget();
        self.login = LoginPart::speaking(self.login.default_locale.take());
        self.relay.forget();
        self.tokens.forget();
        self.api = ApiPanel::default();
        self.question = None;
        self.notice = Some(why);
    }

    fn problem(&mut self, spot: Spot, says: Says) -> Vec<Command> {
        self.desk.say(spot, Tone::Problem, says);
        Vec::new()
    }

    /// Whether the code of a paste is being exchanged, or waits for the relay.
    pub fn exchanging(&self) -> bool {
        exchanging(&self.relay, &self.desk)
    }
}

/// Whether the code of a paste is being exchanged, or waits for the relay.
fn exchanging(relay: &RelayPart, desk: &Desk) -> bool {
    relay.held.is_some() || desk.awaits(Purpose::Exchange)
}

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
