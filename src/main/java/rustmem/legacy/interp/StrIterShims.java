package rustmem.legacy.interp;

import rustmem.legacy.types.Ty;

import static rustmem.legacy.interp.Interpreter.fieldTy;

/**
 * str's iterators on std's layouts, advanced as core::str advances them: Chars (a byte iterator decoded
 * as UTF-8), CharIndices (with its front offset), Split by a char (SplitInternal over a CharSearcher:
 * start, end, the searcher's finger and needle bytes, finished), Lines (a SplitInclusive at '\n' whose
 * items lose "\n" or "\r\n"), SplitWhitespace (a Split at each whitespace char through its CharIndices,
 * empty pieces filtered out). Splitting by a &str (StrSearcher's two-way state) is not modelled.
 */
final class StrIterShims {
    private final Interpreter in;
    private final StdShims heap;

    StrIterShims(Interpreter in, StdShims heap) {
        this.in = in;
        this.heap = heap;
    }

    private int readByte(long addr) { return (int) in.readScalar(addr, 1, false); }

    private void writeByte(long addr, int b) { in.writeScalar(addr, 1, b); }

    // ------------------------------------------------------------------ making them

    /** str::chars: the bytes' Iter (pointer, end pointer). */
    void chars(long ptr, long len, long dest, Ty charsTy) {
        long iter = in.field(dest, charsTy, "iter");
        Ty iterTy = fieldTy(charsTy, "iter");
        heap.setWord(in.field(iter, iterTy, 0), ptr);
        heap.setWord(in.field(iter, iterTy, 1), ptr + len);
    }

    /** str::char_indices: front offset 0, then the Chars. */
    void charIndices(long ptr, long len, long dest, Ty ty) {
        heap.setWord(in.field(dest, ty, "front_offset"), 0);
        chars(ptr, len, in.field(dest, ty, "iter"), fieldTy(ty, "iter"));
    }

    /** str::split(char): SplitInternal { start: 0, end: len, matcher: CharSearcher, allow_trailing_empty: true }. */
    void splitChar(long ptr, long len, int needle, long dest, Ty splitTy) {
        initSplit(dest, fieldTy(splitTy, 0), ptr, len, needle, true);
    }

    /** str::lines: a SplitInclusive at '\n' without a trailing empty piece, inside a Map with LinesMap. */
    void lines(long ptr, long len, long dest, Ty linesTy) {
        Ty map = fieldTy(linesTy, 0);
        Ty inclusive = fieldTy(map, "iter");
        initSplit(in.field(dest, linesTy, 0) + in.layout(map).fields().offset(((Ty.Adt) map).def().fieldIndex("iter")),
            fieldTy(inclusive, 0), ptr, len, '\n', false);
    }

    /** str::split_whitespace: Filter { Split<IsWhitespace> { start, end, matcher: its CharIndices } }. */
    void splitWhitespace(long ptr, long len, long dest, Ty ty) {
        Ty filter = fieldTy(ty, "inner");
        long split = in.field(in.field(dest, ty, "inner"), filter, "iter");
        Ty internalTy = fieldTy(fieldTy(filter, "iter"), 0);
        long internal = in.field(split, fieldTy(filter, "iter"), 0);
        heap.setWord(in.field(internal, internalTy, "start"), 0);
        heap.setWord(in.field(internal, internalTy, "end"), len);
        writeByte(in.field(internal, internalTy, "allow_trailing_empty"), 1);
        writeByte(in.field(internal, internalTy, "finished"), 0);
        Ty predicate = fieldTy(internalTy, "matcher");
        Ty multi = fieldTy(predicate, 0);
        long m = in.field(in.field(internal, internalTy, "matcher"), predicate, 0);
        long hay = in.field(m, multi, "haystack");
        heap.setWord(hay, ptr);
        heap.setWord(hay + 8, len);
        charIndices(ptr, len, in.field(m, multi, "char_indices"), fieldTy(multi, "char_indices"));
    }

    private void initSplit(long internal, Ty internalTy, long ptr, long len, int needle, boolean trailingEmpty) {
        heap.setWord(in.field(internal, internalTy, "start"), 0);
        heap.setWord(in.field(internal, internalTy, "end"), len);
        writeByte(in.field(internal, internalTy, "allow_trailing_empty"), trailingEmpty ? 1 : 0);
        writeByte(in.field(internal, internalTy, "finished"), 0);
        Ty searcherTy = fieldTy(internalTy, "matcher");
        long s = in.field(internal, internalTy, "matcher");
        heap.setWord(in.field(s, searcherTy, "haystack"), ptr);
        heap.setWord(in.field(s, searcherTy, "haystack") + 8, len);
        heap.setWord(in.field(s, searcherTy, "finger"), 0);
        heap.setWord(in.field(s, searcherTy, "finger_back"), len);
        byte[] utf8 = new String(Character.toChars(needle)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        in.writeScalar(in.field(s, searcherTy, "needle"), 4, needle);
        writeByte(in.field(s, searcherTy, "utf8_size"), utf8.length);
        heap.writeBytes(in.field(s, searcherTy, "utf8_encoded"), java.util.Arrays.copyOf(utf8, 4));
    }

    // ------------------------------------------------------------------ Iterator::next

    /** Advances a str iterator of type ty at it, writing the item at out; false at the end; null: not one of them. */
    Boolean next(long it, Ty ty, long out) {
        return switch (((Ty.Adt) ty).def().name()) {
            case "Chars" -> {
                long c = nextChar(it, ty);
                if (c < 0) yield false;
                in.writeScalar(out, 4, c);
                yield true;
            }
            case "CharIndices" -> {
                long front = in.field(it, ty, "front_offset");
                Ty charsTy = fieldTy(ty, "iter");
                long chars = in.field(it, ty, "iter");
                long before = remaining(chars, charsTy);
                long c = nextChar(chars, charsTy);
                if (c < 0) yield false;
                long index = heap.word(front);
                heap.setWord(front, index + before - remaining(chars, charsTy));
                Ty item = new Ty.Tuple(java.util.List.of(Ty.USIZE, Ty.CHAR));
                heap.setWord(out + in.layout(item).fields().offset(0), index);
                in.writeScalar(out + in.layout(item).fields().offset(1), 4, c);
                yield true;
            }
            case "Split" -> {
                Ty internalTy = fieldTy(ty, 0);
                // (StdFnShims makes only char splits)
                yield splitNext(in.field(it, ty, 0), internalTy, out, false);
            }
            case "Lines" -> {
                Ty map = fieldTy(ty, 0);
                Ty inclusive = fieldTy(map, "iter");
                long split = in.field(in.field(it, ty, 0), map, "iter");
                if (!splitNext(in.field(split, inclusive, 0), fieldTy(inclusive, 0), out, true)) yield false;
                // LinesMap: without its "\n", then without a "\r" before it
                long ptr = heap.word(out);
                long len = heap.word(out + 8);
                if (len > 0 && readByte(ptr + len - 1) == '\n') {
                    len--;
                    if (len > 0 && readByte(ptr + len - 1) == '\r') len--;
                }
                heap.setWord(out + 8, len);
                yield true;
            }
            case "SplitWhitespace" -> {
                Ty filter = fieldTy(ty, "inner");
                Ty splitTy = fieldTy(filter, "iter");
                long internal = in.field(in.field(in.field(it, ty, "inner"), filter, "iter"), splitTy, 0);
                while (whitespaceSplitNext(internal, fieldTy(splitTy, 0), out)) {
                    if (heap.word(out + 8) > 0) yield true;   // IsNotEmpty
                }
                yield false;
            }
            default -> null;
        };
    }

    /** What a Chars has left, in bytes. */
    private long remaining(long chars, Ty charsTy) {
        long iter = in.field(chars, charsTy, "iter");
        Ty iterTy = fieldTy(charsTy, "iter");
        return heap.word(in.field(iter, iterTy, 1)) - heap.word(in.field(iter, iterTy, 0));
    }

    /** The next char a Chars decodes (advancing its byte pointer), or -1 at the end. */
    private long nextChar(long chars, Ty charsTy) {
        long iter = in.field(chars, charsTy, "iter");
        Ty iterTy = fieldTy(charsTy, "iter");
        long ptr = heap.word(in.field(iter, iterTy, 0));
        long end = heap.word(in.field(iter, iterTy, 1));
        if (ptr == end) return -1;
        int b0 = readByte(ptr);
        int n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        int c = n == 1 ? b0 : b0 & (0xFF >> (n + 1));
        for (int i = 1; i < n; i++) c = (c << 6) | (readByte(ptr + i) & 0x3F);
        heap.setWord(in.field(iter, iterTy, 0), ptr + n);
        return c;
    }

    /**
     * SplitInternal::next (inclusive: next_inclusive, the match kept in the piece) over a CharSearcher,
     * writing the &str piece at out.
     */
    private boolean splitNext(long internal, Ty internalTy, long out, boolean inclusive) {
        long finishedAt = in.field(internal, internalTy, "finished");
        if (readByte(finishedAt) != 0) return false;
        Ty searcherTy = fieldTy(internalTy, "matcher");
        long s = in.field(internal, internalTy, "matcher");
        long hay = heap.word(in.field(s, searcherTy, "haystack"));
        long startAt = in.field(internal, internalTy, "start");
        long start = heap.word(startAt);
        long[] match = charSearcherNext(s, searcherTy, hay);
        if (match != null) {
            long pieceEnd = inclusive ? match[1] : match[0];
            piece(out, hay, start, pieceEnd);
            heap.setWord(startAt, match[1]);
            return true;
        }
        return end(internal, internalTy, hay, out);
    }

    /** SplitInternal::get_end: the last piece (unless empty and trailing empties are not wanted). */
    private boolean end(long internal, Ty internalTy, long hay, long out) {
        writeByte(in.field(internal, internalTy, "finished"), 1);
        long start = heap.word(in.field(internal, internalTy, "start"));
        long end = heap.word(in.field(internal, internalTy, "end"));
        if (readByte(in.field(internal, internalTy, "allow_trailing_empty")) != 0 || end - start > 0) {
            piece(out, hay, start, end);
            return true;
        }
        return false;
    }

    private void piece(long out, long hay, long from, long to) {
        heap.setWord(out, hay + from);
        heap.setWord(out + 8, to - from);
    }

    /** CharSearcher::next_match: memchr for the needle's last byte from finger, then the whole encoding. */
    private long[] charSearcherNext(long s, Ty ty, long hay) {
        long fingerAt = in.field(s, ty, "finger");
        long back = heap.word(in.field(s, ty, "finger_back"));
        int size = readByte(in.field(s, ty, "utf8_size"));
        byte[] encoded = heap.read(in.field(s, ty, "utf8_encoded"), size);
        while (true) {
            long finger = heap.word(fingerAt);
            if (finger >= back) return null;
            long index = -1;
            for (long i = finger; i < back; i++) {
                if ((byte) readByte(hay + i) == encoded[size - 1]) {
                    index = i - finger;
                    break;
                }
            }
            if (index < 0) {
                heap.setWord(fingerAt, back);
                return null;
            }
            finger += index + 1;
            heap.setWord(fingerAt, finger);
            if (finger >= size && java.util.Arrays.equals(heap.read(hay + finger - size, size), encoded)) {
                return new long[] {finger - size, finger};
            }
        }
    }

    /** Split<IsWhitespace>::next: its CharIndices walked to the next whitespace char. */
    private boolean whitespaceSplitNext(long internal, Ty internalTy, long out) {
        if (readByte(in.field(internal, internalTy, "finished")) != 0) return false;
        Ty predicate = fieldTy(internalTy, "matcher");
        Ty multi = fieldTy(predicate, 0);
        long m = in.field(in.field(internal, internalTy, "matcher"), predicate, 0);
        long hay = heap.word(in.field(m, multi, "haystack"));
        Ty indicesTy = fieldTy(multi, "char_indices");
        long indices = in.field(m, multi, "char_indices");
        long startAt = in.field(internal, internalTy, "start");
        Ty item = new Ty.Tuple(java.util.List.of(Ty.USIZE, Ty.CHAR));
        long slot = in.stackSlot(in.layout(item).size());
        try {
            while (Boolean.TRUE.equals(next(indices, indicesTy, slot))) {
                long i = heap.word(slot + in.layout(item).fields().offset(0));
                int c = (int) in.readScalar(slot + in.layout(item).fields().offset(1), 4, false);
                if (isWhitespace(c)) {
                    long len = new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                    piece(out, hay, heap.word(startAt), i);
                    heap.setWord(startAt, i + len);
                    return true;
                }
            }
        } finally {
            in.releaseStackSlot(slot);
        }
        return end(internal, internalTy, hay, out);
    }

    /** char::is_whitespace: Unicode's White_Space property. */
    private static boolean isWhitespace(int c) {
        return switch (c) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }
}
