//! `scripts/bench.sh`: measures the page and the relay on this machine and
//! prints the numbers (nothing here passes or fails).
//!
//! usage: page-bench DIST  (run from the repository, after release builds of
//! token-relay and tesla-double and `scripts/setup.sh --test`)

mod page_load;
mod relay_load;
mod size;
mod stats;

use std::path::PathBuf;

#[tokio::main]
async fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));

    println!("Page transfer size ({})", dist.display());
    let shared = size::shared_files(&dist);
    println!("  {:<48} {:>10} {:>10}", "file every language loads", "raw", "gzip");
    for asset in &shared {
        println!("  {:<48} {:>10} {:>10}", asset.name, kib(asset.raw), kib(asset.gzip));
    }
    let (raw, gzip) = shared.iter().fold((0, 0), |(r, g), a| (r + a.raw, g + a.gzip));
    println!("  {:<20} {:>27} {:>10} {:>10} {:>10}", "language", "its page", "gzip", "whole page", "gzip");
    for (tag, page) in size::language_pages(&dist) {
        println!(
            "  {:<20} {:>27} {:>10} {:>10} {:>10}   (budget: 200 KiB gzip)",
            tag,
            format!("{} {}", page.name, kib(page.raw)),
            kib(page.gzip),
            kib(raw + page.raw),
            kib(gzip + page.gzip)
        );
    }

    println!("\nPage load, headless Chromium, served gzipped, no cache (median, min–max, in ms):");
    println!("  {:<34} {:>22} {:>22}", "profile", "first text", "login button works");
    for (name, count, throttle) in
        [("unthrottled", 20, None), ("Slow 4G, 4x CPU (goal 300 / 1500)", 10, Some(page_load::Throttle))]
    {
        let loads = page_load::loads(&dist, count, throttle).await;
        let text = stats::Summary::of(&loads.iter().map(|l| l.first_text).collect::<Vec<_>>());
        let ready = stats::Summary::of(&loads.iter().map(|l| l.interactive).collect::<Vec<_>>());
        let cell = |s: Option<stats::Summary>| {
            s.map_or("-".into(), |s| format!("{:.0} ({:.0}–{:.0})", s.p50, s.min, s.max))
        };
        println!("  {:<34} {:>22} {:>22}", format!("{name}, {count} loads"), cell(text), cell(ready));
    }

    println!("\nRelay: POST to the Tesla double's token endpoint, on loopback");
    let report = relay_load::compare().await;
    println!(
        "  {:<22} {:>9} {:>9} {:>12} {:>10} {:>8}",
        "path", "p50 (µs)", "p99 (µs)", "requests/s", "peak RSS", "failed"
    );
    for row in &report {
        println!(
            "  {:<22} {:>9.0} {:>9.0} {:>12.0} {:>10} {:>8}",
            row.name,
            p50(row),
            p99(row),
            row.throughput,
            row.peak_rss_kib.map_or("-".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
            row.failed
        );
    }
    for row in report.iter().filter(|row| row.failed > 0) {
        let first = row.first_failure.as_deref().unwrap_or_default();
        println!("  {}: {} requests failed; the first: {first}", row.name, row.failed);
    }
    let [direct, relay, cors_anywhere] = &report[..] else { unreachable!("three rows") };
    println!(
        "\n  token-relay adds {:.0} µs at p50 and {:.0} µs at p99 over going direct.",
        p50(relay) - p50(direct),
        p99(relay) - p99(direct)
    );
    println!(
        "  token-relay vs cors-anywhere: p50 {:.2}x, p99 {:.2}x, throughput {:.2}x, peak RSS {:.2}x",
        p50(relay) / p50(cors_anywhere),
        p99(relay) / p99(cors_anywhere),
        relay.throughput / cors_anywhere.throughput,
        ratio(relay.peak_rss_kib, cors_anywhere.peak_rss_kib)
    );
}

/// A row's median latency in µs (NaN when no request succeeded).
fn p50(row: &relay_load::Row) -> f64 {
    row.latency.as_ref().map_or(f64::NAN, |l| l.p50)
}

/// A row's 99th-percentile latency in µs (NaN when no request succeeded).
fn p99(row: &relay_load::Row) -> f64 {
    row.latency.as_ref().map_or(f64::NAN, |l| l.p99)
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

fn ratio(a: Option<u64>, b: Option<u64>) -> f64 {
    match (a, b) {
        (Some(a), Some(b)) if b > 0 => a as f64 / b as f64,
        _ => f64::NAN,
    }
}
