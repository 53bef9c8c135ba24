#!/usr/bin/env bash
# Runs Trunk (`scripts/trunk.sh build --release --offline [--dist DIR] [--public-url /repo/]`)
# so that the same commit builds to the same bytes on any machine: source and
# registry paths are renamed in the wasm, and the commit is baked in for the
# page to show. Tool versions are pinned by scripts/setup.sh.
#
# Build settings, read from the environment (see the README):
#   PAGE_DEFAULT_RELAY     the relay the page starts with
#   PAGE_RELAYS            the relay origins the page's security policy admits
#   TESLA_FLEET_CLIENT_ID  a client id for the "your own app" redirect-back mode
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo_home=$(cd "${CARGO_HOME:-$HOME/.cargo}" && pwd -P)
# With rustup's rust-src installed, rustc names the standard library by its
# local path; without, by /rustc/<commit>: both become the latter.
std_source="$(rustc --print sysroot)/lib/rustlib/src/rust"
std_remapped="/rustc/$(rustc -vV | sed -n 's/^commit-hash: //p')"
remap="--remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$(pwd -P)=/page"
remap="$remap --remap-path-prefix=$std_source=$std_remapped"
# erase_components: Leptos type-erases each component's view (10 KB less gzip).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$remap --cfg erase_components"
if [ -z "${PAGE_COMMIT:-}" ]; then
  PAGE_COMMIT=$(git rev-parse HEAD 2>/dev/null || echo unknown)
  export PAGE_COMMIT
fi
exec trunk "$@"
