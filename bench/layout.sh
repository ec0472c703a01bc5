#!/usr/bin/env bash
# Layout benchmark: a generated file with 1,000 type aliases (plus the types they use), laid out
# by `./rustmem layout` (whole process) and by `rustc -Zprint-type-sizes` on the same program.
# Prints both wall times (best of 3) and the ratio. Usage: bench/layout.sh [ALIASES]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
n="${1:-1000}"
"$ROOT/rustmem" --version >/dev/null
mvn -q test-compile
. scripts/find-jdk.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$JDK/bin/java" -cp target/test-classes:target/classes rustmem.layout.TypeGenerator x86_64-unknown-linux-gnu 1 "$n" 42 "$work"
# a binary that uses every alias, so that rustc computes (and prints) their layouts
sed -e 's/^#\[rustc_layout(debug)\] //' -e '/^#!\[crate_type/d' "$work/types-00.rs" > "$work/bench.rs"
{
  echo "fn main() {"
  grep -o '^type T[0-9]*' "$work/bench.rs" | sed 's/^type \(T[0-9]*\)/    std::hint::black_box(std::mem::size_of::<\1>());/'
  echo "}"
} >> "$work/bench.rs"
types="$(grep -c '^type T' "$work/bench.rs")"
defs="$(grep -cE '^pub (struct|enum|union)' "$work/bench.rs")"
echo "file: $types aliases, $defs struct/enum/union definitions, $(wc -l < "$work/bench.rs") lines"

best() {  # best wall time in seconds of 3 runs of "$@"
  local b=""
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    b=$(echo "$s $e ${b:-999}" | awk '{ t = $2 - $1; print (t < $3 ? t : $3) }')
  done
  echo "$b"
}
t_rm=$(best "$ROOT/rustmem" layout "$work/bench.rs" --json)
t_rc=$(best env RUSTC_BOOTSTRAP=1 rustc -Zprint-type-sizes --edition 2021 -A warnings -o "$work/bin" "$work/bench.rs")
layouts="$("$ROOT/rustmem" layout "$work/bench.rs" --json | grep -c '"name" : "[DT][0-9]*"' || true)"
printed="$(RUSTC_BOOTSTRAP=1 rustc -Zprint-type-sizes --edition 2021 -A warnings -o "$work/bin" "$work/bench.rs" 2>/dev/null | grep -c '^print-type-size type:' || true)"
printf 'rustmem layout --json      %6.3f s  (%s layouts)\n' "$t_rm" "$layouts"
printf 'rustc -Zprint-type-sizes   %6.3f s  (%s types printed)\n' "$t_rc" "$printed"
awk -v a="$t_rm" -v b="$t_rc" 'BEGIN { printf "rustc / rustmem            %6.1fx  (whole process)\n", b / a }'
"$JDK/bin/java" -cp "target/classes:$(ls target/lib/*.jar | tr '\n' ':')" bench/LayoutBench.java "$work/bench.rs" 3
