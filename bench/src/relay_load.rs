//! The same token request sent straight to the Tesla double, through
//! token-relay, and through cors-anywhere: latency one at a time, then
//! throughput with many at once, then each forwarder's peak memory.

use crate::processes::{Running, free_port, peak_rss_kib, start};
use crate::stats::Summary;
use std::time::{Duration, Instant};

const PAGE_ORIGIN: &str = "http://127.0.0.1:8080";
const WARM_UP: usize = 200;
const SEQUENTIAL: usize = 2000;
const CONCURRENCY: usize = 32;
const THROUGHPUT_TIME: Duration = Duration::from_secs(5);

pub struct Row {
    pub name: &'static str,
    pub latency: Summary,
    pub throughput: f64,
    pub peak_rss_kib: Option<u64>,
}

pub async fn compare() -> Vec<Row> {
    let double_port = free_port();
    let double_addr = format!("127.0.0.1:{double_port}");
    let double = start("target/release/tesla-double", &["--listen", &double_addr]).await;
    assert!(double.first_line.contains("listening"), "the double did not start: {}", double.first_line);
    let upstream = format!("http://{double_addr}");

    let relay = start(
        "target/release/token-relay",
        &[
            "--listen",
            "127.0.0.1:0",
            "--allow-origin",
            PAGE_ORIGIN,
            "--allow-upstream",
            &upstream,
            // Measure the forwarding, not the abuse limits.
            "--rate-limit",
            "100000000",
            "--max-in-flight",
            "1024",
        ],
    )
    .await;
    let relay_base = relay
        .first_line
        .strip_prefix("token-relay listening on ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("the relay did not start: {}", relay.first_line))
        .to_owned();

    let cors_port = free_port();
    let cors_anywhere = start_cors_anywhere(cors_port).await;

    let token = "/oauth2/v3/token";
    let mut rows = Vec::new();
    rows.push(measure("direct to the double", format!("{upstream}{token}"), None).await);
    rows.push(measure("through token-relay", format!("{relay_base}/{upstream}{token}"), Some(&relay)).await);
    rows.push(
        measure(
            "through cors-anywhere",
            format!("http://127.0.0.1:{cors_port}/{upstream}{token}"),
            Some(&cors_anywhere),
        )
        .await,
    );
    drop(double);
    rows
}

async fn start_cors_anywhere(port: u16) -> Running {
    let module = std::fs::canonicalize("target/node/node_modules/cors-anywhere")
        .expect("cors-anywhere is installed (scripts/setup.sh --test)");
    let script = format!(
        "require({module:?}).createServer({{ originWhitelist: [], requireHeader: [] }})
           .listen({port}, '127.0.0.1', () => console.log('cors-anywhere listening'));",
        module = module.display().to_string()
    );
    let running = start("node", &["-e", &script]).await;
    assert!(running.first_line.contains("listening"), "cors-anywhere did not start: {}", running.first_line);
    running
}

async fn measure(name: &'static str, url: String, forwarder: Option<&Running>) -> Row {
    let client = reqwest::Client::builder().http1_only().pool_max_idle_per_host(CONCURRENCY).build().unwrap();
    let send = |client: reqwest::Client, url: String| async move {
        let answer = client
            .post(&url)
            .header("Origin", PAGE_ORIGIN)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("grant_type=refresh_token&client_id=ownerapi&refresh_token=bench")
            .send()
            .await
            .unwrap_or_else(|e| panic!("{url}: {e}"));
        let status = answer.status();
        let body = answer.bytes().await.unwrap();
        // The double's refusal of the unknown token, forwarded unchanged.
        assert_eq!(status, 400, "{url}: {}", String::from_utf8_lossy(&body));
    };
    for _ in 0..WARM_UP {
        send(client.clone(), url.clone()).await;
    }
    let mut latencies = Vec::with_capacity(SEQUENTIAL);
    for _ in 0..SEQUENTIAL {
        let started = Instant::now();
        send(client.clone(), url.clone()).await;
        latencies.push(started.elapsed().as_secs_f64() * 1e6);
    }

    let deadline = Instant::now() + THROUGHPUT_TIME;
    let workers: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move {
                let mut done = 0u64;
                while Instant::now() < deadline {
                    send(client.clone(), url.clone()).await;
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut total = 0;
    for worker in workers {
        total += worker.await.unwrap();
    }
    Row {
        name,
        latency: Summary::of(&latencies),
        throughput: total as f64 / THROUGHPUT_TIME.as_secs_f64(),
        peak_rss_kib: forwarder.and_then(|running| peak_rss_kib(running.child.id())),
    }
}
