#!/usr/bin/env bash
# Regenerates the golden data of tests/borrowck with rustc 1.95 (edition 2024):
#   fail/NAME.rs -> fail/NAME.expected: rustc's first error code (or `none` when the first error
#                   has no code) and the line of that error's primary span, e.g. `E0382 12`.
#                   Fails loudly if a fail program compiles.
#   pass/NAME.rs -> pass/NAME.stdout: the debug binary's stdout. Fails loudly if a pass program
#                   does not compile or its binary does not exit 0.
# Usage: scripts/gen-borrowck-golden.sh [NAME.rs ...]   (no arguments: every program)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/tests/borrowck"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$dir"/fail/*.rs "$dir"/pass/*.rs)
fi

nfail=0
npass=0
for f in "${files[@]}"; do
  f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  name="$(basename "$f" .rs)"
  kind="$(basename "$(dirname "$f")")"
  case "$kind" in
    fail)
      # run from the program's folder so the primary span reads `--> NAME.rs:LINE:COL`
      if (cd "$dir/fail" && rustc --edition 2024 --crate-name "prog_$nfail" -o "$work/$name" "$name.rs" \
            > "$work/$name.out" 2> "$work/$name.err"); then
        echo "FAIL: fail/$name.rs compiles with rustc" >&2
        exit 1
      fi
      # first error: its header `error[E0382]: ...` or `error: ...`, then its `--> FILE:LINE:COL`
      header="$(grep -m1 -E '^error(\[E[0-9]+\])?: ' "$work/$name.err" || true)"
      [ -n "$header" ] || { echo "FAIL: fail/$name.rs: no error in rustc's output" >&2; cat "$work/$name.err" >&2; exit 1; }
      case "$header" in
        error\[E*) code="$(printf '%s\n' "$header" | sed -E 's/^error\[(E[0-9]+)\].*/\1/')" ;;
        *) code=none ;;
      esac
      line="$(awk -v h="$header" '
          found == 0 && $0 == h { found = 1; next }
          found == 1 && /^ *--> / { sub(/^ *--> /, ""); n = split($0, a, ":"); print a[n-1]; exit }
        ' "$work/$name.err")"
      [[ "$line" =~ ^[0-9]+$ ]] || { echo "FAIL: fail/$name.rs: no primary span for the first error" >&2; cat "$work/$name.err" >&2; exit 1; }
      echo "$code $line" > "$dir/fail/$name.expected"
      echo "fail/$name: $code $line"
      nfail=$((nfail + 1))
      ;;
    pass)
      if ! rustc --edition 2024 -A warnings --crate-name "prog_$npass" -o "$work/$name" "$f" 2> "$work/$name.err"; then
        echo "FAIL: pass/$name.rs does not compile with rustc" >&2
        cat "$work/$name.err" >&2
        exit 1
      fi
      set +e
      (cd "$work" && env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE timeout 20 "./$name" > "$work/$name.stdout" 2> "$work/$name.stderr" < /dev/null)
      rc=$?
      set -e
      if [ "$rc" -ne 0 ]; then
        echo "FAIL: pass/$name.rs: binary exited $rc" >&2
        cat "$work/$name.stderr" >&2
        exit 1
      fi
      cp "$work/$name.stdout" "$dir/pass/$name.stdout"
      echo "pass/$name: $(wc -l < "$work/$name.stdout") lines"
      npass=$((npass + 1))
      ;;
    *)
      echo "FAIL: $f is in neither tests/borrowck/fail nor tests/borrowck/pass" >&2
      exit 1
      ;;
  esac
done
echo "done: $nfail fail, $npass pass"
