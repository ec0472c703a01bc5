#!/usr/bin/env python3
"""Differential fuzzer: rustmem against rustc (issue 18).

Mutates the corpus and test programs (delete/duplicate/swap lines and tokens; change numbers, types,
names, `&`/`&mut`/`mut`, visibility; drop `.clone()`/`move`, insert `drop(x);`), checks every mutant
with `rustc --edition 2024 --emit=metadata` and `rustmem check`, optionally (--run) runs the mutants
both accept (rustc's binary against `rustmem run`: stdout and exit code), and reports the
disagreements by kind. Every disagreement is written to --out DIR (mutant source, both outputs, the
seed and the mutation) so that it can become a test. Java exceptions, stack traces and
`error: internal` in rustmem's output are counted and reported apart, loudly; the script then exits 3.

Reproducible: mutant I of `--seed S` has its own seed (recorded), which alone determines its source
program and its mutations; `--replay MUTANT_SEED` prints that mutant again.

    scripts/fuzz-vs-rustc.py --seed 1 --count 2000 --out /tmp/fuzz-out [--run] [--jobs 1] [--cmd ./rustmem]

Python 3 standard library only. See docs/fuzzing.md.
"""

import argparse
import bisect
import concurrent.futures
import datetime
import hashlib
import json
import os
import queue
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_INPUTS = [
    "../shared/corpus/run-pass/*.rs",
    "../shared/corpus/compile-fail/*.rs",
    "tests/fresh/*.rs",
    "tests/borrowck/pass/*.rs",
]

# ---------------------------------------------------------------------------------------------
# A Rust tokenizer good enough to mutate with: comments are skipped, literals are whole tokens.
# ---------------------------------------------------------------------------------------------

KEYWORDS = {
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "union", "macro_rules", "yield", "try", "abstract", "become",
    "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual",
}
INT_TYPES = ["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"]
FLOAT_TYPES = ["f32", "f64"]
NUM_TYPES = INT_TYPES + FLOAT_TYPES
WRAPPERS = ["Vec", "Box", "Rc", "Arc", "Option", "Cell", "RefCell"]
TYPE_NAMES = set(NUM_TYPES + ["bool", "char", "str", "String"] + WRAPPERS)
PUNCT3 = (">>=", "<<=", "...", "..=")
PUNCT2 = ("::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "^=",
          "&=", "|=", "<<", ">>", "..")
ITEM_KEYWORDS = {"fn", "struct", "enum", "trait", "const", "static", "mod", "type", "use", "union"}

NUM_RE = re.compile(r"(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*)")
IDENT_RE = re.compile(r"(?:r#)?[A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_\u0080-\U0010ffff]*")


class Tok:
    __slots__ = ("kind", "text", "start", "end", "line")

    def __init__(self, kind, text, start, end, line):
        self.kind, self.text, self.start, self.end, self.line = kind, text, start, end, line

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}"


def _skip_string(src, i):
    """src[i] is the opening quote of a (byte/C) string: the index after its closing quote."""
    i += 1
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            return i + 1
        i += 1
    return n


def tokenize(src):
    toks = []
    line_starts = [0] + [m.end() for m in re.finditer("\n", src)]

    def line_of(pos):
        return bisect.bisect_right(line_starts, pos)

    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if src.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif src.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            continue
        start = i
        m = re.compile(r'(?:b|c)?r(#*)"').match(src, i)
        if m:
            close = '"' + m.group(1)
            j = src.find(close, m.end())
            i = n if j < 0 else j + len(close)
            toks.append(Tok("str", src[start:i], start, i, line_of(start)))
            continue
        if c == '"' or (c in "bc" and src.startswith('"', i + 1)):
            i = _skip_string(src, i + (0 if c == '"' else 1))
            toks.append(Tok("str", src[start:i], start, i, line_of(start)))
            continue
        if c == "'" or (c == "b" and src.startswith("'", i + 1)):
            q = i if c == "'" else i + 1
            if q + 1 < n and src[q + 1] == "\\":  # escaped char literal
                j = q + 2
                while j < n and src[j] != "'":
                    j += 1
                i = j + 1
                toks.append(Tok("char", src[start:i], start, i, line_of(start)))
                continue
            if q + 2 < n and src[q + 2] == "'":
                i = q + 3
                toks.append(Tok("char", src[start:i], start, i, line_of(start)))
                continue
            m = IDENT_RE.match(src, q + 1)
            if m:  # a lifetime or label
                i = m.end()
                toks.append(Tok("lifetime", src[start:i], start, i, line_of(start)))
                continue
            i = q + 1
            toks.append(Tok("punct", "'", start, i, line_of(start)))
            continue
        if c.isdigit():
            m = NUM_RE.match(src, i)
            i = m.end()
            kind = "int"
            after_dot = bool(toks) and toks[-1].text == "." and toks[-1].end == start
            if not after_dot and not src.startswith(("0x", "0o", "0b"), start):
                if i < n and src[i] == "." and not src.startswith("..", i) and not (
                        i + 1 < n and (src[i + 1].isalpha() or src[i + 1] == "_")):
                    i += 1
                    kind = "float"
                    m2 = re.compile(r"[0-9][0-9_]*").match(src, i)
                    if m2:
                        i = m2.end()
                m3 = re.compile(r"[eE][+-]?[0-9_]*[0-9]").match(src, i)
                if m3:
                    i = m3.end()
                    kind = "float"
            m4 = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(src, i)
            if m4:
                i = m4.end()
                if m4.group().startswith("f") and kind == "int" and not src.startswith(("0x", "0b", "0o"), start):
                    kind = "float"
            toks.append(Tok(kind, src[start:i], start, i, line_of(start)))
            continue
        m = IDENT_RE.match(src, i)
        if m:
            i = m.end()
            toks.append(Tok("ident", m.group(), start, i, line_of(start)))
            continue
        for p in PUNCT3 + PUNCT2:
            if src.startswith(p, i):
                i += len(p)
                break
        else:
            i += 1
        toks.append(Tok("punct", src[start:i], start, i, line_of(start)))
    return toks


# ---------------------------------------------------------------------------------------------
# Mutations: each takes (rng, src, toks) and returns (new_src, description) or None.
# ---------------------------------------------------------------------------------------------

def _lines(src):
    lines = src.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _code_lines(toks):
    return sorted({t.line - 1 for t in toks})


def _show(s, limit=60):
    s = " ".join(s.split())
    return s if len(s) <= limit else s[:limit - 1] + "…"


def _replace(src, start, end, text):
    return src[:start] + text + src[end:]


def _word(ch):
    return ch.isalnum() or ch == "_"


def _pick(rng, groups):
    """An edit from a random non-empty group: every kind of edit gets its chance, however many of another kind a
    program offers."""
    names = sorted(k for k, v in groups.items() if v)
    if not names:
        return None
    return rng.choice(groups[rng.choice(names)])


def attribute_tokens(toks):
    """Indices of the tokens inside `#[...]` and `#![...]` attributes."""
    inside = set()
    k = 0
    while k < len(toks):
        if toks[k].text == "#":
            j = k + 1
            if j < len(toks) and toks[j].text == "!":
                j += 1
            if j < len(toks) and toks[j].text == "[":
                depth = 0
                while j < len(toks):
                    if toks[j].text == "[":
                        depth += 1
                    elif toks[j].text == "]":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                inside.update(range(k, j + 1))
                k = j + 1
                continue
        k += 1
    return inside


def mut_line_delete(rng, src, toks):
    lines, code = _lines(src), _code_lines(toks)
    if not code:
        return None
    k = rng.choice(code)
    desc = f"line-delete: line {k + 1}: `{_show(lines[k])}`"
    return "".join(lines[:k] + lines[k + 1:]), desc


def mut_line_duplicate(rng, src, toks):
    lines, code = _lines(src), _code_lines(toks)
    if not code:
        return None
    k = rng.choice(code)
    desc = f"line-duplicate: line {k + 1}: `{_show(lines[k])}`"
    return "".join(lines[:k + 1] + [lines[k]] + lines[k + 1:]), desc


def mut_line_swap(rng, src, toks):
    lines, code = _lines(src), _code_lines(toks)
    if len(code) < 2:
        return None
    a = rng.randrange(len(code) - 1)
    # mostly the next code line; sometimes one a few lines further
    b = min(len(code) - 1, a + (1 if rng.random() < 0.7 else rng.randint(2, 5)))
    i, j = code[a], code[b]
    if lines[i].strip() == lines[j].strip():
        return None
    lines[i], lines[j] = lines[j], lines[i]
    return "".join(lines), f"line-swap: lines {i + 1} and {j + 1}: `{_show(lines[j])}` <-> `{_show(lines[i])}`"


def mut_token_delete(rng, src, toks):
    if not toks:
        return None
    t = rng.choice(toks)
    before = src[t.start - 1] if t.start else " "
    after = src[t.end] if t.end < len(src) else " "
    glue = " " if (_word(before) and _word(after)) or (not before.isspace() and not after.isspace()
                                                         and not _word(before) and not _word(after)) else ""
    return _replace(src, t.start, t.end, glue), f"token-delete: line {t.line}: `{t.text}`"


def mut_token_duplicate(rng, src, toks):
    if not toks:
        return None
    t = rng.choice(toks)
    return _replace(src, t.start, t.end, t.text + " " + t.text), f"token-duplicate: line {t.line}: `{t.text}`"


def mut_token_swap(rng, src, toks):
    if len(toks) < 2:
        return None
    k = rng.randrange(len(toks) - 1)
    a, b = toks[k], toks[k + 1]
    if a.text == b.text:
        return None
    mid = src[a.end:b.start]
    if mid == "" and ((_word(b.text[-1]) and _word(a.text[0])) or (not _word(b.text[-1]) and not _word(a.text[0]))):
        mid = " "
    return (_replace(src, a.start, b.end, b.text + mid + a.text),
            f"token-swap: line {a.line}: `{a.text}` <-> `{b.text}`")


INT_CHOICES = [0, 1, 2, 3, 7, 10, 127, 128, 255, 256, 65535, 65536, 2147483647, 2147483648,
               4294967295, 4294967296, 9223372036854775807, 9223372036854775808,
               18446744073709551616]


def mut_number(rng, src, toks):
    attrs = attribute_tokens(toks)
    nums = [(k, t) for k, t in enumerate(toks) if t.kind in ("int", "float") and k not in attrs]
    if not nums:
        return None
    k, t = rng.choice(nums)
    tuple_index = k > 0 and toks[k - 1].text == "."
    if t.kind == "int":
        m = re.match(r"(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*)(.*)$", t.text)
        digits, suffix = m.group(1), m.group(2)
        d = digits.replace("_", "")
        v = int(d[2:], {"x": 16, "o": 8, "b": 2}[d[1]]) if d[:2] in ("0x", "0o", "0b") else int(d)
        if tuple_index:
            new = str(rng.choice([x for x in (0, 1, 2, 3, v + 1) if x != v] or [v + 1]))
            return _replace(src, t.start, t.end, new), f"number: line {t.line}: tuple index `{t.text}` -> `{new}`"
        r = rng.random()
        if r < 0.35:
            nv = rng.choice([v + 1, max(v - 1, 0), v * 2, v // 2])
        elif r < 0.75:
            nv = rng.choice(INT_CHOICES)
        elif r < 0.85:
            new = "-" + str(v if v else 1) + suffix
            return _replace(src, t.start, t.end, new), f"number: line {t.line}: `{t.text}` -> `{new}`"
        else:
            nv = v
        if rng.random() < 0.25 or nv == v:
            suffix = rng.choice([s for s in ["", "u8", "i8", "u16", "i32", "u32", "i64", "u64", "usize",
                                             "isize", "i128", "f64"] if s != suffix])
        new = str(nv) + suffix
    else:
        m = re.match(r"([0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]+)?)(f32|f64)?$", t.text)
        if not m:
            return None
        body, suffix = m.group(1), m.group(2) or ""
        try:
            v = float(body.replace("_", ""))
        except ValueError:
            return None
        new = rng.choice([repr(v + 1.0), "0.0", str(int(v)), "1e308", "1e309", "-" + body, repr(v / 3)])
        if rng.random() < 0.3:
            suffix = rng.choice([s for s in ["", "f32", "f64", "i32"] if s != suffix])
        new += suffix
    if new == t.text:
        return None
    return _replace(src, t.start, t.end, new), f"number: line {t.line}: `{t.text}` -> `{new}`"


def mut_type(rng, src, toks):
    attrs = attribute_tokens(toks)
    cands = [t for k, t in enumerate(toks) if t.kind == "ident" and t.text in TYPE_NAMES and k not in attrs]
    if not cands:
        return None
    t = rng.choice(cands)
    if t.text in NUM_TYPES:
        pool = NUM_TYPES if rng.random() < 0.8 else ["bool", "char", "String", "&str", "()"]
    elif t.text in ("bool", "char"):
        pool = ["bool", "char", "u8", "i32", "u32", "&str"]
    elif t.text == "String":
        pool = ["&str", "str", "&String", "Vec<u8>", "char"]
    elif t.text == "str":
        pool = ["String", "[u8]", "char"]
    else:
        pool = WRAPPERS
    new = rng.choice([p for p in pool if p != t.text])
    return _replace(src, t.start, t.end, new), f"type: line {t.line}: `{t.text}` -> `{new}`"


def mut_name(rng, src, toks):
    attrs = attribute_tokens(toks)
    idents = [(k, t) for k, t in enumerate(toks) if t.kind == "ident" and t.text not in KEYWORDS
              and k not in attrs and not (k + 1 < len(toks) and toks[k + 1].text == "!")]
    if not idents:
        return None
    k, t = rng.choice(idents)
    upper = t.text[:1].isupper()
    pool = sorted({u.text for _, u in idents if u.text != t.text and u.text[:1].isupper() == upper})
    if pool and rng.random() < 0.85:
        new = rng.choice(pool)
    else:
        new = t.text + rng.choice(["2", "_x", "s"])
    return _replace(src, t.start, t.end, new), f"name: line {t.line}: `{t.text}` -> `{new}`"


def _unary_position(toks, k):
    """Whether toks[k] (an `&`) starts an expression or type rather than being a binary operator."""
    if k == 0:
        return True
    p = toks[k - 1]
    if p.kind == "ident":
        return p.text in KEYWORDS and p.text not in ("self", "Self", "true", "false")
    if p.kind == "punct":
        return p.text not in (")", "]", "}", "?")
    return False


def _after_space(src, end):
    return end + (1 if src[end:end + 1] == " " else 0)


def mut_ref(rng, src, toks):
    attrs = attribute_tokens(toks)
    g = {"&mut -> &": [], "& -> &mut": [], "drop &": [], "drop &mut": [], "add &": [], "add &mut": []}
    for k, t in enumerate(toks):
        if k in attrs:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.text == "&" and nxt is not None:
            if nxt.text == "mut":
                g["&mut -> &"].append((t.start, nxt.end, "&", "`&mut` -> `&`", t.line))
                if _unary_position(toks, k):
                    g["drop &mut"].append((t.start, _after_space(src, nxt.end), "", "`&mut` removed", t.line))
            elif _unary_position(toks, k):
                g["& -> &mut"].append((t.start, t.end, "&mut ", "`&` -> `&mut`", t.line))
                g["drop &"].append((t.start, t.end, "", "`&` removed", t.line))
        elif t.kind == "ident" and t.text not in KEYWORDS and k > 0 and toks[k - 1].text in ("(", ",", "="):
            if nxt is not None and nxt.text in (")", ",", ";", "."):
                g["add &"].append((t.start, t.start, "&", f"`&` added before `{t.text}`", t.line))
                g["add &mut"].append((t.start, t.start, "&mut ", f"`&mut` added before `{t.text}`", t.line))
    e = _pick(rng, g)
    if e is None:
        return None
    s, end, text, what, line = e
    return _replace(src, s, end, text), f"ref: line {line}: {what}"


def mut_mut(rng, src, toks):
    attrs = attribute_tokens(toks)
    g = {"remove": [], "add let": [], "add param": []}
    for k, t in enumerate(toks):
        if k in attrs:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.text == "mut" and nxt is not None:
            prev = toks[k - 1].text if k else ""
            what = f"`mut` removed before `{nxt.text}`" + (" (`&mut` -> `&`)" if prev == "&" else "")
            g["remove"].append((t.start, _after_space(src, t.end), "", what, t.line))
        elif t.text == "let" and nxt is not None and nxt.text != "mut":
            g["add let"].append((nxt.start, nxt.start, "mut ", f"`mut` added: `let mut {nxt.text}`", t.line))
        elif (t.kind == "ident" and t.text not in KEYWORDS and k > 0 and toks[k - 1].text in ("(", ",")
              and nxt is not None and nxt.text == ":"):
            g["add param"].append((t.start, t.start, "mut ", f"`mut` added before `{t.text}:`", t.line))
    # removing `mut` is what makes a program wrong; adding one is mostly a warning
    if g["remove"] and rng.random() < 0.6:
        e = rng.choice(g["remove"])
    else:
        e = _pick(rng, g)
    if e is None:
        return None
    s, end, text, what, line = e
    return _replace(src, s, end, text), f"mut: line {line}: {what}"


def mut_visibility(rng, src, toks):
    attrs = attribute_tokens(toks)
    g = {"remove": [], "change": [], "add item": [], "add field": []}
    for k, t in enumerate(toks):
        if k in attrs:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        prev = toks[k - 1].text if k else ""
        if t.text == "pub":
            end = t.end
            if nxt is not None and nxt.text == "(":
                j = k + 1
                while j < len(toks) and toks[j].text != ")":
                    j += 1
                end = toks[j].end if j < len(toks) else t.end
            old = src[t.start:end]
            g["remove"].append((t.start, _after_space(src, end), "", f"`{_show(old)}` removed", t.line))
            for v in ("pub(crate)", "pub(super)", "pub(self)", "pub"):
                if old != v:
                    g["change"].append((t.start, end, v, f"`{_show(old)}` -> `{v}`", t.line))
        elif t.text in ITEM_KEYWORDS and prev not in ("pub", ")", "unsafe", "const", "extern", "async", "::", "&",
                                                      "*", "<", "(", ",", ":", "=", "->", "impl", "for", "dyn"):
            if t.text in ("const", "static") and nxt is not None and nxt.text in ("fn", "|", "move", "{", "||"):
                continue
            g["add item"].append((t.start, t.start, "pub ", f"`pub` added before `{t.text}`", t.line))
        elif (t.kind == "ident" and t.text not in KEYWORDS and nxt is not None and nxt.text == ":"
              and (k == 0 or toks[k - 1].line < t.line)):
            g["add field"].append((t.start, t.start, "pub ", f"`pub` added before field `{t.text}`", t.line))
    e = _pick(rng, g)
    if e is None:
        return None
    s, end, text, what, line = e
    return _replace(src, s, end, text), f"visibility: line {line}: {what}"


def mut_ownership(rng, src, toks):
    attrs = attribute_tokens(toks)
    g = {"clone": [], "drop move": [], "add move": [], "insert drop": []}
    lines = _lines(src)
    for k, t in enumerate(toks):
        if k in attrs:
            continue
        if (t.text == "." and k + 3 < len(toks) and toks[k + 1].text in ("clone", "to_owned", "to_string")
                and toks[k + 2].text == "(" and toks[k + 3].text == ")"):
            g["clone"].append(("cut", t.start, toks[k + 3].end, "", f"`.{toks[k + 1].text}()` removed", t.line))
        elif t.text == "move":
            g["drop move"].append(("cut", t.start, _after_space(src, t.end), "", "`move` removed", t.line))
        elif t.text in ("|", "||") and k > 0 and toks[k - 1].text in ("(", ",", "="):
            g["add move"].append(("cut", t.start, t.start, "move ", "`move` added to a closure", t.line))
        elif t.text == "let" and k + 1 < len(toks):
            j = k + 1
            if toks[j].text == "mut" and j + 1 < len(toks):
                j += 1
            name = toks[j]
            if name.kind != "ident" or name.text in KEYWORDS or name.text.startswith("_"):
                continue
            # a statement line after the `let`, in the same block as far as indentation tells
            indent = re.match(r"[ \t]*", lines[t.line - 1]).group()
            for ln in range(t.line, min(len(lines), t.line + 12)):
                ind = re.match(r"[ \t]*", lines[ln]).group()
                if len(ind) < len(indent) and lines[ln].strip():
                    break
                if lines[ln].rstrip().endswith(";") and ind == indent:
                    g["insert drop"].append(("line", ln + 1, 0, f"{indent}drop({name.text});\n",
                                             f"`drop({name.text});` inserted after line {ln + 1}", ln + 1))
    e = _pick(rng, g)
    if e is None:
        return None
    kind, a, b, text, what, line = e
    if kind == "cut":
        return _replace(src, a, b, text), f"ownership: line {line}: {what}"
    return "".join(lines[:a] + [text] + lines[a:]), f"ownership: {what}"


MUTATORS = [
    ("line-delete", mut_line_delete, 1.0),
    ("line-duplicate", mut_line_duplicate, 0.8),
    ("line-swap", mut_line_swap, 1.0),
    ("token-delete", mut_token_delete, 0.8),
    ("token-duplicate", mut_token_duplicate, 0.5),
    ("token-swap", mut_token_swap, 0.6),
    ("number", mut_number, 1.0),
    ("type", mut_type, 1.0),
    ("name", mut_name, 1.2),
    ("ref", mut_ref, 1.3),
    ("mut", mut_mut, 1.2),
    ("visibility", mut_visibility, 0.7),
    ("ownership", mut_ownership, 1.2),
]


def mutant_seed(seed, index):
    """Mutant `index` of run `seed`: a seed of its own, which determines its source and mutations."""
    return int.from_bytes(hashlib.sha256(f"rustmem-fuzz:{seed}:{index}".encode()).digest()[:6], "big")


def make_mutant(mseed, sources, max_mutations=1):
    """(source path, original text, mutant text, [mutation descriptions]) for a mutant seed."""
    rng = random.Random(mseed)
    for _ in range(100):
        path = sources[rng.randrange(len(sources))]
        try:
            with open(path, encoding="utf-8") as f:
                orig = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        text, done = orig, []
        want = rng.randint(1, max_mutations)
        attempts = 0
        while len(done) < want and attempts < 60:
            attempts += 1
            toks = tokenize(text)
            name, fn = rng.choices([(m[0], m[1]) for m in MUTATORS], weights=[m[2] for m in MUTATORS])[0]
            res = fn(rng, text, toks)
            if res is None or res[0] == text:
                continue
            text = res[0]
            done.append(res[1])
        if done and text != orig:
            return path, orig, text, done
    raise RuntimeError(f"no mutant for seed {mseed}")


# ---------------------------------------------------------------------------------------------
# Running the two tools
# ---------------------------------------------------------------------------------------------

OUTPUT_CAP = 2 << 20  # a program printing more than this is stopped: "output limit"


class Proc:
    def __init__(self, code, out, err, timed_out, over, secs):
        self.code, self.out, self.err, self.timed_out, self.over, self.secs = code, out, err, timed_out, over, secs


def run_proc(argv, cwd, timeout):
    t0 = time.monotonic()
    p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    bufs = [bytearray(), bytearray()]
    over = [False]

    def kill():
        try:
            os.killpg(p.pid, signal.SIGKILL)  # the process group this call started, nothing else
        except (ProcessLookupError, PermissionError):
            pass

    def pump(stream, buf):
        while True:
            chunk = stream.read1(65536)
            if not chunk:
                break
            room = OUTPUT_CAP - len(buf)
            if room > 0:
                buf += chunk[:room]
            if len(chunk) > room:
                over[0] = True
                kill()
        stream.close()

    threads = [threading.Thread(target=pump, args=(s, b), daemon=True) for s, b in ((p.stdout, bufs[0]), (p.stderr, bufs[1]))]
    for th in threads:
        th.start()
    timed_out = False
    try:
        p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill()
        p.wait()
    for th in threads:
        th.join()
    code = p.returncode
    if code < 0:
        code = 128 - code  # killed by a signal, as a shell reports it
    return Proc(code, bufs[0].decode("utf-8", "replace"), bufs[1].decode("utf-8", "replace"),
                timed_out, over[0], time.monotonic() - t0)


ERROR_RE = re.compile(r"^error(?:\[(E\d{4})\])?: (.*)$")
LOC_RE = re.compile(r"^\s*--> (.+?):(\d+):(\d+)\s*$")
INTERNAL_RES = [
    re.compile(r"^error: internal"),
    re.compile(r"^Exception in thread"),
    re.compile(r"^\s+at (?:java|jdk|sun|rustmem|picocli)\.[\w.$]+\(", re.M),
    re.compile(r"\b(?:java|jdk|rustmem|picocli)\.[\w.$]*(?:Exception|Error)\b"),
    re.compile(r"A fatal error has been detected by the Java Runtime"),
]


def first_error(text):
    """(code, message, line, col) of the first error in rustc-style output; code `-` when it has none."""
    lines = text.splitlines()
    for k, l in enumerate(lines):
        m = ERROR_RE.match(l)
        if not m or m.group(2).startswith("aborting due to"):
            continue
        line = col = None
        for l2 in lines[k + 1:k + 6]:
            lm = LOC_RE.match(l2)
            if lm:
                line, col = int(lm.group(2)), int(lm.group(3))
                break
            if l2.startswith(("error", "warning")):
                break
        return m.group(1) or "-", m.group(2), line, col
    return None


def internal_lines(text):
    found = []
    for l in text.splitlines():
        if any(r.search(l) for r in INTERNAL_RES):
            found.append(l.strip())
    return found


def check_rustc(name, cwd, timeout):
    p = run_proc(["rustc", "--edition", "2024", "--emit=metadata", "-o", name[:-3] + ".rmeta", name], cwd, timeout)
    v = {"exit": p.code, "secs": round(p.secs, 3), "output": p.out + p.err}
    if p.timed_out:
        v["verdict"] = "timeout"
    elif "internal compiler error" in p.err or p.code not in (0, 1):
        v["verdict"] = "ice"
    elif p.code == 0:
        v["verdict"] = "accept"
    else:
        v["verdict"] = "reject"
        fe = first_error(p.err)
        v["code"], v["msg"], v["line"], v["col"] = fe if fe else ("-", "(no error line)", None, None)
    return v


class CheckServer:
    """`rustmem check` answered by one long-lived JVM (src/test/java/rustmem/fuzz/CommandServer.java): no JVM start per
    mutant. One per job; each answers one request at a time."""

    def __init__(self):
        subprocess.run(["mvn", "-B", "-q", "-o", "test-compile", "dependency:build-classpath",
                        "-Dmdep.outputFile=target/fuzz-classpath.txt"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        jdk = subprocess.run(["bash", "-c", ". scripts/find-jdk.sh && echo \"$JDK\""], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
        with open(os.path.join(ROOT, "target", "fuzz-classpath.txt")) as f:
            cp = f"{ROOT}/target/test-classes:{ROOT}/target/classes:{f.read().strip()}"
        self.proc = subprocess.Popen([jdk + "/bin/java", "-XX:+UseSerialGC", "-Xss512m", "-cp", cp,
                                      "rustmem.fuzz.CommandServer"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8")

    def check(self, cwd, name, timeout):
        path = os.path.join(cwd, name)
        self.proc.stdin.write(json.dumps({"argv": ["check", path], "timeout": int(timeout)}) + "\n")
        self.proc.stdin.flush()
        a = json.loads(self.proc.stdout.readline())
        # as a process started in cwd prints it
        return Proc(a["code"], a["out"].replace(path, name), a["err"].replace(path, name), a["timed_out"], False, a["secs"])


SERVERS = None  # a queue of CheckServers when --server is given


def check_rustmem(cmd, name, cwd, timeout):
    if SERVERS is not None:
        server = SERVERS.get()
        try:
            p = server.check(cwd, name, timeout)
        finally:
            SERVERS.put(server)
    else:
        p = run_proc(cmd + ["check", name], cwd, timeout)
    out = p.out + p.err
    v = {"exit": p.code, "secs": round(p.secs, 3), "output": out}
    internal = internal_lines(out)
    if internal or p.code == 70:
        v["verdict"] = "internal"
        v["internal"] = internal or [f"exit code {p.code}"]
    elif p.timed_out:
        v["verdict"] = "timeout"
    elif p.code == 2 and "error: unsupported" in out:
        v["verdict"] = "unsupported"
        m = re.search(r"error: unsupported: ?(.*)", out)
        v["msg"] = m.group(1) if m else ""
    elif p.code == 0:
        v["verdict"] = "accept"
    elif p.code == 1:
        v["verdict"] = "reject"
        fe = first_error(out)
        v["code"], v["msg"], v["line"], v["col"] = fe if fe else ("-", "(no error line)", None, None)
    else:
        v["verdict"] = "crash"
        v["internal"] = [f"unexpected exit code {p.code}"]
    return v


def code_label(code, msg):
    """A first error's name in a kind: its code, or for an error without one its message's shape."""
    if code != "-":
        return code
    shape = re.sub(r"`[^`]*`", "…", msg or "")
    shape = re.sub(r"\d+", "N", shape)
    return "error: " + _show(shape, 48)


# run comparison: programs whose output rustc's binary may not repeat, or that need input
RUN_SKIP = ["{:p}", "Instant", "SystemTime", "stdin", "thread_rng", "rand::", "read_line", "env::var",
            "process::id", "File::", "fs::", "current_exe", "temp_dir", "UNIX_EPOCH"]
RUN_NONDET = ["HashMap", "HashSet", "thread::", "spawn", "RandomState"]


def compare_run(cmd, name, src, cwd, timeout):
    r = {}
    hits = [s for s in RUN_SKIP if s in src]
    if hits:
        r["kind"] = "run skipped: " + hits[0]
        return r
    exe = name[:-3]
    b = run_proc(["rustc", "--edition", "2024", "-A", "warnings", "-o", exe, name], cwd, 120)
    if b.code != 0:
        fe = first_error(b.err)
        r["kind"] = "run skipped: rustc's build rejects it"
        r["build"] = (b.out + b.err)
        r["build_first"] = code_label(fe[0], fe[1]) if fe else "-"
        return r
    runs = []
    for _ in range(3 if any(s in src for s in RUN_NONDET) else 2):
        p = run_proc(["./" + exe], cwd, timeout)
        if p.timed_out or p.over:
            r["kind"] = "run skipped: rustc's binary " + ("timed out" if p.timed_out else "exceeded the output limit")
            return r
        runs.append(p)
        if (p.out, p.code) != (runs[0].out, runs[0].code):
            r["kind"] = "run skipped: rustc's binary not deterministic"
            return r
    want = runs[0]
    got = run_proc(cmd + ["run", name], cwd, timeout)
    r.update(rustc_stdout=want.out, rustc_stderr=want.err, rustc_exit=want.code,
             rustmem_stdout=got.out, rustmem_stderr=got.err, rustmem_exit=got.code,
             rustc_secs=round(want.secs, 3), rustmem_secs=round(got.secs, 3))
    internal = internal_lines(got.err) + (["exit code 70"] if got.code == 70 != want.code else [])
    if internal:
        r["kind"] = "INTERNAL in rustmem run"
        r["internal"] = internal
    elif got.timed_out:
        r["kind"] = "run: rustmem timed out"
    elif got.over:
        r["kind"] = "run: rustmem exceeded the output limit"
    elif got.code == 2 and "error: unsupported" in got.err:
        r["kind"] = "run: rustmem unsupported"
        m = re.search(r"error: unsupported: ?(.*)", got.err)
        r["msg"] = m.group(1) if m else ""
    elif got.out == want.out and got.code == want.code:
        r["kind"] = "run: same"
    else:
        what = []
        if got.out != want.out:
            what.append("stdout")
        if got.code != want.code:
            what.append(f"exit rustc {want.code} / rustmem {got.code}")
        tail = " (a HashMap/HashSet/thread program)" if any(s in src for s in RUN_NONDET) else ""
        r["kind"] = "run differs: " + ", ".join(what) + tail
    return r


def classify_check(rc, rm):
    """The kind of a mutant's check verdicts, and whether it is a disagreement."""
    a, b = rc["verdict"], rm["verdict"]
    if b in ("internal", "crash"):
        return "INTERNAL in rustmem check", True
    if a == "ice":
        return "rustc ICE (skipped)", False
    if a == "timeout":
        return "rustc timed out (skipped)", False
    if b == "timeout":
        return "rustmem check timed out", True
    if b == "unsupported":
        return f"rustmem unsupported (rustc {'accepts' if a == 'accept' else 'rejects'})", False
    if a == "accept" and b == "accept":
        return "both accept", False
    if a == "reject" and b == "reject":
        if rc["code"] == rm["code"]:
            return "both reject, same first code", False
        return f"first codes differ: rustc {code_label(rc['code'], rc['msg'])} / rustmem {code_label(rm['code'], rm['msg'])}", True
    if a == "reject":
        return f"rustmem accepts / rustc rejects {code_label(rc['code'], rc['msg'])}", True
    return f"rustmem rejects {code_label(rm['code'], rm['msg'])} / rustc accepts", True


def slug(kind):
    s = re.sub(r"[^A-Za-z0-9]+", "-", kind).strip("-").lower()
    return s[:90] or "kind"


def process(index, args, sources, cmd, workroot):
    mseed = mutant_seed(args.seed, index)
    path, orig, text, muts = make_mutant(mseed, sources, args.max_mutations)
    mid = f"m{index:05d}"
    wd = tempfile.mkdtemp(prefix=mid + "-", dir=workroot)
    name = mid + ".rs"
    try:
        with open(os.path.join(wd, name), "w", encoding="utf-8") as f:
            f.write(text)
        rc = check_rustc(name, wd, args.check_timeout)
        rm = check_rustmem(cmd, name, wd, args.check_timeout)
        kind, disagree = classify_check(rc, rm)
        rec = {"id": mid, "index": index, "mutant_seed": mseed, "source": os.path.relpath(path, ROOT),
               "mutations": muts, "kind": kind, "disagreement": disagree, "rustc": rc, "rustmem": rm}
        if args.run and rc["verdict"] == "accept" and rm["verdict"] == "accept":
            rec["run"] = compare_run(cmd, name, text, wd, args.run_timeout)
        rec["text"] = text
        return rec
    finally:
        shutil.rmtree(wd, ignore_errors=True)


def is_run_disagreement(run):
    k = run.get("kind", "") if run else ""
    return k.startswith("run differs") or k.startswith("INTERNAL")


def is_internal(rec):
    return rec["kind"].startswith("INTERNAL") or (rec.get("run") or {}).get("kind", "").startswith("INTERNAL")


def worth_a_case(rec):
    """Disagreements and internal errors, and runs rustmem did not finish in time (a hang, or only slow)."""
    run = rec.get("run") or {}
    return rec["disagreement"] or is_run_disagreement(run) or run.get("kind") == "run: rustmem timed out"


def write_case(out, rec):
    """A disagreement's files: the mutant, both tools' outputs, the seed and the mutation."""
    primary = rec["run"]["kind"] if (not rec["disagreement"] and rec.get("run")) else rec["kind"]
    d = os.path.join(out, "cases", slug(primary), rec["id"])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "mutant.rs"), "w", encoding="utf-8") as f:
        f.write(rec["text"])
    with open(os.path.join(d, "rustc.txt"), "w", encoding="utf-8") as f:
        f.write(f"$ rustc --edition 2024 --emit=metadata {rec['id']}.rs   # exit {rec['rustc']['exit']}\n")
        f.write(rec["rustc"]["output"])
    with open(os.path.join(d, "rustmem.txt"), "w", encoding="utf-8") as f:
        f.write(f"$ rustmem check {rec['id']}.rs   # exit {rec['rustmem']['exit']}\n")
        f.write(rec["rustmem"]["output"])
    if rec["rustc"]["verdict"] == "reject":
        # tests/borrowck/fail's `.expected` form: first code (`none` without one) and its line
        with open(os.path.join(d, "rustc.expected"), "w", encoding="utf-8") as f:
            code = rec["rustc"]["code"]
            f.write(f"{'none' if code == '-' else code} {rec['rustc']['line']}\n")
    run = rec.get("run")
    if run and "rustc_stdout" in run:
        for tool in ("rustc", "rustmem"):
            with open(os.path.join(d, f"{tool}-run.txt"), "w", encoding="utf-8") as f:
                f.write(f"exit {run[tool + '_exit']}\n--- stdout\n{run[tool + '_stdout']}--- stderr\n{run[tool + '_stderr']}")
    info = {k: rec[k] for k in ("id", "mutant_seed", "source", "mutations", "kind")}
    if run:
        info["run"] = run["kind"]
    info["replay"] = f"scripts/fuzz-vs-rustc.py --replay {rec['mutant_seed']}"
    with open(os.path.join(d, "info.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return d


def pct(a, b):
    return f"{a}/{b} = {100.0 * a / b:.1f} %" if b else f"{a}/0 = n/a"


def summarize(recs, args, n_sources, elapsed, out, cases):
    L = []
    L.append(f"rustmem vs rustc: seed {args.seed}, {len(recs)} mutants of {n_sources} programs, "
             f"jobs {args.jobs}, run {'on' if args.run else 'off'}, {elapsed:.0f} s"
             + (" (INTERRUPTED)" if getattr(args, "interrupted", False) else ""))
    internal = [r for r in recs if is_internal(r)]
    L.append("")
    if internal:
        L.append("!" * 78)
        L.append(f"!!! rustmem INTERNAL ERRORS (Java exception / stack trace / `error: internal`): {len(internal)}")
        for r in internal:
            lines = r["rustmem"].get("internal") or (r.get("run") or {}).get("internal") or []
            L.append(f"!!!   {r['id']}  {r['source']}: {_show(lines[0] if lines else '?', 70)}")
            L.append(f"!!!        {cases.get(r['id'], '')}")
        L.append("!" * 78)
    else:
        L.append("rustmem internal errors (Java exceptions, stack traces, `error: internal`): 0")
    verdicts = Counter((r["rustc"]["verdict"], r["rustmem"]["verdict"]) for r in recs)
    L.append("")
    L.append("check verdicts (rustc / rustmem):")
    for (a, b), n in sorted(verdicts.items(), key=lambda x: -x[1]):
        L.append(f"  {n:6d}  rustc {a:7s} / rustmem {b}")
    decided = [r for r in recs if r["rustc"]["verdict"] in ("accept", "reject")
               and r["rustmem"]["verdict"] in ("accept", "reject")]
    agree = sum(1 for r in decided if r["rustc"]["verdict"] == r["rustmem"]["verdict"])
    both_rej = [r for r in decided if r["rustc"]["verdict"] == "reject" and r["rustmem"]["verdict"] == "reject"]
    same_code = [r for r in both_rej if r["rustc"]["code"] == r["rustmem"]["code"]]
    same_line = sum(1 for r in same_code if r["rustc"]["line"] == r["rustmem"]["line"])
    L.append("")
    L.append(f"accept/reject agreement:          {pct(agree, len(decided))}"
             f"   (mutants where both gave a verdict)")
    L.append(f"first-error-code agreement:       {pct(len(same_code), len(both_rej))}   (both reject)")
    L.append(f"  ... and on the same line:       {pct(same_line, len(same_code))}")
    if recs:
        L.append(f"mean check time:                  rustc {sum(r['rustc']['secs'] for r in recs) / len(recs):.2f} s, "
                 f"rustmem {sum(r['rustmem']['secs'] for r in recs) / len(recs):.2f} s")
    other = len(recs) - len(decided)
    if other:
        L.append(f"without a verdict from one side:  {other} (rustmem unsupported/timeout/internal, rustc ICE/timeout)")
    if args.run:
        runs = Counter(r["run"]["kind"] for r in recs if r.get("run"))
        compared = sum(n for k, n in runs.items() if k == "run: same" or k.startswith("run differs"))
        differ = sum(n for k, n in runs.items() if k.startswith("run differs"))
        L.append("")
        L.append(f"runs (both accept, rustc's binary vs `rustmem run`, timeout {args.run_timeout:g} s):")
        L.append(f"  compared {compared}, same {compared - differ}, OUTPUT DIFFERS {differ}")
        for k, n in sorted(runs.items(), key=lambda x: -x[1]):
            L.append(f"  {n:6d}  {k}")
    kinds = Counter()
    example = {}
    for r in recs:
        ks = []
        if r["disagreement"]:
            ks.append(r["kind"])
        if is_run_disagreement(r.get("run")):
            ks.append(r["run"]["kind"])
        for k in ks:
            kinds[k] += 1
            example.setdefault(k, r["id"])
    L.append("")
    L.append(f"disagreements by kind ({sum(kinds.values())} in {len(kinds)} kinds):")
    if kinds:
        L.append(f"  {'count':>5}  {'kind':70s}  example")
    for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        L.append(f"  {n:5d}  {k:70s}  {example[k]}")
    uns = Counter(_show(r["rustmem"].get("msg", ""), 70) for r in recs if r["rustmem"]["verdict"] == "unsupported")
    if uns:
        L.append("")
        L.append(f"rustmem unsupported (not counted as disagreements): {sum(uns.values())}")
        for k, n in uns.most_common(8):
            L.append(f"  {n:5d}  {k}")
    if internal:
        L.append("")
        L.append(f"!!! {len(internal)} mutant(s) made rustmem fail internally: see the list at the top !!!")
    L.append("")
    L.append(f"cases written under {os.path.join(out, 'cases')}/<kind>/<id>/; all mutants in {os.path.join(out, 'mutants.jsonl')}")
    figures = {"mutants": len(recs), "decided": len(decided), "accept_reject_agree": agree,
               "both_reject": len(both_rej), "first_code_agree": len(same_code), "same_line": same_line,
               "internal": len(internal), "kinds": dict(kinds)}
    if args.run:
        figures.update(run_compared=compared, run_differs=differ)
    return "\n".join(L), figures


def collect_sources(patterns):
    import glob
    out = []
    for p in patterns:
        full = p if os.path.isabs(p) else os.path.join(ROOT, p)
        out.extend(sorted(glob.glob(full)))
    return sorted(set(os.path.normpath(p) for p in out))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1, help="run seed (default 1)")
    ap.add_argument("--count", type=int, default=200, help="number of mutants (default 200)")
    ap.add_argument("--start", type=int, default=0, help="first mutant index (default 0): resume a run in parts")
    ap.add_argument("--jobs", type=int, default=1, help="mutants checked at once (default 1)")
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "fuzz-out"),
                    help="output directory (default target/fuzz-out); replaced if it holds an earlier run")
    ap.add_argument("--run", action="store_true", help="also run the mutants both accept and compare stdout and exit code")
    ap.add_argument("--cmd", default=os.path.join(ROOT, "rustmem"), help="rustmem command (default ./rustmem); split like a shell; the tools run in a temporary directory, "
                         "so other relative paths in it do not work")
    ap.add_argument("--server", action="store_true", help="answer `rustmem check` in long-lived JVMs (one per job) built "
                    "from this checkout's classes, not a process per mutant; `run` still starts --cmd")
    ap.add_argument("--run-timeout", type=float, default=10, help="seconds per program run (default 10)")
    ap.add_argument("--check-timeout", type=float, default=60, help="seconds per check (default 60)")
    ap.add_argument("--max-mutations", type=int, default=1, help="mutations per mutant: 1..N (default 1)")
    ap.add_argument("--inputs", nargs="*", default=DEFAULT_INPUTS, help="source globs, relative to the repository")
    ap.add_argument("--replay", type=int, metavar="MUTANT_SEED", help="print the mutant of this seed (from info.json) and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="a line per mutant on stderr")
    args = ap.parse_args()

    sources = collect_sources(args.inputs)
    if not sources:
        sys.exit("error: no source programs found for " + " ".join(args.inputs))
    if args.replay is not None:
        path, _, text, muts = make_mutant(args.replay, sources, args.max_mutations)
        sys.stderr.write(f"// source {os.path.relpath(path, ROOT)}\n" + "".join(f"// {m}\n" for m in muts))
        sys.stdout.write(text)
        return 0
    cmd = shlex.split(args.cmd)
    if "/" in cmd[0]:
        cmd[0] = os.path.abspath(cmd[0])  # the tools run in a temporary directory
    if shutil.which(cmd[0]) is None and not os.access(cmd[0], os.X_OK):
        sys.exit(f"error: rustmem command not found: {cmd[0]}")
    if shutil.which("rustc") is None:
        sys.exit("error: rustc not found")

    if args.server:
        global SERVERS
        SERVERS = queue.Queue()
        for _ in range(max(1, args.jobs)):
            SERVERS.put(CheckServer())
    out = os.path.abspath(args.out)
    if os.path.isdir(out) and os.listdir(out):
        if not os.path.exists(os.path.join(out, "mutants.jsonl")):
            sys.exit(f"error: {out} is not empty and holds no earlier fuzz run; choose another --out")
        shutil.rmtree(out)
    os.makedirs(out, exist_ok=True)
    workroot = tempfile.mkdtemp(prefix="rustmem-fuzz-")
    # a SIGTERM ends the run like Ctrl-C ends it: the temporary directory goes, the summary is printed
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    t0 = time.monotonic()
    print(f"fuzzing: seed {args.seed}, mutants {args.start}..{args.start + args.count - 1}, {len(sources)} programs, "
          f"cmd {args.cmd}, jobs {args.jobs}{', --run' if args.run else ''}", file=sys.stderr)

    recs, cases = [], {}
    jsonl = open(os.path.join(out, "mutants.jsonl"), "w", encoding="utf-8")
    indices = list(range(args.start, args.start + args.count))
    done = 0
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
            futs = {}
            it = iter(indices)
            # at most 2*jobs mutants in flight, so that Ctrl-C stops soon
            for i in it:
                futs[ex.submit(process, i, args, sources, cmd, workroot)] = i
                if len(futs) >= 2 * max(1, args.jobs):
                    break
            try:
                while futs:
                    finished, _ = concurrent.futures.wait(futs, return_when=concurrent.futures.FIRST_COMPLETED)
                    for f in finished:
                        index = futs.pop(f)
                        try:
                            rec = f.result()
                        except Exception as e:  # the fuzzer's own failure: say so, go on with the others
                            print(f"fuzzer error on mutant {index} (seed {mutant_seed(args.seed, index)}): {e!r}",
                                  file=sys.stderr)
                            rec = None
                        nxt = next(it, None)
                        if nxt is not None:
                            futs[ex.submit(process, nxt, args, sources, cmd, workroot)] = nxt
                        if rec is None:
                            continue
                        recs.append(rec)
                        if worth_a_case(rec):
                            cases[rec["id"]] = write_case(out, rec)
                        line = {k: v for k, v in rec.items() if k != "text"}
                        jsonl.write(json.dumps(line, ensure_ascii=False) + "\n")
                        jsonl.flush()
                        done += 1
                        loud = is_internal(rec)
                        if args.verbose or loud:
                            run = f" | {rec['run']['kind']}" if rec.get("run") else ""
                            print(f"{'!!! ' if loud else ''}[{done}/{len(indices)}] {rec['id']} {rec['source']}: "
                                  f"{'; '.join(rec['mutations'])} => {rec['kind']}{run}", file=sys.stderr)
                        elif done % 25 == 0:
                            print(f"[{done}/{len(indices)}] {time.monotonic() - t0:.0f} s", file=sys.stderr)
            except KeyboardInterrupt:
                for f in futs:
                    f.cancel()
                args.interrupted = True
                print("interrupted: waiting for the mutants under way, then summarizing those done",
                      file=sys.stderr)
    finally:
        jsonl.close()
        shutil.rmtree(workroot, ignore_errors=True)
    recs.sort(key=lambda r: r["index"])
    text, figures = summarize(recs, args, len(sources), time.monotonic() - t0, out, cases)
    with open(os.path.join(out, "summary.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(figures, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(text)
    return 3 if figures["internal"] else 0


if __name__ == "__main__":
    sys.exit(main())
