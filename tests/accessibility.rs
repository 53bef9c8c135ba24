//! The page on a phone and on a desktop, checked by axe-core (npm) in
//! headless Chromium, with screenshots of the tokens on both for the README.

mod support;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::Value;
use support::user::{open_with_relay, tokens_for};
use support::{Stack, in_browser};

/// A phone's CSS width (iPhone SE, small Android phones).
const PHONE_WIDTH: u32 = 375;

#[tokio::test]
async fn on_a_phone_the_page_fits_and_axe_finds_nothing_serious() {
    in_browser(async |stack: &Stack| {
        stack.browser.set_window_size(PHONE_WIDTH, 800).await.unwrap();
        open_with_relay(stack).await;
        assert_eq!(stack.js("return window.innerWidth;").await, PHONE_WIDTH);
        assert_fits_the_width(stack).await;
        assert_no_serious_violations(stack, "the start").await;

        tokens_for(stack, "owner@example.com").await;
        assert_fits_the_width(stack).await;
        assert_no_serious_violations(stack, "the tokens").await;
        stack.js("document.querySelector('#access-token').closest('section').scrollIntoView();").await;
        stack.screenshot("phone-tokens").await;
    })
    .await;
}

#[tokio::test]
async fn on_a_desktop_with_tokens_and_cars_axe_finds_nothing_serious() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        tokens_for(stack, "owner@example.com").await;
        stack.click("#check-token").await;
        stack.wait_for("#products li").await;
        assert_fits_the_width(stack).await;
        assert_no_serious_violations(stack, "the tokens and cars").await;
        let announced = stack
            .js("return [...document.querySelectorAll('[aria-live], [role=alert]')].map(e => e.id);")
            .await;
        for region in ["notice", "status", "timeline", "api-problem"] {
            assert!(
                announced.as_array().unwrap().contains(&region.into()),
                "#{region} is not announced: {announced}"
            );
        }
        stack.js("document.querySelector('#access-token').closest('section').scrollIntoView();").await;
        stack.screenshot("desktop-tokens").await;
    })
    .await;
}

#[tokio::test]
async fn every_control_is_reachable_by_keyboard_with_a_visible_focus() {
    // A radio group is one tab stop: its checked radio.
    const CONTROLS: &str = "[...document.querySelectorAll('button, input:not([type=radio]), input[type=radio]:checked, \
        textarea, select, a[href], summary')].filter(e => !e.disabled && e.checkVisibility())";
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let count = stack.js(&format!("return {CONTROLS}.length;")).await.as_u64().unwrap();
        // Start before the first control: the document's very start.
        stack
            .js("const start = document.createElement('span'); start.tabIndex = -1;
                 document.body.prepend(start); start.focus();")
            .await;
        let mut reached = Vec::new();
        for _ in 0..count {
            let press = KeyActions::new("keyboard".into())
                .then(KeyAction::Down { value: Key::Tab.into() })
                .then(KeyAction::Up { value: Key::Tab.into() });
            stack.browser.perform_actions(press).await.unwrap();
            let focused = stack
                .js(&format!(
                    "const e = document.activeElement;
                     return [{CONTROLS}.indexOf(e), getComputedStyle(e).outlineStyle, e.id || e.tagName];"
                ))
                .await;
            assert_ne!(focused[1], "none", "no visible focus on {focused} after {reached:?} of {count}");
            reached.push(focused[0].as_i64().unwrap());
        }
        reached.sort_unstable();
        reached.dedup();
        let every: Vec<i64> = (0..count as i64).collect();
        assert_eq!(reached, every, "Tab reaches every control once, in {count} presses");
    })
    .await;
}

async fn assert_fits_the_width(stack: &Stack) {
    let overflow = stack.js("return document.documentElement.scrollWidth - window.innerWidth;").await;
    let widest = stack
        .js("return [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > e.clientWidth + 1)
                .slice(-3).map(e => e.outerHTML.slice(0, 150));")
        .await;
    assert!(overflow.as_i64().unwrap() <= 0, "the page is {overflow} px wider than the window: {widest}");
}

async fn assert_no_serious_violations(stack: &Stack, moment: &str) {
    let axe = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/node/node_modules/axe-core/axe.min.js"),
    )
    .expect("axe-core is installed (scripts/setup.sh --test)");
    stack.js(&axe).await;
    let found = stack
        .js_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                             nodes: v.nodes.map(n => n.target.join(' ')) }))));",
        )
        .await;
    let found = found.as_array().cloned().unwrap_or_default();
    assert!(found.is_empty(), "axe found at {moment}: {}", Value::Array(found));
}
