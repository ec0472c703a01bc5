package rustmem.trace;

import java.util.HashMap;
import java.util.Map;

/**
 * A tracer that keeps only where heap blocks were allocated and freed (the program's line then), for reports made
 * after a run — a leak's allocation, a dangling pointer's block: the program is run again with it (a run is
 * deterministic: same input, same schedule, same addresses).
 */
public final class AllocSites implements Tracer {
    private final Map<Long, CodeSite> allocated = new HashMap<>(), freed = new HashMap<>();

    /** Where the block at addr was last allocated (or moved there by a realloc), or null. */
    public CodeSite allocated(long addr) { return allocated.get(addr); }

    /** Where the block last allocated at addr was freed, or null (still live, or never allocated). */
    public CodeSite freed(long addr) { return freed.get(addr); }

    @Override
    public void alloc(long a, long size, long chunk, boolean mmap, CodeSite site) {
        allocated.put(a, site);
        freed.remove(a);
    }

    @Override
    public void free(long a, long size, CodeSite site) { freed.put(a, site); }

    @Override
    public void realloc(long from, long to, long oldSize, long size, CodeSite site) {
        if (from == to) return;
        freed.put(from, site);
        alloc(to, size, 0, false, site);
    }

    @Override
    public void attach(Inspector inspector) { }

    @Override
    public void call(String thread, int frame, String fn, boolean std, long base, long size) { }

    @Override
    public void ret(String thread, int frame, String fn, boolean std, boolean unwinding) { }

    @Override
    public void line(String thread, int frame, String fn, int line) { }

    @Override
    public void resume(String thread, int frame, String fn, int line) { }

    @Override
    public void storage(int frame, String local, String type, long addr, long size, boolean live, Value value) { }

    @Override
    public void move(int frame, String local, long addr) { }

    @Override
    public void drop(String type, long addr) { }

    @Override
    public void panic(String thread) { }

    @Override
    public void output(int fd, byte[] bytes) { }
}
