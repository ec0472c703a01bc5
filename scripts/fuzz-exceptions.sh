#!/usr/bin/env bash
# Issue 18's robustness count: mutated Rust programs and ELF files given to rustmem in one JVM
# (src/test/java/rustmem/fuzz/ExceptionFuzz.java); prints how many inputs were tried and how many
# answers were a Java exception, an internal error or a hang (each saved with its seed).
# Usage: scripts/fuzz-exceptions.sh [--count N] [--seed S] [--first I] [--out DIR] [--run]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
mkdir -p target
JAVA_HOME="$JDK" mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt \
  > target/fuzz-build.log 2>&1 || { cat target/fuzz-build.log; exit 2; }
exec "$JDK/bin/java" -XX:+UseSerialGC -Xss512m -cp "target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)" \
  rustmem.fuzz.ExceptionFuzz "$@"
