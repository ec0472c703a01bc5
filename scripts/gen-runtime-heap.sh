#!/usr/bin/env bash
# Records what glibc and Rust's runtime allocate and free before main() runs (pthread_getattr_np reading
# /proc/self/maps for the main thread's stack guard, thread-local and thread-info blocks), and what the
# first print to stdout allocates, by tracing a rustc-built program with an LD_PRELOAD malloc logger.
# The allocator replays the recorded operations, so a program's first blocks land where the real
# binary's do. Output: src/main/resources/machine/runtime-heap.txt, one operation per line:
#   malloc SIZE ID | calloc SIZE ID | realloc ID|- SIZE NEWID | free ID | main | stdout SIZE
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gcc -shared -fPIC -O1 -o "$tmp/trace.so" scripts/heap-trace/trace.c -ldl
cat > "$tmp/m.rs" <<'RS'
fn main() {
    eprintln!("--- main");
    println!("x");
    eprintln!("--- printed");
}
RS
rustc -A warnings -o "$tmp/m" "$tmp/m.rs"
env -i LD_PRELOAD="$tmp/trace.so" "$tmp/m" 2> "$tmp/log" > /dev/null
python3 - "$tmp/log" > src/main/resources/machine/runtime-heap.txt <<'PY'
import sys
ids, n, out = {}, 0, []
def name(p):
    global n
    if p not in ids:
        ids[p] = f"b{n}"; n += 1
    return ids[p]
phase = "start"
for line in open(sys.argv[1]):
    w = line.split()
    if not w: continue
    if line.startswith("--- main"): out.append("main"); phase = "main"; continue
    if line.startswith("--- printed"): break
    if w[0] == "malloc" and phase == "main": out.append(f"stdout {w[1]}"); continue
    if w[0] == "malloc": out.append(f"malloc {w[1]} {name(w[3])}")
    elif w[0] == "calloc": out.append(f"calloc {int(w[1]) * int(w[2])} {name(w[4])}")
    elif w[0] == "realloc":
        old = "-" if w[1] == "(nil)" else ids[w[1]]
        ids.pop(w[1], None)
        out.append(f"realloc {old} {w[2]} {name(w[4])}")
    elif w[0] == "free" and w[1] in ids: out.append(f"free {ids.pop(w[1])}")
print("\n".join(out))
PY
cat src/main/resources/machine/runtime-heap.txt
