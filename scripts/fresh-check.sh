#!/usr/bin/env bash
# Runs the programs of a golden directory (default tests/fresh) with `rustmem run` and counts those whose
# stdout, exit code and normalised panic block equal the rustc binary's (the files gen-fresh-golden.sh made).
# usage: scripts/fresh-check.sh [-v] [--cmd CMD] [DIR]
#   -v: one line per failing program with the first line of the reason; CMD defaults to ./rustmem
set -u
cd "$(dirname "$0")/.."
verbose=0; cmd=./rustmem
while [ $# -gt 0 ]; do
  case "$1" in
    -v) verbose=1; shift ;;
    --cmd) cmd="$2"; shift 2 ;;
    *) break ;;
  esac
done
dir="${1:-tests/fresh}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pass=0; fail=0
for f in "$dir"/*.rs; do
  base="${f%.rs}"; name="$(basename "$base")"
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$base.stdin"
  timeout 20 $cmd run "$f" > "$work/out" 2> "$work/err" < "$stdin"
  code=$?
  ok=1; why=""
  if ! cmp -s "$work/out" "$base.stdout"; then ok=0; why="stdout differs"; fi
  if [ "$code" != "$(cat "$base.exit")" ]; then ok=0; why="exit $code, want $(cat "$base.exit"): $(grep -m1 -E 'error|unsupported' "$work/err")"; fi
  if [ $ok = 1 ] && [ -f "$base.stderr" ]; then
    scripts/panic-block.sh "$work/err" > "$work/errn"
    if ! diff -q <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$work/errn") <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$base.stderr") >/dev/null; then ok=0; why="panic differs"; fi
  fi
  if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); [ $verbose = 1 ] && echo "FAIL $name: $why"; fi
done
echo "$pass passed, $fail failed"
