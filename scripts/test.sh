#!/usr/bin/env bash
# Runs every check and test: formatting, supply chain, clippy, the native core tests, the
# relay and double tests, the browser tests in Chromium, Firefox and WebKit, the relay
# conformance suite (Rust relay, its static Linux build and the Cloudflare Worker), the reproducible-build
# check, and a bounded fuzzing run of every parser of hostile input.
# Installs whatever is missing first (scripts/setup.sh --test).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# One build from scratch: incremental caches would only cost disk (~12 GB).
export CARGO_INCREMENTAL=0

scripts/setup.sh --test
cargo fmt --all --check
# The workflows: zizmor's static analysis (offline) finds nothing, and each
# validates against GitHub's workflow schema (docs/WORKFLOWS.md).
target/py/bin/zizmor --offline --persona pedantic --no-progress --quiet .github/workflows/
target/py/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
# Supply chain (deny.toml): licenses, banned crates, sources. Advisories need
# the network; the Pages workflow checks them.
cargo deny --offline --log-level error check bans licenses sources
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p tesla-token-page --quiet -- -D warnings
# Not a default test target (it needs the static binary): linted by name.
cargo clippy -p token-relay --test embedded_dependencies --quiet -- -D warnings
# The browser tests run in Chromium here; accessibility (axe-core) and the
# README's screenshots stay Chromium-only.
cargo test --workspace
# Every language's catalog against English, again, to print each one's key count.
cargo test --quiet -p page-seal --test catalogs -- --nocapture | grep '^catalog '
# The page's promises over random event sequences, again, to print how many it checked.
cargo test --quiet -p token-core --lib page::properties -- --nocapture | grep '^page properties:'
# The relay's load-and-fault test again, to print what it held.
cargo test --quiet -p token-relay --test load -- --nocapture | grep '^load:'
# The same browser tests, one engine after the other (the Tesla double has a
# fixed port), sharing the one release build of the page.
for engine in firefox webkit; do
  started=$SECONDS
  echo "browser tests in $engine (accessibility and screenshots run in chromium only)"
  BROWSER_ENGINE=$engine cargo test --test browser --test workbench --test cars --test promises --test trust --test first_screen --test languages
  echo "browser tests in $engine: $((SECONDS - started)) s"
done
node --test relay/conformance/
# The static Linux relay, as the release workflow builds it, passes the same suite.
TOKEN_RELAY_BIN=$(scripts/static-relay.sh) node --test relay/conformance/
# The static relay carries its dependency list (cargo auditable), read back here.
TOKEN_RELAY_BIN=$(scripts/static-relay.sh) cargo test --quiet -p token-relay --test embedded_dependencies
scripts/reproduce.sh
scripts/fuzz.sh 20
