//! The same token request sent straight to the Tesla double, through
//! token-relay, and through cors-anywhere: latency one at a time, then
//! throughput with many at once, then each forwarder's peak memory. A
//! request that fails is counted and reported, never fatal.

use crate::stats::Summary;
use std::time::{Duration, Instant};
use test_harness::Process;
use token_core::tesla;
use tokio::process::Command;

const PAGE_ORIGIN: &str = "http://127.0.0.1:8080";
const WARM_UP: usize = 200;
const SEQUENTIAL: usize = 2000;
const CONCURRENCY: usize = 32;
const THROUGHPUT_TIME: Duration = Duration::from_secs(5);
/// How long each program may take to say it listens.
const START_TIME: Duration = Duration::from_secs(10);

/// The relay's caps, set well beyond what the benchmark opens (its default
/// of 32 connections per client is exactly [`CONCURRENCY`]: a connection
/// still closing while its replacement opens got refused), so that the
/// forwarding is measured, not the abuse limits.
const RELAY_CAPS: [(&str, usize); 4] = [
    ("--rate-limit", 100_000_000),
    ("--max-in-flight", 4 * CONCURRENCY),
    ("--max-connections", 16 * CONCURRENCY),
    ("--max-connections-per-client", 8 * CONCURRENCY),
];

/// [`RELAY_CAPS`] as token-relay's arguments.
fn relay_cap_args() -> Vec<String> {
    RELAY_CAPS.iter().flat_map(|(flag, cap)| [flag.to_string(), cap.to_string()]).collect()
}

/// One path's numbers.
pub struct Row {
    /// Which path the requests took.
    pub name: &'static str,
    /// Microseconds per request, one at a time; `None` if none succeeded.
    pub latency: Option<Summary>,
    /// Successful requests per second, [`CONCURRENCY`] at a time.
    pub throughput: f64,
    /// The forwarder's peak resident memory, in KiB.
    pub peak_rss_kib: Option<u64>,
    /// How many requests failed (no answer, or not the double's 400).
    pub failed: u64,
    /// What the first failure was.
    pub first_failure: Option<String>,
}

/// Measures the three paths, direct first.
pub async fn compare() -> Vec<Row> {
    let double_port = test_harness::ports::free_port().expect("a free loopback port");
    let double_addr = format!("127.0.0.1:{double_port}");
    let (double, _) =
        start("target/release/tesla-double", &["--listen", &double_addr], "tesla-double listening").await;
    let upstream = format!("http://{double_addr}");

    let caps = relay_cap_args();
    let mut args =
        vec!["--listen", "127.0.0.1:0", "--allow-origin", PAGE_ORIGIN, "--allow-upstream", &upstream];
    args.extend(caps.iter().map(String::as_str));
    let relay_says = "token-relay listening on ";
    let (relay, line) = start("target/release/token-relay", &args, relay_says).await;
    let relay_base =
        line.strip_prefix(relay_says).and_then(|rest| rest.split_whitespace().next()).unwrap_or_default();

    let cors_port = test_harness::ports::free_port().expect("a free loopback port");
    let cors_anywhere = start_cors_anywhere(cors_port).await;

    let token = tesla::TOKEN_CALL.path;
    let rows = vec![
        measure("direct to the double", format!("{upstream}{token}"), None).await,
        measure("through token-relay", format!("{relay_base}/{upstream}{token}"), Some(&relay)).await,
        measure(
            "through cors-anywhere",
            format!("http://127.0.0.1:{cors_port}/{upstream}{token}"),
            Some(&cors_anywhere),
        )
        .await,
    ];
    double.stop().await;
    rows
}

/// Starts `program` and waits for its line starting with `says`; returns it and that line.
async fn start(program: &str, args: &[&str], says: &str) -> (Process, String) {
    let mut command = Command::new(program);
    command.args(args);
    Process::start_saying(command, says, START_TIME)
        .await
        .unwrap_or_else(|e| panic!("{e} (run scripts/bench.sh)"))
}

async fn start_cors_anywhere(port: u16) -> Process {
    let module = std::fs::canonicalize("target/node/node_modules/cors-anywhere")
        .expect("cors-anywhere is installed (scripts/setup.sh --test)");
    let script = format!(
        "require({module:?}).createServer({{ originWhitelist: [], requireHeader: [] }})
           .listen({port}, '127.0.0.1', () => console.log('cors-anywhere listening'));",
        module = module.display().to_string()
    );
    start("node", &["-e", &script], "cors-anywhere listening").await.0
}

/// Sends the refresh request once: `Err` says why it failed.
async fn send(client: &reqwest::Client, url: &str) -> Result<(), String> {
    let answer = client
        .post(url)
        .header("Origin", PAGE_ORIGIN)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("grant_type=refresh_token&client_id={}&refresh_token=bench", tesla::CLIENT_ID))
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    let status = answer.status();
    let body = answer.bytes().await.map_err(|e| format!("{url}: the body: {e}"))?;
    // The double's refusal of the unknown token, forwarded unchanged.
    match status.as_u16() {
        400 => Ok(()),
        other => Err(format!("{url}: {other} {}", String::from_utf8_lossy(&body))),
    }
}

/// Counts failed requests and keeps the first one's reason.
#[derive(Default)]
struct Failures {
    count: u64,
    first: Option<String>,
}

impl Failures {
    fn add(&mut self, reason: String) {
        self.count += 1;
        self.first.get_or_insert(reason);
    }
}

async fn measure(name: &'static str, url: String, forwarder: Option<&Process>) -> Row {
    let client = reqwest::Client::builder()
        .http1_only()
        .pool_max_idle_per_host(CONCURRENCY)
        .build()
        .expect("a plain HTTP client");
    let mut failures = Failures::default();
    for _ in 0..WARM_UP {
        if let Err(reason) = send(&client, &url).await {
            failures.add(reason);
        }
    }
    let mut latencies = Vec::with_capacity(SEQUENTIAL);
    for _ in 0..SEQUENTIAL {
        let started = Instant::now();
        match send(&client, &url).await {
            Ok(()) => latencies.push(started.elapsed().as_secs_f64() * 1e6),
            Err(reason) => failures.add(reason),
        }
    }

    let deadline = Instant::now() + THROUGHPUT_TIME;
    let workers: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move {
                let (mut done, mut failures) = (0u64, Failures::default());
                while Instant::now() < deadline {
                    match send(&client, &url).await {
                        Ok(()) => done += 1,
                        Err(reason) => failures.add(reason),
                    }
                }
                (done, failures)
            })
        })
        .collect();
    let mut total = 0;
    for worker in workers {
        match worker.await {
            Ok((done, worker_failures)) => {
                total += done;
                failures.count += worker_failures.count;
                failures.first = failures.first.or(worker_failures.first);
            }
            Err(error) => failures.add(format!("a worker stopped: {error}")),
        }
    }
    Row {
        name,
        latency: Summary::of(&latencies),
        throughput: total as f64 / THROUGHPUT_TIME.as_secs_f64(),
        peak_rss_kib: forwarder.and_then(|process| peak_rss_kib(process.id())),
        failed: failures.count,
        first_failure: failures.first,
    }
}

/// Peak resident memory of a process (`VmHWM`), in KiB.
fn peak_rss_kib(pid: Option<u32>) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid?)).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bug: the relay's default cap of 32 connections per client met the
    /// 32 the throughput phase keeps open, and a request failed mid-run.
    #[test]
    fn the_relay_is_started_with_every_cap_beyond_what_the_load_opens() {
        let mut args = vec!["--allow-origin".to_owned(), PAGE_ORIGIN.to_owned()];
        args.extend(relay_cap_args());
        let config = token_relay::config::Config::from_args(args).expect("token-relay takes the caps");
        assert!(config.max_connections_per_client >= 2 * CONCURRENCY);
        assert!(config.max_connections >= 2 * CONCURRENCY);
        assert!(config.max_in_flight >= 2 * CONCURRENCY);
        let per_minute = (WARM_UP + SEQUENTIAL) as u32 * 100;
        assert!(config.rate_limit >= per_minute, "the sequential phase alone could meet the rate limit");
    }
}
