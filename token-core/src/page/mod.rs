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
mod view;

pub use api_panel::{ApiPanel, TaskSpot};
pub use desk::Ticket;
pub use event::{Command, Event, Field, Reach, Secrets};
pub use job::{Job, PageIo, Work, perform};
pub use relay_part::{RECHECK_MS, RelayHealth};
pub use says::{Asks, Forgotten, LeaveWarning, Message, Says, Spot, Tone};

use crate::display::visitor::BrowserKind;
use crate::oauth::authorize::LoginOptions;
use crate::oauth::channel::LoginResult;
use crate::oauth::fleet::{FleetLogin, FleetSettings};
use crate::oauth::refresh::refresh_request_for;
use crate::oauth::token::{ExchangeError, TokenRequest, TokenSet};
use crate::owner_api::task::{ApiTask, Progress, RefreshOutcome, Session};
use crate::owner_api::{ApiError, CarState};
use crate::transport::choice::{RelayChoice, admitted};
use crate::transport::route::Route;
use crate::transport::via::{DirectSupport, Via};
use desk::{Desk, Purpose};
use login_part::LoginPart;
use logins::PasteOutcome;
use relay_part::RelayPart;
use tokens_part::TokensPart;
use url::Url;

/// A question waiting for "yes" or "no", beside the control that asked it.
#[derive(Debug)]
pub struct Question {
    spot: Spot,
    asks: Asks,
    then: Box<Event>,
}

impl Question {
    /// What is asked.
    pub fn asks(&self) -> Asks {
        self.asks
    }

    /// Beside which control it is asked.
    pub fn spot(&self) -> Spot {
        self.spot
    }
}

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
            Event::StartLogin { switch_account, secrets, now_ms } => {
                let options = match LoginOptions::parse(switch_account, &self.login.email, &self.login.locale)
                {
                    Ok(options) => options,
                    Err(error) => return self.problem(Spot::Login, Says::LoginOption(error)),
                };
                let Ok((verifier, state)) = secrets else {
                    return self.problem(Spot::Login, Says::RandomUnavailable);
                };
                self.desk.clear(Spot::Login);
                self.desk.clear(Spot::Paste);
                // The tab first, so no popup blocker intervenes; the check runs meanwhile.
                let url = self.login.logins.start(verifier, state, &options, now_ms);
                let mut commands = vec![Command::OpenTab(url)];
                commands.extend(self.check_relay(now_ms));
                commands
            }
            Event::ForgetLogins => {
                self.login.start_again();
                self.relay.held = None;
                self.desk.drop_pending(Purpose::Exchange);
                self.desk.clear(Spot::Paste);
                Vec::new()
            }
            Event::Paste { now_ms } => self.paste(now_ms),
            Event::RefreshShown => {
                match self.tokens.shown.as_ref().map(|shown| shown.tokens.refresh_request()) {
                    Some(request) => {
                        let rotate = Purpose::Rotate { of: self.tokens.generation };
                        self.send_token(request, rotate, Spot::RefreshNow)
                    }
                    None => Vec::new(),
                }
            }
            Event::RefreshPasted { region, spot } => {
                // The inspector has no client-id field: its refusal points elsewhere.
                let (text, client_id) = match spot {
                    Spot::Inspector => (&self.tokens.inspect_token, None),
                    _ => (&self.tokens.refresh_token, Some(self.tokens.refresh_client_id.as_str())),
                };
                match refresh_request_for(text, region, client_id) {
                    Ok(request) => self.send_token(request, Purpose::Refresh(spot), spot),
                    Err(error) => self.problem(spot, Says::RefreshInput(error)),
                }
            }
            Event::StartFleet { region, secrets, page_url } => {
                let login = &self.login;
                let settings = match FleetSettings::parse(
                    &login.fleet_client_id,
                    &login.fleet_scopes,
                    region,
                    &login.fleet_secret,
                ) {
                    Ok(settings) => settings,
                    Err(error) => return self.problem(Spot::Fleet, Says::FleetSetting(error)),
                };
                let Ok((verifier, state)) = secrets else {
                    return self.problem(Spot::Fleet, Says::RandomUnavailable);
                };
                let (login, url) = FleetLogin::start(settings, verifier, state, &page_url);
                self.login.fleet = Some(login);
                self.desk.say(Spot::Fleet, Tone::Working, Says::WaitingForFleetTab);
                vec![Command::OpenTab(url)]
            }
            Event::FleetMessage(message) => self.fleet_message(&message),
            Event::TokenAnswer { ticket, route, outcome } => self.token_answer(ticket, route, outcome),
            Event::RelayChecked { ticket, reach } => self.relay_checked(ticket, reach),
            Event::ProbeDirect => {
                self.relay.direct = DirectSupport::Testing;
                let ticket = self.desk.ticket(Purpose::Probe);
                vec![Command::Run(Job { ticket, work: Work::Probe })]
            }
            Event::Probed { ticket, readable } => {
                if self.desk.take(ticket).is_some() {
                    self.relay.direct = if readable {
                        DirectSupport::Available { chosen: false }
                    } else {
                        DirectSupport::Unavailable
                    };
                }
                Vec::new()
            }
            Event::ChooseDirect(chosen) => {
                if matches!(self.relay.direct, DirectSupport::Available { .. }) {
                    self.relay.direct = DirectSupport::Available { chosen };
                }
                Vec::new()
            }
            Event::SaveRelay => {
                let typed = self.relay.draft.as_deref().unwrap_or(self.relay.choice.active().as_str());
                match admitted(typed) {
                    Ok(template) => {
                        let stored = template.as_str().to_owned();
                        self.relay.choice.choose(template);
                        self.desk.clear(Spot::Relay);
                        let mut commands = vec![Command::StoreRelay(stored)];
                        commands.extend(self.relay_changed());
                        commands
                    }
                    Err(error) => self.problem(Spot::Relay, Says::RelaySetting(error)),
                }
            }
            Event::AcceptRelay => {
                self.relay.choice.accept_proposal();
                let mut commands = vec![Command::StoreRelay(self.relay.choice.active().as_str().to_owned())];
                commands.extend(self.relay_changed());
                commands
            }
            Event::RejectRelay => {
                self.relay.choice.reject_proposal();
                Vec::new()
            }
            Event::RunApi(task) => self.run_api(task),
            Event::CancelApi => {
                if let Some(ticket) = self.api.running.take() {
                    self.desk.take(ticket);
                    self.api.problem = Some(self.api_problem(ApiError::Cancelled));
                }
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
                self.progress(progress);
                Vec::new()
            }
            Event::ApiDone { ticket, result } => {
                if self.desk.take(ticket).is_some() {
                    self.api.running = None;
                    self.api.problem = result.err().map(|error| self.api_problem(error));
                }
                Vec::new()
            }
            Event::Forget => {
                self.forget(Forgotten::Everything);
                Vec::new()
            }
            Event::Tick { now_ms } => {
                if self.login.logins.any() && self.relay.due(now_ms) {
                    return self.check_relay(now_ms);
                }
                if self.tokens.idle_expired(now_ms) {
                    let minutes = self.tokens.idle_minutes.unwrap_or_default();
                    self.forget(Forgotten::Idle { minutes });
                }
                Vec::new()
            }
            Event::Activity { now_ms } => {
                self.tokens.last_activity_ms = now_ms;
                Vec::new()
            }
            Event::ChooseIdle(minutes) => {
                self.tokens.idle_minutes = minutes;
                Vec::new()
            }
            Event::Saved => {
                self.tokens.let_go();
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
        let held = match field {
            Field::LoginEmail => &mut self.login.email,
            Field::LoginLocale => &mut self.login.locale,
            Field::Callback => &mut self.login.callback,
            Field::FleetClientId => &mut self.login.fleet_client_id,
            Field::FleetScopes => &mut self.login.fleet_scopes,
            Field::FleetSecret => &mut self.login.fleet_secret,
            Field::RefreshToken => &mut self.tokens.refresh_token,
            Field::RefreshClientId => &mut self.tokens.refresh_client_id,
            Field::InspectToken => &mut self.tokens.inspect_token,
            Field::RelayAddress => {
                self.relay.draft = Some(text);
                return;
            }
        };
        *held = text;
    }

    fn paste(&mut self, now_ms: f64) -> Vec<Command> {
        if self.exchanging() {
            return Vec::new();
        }
        match self.login.logins.take(&self.login.callback, now_ms) {
            PasteOutcome::Request(request) if self.relay.silent() => {
                self.relay.held = Some(request);
                let says = self.relay_silent(true);
                self.desk.say(Spot::Paste, Tone::Working, says);
                self.check_relay(now_ms)
            }
            PasteOutcome::Request(request) => self.send_token(request, Purpose::Exchange, Spot::Paste),
            PasteOutcome::AlreadyExchanged => {
                self.desk.say(Spot::Paste, Tone::Done, Says::AlreadyExchanged);
                Vec::new()
            }
            PasteOutcome::Refused(refusal) => self.problem(Spot::Paste, Says::Paste(refusal)),
        }
    }

    fn send_token(&mut self, request: TokenRequest, purpose: Purpose, spot: Spot) -> Vec<Command> {
        let Some(via) = Via::choose(&self.relay.choice, self.relay.direct, &request.endpoint) else {
            if purpose == Purpose::Exchange {
                self.login.logins.failed();
            }
            return self.problem(spot, Says::AnswerRelayQuestionFirst);
        };
        let working = match purpose {
            Purpose::Exchange => Says::Exchanging(via.route()),
            Purpose::Fleet => Says::ExchangingFleet(via.route()),
            _ => Says::Refreshing(via.route()),
        };
        self.desk.say(spot, Tone::Working, working);
        let ticket = self.desk.ticket(purpose);
        vec![Command::Run(Job { ticket, work: Work::Token { request, via } })]
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
                self.login.callback.clear();
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
                    Spot::RefreshPasted => self.tokens.refresh_token.clear(),
                    Spot::Inspector => self.tokens.inspect_token.clear(),
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

    fn fleet_message(&mut self, message: &str) -> Vec<Command> {
        // Anything from another tab of this origin could arrive: check it first.
        let Ok(result) = LoginResult::from_message(message) else { return Vec::new() };
        let Some(login) = &self.login.fleet else { return Vec::new() };
        match login.request_for(&result) {
            Ok(request) => self.send_token(request, Purpose::Fleet, Spot::Fleet),
            Err(error) => self.problem(Spot::Fleet, Says::FleetResult(error)),
        }
    }

    /// A new relay: what was known of the old one no longer holds, and an
    /// answer about it must not count for the new one. A login under way
    /// asks the new one at once.
    fn relay_changed(&mut self) -> Vec<Command> {
        self.relay.changed();
        self.desk.drop_pending(Purpose::Health);
        self.desk.drop_pending(Purpose::OwnHealth);
        if self.login.logins.any() { self.check_relay(self.tokens.last_activity_ms) } else { Vec::new() }
    }

    /// Asks the relay the page will use whether it answers, unless it is
    /// being asked or the page goes direct.
    fn check_relay(&mut self, now_ms: f64) -> Vec<Command> {
        if self.desk.awaits(Purpose::Health) || self.desk.awaits(Purpose::OwnHealth) {
            return Vec::new();
        }
        let Some((url, own)) = self.relay.next_check(now_ms) else { return Vec::new() };
        let ticket = self.desk.ticket(if own { Purpose::OwnHealth } else { Purpose::Health });
        vec![Command::Run(Job { ticket, work: Work::Health { url } })]
    }

    fn relay_checked(&mut self, ticket: Ticket, reach: Reach) -> Vec<Command> {
        let Some(purpose) = self.desk.take(ticket) else { return Vec::new() };
        if purpose == Purpose::OwnHealth && !self.relay.own_origin_answered(reach) {
            // The page's own origin is no relay of ours: now the relay chosen is asked.
            return self.check_relay(self.relay.asked_at_ms);
        }
        if reach == Reach::Unreachable {
            self.relay.health = RelayHealth::Silent;
            let held = self.relay.held.is_some();
            let says = self.relay_silent(held);
            self.desk.say(Spot::Paste, if held { Tone::Working } else { Tone::Problem }, says);
            return Vec::new();
        }
        self.relay.health = RelayHealth::Answering;
        if self.desk.message(Spot::Paste).is_some_and(|m| m.tone == Tone::Problem) {
            self.desk.clear(Spot::Paste);
        }
        match self.relay.held.take() {
            Some(request) => self.send_token(request, Purpose::Exchange, Spot::Paste),
            None => Vec::new(),
        }
    }

    fn relay_silent(&self, code_held: bool) -> Says {
        let host = self.relay.choice.active().host().to_owned();
        Says::RelaySilent { host, code_held, hosted_in: self.relay.browser_between() }
    }

    fn run_api(&mut self, task: ApiTask) -> Vec<Command> {
        if self.api.busy() {
            return Vec::new();
        }
        let Some(shown) = &self.tokens.shown else { return Vec::new() };
        let tokens = shown.tokens.clone();
        // "One step" with no car chosen means the first car listed.
        let task = match task {
            ApiTask::OneStep(None, command) => match self.api.first_car() {
                Some(first) => ApiTask::OneStep(Some(first), command),
                None => return Vec::new(),
            },
            task => task,
        };
        let refresh = tokens.refresh_request();
        let api_via = Via::through_relay(&self.relay.choice);
        let token_via = Via::choose(&self.relay.choice, self.relay.direct, &refresh.endpoint);
        self.api.timeline.clear();
        self.api.data = None;
        self.api.at = Some(TaskSpot::of(&task));
        let (Some(api_via), Some(token_via)) = (api_via, token_via) else {
            self.api.problem = Some(Says::AnswerRelayQuestionFirst);
            return Vec::new();
        };
        self.api.problem = None;
        let ticket = self.desk.ticket(Purpose::Api { of: self.tokens.generation });
        self.api.running = Some(ticket);
        vec![Command::Run(Job {
            ticket,
            work: Work::Api { task, session: Session { tokens, api_via, token_via } },
        })]
    }

    fn progress(&mut self, progress: Progress) {
        match progress {
            Progress::Line(line) => self.api.timeline.push(line),
            Progress::Called(method, url) => self.api.last_call = Some((method, url)),
            Progress::Refreshed(tokens) => {
                let Some(route) = self.tokens.shown.as_ref().map(|shown| shown.route.clone()) else { return };
                self.tokens.show(tokens, route);
                // The task goes on with these: a second refresh rotates them.
                if let Some(ticket) = self.api.running {
                    self.desk.retag(ticket, Purpose::Api { of: self.tokens.generation });
                }
            }
            Progress::Products(products) => self.api.products = Some(products),
            Progress::Online(id) => self.api.set_state(&id, CarState::Online),
            Progress::Data(summary) => self.api.data = Some(summary),
        }
    }

    /// `error`, with how the tokens shown were minted, which decides when
    /// the owner API refuses them (a hosted relay, a Worker…).
    fn api_problem(&self, error: ApiError) -> Says {
        Says::Api { error, minted: self.tokens.shown.as_ref().map(|shown| shown.route.clone()) }
    }

    /// Wipes every part: tokens, verifiers, secrets, what was typed,
    /// messages and every pending request; only the relay setting, direct
    /// mode and the idle choice stay.
    fn forget(&mut self, why: Forgotten) {
        self.desk.forget();
        self.login = LoginPart::default();
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
        self.relay.held.is_some() || self.desk.awaits(Purpose::Exchange)
    }
}

#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;
