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
  scripts/panic-block.sh "$work/err" > "$base.stderr"
  [ -s "$base.stderr" ] || rm -f "$base.stderr"
  echo "$name: exit $code"
done
