package rustmem.trace;

import java.util.List;

/**
 * The state of the process at one step: every thread's frames (innermost last) with their variables, the live
 * heap blocks, and where the program was.
 */
public record Snapshot(long step, String thread, String fn, int line, List<ThreadState> threads, List<HeapBlock> heap,
                       List<Static> statics) {

    public record ThreadState(String name, List<FrameState> frames) {}

    /** A frame: its function, whether it is std's, its base and size on the stack, the line it is at. */
    public record FrameState(int id, String fn, boolean std, long base, long size, int line, List<LocalState> locals) {}

    /**
     * A variable of a frame (a parameter or a `let` binding): its slot and its value, with its state — live, not
     * yet initialised (storage not begun), moved out (the binding is invalid), or dead (its scope ended); bytes: the
     * slot's first {@link #BYTES_SHOWN} bytes as they are in memory.
     */
    public record LocalState(String name, String type, long addr, long size, State state, Value value, byte[] bytes) {}

    /** How many of a slot's or block's bytes a snapshot keeps. */
    public static final int BYTES_SHOWN = 64;

    public enum State { LIVE, UNINIT, MOVED, DEAD }

    /**
     * A block of the image's static segments: a static of the program (with its type and value), or a block a
     * pointer of the snapshot points into (a string literal, a constant): its section (.rodata, .data, .bss,
     * .text), address, size and what it is.
     */
    public record Static(String section, long addr, long size, String label, String type, Value value) {}

    /** Every pointer value in a value (its fields, elements), in order. */
    public static void pointers(Value v, List<Value.Pointer> out) {
        switch (v) {
            case Value.Pointer p -> out.add(p);
            case Value.Composite c -> c.fields().forEach(f -> pointers(f.value(), out));
            case Value.Elements e -> e.shown().forEach(x -> pointers(x, out));
            case null, default -> { }
        }
    }

    /**
     * A live heap block: its address, the size asked for, glibc's chunk size, whether it was mmapped, its
     * contents read as the type the first pointer to it says (null when no typed pointer points at its start),
     * whether it is one of Rust's runtime from before main, and where the program allocated it (its innermost
     * program frame's line then; null before main), and its first {@link #BYTES_SHOWN} bytes.
     */
    public record HeapBlock(long addr, long size, long chunk, boolean mmap, String type, Value value, boolean runtime, String site,
                            byte[] bytes) {}
}
