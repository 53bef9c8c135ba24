use super::*;
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

fn lines(progress: &[Progress]) -> Vec<String> {
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
    let (result, progress) =
        run_task(ApiTask::OneStep(CAR.into(), Command::FlashLights), session(&expired_access()), &io);
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
    assert_eq!(lines(&progress).last().map(String::as_str), Some("Done: the lights flashed."));
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
    assert_eq!(lines(&progress), ["The token works: 1 product."]);
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
