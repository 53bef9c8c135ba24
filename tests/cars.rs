//! Using the token in headless Chromium: products, waking, commands,
//! vehicle_data, the one-step action and every refusal, through the real
//! relay to the Tesla test double's owner API.

mod support;

use support::processes::flip_double_switch;
use support::user::{assert_nothing_stored, open_with_relay, tokens_for};
use support::{Stack, in_browser};

const SLEEPY: &str = "1493024012345678901";
const MODERN: &str = "1493024012345678902";

/// Opens the page with the test relay and logs `email` in; returns the access token.
async fn checked_token(stack: &Stack, email: &str) -> String {
    open_with_relay(stack).await;
    tokens_for(stack, email).await.0
}

fn car(id: &str, button: &str) -> String {
    format!("li[data-car='{id}'] button.{button}")
}

#[tokio::test]
async fn checking_the_token_lists_both_cars_and_the_energy_site() {
    in_browser(async |stack: &Stack| {
        let access = checked_token(stack, "owner@example.com").await;
        stack.click("#check-token").await;
        stack.wait_for_text("#timeline", "The token works: 3 products.").await;
        let list = stack.wait_for_text("#products", "Home Powerwall").await;
        assert!(list.contains("Sleepy") && list.contains("asleep"), "{list}");
        assert!(list.contains("Modern") && list.contains("online"), "{list}");
        assert!(
            list.contains("5YJ••••••••••0001") && !list.contains("5YJ3E1EA7KF000001"),
            "VINs are masked: {list}"
        );
        stack.click("#show-vins").await;
        stack.wait_for_text("#products", "5YJ3E1EA7KF000001").await;

        let curl = stack.wait_for_text("#curl", "/api/1/products").await;
        assert!(
            curl.contains("$TESLA_ACCESS_TOKEN") && !curl.contains(&access),
            "no token unless asked: {curl}"
        );
        assert!(curl.contains(&format!("Origin: {}", stack.page_origin)) && curl.contains(&stack.relay));
        stack.click("#curl-include-token").await;
        stack.wait_for_text("#curl", &access).await;
        assert_nothing_stored(stack, &[&access]).await;
    })
    .await;
}

#[tokio::test]
async fn waking_the_asleep_car_shows_the_timeline_then_commands_and_data_work() {
    in_browser(async |stack: &Stack| {
        let access = checked_token(stack, "owner@example.com").await;
        stack.click("#check-token").await;
        stack.wait_for_text("#products", "Sleepy").await;

        stack.click(&car(SLEEPY, "data")).await;
        stack.wait_for_text("#api-problem", "asleep or out of reach (HTTP 408). Wake it up first").await;

        stack.click(&car(SLEEPY, "wake")).await;
        let timeline = stack.wait_for_text("#timeline", "The car is online.").await;
        assert!(timeline.contains("Attempt 1 ·") && timeline.contains("· asleep"), "{timeline}");
        assert!(timeline.contains("Attempt 3 ·") && timeline.contains("· online"), "{timeline}");
        stack.wait_for_text(&format!("li[data-car='{SLEEPY}'] .state"), "online").await;

        stack.click(&car(SLEEPY, "flash_lights")).await;
        stack.wait_for_text("#timeline", "Done: the lights flashed.").await;
        stack.click(&car(SLEEPY, "data")).await;
        let data = stack.wait_for_text("#vehicle-data", "Battery").await;
        assert!(data.contains("81 %") && data.contains("Locked") && data.contains("hidden"), "{data}");
        assert!(!data.contains("52.37"), "the location stays hidden until asked");
        stack.click("#show-location").await;
        stack.wait_for_text("#vehicle-data", "52.37020, 4.89520").await;
        assert_nothing_stored(stack, &[&access]).await;
    })
    .await;
}

#[tokio::test]
async fn one_step_from_a_revoked_token_refreshes_wakes_and_sends() {
    in_browser(async |stack: &Stack| {
        let access = checked_token(stack, "owner@example.com").await;
        let refresh = stack.value_of("#refresh-token").await;
        stack.click("#check-token").await;
        stack.wait_for_text("#products", "Sleepy").await;

        flip_double_switch("revoke-access-tokens").await;
        stack.click("#one-step").await;
        let timeline = stack.wait_for_text("#timeline", "Done: the lights flashed.").await;
        for step in [
            "Step 1",
            "refused (401): refreshing it once",
            "Refreshed",
            "waking it",
            "Attempt",
            "Step 2: the car is online.",
            "Step 3: flash lights",
        ] {
            assert!(timeline.contains(step), "missing {step:?} in {timeline}");
        }
        assert_ne!(stack.value_of("#access-token").await, access, "the rotated tokens are shown");
        assert_ne!(stack.value_of("#refresh-token").await, refresh);
        stack.wait_for_text("#timeline", "The refresh token you used is now spent").await;
        assert_nothing_stored(stack, &[&access, &refresh]).await;
    })
    .await;
}

#[tokio::test]
async fn every_refusal_is_explained() {
    in_browser(async |stack: &Stack| {
        checked_token(stack, "owner@example.com").await;
        stack.click("#check-token").await;
        stack.wait_for_text("#products", "Modern").await;

        stack.click(&car(MODERN, "honk_horn")).await;
        stack.wait_for_text("#api-problem", "signed with Tesla's vehicle-command protocol").await;

        flip_double_switch("rate-limit-next-call").await;
        stack.click("#check-token").await;
        stack.wait_for_text("#api-problem", "(HTTP 429). Try again in 30 seconds.").await;
    })
    .await;
}

#[tokio::test]
async fn a_token_the_owner_api_refuses_gets_the_fleet_explanation() {
    in_browser(async |stack: &Stack| {
        checked_token(stack, "old-client@example.com").await;
        stack.click("#check-token").await;
        stack.wait_for_text("#api-problem", "forbidden, see fleet-api").await;
        stack.wait_for_text("#api-problem", "through a hosted relay or a Worker").await;
    })
    .await;
}
