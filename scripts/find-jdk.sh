# Sourced by ./rustmem and the bench scripts: sets JDK to the home of a JDK >= 25
# (JAVA_HOME, then `java` on PATH, then the usual JVM folders), or fails.
MIN_JAVA=25

# Feature version of the JDK whose home is $1 (from its `release` file), or 0.
java_feature() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)"
  echo "${v:-0}"
}

find_java_home() {
  local candidates=() d
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  for d in "${candidates[@]}"; do
    if [ -x "$d/bin/java" ] && [ "$(java_feature "$d")" -ge "$MIN_JAVA" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

if ! JDK="$(find_java_home)"; then
  echo "error: rustmem needs a JDK >= $MIN_JAVA (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  exit 2
fi
