package rustmem.interp;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import rustmem.machine.AllocKind;
import rustmem.machine.Allocation;
import rustmem.machine.Memory;
import rustmem.machine.UndefinedBehavior;

/**
 * Memory at one step of a recorded run: its allocations by address, each with its bytes and which of them are
 * initialised, in pages made at their first non-zero byte (an 8 MiB stack of which a few frames were used holds
 * a few pages). During the run it is the recording's copy of the step before, which the machine's memory is compared
 * with; the checkpoints a replay starts from are written copies of it.
 */
final class ReplayImage implements MemoryView {
    static final int PAGE_SHIFT = 12, PAGE = 1 << PAGE_SHIFT;
    private static final byte[] ZERO = new byte[PAGE];

    /** An allocation: where it is, what it holds, its bytes and its init mask (a bit per byte, set while uninitialised). */
    static final class Region {
        final int id;
        final long base, size;
        final AllocKind kind;
        final Object label;
        boolean live = true;
        byte[][] pages;
        long[][] uninit;

        Region(int id, long base, long size, AllocKind kind, Object label) {
            this.id = id;
            this.base = base;
            this.size = size;
            this.kind = kind;
            this.label = label;
            int n = (int) ((size + PAGE - 1) >>> PAGE_SHIFT);
            pages = new byte[n][];
            uninit = new long[n][];
        }

        byte get(long off) {
            byte[] p = pages[(int) (off >>> PAGE_SHIFT)];
            return p == null ? 0 : p[(int) (off & (PAGE - 1))];
        }

        /** n bytes from off. */
        byte[] bytes(long off, int n) {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) out[i] = get(off + i);
            return out;
        }

        /** The page holding off, made when absent. */
        byte[] page(long off) {
            int i = (int) (off >>> PAGE_SHIFT);
            byte[] p = pages[i];
            if (p == null) p = pages[i] = new byte[PAGE];
            return p;
        }

        long uninitWord(int w) {
            long[] u = uninit[w >>> (PAGE_SHIFT - 6)];
            return u == null ? 0 : u[w & ((PAGE >>> 6) - 1)];
        }

        void setUninitWord(int w, long v) {
            int i = w >>> (PAGE_SHIFT - 6);
            if (uninit[i] == null) {
                if (v == 0) return;
                uninit[i] = new long[PAGE >>> 6];
            }
            uninit[i][w & ((PAGE >>> 6) - 1)] = v;
        }

        boolean anyUninit(long from, long to) {
            for (long o = from; o < to; o++) {
                if ((uninitWord((int) (o >>> 6)) >>> (o & 63) & 1) != 0) return true;
            }
            return false;
        }

        /** The bytes Java holds for it. */
        long footprint() {
            long n = 0;
            for (int i = 0; i < pages.length; i++) n += (pages[i] == null ? 0 : PAGE) + (uninit[i] == null ? 0 : PAGE / 8);
            return n;
        }
    }

    /** The allocations by base (dead ones stay until a new one covers them, as {@link Memory} keeps them). */
    private final TreeMap<Long, Region> byBase = new TreeMap<>();
    private final Map<Integer, Region> byId = new HashMap<>();

    /** Writes the image to log (a checkpoint's memory), the labels as the numbers ids gives them. */
    void write(StepLog log, java.util.function.ToIntFunction<Object> ids) {
        log.putNumber(byBase.size());
        for (Region r : byBase.values()) {
            log.putNumber(r.id);
            log.putNumber(r.base);
            log.putNumber(r.size);
            log.putNumber(r.kind.ordinal());
            log.putNumber(ids.applyAsInt(r.label));
            log.put(r.live ? 1 : 0);
            for (int i = 0; i < r.pages.length; i++) {
                if (r.pages[i] == null && r.uninit[i] == null) continue;
                log.putNumber(i + 1);
                log.put((r.pages[i] != null ? 1 : 0) | (r.uninit[i] != null ? 2 : 0));
                if (r.pages[i] != null) log.putBytes(r.pages[i], 0, PAGE);
                if (r.uninit[i] != null) for (long w : r.uninit[i]) log.putNumber(w);
            }
            log.putNumber(0);
        }
    }

    /** An image as {@link #write} wrote it, the labels the objects its numbers name. */
    static ReplayImage read(StepLog.Reader in, java.util.function.IntFunction<Object> objects) {
        ReplayImage image = new ReplayImage();
        for (int n = in.integer(); n > 0; n--) {
            Region r = new Region(in.integer(), in.number(), in.number(), AllocKind.values()[in.integer()], objects.apply(in.integer()));
            r.live = in.get() == 1;
            for (int i; (i = in.integer()) != 0; ) {
                int what = in.get();
                if ((what & 1) != 0) in.bytes(r.pages[i - 1] = new byte[PAGE], 0, PAGE);
                if ((what & 2) != 0) {
                    long[] u = r.uninit[i - 1] = new long[PAGE >>> 6];
                    for (int w = 0; w < u.length; w++) u[w] = in.number();
                }
            }
            image.byBase.put(r.base, r);
            image.byId.put(r.id, r);
        }
        return image;
    }

    Region region(int id) { return byId.get(id); }

    /** A new allocation, as {@link Memory#allocate} makes it: it covers the dead ones in its range. */
    Region add(int id, long base, long size, AllocKind kind, Object label) {
        Region r = new Region(id, base, size, kind, label);
        Region old = byBase.put(base, r);
        if (old != null) byId.remove(old.id);
        var covered = byBase.subMap(base, false, base + Math.max(size, 1), false);
        for (Region c : covered.values()) byId.remove(c.id);
        covered.clear();
        byId.put(id, r);
        return r;
    }

    void free(int id) {
        Region r = byId.get(id);
        if (r != null) r.live = false;
    }

    /** The regions (live or dead) overlapping [lo, hi), in address order. */
    Iterable<Region> overlapping(long lo, long hi) {
        Long from = byBase.floorKey(lo);
        return byBase.subMap(from == null ? lo : from, true, hi, false).values();
    }

    long footprint() {
        long n = 0;
        for (Region r : byBase.values()) n += r.footprint();
        return n;
    }

    // ------------------------------------------------------------------ reading, as the machine reads

    private Region at(long addr) {
        Map.Entry<Long, Region> e = byBase.floorEntry(addr);
        if (e == null) return null;
        Region r = e.getValue();
        return addr < r.base + Math.max(r.size, 1) ? r : null;
    }

    /** The live region holding [addr, addr+size), or the machine's error. */
    private Region find(long addr, long size) {
        Map.Entry<Long, Region> e = byBase.floorEntry(addr);
        Region r = e == null ? null : e.getValue();
        if (r == null || !r.live || addr + size > r.base + r.size) {
            throw r == null ? Memory.accessFailed(addr, size, -1, 0, 0, false) : Memory.accessFailed(addr, size, r.id, r.base, r.size, r.live);
        }
        return r;
    }

    @Override
    public long read(long addr, int size, boolean signed) {
        addr = Memory.address(addr);
        Region r = find(addr, size);
        long off = addr - r.base;
        if (r.anyUninit(off, off + size)) {
            throw new UndefinedBehavior("using uninitialized data, but this operation requires initialized memory");
        }
        long v = 0;
        for (int i = 0; i < size; i++) v |= (r.get(off + i) & 0xFFL) << (8 * i);
        return signed && size < 8 ? v << (64 - 8 * size) >> (64 - 8 * size) : v;
    }

    @Override
    public byte[] readBytes(long src, long n) {
        src = Memory.address(src);
        if (n == 0) return new byte[0];
        Region r = find(src, n);
        return r.bytes(src - r.base, (int) n);
    }

    @Override
    public Block block(long addr) {
        Region r = at(addr);
        return r == null ? null : new Block(r.base, r.size, r.kind, r.label, r.live);
    }

    @Override
    public byte[] shown(long addr, long size, int max) {
        Region r = at(addr);
        if (r == null) return new byte[0];
        long off = addr - r.base;
        return r.bytes(off, (int) Math.max(0, Math.min(Math.min(size, max), r.size - off)));
    }

    // ------------------------------------------------------------------ comparing with the machine's memory

    /**
     * Compares [from, to) of the live allocation a with its region here, makes the region the same, and writes to the
     * log what differed: runs of bytes, and words of the init mask.
     */
    void diff(Region r, Allocation a, long from, long to, StepLog log) {
        byte[] live = a.bytes;
        long i = from;
        while (i < to) {
            long pageEnd = Math.min(to, ((i >>> PAGE_SHIFT) + 1) << PAGE_SHIFT);
            byte[] p = r.pages[(int) (i >>> PAGE_SHIFT)];
            byte[] cmp = p == null ? ZERO : p;
            int po = (int) (i & (PAGE - 1));
            int n = (int) (pageEnd - i);
            int m = java.util.Arrays.mismatch(live, (int) i, (int) i + n, cmp, po, po + n);
            if (m < 0) {
                i = pageEnd;
                continue;
            }
            long start = i + m;
            // the run goes on while bytes differ, or differ again within 8 bytes
            long end = start + 1, last = start;
            while (end < pageEnd && end - last <= 8) {
                if (live[(int) end] != cmp[(int) (end & (PAGE - 1))]) last = end;
                end++;
            }
            int len = (int) (last + 1 - start);
            if (p == null) p = r.page(start);
            System.arraycopy(live, (int) start, p, (int) (start & (PAGE - 1)), len);
            log.put(Replay.BYTES);
            log.putNumber(r.id);
            log.putNumber(start);
            log.putNumber(len);
            log.putBytes(live, (int) start, len);
            i = last + 1;
        }
        for (int w = (int) (from >>> 6), end = (int) ((to - 1) >>> 6); w <= end && from < to; w++) {
            long v = a.uninitWord(w);
            if (v == r.uninitWord(w)) continue;
            r.setUninitWord(w, v);
            log.put(Replay.UNINIT);
            log.putNumber(r.id);
            log.putNumber(w);
            log.putNumber(v);
        }
    }

    /** Gives region r the bytes and init mask of the allocation a (at the recording's start). */
    void load(Region r, Allocation a) {
        for (long off = 0; off < a.size(); off += PAGE) {
            int n = (int) Math.min(PAGE, a.size() - off);
            if (java.util.Arrays.mismatch(a.bytes, (int) off, (int) off + n, ZERO, 0, n) >= 0) {
                System.arraycopy(a.bytes, (int) off, r.page(off), 0, n);
            }
        }
        for (int w = 0; (long) w << 6 < a.size(); w++) r.setUninitWord(w, a.uninitWord(w));
    }

    /** Applies a BYTES record to the region it names. */
    void applyBytes(StepLog.Reader in) {
        Region r = byId.get(in.integer());
        long off = in.number();
        int len = in.integer();
        for (int k = 0; k < len; k++) r.page(off + k)[(int) ((off + k) & (PAGE - 1))] = (byte) in.get();
    }

    /** Applies an UNINIT record. */
    void applyUninit(StepLog.Reader in) {
        Region r = byId.get(in.integer());
        int w = in.integer();
        r.setUninitWord(w, in.number());
    }
}
