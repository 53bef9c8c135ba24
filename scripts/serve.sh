#!/usr/bin/env bash
# Builds the page and the relay, then serves both on this computer:
#   scripts/serve.sh          the page at http://127.0.0.1:8080 for Tesla's real login,
#                             with a relay at http://127.0.0.1:8787 that allows only it
#   scripts/serve.sh --demo   the same against the Tesla test double (no Tesla account
#                             needed; test accounts are printed below)
# Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

PAGE_ADDR=127.0.0.1:8080
RELAY_ADDR=127.0.0.1:8787
DOUBLE_ADDR=127.0.0.1:38443

scripts/setup.sh
cargo build --release --quiet -p token-relay -p tesla-double

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM

relay_args=(--listen "$RELAY_ADDR" --allow-origin "http://$PAGE_ADDR")
if [ "${1:-}" = "--demo" ]; then
  # The test build: the login link and both trusted issuers are the double.
  export TESLA_AUTH_BASE="http://$DOUBLE_ADDR/oauth2/v3"
  export TESLA_CN_AUTH_BASE="http://$DOUBLE_ADDR/cn/oauth2/v3"
  export TESLA_FLEET_AUTH_BASE="http://$DOUBLE_ADDR/fleet/oauth2/v3"
  export TESLA_OWNER_API="http://$DOUBLE_ADDR" TESLA_OWNER_API_CN="http://$DOUBLE_ADDR/cn"
  # Its Fleet app "demo-app" redirects back to this page, for "your own app".
  target/release/tesla-double --listen "$DOUBLE_ADDR" --fleet-app "demo-app=http://$PAGE_ADDR/" & pids+=($!)
  relay_args+=(--allow-upstream "http://$DOUBLE_ADDR")
fi
target/release/token-relay "${relay_args[@]}" & pids+=($!)

scripts/trunk.sh build --release --offline
printf '\n  Open http://%s/ in your browser (relay: http://%s/).\n\n' "$PAGE_ADDR" "$RELAY_ADDR"
scripts/trunk.sh serve --release --offline --address "${PAGE_ADDR%:*}" --port "${PAGE_ADDR#*:}" --no-autoreload
