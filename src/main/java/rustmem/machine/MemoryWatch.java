package rustmem.machine;

/**
 * What a traced run's recording hears of memory: every allocation made and freed ({@link Memory}), and every write
 * through a pointer ({@code interp.Machine}); a frame's writes to its own locals it learns from the frames that ran.
 */
public interface MemoryWatch {
    void allocated(Allocation a);

    void freed(Allocation a);

    /** n bytes at addr (a pointer: its provenance tag is dropped) were written, or their initialisation changed. */
    void wrote(long addr, long n);
}
