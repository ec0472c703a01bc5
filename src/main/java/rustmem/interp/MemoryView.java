package rustmem.interp;

import java.math.BigInteger;
import rustmem.machine.AllocKind;

/**
 * Memory as a snapshot reads it: the running machine's ({@link Machine}), or the memory of an earlier step rebuilt
 * from a recording ({@link Replay}). Reads answer as the machine does: a read outside a live allocation or of bytes
 * never written fails with the machine's error.
 */
interface MemoryView {
    /** An allocation as views name it: where it is, its size, what kind of memory holds it, what it holds. */
    record Block(long base, long size, AllocKind kind, Object label, boolean live) {}

    long read(long addr, int size, boolean signed);

    default long readPtr(long addr) { return read(addr, 8, false); }

    default BigInteger read128(long addr, boolean signed) {
        long lo = read(addr, 8, false), hi = read(addr + 8, 8, false);
        return (signed ? BigInteger.valueOf(hi) : Scalars.unsigned(hi)).shiftLeft(64).add(Scalars.unsigned(lo));
    }

    /** n bytes at src as memory holds them (initialised or not). */
    byte[] readBytes(long src, long n);

    /** The allocation (live, or dead and not covered by a newer one) holding addr, or null. */
    Block block(long addr);

    /** The first {@code max} of size bytes at addr (fewer where the allocation, or a paged block's segment, ends there). */
    byte[] shown(long addr, long size, int max);

    /** Whether [addr, addr+size) lies in one live allocation. */
    default boolean readable(long addr, long size) {
        Block b = block(addr);
        return b != null && b.live() && addr + size <= b.base() + b.size();
    }
}
