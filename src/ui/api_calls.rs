//! Calling the owner API with the page's tokens: one call, one automatic
//! refresh and retry on 401, and the wake loop.

use super::state::Page;
use crate::browser;
use leptos::prelude::*;
use token_core::oauth::token::TokenSet;
use token_core::owner_api::wake::{Next, WakePlan};
use token_core::owner_api::{Answer, ApiError, Call, CarState, api_base, read_answer};

/// The last call, for "copy as curl": method and the address it went to.
pub type LastCall = RwSignal<Option<(&'static str, String)>>;

/// Makes `call` with the current access token. On 401 the tokens are
/// refreshed once (the rotated refresh token is shown) and the call retried once.
pub async fn call(page: Page, call: &Call, last: LastCall, log: impl Fn(String)) -> Result<Answer, ApiError> {
    match call_once(page, call, last).await {
        Err(ApiError::Expired) => {
            log("The access token was refused (401): refreshing it once…".into());
            refresh(page).await?;
            log("Refreshed: new access and refresh tokens are shown above; the old refresh token is spent."
                .into());
            call_once(page, call, last).await
        }
        other => other,
    }
}

async fn call_once(page: Page, call: &Call, last: LastCall) -> Result<Answer, ApiError> {
    let (token, base) = page
        .flow
        .with_untracked(|f| f.tokens().map(|t| (t.tokens.access_token.expose().to_owned(), api_base(t))))
        .ok_or(ApiError::NoTokens)?;
    let (Some(base), Some(path)) = (base, call.path()) else { return Err(ApiError::BadId) };
    let Some(via) = page.via() else {
        return Err(ApiError::RelayRefused("answer the relay question below first".into()));
    };
    let url = via.url_for(&format!("{base}{path}"));
    last.set(Some((call.method(), url.clone())));
    let answer = browser::send(call.method(), &url, Some(&token), call.body().as_ref()).await;
    read_answer(call, answer, &via.route())
}

/// Refreshes the page's tokens where they came from.
pub async fn refresh(page: Page) -> Result<(), ApiError> {
    let request =
        page.flow.with_untracked(|f| f.tokens().map(TokenSet::refresh_request)).ok_or(ApiError::NoTokens)?;
    let via =
        page.via().ok_or_else(|| ApiError::RelayRefused("answer the relay question below first".into()))?;
    page.adopt(&request, &via).await.map_err(|e| ApiError::RefreshFailed(e.to_string()))?;
    page.notice.set(Some(
        "The access token was refreshed: the new access and refresh tokens are shown. The old refresh token is spent; replace it everywhere."
            .into(),
    ));
    Ok(())
}

/// Wakes car `id`: sends wake_up, then polls with growing pauses until it
/// is online, the time is up, or `cancelled` is set. Each poll is logged.
pub async fn wake(
    page: Page,
    id: &str,
    last: LastCall,
    cancelled: RwSignal<bool>,
    log: impl Fn(String) + Copy,
) -> Result<(), ApiError> {
    let plan = WakePlan::default();
    let started = browser::now_ms();
    call(page, &Call::WakeUp(id.to_owned()), last, log).await?;
    log("wake_up sent; waiting for the car…".into());
    let mut poll = 1;
    let mut pause = plan.pause_before(poll);
    loop {
        browser::sleep(pause).await;
        if cancelled.get_untracked() {
            return Err(ApiError::Cancelled);
        }
        let state = match call(page, &Call::Vehicle(id.to_owned()), last, log).await? {
            Answer::Car(state) => state,
            _ => CarState::Unknown,
        };
        let elapsed = browser::now_ms() - started;
        log(format!("Attempt {poll} · {:.0} s · {}", elapsed / 1000.0, state.label()));
        match plan.next(poll, elapsed, state) {
            Next::Online => return Ok(()),
            Next::PollAfter(next) => pause = next,
            Next::GiveUp => return Err(ApiError::WakeTimedOut((plan.timeout_ms / 1000.0) as u64)),
        }
        poll += 1;
    }
}
