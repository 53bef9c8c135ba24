//! What the user asks of the token (check it, wake a car, read its data,
//! send a command, or all of it in one step), run against an injected
//! [`Io`], so the logic, the wake loop and the 401 refresh-and-retry are
//! tested natively.

use super::wake::{Next, WakePlan};
use super::{Answer, ApiError, Call, CarState, Command, Product, VehicleSummary, api_base, read_answer};
use crate::display::claims::{Expiry, TokenKind, inspect};
use crate::oauth::token::{TokenSet, read_token_answer};
use crate::transport::io::{HttpRequest, Io};
use crate::transport::via::Via;

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiTask {
    /// List the products: proves the token works.
    Check,
    /// Wake car `id` and wait until it is online.
    Wake(String),
    /// Read car `id`'s data.
    Data(String),
    /// Send a command to car `id`.
    Send(String, Command),
    /// Refresh if needed, wake if needed, then send.
    OneStep(String, Command),
}

/// What a running task tells the page on its way.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// A line for the timeline, in the user's words.
    Line(String),
    /// A call went out (for "copy as curl"): method and address.
    Called(&'static str, String),
    /// The tokens were refreshed after a 401: these replace the shown ones.
    Refreshed(TokenSet),
    /// The account's products.
    Products(Vec<Product>),
    /// Car `id` is online now.
    Online(String),
    /// A car's data.
    Data(VehicleSummary),
}

/// What a task runs with: the tokens, and how requests travel.
pub struct Session {
    /// The tokens shown when the task started.
    pub tokens: TokenSet,
    /// The relay for owner-API calls: they carry `Authorization`, which
    /// needs a preflight Tesla does not answer, so never direct.
    pub api_via: Via,
    /// How token requests (the refresh) travel: direct where proven.
    pub token_via: Via,
}

/// Runs `task`, reporting each step through `report`; stops early with
/// [`ApiError::Cancelled`] once `wanted` says no (cancel, forget).
pub async fn run(
    task: ApiTask,
    mut session: Session,
    io: &impl Io,
    report: &dyn Fn(Progress),
    wanted: &dyn Fn() -> bool,
) -> Result<(), ApiError> {
    let mut runner = Runner { session: &mut session, io, report, wanted };
    match task {
        ApiTask::Check => {
            if let Answer::Products(products) = runner.call(&Call::Products).await? {
                report(Progress::Line(format!("The token works: {}.", count(products.len(), "product"))));
                report(Progress::Products(products));
            }
        }
        ApiTask::Wake(id) => {
            runner.wake(&id).await?;
            report(Progress::Line("The car is online.".into()));
        }
        ApiTask::Data(id) => {
            if let Answer::Data(summary) = runner.call(&Call::VehicleData(id)).await? {
                report(Progress::Data(summary));
            }
        }
        ApiTask::Send(id, command) => {
            runner.call(&Call::Command(id, command)).await?;
            report(Progress::Line(format!("Done: {}.", command.done())));
        }
        ApiTask::OneStep(id, command) => runner.one_step(id, command).await?,
    }
    Ok(())
}

fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

struct Runner<'a, I: Io> {
    session: &'a mut Session,
    io: &'a I,
    report: &'a dyn Fn(Progress),
    wanted: &'a dyn Fn() -> bool,
}

impl<I: Io> Runner<'_, I> {
    fn line(&self, text: impl Into<String>) {
        (self.report)(Progress::Line(text.into()));
    }

    /// One call; on 401 the tokens are refreshed once and the call retried once.
    async fn call(&mut self, call: &Call) -> Result<Answer, ApiError> {
        match self.call_once(call).await {
            Err(ApiError::Expired) => {
                self.line("The access token was refused (401): refreshing it once…");
                self.refresh().await?;
                self.call_once(call).await
            }
            other => other,
        }
    }

    /// Stops the task once the page no longer wants it (cancel, forget).
    fn still_wanted(&self) -> Result<(), ApiError> {
        if (self.wanted)() { Ok(()) } else { Err(ApiError::Cancelled) }
    }

    async fn call_once(&mut self, call: &Call) -> Result<Answer, ApiError> {
        self.still_wanted()?;
        let base = api_base(&self.session.tokens).ok_or(ApiError::BadId)?;
        let path = call.path().ok_or(ApiError::BadId)?;
        let url = self.session.api_via.url_for(&format!("{base}{path}"));
        (self.report)(Progress::Called(call.method(), url.clone()));
        let request = HttpRequest {
            method: call.method(),
            url,
            bearer: Some(self.session.tokens.tokens.access_token.clone()),
            body: call.body(),
        };
        let answer = self.io.send(request).await;
        read_answer(call, answer, &self.session.api_via.route())
    }

    async fn refresh(&mut self) -> Result<(), ApiError> {
        self.still_wanted()?;
        let request = self.session.tokens.refresh_request();
        let via = &self.session.token_via;
        let answer = self
            .io
            .send(HttpRequest::post(via.url_for(&request.endpoint), request.body(via.is_direct())))
            .await;
        let refreshed = read_token_answer(answer, &via.route(), &request)
            .map(|tokens| TokenSet::from_answer(tokens, &request, self.io.now_ms()))
            .map_err(|e| ApiError::RefreshFailed(e.to_string()))?;
        self.line(format!("Refreshed. {}", crate::page::refreshed(&refreshed)));
        (self.report)(Progress::Refreshed(refreshed.clone()));
        self.session.tokens = refreshed;
        Ok(())
    }

    async fn car_state(&mut self, id: &str) -> Result<CarState, ApiError> {
        Ok(match self.call(&Call::Vehicle(id.to_owned())).await? {
            Answer::Car(state) => state,
            _ => CarState::Unknown,
        })
    }

    /// Sends wake_up, then polls with growing pauses until the car is
    /// online, the time is up, or the task is no longer wanted.
    async fn wake(&mut self, id: &str) -> Result<(), ApiError> {
        let plan = WakePlan::default();
        let started = self.io.now_ms();
        self.call(&Call::WakeUp(id.to_owned())).await?;
        self.line("Woken up; waiting for the car to come online…");
        let mut poll = 1;
        let mut pause = plan.pause_before(poll);
        loop {
            self.io.sleep(pause).await;
            let state = self.car_state(id).await?;
            let elapsed = self.io.now_ms() - started;
            self.line(format!("Attempt {poll} · {:.0} s · {}", elapsed / 1000.0, state.label()));
            match plan.next(poll, elapsed, state) {
                Next::Online => {
                    (self.report)(Progress::Online(id.to_owned()));
                    return Ok(());
                }
                Next::PollAfter(next) => pause = next,
                Next::GiveUp => return Err(ApiError::WakeTimedOut((plan.timeout_ms / 1000.0) as u64)),
            }
            poll += 1;
        }
    }

    async fn one_step(&mut self, id: String, command: Command) -> Result<(), ApiError> {
        let now = (self.io.now_ms() / 1000.0) as i64;
        let expired = match inspect(self.session.tokens.tokens.access_token.expose()) {
            Ok(TokenKind::Jwt(claims)) => {
                claims.exp.is_some_and(|exp| matches!(Expiry::at(exp, now), Expiry::Expired(_)))
            }
            _ => false,
        };
        if expired {
            self.line("Step 1: the access token has expired; refreshing it…");
            self.refresh().await?;
        } else {
            self.line("Step 1: the access token looks valid.");
        }
        self.line("Step 2: reading the car's state…");
        let state = self.car_state(&id).await?;
        if state == CarState::Online {
            self.line("Step 2: the car is online.");
        } else {
            self.line(format!("Step 2: the car is {}; waking it…", state.label()));
            self.wake(&id).await?;
            self.line("Step 2: the car is online.");
        }
        self.line(format!("Step 3: {}…", command.label().to_lowercase()));
        self.call(&Call::Command(id, command)).await?;
        self.line(format!("Done: {}.", command.done()));
        Ok(())
    }
}

#[cfg(test)]
mod tests;
