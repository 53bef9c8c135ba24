#!/usr/bin/env bash
# Measures, on this machine, and prints: the page's transfer size (raw and
# gzip, per file), its time to interactive in headless Chromium (median of
# 20 loads), and token-relay's latency, throughput and memory next to going
# direct and next to cors-anywhere (npm) doing the same forwarding.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

scripts/setup.sh --test
scripts/trunk.sh build --release --offline >/dev/null 2>&1
cargo build --release --quiet -p token-relay -p tesla-double -p page-bench
target/release/page-bench dist
