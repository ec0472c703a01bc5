#!/usr/bin/env bash
# Regenerates tests/libtest/NAME.{stdout,exit,stderr} with rustc 1.95: each NAME.rs is built as a test binary
# (rustc --test --edition 2024, from the repository root so that paths read tests/libtest/NAME.rs) and run with
# --test-threads=1 and the arguments of NAME.args if there is one (one line, split at spaces). The output is
# normalised as `rustmem test`'s is compared: the thread id of a panic message is removed
# ("thread 'tests::x' (1234) panicked at" -> "thread 'tests::x' panicked at") and the run's time is 0.00s
# ("finished in 0.00s"). NAME.stderr is written only when the test binary writes to stderr.
# Usage: scripts/gen-libtest-golden.sh [FILE.rs ...]  (files default to tests/libtest/*.rs)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then
  files=("$@")
else
  files=(tests/libtest/*.rs)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
normalise() {
  sed -E -e "s/^(thread '.*') \([0-9]+\) panicked at /\1 panicked at /" \
         -e 's/finished in [0-9]+\.[0-9]+s$/finished in 0.00s/'
}
for f in "${files[@]}"; do
  base="${f%.rs}"
  name="$(basename "$base")"
  rustc --test --edition 2024 -A warnings -o "$work/$name" "$f"
  args=()
  if [ -f "$base.args" ]; then read -r -a args < "$base.args"; fi
  set +e
  env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE -u RUST_TEST_THREADS -u RUST_TEST_NOCAPTURE -u RUST_TEST_SHUFFLE \
    "$work/$name" --test-threads=1 ${args[@]+"${args[@]}"} > "$work/out" 2> "$work/err" < /dev/null
  code=$?
  set -e
  normalise < "$work/out" > "$base.stdout"
  echo "$code" > "$base.exit"
  rm -f "$base.stderr"
  if [ -s "$work/err" ]; then normalise < "$work/err" > "$base.stderr"; fi
  echo "$name: exit $code"
done
