#!/usr/bin/env bash
# Runs every check and test: formatting, clippy, the native core tests, the
# relay and double tests, the browser tests in headless Chromium, the relay
# conformance suite (Rust relay and Cloudflare Worker), the reproducible-build
# check, and a bounded fuzzing run of every parser of hostile input.
# Installs whatever is missing first (scripts/setup.sh --browser).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

scripts/setup.sh --browser
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p tesla-token-page --quiet -- -D warnings
cargo test --workspace
node --test relay/conformance/
scripts/reproduce.sh
scripts/fuzz.sh 20
