#!/usr/bin/env bash
# Records rustc's verdict on each tests/hardening/NAME.rs (issue 18's cases: lints that are errors by default,
# duplicate and unknown names, input encodings, deep nesting) as the golden data of HardeningGoldenTest:
#   rejected: NAME.expected is `reject LINE HEADER` (the first error's line and its header line, e.g.
#             `reject 3 error: literal out of range for `i32``)
#   accepted: NAME.expected is `run EXIT` and NAME.stdout the debug binary's stdout (RUST_BACKTRACE unset).
# Usage: scripts/gen-hardening-golden.sh [FILE.rs ...]   (default: every program)
set -euo pipefail
cd "$(dirname "$0")/../tests/hardening"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.rs)
for f in "${files[@]}"; do
  f=$(basename "$f")
  name=${f%.rs}
  if rustc --edition 2024 -o "$tmp/bin" "$f" 2> "$tmp/err"; then
    set +e
    env -u RUST_BACKTRACE "$tmp/bin" > "$name.stdout" 2>/dev/null < /dev/null
    code=$?
    set -e
    echo "run $code" > "$name.expected"
  else
    header=$(grep -m1 -E '^error(\[E[0-9]+\])?: ' "$tmp/err")
    line=$(grep -m1 -E '^ *--> ' "$tmp/err" | sed -E 's/.*:([0-9]+):[0-9]+$/\1/')
    echo "reject $line $header" > "$name.expected"
    rm -f "$name.stdout"
  fi
  echo "$name: $(cat "$name.expected")"
done
