#!/usr/bin/env bash
# Regenerates the golden data of tests/ub: for every tests/ub/NAME.rs (or the files given as
# arguments) it asks independent oracles which undefined behaviour the program hits first, and where:
#   NAME.expected  one line `KIND LINE ORACLE`, e.g. `use-after-free 10 valgrind`
#   NAME.stdout    what the debug binary printed on stdout before the UB
# KIND is one of: use-after-free out-of-bounds double-free invalid-free null misaligned
#   use-after-scope uninit overlapping unreachable invalid-value precondition
# ORACLE is rustc, valgrind or asan. LINE is a line of NAME.rs: the innermost frame of the
# program's own file in the oracle's report.
#
# The oracles, asked in this order (Miri is not needed):
#  1. rustc: `rustc --edition 2024 -g -C debug-assertions=on -C overflow-checks=on`, run with stdin
#     from /dev/null, RUST_BACKTRACE=1, 20 s. A panic with one of rustc's UB-check messages
#     (`misaligned pointer dereference`, `null pointer dereference occurred`, `trying to construct an
#     enum from an invalid value`, `unsafe precondition(s) violated: ...`, `attempted to
#     zero-initialize type ...`) gives the kind, and `panicked at NAME.rs:LINE:COL` or the first
#     backtrace frame in NAME.rs gives the line. Some precondition messages name several possible
#     faults ("aligned and non-null", "... and the specified memory ranges do not overlap"); then
#     the same program is built without the checks (-C debug-assertions=off) and run under valgrind
#     and ASan, and the kind is the one of those candidates that they report (null or overlapping).
#     When neither reports one, the program gets no .expected.
#  2. valgrind: `valgrind -q --error-exitcode=99 --exit-on-first-error=yes` on the same debug
#     binary (180 s); the first error it reports: Invalid read/write in a block free'd -> use-after-free,
#     after/before/inside a block alloc'd -> out-of-bounds, at an address below 0x1000 -> null,
#     below the stack pointer -> use-after-scope; Invalid free of a block free'd -> double-free,
#     other Invalid/Mismatched free -> invalid-free; uninitialised -> uninit; "Source and
#     destination overlap" -> overlapping.
#  3. ASan: `RUSTC_BOOTSTRAP=1 rustc --edition 2024 -g -Zsanitizer=address`, run with
#     ASAN_OPTIONS=detect_stack_use_after_return=1 (60 s): heap-use-after-free -> use-after-free,
#     heap/stack/global-buffer-overflow (and -underflow) -> out-of-bounds, stack-use-after-scope/
#     -return -> use-after-scope, attempting double-free -> double-free, bad-free / free on an
#     address not malloc()-ed -> invalid-free, SEGV on an address below 0x1000 -> null,
#     *-param-overlap -> overlapping.
#     ASan is asked when valgrind reports nothing, and also when valgrind's first error is an
#     uninitialised value: reading a dead or out-of-bounds stack slot shows up in valgrind only as
#     an uninitialised value used later (at another line), while ASan reports the read itself.
#     A program whose ASan build reports no memory error keeps valgrind's uninit report.
# NAME.stdout comes from the run of the oracle that reported the UB (the plain run for rustc;
# valgrind and ASan stop at their first error): it is what was printed before the UB, and the
# script checks that it is a prefix of what the plain debug run printed.
# A program for which no oracle gives a kind and a line in NAME.rs gets a warning and no
# .expected (a stale one is removed); the script then exits 1 after the summary.
#
# Usage: scripts/gen-ub-golden.sh [tests/ub/NAME.rs ...]   (no arguments: every program)
#        JOBS=N to run N programs at once (default: the number of CPUs).
# Needs rustc 1.95 with the ASan runtime in its sysroot, valgrind, python3; llvm-symbolizer on
# PATH (or at /usr/bin/llvm-symbolizer) for ASan's file:line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/tests/ub"
for tool in rustc valgrind python3; do
  command -v "$tool" > /dev/null || { echo "FAIL: $tool not found" >&2; exit 1; }
done

files=()
for f in "$@"; do
  files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
done

exec python3 - "$dir" "${files[@]}" <<'PY'
import collections
import concurrent.futures
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

UB_DIR = os.path.realpath(sys.argv[1])
FILES = sys.argv[2:] or sorted(glob.glob(os.path.join(UB_DIR, "*.rs")))
JOBS = int(os.environ.get("JOBS", "0") or 0) or (os.cpu_count() or 1)
KINDS = ["use-after-free", "out-of-bounds", "double-free", "invalid-free", "null", "misaligned",
         "use-after-scope", "uninit", "overlapping", "unreachable", "invalid-value", "precondition"]

BASE_ENV = {k: v for k, v in os.environ.items()
            if k not in ("RUST_BACKTRACE", "RUST_LIB_BACKTRACE", "RUSTFLAGS", "ASAN_OPTIONS")}
ASAN_ENV = dict(BASE_ENV, ASAN_OPTIONS="detect_stack_use_after_return=1:detect_leaks=0:symbolize=1")
if os.path.exists("/usr/bin/llvm-symbolizer") and "ASAN_SYMBOLIZER_PATH" not in ASAN_ENV:
    ASAN_ENV["ASAN_SYMBOLIZER_PATH"] = "/usr/bin/llvm-symbolizer"

DEBUG_FLAGS = ["-C", "debug-assertions=on", "-C", "overflow-checks=on"]
NOCHECK_FLAGS = ["-C", "debug-assertions=off", "-C", "overflow-checks=on"]


def run(cmd, env, timeout, cwd=None):
    """Runs cmd with stdin from /dev/null; returns (exit code, stdout, stderr); 124 on timeout."""
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return 124, out, err


def build(name, out, flags, asan=False):
    """Compiles NAME.rs from inside tests/ub so that debug info names the file `NAME.rs`."""
    cmd = ["rustc", "--edition", "2024", "-g", "-A", "warnings"] + flags
    env = dict(BASE_ENV)
    if asan:
        cmd += ["-Zsanitizer=address"]
        env["RUSTC_BOOTSTRAP"] = "1"
    cmd += ["-o", out, name + ".rs"]
    rc, _, err = run(cmd, env, 300, cwd=UB_DIR)
    return rc == 0, err


def is_own_file(path, name):
    """True when a path in a report is the program's own source file."""
    return path in (name + ".rs", "./" + name + ".rs") or \
        os.path.normpath(path) == os.path.join(UB_DIR, name + ".rs")


# ---------------------------------------------------------------- rustc's UB checks

def precondition_kind(msg):
    """Kind (or set of candidate kinds) of an `unsafe precondition(s) violated: MSG` panic."""
    if "unreachable_unchecked must never be reached" in msg:
        return "unreachable"
    if "do not overlap" in msg:
        return {"overlapping", "null", "misaligned"}
    if "aligned and non-null" in msg:
        return {"null", "misaligned"}
    if re.search(r"within the (string )?slice", msg):
        return "out-of-bounds"
    if "invalid value for `char`" in msg or "NonZero::new_unchecked" in msg \
            or "NonNull::new_unchecked" in msg:
        return "invalid-value"
    return "precondition"


def parse_rustc(err, name):
    """(kind or candidate set, line, message) for a panic from one of rustc's UB checks, else None."""
    m = re.search(r"panicked at (.+?):(\d+):(\d+):\n(.*)", err)
    if not m:
        return None
    loc, msg = m.group(1), m.group(4).strip()
    if msg.startswith("misaligned pointer dereference"):
        kind = "misaligned"
    elif msg.startswith("null pointer dereference occurred"):
        kind = "null"
    elif msg.startswith("trying to construct an enum from an invalid value"):
        kind = "invalid-value"
    elif re.match(r"attempted to (zero-initialize|leave) type .*which is invalid", msg):
        kind = "invalid-value"
    elif msg.startswith("unsafe precondition(s) violated:"):
        kind = precondition_kind(msg)
    else:
        return None
    line = None
    if is_own_file(loc, name):
        line = int(m.group(2))
    else:
        for fm in re.finditer(r"^\s+at (\S+):(\d+):\d+\s*$", err[m.end():], re.M):
            if is_own_file(fm.group(1), name):
                line = int(fm.group(2))
                break
    return kind, line, msg


# ---------------------------------------------------------------- valgrind

VG_HEADINGS = re.compile(
    r"^(Invalid (read|write) of size \d+|Invalid free\(\)|Mismatched free|"
    r"Conditional jump or move depends on uninitialised|Use of uninitialised value|"
    r"Syscall param .*uninitialised|Source and destination overlap|"
    r"Process terminating with default action of signal)")


def parse_valgrind(err, name):
    """(kind, line, heading) of valgrind's first error; kind or line may be None."""
    lines = []
    for l in err.splitlines():
        m = re.match(r"^==\d+== ?(.*)$", l)
        if m:
            lines.append(m.group(1))
    start = next((i for i, l in enumerate(lines) if VG_HEADINGS.match(l)), None)
    if start is None:
        return None
    heading = lines[start]
    block = []
    for l in lines[start + 1:]:
        if l.strip() == "":
            break
        block.append(l)
    frames, detail = [], []
    for l in block:
        fm = re.match(r"^\s+(at|by) 0x[0-9A-Fa-f]+: .* \((.+):(\d+)\)$", l)
        if fm and not detail:
            frames.append((fm.group(2), int(fm.group(3))))
        elif re.match(r"^\s*(at|by) 0x", l):
            continue
        else:
            detail.append(l.strip())
    detail_text = " ".join(detail)
    addr = re.search(r"(?:Address|address) (0x[0-9A-Fa-f]+)", detail_text)
    low = addr is not None and int(addr.group(1), 16) < 0x1000
    kind = None
    freed = re.search(r"inside a block of size \d+ free'd", detail_text) is not None
    if heading.startswith("Invalid read") or heading.startswith("Invalid write"):
        if low:
            kind = "null"
        elif freed:
            kind = "use-after-free"
        elif "after a block" in detail_text or "before a block" in detail_text \
                or ("inside a block" in detail_text and "alloc'd" in detail_text):
            kind = "out-of-bounds"
        elif "below stack pointer" in detail_text:
            kind = "use-after-scope"
    elif heading.startswith("Invalid free") or heading.startswith("Mismatched free"):
        kind = "double-free" if freed else "invalid-free"
    elif "uninitialised" in heading:
        kind = "uninit"
    elif heading.startswith("Source and destination overlap"):
        kind = "overlapping"
    elif heading.startswith("Process terminating") and "signal 11" in heading and low:
        kind = "null"
    line = next((ln for path, ln in frames if is_own_file(path, name)), None)
    return kind, line, heading


# ---------------------------------------------------------------- AddressSanitizer

def asan_kind(text):
    if "heap-use-after-free" in text:
        return "use-after-free"
    if re.search(r"(heap|stack|global|dynamic-stack)-buffer-(overflow|underflow)", text):
        return "out-of-bounds"
    if "stack-use-after-scope" in text or "stack-use-after-return" in text:
        return "use-after-scope"
    if "attempting double-free" in text:
        return "double-free"
    if "bad-free" in text or "not malloc()-ed" in text:
        return "invalid-free"
    if "param-overlap" in text:
        return "overlapping"
    m = re.search(r"SEGV on unknown address (0x[0-9a-fA-F]+)", text)
    if m and int(m.group(1), 16) < 0x1000:
        return "null"
    return None


def parse_asan(err, name):
    """(kind, line, heading) of ASan's report; kind or line may be None."""
    lines = err.splitlines()
    start = next((i for i, l in enumerate(lines) if "ERROR: AddressSanitizer:" in l), None)
    if start is None:
        return None
    heading = lines[start].split("ERROR: AddressSanitizer:", 1)[1].strip()
    frames = []
    for l in lines[start + 1:]:
        fm = re.match(r"^\s+#\d+ 0x[0-9a-f]+ in .* (\S+?):(\d+)(?::\d+)?$", l)
        if fm:
            frames.append((fm.group(1), int(fm.group(2))))
        elif frames and not l.strip():
            break
    line = next((ln for path, ln in frames if is_own_file(path, name)), None)
    return asan_kind(heading), line, heading


# ---------------------------------------------------------------- one program

def valgrind(binary, timeout=180):
    return run(["valgrind", "-q", "--error-exitcode=99", "--exit-on-first-error=yes",
                "--fullpath-after=", binary], dict(BASE_ENV, RUST_BACKTRACE="0"), timeout,
               cwd=os.path.dirname(binary))


def asan_run(binary):
    return run([binary], ASAN_ENV, 60, cwd=os.path.dirname(binary))


def disambiguate(name, work, candidates):
    """Kind among candidates that valgrind or ASan report for a build without rustc's checks."""
    binary = os.path.join(work, "nocheck")
    ok, _ = build(name, binary, NOCHECK_FLAGS)
    if ok:
        _, _, err = valgrind(binary)
        v = parse_valgrind(err, name)
        if v and v[0] in candidates:
            return v[0], "valgrind: " + v[2]
    binary = os.path.join(work, "nocheck-asan")
    ok, _ = build(name, binary, NOCHECK_FLAGS, asan=True)
    if ok:
        _, _, err = asan_run(binary)
        a = parse_asan(err, name)
        if a and a[0] in candidates:
            return a[0], "asan: " + a[2]
    return None, None


def analyse(src, tmp):
    """Returns (name, result, notes); result is (kind, line, oracle, stdout) or None."""
    name = os.path.basename(src)[:-3]
    notes = []
    if os.path.dirname(os.path.realpath(src)) != UB_DIR:
        return name, None, ["not a file of tests/ub"]
    work = os.path.join(tmp, name)
    os.makedirs(work, exist_ok=True)
    debug = os.path.join(work, "debug")
    ok, err = build(name, debug, DEBUG_FLAGS)
    if not ok:
        return name, None, ["does not compile:\n" + err]
    # run outside tests/ub: backtraces then name the source by its absolute path
    _, plain_out, plain_err = run([debug], dict(BASE_ENV, RUST_BACKTRACE="1"), 20, cwd=work)

    def result(kind, line, oracle, out):
        if not plain_out.startswith(out):
            notes.append("the %s run printed lines that the plain run did not print" % oracle)
        return kind, line, oracle, out

    r = parse_rustc(plain_err, name)
    if r:
        kind, line, msg = r
        if line is None:
            return name, None, ["rustc: `%s` has no frame in %s.rs" % (msg, name)]
        if isinstance(kind, set):
            found, why = disambiguate(name, work, kind)
            if not found:
                return name, None, ["rustc: `%s` at line %d names several faults (%s) and neither "
                                    "valgrind nor ASan tells which" % (msg, line, "/".join(sorted(kind)))]
            notes.append("rustc's `%s` resolved as %s by %s" % (msg, found, why))
            kind = found
        return name, result(kind, line, "rustc", plain_out), notes

    _, vg_out, vg_err = valgrind(debug)
    v = parse_valgrind(vg_err, name)
    if v and v[0] and v[1] and v[0] != "uninit":
        return name, result(v[0], v[1], "valgrind", vg_out), notes
    if v and not (v[0] and v[1]):
        notes.append("valgrind: `%s` without a kind or a line in %s.rs" % (v[2], name))

    asan = os.path.join(work, "asan")
    ok, err = build(name, asan, [], asan=True)
    if ok:
        _, a_out, a_err = asan_run(asan)
        a = parse_asan(a_err, name)
        if a and a[0] and a[1]:
            if v and v[0] == "uninit":
                notes.append("valgrind's uninit report at line %s set aside for ASan's `%s`" % (v[1], a[2]))
            return name, result(a[0], a[1], "asan", a_out), notes
        if a:
            notes.append("asan: `%s` without a kind or a line in %s.rs" % (a[2], name))
    else:
        notes.append("the ASan build failed:\n" + err)
    if v and v[0] == "uninit" and v[1]:
        return name, result(v[0], v[1], "valgrind", vg_out), notes
    return name, None, notes + ["no oracle reports UB at a line of %s.rs" % name]


def main():
    if not FILES:
        print("FAIL: no programs in %s" % UB_DIR, file=sys.stderr)
        return 1
    version = subprocess.run(["rustc", "--version"], stdout=subprocess.PIPE).stdout.decode().strip()
    tmp = tempfile.mkdtemp(prefix="gen-ub-golden-")
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
            results = list(pool.map(lambda f: analyse(f, tmp), FILES))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    per_kind = collections.Counter()
    per_oracle = collections.Counter()
    warnings = 0
    for name, res, notes in sorted(results):
        expected = os.path.join(UB_DIR, name + ".expected")
        stdout = os.path.join(UB_DIR, name + ".stdout")
        if res is None:
            warnings += 1
            print("WARNING: %s.rs: %s" % (name, "; ".join(notes)), file=sys.stderr)
            for stale in (expected, stdout):
                if os.path.exists(stale):
                    os.remove(stale)
            continue
        kind, line, oracle, out = res
        assert kind in KINDS, kind
        with open(expected, "w") as f:
            f.write("%s %d %s\n" % (kind, line, oracle))
        with open(stdout, "w") as f:
            f.write(out)
        per_kind[kind] += 1
        per_oracle[oracle] += 1
        print("%s: %s %d %s" % (name, kind, line, oracle))
        for n in notes:
            print("  note: " + n)
    print()
    print("%s; %d programs, %d with .expected, %d without" % (
        version, len(results), len(results) - warnings, warnings))
    print("per kind:   " + ", ".join("%s %d" % (k, per_kind[k]) for k in KINDS if per_kind[k]))
    missing = [k for k in KINDS if not per_kind[k]]
    if missing:
        print("kinds with no program: " + ", ".join(missing))
    print("per oracle: " + ", ".join("%s %d" % (o, per_oracle[o]) for o in ("rustc", "valgrind", "asan")))
    return 1 if warnings else 0


sys.exit(main())
PY
