#!/usr/bin/env bash
# Parse throughput benchmark: lexes and parses every .rs file of the shared corpus (or DIR)
# repeatedly after a warm-up and prints lines/s. Usage: bench/parse.sh [DIR] [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/rustmem" --version >/dev/null   # builds the jar when needed and checks the JDK
. "$ROOT/scripts/find-jdk.sh"
exec "$JDK/bin/java" -Xmx1g -cp "$ROOT/target/rustmem.jar" "$ROOT/bench/ParseBench.java" \
  "${1:-$ROOT/../shared/corpus}" "${2:-5}"
