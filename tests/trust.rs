//! The promises the page makes about itself, checked in headless Chromium:
//! its security policy is enforced, it shows the hash of the code it runs,
//! it refuses hostile relay links and frames.

mod support;

use base64::Engine;
use sha2::Digest;
use support::build::page_dist;
use support::user::{log_in_and_copy_callback, open_with_relay, paste_and_exchange, tokens_for};
use support::{Stack, in_browser};

#[tokio::test]
async fn the_browser_blocks_what_the_policy_does_not_name_and_the_flow_needs_nothing_else() {
    in_browser(async |stack: &Stack| {
        open_with_relay(stack).await;
        let blocked = stack
            .js_async(
                "const done = arguments[arguments.length - 1];
                 document.addEventListener('securitypolicyviolation',
                     e => done(e.violatedDirective + ' ' + e.blockedURI), { once: true });
                 fetch('http://127.0.0.3:9/steal').catch(() => {});",
            )
            .await;
        assert_eq!(blocked, "connect-src http://127.0.0.3:9/steal");
        let injected = stack
            .js_async(
                "const done = arguments[arguments.length - 1];
                 document.addEventListener('securitypolicyviolation',
                     e => done(e.violatedDirective + ' ' + (window.injected === undefined)), { once: true });
                 const script = document.createElement('script');
                 script.textContent = 'window.injected = 1';
                 document.body.append(script);",
            )
            .await;
        assert_eq!(injected, "script-src-elem true", "an injected inline script does not run");

        // The whole flow, with the policy on, reports no violation: every
        // report the browser makes from now on is collected.
        stack
            .js("window.violations = [];
                 document.addEventListener('securitypolicyviolation',
                     e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));")
            .await;
        tokens_for(stack, "owner@example.com").await;
        stack.click("#check-token").await;
        stack.wait_for("#products li").await;
        assert_eq!(stack.js("return window.violations;").await, serde_json::json!([]), "policy violations");
    })
    .await;
}

#[tokio::test]
async fn this_copy_shows_its_commit_and_the_sha384_of_the_wasm_it_runs() {
    let wasm = std::fs::read_dir(page_dist())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.extension().is_some_and(|e| e == "wasm"))
        .expect("the build has one wasm file");
    let digest = sha2::Sha384::digest(std::fs::read(wasm).unwrap());
    let expected = format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(digest));
    let commit = std::process::Command::new("git").args(["rev-parse", "HEAD"]).output().unwrap().stdout;
    in_browser(async |stack: &Stack| {
        stack.open_page("").await;
        stack.wait_for_text("#wasm-sha384", "sha384-").await;
        assert_eq!(stack.wait_for("#wasm-sha384").await.text().await.unwrap(), expected);
        stack.wait_for_text("#wasm-check", "It matches the integrity value").await;
        let shown = stack.wait_for("#page-commit").await.text().await.unwrap();
        assert_eq!(shown, String::from_utf8_lossy(&commit).trim());
        assert_eq!(stack.wait_for("#page-version").await.text().await.unwrap(), env!("CARGO_PKG_VERSION"));
    })
    .await;
}

#[tokio::test]
async fn a_hostile_relay_link_is_refused_and_the_page_sends_nothing() {
    in_browser(async |stack: &Stack| {
        let hostile = "https://evil.example/?url={url}";
        stack.open_page(&format!("?relay={}", hostile.replace('?', "%3F").replace('=', "%3D"))).await;
        stack.wait_for_text("#relay", "The link's relay setting was refused").await;
        stack.wait_for_text("#relay", "security policy").await;
        assert!(stack.browser.find(fantoccini::Locator::Css("#relay-accept")).await.is_err());
        let callback = log_in_and_copy_callback(stack, "owner@example.com").await;
        paste_and_exchange(stack, &callback).await;
        // The default relay, not running here, is the one asked about.
        stack.wait_for_text("#status", "127.0.0.1:8787").await;
        for url in stack.page_requests().await {
            let host = url::Url::parse(&url).ok().and_then(|u| u.host_str().map(str::to_owned));
            assert_ne!(host.as_deref(), Some("evil.example"), "the page contacted {url}");
        }
    })
    .await;
}

#[tokio::test]
async fn the_page_refuses_to_run_inside_another_page() {
    in_browser(async |stack: &Stack| {
        stack.browser.goto(&format!("{}/framing", stack.page_origin)).await.unwrap();
        let frame = stack.wait_for("iframe").await;
        frame.enter_frame().await.unwrap();
        stack.wait_for_text("#framed", "refuses to run inside another page").await;
        assert!(stack.browser.find(fantoccini::Locator::Css("#start-login")).await.is_err());
    })
    .await;
}
