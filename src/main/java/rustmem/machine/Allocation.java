package rustmem.machine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A block of simulated memory at a fixed address: a stack frame, a heap chunk, a string
 * literal in .rodata. Scalars are stored little-endian, as on x86_64.
 *
 * <p>A block of more than {@link #FLAT_MAX} bytes is <em>paged</em>, as the kernel backs an anonymous mapping: its
 * bytes are segments of {@link #SEGMENT} bytes, each an allocation of its own made when first accessed (reading it
 * shares one array of zeros; the first write gives it its own), so an 8 GiB `vec![0u8; n]` that is never touched
 * costs nothing. {@link Memory#find} hands out the segment an access falls in; the few accesses that cross a
 * segment's end go through the range methods here, which take offsets from the block's start.
 */
public final class Allocation {
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The largest block held in one array; larger ones are paged. */
    public static final long FLAT_MAX = 16L << 20;
    static final int SEGMENT_SHIFT = 20, SEGMENT = 1 << SEGMENT_SHIFT;
    /** The bytes of every segment not written yet (never written itself). */
    private static final byte[] ZERO = new byte[SEGMENT];

    public final int id;
    /** A heap block's provenance tag, given by {@link Memory#allocate} (0 for other blocks). */
    int tag;
    public final long base;
    /**
     * The block's bytes, from offset 0: null for a paged block; a segment's are {@link #ZERO} until it is first
     * written (see {@link #writable}).
     */
    public byte[] bytes;
    private final long size;
    public final AllocKind kind;
    /** What the block holds (its toString is computed only when a report shows it). */
    public final Object label;
    private boolean live = true;
    /** Whether a pointer to it was cast to an integer: pointers made from integers may then access it. */
    public boolean exposed;
    /** The memory whose budget a paged block's segments are backed from (null for a flat block); a segment's block. */
    private final Memory memory;
    private final Allocation whole;
    /** A paged block's segments made so far (null: not accessed yet); null for a flat block. */
    private final Allocation[] segments;
    /**
     * The segments not accessed yet whose bytes are uninitialised (the others read as initialised zeros): a fresh
     * malloc'd block's; a calloc'd one's are initialised.
     */
    private final java.util.BitSet untouchedUninit;

    Allocation(int id, long base, long size, AllocKind kind, Object label) { this(id, base, size, kind, label, null); }

    Allocation(int id, long base, long size, AllocKind kind, Object label, Memory memory) {
        this.id = id;
        this.whole = null;
        this.base = base;
        this.size = size;
        this.kind = kind;
        this.label = label;
        if (size > FLAT_MAX) {
            this.memory = memory;
            bytes = null;
            segments = new Allocation[(int) ((size + SEGMENT - 1) >>> SEGMENT_SHIFT)];
            untouchedUninit = new java.util.BitSet(segments.length);
        } else {
            this.memory = null;
            bytes = new byte[(int) size];
            segments = null;
            untouchedUninit = null;
        }
    }

    /** Segment i of the paged block whole. */
    private Allocation(Allocation whole, int i) {
        this.id = whole.id;
        this.whole = whole;
        this.memory = null;
        this.base = whole.base + ((long) i << SEGMENT_SHIFT);
        this.size = Math.min(SEGMENT, whole.size - ((long) i << SEGMENT_SHIFT));
        this.kind = whole.kind;
        this.label = whole.label;
        this.bytes = ZERO;
        this.segments = null;
        this.untouchedUninit = null;
        if (whole.untouchedUninit.get(i)) markUninit(0, (int) size);
    }

    public boolean paged() { return segments != null; }

    /**
     * The allocation holding the bytes at off: this one when flat, else the segment there (made when first
     * accessed).
     */
    public Allocation holder(long off) {
        if (segments == null) return this;
        int i = (int) (Math.min(off, size - 1) >>> SEGMENT_SHIFT);   // (a zero-sized access at the end: the last)
        Allocation s = segments[i];
        if (s == null) {
            s = segments[i] = new Allocation(this, i);
            s.live = live;
        }
        return s;
    }

    /** The end of the piece of the block at off that one holder's bytes hold (the block's end when flat). */
    public long pieceEnd(long off) {
        return segments == null ? size : Math.min(size, ((off >>> SEGMENT_SHIFT) + 1) << SEGMENT_SHIFT);
    }

    /** Whether the piece at off is a segment never accessed (zeros, their initialisation uniform). */
    private boolean untouched(long off) { return segments != null && segments[(int) (off >>> SEGMENT_SHIFT)] == null; }

    /** The bytes Java holds for the block: a paged one's, those of the segments written so far. */
    long backedBytes() {
        if (segments == null) return size;
        long n = 0;
        for (Allocation s : segments) if (s != null && s.bytes != ZERO) n += s.size;
        return n;
    }

    /** This block (or segment) ready to be written: a segment gets bytes of its own at its first write. */
    public Allocation writable() {
        if (bytes == ZERO) {
            if (whole.memory != null) whole.memory.back(size);
            bytes = new byte[(int) size];
        }
        return this;
    }

    /**
     * The bytes not initialised (Miri's init mask, inverted: a bit per byte, set while the byte holds nothing): a
     * fresh malloc'd block, what a realloc adds, a union's bytes outside the field written, a `MaybeUninit::uninit()`.
     * Null until a byte is marked; only words [uninitLo, uninitHi) may hold a set bit, so an access outside them (on
     * the stack: almost every one) is decided by two comparisons.
     */
    private long[] uninit;
    private int uninitLo, uninitHi;

    public boolean live() { return live; }

    /** Word w of the init mask: a bit per byte of [64w, 64w+64), set while the byte is not initialised. */
    public long uninitWord(int w) { return w >= uninitLo && w < uninitHi ? uninit[w] : 0; }

    /** Whether a byte is marked uninitialised. */
    public boolean hasUninit() { return uninitLo < uninitHi; }

    /** Marks [from, to) not initialised. */
    public void markUninit(int from, int to) {
        if (from >= to) return;
        if (uninit == null) uninit = new long[(int) ((size + 63) >>> 6)];
        int lo = from >>> 6, hi = ((to - 1) >>> 6) + 1;
        if (uninitLo >= uninitHi) {
            uninitLo = lo;
            uninitHi = hi;
        } else {
            uninitLo = Math.min(uninitLo, lo);
            uninitHi = Math.max(uninitHi, hi);
        }
        for (int w = lo; w < hi; w++) uninit[w] |= mask(w, from, to);
    }

    /** Marks [from, to) written. */
    public void markInit(int from, int to) {
        if (from >= to || (to - 1) >>> 6 < uninitLo || from >>> 6 >= uninitHi) return;
        int lo = Math.max(from >>> 6, uninitLo), hi = Math.min(((to - 1) >>> 6) + 1, uninitHi);
        for (int w = lo; w < hi; w++) uninit[w] &= ~mask(w, from, to);
        // the words that may hold a bit shrink from the ends that are clear now
        while (uninitLo < uninitHi && uninit[uninitLo] == 0) uninitLo++;
        while (uninitHi > uninitLo && uninit[uninitHi - 1] == 0) uninitHi--;
    }

    /** The bits of word w that stand for bytes of [from, to). */
    private static long mask(int w, int from, int to) {
        int first = w << 6;
        long m = -1L;
        if (from > first) m &= -1L << (from - first);
        if (to < first + 64) m &= -1L >>> (first + 64 - to);
        return m;
    }

    /** Whether a byte of [from, to) is not initialised. */
    public boolean anyUninit(int from, int to) {
        if (from >= to || (to - 1) >>> 6 < uninitLo || from >>> 6 >= uninitHi) return false;
        int lo = Math.max(from >>> 6, uninitLo), hi = Math.min(((to - 1) >>> 6) + 1, uninitHi);
        for (int w = lo; w < hi; w++) if ((uninit[w] & mask(w, from, to)) != 0) return true;
        return false;
    }

    /**
     * The runs of uninitialised bytes of [from, to), as start and end offsets from `from` one after another, or null
     * when every byte is initialised.
     */
    public int[] uninitRuns(int from, int to) {
        if (!anyUninit(from, to)) return null;
        int[] runs = new int[8];
        int n = 0;
        int end = Math.min(to, uninitHi << 6);
        for (int i = next(Math.max(from, uninitLo << 6), end, true); i < end; ) {
            int j = next(i, end, false);
            if (n + 2 > runs.length) runs = java.util.Arrays.copyOf(runs, runs.length * 2);
            runs[n++] = i - from;
            runs[n++] = j - from;
            i = next(j, end, true);
        }
        return java.util.Arrays.copyOf(runs, n);
    }

    /** The first byte of [i, end) that is uninitialised (set) or initialised (not set), else end; a word at a time. */
    private int next(int i, int end, boolean set) {
        while (i < end) {
            long w = (set ? uninit[i >>> 6] : ~uninit[i >>> 6]) >>> (i & 63);
            if (w != 0) return Math.min(end, i + Long.numberOfTrailingZeros(w));
            i = ((i >>> 6) + 1) << 6;
        }
        return end;
    }

    /**
     * Gives [off, off+n) the initialisation of src's [srcOff, srcOff+n) (a copy keeps uninitialised bytes uninitialised;
     * src may be this allocation, the ranges overlapping as memmove's).
     */
    public void copyInit(Allocation src, int srcOff, int off, int n) {
        int[] runs = src == null ? null : src.uninitRuns(srcOff, srcOff + n);
        markInit(off, off + n);
        if (runs != null) for (int i = 0; i < runs.length; i += 2) markUninit(off + runs[i], off + runs[i + 1]);
    }

    void kill() {
        if (live && memory != null) memory.back(-backedBytes());
        live = false;
        if (segments != null) for (Allocation s : segments) if (s != null) s.live = false;
    }

    public long size() { return size; }

    // ------------------------------------------------------------------ ranges of any block, flat or paged

    /** Marks [from, to) of the block not initialised. */
    public void markUninit(long from, long to) { mark(from, to, true); }

    /** Marks [from, to) of the block initialised. */
    public void markInit(long from, long to) { mark(from, to, false); }

    private void mark(long from, long to, boolean uninit) {
        for (long p = from; p < to; p = pieceEnd(p)) {
            long end = Math.min(to, pieceEnd(p));
            int i = (int) (p >>> SEGMENT_SHIFT);
            if (untouched(p) && wholeSegment(p, end)) {
                untouchedUninit.set(i, uninit);
            } else if (!untouched(p) || untouchedUninit.get(i) != uninit) {
                Allocation h = holder(p);
                int a = inSegment(p), b = a + (int) (end - p);
                if (uninit) h.markUninit(a, b);
                else h.markInit(a, b);
            }
        }
    }

    /** Whether a byte of [from, to) of the block is not initialised. */
    public boolean anyUninit(long from, long to) {
        if (segments == null) return anyUninit((int) from, (int) to);
        for (long p = from; p < to; p = pieceEnd(p)) {
            long end = Math.min(to, pieceEnd(p));
            if (untouched(p) ? untouchedUninit.get((int) (p >>> SEGMENT_SHIFT))
                : segments[(int) (p >>> SEGMENT_SHIFT)].anyUninit(inSegment(p), inSegment(p) + (int) (end - p))) return true;
        }
        return false;
    }

    /** {@link #uninitRuns(int, int)} of [from, to) of the block (a range shorter than 2 GiB). */
    public int[] uninitRuns(long from, long to) {
        if (segments == null) return uninitRuns((int) from, (int) to);
        if (!anyUninit(from, to)) return null;
        int[] runs = new int[8];
        int n = 0;
        for (long p = from; p < to; p = pieceEnd(p)) {
            long end = Math.min(to, pieceEnd(p));
            int shift = (int) (p - from);
            int[] piece = untouched(p) ? (untouchedUninit.get((int) (p >>> SEGMENT_SHIFT)) ? new int[] {0, (int) (end - p)} : null)
                : segments[(int) (p >>> SEGMENT_SHIFT)].uninitRuns(inSegment(p), inSegment(p) + (int) (end - p));
            if (piece == null) continue;
            if (n + piece.length > runs.length) runs = java.util.Arrays.copyOf(runs, Math.max(2 * runs.length, n + piece.length));
            for (int i = 0; i < piece.length; i += 2) {
                if (n > 0 && runs[n - 1] == piece[i] + shift) {
                    runs[n - 1] = piece[i + 1] + shift;   // a run that goes on across the segment's end
                } else {
                    runs[n++] = piece[i] + shift;
                    runs[n++] = piece[i + 1] + shift;
                }
            }
        }
        return java.util.Arrays.copyOf(runs, n);
    }

    /**
     * Copies n bytes of src's [srcOff, srcOff+n) to [off, off+n) of this block with their initialisation (as
     * memmove: src may be this block, the ranges overlapping). A segment never accessed copied whole onto one never
     * accessed stays so (only its initialisation is copied).
     */
    public void copyFrom(Allocation src, long srcOff, long off, long n) {
        boolean backwards = src == this && off > srcOff && off < srcOff + n;
        long done = 0;
        while (done < n) {
            long rest = n - done, len;
            long s, d;   // the piece's offsets in src and here
            if (!backwards) {
                s = srcOff + done;
                d = off + done;
                len = Math.min(rest, Math.min(src.pieceEnd(s) - s, pieceEnd(d) - d));
            } else {
                long sEnd = srcOff + n - done, dEnd = off + n - done;
                len = Math.min(rest, Math.min(sEnd - src.pieceStart(sEnd - 1), dEnd - pieceStart(dEnd - 1)));
                s = sEnd - len;
                d = dEnd - len;
            }
            if (src.untouched(s)) {
                boolean uninit = src.untouchedUninit.get((int) (s >>> SEGMENT_SHIFT));
                if (untouched(d) && wholeSegment(d, d + len)) {
                    untouchedUninit.set((int) (d >>> SEGMENT_SHIFT), uninit);
                } else {
                    Allocation h = holder(d).writable();
                    java.util.Arrays.fill(h.bytes, inSegment(d), inSegment(d) + (int) len, (byte) 0);
                    if (uninit) h.markUninit(inSegment(d), inSegment(d) + (int) len);
                    else h.markInit(inSegment(d), inSegment(d) + (int) len);
                }
            } else {
                Allocation from = src.holder(s), to = holder(d).writable();
                System.arraycopy(from.bytes, src.inSegment(s), to.bytes, inSegment(d), (int) len);
                to.copyInit(from, src.inSegment(s), inSegment(d), (int) len);
            }
            done += len;
        }
    }

    /** Sets [from, to) of the block to value, initialised; zeros over a segment never accessed leave it so. */
    public void fill(long from, long to, byte value) {
        for (long p = from; p < to; p = pieceEnd(p)) {
            long end = Math.min(to, pieceEnd(p));
            if (value == 0 && untouched(p) && wholeSegment(p, end)) {
                untouchedUninit.clear((int) (p >>> SEGMENT_SHIFT));
                continue;
            }
            Allocation h = holder(p).writable();
            int a = inSegment(p);
            java.util.Arrays.fill(h.bytes, a, a + (int) (end - p), value);
            h.markInit(a, a + (int) (end - p));
        }
    }

    /** The start of the piece holding off (0 when flat). */
    private long pieceStart(long off) { return segments == null ? 0 : (off >>> SEGMENT_SHIFT) << SEGMENT_SHIFT; }

    /** off's index in its holder's bytes. */
    private int inSegment(long off) { return segments == null ? (int) off : (int) (off & (SEGMENT - 1)); }

    /** Whether [from, to) is the whole of from's segment. */
    private boolean wholeSegment(long from, long to) { return pieceStart(from) == from && to == pieceEnd(from); }

    /** Reads an integer of size 1, 2, 4 or 8 bytes at offset, sign- or zero-extended to 64 bits. */
    public static long read(byte[] b, int off, int size, boolean signed) {
        return switch (size) {
            case 1 -> signed ? b[off] : b[off] & 0xFFL;
            case 2 -> signed ? (short) I16.get(b, off) : ((short) I16.get(b, off)) & 0xFFFFL;
            case 4 -> signed ? (int) I32.get(b, off) : ((int) I32.get(b, off)) & 0xFFFF_FFFFL;
            case 8 -> (long) I64.get(b, off);
            case 0 -> 0;
            default -> throw new IllegalArgumentException("scalar of " + size + " bytes");
        };
    }

    public static void write(byte[] b, int off, int size, long v) {
        switch (size) {
            case 1 -> b[off] = (byte) v;
            case 2 -> I16.set(b, off, (short) v);
            case 4 -> I32.set(b, off, (int) v);
            case 8 -> I64.set(b, off, v);
            case 0 -> { }
            default -> throw new IllegalArgumentException("scalar of " + size + " bytes");
        }
    }
}
