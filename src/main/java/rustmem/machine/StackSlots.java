package rustmem.machine;

/**
 * The provenance of pointers to the stack's variables (Miri: each local is an allocation of its own, freed at its
 * StorageDead or when its function returns). A pointer made by `&x` or `&raw const x.f` carries its slot's tag, as a
 * heap pointer carries its block's ({@link Memory#TAG_SHIFT}): an access through it must stay inside that variable
 * while it lives. So reading past a local array into the next variable, or through a pointer to a returned
 * function's variable whose memory the next call reused, is found.
 *
 * <p>Tags are {@link #FIRST}..{@link #LAST}, given round robin to the slots whose address is taken; a slot's tag
 * is free again when the slot ends. When all are taken (a deep recursion taking its locals' addresses) a pointer
 * gets none, and is checked against the variable it lands in, as an untagged stack pointer is.
 */
final class StackSlots {
    /** The tags of slots: between the heap's and the wildcard. */
    static final int FIRST = Memory.HEAP_TAGS + 1, LAST = Memory.WILDCARD - 1;
    private static final int COUNT = LAST - FIRST + 1;

    private final long[] base = new long[COUNT], size = new long[COUNT];
    /** The variable's name (null: a temporary, named by its number) and number, and its function, for reports. */
    private final String[] name = new String[COUNT];
    private final int[] local = new int[COUNT];
    private final Object[] fn = new Object[COUNT];
    /** Whether the slot lives; once it ended, why (until the tag is given to another slot). */
    private final boolean[] live = new boolean[COUNT];
    private final String[] endedBecause = new String[COUNT];
    private int next, liveCount;
    /** Names a slot's function for reports (the interpreter's name of the body it is given). */
    java.util.function.Function<Object, String> fnName = String::valueOf;

    /** A tag for a variable's slot [base, base+size), or 0 when every tag is taken. */
    int open(long base, long size, String name, int local, Object fn) {
        if (liveCount == COUNT) return 0;
        while (live[next]) next = next + 1 == COUNT ? 0 : next + 1;
        int i = next;
        next = next + 1 == COUNT ? 0 : next + 1;
        this.base[i] = base;
        this.size[i] = size;
        this.name[i] = name;
        this.local[i] = local;
        this.fn[i] = fn;
        live[i] = true;
        endedBecause[i] = null;
        liveCount++;
        return FIRST + i;
    }

    /** The slot of tag ended: its scope (StorageDead) or its function (a return). */
    void close(int tag, String because) {
        int i = tag - FIRST;
        if (!live[i]) return;
        live[i] = false;
        endedBecause[i] = because;
        liveCount--;
    }

    /** The address of an access of n bytes at addr through a pointer with the slot's tag, or its Undefined Behavior. */
    long access(int tag, long addr, long n) {
        int i = tag - FIRST;
        long b = base[i];
        if (live[i] && addr >= b && addr + n <= b + size[i]) return addr;
        return failedAccess(i, addr, n);
    }

    long base(int tag) { return base[tag - FIRST]; }

    long size(int tag) { return size[tag - FIRST]; }

    /** An access that is not inside its slot while it lives (kept out of {@link #access}, which the JIT inlines). */
    private long failedAccess(int i, long addr, long n) {
        long b = base[i], s = size[i];
        if (!live[i]) {
            if (endedBecause[i] == null) return addr;   // (never given: a pointer made up with these bits)
            throw new UndefinedBehavior("memory access failed: the stack slot of `" + named(i) + "` (a variable of `" + fnName.apply(fn[i])
                + "`) at 0x" + Long.toHexString(b) + " has been freed (" + endedBecause[i] + "), so this pointer is dangling");
        }
        if (n == 0 && addr >= b && addr <= b + s) return addr;
        long off = addr - b;
        String bytes = n + (n == 1 ? " byte" : " bytes");
        throw new UndefinedBehavior("memory access failed: attempting to access " + bytes + ", but got `" + named(i) + "`"
            + (off < 0 ? "-0x" + Long.toHexString(-off) + " which is before the beginning of the allocation"
                : "+0x" + Long.toHexString(off) + " which is at or beyond the end of the allocation")
            + " of size " + s + (s == 1 ? " byte" : " bytes") + " (a variable of `" + fnName.apply(fn[i]) + "`)");
    }

    private String named(int i) { return name[i] != null ? name[i] : "_" + local[i]; }
}
