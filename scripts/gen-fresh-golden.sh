#!/usr/bin/env bash
# Regenerates DIR/NAME.{stdout,exit,stderr} (DIR defaults to tests/fresh) with rustc 1.95 (debug
# build, edition 2024): the real binary's stdout and exit code, and for panics the first panic
# block of stderr normalised as ../shared/corpus/check.sh does (thread id removed, source path ->
# FILE). Usage: scripts/gen-fresh-golden.sh [DIR] [FILE.rs ...]  (files default to DIR/*.rs)
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-tests/fresh}"
[ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then
  files=("$@")
else
  files=("$dir"/*.rs)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in "${files[@]}"; do
  base="${f%.rs}"
  name="$(basename "$base")"
  rustc --edition 2024 -A warnings -o "$work/$name" "$f"
  set +e
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$base.stdin"
  env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE "$work/$name" > "$base.stdout" 2> "$work/err" < "$stdin"
  code=$?
  set -e
  echo "$code" > "$base.exit"
  rm -f "$base.stderr"
  if grep -q "panicked at" "$work/err"; then
    awk '
      state == 0 && /^thread .* panicked at .*:[0-9]+:[0-9]+:$/ {
        line = $0; sub(/ \([0-9]+\) panicked at /, " panicked at ", line)
        match(line, /:[0-9]+:[0-9]+:$/); loc = substr(line, RSTART)
        sub(/ panicked at .*$/, " panicked at FILE" loc, line); print line; state = 1; next }
      state == 1 { if ($0 ~ /^note: / || $0 ~ /^stack backtrace:/) exit; print }
    ' "$work/err" > "$base.stderr"
  elif grep -q "has overflowed its stack" "$work/err"; then
    sed -e 's/ ([0-9]*) has overflowed/ has overflowed/' "$work/err" > "$base.stderr"
  fi
  echo "$name: exit $code"
done
