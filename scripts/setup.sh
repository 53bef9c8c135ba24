#!/usr/bin/env bash
# Installs what building (and, with `--test`, testing) the page needs, and
# skips whatever is already there, so a warm machine passes through in seconds.
#   scripts/setup.sh            wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh --test     the same, plus the three browser engines the tests
#                               drive (Debian's chromium + chromedriver, firefox-esr
#                               + geckodriver from crates.io, webkit2gtk-driver +
#                               xvfb, locales), axe-core and cors-anywhere (npm) in
#                               target/node, cargo-deny, cargo-fuzz and cargo-auditable
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION='~0.21'      # 0.22 needs a newer rustc than ours
BINARYEN_VERSION='132.0.0' # Debian's binaryen 108 emits wasm that breaks the page
NODE_TOOLS=(axe-core@4.14.1 cors-anywhere@0.4.4) # accessibility test, relay benchmark
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock, or trunk refuses to build.
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen (about 3 minutes)"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$bindgen" --force
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt from npm's binaryen $BINARYEN_VERSION"
  npm install --global --no-fund --no-audit "binaryen@$BINARYEN_VERSION"
fi

if [ "${1:-}" = "--test" ]; then
  # The static Linux relay (scripts/static-relay.sh) is built and tested too.
  if ! rustup target list --installed | grep -qx x86_64-unknown-linux-musl; then
    say "adding the x86_64-unknown-linux-musl target"
    rustup target add x86_64-unknown-linux-musl
  fi
  # Chromium, Firefox and WebKit (Safari's engine), each with its WebDriver;
  # WebKit has no headless mode, so it runs on Xvfb.
  missing=()
  for need in /usr/bin/chromium:chromium /usr/bin/chromedriver:chromium-driver \
    /usr/bin/firefox-esr:firefox-esr /usr/bin/WebKitWebDriver:webkit2gtk-driver /usr/bin/Xvfb:xvfb \
    /usr/bin/musl-gcc:musl-tools; do
    [ -x "${need%%:*}" ] || missing+=("${need#*:}")
  done
  # WebKit takes its readers' language from the C library's locale: the tests
  # make the ones they need with localedef, from these sources.
  [ -e /usr/share/i18n/locales/de_DE ] || missing+=(locales)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    sudo_if_needed=""
    [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
    $sudo_if_needed apt-get update
    $sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
  for tool in "${NODE_TOOLS[@]}"; do
    if [ "$(node -p "require('./target/node/node_modules/${tool%@*}/package.json').version" 2>/dev/null)" != "${tool##*@}" ]; then
      say "installing $tool from npm into target/node"
      npm install --prefix target/node --no-save --no-fund --no-audit "${NODE_TOOLS[@]}"
      break
    fi
  done
  # The workflow checks (scripts/test.sh): zizmor and check-jsonschema, from PyPI.
  if [ "$(target/py/bin/zizmor --version 2>/dev/null)" != "zizmor 1.32.0" ] ||
    [ "$(target/py/bin/check-jsonschema --version 2>/dev/null)" != "check-jsonschema, version 0.39.0" ]; then
    say "installing zizmor 1.32.0 and check-jsonschema 0.39.0 from PyPI into target/py"
    python3 -m venv target/py
    target/py/bin/pip install --quiet --disable-pip-version-check zizmor==1.32.0 check-jsonschema==0.39.0
  fi
  for tool in "cargo-deny 0.18" "cargo-fuzz 0.13" "geckodriver 0.37"; do
    name=${tool% *} version=${tool#* }
    if ! "$name" --version 2>/dev/null | grep -q " $version\."; then
      say "installing $name $version (a few minutes)"
      cargo install "$name" --version "~$version" --locked
    fi
  done
  # The relay is built with its dependency list embedded (scripts/static-relay.sh);
  # cargo-auditable has no --version of its own, so cargo's list says what is there
  # (read whole: with -q, grep would stop cargo with SIGPIPE and fail the pipe).
  if ! cargo install --list | grep '^cargo-auditable v0\.7\.' >/dev/null; then
    say "installing cargo-auditable 0.7 (a few minutes)"
    cargo install cargo-auditable --version '~0.7' --locked
  fi
fi
say "ready"
