#!/usr/bin/env bash
# Fuzzes what reads hostile input: the callback paste, token claims, token
# answers and the relay's request targets. Each target runs for SECONDS
# (default 20) from the checked-in corpus (fuzz/corpus/<target>); what it
# finds new stays in target/fuzz-corpus, and a crash fails the run with the
# input saved in fuzz/artifacts.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-20}

scripts/setup.sh --test
# cargo-fuzz needs nightly flags (sanitizers); the stable toolchain has them
# behind RUSTC_BOOTSTRAP, which is used for this build only.
export RUSTC_BOOTSTRAP=1
cd fuzz
for target in callback claims token_answer relay_target; do
  found=../target/fuzz-corpus/$target
  mkdir -p "$found"
  if ! cargo fuzz run -O "$target" "$found" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 2>&1 |
    grep -E '^(stat::number_of_executed_units|stat::new_units_added)|SUMMARY|panicked|ERROR' |
    sed "s/^/fuzz $target: /"; then
    echo "fuzz $target: FAILED (the input is in fuzz/artifacts/$target)"
    exit 1
  fi
done
