package rustmem.machine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A block of simulated memory at a fixed address: a stack frame, a heap chunk, a string
 * literal in .rodata. Scalars are stored little-endian, as on x86_64.
 */
public final class Allocation {
    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public final int id;
    public final long base;
    public final byte[] bytes;
    public final AllocKind kind;
    /** What the block holds (its toString is computed only when a report shows it). */
    public final Object label;
    private boolean live = true;

    Allocation(int id, long base, int size, AllocKind kind, Object label) {
        this.id = id;
        this.base = base;
        this.bytes = new byte[size];
        this.kind = kind;
        this.label = label;
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

    /** Whether a byte is marked uninitialised. */
    public boolean hasUninit() { return uninitLo < uninitHi; }

    /** Marks [from, to) not initialised. */
    public void markUninit(int from, int to) {
        if (from >= to) return;
        if (uninit == null) uninit = new long[(bytes.length + 63) >>> 6];
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

    void kill() { live = false; }

    public int size() { return bytes.length; }

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
