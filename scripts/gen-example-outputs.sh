#!/usr/bin/env bash
# Regenerates examples/expected/NAME.stdout and NAME.exit with rustc 1.95 (debug build), the
# ground truth that `rustmem run examples/NAME.rs` must reproduce.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p examples/expected
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in examples/*.rs; do
  name="$(basename "$f" .rs)"
  rustc --edition 2024 -A warnings -o "$work/$name" "$f"
  set +e
  "$work/$name" > "examples/expected/$name.stdout" 2>/dev/null
  echo $? > "examples/expected/$name.exit"
  set -e
  echo "$name: exit $(cat "examples/expected/$name.exit")"
done
