//! A hosted copy (HTTPS, a public site) and a relay on this computer, in
//! Chromium, which asks the owner's permission before a public page may
//! reach the loopback address space: the page says what the browser did,
//! before any code is pasted, and works once it is allowed.

mod support;

use fantoccini::{Client, ClientBuilder};
use serde_json::json;
use std::sync::Arc;
use support::build::{SUB_PATH, page_dist};
use support::engine::{Engine, SessionPost};

/// A throwaway certificate for 127.0.0.1, made with openssl; (cert, key) PEM paths.
fn throwaway_certificate() -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("hosted-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let made = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "1",
        ])
        .args(["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl makes a certificate");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    (cert, key)
}

/// Serves the built page over HTTPS on loopback; returns its origin.
async fn serve_page_over_https() -> String {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let (cert, key) = throwaway_certificate();
    let certs = CertificateDer::pem_file_iter(&cert).unwrap().map(Result::unwrap).collect();
    let key = PrivateKeyDer::from_pem_file(&key).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("https://{}", listener.local_addr().unwrap());
    let files = tower_http::services::ServeDir::new(page_dist());
    let app = axum::Router::new().nest_service(SUB_PATH.trim_end_matches('/'), files);
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { continue };
            let (acceptor, app) = (acceptor.clone(), app.clone());
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else { return };
                let service = hyper_util::service::TowerToHyperService::new(app);
                let builder =
                    hyper_util::server::conn::auto::Builder::new(hyper_util::rt::TokioExecutor::new());
                let _ = builder.serve_connection(hyper_util::rt::TokioIo::new(tls), service).await;
            });
        }
    });
    origin
}

/// Chromium treating the page's address as a public site on the Internet.
async fn chromium_for_public(page_origin: &str, driver: &str) -> Client {
    let mut capabilities = Engine::Chromium.capabilities();
    let address = page_origin.trim_start_matches("https://");
    capabilities["goog:chromeOptions"]["args"]
        .as_array_mut()
        .unwrap()
        .push(json!(format!("--ip-address-space-overrides={address}=public")));
    capabilities.insert("acceptInsecureCerts".into(), json!(true));
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(driver)
        .await
        .expect("a Chromium session")
}

/// Waits until the text of `css` contains `needle`; returns the text.
async fn text_of(browser: &Client, css: &str, needle: &str) -> String {
    let mut text = String::new();
    for _ in 0..150 {
        let script = format!("return document.querySelector({css:?})?.textContent ?? '';");
        text = browser.execute(&script, vec![]).await.unwrap().as_str().unwrap_or_default().to_owned();
        if text.contains(needle) {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{css} never said {needle:?}: {text}");
}

#[tokio::test]
async fn a_hosted_page_says_what_the_browser_did_between_it_and_a_relay_on_this_computer() {
    let page_origin = serve_page_over_https().await;
    let (_relay, relay) = support::processes::start_relay_at("127.0.0.1:0", &page_origin, false, &[]).await;
    let driver = Engine::Chromium.start_driver().await;
    let browser = chromium_for_public(&page_origin, &driver.address).await;
    // Denied, the page explains the prompt (and Safari) before any paste;
    // allowed, the very same relay answers.
    // What the browser this page runs in does: Chromium asks.
    let default_relay = support::other_relays::Tripwire::at("127.0.0.1:8787").await;
    for (answer, said) in [("denied", "Look for a prompt on this tab"), ("granted", ", answering.")] {
        browser.goto(&format!("{page_origin}{SUB_PATH}?relay={relay}/")).await.unwrap();
        browser.wait().for_element(fantoccini::Locator::Css("#start-login")).await.unwrap();
        // What the owner answers to Chromium's prompt, through WebDriver's permissions
        // extension: `loopback-network` is Chromium 156's permission for a public page
        // reaching this computer (headless denies it unasked).
        let permission = json!({ "descriptor": { "name": "loopback-network" }, "state": answer });
        browser.issue_cmd(SessionPost { path: "permissions", body: permission }).await.unwrap();
        // The first time, the link's relay is confirmed (and saved); then it is the one in use.
        if answer == "denied" {
            browser
                .wait()
                .for_element(fantoccini::Locator::Css("#relay-accept"))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
        }
        browser.find(fantoccini::Locator::Css("#start-login")).await.unwrap().click().await.unwrap();
        let where_said = if answer == "denied" { "#status" } else { "#relay-state" };
        text_of(&browser, where_said, said).await;
        // Every request the login sent went to the page or to the relay chosen.
        let sent = browser
            .execute("return performance.getEntriesByType('resource').map(e => e.name);", vec![])
            .await
            .unwrap();
        for url in sent.as_array().into_iter().flatten().filter_map(|url| url.as_str()) {
            assert!(url.starts_with(&page_origin) || url.starts_with(&relay), "the hosted page asked {url}");
        }
        assert_eq!(default_relay.tripped(), 0, "the hosted page asked a relay nobody chose");
        // Forget the login (and its leave guard) before the next round.
        browser.find(fantoccini::Locator::Css("#start-again")).await.unwrap().click().await.unwrap();
        let tabs = browser.windows().await.unwrap();
        for tab in &tabs[1..] {
            browser.switch_to_window(tab.clone()).await.unwrap();
            browser.close_window().await.unwrap();
        }
        browser.switch_to_window(tabs[0].clone()).await.unwrap();
    }
    let _ = browser.close().await;
    driver.stop().await;
}
