#!/usr/bin/env bash
# Builds token-relay as one static Linux binary (x86_64, musl): no libc or
# OpenSSL to match, it runs on any x86_64 Linux. The release workflow builds
# the same way for every system; this proves the recipe on this machine.
# `cargo auditable` embeds the dependency list (crate names and versions) in
# the binary, for scanners such as `cargo audit bin`.
# Prints the binary's absolute path. Needs `scripts/setup.sh --test` (musl target,
# musl-tools, cargo-auditable).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

target=x86_64-unknown-linux-musl
# ring (under rustls) compiles C: with musl's compiler wrapper.
CC_x86_64_unknown_linux_musl=musl-gcc cargo auditable build --quiet --release --locked --target "$target" -p token-relay
binary="target/$target/release/token-relay"
if ! ldd "$binary" 2>&1 | grep -qE 'statically linked|not a dynamic executable'; then
  echo "static-relay: $binary is not static:" >&2
  ldd "$binary" >&2
  exit 1
fi
"$binary" --version >&2
echo "static-relay: $(du -k "$binary" | cut -f1) KiB, static" >&2
# Absolute: tests read it from another directory (cargo runs them in relay/).
echo "$PWD/$binary"
