//! The real `token-relay` binary against clients that misbehave on purpose:
//! headers or bodies that never finish, bodies announced too large,
//! connections by the dozen, and requests made to flood the log.

mod support;

use std::time::{Duration, Instant};
use support::*;
use token_core::tesla;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Everything the relay sends until it closes the connection, or `None` if
/// it is still open after `wait`.
async fn until_closed(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut answer = Vec::new();
    match tokio::time::timeout(wait, stream.read_to_end(&mut answer)).await {
        Ok(_) => Some(String::from_utf8_lossy(&answer).into_owned()),
        Err(_) => None,
    }
}

#[tokio::test]
async fn a_request_whose_headers_never_finish_is_cut_off() {
    let relay = RelayProcess::start("http://127.0.0.1:9", &["--client-timeout", "1"]);
    let mut stream = connect_from(&relay.base, "127.0.0.1").await.unwrap();
    let token = tesla::token_endpoint(tesla::AUTH_ISSUER);
    stream.write_all(format!("POST /{token} HTTP/1.1\r\nHost: relay\r\n").as_bytes()).await.unwrap();
    let started = Instant::now();
    let answer = until_closed(&mut stream, Duration::from_secs(5)).await;
    assert!(answer.is_some(), "the connection is still open after 5 s");
    assert!(started.elapsed() < Duration::from_secs(3), "closed after {:?}", started.elapsed());
}

#[tokio::test]
async fn a_body_that_never_arrives_gets_a_408() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &["--client-timeout", "1"]);
    let request = format!(
        "POST /{upstream}{ECHO} HTTP/1.1\r\nHost: relay\r\nOrigin: {PAGE}\r\nContent-Length: 100\r\n\r\n0123456789"
    );
    let answer = first_answer(&relay.base, "127.0.0.1", &request).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("did not arrive within 1 s"), "{answer}");
}

#[tokio::test]
async fn a_body_announced_too_large_is_refused_before_it_is_sent() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);
    let request = format!(
        "POST /{upstream}{ECHO} HTTP/1.1\r\nHost: relay\r\nOrigin: {PAGE}\r\nContent-Length: 10000000000\r\n\r\n"
    );
    let answer = first_answer(&relay.base, "127.0.0.1", &request).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
}

#[tokio::test]
async fn connections_beyond_a_clients_share_are_closed_and_others_still_served() {
    let relay = RelayProcess::start("http://127.0.0.1:9", &["--max-connections-per-client", "4"]);
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(connect_from(&relay.base, "127.0.0.1").await.unwrap());
    }
    let mut fifth = connect_from(&relay.base, "127.0.0.1").await.unwrap();
    assert!(until_closed(&mut fifth, Duration::from_secs(2)).await.is_some(), "a fifth is closed at once");
    let other = first_answer(&relay.base, "127.0.0.2", "GET /health HTTP/1.1\r\nHost: relay\r\n\r\n").await;
    assert!(other.starts_with("HTTP/1.1 200"), "another client is served");
    drop(held);
}

#[tokio::test]
async fn the_log_writes_no_method_a_client_made_up_and_refusals_at_a_bounded_rate() {
    let relay = RelayProcess::start("http://127.0.0.1:9", &["--rate-limit", "100000"]);
    let made_up = "FLOOD".repeat(2000);
    let auth = tesla::origin_of_base(tesla::AUTH_ISSUER);
    let started = Instant::now();
    for _ in 0..20 {
        let mut stream = connect_from(&relay.base, "127.0.0.1").await.unwrap();
        let mut requests = String::new();
        for _ in 0..25 {
            requests.push_str(&format!("{made_up} /{auth}/ HTTP/1.1\r\nHost: r\r\nOrigin: {PAGE}\r\n\r\n"));
        }
        stream.write_all(requests.as_bytes()).await.unwrap();
        stream.shutdown().await.unwrap();
        let _ = until_closed(&mut stream, Duration::from_secs(5)).await;
    }
    let seconds = started.elapsed().as_secs() + 2;
    let log = relay.log();
    assert!(log.iter().all(|line| !line.contains("FLOOD")), "a made-up method reached the log");
    assert!(log.iter().any(|line| line.starts_with("other - 403")), "{log:?}");
    let most = token_relay::log::REFUSALS_PER_SECOND as u64 * seconds;
    assert!((log.len() as u64) <= most, "{} lines for 500 refusals in {seconds} s", log.len());
    let total: usize = log.iter().map(String::len).sum();
    assert!(total < 20_000, "{total} bytes of log");
}
