package rustmem.trace;

/**
 * What the machine did, in the order it did it. Every event carries the step it belongs to: the number of
 * program source lines started so far (a line of the program's own code, not std's). Frames of std's functions
 * are events too (their {@code std} flag set), so a view can show or fold them.
 */
public sealed interface TraceEvent {
    long step();

    /**
     * A program line is about to run in a frame (of function fn, on thread): a new step; or (resumed) the frame
     * goes on with its line after a call into the program's code returned (not a new step).
     */
    record Line(long step, String thread, int frame, String fn, int line, boolean resumed) implements TraceEvent {}

    /** A call pushed a frame: its function, base address (lowest byte) and size on the simulated stack. */
    record Call(long step, String thread, int frame, String fn, boolean std, long base, long size) implements TraceEvent {}

    /** A frame was popped: its function returned (or unwound, when a panic passes through it). */
    record Return(long step, String thread, int frame, String fn, boolean std, boolean unwinding) implements TraceEvent {}

    /**
     * A variable of a program frame was given a whole value (live: the value written) or its scope ended while it
     * held one (dead): its type and slot.
     */
    record Storage(long step, int frame, String local, String type, long addr, long size, boolean live, Value value) implements TraceEvent {}

    /** A variable's value was moved out: the binding is invalid until it is assigned again. */
    record Move(long step, int frame, String local, long addr) implements TraceEvent {}

    /** A value is dropped: its type and address (before its Drop impl, if any, and its fields' drops). */
    record Drop(long step, String type, long addr) implements TraceEvent {}

    /** The global allocator handed out a block: its address, requested size and chunk size (glibc's). */
    record Alloc(long step, long addr, long size, long chunk, boolean mmap, CodeSite site) implements TraceEvent {}

    /** A block was freed. */
    record Free(long step, long addr, long size, CodeSite site) implements TraceEvent {}

    /** A block was resized: in place when from == to, else moved (from freed). */
    record Realloc(long step, long from, long to, long oldSize, long size, CodeSite site) implements TraceEvent {}

    /** The program wrote to stdout (fd 1) or stderr (fd 2): the bytes as text. */
    record Output(long step, int fd, String text) implements TraceEvent {}

    /** A panic began unwinding a thread (std has printed its message). */
    record Panic(long step, String thread) implements TraceEvent {}
}
