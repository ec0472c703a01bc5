#!/usr/bin/env bash
# Issue 6's interpreter benchmark: five programs (bench/programs/*.rs) run whole-process by
# `./rustmem run` and as rustc -C opt-level=0 binaries; checks both print the same, then prints the
# times (each the best of three whole-process runs, for both) and their ratio.
# Usage: bench/run.sh [PROGRAM ...]   (default: all five; each run capped at 600 s)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
programs=("$@")
[ ${#programs[@]} -eq 0 ] && programs=(fib sieve vec_push string_build sort)
./rustmem check --parse-only bench/programs/fib.rs >/dev/null   # builds the launcher's jar first
now() { date +%s.%N; }
printf '%-14s %12s %12s %9s  %s\n' program rustmem rustc-O0 ratio output
for p in "${programs[@]}"; do
    src=bench/programs/$p.rs
    rustc -C opt-level=0 -A warnings -o "$tmp/$p" "$src"
    best_rustc=999999
    for _ in 1 2 3; do
        t0=$(now); "$tmp/$p" > "$tmp/$p.want"; t1=$(now)
        best_rustc=$(echo "$t1 - $t0" | bc -l | awk -v b="$best_rustc" '{print ($1 < b ? $1 : b)}')
    done
    ours=999999
    same="same output"
    for _ in 1 2 3; do
        t0=$(now)
        if timeout 600 ./rustmem run --time-limit 0 --max-steps 1000000000000 "$src" > "$tmp/$p.got" 2> "$tmp/$p.err"; then status=ok; else status="exit $?"; fi
        t1=$(now)
        ours=$(echo "$t1 - $t0" | bc -l | awk -v b="$ours" '{print ($1 < b ? $1 : b)}')
        if [ "$status" != ok ] || ! cmp -s "$tmp/$p.got" "$tmp/$p.want"; then same="DIFFERENT ($status)"; break; fi
    done
    ratio=$(echo "$ours / $best_rustc" | bc -l)
    printf '%-14s %11.2fs %11.3fs %8.0fx  %s\n' "$p" "$ours" "$best_rustc" "$ratio" "$same"
done
