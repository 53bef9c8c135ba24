#!/usr/bin/env bash
# Checks that the page is a reproducible build: builds it here, and again
# from a copy of the source at another path, and compares the two dist/
# folders byte for byte. Prints the SHA-384 of the wasm that both produced,
# the value the page shows under "This copy".
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

work=target/reproduce
copy=$work/elsewhere
mkdir -p "$copy"
# The copy keeps its own target/ between runs (so a warm run is quick) but
# gets every other file fresh: the tracked and new files of this tree.
find "$copy" -mindepth 1 -maxdepth 1 ! -name target -exec rm -rf {} +
git ls-files -z --cached --others --exclude-standard |
  tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$copy"

PAGE_COMMIT=$(git rev-parse HEAD)
export PAGE_COMMIT
here=$(pwd -P)/$work/dist-here
there=$(pwd -P)/$work/dist-elsewhere
scripts/trunk.sh build --release --offline --dist "$here" >/dev/null 2>&1 ||
  { echo "the build here failed; run scripts/trunk.sh build --release --offline to see why"; exit 1; }
"$copy/scripts/trunk.sh" build --release --offline --dist "$there" >/dev/null 2>&1 ||
  { echo "the build of the copy failed"; exit 1; }

if diff -r "$here" "$there"; then
  wasm=$(ls "$here"/*.wasm)
  printf 'reproducible: two builds of %s at different paths are identical\n' "$PAGE_COMMIT"
  printf '  %s  sha384-%s\n' "$(basename "$wasm")" "$(openssl dgst -sha384 -binary "$wasm" | base64 -w0)"
else
  echo "NOT reproducible: the two builds differ (above)"
  exit 1
fi
