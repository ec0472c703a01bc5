#!/usr/bin/env bash
# Records rustc's first error code for each tests/compile-fail/NAME.rs in NAME.code: the golden data
# of CompileFailGoldenTest (rustmem check must report the same code first).
set -euo pipefail
cd "$(dirname "$0")/../tests/compile-fail"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in *.rs; do
  code=$(rustc --edition 2024 -o "$tmp/out" "$f" 2>&1 | grep -o -m1 'error\[E[0-9]*\]' | grep -o 'E[0-9]*' || true)
  [ -n "$code" ] || { echo "$f: rustc reported no error code" >&2; exit 1; }
  echo "$code" > "${f%.rs}.code"
  echo "$f: $code"
done
