//! The page's promises as properties, checked after every step of random
//! event sequences (answers late, twice or after a forget included):
//!
//! - nothing secret survives a forget: no token, code, verifier or typed
//!   text is anywhere in the page's state (its whole `Debug`, with secrets
//!   printing themselves), so a new field is covered without naming it;
//! - an answer whose ticket is gone changes nothing;
//! - tokens never copied are not replaced without a question;
//! - nothing panics.
//!
//! `PAGE_PROPERTY_CASES` sets how many sequences run (default 2,000).

use super::*;
use crate::oauth::channel::LoginResult;
use crate::oauth::fleet::FleetRegion;
use crate::oauth::pkce::PkceVerifier;
use crate::oauth::region::Region;
use crate::oauth::token::TokenSet;
use crate::owner_api::ApiError;
use crate::owner_api::task::{ApiTask, Progress};
use crate::secret::reveal::revealed;
use crate::testing::set;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};
use steps::{Outcome, Sent, Step, step};

const NOW: f64 = 1_000_000.0;

mod steps;

/// A page driven by steps, with what it was given to keep secret.
struct Run {
    page: Page,
    now_ms: f64,
    fresh: u32,
    states: Vec<String>,
    /// Every request sent, with the tokens shown when it was sent.
    sent: Vec<(Ticket, Sent, Option<TokenSet>)>,
    secrets: Vec<String>,
}

impl Run {
    fn new() -> Self {
        let (relay, _) = RelayChoice::new(None, None);
        Self {
            page: Page::new(relay, NOW),
            now_ms: NOW,
            fresh: 0,
            states: Vec::new(),
            sent: Vec::new(),
            secrets: Vec::new(),
        }
    }

    /// A new secret-looking marker, remembered.
    fn marker(&mut self, what: &str) -> String {
        self.fresh += 1;
        let marker = format!("{what}{}x", self.fresh);
        self.secrets.push(marker.clone());
        marker
    }

    /// The event `step` stands for, and what a request it starts is for.
    fn event(&mut self, step: &Step) -> Option<(Event, Sent)> {
        let event = match step {
            Step::Type(field) => {
                let text = self.marker("typed");
                Event::Input { field: Field::ALL[*field], text }
            }
            Step::Login(seed) => {
                let seed = seed.wrapping_add(self.fresh as u8);
                self.fresh += 1;
                let verifier = PkceVerifier::from_random_bytes(&[seed; 64]);
                self.secrets.push(verifier.secret().to_owned());
                let state = format!("state{}", self.fresh);
                self.states.push(state.clone());
                Event::StartLogin {
                    switch_account: false,
                    secrets: Ok((verifier, state)),
                    now_ms: self.now_ms,
                }
            }
            Step::Paste { login, fresh_code } => {
                let state = self.states.get(login % self.states.len().max(1)).cloned().unwrap_or_default();
                let code = if *fresh_code { self.marker("code") } else { "NA_reused".into() };
                let text = format!(
                    "tesla://auth/callback?code={code}&state={state}&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3"
                );
                self.page.handle(Event::Input { field: Field::Callback, text });
                Event::Paste { now_ms: self.now_ms }
            }
            Step::PasteJunk => {
                let text = self.marker("junk");
                self.page.handle(Event::Input { field: Field::Callback, text });
                Event::Paste { now_ms: self.now_ms }
            }
            Step::Answer { request, outcome } => {
                return self.answer(*request, *outcome).map(|e| (e, Sent::Token));
            }
            Step::RefreshShown => return Some((Event::RefreshShown, Sent::Rotation)),
            Step::RefreshPasted { inspector } => {
                let (field, spot) = if *inspector {
                    (Field::InspectToken, Spot::Inspector)
                } else {
                    (Field::RefreshToken, Spot::RefreshPasted)
                };
                let marker = self.marker("pasted");
                let text = crate::testing::jwt(&format!(
                    r#"{{"iss":"https://auth.tesla.com/oauth2/v3","sub":"{marker}"}}"#
                ));
                self.secrets.push(text.clone());
                self.page.handle(Event::Input { field, text });
                Event::RefreshPasted { region: Some(Region::Global), spot }
            }
            Step::Fleet => {
                self.page.handle(Event::Input { field: Field::FleetClientId, text: "my-app".into() });
                let verifier = PkceVerifier::from_random_bytes(&[200; 64]);
                self.secrets.push(verifier.secret().to_owned());
                let page_url = Url::parse("https://me.github.io/tokens/").ok()?;
                Event::StartFleet {
                    region: FleetRegion::Europe,
                    secrets: Ok((verifier, "fleet-state".into())),
                    page_url,
                }
            }
            Step::FleetBack => {
                let code = self.marker("EU_code");
                let result = LoginResult::from_query(&format!("?code={code}&state=fleet-state"))?.ok()?;
                Event::FleetMessage(result.to_message())
            }
            Step::RunApi => return Some((Event::RunApi(ApiTask::Check), Sent::Api)),
            Step::RefreshedByTask { request } => {
                let (ticket, ..) = *self.sent.get(request % self.sent.len().max(1))?;
                let tag = self.marker("task");
                Event::ApiProgress { ticket, progress: Progress::Refreshed(set(&tag)) }
            }
            Step::CancelApi => Event::CancelApi,
            Step::Probe => return Some((Event::ProbeDirect, Sent::Probe)),
            Step::ChooseDirect(chosen) => Event::ChooseDirect(*chosen),
            Step::SaveRelay => Event::SaveRelay,
            Step::Forget => Event::Forget,
            Step::ForgetLogins => Event::ForgetLogins,
            Step::Confirm => Event::Confirm,
            Step::Decline => Event::Decline,
            Step::Saved => Event::Saved,
            Step::Wait { minutes } => {
                self.now_ms += f64::from(*minutes) * 60_000.0;
                Event::Tick { now_ms: self.now_ms }
            }
            Step::Activity => Event::Activity { now_ms: self.now_ms },
            Step::ChooseIdle(minutes) => Event::ChooseIdle(minutes.map(u32::from)),
        };
        Some((event, Sent::Token))
    }

    /// An answer, made up, to the `request`-th request sent (any of them:
    /// answered already, or sent before a forget).
    fn answer(&mut self, request: usize, outcome: Outcome) -> Option<Event> {
        let (ticket, sent, _) = self.sent.get(request % self.sent.len().max(1))?.clone();
        Some(match sent {
            Sent::Token | Sent::Rotation => {
                let route = Route::Relay("127.0.0.1:8787".into());
                let outcome = match outcome {
                    Outcome::Fine | Outcome::Other => {
                        let tag = self.marker("tokens");
                        self.secrets.extend([format!("{tag}-access"), format!("{tag}-refresh")]);
                        Ok(set(&tag))
                    }
                    Outcome::Refused => Err(ExchangeError::CodeUsedOrExpired { reference: None }),
                    Outcome::Unreachable => Err(ExchangeError::RelayUnreachable("127.0.0.1:8787".into())),
                };
                Event::TokenAnswer { ticket, route, outcome }
            }
            Sent::Probe => Event::Probed { ticket, readable: matches!(outcome, Outcome::Fine) },
            Sent::Health => {
                let reach = match outcome {
                    Outcome::Fine => Reach::Ours,
                    Outcome::Other => Reach::Answers,
                    Outcome::Refused | Outcome::Unreachable => Reach::Unreachable,
                };
                Event::RelayChecked { ticket, reach }
            }
            Sent::Api => {
                let result = if matches!(outcome, Outcome::Fine) { Ok(()) } else { Err(ApiError::Cancelled) };
                Event::ApiDone { ticket, result }
            }
        })
    }

    /// The page's whole state, secrets included.
    fn everything(&self) -> String {
        revealed(|| format!("{:?}", self.page))
    }

    /// Takes `step` and checks every promise after it.
    fn take(&mut self, step: &Step) -> Result<(), TestCaseError> {
        let Some((event, sent)) = self.event(step) else { return Ok(()) };
        let answers_to = match &event {
            Event::TokenAnswer { ticket, .. }
            | Event::RelayChecked { ticket, .. }
            | Event::Probed { ticket, .. }
            | Event::ApiDone { ticket, .. }
            | Event::ApiProgress { ticket, .. } => Some(*ticket),
            _ => None,
        };
        // A refresh of the tokens shown may replace them: they are spent.
        let rotates = |ticket: &Ticket| {
            let shown = self.page.tokens();
            self.sent.iter().any(|(t, s, from)| {
                t == ticket && matches!(s, Sent::Rotation | Sent::Api) && from.as_ref() == shown
            })
        };
        let rotation = match &event {
            Event::TokenAnswer { ticket, .. } | Event::ApiProgress { ticket, .. } => rotates(ticket),
            _ => false,
        };
        let confirm = matches!(event, Event::Confirm);
        let tokens_before = self.page.tokens().cloned();
        let uncopied_before = self.page.leave_warning() == Some(LeaveWarning::UncopiedTokens);
        let epoch_before = self.page.epoch();
        let unwanted = answers_to.is_some_and(|ticket| !self.page.wants(ticket));
        let before = unwanted.then(|| self.everything());

        let commands = self.page.handle(event);

        for command in &commands {
            if let Command::Run(job) = command {
                let kind = match job.work {
                    Work::Token { .. } => sent,
                    Work::Probe => Sent::Probe,
                    Work::Health { .. } => Sent::Health,
                    Work::Api { .. } => Sent::Api,
                };
                self.sent.push((job.ticket, kind, self.page.tokens().cloned()));
            }
        }
        if let Some(before) = before {
            prop_assert!(commands.is_empty(), "an unwanted answer started something: {commands:?}");
            prop_assert_eq!(before, self.everything(), "an unwanted answer changed the page");
        }
        if self.page.epoch() != epoch_before {
            let everything = self.everything();
            for secret in &self.secrets {
                prop_assert!(
                    !everything.contains(secret.as_str()),
                    "{secret} survived a forget: {everything}"
                );
            }
        }
        let tokens_after = self.page.tokens().cloned();
        if uncopied_before && tokens_after.is_some() && tokens_after != tokens_before {
            prop_assert!(confirm || rotation, "uncopied tokens were replaced without a question");
        }
        if let Some(ticket) = answers_to.filter(|_| tokens_after != tokens_before) {
            // A task goes on with the tokens it refreshed.
            for (_, _, from) in self.sent.iter_mut().filter(|(t, s, _)| *t == ticket && *s == Sent::Api) {
                from.clone_from(&tokens_after);
            }
        }
        Ok(())
    }
}

/// How many sequences and steps all runs of the property checked.
static STEPS: AtomicUsize = AtomicUsize::new(0);

fn check(steps: &[Step]) -> Result<(), TestCaseError> {
    let mut run = Run::new();
    for step in steps {
        run.take(step)?;
    }
    STEPS.fetch_add(steps.len(), Ordering::Relaxed);
    Ok(())
}

#[test]
fn the_pages_promises_hold_over_random_sequences_of_events() {
    let cases = std::env::var("PAGE_PROPERTY_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let result = runner.run(&prop::collection::vec(step(), 1..60), |steps| check(&steps));
    if let Err(failure) = result {
        panic!("{failure}");
    }
    println!("page properties: {cases} sequences, {} steps checked", STEPS.load(Ordering::Relaxed));
}
