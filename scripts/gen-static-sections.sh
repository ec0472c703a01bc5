#!/usr/bin/env bash
# Where rustc (debug build, x86_64 PIE) puts each static of src/test/resources/link/statics.rs: one line
# "NAME SECTION" per static, from the section of its symbol. Golden data of StaticPlacementTest.
# Usage: scripts/gen-static-sections.sh   (from the project root)
set -euo pipefail
cd "$(dirname "$0")/.."
src=src/test/resources/link/statics.rs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rustc -o "$tmp/statics" "$src" 2>/dev/null
readelf -SW "$tmp/statics" | sed -n 's/^ *\[ *\([0-9]*\)\] \([^ ]*\) .*/\1 \2/p' > "$tmp/sections"
readelf -sW "$tmp/statics" | awk '$8 ~ /^_ZN7statics/ && $4 == "OBJECT" {print $7, $8}' | while read -r idx sym; do
    name=$(echo "$sym" | sed -E 's/^_ZN7statics[0-9]+([A-Z][A-Z_0-9]*)17h[0-9a-f]+E$/\1/')
    echo "$name $(awk -v i="$idx" '$1 == i {print $2}' "$tmp/sections")"
done | sort > src/test/resources/link/statics.sections
cat src/test/resources/link/statics.sections
