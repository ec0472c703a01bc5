package rustmem.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * The program did something Rust leaves undefined; the run stops with this message (Miri's wording). On its way
 * out of the interpreter it collects where it happened, frame by frame (innermost first), and it names the
 * allocation it is about (its base address, or -1) so a report can tell that allocation's history.
 */
public final class UndefinedBehavior extends RuntimeException {
    /** Where in a frame: the function, whether it is std's, and the source span (null when not known). */
    public record Site(String fn, boolean std, rustmem.source.Span span) {}

    /** The base address of the allocation the error is about (a freed block, an overrun one), or -1. */
    public final long allocation;
    /** The allocation's number, as the message names it (`alloc12`), or -1. */
    public final int allocationId;
    private final List<Site> frames = new ArrayList<>();

    public UndefinedBehavior(String message) { this(message, -1, -1); }

    public UndefinedBehavior(String message, long allocation, int allocationId) {
        super(message, null, false, false);
        this.allocation = allocation;
        this.allocationId = allocationId;
    }

    /** An access through a pointer not aligned for the type accessed (the pointer's alignment: its lowest set bit). */
    public static UndefinedBehavior misaligned(long addr, long align) {
        return new UndefinedBehavior("accessing memory based on pointer with alignment " + Long.lowestOneBit(addr) + ", but alignment "
            + align + " is required");
    }

    private boolean sealed;

    /** Adds the frame the error passes through on its way out (called innermost first), unless {@link #seal}ed. */
    public void at(Site site) { if (!sealed) frames.add(site); }

    /** Its frames are complete: those of the thread it happened in (another thread rethrows it to end the run). */
    public void seal() { sealed = true; }

    public List<Site> frames() { return frames; }
}
