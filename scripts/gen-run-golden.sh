#!/usr/bin/env bash
# Regenerates tests/run-pass/NAME.{stdout,exit,stderr} with rustc 1.95 (debug build, edition
# 2024): the real binary's stdout and exit code, and for panics the first panic block of stderr
# normalised as ../shared/corpus/check.sh does (thread id removed, source path -> FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in tests/run-pass/*.rs; do
  base="${f%.rs}"
  name="$(basename "$base")"
  rustc --edition 2024 -A warnings -o "$work/$name" "$f"
  set +e
  env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE "$work/$name" > "$base.stdout" 2> "$work/err" </dev/null
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
