//! The whole page as one state machine: every user action and every answer
//! is an [`Event`]; [`Page::handle`] gives the next state and the
//! [`Command`]s to carry out (open a tab, run a request). The view renders
//! a `Page` and sends events; it decides nothing.
//!
//! Every request carries the [`Ticket`] it was sent with: an answer whose
//! ticket is no longer pending (the user pressed "Forget everything", the
//! idle timeout fired, or a newer request replaced it) is dropped, so a
//! slow answer can never bring back what was forgotten.

mod api_panel;
mod event;
mod job;
mod logins;
mod relay_watch;
mod said;

pub use api_panel::{ApiPanel, TaskSpot};
pub use event::{Command, Event, Secrets};
pub use job::{Job, PageIo, Work, perform};
pub use relay_watch::RelayHealth;
use relay_watch::RelayWatch;
use said::RELAY_QUESTION;
pub use said::{Message, Question, Spot, Tone, refreshed};

use crate::display::idle;
use crate::oauth::authorize::LoginOptions;
use crate::oauth::channel::LoginResult;
use crate::oauth::fleet::{FleetLogin, FleetSettings};
use crate::oauth::refresh::refresh_request_for;
use crate::oauth::token::{ExchangeError, TokenRequest, TokenSet};
use crate::owner_api::task::{ApiTask, Progress, Session};
use crate::owner_api::{ApiError, CarState};
use crate::transport::choice::{RelayChoice, admitted};
use crate::transport::relay::RelayTemplate;
use crate::transport::via::{DirectSupport, Via};
use logins::{Logins, PasteOutcome};
use url::Url;

/// Which request an answer belongs to: the page's epoch when it was sent
/// (bumped by every forget) and its own number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket {
    /// The epoch the request was sent in.
    pub epoch: u64,
    /// The request's number, unique for the page's life.
    pub id: u64,
}

/// What a pending request is for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Purpose {
    /// A pasted callback's code.
    Exchange,
    /// A refresh asked for at `Spot`.
    Refresh(Spot),
    /// Your own app's code.
    Fleet,
    /// The direct-mode probe.
    Probe,
    /// The relay's health check.
    Health,
    /// Whether the page's own origin is a relay.
    OwnHealth,
    /// A task of "Use the token".
    Api,
}

/// Tokens shown, and whether they may be replaced without asking: the
/// user has a copy of them, or said so.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    tokens: TokenSet,
    replaceable: bool,
    /// How they were minted: "through the relay at …" or "directly to Tesla".
    route: String,
}

/// The page: everything it holds, in memory only.
#[derive(Debug)]
pub struct Page {
    epoch: u64,
    next_id: u64,
    pending: Vec<(Ticket, Purpose)>,
    logins: Logins,
    tokens: Option<Shown>,
    fleet: Option<FleetLogin>,
    relay: RelayChoice,
    relay_watch: RelayWatch,
    direct: DirectSupport,
    messages: Vec<(Spot, Message)>,
    notice: Option<String>,
    question: Option<Question>,
    api: ApiPanel,
    idle_minutes: Option<u32>,
    last_activity_ms: f64,
    /// How many times tokens arrived from a login: the view brings them into sight.
    arrivals: u64,
    /// Whether the page itself was loaded over HTTPS (a hosted copy).
    page_is_https: bool,
    /// The page's own origin as a relay, if the policy admits it: a relay
    /// that serves the page (`token-relay --page`) is found there.
    own_origin: Option<RelayTemplate>,
}

impl Page {
    /// A fresh page using `relay`, at `now_ms`.
    pub fn new(relay: RelayChoice, now_ms: f64) -> Self {
        Self {
            epoch: 0,
            next_id: 0,
            pending: Vec::new(),
            logins: Logins::default(),
            tokens: None,
            fleet: None,
            relay,
            relay_watch: RelayWatch::default(),
            direct: DirectSupport::default(),
            messages: Vec::new(),
            notice: None,
            question: None,
            api: ApiPanel::default(),
            idle_minutes: idle::DEFAULT_MINUTES,
            last_activity_ms: now_ms,
            arrivals: 0,
            page_is_https: false,
            own_origin: None,
        }
    }

    /// The same page, loaded from `page_url`: over HTTPS (a hosted copy), an
    /// unreachable relay on this computer most likely means the browser
    /// refused; from a relay (`token-relay --page`), that relay is the one to use.
    pub fn loaded_from(self, page_url: &Url) -> Self {
        let own_origin = admitted(&format!("{}/", page_url.origin().ascii_serialization())).ok();
        Self { page_is_https: page_url.scheme() == "https", own_origin, ..self }
    }

    /// The next state after `event`, and what the browser is to do.
    pub fn handle(&mut self, event: Event) -> Vec<Command> {
        let spot = match &event {
            Event::StartLogin { .. } => Spot::Login,
            Event::StartFleet { .. } => Spot::Fleet,
            Event::RefreshPasted { spot, .. } => *spot,
            Event::Forget if self.holds_anything() => {
                let text = "Forget everything now? The tokens shown and any login under way are wiped from \
                            this page. Tokens you copied keep working.";
                return self.ask(Spot::Forget, text, event);
            }
            _ => return self.act(event),
        };
        if self.tokens.as_ref().is_some_and(|shown| !shown.replaceable) {
            let text = "The tokens shown were never copied or downloaded. New tokens will replace them on \
                        this page: continue?";
            return self.ask(spot, text, event);
        }
        self.act(event)
    }

    fn ask(&mut self, spot: Spot, text: &str, then: Event) -> Vec<Command> {
        self.question = Some(Question { spot, text: text.into(), then: Box::new(then) });
        Vec::new()
    }

    fn holds_anything(&self) -> bool {
        self.tokens.is_some() || self.logins.any() || self.fleet.is_some()
    }

    fn act(&mut self, event: Event) -> Vec<Command> {
        match event {
            Event::StartLogin { switch_account, email, locale, secrets, now_ms } => {
                let options = match LoginOptions::parse(switch_account, &email, &locale) {
                    Ok(options) => options,
                    Err(error) => return self.problem(Spot::Login, error.to_string()),
                };
                let (verifier, state) = match secrets {
                    Ok(secrets) => secrets,
                    Err(error) => return self.problem(Spot::Login, error.to_string()),
                };
                self.clear(Spot::Login);
                self.clear(Spot::Paste);
                // The tab first, so no popup blocker intervenes; the check runs meanwhile.
                let mut commands =
                    vec![Command::OpenTab(self.logins.start(verifier, state, &options, now_ms))];
                commands.extend(self.check_relay(now_ms));
                commands
            }
            Event::ForgetLogins => {
                self.logins.forget();
                self.relay_watch.held = None;
                self.pending.retain(|(_, purpose)| *purpose != Purpose::Exchange);
                self.clear(Spot::Paste);
                Vec::new()
            }
            Event::Paste { text, now_ms } => self.paste(&text, now_ms),
            Event::RefreshShown => match self.tokens.as_ref().map(|shown| shown.tokens.refresh_request()) {
                Some(request) => {
                    self.send_token(request, Purpose::Refresh(Spot::RefreshNow), Spot::RefreshNow)
                }
                None => Vec::new(),
            },
            Event::RefreshPasted { text, region, client_id, spot } => {
                // The inspector has no client-id field: its refusal points elsewhere.
                let client_id = (spot != Spot::Inspector).then_some(client_id.as_str());
                match refresh_request_for(&text, region, client_id) {
                    Ok(request) => self.send_token(request, Purpose::Refresh(spot), spot),
                    Err(error) => self.problem(spot, error.to_string()),
                }
            }
            Event::StartFleet { client_id, scopes, region, secret, secrets, page_url } => {
                let settings = match FleetSettings::parse(&client_id, &scopes, region, &secret) {
                    Ok(settings) => settings,
                    Err(error) => return self.problem(Spot::Fleet, error.to_string()),
                };
                let (verifier, state) = match secrets {
                    Ok(secrets) => secrets,
                    Err(error) => return self.problem(Spot::Fleet, error.to_string()),
                };
                let (login, url) = FleetLogin::start(settings, verifier, state, &page_url);
                self.fleet = Some(login);
                self.say(Spot::Fleet, Tone::Working, "Waiting for the login tab to come back…".into());
                vec![Command::OpenTab(url)]
            }
            Event::FleetMessage(message) => self.fleet_message(&message),
            Event::TokenAnswer { ticket, route, outcome } => self.token_answer(ticket, &route, outcome),
            Event::RelayChecked { ticket, answering } => self.relay_checked(ticket, answering),
            Event::ProbeDirect => {
                self.direct = DirectSupport::Testing;
                let ticket = self.ticket(Purpose::Probe);
                vec![Command::Run(Job { ticket, work: Work::Probe })]
            }
            Event::Probed { ticket, readable } => {
                if self.take(ticket).is_some() {
                    self.direct = if readable {
                        DirectSupport::Available { chosen: false }
                    } else {
                        DirectSupport::Unavailable
                    };
                }
                Vec::new()
            }
            Event::ChooseDirect(chosen) => {
                if matches!(self.direct, DirectSupport::Available { .. }) {
                    self.direct = DirectSupport::Available { chosen };
                }
                Vec::new()
            }
            Event::SaveRelay(text) => match admitted(&text) {
                Ok(template) => {
                    let stored = template.as_str().to_owned();
                    self.relay.choose(template);
                    self.clear(Spot::Relay);
                    let mut commands = vec![Command::StoreRelay(stored)];
                    commands.extend(self.relay_changed());
                    commands
                }
                Err(error) => self.problem(Spot::Relay, error.to_string()),
            },
            Event::AcceptRelay => {
                self.relay.accept_proposal();
                let mut commands = vec![Command::StoreRelay(self.relay.active().as_str().to_owned())];
                commands.extend(self.relay_changed());
                commands
            }
            Event::RejectRelay => {
                self.relay.reject_proposal();
                Vec::new()
            }
            Event::RunApi(task) => self.run_api(task),
            Event::CancelApi => {
                if let Some(ticket) = self.api.running.take() {
                    self.take(ticket);
                    self.api.problem = Some(ApiError::Cancelled.to_string());
                }
                Vec::new()
            }
            Event::ApiProgress { ticket, progress } => {
                if self.api.running == Some(ticket) && self.is_pending(ticket) {
                    self.progress(progress);
                }
                Vec::new()
            }
            Event::ApiDone { ticket, result } => {
                if self.take(ticket).is_some() {
                    self.api.running = None;
                    self.api.problem = result.err().map(|error| self.explain(error));
                }
                Vec::new()
            }
            Event::Forget => {
                self.forget("Everything was forgotten: tokens, login secrets and inputs.".into());
                Vec::new()
            }
            Event::Tick { now_ms } => {
                if self.logins.any() && self.relay_watch.due(now_ms) {
                    return self.check_relay(now_ms);
                }
                if self.tokens.is_some()
                    && idle::should_forget(self.idle_minutes, self.last_activity_ms, now_ms)
                {
                    let minutes = self.idle_minutes.unwrap_or_default();
                    self.forget(format!(
                        "The tokens were forgotten after {minutes} minutes without activity, as chosen. Log in or \
                         refresh again to get new ones."
                    ));
                }
                Vec::new()
            }
            Event::Activity { now_ms } => {
                self.last_activity_ms = now_ms;
                Vec::new()
            }
            Event::ChooseIdle(minutes) => {
                self.idle_minutes = minutes;
                Vec::new()
            }
            Event::Saved => {
                self.let_tokens_go();
                Vec::new()
            }
            Event::Confirm => match self.question.take() {
                Some(question) => {
                    self.let_tokens_go();
                    self.act(*question.then)
                }
                None => Vec::new(),
            },
            Event::Decline => {
                self.question = None;
                Vec::new()
            }
        }
    }

    fn paste(&mut self, text: &str, now_ms: f64) -> Vec<Command> {
        if self.exchanging() {
            return Vec::new();
        }
        match self.logins.take(text, now_ms) {
            PasteOutcome::Request(request) if self.waits_for_relay() => {
                self.relay_watch.held = Some(request);
                self.say(Spot::Paste, Tone::Working, self.relay_silent_text(true));
                self.check_relay(now_ms)
            }
            PasteOutcome::Request(request) => self.send_token(request, Purpose::Exchange, Spot::Paste),
            PasteOutcome::AlreadyExchanged => {
                let text = "These tokens are already shown below: this URL's code was used to get them.";
                self.say(Spot::Paste, Tone::Done, text.into());
                Vec::new()
            }
            PasteOutcome::Refused(refusal) => self.problem(Spot::Paste, refusal.to_string()),
        }
    }

    fn send_token(&mut self, request: TokenRequest, purpose: Purpose, spot: Spot) -> Vec<Command> {
        let Some(via) = Via::choose(&self.relay, self.direct, &request.endpoint) else {
            if purpose == Purpose::Exchange {
                self.logins.failed();
            }
            return self.problem(spot, RELAY_QUESTION.into());
        };
        let working = match purpose {
            Purpose::Exchange => format!(
                "Working… exchanging the code {}. This can take several seconds.",
                via.route().describe()
            ),
            Purpose::Fleet => format!("Exchanging your app's code {}…", via.route().describe()),
            _ => format!("Refreshing {}…", via.route().describe()),
        };
        self.say(spot, Tone::Working, working);
        let ticket = self.ticket(purpose);
        vec![Command::Run(Job { ticket, work: Work::Token { request, via } })]
    }

    fn token_answer(
        &mut self,
        ticket: Ticket,
        route: &str,
        outcome: Result<TokenSet, ExchangeError>,
    ) -> Vec<Command> {
        let Some(purpose) = self.take(ticket) else { return Vec::new() };
        let spot = match purpose {
            Purpose::Exchange => Spot::Paste,
            Purpose::Refresh(spot) => spot,
            Purpose::Fleet => Spot::Fleet,
            Purpose::Probe | Purpose::Health | Purpose::OwnHealth | Purpose::Api => return Vec::new(),
        };
        let tokens = match outcome {
            Ok(tokens) => tokens,
            Err(error) => {
                if purpose == Purpose::Exchange {
                    self.logins.failed();
                }
                let text = match (&error, self.browser_between()) {
                    (ExchangeError::RelayUnreachable(host), Some(why)) => {
                        format!(
                            "Could not reach the relay at {host}: {why} Your code was not used: press the button again then."
                        )
                    }
                    _ => error.to_string(),
                };
                return self.problem(spot, text);
            }
        };
        let (spot, done) = match purpose {
            Purpose::Exchange => {
                self.logins.exchanged();
                self.arrive(spot);
                (Spot::Tokens, format!("Tokens received {route}: copy them now."))
            }
            Purpose::Fleet => {
                self.fleet = None;
                self.arrive(spot);
                (Spot::Tokens, format!("Tokens for your app received {route}: copy them now."))
            }
            _ => {
                // Announcing the login's tokens would now describe ones no longer shown.
                self.clear(Spot::Tokens);
                (spot, refreshed(&tokens).to_owned())
            }
        };
        self.notice = None;
        self.say(spot, Tone::Done, done);
        self.tokens = Some(Shown { tokens, replaceable: false, route: route.to_owned() });
        Vec::new()
    }

    /// Tokens from a login: the view folds the steps that asked for them, so their
    /// "working" line goes and the news is told under the tokens.
    fn arrive(&mut self, asked_at: Spot) {
        self.clear(asked_at);
        self.arrivals += 1;
    }

    fn fleet_message(&mut self, message: &str) -> Vec<Command> {
        // Anything from another tab of this origin could arrive: check it first.
        let Ok(result) = LoginResult::from_message(message) else { return Vec::new() };
        let Some(login) = &self.fleet else { return Vec::new() };
        match login.request_for(&result) {
            Ok(request) => self.send_token(request, Purpose::Fleet, Spot::Fleet),
            Err(error) => self.problem(Spot::Fleet, error.to_string()),
        }
    }

    fn run_api(&mut self, task: ApiTask) -> Vec<Command> {
        if self.api.busy() {
            return Vec::new();
        }
        let Some(shown) = &self.tokens else { return Vec::new() };
        let tokens = shown.tokens.clone();
        // "One step" with no car chosen means the first car listed.
        let task = match task {
            ApiTask::OneStep(id, command) if id.is_empty() => match self.api.first_car() {
                Some(first) => ApiTask::OneStep(first, command),
                None => return Vec::new(),
            },
            task => task,
        };
        let refresh = tokens.refresh_request();
        let api_via = Via::through_relay(&self.relay);
        let token_via = Via::choose(&self.relay, self.direct, &refresh.endpoint);
        self.api.timeline.clear();
        self.api.data = None;
        self.api.at = Some(TaskSpot::of(&task));
        let (Some(api_via), Some(token_via)) = (api_via, token_via) else {
            self.api.problem = Some(RELAY_QUESTION.into());
            return Vec::new();
        };
        self.api.problem = None;
        let ticket = self.ticket(Purpose::Api);
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
                let route = self.tokens.as_ref().map(|shown| shown.route.clone()).unwrap_or_default();
                self.tokens = Some(Shown { tokens, replaceable: false, route });
            }
            Progress::Products(products) => self.api.products = Some(products),
            Progress::Online(id) => self.api.set_state(&id, CarState::Online),
            Progress::Data(summary) => self.api.data = Some(summary),
        }
    }

    /// Wipes tokens, verifiers, secrets, messages and every pending
    /// request; only the relay setting and the idle choice stay.
    fn forget(&mut self, why: String) {
        let fresh = Self::new(self.relay.clone(), self.last_activity_ms);
        *self = Self {
            epoch: self.epoch + 1,
            next_id: self.next_id,
            arrivals: self.arrivals,
            page_is_https: self.page_is_https,
            own_origin: self.own_origin.clone(),
            // A probe under way is dropped with every other request.
            direct: if self.direct == DirectSupport::Testing { DirectSupport::Untested } else { self.direct },
            idle_minutes: self.idle_minutes,
            notice: Some(why),
            ..fresh
        };
    }

    /// `error` in the owner's words; a token the owner API refuses says how
    /// it was minted, which is what decides (a hosted relay, a Worker…).
    fn explain(&self, error: ApiError) -> String {
        match (&error, &self.tokens) {
            (ApiError::ForbiddenSeeFleet, Some(shown)) => {
                format!("{error} These tokens were minted {}.", shown.route)
            }
            _ => error.to_string(),
        }
    }

    fn let_tokens_go(&mut self) {
        if let Some(shown) = &mut self.tokens {
            shown.replaceable = true;
        }
    }

    fn ticket(&mut self, purpose: Purpose) -> Ticket {
        self.next_id += 1;
        let ticket = Ticket { epoch: self.epoch, id: self.next_id };
        self.pending.push((ticket, purpose));
        ticket
    }

    fn is_pending(&self, ticket: Ticket) -> bool {
        ticket.epoch == self.epoch && self.pending.iter().any(|(pending, _)| *pending == ticket)
    }

    /// The purpose of `ticket` if it is still pending (and so wanted).
    fn take(&mut self, ticket: Ticket) -> Option<Purpose> {
        if !self.is_pending(ticket) {
            return None;
        }
        let at = self.pending.iter().position(|(pending, _)| *pending == ticket)?;
        Some(self.pending.remove(at).1)
    }

    fn say(&mut self, spot: Spot, tone: Tone, text: String) {
        self.clear(spot);
        self.messages.push((spot, Message { tone, text }));
    }

    fn problem(&mut self, spot: Spot, text: String) -> Vec<Command> {
        self.say(spot, Tone::Problem, text);
        Vec::new()
    }

    fn clear(&mut self, spot: Spot) {
        self.messages.retain(|(at, _)| *at != spot);
    }

    /// The epoch: bumped by every forget, so the view rebuilds its inputs.
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Whether `ticket`'s request is still wanted.
    pub fn wants(&self, ticket: Ticket) -> bool {
        self.is_pending(ticket)
    }

    /// The tokens shown.
    pub fn tokens(&self) -> Option<&TokenSet> {
        self.tokens.as_ref().map(|shown| &shown.tokens)
    }

    /// The newest login's link, while a login is pending.
    pub fn login_url(&self) -> Option<&Url> {
        self.logins.newest_url()
    }

    /// Whether step 2 can take a paste.
    pub fn awaiting_paste(&self) -> bool {
        self.logins.any()
    }

    /// Whether the code of a paste is being exchanged, or waits for the relay.
    pub fn exchanging(&self) -> bool {
        self.relay_watch.held.is_some()
            || self.pending.iter().any(|(_, purpose)| *purpose == Purpose::Exchange)
    }

    /// What the page knows of the relay.
    pub fn relay_health(&self) -> RelayHealth {
        if self.goes_direct() { RelayHealth::Unchecked } else { self.relay_watch.health }
    }

    /// How many times tokens arrived from a login (the view brings them into sight).
    pub fn arrivals(&self) -> u64 {
        self.arrivals
    }

    /// The message beside `spot`, if any.
    pub fn message(&self, spot: Spot) -> Option<&Message> {
        self.messages.iter().find(|(at, _)| *at == spot).map(|(_, message)| message)
    }

    /// A message about the whole page (what was forgotten, and why).
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The question waiting for "yes" or "no".
    pub fn question(&self) -> Option<&Question> {
        self.question.as_ref()
    }

    /// The relay setting.
    pub fn relay(&self) -> &RelayChoice {
        &self.relay
    }

    /// What the direct-mode probe found.
    pub fn direct(&self) -> DirectSupport {
        self.direct
    }

    /// Whether step 2 waits for the answer to a link's relay: nothing is
    /// sent to a relay the user has not confirmed.
    fn paste_waits_for_relay(&self) -> bool {
        self.relay.usable().is_none() && !self.goes_direct()
    }

    /// Whether "Get my tokens" can be pressed.
    pub fn can_paste(&self) -> bool {
        self.logins.takes_pastes() && !self.exchanging() && !self.paste_waits_for_relay()
    }

    /// What step 2 says: the relay question first, else the last paste's outcome.
    pub fn paste_status(&self) -> Option<Message> {
        if self.paste_waits_for_relay() && !self.exchanging() {
            return Some(Message { tone: Tone::Problem, text: RELAY_QUESTION.into() });
        }
        self.message(Spot::Paste).cloned()
    }

    /// "Use the token".
    pub fn api(&self) -> &ApiPanel {
        &self.api
    }

    /// Whether an own-app login waits for its tab.
    pub fn fleet_waiting(&self) -> bool {
        self.fleet.is_some()
    }

    /// The idle time chosen.
    pub fn idle_minutes(&self) -> Option<u32> {
        self.idle_minutes
    }

    /// When the user last did anything.
    pub fn last_activity_ms(&self) -> f64 {
        self.last_activity_ms
    }

    /// What leaving the page now would lose, in the owner's words.
    pub fn leave_warning(&self) -> Option<&'static str> {
        if self.tokens.as_ref().is_some_and(|shown| !shown.replaceable) {
            Some("Copy or download your tokens before you close or reload this page: they exist only here.")
        } else if (self.logins.any() && self.tokens.is_none()) || self.fleet.is_some() {
            Some(
                "Keep this page open until your tokens are shown: the login's secret lives only in this \
                 page's memory, and a reload loses it.",
            )
        } else {
            None
        }
    }

    /// Whether leaving the page now would lose something: a login waiting
    /// for its paste, an own-app login waiting for its tab, or tokens never
    /// copied or downloaded.
    pub fn would_lose_work(&self) -> bool {
        self.leave_warning().is_some()
    }
}

#[cfg(test)]
mod tests;
