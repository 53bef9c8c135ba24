//! The relay under load, on loopback: a thousand half-open connections and
//! two hundred bodies that never finish, held by one client, while another
//! client's real token request still goes through quickly. Bounded in count
//! and time; prints what it held.

mod support;

use std::time::{Duration, Instant};
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const HALF_OPEN: usize = 1000;
const SLOW_BODIES: usize = 200;

#[tokio::test]
async fn a_real_request_goes_through_while_one_client_holds_a_thousand_connections() {
    let upstream = start_upstream().await;
    let relay = RelayProcess::start(&upstream, &[]);

    let mut held = Vec::new();
    for n in 0..HALF_OPEN + SLOW_BODIES {
        let Ok(mut stream) = connect_from(&relay.base, "127.0.0.1").await else { continue };
        let start = if n < HALF_OPEN {
            "POST /x HTTP/1.1\r\nHost: relay\r\n".to_owned()
        } else {
            format!(
                "POST /{upstream}{ECHO} HTTP/1.1\r\nHost: relay\r\nOrigin: {PAGE}\r\nContent-Length: 1000\r\n\r\nab"
            )
        };
        if stream.write_all(start.as_bytes()).await.is_ok() {
            held.push(stream);
        }
    }
    // What the relay closed at once, having more than its share from this client.
    let mut closed = 0;
    for stream in &mut held {
        let mut byte = [0; 1];
        // Closed unread, a connection ends in a reset rather than a clean end.
        if let Ok(Ok(0) | Err(_)) =
            tokio::time::timeout(Duration::from_millis(2), stream.read(&mut byte)).await
        {
            closed += 1;
        }
    }

    let client = reqwest::Client::builder()
        .local_address("127.0.0.2".parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap();
    let started = Instant::now();
    let answer = client
        .post(format!("{}/{upstream}{ECHO}", relay.base))
        .header("Origin", PAGE)
        .body("grant_type=authorization_code&code=NA_x")
        .send()
        .await
        .expect("the real request is answered");
    let took = started.elapsed();
    println!(
        "load: one client opened {} connections ({HALF_OPEN} half-open, {SLOW_BODIES} slow bodies); \
         the relay closed {closed} at once; another client's token request took {} ms",
        held.len(),
        took.as_millis()
    );
    assert_eq!(answer.status(), 201, "the upstream's answer came back");
    assert!(took < Duration::from_secs(1), "the real request took {took:?}");
    assert!(closed >= held.len() - 64, "the relay kept {} of one client's connections", held.len() - closed);
}
