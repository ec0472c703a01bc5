package rustmem.machine;

/**
 * The address space of the simulated x86_64 Linux process (no ASLR): a PIE image at
 * 0x555555554000 (.text, .rodata, .data, .bss), the brk heap after it, and the main thread's
 * 8 MiB stack below 0x7ffffffff000 with a guard page under it.
 */
public final class ProcessImage {
    public static final long IMAGE_BASE = 0x5555_5555_4000L;
    public static final long TEXT_BASE = IMAGE_BASE + 0x1000;
    public static final long RODATA_BASE = IMAGE_BASE + 0x40_000;
    public static final long STACK_TOP = 0x7fff_ffff_f000L;
    /** mmap'd blocks (malloc above its threshold) are placed below this, growing down. */
    public static final long MMAP_TOP = 0x7fff_f7fc_0000L;
    public static final long MAIN_STACK_SIZE = 8L << 20;
    public static final long PAGE = 4096;
    /** The simulated process id printed in panic messages. */
    public static final int PID = 4242;

    private ProcessImage() {}

    /** Lowest usable stack address of the main thread; below is the guard page. */
    public static long mainStackLimit() { return STACK_TOP - MAIN_STACK_SIZE + PAGE; }
}
