use super::*;
use crate::oauth::fleet::FleetRegion;
use crate::settings::relay::RelayTemplate;
use crate::testing::{ScriptedIo, block_on, jwt, set, token_answer};
use std::cell::RefCell;

const CAR: &str = "1492931337";

fn session(access_token: &str) -> Session {
    let mut tokens = set("old");
    tokens.tokens.access_token = crate::secret::Secret::new(access_token);
    Session {
        tokens,
        api_via: Via::Relay(RelayTemplate::local()),
        token_via: Via::Relay(RelayTemplate::local()),
    }
}

fn valid_access() -> String {
    jwt(r#"{"iss":"https://auth.tesla.com/oauth2/v3","exp":9999999999}"#)
}

fn expired_access() -> String {
    jwt(r#"{"iss":"https://auth.tesla.com/oauth2/v3","exp":1}"#)
}

fn car(state: &str) -> String {
    format!(r#"{{"response":{{"id_s":"{CAR}","state":"{state}"}}}}"#)
}

const DONE: &str = r#"{"response":{"result":true,"reason":""}}"#;

/// Runs `task`; returns its result, its progress and what it sent.
fn run_task(task: ApiTask, session: Session, io: &ScriptedIo) -> (Result<(), ApiError>, Vec<Progress>) {
    let progress = RefCell::new(Vec::new());
    let result =
        block_on(run(task, session, io, &|p| progress.borrow_mut().push(p), &|| io.still_wanted.get()));
    (result, progress.into_inner())
}

fn lines(progress: &[Progress]) -> Vec<TaskLine> {
    progress.iter().filter_map(|p| if let Progress::Line(l) = p { Some(l.clone()) } else { None }).collect()
}

#[test]
fn one_step_refreshes_an_expired_token_wakes_the_car_and_sends() {
    let io = ScriptedIo::answering(&[
        (200, &token_answer("new")),
        (200, &car("asleep")),
        (200, &car("asleep")),
        (200, &car("asleep")),
        (200, &car("online")),
        (200, DONE),
    ]);
    let (result, progress) = run_task(
        ApiTask::OneStep(Some(CAR.into()), CarCommand::FlashLights),
        session(&expired_access()),
        &io,
    );
    assert_eq!(result, Ok(()));
    let relay = "http://127.0.0.1:8787/https://";
    assert_eq!(
        io.urls(),
        [
            format!("POST {relay}auth.tesla.com/oauth2/v3/token"),
            format!("GET {relay}owner-api.teslamotors.com/api/1/vehicles/{CAR}"),
            format!("POST {relay}owner-api.teslamotors.com/api/1/vehicles/{CAR}/wake_up"),
            format!("GET {relay}owner-api.teslamotors.com/api/1/vehicles/{CAR}"),
            format!("GET {relay}owner-api.teslamotors.com/api/1/vehicles/{CAR}"),
            format!("POST {relay}owner-api.teslamotors.com/api/1/vehicles/{CAR}/command/flash_lights"),
        ]
    );
    let new_access = io.sent.borrow()[5].bearer.clone().unwrap();
    assert!(new_access.starts_with("eyJ") && new_access != expired_access(), "the refreshed token is used");
    assert!(
        progress
            .iter()
            .any(|p| matches!(p, Progress::Refreshed(t) if t.tokens.refresh_token.expose() == "new-refresh"))
    );
    assert!(progress.contains(&Progress::Online(CAR.into())));
    let lines = lines(&progress);
    assert_eq!(
        lines[..4],
        [
            TaskLine::OneStepRefreshing,
            TaskLine::Refreshed(RefreshOutcome::Replaced),
            TaskLine::OneStepReadingState,
            TaskLine::OneStepWaking(CarState::Asleep),
        ]
    );
    assert_eq!(lines[4], TaskLine::WakingUp);
    let polls: Vec<(u32, CarState)> = lines
        .iter()
        .filter_map(|line| match line {
            TaskLine::Poll { attempt, state, .. } => Some((*attempt, *state)),
            _ => None,
        })
        .collect();
    assert_eq!(polls, [(1, CarState::Asleep), (2, CarState::Online)]);
    assert_eq!(
        lines[lines.len() - 3..],
        [
            TaskLine::OneStepCarOnline,
            TaskLine::OneStepSending(CarCommand::FlashLights),
            TaskLine::Done(CarCommand::FlashLights)
        ]
    );
}

#[test]
fn one_step_with_no_car_chosen_sends_nothing() {
    let io = ScriptedIo::answering(&[(200, DONE)]);
    let (result, _) = run_task(ApiTask::OneStep(None, CarCommand::HonkHorn), session(&valid_access()), &io);
    assert_eq!(result, Err(ApiError::NoCar));
    assert!(io.sent.borrow().is_empty());
}

#[test]
fn polls_report_the_time_since_wake_up() {
    let io = ScriptedIo::answering(&[(200, &car("asleep")), (200, &car("online"))]);
    let (result, progress) = run_task(ApiTask::Wake(CAR.into()), session(&valid_access()), &io);
    assert_eq!(result, Ok(()));
    assert_eq!(
        lines(&progress),
        [
            TaskLine::WakingUp,
            TaskLine::Poll { attempt: 1, elapsed: Duration::from_secs(1), state: CarState::Online },
            TaskLine::CarOnline,
        ]
    );
}

#[test]
fn a_refresh_that_keeps_the_refresh_token_says_so() {
    let expired = r#"{"response":null,"error":"invalid bearer token"}"#;
    let access = jwt(
        r#"{"iss":"https://auth.tesla.com/oauth2/v3","aud":["https://owner-api.teslamotors.com/"],"exp":9999999999}"#,
    );
    let without_refresh = format!(r#"{{"access_token":"{access}","expires_in":28800}}"#);
    let products = r#"{"response":[]}"#;
    let io = ScriptedIo::answering(&[(401, expired), (200, &without_refresh), (200, products)]);
    let (result, progress) = run_task(ApiTask::Check, session(&valid_access()), &io);
    assert_eq!(result, Ok(()));
    assert_eq!(
        lines(&progress),
        [
            TaskLine::RefreshingAfter401,
            TaskLine::Refreshed(RefreshOutcome::Kept),
            TaskLine::TokenWorks { products: 0 },
        ]
    );
}

#[test]
fn a_401_refreshes_once_and_retries_once() {
    let expired = r#"{"response":null,"error":"invalid bearer token"}"#;
    let io = ScriptedIo::answering(&[(401, expired), (200, &token_answer("new")), (401, expired)]);
    let (result, progress) = run_task(ApiTask::Check, session(&valid_access()), &io);
    assert_eq!(result, Err(ApiError::Expired), "a second 401 is not retried again");
    assert_eq!(io.sent.borrow().len(), 3);
    assert_eq!(progress.iter().filter(|p| matches!(p, Progress::Refreshed(_))).count(), 1);
}

#[test]
fn a_car_that_never_wakes_is_given_up_in_simulated_time() {
    let io = ScriptedIo::answering(&[(200, &car("asleep"))]);
    for _ in 0..40 {
        io.then(200, &car("asleep"));
    }
    let started = io.now_ms.get();
    let (result, _) = run_task(ApiTask::Wake(CAR.into()), session(&valid_access()), &io);
    assert_eq!(result, Err(ApiError::WakeTimedOut(60)));
    assert!(io.now_ms.get() - started <= 60_000.0);
}

#[test]
fn a_task_no_longer_wanted_stops_at_its_next_call() {
    let io = ScriptedIo::answering(&[(200, &car("asleep"))]);
    io.still_wanted.set(false);
    let (result, _) = run_task(ApiTask::Wake(CAR.into()), session(&valid_access()), &io);
    assert_eq!(result, Err(ApiError::Cancelled));
    assert!(io.sent.borrow().is_empty());
}

#[test]
fn the_token_check_counts_products_in_words() {
    let products = r#"{"response":[{"id_s":"1","display_name":"A","state":"online"}]}"#;
    let io = ScriptedIo::answering(&[(200, products)]);
    let (result, progress) = run_task(ApiTask::Check, session(&valid_access()), &io);
    assert_eq!(result, Ok(()));
    assert_eq!(lines(&progress), [TaskLine::TokenWorks { products: 1 }]);
}

#[test]
fn a_401_after_the_task_is_no_longer_wanted_refreshes_nothing() {
    let io = ScriptedIo::answering(&[(401, r#"{"response":null,"error":"invalid bearer token"}"#)]);
    // Wanted for the first call; the page forgets everything while it is out.
    let asked = std::cell::Cell::new(0);
    let wanted = || {
        asked.set(asked.get() + 1);
        asked.get() == 1
    };
    let result = block_on(run(ApiTask::Check, session(&valid_access()), &io, &|_| {}, &wanted));
    assert_eq!(result, Err(ApiError::Cancelled));
    assert_eq!(io.sent.borrow().len(), 1, "no refresh went out");
}

/// Tokens of a registered app, for the Fleet API of `region`.
fn fleet_session(region: FleetRegion) -> Session {
    let mut session = session(&jwt(&format!(
        r#"{{"iss":"https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3","aud":["{}"],"exp":9999999999}}"#,
        region.audience()
    )));
    session.tokens.issuer = crate::tesla::FLEET_AUTH.into();
    session
}

const REGION_412: &str = r#"{"error":"Account 0a1b must be registered in the current region https://fleet-api.prd.na.vn.cloud.tesla.com, please see https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints#register"}"#;

fn users_region(base: &str) -> String {
    format!(r#"{{"response":{{"region":"eu","fleet_api_base_url":"{base}"}}}}"#)
}

#[test]
fn a_fleet_412_about_the_region_names_the_accounts_region() {
    // Pins a bug: the Fleet API's 412 about the account's region was read as "Fleet API only".
    let io = ScriptedIo::answering(&[(412, REGION_412), (200, &users_region(crate::tesla::FLEET_API_EU))]);
    let (result, progress) = run_task(ApiTask::Check, fleet_session(FleetRegion::NorthAmerica), &io);
    assert_eq!(
        result,
        Err(ApiError::OtherRegion {
            called: Some(FleetRegion::NorthAmerica),
            account: Some(FleetRegion::Europe)
        })
    );
    let relay = "http://127.0.0.1:8787/https://";
    assert_eq!(
        io.urls(),
        [
            format!("GET {relay}fleet-api.prd.na.vn.cloud.tesla.com/api/1/products"),
            format!("GET {relay}fleet-api.prd.na.vn.cloud.tesla.com/api/1/users/region"),
        ]
    );
    assert_eq!(lines(&progress), [TaskLine::AskingRegion]);
}

#[test]
fn a_region_the_account_is_not_in_may_refuse_users_region_too_so_the_others_are_asked() {
    let io = ScriptedIo::answering(&[
        (412, REGION_412),
        (412, REGION_412),
        (200, &users_region(&format!("{}/", crate::tesla::FLEET_API_EU))),
    ]);
    let (result, _) = run_task(ApiTask::Check, fleet_session(FleetRegion::NorthAmerica), &io);
    assert_eq!(
        result,
        Err(ApiError::OtherRegion {
            called: Some(FleetRegion::NorthAmerica),
            account: Some(FleetRegion::Europe)
        })
    );
    assert!(
        io.urls()[2].ends_with("fleet-api.prd.eu.vn.cloud.tesla.com/api/1/users/region"),
        "{:?}",
        io.urls()
    );
}

#[test]
fn a_hostile_users_region_answer_names_no_region() {
    let hostile = users_region("https://fleet-api.prd.eu.vn.cloud.tesla.com.evil.example");
    let io = ScriptedIo::answering(&[(412, REGION_412), (200, &hostile), (200, &hostile), (200, &hostile)]);
    let (result, _) = run_task(ApiTask::Check, fleet_session(FleetRegion::Europe), &io);
    assert_eq!(result, Err(ApiError::OtherRegion { called: Some(FleetRegion::Europe), account: None }));
    assert_eq!(io.sent.borrow().len(), 4, "each of the three regions asked once, no more");
    assert!(io.urls().iter().all(|url| !url.contains("evil")));
}

#[test]
fn the_owner_apis_412_still_means_fleet_only() {
    let io = ScriptedIo::answering(&[(412, r#"{"error":"Endpoint is only available on fleetapi"}"#)]);
    let (result, _) = run_task(ApiTask::Check, session(&valid_access()), &io);
    assert_eq!(result, Err(ApiError::FleetOnly));
    assert_eq!(io.sent.borrow().len(), 1);
}
