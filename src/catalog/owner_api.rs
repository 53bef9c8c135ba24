//! Using the token, in English: the calls' refusals, the timeline, cars
//! and their data.

use token_core::oauth::fleet::FleetRegion;
use token_core::owner_api::task::{RefreshOutcome, TaskLine};
use token_core::owner_api::{ApiError, CarCommand, CarState, DataRow, Product, RetryAfter};

/// Why a call failed, with what to do next.
pub fn api_error(error: &ApiError) -> String {
    match error {
        ApiError::Expired => {
            "The access token has expired or was revoked (HTTP 401). Refresh it, then try again.".into()
        }
        ApiError::ForbiddenSeeFleet => "Tesla refused this token for the owner API (403 \"forbidden, see \
                                        fleet-api\"). Since June 2026 Tesla refuses tokens minted over some \
                                        connections. If this token came through a hosted relay or a Worker, log \
                                        in again through a relay on your own computer (token-relay); if it \
                                        already did, use the Fleet API with your own app (under More tools)."
            .into(),
        ApiError::Asleep => {
            "The car is asleep or out of reach (HTTP 408). Wake it up first, then try again.".into()
        }
        ApiError::FleetOnly => "This endpoint only answers on the Fleet API now (HTTP 412). The page uses \
                                /api/1/products instead; for the rest, register your own app (see \"Your own \
                                app\")."
            .into(),
        ApiError::OtherRegion { called, account } => other_region(*called, *account),
        ApiError::RateLimited(when) => {
            format!("Tesla limits how often you may call it (HTTP 429). Try again {}.", retry_after(when))
        }
        ApiError::NeedsSignedCommand => "This car accepts this command only signed with Tesla's vehicle-command \
                                         protocol: it needs a virtual key paired with the car, which only a \
                                         registered Fleet API app can have. The owner API cannot send it."
            .into(),
        ApiError::CommandRefused(Some(reason)) => format!("The car refused the command: {reason}."),
        ApiError::CommandRefused(None) => "The car refused the command and gave no reason.".into(),
        ApiError::Other { status, reason: Some(reason) } => format!("Tesla answered HTTP {status}: {reason}."),
        ApiError::Other { status, reason: None } => format!("Tesla answered HTTP {status} and gave no reason."),
        ApiError::NotJson(status) => {
            format!("The answer was not the JSON Tesla sends (HTTP {status}). Check the relay setting.")
        }
        ApiError::RelayRefused(reason) => format!("The relay refused or failed: {reason}."),
        ApiError::Unreachable { relay: Some(host) } => format!(
            "Could not reach the relay at {host}. Is the relay running, and does it allow this page's origin?"
        ),
        ApiError::Unreachable { relay: None } => "Could not reach Tesla directly.".into(),
        ApiError::TimedOut => {
            "No answer in time. The relay or Tesla is slow or down; try again in a moment.".into()
        }
        ApiError::BadId => "Tesla's answer named a car id this page cannot use.".into(),
        ApiError::NoApiBase => "These tokens name no Tesla API this page knows, so it cannot use them.".into(),
        ApiError::WakeTimedOut(seconds) => {
            format!("The car did not come online within {seconds} s. It may be out of reach; try again later.")
        }
        ApiError::Cancelled => "Waking was cancelled.".into(),
        ApiError::RefreshFailed(cause) => format!(
            "The access token was refused and refreshing it failed: {}",
            super::oauth::exchange_error(cause)
        ),
        ApiError::NoTokens => "No tokens on the page: log in or paste a refresh token first.".into(),
        ApiError::NoCar => "Choose a car first: list your products with \"Check my token\".".into(),
    }
}

/// A Fleet API's 412 about the region: the region called, and the account's.
fn other_region(called: Option<FleetRegion>, account: Option<FleetRegion>) -> String {
    let called_text = match called {
        Some(called) => format!("Tesla's Fleet API for {} ({})", region(called), host(called)),
        None => "Tesla's API".into(),
    };
    match account {
        Some(account) if Some(account) == called => format!(
            "{called_text} answered that your app is not registered in this region (HTTP 412), though your \
             account is in it. Register the app there (Tesla's partner_accounts call), then try again."
        ),
        Some(account) => format!(
            "{called_text} answered that the account is registered in another region (HTTP 412): it is in \
             {} ({}). Log in again under \"Your own app\" with that region, so that the tokens are for its \
             Fleet API.",
            region(account),
            host(account)
        ),
        None => format!(
            "{called_text} answered that the account is registered in another region (HTTP 412), and Tesla \
             did not say which. Log in again under \"Your own app\" with another region."
        ),
    }
}

/// A Fleet API region's name. (The same names as the region choice under
/// "Your own app"; the oauth catalog may own them once merged.)
fn region(region: FleetRegion) -> &'static str {
    match region {
        FleetRegion::NorthAmerica => "North America, Asia-Pacific",
        FleetRegion::Europe => "Europe, Middle East, Africa",
        FleetRegion::China => "China",
    }
}

fn host(region: FleetRegion) -> &'static str {
    let base = region.audience();
    base.split_once("://").map_or(base, |(_, host)| host)
}

/// When to try a rate-limited call again: "in 30 seconds", "after <date>".
pub fn retry_after(when: &RetryAfter) -> String {
    match when {
        RetryAfter::Seconds(1) => "in 1 second".into(),
        RetryAfter::Seconds(seconds) => format!("in {seconds} seconds"),
        RetryAfter::Date(date) => format!("after {date}"),
        RetryAfter::Unknown => "in a minute".into(),
    }
}

/// One line of a task's timeline.
pub fn task_line(line: &TaskLine) -> String {
    match line {
        TaskLine::TokenWorks { products: 1 } => "The token works: 1 product.".into(),
        TaskLine::TokenWorks { products } => format!("The token works: {products} products."),
        TaskLine::CarOnline => "The car is online.".into(),
        TaskLine::Done(command) => format!("Done: {}.", command_done(*command)),
        TaskLine::RefreshingAfter401 => "The access token was refused (401): refreshing it once…".into(),
        TaskLine::Refreshed(outcome) => format!("Refreshed. {}", refresh_outcome(*outcome)),
        TaskLine::WakingUp => "Woken up; waiting for the car to come online…".into(),
        TaskLine::Poll { attempt, elapsed, state } => {
            format!("Attempt {attempt} · {:.0} s · {}", elapsed.as_secs_f64(), car_state(*state))
        }
        TaskLine::OneStepRefreshing => "Step 1: the access token has expired; refreshing it…".into(),
        TaskLine::OneStepTokenValid => "Step 1: the access token looks valid.".into(),
        TaskLine::OneStepReadingState => "Step 2: reading the car's state…".into(),
        TaskLine::OneStepCarOnline => "Step 2: the car is online.".into(),
        TaskLine::OneStepWaking(state) => format!("Step 2: the car is {}; waking it…", car_state(*state)),
        TaskLine::OneStepSending(CarCommand::FlashLights) => "Step 3: flash lights…".into(),
        TaskLine::OneStepSending(CarCommand::HonkHorn) => "Step 3: honk…".into(),
        TaskLine::AskingRegion => "Asking Tesla which region the account is registered in…".into(),
    }
}

/// What a refresh did to the refresh token, and what to do about it.
pub fn refresh_outcome(outcome: RefreshOutcome) -> String {
    match outcome {
        RefreshOutcome::Kept => "A new access token is shown. Tesla sent no new refresh token: the one you \
                                 used is still valid and still the one to use."
            .into(),
        RefreshOutcome::Replaced => "New tokens are shown. The refresh token you used is now spent: replace \
                                     it with the new one everywhere you use it."
            .into(),
    }
}

/// A car command's button.
pub fn car_command(command: CarCommand) -> String {
    match command {
        CarCommand::FlashLights => "Flash lights",
        CarCommand::HonkHorn => "Honk",
    }
    .into()
}

/// What happened once the car took a command.
fn command_done(command: CarCommand) -> &'static str {
    match command {
        CarCommand::FlashLights => "the lights flashed",
        CarCommand::HonkHorn => "the horn honked",
    }
}

/// A car's connection state.
pub fn car_state(state: CarState) -> String {
    match state {
        CarState::Online => "online",
        CarState::Asleep => "asleep",
        CarState::Offline => "offline",
        CarState::Unknown => "unknown",
    }
    .into()
}

/// A product's name: Tesla's, or what it is when Tesla gave none.
pub fn product_name(product: &Product) -> String {
    match product {
        Product::Car { name: Some(name), .. } | Product::EnergySite { name: Some(name), .. } => name.clone(),
        Product::Car { name: None, .. } => "Car".into(),
        Product::EnergySite { name: None, .. } => "Energy site".into(),
    }
}

/// A row of the vehicle data: its label and its value with units.
pub fn data_row(row: &DataRow) -> (String, String) {
    let yes_no = |yes: bool| if yes { "yes" } else { "no" }.to_owned();
    match *row {
        DataRow::Battery(percent) => ("Battery".into(), format!("{percent:.0} %")),
        DataRow::Range(miles) => ("Range".into(), format!("{miles:.0} mi ({:.0} km)", miles * 1.609_344)),
        DataRow::Locked(locked) => ("Locked".into(), yes_no(locked)),
        DataRow::ClimateOn(on) => ("Climate on".into(), yes_no(on)),
        DataRow::Inside(celsius) => ("Inside".into(), format!("{celsius:.1} °C")),
        DataRow::Location(Some((latitude, longitude))) => {
            ("Location".into(), format!("{latitude:.5}, {longitude:.5}"))
        }
        DataRow::Location(None) => ("Location".into(), "hidden".into()),
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
