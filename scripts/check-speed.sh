#!/usr/bin/env bash
# Times `rustmem check` against `rustc --emit=metadata` (rustc's front end and borrow checker, no codegen) on
# the corpus programs, one process each, wall-clock: prints a TSV row per program (rustmem s, rustc s) and the
# medians. Usage: scripts/check-speed.sh [EVERY_NTH]   (default 1: every program; 5 takes every fifth)
set -euo pipefail
cd "$(dirname "$0")/.."
every=${1:-1}
corpus=../shared/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./rustmem check --parse-only examples/11_tuple_padding.rs >/dev/null 2>&1 || true   # builds the jar if needed
now() { date +%s.%N; }
i=0
printf 'program\trustmem_check_s\trustc_metadata_s\n'
for f in "$corpus"/run-pass/*.rs "$corpus"/compile-fail/*.rs; do
  i=$((i + 1))
  [ $(( (i - 1) % every )) -eq 0 ] || continue
  t0=$(now); ./rustmem check "$f" >/dev/null 2>&1 || true; t1=$(now)
  rustc --edition 2024 --emit=metadata -o "$tmp/out.rmeta" "$f" >/dev/null 2>&1 || true; t2=$(now)
  printf '%s\t%.3f\t%.3f\n' "$(basename "$f")" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
done | tee "$tmp/rows"
sort -n -k2 "$tmp/rows" | awk -F'\t' '{ a[NR] = $2 } END { printf "median rustmem check: %.3f s over %d programs\n", a[int((NR + 1) / 2)], NR }'
sort -n -k3 "$tmp/rows" | awk -F'\t' '{ a[NR] = $3 } END { printf "median rustc --emit=metadata: %.3f s\n", a[int((NR + 1) / 2)] }'
