#!/usr/bin/env bash
# Regenerates tests/hash-order/NAME.{stdout,exit}: rustc 1.95's std HashMap and HashSet (hashbrown, SipHash-1-3)
# under the RandomState keys rustmem uses (k0 = 0x0706050403020100 plus one for each map made, as std's
# RandomState::new adds one; k1 = 0x0f0e0d0c0b0a0908), so that iteration order is comparable: each
# `HashMap::new()` / `HashSet::new()` / `.collect()` into a set of the program is made with those keys.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for f in tests/hash-order/*.rs; do
  base="${f%.rs}"
  name="$(basename "$base")"
  python3 - "$f" "$work/$name.rs" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
n = [0]
def keyed(kind):
    def f(m):
        k = "Keys(0x0706050403020100 + %d, 0x0f0e0d0c0b0a0908)" % n[0]
        n[0] += 1
        return "%s::with_hasher(%s)" % (kind, k)
    return f
# in source order, as the program makes them
def one(m):
    if m.group(1):   # a set from collect(): its FromIterator makes it (with a new RandomState), then extends it
        name, elem, iter = m.group(1), m.group(2), m.group(3)
        return "let mut %s: HashSet<%s, Keys> = %s; %s.extend(%s);" % (name, elem, keyed("HashSet")(None), name, iter)
    return keyed(m.group(4))(None)
src = re.sub(r"let (\w+): HashSet<([^>]*)> = (.*)\.collect\(\);|(HashMap|HashSet)::new\(\)", one, src)
src = re.sub(r"HashMap<([^;=]*)> = HashMap::with_hasher", r"HashMap<\1, Keys> = HashMap::with_hasher", src)
header = """#![feature(hashmap_internals)]
#![allow(deprecated)]
use std::hash::{BuildHasher, SipHasher13};
struct Keys(u64, u64);
impl BuildHasher for Keys { type Hasher = SipHasher13; fn build_hasher(&self) -> SipHasher13 { SipHasher13::new_with_keys(self.0, self.1) } }
"""
open(sys.argv[2], "w").write(header + src)
PY
  RUSTC_BOOTSTRAP=1 rustc --edition 2024 -A warnings -o "$work/$name" "$work/$name.rs"
  set +e
  "$work/$name" > "$base.stdout"
  code=$?
  set -e
  echo "$code" > "$base.exit"
  echo "$name: exit $code"
done
