#!/usr/bin/env bash
# Regenerates the differential layout test data under src/test/resources/layout/TARGET/:
# random type definitions (rustmem's TypeGenerator) and rustc 1.95's layouts of them, read from
# #[rustc_layout(debug)] output by scripts/layout_debug.py. Needs rustc and python3.
# Usage: scripts/gen-layout-golden.sh [FILES_X86_64] [FILES_OTHER] [PER_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
files_x86="${1:-12}"; files_other="${2:-5}"; per_file="${3:-250}"
mvn -q test-compile
. scripts/find-jdk.sh
cp="target/test-classes:target/classes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seed="${SEED:-1}"
for target in x86_64-unknown-linux-gnu i686-unknown-linux-gnu aarch64-unknown-linux-gnu thumbv6m-none-eabi; do
  out="src/test/resources/layout/$target"
  rm -rf "$out"; mkdir -p "$out"
  n=$files_other; [ "$target" = x86_64-unknown-linux-gnu ] && n=$files_x86
  "$JDK/bin/java" -cp "$cp" rustmem.layout.TypeGenerator "$target" "$n" "$per_file" "$seed" "$out"
  seed=$((seed + 1))
  for src in "$out"/*.rs; do
    exp="${src%.rs}.expected"
    target_flag=(); [ "$target" != x86_64-unknown-linux-gnu ] && target_flag=(--target "$target")
    RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib --emit=metadata "${target_flag[@]}" \
      -o "$work/out.rmeta" "$src" 2> "$work/err" || true
    if grep -q '^error\[' "$work/err"; then
      echo "rustc rejected $src:" >&2; grep -A5 '^error\[' "$work/err" | head -20 >&2; exit 1
    fi
    { echo "# rustc $(rustc --version | cut -d' ' -f2) --target $target, #[rustc_layout(debug)]; scripts/gen-layout-golden.sh"
      python3 scripts/layout_debug.py "$src" "$work/err"; } > "$exp"
    if grep -q ' ERROR$' "$exp"; then echo "no layout for some aliases of $src" >&2; exit 1; fi
  done
  echo "$target: $(cat "$out"/*.expected | grep -vc '^#') types"
done
