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
  scripts/panic-block.sh "$work/err" > "$base.stderr"
  [ -s "$base.stderr" ] || rm -f "$base.stderr"
  echo "$name: exit $code"
done
