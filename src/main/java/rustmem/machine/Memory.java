package rustmem.machine;

import java.util.Map;
import java.util.TreeMap;

/**
 * All allocations of the process, found by address (Miri's memory). A pointer to a heap block carries its
 * provenance in the bits above the address ({@link #TAG_SHIFT}; x86_64 user addresses have 47 bits): the block's
 * tag, which a pointer stored to memory and loaded again keeps. An access through it must land in that block
 * (Miri's AllocId), so a pointer kept across a realloc in place, or one that strays into the next chunk, is found.
 * Pointers to the stack's variables carry their variable's tag ({@link StackSlots}). Pointers without a tag
 * (literals', statics', integers cast to pointers: exposed provenance) are checked against the allocation they land in.
 */
public final class Memory {
    /** Where a pointer's provenance tag starts; the bits below are its address. */
    public static final int TAG_SHIFT = 48;
    public static final long ADDR_MASK = (1L << TAG_SHIFT) - 1;
    /**
     * Tags are 1..{@link #HEAP_TAGS} for heap blocks, given in turn ({@link #newTag}), then the stack's variables'
     * ({@link StackSlots}); 0: no provenance; {@link #WILDCARD}: an integer cast to a pointer.
     */
    private static final int TAGS = 1 << 15;
    static final int HEAP_TAGS = (1 << 14) - 1;
    /**
     * The tag of a pointer made from an integer (Miri's wildcard provenance): it may access what lies at its address
     * if that is not a heap block, or a heap block whose provenance was exposed (its pointer cast to an integer).
     */
    static final int WILDCARD = TAGS - 1;
    /** The tags of pointers to the stack's variables. */
    private final StackSlots slots = new StackSlots();
    /** A heap block that was freed, as a pointer's provenance still names it (its bytes are not kept). */
    private record Freed(int id, long base, long size) {}
    /** Each tag's latest heap block while it lives: the one a pointer with that tag came from (unless the tag was given again). */
    private final Allocation[] byTag = new Allocation[TAGS];
    /** ... once it was freed (until the tag's next block). */
    private final Freed[] freedByTag = new Freed[TAGS];
    /** Exposed heap blocks that were freed, by base: what a pointer made from an integer finds freed. */
    private final TreeMap<Long, Freed> exposedFreed = new TreeMap<>();
    /**
     * The allocations by base address. A freed one stays (dead) until a new allocation starts at its
     * address or covers it: a heap chunk is mostly reused at the same address (tcache), which then
     * costs one tree update instead of two.
     */
    private final TreeMap<Long, Allocation> byBase = new TreeMap<>();
    private int allocations;
    /** Who hears of allocations made and freed (a traced run's recording), or null. */
    private MemoryWatch watch;
    private long rodataNext = ProcessImage.RODATA_BASE;

    public Allocation allocate(long base, long size, AllocKind kind, Object label) {
        Allocation a = new Allocation(allocations++, base, size, kind, label, this);
        byBase.put(base, a);
        if (kind == AllocKind.HEAP) {
            a.tag = newTag();
            byTag[a.tag] = a;
            freedByTag[a.tag] = null;
        }
        // dead allocations the new one covers would be found instead of it (even when a dead one of the same size
        // started here: a block made inside that one's range after it was freed is dead now, and would be found)
        Long next = byBase.higherKey(base);
        if (next != null && next < base + Math.max(size, 1)) byBase.subMap(base, false, base + Math.max(size, 1), false).clear();
        if (!a.paged()) remember(a, recent.length - 1);   // a new block is written next (a paged one: its segments)
        if (watch != null) watch.allocated(a);
        return a;
    }

    /** Makes w hear of every allocation made and freed from now on. */
    public void watch(MemoryWatch w) { watch = w; }

    /** Every allocation found by address now (live ones, and dead ones not covered yet), by base. */
    public java.util.Collection<Allocation> allocations() { return java.util.Collections.unmodifiableCollection(byBase.values()); }

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

    public void free(Allocation a) {
        a.kill();
        if (watch != null) watch.freed(a);
        if (a.kind != AllocKind.HEAP) return;
        if (byTag[tag(a)] == a) {
            byTag[tag(a)] = null;
            freedByTag[tag(a)] = new Freed(a.id, a.base, a.size());
        }
        if (a.exposed) exposedFreed.put(a.base, new Freed(a.id, a.base, a.size()));
    }

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
        free(a);
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
        Allocation a = floor == null ? null : floor.getValue();
        return a == null ? accessFailed(addr, size, -1, 0, 0, false) : accessFailed(addr, size, a.id, a.base, a.size(), a.live());
    }

    /**
     * Why an access of size bytes at addr is undefined behaviour, the allocation at or below addr being the block id
     * [base, base+blockSize), live or not (id -1: none).
     */
    public static UndefinedBehavior accessFailed(long addr, long size, int id, long base, long blockSize, boolean live) {
        String bytes = size + (size == 1 ? " byte" : " bytes");
        if (addr == 0) return new UndefinedBehavior("memory access failed: attempting to access " + bytes + ", but got null pointer");
        if (id >= 0) {
            long off = addr - base;
            if (!live && off <= blockSize) return freed(id, base, "");
            if (live && off <= blockSize) return outOfBounds(id, base, blockSize, addr, size);
        }
        return new UndefinedBehavior("memory access failed: attempting to access " + bytes + ", but got 0x" + Long.toHexString(addr)
            + " which points to no allocation (a dangling pointer)");
    }

    /** An access through a pointer into the block id, freed (note: what follows Miri's words, or ""). */
    static UndefinedBehavior freed(int id, long base, String note) {
        return new UndefinedBehavior("memory access failed: alloc" + id + " has been freed, so this pointer is dangling" + note, base, id);
    }

    /** An access of size bytes at addr, outside the block id [base, base+blockSize) its pointer came from. */
    private static UndefinedBehavior outOfBounds(int id, long base, long blockSize, long addr, long size) {
        long off = addr - base;
        return new UndefinedBehavior("memory access failed: attempting to access " + size + (size == 1 ? " byte" : " bytes") + ", but got alloc"
            + id + (off < 0 ? "-0x" + Long.toHexString(-off) + " which is before the beginning of the allocation"
                : "+0x" + Long.toHexString(off) + " which " + (off + size > blockSize && off < blockSize ? "is only " + (blockSize - off)
                    + " bytes from the end of the allocation" : "is at or beyond the end of the allocation") + " of size " + blockSize
                    + (blockSize == 1 ? " byte" : " bytes")), base, id);
    }

    /** The tag the next heap block is given, unless a live block holds it (see {@link #newTag}). */
    private int nextTag = 1;

    /**
     * A new heap block's tag: the next in turn that no live block holds, of the few after it, so that a pointer's tag
     * finds its block at once ({@link #taggedBlock}) even in a long run where a block outlives HEAP_TAGS others (a
     * String that keeps growing); when all those few are held, the next in turn.
     */
    private int newTag() {
        int first = nextTag, t = first;
        for (int probes = 0; byTag[t] != null && probes < 8; probes++) t = t == HEAP_TAGS ? 1 : t + 1;
        if (byTag[t] != null) t = first;
        nextTag = t == HEAP_TAGS ? 1 : t + 1;
        return t;
    }

    /** A heap block's provenance tag. */
    private static int tag(Allocation a) { return a.tag; }

    /** A pointer to the start of heap block a, with a's provenance. */
    public static long pointerTo(Allocation a) { return ((long) tag(a) << TAG_SHIFT) | a.base; }

    /**
     * Whether p carries a tag: bits 48 to 62 not all clear, bit 63 clear. Other values are addresses as they are
     * (`usize::MAX`, Weak's dangling sentinel; `-1isize as *const T`).
     */
    public static boolean tagged(long p) { return p >= (1L << TAG_SHIFT); }

    /**
     * The flat heap block an access of size bytes through the tagged pointer p lies in when it is the live block the
     * tag names (almost every access), or null: {@link #access} then checks it and {@link #find} finds the block.
     */
    public Allocation taggedBlock(long p, long size) {
        Allocation a = byTag[(int) (p >>> TAG_SHIFT)];   // (never a wildcard's: no block has that tag)
        if (a == null || a.paged()) return null;
        long addr = p & ADDR_MASK;
        return addr >= a.base && addr + size <= a.base + a.size() ? a : null;
    }

    /** A pointer's address, without its provenance (what `ptr.addr()` and `ptr as usize` give). */
    public static long address(long p) { return tagged(p) ? p & ADDR_MASK : p; }

    /** A pointer made from an integer (`addr as *const T`): wildcard provenance, unless it is null or above user space. */
    public static long fromAddress(long addr) { return addr > 0 && addr <= ADDR_MASK ? ((long) WILDCARD << TAG_SHIFT) | addr : addr; }

    /** p is cast to an integer (`ptr as usize`, `expose_provenance`): its heap block's provenance is exposed. */
    public void expose(long p) {
        if (!tagged(p) || (p >>> TAG_SHIFT) == WILDCARD) return;
        Allocation a = origin(p);
        if (a != null) a.exposed = true;
    }

    /** The heap block p's tag names at its address: the latest with the tag, or an older live one holding it. */
    private Allocation origin(long p) {
        int tag = (int) (p >>> TAG_SHIFT);
        long addr = p & ADDR_MASK;
        Allocation a = byTag[tag];
        if (a != null && addr >= a.base && addr <= a.base + a.size()) return a;
        Allocation here = liveAt(addr);
        return here != null && tag(here) == tag ? here : null;
    }

    /**
     * A tag for the stack's variable [base, base+size) whose address is taken (its name, number and function for
     * reports), which pointers into it carry ({@link #withTag}) until {@link #slotEnded}; 0 when all tags are taken.
     */
    public int slotTag(long base, long size, String name, int local, Object fn) { return slots.open(base, size, name, local, fn); }

    /** Names the function that {@link #slotTag}'s fn stands for, in reports. */
    public void nameSlotFunctions(java.util.function.Function<Object, String> names) { slots.fnName = names; }

    public String slotFunctionName(Object fn) { return slots.fnName.apply(fn); }

    /** The variable of a {@link #slotTag} ends; because: why, as a report says it. */
    public void slotEnded(int tag, String because) { slots.close(tag, because); }

    /** The first pointer with p's stack-variable provenance that is inside its variable (p's tag, the variable's start). */
    public long slotStart(long p) { return (p & ~ADDR_MASK) | slots.base((int) (p >>> TAG_SHIFT)); }

    /** ... and the end of that range: the pointer one past the variable's last byte. */
    public long slotEnd(long p) { return slotStart(p) + slots.size((int) (p >>> TAG_SHIFT)); }

    /** A pointer to addr with the provenance tag (none when tag is 0). */
    public static long withTag(int tag, long addr) { return ((long) tag << TAG_SHIFT) | addr; }

    /** Whether p carries a stack variable's provenance ({@link #slotTag}). */
    public static boolean slotTagged(long p) { return p >= SLOT_TAGS_START && p < SLOT_TAGS_END; }

    private static final long SLOT_TAGS_START = (long) StackSlots.FIRST << TAG_SHIFT, SLOT_TAGS_END = (long) (StackSlots.LAST + 1) << TAG_SHIFT;

    /** The pointer p's provenance moved to the address addr (`ptr.with_addr(addr)`); no provenance for an address above user space. */
    public static long withAddress(long p, long addr) { return tagged(p) && addr >= 0 && addr <= ADDR_MASK ? (p & ~ADDR_MASK) | addr : addr; }

    /**
     * The address of an access of size bytes through the pointer p, after checking its provenance: a tagged
     * pointer must point into the live heap block it came from (or, its tag given again, one with its tag); one with a
     * stack variable's, into that variable while it lives.
     */
    public long access(long p, long size) {
        if (!tagged(p)) return p;
        long addr = p & ADDR_MASK;
        int tag = (int) (p >>> TAG_SHIFT);
        if (tag >= StackSlots.FIRST) return tag == WILDCARD ? wildcardAccess(addr, size) : slots.access(tag, addr, size);
        Allocation from = byTag[tag];
        if (from != null && addr >= from.base && addr + size <= from.base + from.size()) return addr;
        Allocation here = liveAt(addr);
        if (here != null && tag(here) == tag && addr + size <= here.base + here.size()) return addr;   // an older block with the tag
        if (from != null) throw outOfBounds(from.id, from.base, from.size(), addr, size);
        Freed f = freedByTag[tag];
        if (f != null) throw freed(f.id(), f.base(), "");
        return addr;
    }

    /** An access through a pointer made from an integer: allowed where no heap block is, or in an exposed one. */
    private long wildcardAccess(long addr, long size) {
        Allocation here = liveAt(addr);
        if (here == null || here.kind != AllocKind.HEAP || here.exposed) return addr;   // (the access itself checks the rest)
        var e = exposedFreed.floorEntry(addr);
        if (e != null && addr < e.getValue().base() + e.getValue().size()) throw freed(e.getValue().id(), e.getValue().base(), " (it was made from the block's exposed address)");
        throw new UndefinedBehavior("memory access failed: attempting to access " + size + (size == 1 ? " byte" : " bytes") + ", but got 0x"
            + Long.toHexString(addr) + ", a pointer made from an integer, and no exposed allocation is there (alloc" + here.id
            + " is, but its address was never exposed: a pointer cast to an integer with `as` or `expose_provenance` exposes it)",
            here.base, here.id);
    }

    /**
     * The heap block p (a pointer given to free or realloc) is the start of, when p's provenance is another block's:
     * that one's error (a block freed, even if another now starts at the same address).
     */
    public long heapPointer(long p) {
        if (!tagged(p)) return p;
        int tag = (int) (p >>> TAG_SHIFT);
        long addr = p & ADDR_MASK;
        if (tag == WILDCARD) return addr;
        Allocation t = byTag[tag];
        if (t != null && t.base == addr) return addr;   // the live block its tag names, from its start (almost every free)
        Freed f = freedByTag[tag];
        Allocation here = liveAt(addr);
        if (f != null && f.base() == addr && (here == null || tag(here) != tag)) throw freed(f.id(), f.base(), " (a double free)");
        return addr;
    }

    /** The live allocation whose range holds addr, or null. */
    private Allocation liveAt(long addr) {
        Allocation a = containing(addr);
        return a != null && a.live() ? a : null;
    }

    /** Moves a to the front of the recent ones, dropping the one at index from (a itself when it was there). */
    private void remember(Allocation a, int from) {
        System.arraycopy(recent, 0, recent, 1, from);
        recent[0] = a;
    }
}
