package rustmem.machine;

import java.util.Map;
import java.util.TreeMap;

/** All allocations of the process, found by address (Miri's memory, without provenance tags yet). */
public final class Memory {
    /**
     * The allocations by base address. A freed one stays (dead) until a new allocation starts at its
     * address or covers it: a heap chunk is mostly reused at the same address (tcache), which then
     * costs one tree update instead of two.
     */
    private final TreeMap<Long, Allocation> byBase = new TreeMap<>();
    private int allocations;
    private long rodataNext = ProcessImage.RODATA_BASE;

    public Allocation allocate(long base, long size, AllocKind kind, Object label) {
        Allocation a = new Allocation(allocations++, base, size, kind, label, this);
        byBase.put(base, a);
        // dead allocations the new one covers would be found instead of it (even when a dead one of the same size
        // started here: a block made inside that one's range after it was freed is dead now, and would be found)
        var covered = byBase.subMap(base, false, base + Math.max(size, 1), false);
        if (!covered.isEmpty()) covered.clear();
        if (!a.paged()) remember(a, recent.length - 1);   // a new block is written next (a paged one: its segments)
        return a;
    }

    /** A read-only data allocation (a string literal) the image did not place, put after the previous one. */
    public Allocation allocateRodata(byte[] data, String label) { return allocateRodata(data, label, 1); }

    /** The same, at an address that is a multiple of align (a power of two). */
    public Allocation allocateRodata(byte[] data, String label, long align) {
        rodataNext = (rodataNext + align - 1) & -align;
        Allocation a = allocateRodataAt(rodataNext, data, label);
        rodataNext += data.length;
        return a;
    }

    /** A read-only data allocation at the address the program's image gave it. */
    public Allocation allocateRodataAt(long address, byte[] data, String label) {
        Allocation a = allocate(address, data.length, AllocKind.RODATA, label);
        System.arraycopy(data, 0, a.bytes, 0, data.length);
        return a;
    }

    public void free(Allocation a) { a.kill(); }

    /**
     * The bytes of paged blocks' segments written (the pages the process touched), and how many the JVM running
     * rustmem can hold: half its heap (the rest holds the program's small blocks, stacks and rustmem itself).
     */
    private long backed;
    private static final long BACKING_LIMIT = Runtime.getRuntime().maxMemory() / 2;

    /** What rustmem cannot do: hold more written memory than {@link #BACKING_LIMIT}. */
    public static final class Exhausted extends RuntimeException {
        Exhausted(long limit) {
            super("writing to more than " + limit + " bytes of large heap blocks (what rustmem's JVM can hold; the real "
                + "process would use that much RAM)", null, false, false);
        }
    }

    /** n more (or, negative, fewer) bytes of paged blocks' segments written. */
    void back(long n) {
        if (n > 0 && backed + n > BACKING_LIMIT) throw new Exhausted(BACKING_LIMIT);
        backed += n;
    }

    /** A live allocation with a new size at the same address, its bytes and their initialisation kept (realloc in place). */
    public Allocation resize(Allocation a, long size) {
        Allocation b = allocate(a.base, size, a.kind, a.label);
        b.copyFrom(a, 0, 0, Math.min(size, a.size()));
        a.kill();
        return b;
    }

    /**
     * The allocations find returned last, most recent first: a loop touches few blocks (its frame, a
     * buffer or two, a literal), so most look-ups end here instead of in the tree.
     */
    private final Allocation[] recent = new Allocation[4];

    /** The allocation (live or not) holding addr, or null: for views, which must not fail. */
    public Allocation containing(long addr) {
        Map.Entry<Long, Allocation> e = byBase.floorEntry(addr);
        return e != null && addr < e.getValue().base + Math.max(e.getValue().size(), 1) ? e.getValue() : null;
    }

    /**
     * The live allocation holding [addr, addr+size) (of a paged one, the segment), or an Undefined Behavior error;
     * null when the range is in a paged allocation but crosses the end of a segment (see {@link Allocation#holder}).
     */
    public Allocation find(long addr, long size) {
        Allocation[] r = recent;
        for (int i = 0; i < r.length; i++) {
            Allocation a = r[i];
            if (a != null && addr >= a.base && addr + size <= a.base + a.size() && a.live()) {
                if (i > 0) remember(a, i);
                return a;
            }
        }
        Map.Entry<Long, Allocation> e = byBase.floorEntry(addr);
        if (size == 0 && addr != 0 && (e == null || !e.getValue().live() || addr > e.getValue().base + e.getValue().size())) {
            // a zero-sized access (a ZST behind a dangling, aligned pointer such as Box::new(Unit)) touches nothing
            return new Allocation(-1, addr, 0, AllocKind.HEAP, "zero-sized");
        }
        if (e == null || !e.getValue().live() || addr + size > e.getValue().base + e.getValue().size()) throw accessFailed(addr, size, e);
        Allocation a = e.getValue();
        if (a.paged()) {
            a = a.holder(addr - a.base);
            if (addr + size > a.base + a.size()) return null;
        }
        remember(a, r.length - 1);
        return a;
    }

    /** Why an access of size bytes at addr is undefined behaviour, as Miri says it (floor: the allocation at or below addr). */
    private static UndefinedBehavior accessFailed(long addr, long size, Map.Entry<Long, Allocation> floor) {
        String bytes = size + (size == 1 ? " byte" : " bytes");
        if (addr == 0) return new UndefinedBehavior("memory access failed: attempting to access " + bytes + ", but got null pointer");
        if (floor != null) {
            Allocation a = floor.getValue();
            long off = addr - a.base;
            if (!a.live() && off <= a.size()) {
                return new UndefinedBehavior("memory access failed: alloc" + a.id + " has been freed, so this pointer is dangling", a.base, a.id);
            }
            if (a.live() && off <= a.size()) {
                return new UndefinedBehavior("memory access failed: attempting to access " + bytes + ", but got alloc" + a.id + "+0x"
                    + Long.toHexString(off) + " which " + (off + size > a.size() && off < a.size() ? "is only " + (a.size() - off)
                    + " bytes from the end of the allocation" : "is at or beyond the end of the allocation") + " of size " + a.size()
                    + (a.size() == 1 ? " byte" : " bytes"), a.base, a.id);
            }
        }
        return new UndefinedBehavior("memory access failed: attempting to access " + bytes + ", but got 0x" + Long.toHexString(addr)
            + " which points to no allocation (a dangling pointer)");
    }

    /** Moves a to the front of the recent ones, dropping the one at index from (a itself when it was there). */
    private void remember(Allocation a, int from) {
        System.arraycopy(recent, 0, recent, 1, from);
        recent[0] = a;
    }
}
