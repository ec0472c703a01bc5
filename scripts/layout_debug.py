#!/usr/bin/env python3
"""Turns rustc's `#[rustc_layout(debug)]` output into rustmem's one-line layout summaries.

Usage: layout_debug.py SOURCE.rs RUSTC_STDERR  ->  prints `ALIAS SUMMARY` lines, one per
`#[rustc_layout(debug)] type ALIAS = ...;` in SOURCE, in source order. The summary format is
the one LayoutSummary (src/test/java/rustmem/layout/LayoutSummary.java) produces, so the test
compares strings:

  size=S align=A fields=<shape> niche=<niche> uninhabited=<bool> variants=<variants>
  shape:    prim | union(N) | array(STRIDE,COUNT) | o0,o1,... (offsets by declared field)
  niche:    none | OFFSET:PRIM:START..=END
  variants: single(I) | empty | tag=PRIM:START..=END enc=direct|niche(U,F..=L,START) [v0 offsets/size]...
"""
import re
import sys


class Parser:
    TOKEN = re.compile(r'\s*(\.\.=|\.\.|[{}()\[\],:|]|-?[0-9]+|[A-Za-z_][A-Za-z_0-9]*)')

    def __init__(self, text):
        self.toks = []
        pos = 0
        while pos < len(text):
            m = self.TOKEN.match(text, pos)
            if not m:
                if text[pos:].strip() == '':
                    break
                raise ValueError('cannot tokenize at: ' + text[pos:pos + 40])
            self.toks.append(m.group(1))
            pos = m.end()
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, expect=None):
        t = self.toks[self.i]
        if expect is not None and t != expect:
            raise ValueError('expected %s, got %s at %d' % (expect, t, self.i))
        self.i += 1
        return t

    def value(self):
        t = self.peek()
        if t == '[':
            self.take('[')
            items = []
            while self.peek() != ']':
                items.append(self.value())
                if self.peek() == ',':
                    self.take(',')
            self.take(']')
            return items
        if t == '(':
            # a wrapping range: (..=END) | (START..)
            self.take('(')
            self.take('..=')
            end = int(self.take())
            self.take(')')
            self.take('|')
            self.take('(')
            start = int(self.take())
            self.take('..')
            self.take(')')
            return ('range', start, end)
        if re.fullmatch(r'-?[0-9]+', t):
            n = int(self.take())
            if self.peek() == '..=':
                self.take('..=')
                return ('range', n, int(self.take()))
            return n
        name = self.take()
        if self.peek() == '{':
            self.take('{')
            fields = {}
            while self.peek() != '}':
                key = self.take()
                self.take(':')
                fields[key] = self.value()
                if self.peek() == ',':
                    self.take(',')
            self.take('}')
            return (name, fields)
        if self.peek() == '(':
            self.take('(')
            args = []
            while self.peek() != ')':
                args.append(self.value())
                if self.peek() == ',':
                    self.take(',')
            self.take(')')
            return (name, args)
        return name


def size(v):   # ('Size', [n]) with 'bytes' dropped by the tokenizer -> handled by text cleanup
    return v[1][0]


def prim(v):
    name, args = v
    if name == 'Int':
        width = {'I8': 8, 'I16': 16, 'I32': 32, 'I64': 64, 'I128': 128}[args[0]]
        return ('i' if args[1] == 'true' else 'u') + str(width)
    if name == 'Float':
        return {'F16': 'f16', 'F32': 'f32', 'F64': 'f64', 'F128': 'f128'}[args[0]]
    if name == 'Pointer':
        return 'ptr'
    raise ValueError(name)


def rng(r):
    return '%d..=%d' % (r[1], r[2])


def shape(fields):
    if fields == 'Primitive':
        return 'prim'
    name, f = fields
    if name == 'Union':
        return 'union(%d)' % f['count'] if isinstance(f, dict) else 'union(%d)' % f[0]
    if name == 'Array':
        return 'array(%d,%d)' % (size(f['stride']), f['count'])
    return ','.join(str(size(o)) for o in f['offsets'])


def niche(n):
    if n == 'None':
        return 'none'
    _, [(_, f)] = n
    return '%d:%s:%s' % (size(f['offset']), prim(f['value']), rng(f['valid_range']))


def summary(layout):
    _, l = layout
    out = 'size=%d align=%d fields=%s niche=%s uninhabited=%s ' % (
        size(l['size']), size(l['align'][1]['abi']), shape(l['fields']), niche(l['largest_niche']),
        l['uninhabited'])
    v = l['variants']
    if v == 'Empty':
        return out + 'variants=empty'
    name, f = v
    if name == 'Single':
        return out + 'variants=single(%d)' % f['index']
    tag = f['tag'][1]
    enc = f['tag_encoding']
    if enc == 'Direct':
        encs = 'direct'
    else:
        e = enc[1]
        encs = 'niche(%d,%d..=%d,%d)' % (e['untagged_variant'], e['niche_variants'][1], e['niche_variants'][2],
                                         e['niche_start'])
    parts = []
    for var in f['variants']:
        vl = var[1]
        parts.append('[%s/%d]' % (shape(vl['fields']), size(vl['size'])))
    return out + 'variants=tag=%s:%s enc=%s %s' % (prim(tag['value']), rng(tag['valid_range']), encs, ''.join(parts))


def main():
    src, err = sys.argv[1], sys.argv[2]
    aliases = {}
    for n, line in enumerate(open(src, encoding='utf-8'), 1):
        m = re.search(r'#\[rustc_layout\(debug\)\]\s*type\s+(\w+)', line)
        if m:
            aliases[n] = m.group(1)
    text = open(err, encoding='utf-8').read()
    # each block: "error: layout_of(T) = Layout {...}\n  --> file:LINE:COL"
    blocks = re.finditer(r'^error: layout_of\([^\n]*\) = (Layout \{.*?^\s*\})\n\s*--> [^:]+:(\d+):\d+', text,
                         re.S | re.M)
    results = {}
    for b in blocks:
        body = re.sub(r'Size\((\d+) bytes\)', r'Size(\1)', b.group(1))
        body = re.sub(r'Align\((\d+) bytes\)', r'Align(\1)', body)
        body = re.sub(r'AddressSpace\(\d+\)', 'AS', body)
        results[int(b.group(2))] = summary(Parser(body).value())
    for line in sorted(aliases):
        print('%s %s' % (aliases[line], results.get(line, 'ERROR')))


if __name__ == '__main__':
    main()
