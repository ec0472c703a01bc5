#!/usr/bin/env bash
# Regenerates the golden data of tests/editions/NAME.rs with rustc 1.95 (debug build), once for each
# edition E named on the program's first line ("// editions: 2015 2018 2021 2024"):
#   rustc rejects it:  NAME.E.code   rustc's first error code (E0599), or the message of the first
#                                    error line when that error has no code (e.g. a denied lint's text)
#   rustc accepts it:  NAME.E.stdout the binary's stdout (stdin from /dev/null)
#                      NAME.E.exit   its exit code
#                      NAME.E.stderr only when it panicked: the first panic block of stderr normalised
#                                    as gen-fresh-golden.sh does (thread id removed, source path -> FILE)
# Every golden file of NAME is removed first, so nothing stale is left for an edition whose verdict
# changed or that is no longer listed. Warnings are allowed (-A warnings); lints that are deny-by-default
# (or denied by the program itself) still reject.
# Usage: scripts/gen-edition-golden.sh [FILE.rs ...]  (files default to tests/editions/*.rs)
set -euo pipefail
files=()
for a in "$@"; do  # made absolute first: the script works from the project root
  files+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
done
cd "$(dirname "$0")/.."
[ ${#files[@]} -gt 0 ] || files=(tests/editions/*.rs)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in "${files[@]}"; do
  base="${f%.rs}"
  name="$(basename "$base")"
  editions="$(head -n 1 "$f" | sed -n 's|^// *editions: *||p')"
  if [ -z "$editions" ]; then
    echo "$f: first line must be '// editions: ...'" >&2
    exit 1
  fi
  for e in 2015 2018 2021 2024; do
    rm -f "$base.$e.code" "$base.$e.stdout" "$base.$e.exit" "$base.$e.stderr"
  done
  for e in $editions; do
    case "$e" in
      2015|2018|2021|2024) ;;
      *) echo "$f: unknown edition '$e'" >&2; exit 1 ;;
    esac
    if ! rustc --edition "$e" -A warnings -o "$work/$name" "$f" 2> "$work/cerr"; then
      # the first "error: ..." or "error[EXXXX]: ..." line; its code, else its message
      first="$(grep -m 1 -E '^error(\[E[0-9]+\])?: ' "$work/cerr" || true)"
      if [ -z "$first" ]; then
        echo "$f: rustc --edition $e failed without an error line:" >&2
        cat "$work/cerr" >&2
        exit 1
      fi
      if [[ "$first" =~ ^error\[(E[0-9]+)\]: ]]; then
        echo "${BASH_REMATCH[1]}" > "$base.$e.code"
      else
        echo "${first#error: }" > "$base.$e.code"
      fi
      echo "$name $e: rejected: $(cat "$base.$e.code")"
      continue
    fi
    set +e
    env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE "$work/$name" > "$base.$e.stdout" 2> "$work/err" < /dev/null
    code=$?
    set -e
    echo "$code" > "$base.$e.exit"
    scripts/panic-block.sh "$work/err" > "$base.$e.stderr"
    [ -s "$base.$e.stderr" ] || rm -f "$base.$e.stderr"
    echo "$name $e: exit $code"
  done
done
