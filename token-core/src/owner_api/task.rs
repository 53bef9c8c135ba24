//! What the user asks of the token (check it, wake a car, read its data,
//! send a command, or all of it in one step), run against an injected
//! [`Io`], so the logic, the wake loop and the 401 refresh-and-retry are
//! tested natively.

use super::wake::{Next, WakePlan};
use super::{
    Answer, ApiError, Call, CarCommand, CarState, Product, VehicleSummary, api_base, fleet_region_of,
    read_answer,
};
use crate::claims::{Expiry, TokenKind, inspect};
use crate::oauth::fleet::FleetRegion;
use crate::oauth::token::{TokenSet, read_token_answer};
use crate::transport::io::{HttpRequest, Io};
use crate::transport::via::Via;
use std::time::Duration;

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
    Send(String, CarCommand),
    /// Refresh if needed, wake if needed, then send, to car `id`; `None`:
    /// no car chosen (the page picks the first one listed).
    OneStep(Option<String>, CarCommand),
}

/// What a refresh did to the refresh token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshOutcome {
    /// Tesla sent no new refresh token: the one used stays valid.
    Kept,
    /// Tesla sent a new refresh token: the one used is spent.
    Replaced,
}

impl RefreshOutcome {
    /// What the refresh that gave `tokens` did.
    pub fn of(tokens: &TokenSet) -> Self {
        if tokens.refresh_kept { Self::Kept } else { Self::Replaced }
    }
}

/// One line of a task's timeline, with its data; the page words it
/// (`catalog::owner_api::task_line`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskLine {
    /// The product list came: the token works.
    TokenWorks { products: usize },
    /// The woken car is online.
    CarOnline,
    /// The car took the command.
    Done(CarCommand),
    /// A 401 came: the tokens are refreshed once.
    RefreshingAfter401,
    /// The tokens were refreshed.
    Refreshed(RefreshOutcome),
    /// `wake_up` was sent; polling follows.
    WakingUp,
    /// Poll number `attempt` of a waking car, `elapsed` after `wake_up`.
    Poll { attempt: u32, elapsed: Duration, state: CarState },
    /// "One step", step 1: the access token has expired, so it is refreshed.
    OneStepRefreshing,
    /// "One step", step 1: the access token looks valid.
    OneStepTokenValid,
    /// "One step", step 2: reading the car's state.
    OneStepReadingState,
    /// "One step", step 2: the car is online.
    OneStepCarOnline,
    /// "One step", step 2: the car is in this state, so it is woken.
    OneStepWaking(CarState),
    /// "One step", step 3: sending the command.
    OneStepSending(CarCommand),
    /// After a Fleet API's 412 about the region: asking Tesla for the account's.
    AskingRegion,
}

/// What a running task tells the page on its way.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// A line for the timeline.
    Line(TaskLine),
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
                report(Progress::Line(TaskLine::TokenWorks { products: products.len() }));
                report(Progress::Products(products));
            }
        }
        ApiTask::Wake(id) => {
            runner.wake(&id).await?;
            report(Progress::Line(TaskLine::CarOnline));
        }
        ApiTask::Data(id) => {
            if let Answer::Data(summary) = runner.call(&Call::VehicleData(id)).await? {
                report(Progress::Data(summary));
            }
        }
        ApiTask::Send(id, command) => {
            runner.call(&Call::Command(id, command)).await?;
            report(Progress::Line(TaskLine::Done(command)));
        }
        ApiTask::OneStep(Some(id), command) => runner.one_step(id, command).await?,
        ApiTask::OneStep(None, _) => return Err(ApiError::NoCar),
    }
    Ok(())
}

struct Runner<'a, I: Io> {
    session: &'a mut Session,
    io: &'a I,
    report: &'a dyn Fn(Progress),
    wanted: &'a dyn Fn() -> bool,
}

impl<I: Io> Runner<'_, I> {
    fn line(&self, line: TaskLine) {
        (self.report)(Progress::Line(line));
    }

    /// One call; on 401 the tokens are refreshed once and the call retried
    /// once; a Fleet API's 412 about the region learns the account's region.
    async fn call(&mut self, call: &Call) -> Result<Answer, ApiError> {
        let answer = match self.call_once(call).await {
            Err(ApiError::Expired) => {
                self.line(TaskLine::RefreshingAfter401);
                self.refresh().await?;
                self.call_once(call).await
            }
            other => other,
        };
        match answer {
            Err(ApiError::OtherRegion { .. }) => Err(self.other_region().await),
            other => other,
        }
    }

    /// The region called and the account's, after a 412 about the region.
    /// `GET /api/1/users/region` is asked of the region called first, then
    /// of the others: a wrong region may answer it with the same 412.
    async fn other_region(&mut self) -> ApiError {
        let called = api_base(&self.session.tokens).as_deref().and_then(fleet_region_of);
        let Some(called) = called else { return ApiError::OtherRegion { called: None, account: None } };
        self.line(TaskLine::AskingRegion);
        let others = FleetRegion::ALL.into_iter().filter(|region| *region != called);
        for region in std::iter::once(called).chain(others) {
            match self.send(&Call::UsersRegion, region.audience()).await {
                Ok(Answer::Region(Some(account))) => {
                    return ApiError::OtherRegion { called: Some(called), account: Some(account) };
                }
                Err(ApiError::Cancelled) => return ApiError::Cancelled,
                _ => {}
            }
        }
        ApiError::OtherRegion { called: Some(called), account: None }
    }

    /// Stops the task once the page no longer wants it (cancel, forget).
    fn still_wanted(&self) -> Result<(), ApiError> {
        if (self.wanted)() { Ok(()) } else { Err(ApiError::Cancelled) }
    }

    async fn call_once(&mut self, call: &Call) -> Result<Answer, ApiError> {
        let base = api_base(&self.session.tokens).ok_or(ApiError::NoApiBase)?;
        self.send(call, &base).await
    }

    /// `call` to the API at `base`, once.
    async fn send(&mut self, call: &Call, base: &str) -> Result<Answer, ApiError> {
        self.still_wanted()?;
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
            .map_err(ApiError::RefreshFailed)?;
        self.line(TaskLine::Refreshed(RefreshOutcome::of(&refreshed)));
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
        self.line(TaskLine::WakingUp);
        let mut poll = 1;
        let mut pause = plan.pause_before(poll);
        loop {
            self.io.sleep(pause).await;
            let state = self.car_state(id).await?;
            let elapsed = self.io.now_ms() - started;
            // `as` saturates: a clock that went back reads 0.
            let elapsed_time = Duration::from_millis(elapsed.max(0.0) as u64);
            self.line(TaskLine::Poll { attempt: poll, elapsed: elapsed_time, state });
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

    async fn one_step(&mut self, id: String, command: CarCommand) -> Result<(), ApiError> {
        let now = (self.io.now_ms() / 1000.0) as i64;
        let expired = match inspect(self.session.tokens.tokens.access_token.expose()) {
            Ok(TokenKind::Jwt(claims)) => {
                claims.exp.is_some_and(|exp| matches!(Expiry::at(exp, now), Expiry::Expired(_)))
            }
            _ => false,
        };
        if expired {
            self.line(TaskLine::OneStepRefreshing);
            self.refresh().await?;
        } else {
            self.line(TaskLine::OneStepTokenValid);
        }
        self.line(TaskLine::OneStepReadingState);
        let state = self.car_state(&id).await?;
        if state != CarState::Online {
            self.line(TaskLine::OneStepWaking(state));
            self.wake(&id).await?;
        }
        self.line(TaskLine::OneStepCarOnline);
        self.line(TaskLine::OneStepSending(command));
        self.call(&Call::Command(id, command)).await?;
        self.line(TaskLine::Done(command));
        Ok(())
    }
}

#[cfg(test)]
mod tests;
