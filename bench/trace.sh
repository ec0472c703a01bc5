#!/usr/bin/env bash
# Issue 16's trace benchmark: bench/programs/sieve.rs up to 1,100,000 (its loops start about 10
# million program lines, trace steps) run untraced, traced to JSON (events kept up to
# --max-events, the rest counted), and traced to the in-memory timeline alone; whole process,
# time and peak RSS of each (GNU time); then recorded, as the web page traces (every step replayable
# afterwards from checkpoints and each step's changes), with what going to a step at random costs.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prog="$tmp/trace_loop.rs"
sed 's/10_000_000/1_100_000/' bench/programs/sieve.rs > "$prog"
./rustmem check --parse-only "$prog" > /dev/null   # builds the launcher's jar first
echo 'fn main() { println!("warm"); }' > "$tmp/warm.rs"
./rustmem run "$tmp/warm.rs" > /dev/null          # and trains run's AOT cache (trace uses it too)
measure() {
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > "$tmp/out" 2>/dev/null
    read -r secs kb < "$tmp/time"
    printf '%-34s %7.2f s  %6d MiB peak RSS\n' "$label" "$secs" $((kb / 1024))
}
measure "run (untraced)" ./rustmem run --time-limit 0 "$prog"
measure "trace --json (100,000 events)" ./rustmem trace --time-limit 0 --json "$prog"
echo "  steps traced: $(grep -m1 '"steps"' "$tmp/out" | tr -dc 0-9), events left out: $(grep -m1 '"eventsLeftOut"' "$tmp/out" | tr -dc 0-9), JSON $(wc -c < "$tmp/out") bytes"
measure "trace, timeline only (no events)" ./rustmem trace --time-limit 0 --max-events 0 "$prog"
mvn -B -q -o test-compile > /dev/null 2>&1 || mvn -B -q test-compile > /dev/null
. scripts/find-jdk.sh
# (with the JVM flags ./rustmem gives `trace`)
/usr/bin/time -f "%e %M" -o "$tmp/time" "$JDK/bin/java" -XX:+UseSerialGC -Xms512m -Xmn384m -XX:MaxTenuringThreshold=0 \
  -XX:PretenureSizeThreshold=1m -XX:-DontCompileHugeMethods -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields \
  -cp target/test-classes:target/classes rustmem.cli.ReplayBench "$prog" 50 > "$tmp/out" 2>/dev/null
read -r secs kb < "$tmp/time"
printf '%-34s %7.2f s  %6d MiB peak RSS\n' "trace, recorded (replayable)" "$secs" $((kb / 1024))
cat "$tmp/out"
