//! Using the token: the calls' refusals, the timeline, cars and their data,
//! each a message of the catalog (`i18n/<tag>.ftl`, "owner_api.rs").

use super::oauth::fleet_region;
use super::words::*;
use super::{say, say_with, sentences};
use l10n::Arg;
use token_core::oauth::fleet::FleetRegion;
use token_core::owner_api::task::{RefreshOutcome, TaskLine};
use token_core::owner_api::{ApiError, CarCommand, CarState, DataRow, Product, RetryAfter};
use token_core::tesla::PRODUCTS;

/// Why a call failed, with what to do next.
pub fn api_error(error: &ApiError) -> String {
    let status = |key: &str, status: &str| say_with(key, &[("status", Arg::Text(status))]);
    match error {
        ApiError::Expired => status(API_EXPIRED, "401"),
        ApiError::ForbiddenSeeFleet => say_with(
            API_FORBIDDEN_SEE_FLEET,
            &[
                ("status", Arg::Text("403")),
                ("answer", Arg::Text("forbidden, see fleet-api")),
                ("command", Arg::Text("token-relay")),
            ],
        ),
        ApiError::Asleep => status(API_ASLEEP, "408"),
        ApiError::FleetOnly => {
            say_with(API_FLEET_ONLY, &[("status", Arg::Text("412")), ("endpoint", Arg::Text(PRODUCTS.path))])
        }
        ApiError::OtherRegion { called, account } => other_region(*called, *account),
        ApiError::RateLimited(when) => rate_limited(when),
        ApiError::NeedsSignedCommand => say(API_NEEDS_SIGNED_COMMAND),
        ApiError::CommandRefused(Some(reason)) => {
            say_with(API_COMMAND_REFUSED, &[("reason", Arg::Text(reason))])
        }
        ApiError::CommandRefused(None) => say(API_COMMAND_REFUSED_NO_REASON),
        ApiError::Other { status, reason: Some(reason) } => {
            say_with(API_OTHER, &[("status", Arg::Text(&status.to_string())), ("reason", Arg::Text(reason))])
        }
        ApiError::Other { status: code, reason: None } => status(API_OTHER_NO_REASON, &code.to_string()),
        ApiError::NotJson(code) => status(API_NOT_JSON, &code.to_string()),
        ApiError::RelayRefused(reason) => say_with(API_RELAY_REFUSED, &[("reason", Arg::Text(reason))]),
        ApiError::Unreachable { relay: Some(host) } => {
            say_with(API_RELAY_UNREACHABLE, &[("host", Arg::Text(host))])
        }
        ApiError::Unreachable { relay: None } => say(API_DIRECT_UNREACHABLE),
        ApiError::TimedOut => say(API_TIMED_OUT),
        ApiError::BadId => say(API_BAD_ID),
        ApiError::NoApiBase => say(API_NO_API_BASE),
        ApiError::WakeTimedOut(seconds) => say_with(API_WAKE_TIMED_OUT, &[("seconds", Arg::Count(*seconds))]),
        ApiError::Cancelled => say(API_CANCELLED),
        ApiError::RefreshFailed(cause) => {
            say_with(API_REFRESH_FAILED, &[("why", Arg::Text(&super::oauth::exchange_error(cause)))])
        }
        ApiError::NoTokens => say(API_NO_TOKENS),
        ApiError::NoCar => say(API_NO_CAR),
    }
}

/// A Fleet API's 412 about the region: the region called, and the account's.
fn other_region(called: Option<FleetRegion>, account: Option<FleetRegion>) -> String {
    let (called_name, called_host) = called.map(|r| (fleet_region(r), host(r))).unzip();
    let (account_name, account_host) = account.map(|r| (fleet_region(r), host(r))).unzip();
    let mut args = vec![("status", Arg::Text("412")), ("call", Arg::Text("partner_accounts"))];
    if let (Some(name), Some(host)) = (&called_name, called_host) {
        args.extend([("called", Arg::Text(name)), ("called_host", Arg::Text(host))]);
    }
    if let (Some(name), Some(host)) = (&account_name, account_host) {
        args.extend([("account", Arg::Text(name)), ("account_host", Arg::Text(host))]);
    }
    let key = match (called, account) {
        (Some(called), Some(account)) if called == account => API_OTHER_REGION_APP_UNREGISTERED,
        (Some(_), Some(_)) => API_OTHER_REGION_ACCOUNT_IN,
        (None, Some(_)) => API_OTHER_REGION_ACCOUNT_IN_UNKNOWN_CALL,
        (Some(_), None) => API_OTHER_REGION_ACCOUNT_UNKNOWN,
        (None, None) => API_OTHER_REGION_ACCOUNT_UNKNOWN_UNKNOWN_CALL,
    };
    say_with(key, &args)
}

/// A Fleet API region's server.
fn host(region: FleetRegion) -> &'static str {
    let base = region.audience();
    base.split_once("://").map_or(base, |(_, host)| host)
}

/// Tesla's 429, with when to try again.
fn rate_limited(when: &RetryAfter) -> String {
    let status = ("status", Arg::Text("429"));
    match when {
        RetryAfter::Seconds(seconds) => {
            say_with(API_RATE_LIMITED_SECONDS, &[status, ("seconds", Arg::Count(*seconds))])
        }
        RetryAfter::Date(date) => say_with(API_RATE_LIMITED_DATE, &[status, ("date", Arg::Text(date))]),
        RetryAfter::Unknown => say_with(API_RATE_LIMITED, &[status]),
    }
}

/// One line of a task's timeline.
pub fn task_line(line: &TaskLine) -> String {
    match line {
        TaskLine::TokenWorks { products } => {
            say_with(TASK_TOKEN_WORKS, &[("products", Arg::Count(*products as u64))])
        }
        TaskLine::CarOnline => say(TASK_CAR_ONLINE),
        TaskLine::Done(CarCommand::FlashLights) => say(TASK_DONE_FLASH_LIGHTS),
        TaskLine::Done(CarCommand::HonkHorn) => say(TASK_DONE_HONK_HORN),
        TaskLine::RefreshingAfter401 => say_with(TASK_REFRESHING_AFTER_401, &[("status", Arg::Text("401"))]),
        TaskLine::Refreshed(outcome) => sentences(&say(TASK_REFRESHED), &refresh_outcome(*outcome)),
        TaskLine::WakingUp => say(TASK_WAKING_UP),
        TaskLine::Poll { attempt, elapsed, state } => say_with(
            TASK_POLL,
            &[
                ("attempt", Arg::Count(u64::from(*attempt))),
                ("seconds", Arg::Count(elapsed.as_secs_f64().round_ties_even() as u64)),
                ("state", Arg::Text(&car_state(*state))),
            ],
        ),
        TaskLine::OneStepRefreshing => say(TASK_ONE_STEP_REFRESHING),
        TaskLine::OneStepTokenValid => say(TASK_ONE_STEP_TOKEN_VALID),
        TaskLine::OneStepReadingState => say(TASK_ONE_STEP_READING_STATE),
        TaskLine::OneStepCarOnline => say(TASK_ONE_STEP_CAR_ONLINE),
        TaskLine::OneStepWaking(state) => say(match state {
            CarState::Online => TASK_ONE_STEP_WAKING_ONLINE,
            CarState::Asleep => TASK_ONE_STEP_WAKING_ASLEEP,
            CarState::Offline => TASK_ONE_STEP_WAKING_OFFLINE,
            CarState::Unknown => TASK_ONE_STEP_WAKING_UNKNOWN,
        }),
        TaskLine::OneStepSending(CarCommand::FlashLights) => say(TASK_ONE_STEP_FLASH_LIGHTS),
        TaskLine::OneStepSending(CarCommand::HonkHorn) => say(TASK_ONE_STEP_HONK),
        TaskLine::AskingRegion => say(TASK_ASKING_REGION),
    }
}

/// What a refresh did to the refresh token, and what to do about it.
pub fn refresh_outcome(outcome: RefreshOutcome) -> String {
    match outcome {
        RefreshOutcome::Kept => say(REFRESH_KEPT),
        RefreshOutcome::Replaced => say(REFRESH_REPLACED),
    }
}

/// A car command's button.
pub fn car_command(command: CarCommand) -> String {
    match command {
        CarCommand::FlashLights => say(CAR_COMMAND_FLASH_LIGHTS),
        CarCommand::HonkHorn => say(CAR_COMMAND_HONK),
    }
}

/// A car's connection state.
pub fn car_state(state: CarState) -> String {
    say(match state {
        CarState::Online => CAR_STATE_ONLINE,
        CarState::Asleep => CAR_STATE_ASLEEP,
        CarState::Offline => CAR_STATE_OFFLINE,
        CarState::Unknown => CAR_STATE_UNKNOWN,
    })
}

/// A product's name: Tesla's, or what it is when Tesla gave none.
pub fn product_name(product: &Product) -> String {
    match product {
        Product::Car { name: Some(name), .. } | Product::EnergySite { name: Some(name), .. } => name.clone(),
        Product::Car { name: None, .. } => say(PRODUCT_CAR),
        Product::EnergySite { name: None, .. } => say(PRODUCT_ENERGY_SITE),
    }
}

/// A row of the vehicle data: its label and its value with units.
pub fn data_row(row: &DataRow) -> (String, String) {
    let yes_no = |yes: bool| say(if yes { DATA_YES } else { DATA_NO });
    // Whole numbers, rounded as before ("{:.0}": half to even).
    let whole = |value: f64| Arg::Count(value.round_ties_even() as u64);
    match *row {
        DataRow::Battery(percent) => {
            (say(DATA_BATTERY), say_with(DATA_BATTERY_VALUE, &[("percent", whole(percent))]))
        }
        DataRow::Range(miles) => (
            say(DATA_RANGE),
            say_with(DATA_RANGE_VALUE, &[("miles", whole(miles)), ("km", whole(miles * 1.609_344))]),
        ),
        DataRow::Locked(locked) => (say(DATA_LOCKED), yes_no(locked)),
        DataRow::ClimateOn(on) => (say(DATA_CLIMATE_ON), yes_no(on)),
        // A decimal, possibly below zero: written here (a count is whole).
        DataRow::Inside(celsius) => (
            say(DATA_INSIDE),
            say_with(DATA_INSIDE_VALUE, &[("celsius", Arg::Text(&super::decimal(celsius, 1)))]),
        ),
        DataRow::Location(Some((latitude, longitude))) => {
            (say(DATA_LOCATION), format!("{latitude:.5}, {longitude:.5}"))
        }
        DataRow::Location(None) => (say(DATA_LOCATION), say(DATA_LOCATION_HIDDEN)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn the_timeline_reads_as_the_browser_tests_expect() {
        assert_eq!(task_line(&TaskLine::TokenWorks { products: 3 }), "The token works: 3 products.");
        assert_eq!(task_line(&TaskLine::TokenWorks { products: 1 }), "The token works: 1 product.");
        let poll =
            TaskLine::Poll { attempt: 1, elapsed: Duration::from_millis(2_600), state: CarState::Asleep };
        assert_eq!(task_line(&poll), "Attempt 1 · 3 s · asleep");
        assert_eq!(task_line(&TaskLine::Done(CarCommand::FlashLights)), "Done: the lights flashed.");
        assert!(
            task_line(&TaskLine::Refreshed(RefreshOutcome::Replaced))
                .contains("The refresh token you used is now spent")
        );
        assert!(refresh_outcome(RefreshOutcome::Kept).contains("still valid and still the one to use"));
    }

    #[test]
    fn refusals_carry_their_data() {
        assert_eq!(
            api_error(&ApiError::RateLimited(RetryAfter::Seconds(30))),
            "Tesla limits how often you may call it (HTTP 429). Try again in 30 seconds."
        );
        assert!(api_error(&ApiError::Asleep).contains("asleep or out of reach (HTTP 408). Wake it up first"));
        assert!(
            api_error(&ApiError::Unreachable { relay: Some("127.0.0.1:8787".into()) })
                .starts_with("Could not reach the relay at 127.0.0.1:8787.")
        );
        assert_eq!(data_row(&DataRow::Range(250.5)), ("Range".to_owned(), "250 mi (403 km)".to_owned()));
    }

    #[test]
    fn a_region_refusal_names_the_accounts_region_and_its_host() {
        let other = api_error(&ApiError::OtherRegion {
            called: Some(FleetRegion::NorthAmerica),
            account: Some(FleetRegion::Europe),
        });
        assert!(
            other.starts_with("Tesla's Fleet API for North America, Asia-Pacific (fleet-api.prd.na."),
            "{other}"
        );
        assert!(
            other.contains("it is in Europe, Middle East, Africa (fleet-api.prd.eu.vn.cloud.tesla.com)"),
            "{other}"
        );
        assert!(!other.contains("only answers on the Fleet API"));
        let same = api_error(&ApiError::OtherRegion {
            called: Some(FleetRegion::Europe),
            account: Some(FleetRegion::Europe),
        });
        assert!(same.contains("your app is not registered in this region"), "{same}");
        let unknown = api_error(&ApiError::OtherRegion { called: None, account: None });
        assert!(unknown.contains("did not say which"), "{unknown}");
    }
}
