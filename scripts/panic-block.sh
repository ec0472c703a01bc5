#!/usr/bin/env bash
# The first panic block of a Rust binary's stderr (file $1) normalised as ../shared/corpus/check.sh does
# (thread id removed, source path -> FILE, up to the `note:` line), or a stack overflow's message without
# the thread id; prints nothing when the binary neither panicked nor overflowed. Used by the gen-*-golden scripts.
set -euo pipefail
if grep -q "panicked at" "$1"; then
  awk '
    state == 0 && /^thread .* panicked at .*:[0-9]+:[0-9]+:$/ {
      line = $0; sub(/ \([0-9]+\) panicked at /, " panicked at ", line)
      match(line, /:[0-9]+:[0-9]+:$/); loc = substr(line, RSTART)
      sub(/ panicked at .*$/, " panicked at FILE" loc, line); print line; state = 1; next }
    state == 1 { if ($0 ~ /^note: / || $0 ~ /^stack backtrace:/) exit; print }
  ' "$1"
elif grep -q "has overflowed its stack" "$1"; then
  sed -e 's/ ([0-9]*) has overflowed/ has overflowed/' "$1"
fi
