#!/usr/bin/env python3
"""Writes docs/std-coverage.md: for each std type and trait of the project's scope, its stable methods (from the
local std HTML documentation of the installed rustc) and which of them a golden program runs.

It runs every golden program (tests/fresh, tests/fresh-std, tests/libtest when present) with the new pipeline
(/tmp/rme.sh, or --cmd), keeps the runs that pass (stdout, exit code and panic message equal to the golden
files, as scripts/fresh-check.sh decides), and collects the std functions those runs executed: the interpreter
appends one line per std function whose body it builds to the file named by RUSTMEM_STD_CALLS
(`self type TAB trait TAB name TAB path`, see src/main/java/rustmem/interp/StdCallLog.java).

usage: scripts/std-coverage.py [--from-log DIR] [--log-dir DIR] [--only REGEX] [--jobs N] [--cmd CMD]
                              [--test-cmd CMD] [--out FILE] [DIR ...]
  --from-log DIR  reuse the logs of a previous run (DIR/<dir>/<name>.calls and .pass) instead of running
  --log-dir DIR   where to keep the logs of this run (default: a fresh temporary directory, printed)
  --only REGEX    re-run only the programs whose path (tests/fresh/NAME.rs) matches; with --from-log DIR, the
                  logs of the others are kept
  --jobs N        programs run at once (default 2, at most 2)
  --cmd CMD       how to run a program (default /tmp/rme.sh, i.e. `rustmem exec`); --test-cmd CMD how to run a
                  tests/libtest program as its test binary (default `/tmp/rm.sh test`)
  DIR ...         the golden directories (default tests/fresh tests/fresh-std tests/libtest)
"""
import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sysroot_docs():
    root = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(root, "share", "doc", "rust", "html", "std")


DOCS = None

# ------------------------------------------------------------------------------------------- the documentation


def read_doc(rel):
    with open(os.path.join(DOCS, rel), encoding="utf-8") as f:
        return f.read()


SECTION = re.compile(r'<section id="((?:ty)?method)\.([A-Za-z0-9_]+)(?:-\d+)?" class="method[^"]*">')


def classify(chunk):
    """Stability of one item from its header chunk (the section and the item-info after it)."""
    if "stab unstable" in chunk or "nightly-only experimental" in chunk:
        return "unstable"
    if "stab deprecated" in chunk:
        return "deprecated"
    if 'class="since"' in chunk:
        return "stable"
    return "unstable"  # no version: not a stable item


def methods_in(text):
    """(name, stability) of every method section in text, in order, first occurrence of each name."""
    out = {}
    secs = list(SECTION.finditer(text))
    for k, m in enumerate(secs):
        end = secs[k + 1].start() if k + 1 < len(secs) else len(text)
        chunk = text[m.start():end]
        # the item's own header: up to its docblock
        d = chunk.find('<div class="docblock">')
        head = chunk if d < 0 else chunk[:d]
        st = classify(head)
        name = m.group(2)
        if name not in out or (out[name] != "stable" and st == "stable"):
            out[name] = st
    return out


def h2_sections(text):
    return [(m.start(), m.group(1)) for m in re.finditer(r'<h2 id="([^"]+)" class="section-header', text)]


IMPL = re.compile(r'<section id="impl-[^"]*" class="impl">.*?<h3 class="code-header">(.*?)</h3>', re.S)


def impl_self(header):
    """The self type of an impl header's text (`impl<T, A: Allocator> Vec<T, A>` -> `Vec<T, A>`)."""
    h = html.unescape(re.sub(r"<[^>]+>", "", header)).strip()
    h = h[len("impl"):].lstrip() if h.startswith("impl") else h
    if h.startswith("<"):
        depth = 0
        for i, c in enumerate(h):
            depth += c == "<"
            depth -= c == ">"
            if depth == 0:
                h = h[i + 1:].lstrip()
                break
    return h.split(" where")[0].strip()


def inherent_methods(rel, head=None):
    """A type page's inherent methods (the "Implementations" section, without "Methods from Deref"); with head,
    only the impl blocks whose self type starts with it (the slice page also documents `impl<T> Box<[T]>`)."""
    text = read_doc(rel)
    hs = h2_sections(text)
    out = {}
    for k, (pos, hid) in enumerate(hs):
        if hid != "implementations":
            continue
        end = hs[k + 1][0] if k + 1 < len(hs) else len(text)
        sec = text[pos:end]
        blocks = list(IMPL.finditer(sec))
        for b, m in enumerate(blocks):
            if head is not None and not impl_self(m.group(1)).startswith(head):
                continue
            stop = blocks[b + 1].start() if b + 1 < len(blocks) else len(sec)
            for name, st in methods_in(sec[m.start():stop]).items():
                if name not in out or (out[name] != "stable" and st == "stable"):
                    out[name] = st
    return out


def trait_methods(rel):
    """A trait page's required and provided methods."""
    text = read_doc(rel)
    hs = h2_sections(text)
    out = {}
    for k, (pos, hid) in enumerate(hs):
        if hid in ("required-methods", "provided-methods"):
            end = hs[k + 1][0] if k + 1 < len(hs) else len(text)
            out.update(methods_in(text[pos:end]))
    return out


def fn_item(rel):
    """A function page's stability."""
    text = read_doc(rel)
    i = text.find('<div class="main-heading">')
    j = text.find('<details class="toggle top-doc"', i)
    if j < 0:
        j = text.find('<div class="docblock">', i)
    return classify(text[i:j if j > 0 else i + 4000])


def module_fns(mod):
    """Every function of a module page: name -> stability."""
    text = read_doc(f"{mod}/index.html")
    names = sorted(set(re.findall(r'href="fn\.([A-Za-z0-9_]+)\.html"', text)))
    return {n: fn_item(f"{mod}/fn.{n}.html") for n in names}


# ------------------------------------------------------------------------------------------- the rows
#
# A row is a type, trait or module of the scope. Its items: (label, matcher); a matcher decides from one line of
# the std call log (self, trait, name, path) whether the item ran. Inherent methods match on the self type's
# name (its generics removed) and, for names std uses twice (rc::Weak, sync::Weak), the module of the function.

SIGNED = ["i8", "i16", "i32", "i64", "i128", "isize"]
UNSIGNED = ["u8", "u16", "u32", "u64", "u128", "usize"]


def base(self_ty):
    s = self_ty.strip()
    if s.startswith("[") and s.endswith("]"):
        depth = 0
        for c in s[1:-1]:
            depth += c in "[(<"
            depth -= c in "])>"
            if c == ";" and depth == 0:
                return "[T; N]"
        return "[T]"
    s = re.sub(r"<.*$", "", s)
    return s.split("::")[-1]


class Row:
    def __init__(self, name, note=""):
        self.name = name
        self.note = note
        self.items = []  # (label, stability, matcher key)

    def add(self, label, stability, key):
        self.items.append((label, stability, key))


def build_rows():
    rows = []

    def inherent(name, page, selves, module=None, prefix="", row=None, head=None):
        r = row or Row(name)
        for m, st in inherent_methods(page, head).items():
            r.add(prefix + m, st, ("inh", tuple(selves), module, m))
        if row is None:
            rows.append(r)
        return r

    def trait(name, page, trait_name, row=None, only=None):
        r = row or Row(name)
        for m, st in trait_methods(page).items():
            if only is None or m in only:
                r.add((trait_name + "::" + m) if row is not None else m, st, ("trait", trait_name, m))
        if row is None:
            rows.append(r)
        return r

    def fns(row, mod, names=None, prefix=""):
        for n, st in module_fns(mod).items():
            if names is None or n in names:
                row.add(prefix + n, st, ("fn", mod.split("/")[-1], n))

    inherent("Option", "option/enum.Option.html", ["Option"])
    inherent("Result", "result/enum.Result.html", ["Result"])
    inherent("Box", "boxed/struct.Box.html", ["Box"])
    inherent("Vec", "vec/struct.Vec.html", ["Vec"])
    inherent("VecDeque", "collections/struct.VecDeque.html", ["VecDeque"])
    inherent("LinkedList", "collections/struct.LinkedList.html", ["LinkedList"])
    inherent("String", "string/struct.String.html", ["String"])
    inherent("str", "primitive.str.html", ["str"])
    inherent("[T] (slices)", "primitive.slice.html", ["[T]"], head="[")
    inherent("char", "primitive.char.html", ["char"])
    r = Row("signed integers", "i8 i16 i32 i64 i128 isize: the union of their methods; covered when run on any of them")
    for t in SIGNED:
        inherent(None, f"primitive.{t}.html", SIGNED, row=r)
    rows.append(dedupe(r))
    r = Row("unsigned integers", "u8 u16 u32 u64 u128 usize: the union of their methods (u8's ASCII methods too); covered when run on any of them")
    for t in UNSIGNED:
        inherent(None, f"primitive.{t}.html", UNSIGNED, row=r)
    rows.append(dedupe(r))
    r = Row("f32 / f64", "the union of their methods; covered when run on either")
    for t in ["f32", "f64"]:
        inherent(None, f"primitive.{t}.html", ["f32", "f64"], row=r)
    rows.append(dedupe(r))
    trait("Iterator", "iter/trait.Iterator.html", "Iterator")
    trait("IntoIterator", "iter/trait.IntoIterator.html", "IntoIterator")
    trait("FromIterator", "iter/trait.FromIterator.html", "FromIterator")
    trait("Extend", "iter/trait.Extend.html", "Extend")
    inherent("HashMap", "collections/struct.HashMap.html", ["HashMap"])
    inherent("HashSet", "collections/struct.HashSet.html", ["HashSet"])
    inherent("BTreeMap", "collections/struct.BTreeMap.html", ["BTreeMap"])
    inherent("BTreeSet", "collections/struct.BTreeSet.html", ["BTreeSet"])
    inherent("BinaryHeap", "collections/struct.BinaryHeap.html", ["BinaryHeap"])
    inherent("Rc", "rc/struct.Rc.html", ["Rc"])
    inherent("rc::Weak", "rc/struct.Weak.html", ["Weak"], module="rc")
    inherent("Arc", "sync/struct.Arc.html", ["Arc"])
    inherent("sync::Weak", "sync/struct.Weak.html", ["Weak"], module="sync")
    inherent("Cell", "cell/struct.Cell.html", ["Cell"])
    inherent("RefCell", "cell/struct.RefCell.html", ["RefCell"])
    inherent("OnceCell", "cell/struct.OnceCell.html", ["OnceCell"])
    r = Row("mem functions")
    fns(r, "mem")
    rows.append(r)
    r = Row("cmp", "the functions of std::cmp, Ordering's methods, and the methods Reverse's trait impls define")
    fns(r, "cmp")
    inherent(None, "cmp/enum.Ordering.html", ["Ordering"], row=r, prefix="Ordering::")
    for m, tr in [("clone", "Clone"), ("clone_from", "Clone"), ("fmt", "Debug"), ("default", "Default"),
                  ("hash", "Hash"), ("eq", "PartialEq"), ("partial_cmp", "PartialOrd"), ("lt", "PartialOrd"),
                  ("le", "PartialOrd"), ("gt", "PartialOrd"), ("ge", "PartialOrd"), ("cmp", "Ord")]:
        r.add(f"<Reverse as {tr}>::{m}", "stable", ("impl", "Reverse", tr, m))
    rows.append(r)
    r = Row("convert traits", "From, Into, TryFrom, TryInto, AsRef, AsMut: covered when any std impl's method ran")
    for t in ["From", "Into", "TryFrom", "TryInto", "AsRef", "AsMut"]:
        trait(None, f"convert/trait.{t}.html", t, row=r)
    rows.append(r)
    trait("FromStr", "str/trait.FromStr.html", "FromStr")
    inherent("fmt::Formatter", "fmt/struct.Formatter.html", ["Formatter"])
    inherent("MaybeUninit", "mem/union.MaybeUninit.html", ["MaybeUninit"])
    r = Row("ptr::null, null_mut")
    fns(r, "ptr", ["null", "null_mut"])
    rows.append(r)
    r = Row("process", "std::process's functions and ExitCode (Command and Child spawn processes: out of scope)")
    fns(r, "process")
    inherent(None, "process/struct.ExitCode.html", ["ExitCode"], row=r, prefix="ExitCode::")
    rows.append(r)
    r = Row("env::args")
    fns(r, "env", ["args", "args_os"])
    rows.append(r)
    inherent("Mutex", "sync/struct.Mutex.html", ["Mutex"])
    inherent("RwLock", "sync/struct.RwLock.html", ["RwLock"])
    inherent("Condvar", "sync/struct.Condvar.html", ["Condvar"])
    inherent("OnceLock", "sync/struct.OnceLock.html", ["OnceLock"])
    r = Row("thread", "std::thread's functions and the methods of Builder, JoinHandle, Thread, Scope, ScopedJoinHandle")
    fns(r, "thread")
    for t in ["Builder", "JoinHandle", "Thread", "Scope", "ScopedJoinHandle"]:
        inherent(None, f"thread/struct.{t}.html", [t], row=r, prefix=t + "::")
    rows.append(r)
    r = Row("mpsc", "channel, sync_channel and the methods of Sender, SyncSender, Receiver")
    fns(r, "sync/mpsc")
    for t in ["Sender", "SyncSender", "Receiver"]:
        inherent(None, f"sync/mpsc/struct.{t}.html", [t], row=r, prefix=t + "::")
    rows.append(r)
    r = inherent("Path", "path/struct.Path.html", ["Path"])
    r.note = "its file-system queries (metadata, exists, is_file, read_dir ...) need a file system, which the simulated process has not: not counted"
    fs = {"metadata", "symlink_metadata", "canonicalize", "read_link", "read_dir", "exists", "try_exists", "is_file", "is_dir", "is_symlink"}
    r.items = [(l, "excluded" if l in fs and st == "stable" else st, k) for l, st, k in r.items]
    inherent("PathBuf", "path/struct.PathBuf.html", ["PathBuf"])
    inherent("BufReader", "io/struct.BufReader.html", ["BufReader"])
    return rows


def dedupe(r):
    seen = {}
    for label, st, key in r.items:
        if label not in seen or (seen[label][0] != "stable" and st == "stable"):
            seen[label] = (st, key)
    r.items = [(label, st, key) for label, (st, key) in seen.items()]
    return r


# ------------------------------------------------------------------------------------------- matching


class Calls:
    def __init__(self):
        self.inh = set()  # (self base, module segments, name)
        self.trait = set()  # (trait name, name)
        self.impl = set()  # (self base, trait name, name)
        self.fn = set()  # (module, name)

    def add(self, line):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 4:
            return
        self_ty, tr, name, path = parts
        segs = path.split("::")[:-1]
        if tr != "-":
            tname = tr.split("::")[-1]
            self.trait.add((tname, name))
            if self_ty != "Self":
                self.impl.add((base(self_ty), tname, name))
        elif self_ty != "-":
            self.inh.add((base(self_ty), tuple(segs), name))
        else:
            for s in segs:
                self.fn.add((s, name))

    def covers(self, key):
        kind = key[0]
        if kind == "inh":
            _, selves, module, name = key
            return any(b in selves and n == name and (module is None or module in segs) for b, segs, n in self.inh)
        if kind == "trait":
            return (key[1], key[2]) in self.trait
        if kind == "impl":
            return (key[1], key[2], key[3]) in self.impl
        if kind == "fn":
            return (key[1], key[2]) in self.fn
        return False


# ------------------------------------------------------------------------------------------- running the programs


def normalise_panic(text):
    out, state = [], 0
    for line in text.split("\n"):
        if state == 0 and re.match(r"^thread .* panicked at .*:[0-9]+:[0-9]+:$", line):
            line = re.sub(r" \([0-9]+\) panicked at ", " panicked at ", line)
            loc = re.search(r":[0-9]+:[0-9]+:$", line).group(0)
            line = re.sub(r" panicked at .*$", " panicked at FILE" + loc, line)
            out.append(line)
            state = 1
            continue
        if state == 1:
            if line.startswith("note: ") or line.startswith("stack backtrace:"):
                break
            out.append(line)
    return "\n".join(out).rstrip("\n")


def normalise_libtest(text):
    """As scripts/gen-libtest-golden.sh normalises a test binary's output."""
    text = re.sub(r"(?m)^(thread '.*') \([0-9]+\) panicked at ", r"\1 panicked at ", text)
    return re.sub(r"(?m)finished in [0-9]+\.[0-9]+s$", "finished in 0.00s", text)


def run_one(cmd, test_cmd, prog, logdir):
    """Runs one golden program (a libtest one as its test binary) with the std call log on: its name and why it
    failed ("" when it passed)."""
    base_ = prog[:-3]
    name = os.path.basename(base_)
    rel = os.path.relpath(prog, ROOT)
    libtest = os.path.basename(os.path.dirname(prog)) == "libtest"
    logdir = os.path.join(logdir, os.path.basename(os.path.dirname(prog)))
    os.makedirs(logdir, exist_ok=True)
    calls = os.path.join(logdir, name + ".calls")
    if os.path.exists(calls):
        os.remove(calls)
    env = dict(os.environ, RUSTMEM_STD_CALLS=calls)
    env.setdefault("RUSTMEM_STD_DIR", os.path.join(ROOT, "src", "main", "resources", "std"))
    if libtest:
        args = []
        if os.path.exists(base_ + ".args"):
            with open(base_ + ".args") as f:
                args = f.read().split()
        argv = test_cmd + [rel, "--test-threads=1"] + args
        stdin = os.devnull
    else:
        argv = cmd + [rel]
        stdin = base_ + ".stdin" if os.path.exists(base_ + ".stdin") else os.devnull
    try:
        with open(stdin, "rb") as fin:
            p = subprocess.run(argv, stdin=fin, capture_output=True, env=env, timeout=120, cwd=ROOT)
        out, err, code = p.stdout, p.stderr.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired:
        out, err, code = b"", "timeout", -1
    why = ""
    with open(base_ + ".stdout", "rb") as f:
        want_out = f.read()
    if libtest:
        if normalise_libtest(out.decode("utf-8", "replace")).encode("utf-8") != want_out:
            why = "stdout differs"
    elif want_out != out:
        why = "stdout differs"
    with open(base_ + ".exit") as f:
        want = f.read().strip()
    if str(code) != want:
        why = f"exit {code}, want {want}"
    if not why and os.path.exists(base_ + ".stderr"):
        with open(base_ + ".stderr", encoding="utf-8", errors="replace") as f:
            want_err = f.read()
        if libtest:
            if normalise_libtest(err) != want_err:
                why = "stderr differs"
        elif normalise_panic(err) != want_err.rstrip("\n"):
            why = "panic differs"
    with open(os.path.join(logdir, name + ".pass"), "w") as f:
        f.write("PASS\n" if not why else "FAIL " + why + "\n")
    return name, why


def programs(dirs):
    out = []
    for d in dirs:
        full = os.path.join(ROOT, d)
        if os.path.isdir(full):
            out += [os.path.join(full, f) for f in sorted(os.listdir(full))
                    if f.endswith(".rs") and os.path.exists(os.path.join(full, f[:-3] + ".stdout"))]
    return out


# ------------------------------------------------------------------------------------------- the report


def pct(a, b):
    return 100.0 * a / b if b else 100.0


def write_report(rows, calls, npass, ntotal, out_path, per_item_programs):
    lines = []
    lines.append("# std coverage")
    lines.append("")
    lines.append("Generated by `scripts/std-coverage.py` — do not edit by hand. For each type, trait and module of")
    lines.append("the scope, its **stable** methods as the local std documentation of rustc "
                 f"{rustc_version()} lists them, and which of them a golden")
    lines.append("program runs: a method is covered when a program of `tests/fresh`, `tests/fresh-std` (or")
    lines.append("`tests/libtest`) whose run with the new pipeline passes (stdout, exit code and panic message equal")
    lines.append("to rustc's) executes std's body of it (the interpreter logs every std function whose body it")
    lines.append("builds when `RUSTMEM_STD_CALLS` names a file).")
    lines.append("")
    lines.append("Counting rules:")
    lines.append("")
    lines.append("- Methods are a type's inherent methods and associated functions (rustdoc's \"Implementations\";")
    lines.append("  the methods reached through `Deref` are counted on their own type: `Vec`'s slice methods under")
    lines.append("  `[T]`, `String`'s under `str`); a trait's rows are its required and provided methods, covered")
    lines.append("  when any std implementation (or the provided body) of it ran.")
    lines.append("- Unstable (nightly-only) items are left out; so are deprecated ones (`i32::max_value`,")
    lines.append("  `mem::uninitialized`, `thread::sleep_ms` ...) and `Path`'s file-system queries (the simulated")
    lines.append("  process has no file system), listed apart under each type.")
    lines.append("- Integer types are counted per family: the signed row is the union of the methods of `i8` ...")
    lines.append("  `isize`, a method covered when a program runs it on any of them; the same for the unsigned ones")
    lines.append("  (with `u8`'s ASCII methods) and for `f32`/`f64`.")
    lines.append("")
    lines.append("Regenerate with `python3 scripts/std-coverage.py` (it runs every golden program, two at a time;")
    lines.append("`--log-dir DIR` keeps the logs, `--from-log DIR` rewrites this file from them without running,")
    lines.append("`--only REGEX` re-runs some programs).")
    lines.append("")
    lines.append(f"Programs: {npass} of {ntotal} golden programs pass and count.")
    lines.append("")
    lines.append("| type / trait | stable methods | covered | % |")
    lines.append("|---|---:|---:|---:|")
    tot_s = tot_c = 0
    details = []
    for r in rows:
        stable = [(l, k) for l, st, k in r.items if st == "stable"]
        dep = [l for l, st, k in r.items if st == "deprecated"]
        exc = [l for l, st, k in r.items if st == "excluded"]
        cov = [l for l, k in stable if calls.covers(k)]
        unc = [l for l, k in stable if not calls.covers(k)]
        tot_s += len(stable)
        tot_c += len(cov)
        lines.append(f"| {r.name} | {len(stable)} | {len(cov)} | {pct(len(cov), len(stable)):.0f}% |")
        details.append((r, unc, dep, exc))
    lines.append(f"| **overall** | **{tot_s}** | **{tot_c}** | **{pct(tot_c, tot_s):.1f}%** |")
    lines.append("")
    lines.append("## Uncovered methods")
    lines.append("")
    for r, unc, dep, exc in details:
        lines.append(f"### {r.name}")
        lines.append("")
        if r.note:
            lines.append(f"_{r.note}._")
            lines.append("")
        lines.append("Uncovered: " + (", ".join(f"`{u}`" for u in unc) if unc else "none") + ".")
        if dep:
            lines.append("")
            lines.append("Deprecated, not counted: " + ", ".join(f"`{d}`" for d in dep) + ".")
        if exc:
            lines.append("")
            lines.append("Out of scope, not counted: " + ", ".join(f"`{d}`" for d in exc) + ".")
        lines.append("")
    with open(out_path, "w") as f:
        f.write("\n".join(lines))
    return tot_s, tot_c


def rustc_version():
    try:
        return subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.split()[1]
    except Exception:
        return "?"


def main():
    global DOCS
    ap = argparse.ArgumentParser()
    ap.add_argument("--from-log")
    ap.add_argument("--log-dir")
    ap.add_argument("--only")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cmd", default="/tmp/rme.sh", help="runs a program (default /tmp/rme.sh: rustmem exec)")
    ap.add_argument("--test-cmd", default="/tmp/rm.sh test", help="runs a tests/libtest program (default: /tmp/rm.sh test)")
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "std-coverage.md"))
    ap.add_argument("--docs")
    ap.add_argument("--uncovered", action="store_true", help="also print the uncovered methods")
    ap.add_argument("dirs", nargs="*", default=["tests/fresh", "tests/fresh-std", "tests/libtest"])
    a = ap.parse_args()
    DOCS = a.docs or sysroot_docs()
    progs = programs(a.dirs)
    if a.from_log and not a.only:
        logdir = a.from_log
    else:
        logdir = a.from_log or a.log_dir or tempfile.mkdtemp(prefix="std-coverage-")
        os.makedirs(logdir, exist_ok=True)
        todo = [p for p in progs if not a.only or re.search(a.only, os.path.relpath(p, ROOT))]
        print(f"running {len(todo)} programs, logs in {logdir}", file=sys.stderr)
        cmd = a.cmd.split()
        test_cmd = a.test_cmd.split()
        with ThreadPoolExecutor(max_workers=max(1, min(a.jobs, 2))) as ex:
            for name, why in ex.map(lambda p: run_one(cmd, test_cmd, p, logdir), todo):
                if why:
                    print(f"FAIL {name}: {why}", file=sys.stderr)
    calls = Calls()
    npass = 0
    for p in progs:
        name = os.path.basename(p)[:-3]
        sub = os.path.join(logdir, os.path.basename(os.path.dirname(p)))
        pf = os.path.join(sub, name + ".pass")
        if not os.path.exists(pf):
            continue
        with open(pf) as f:
            if not f.read().startswith("PASS"):
                continue
        npass += 1
        cf = os.path.join(sub, name + ".calls")
        if os.path.exists(cf):
            with open(cf, encoding="utf-8", errors="replace") as f:
                for line in f:
                    calls.add(line)
    rows = build_rows()
    s, c = write_report(rows, calls, npass, len(progs), a.out, None)
    print(f"{npass} of {len(progs)} programs pass; {c} of {s} stable methods covered ({pct(c, s):.1f}%); wrote {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
