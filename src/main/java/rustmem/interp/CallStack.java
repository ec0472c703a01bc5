package rustmem.interp;

/**
 * A thread's frames, outermost first, and the {@link Frame} objects of the calls that returned, one per depth: the
 * next call at a depth takes that depth's (with its registers' array), as a real machine's calls reuse the stack's
 * memory. Without them a recursive function's calls made three objects each (fib(32): 1.7 GB allocated, and a young
 * collection that copied the front end's data). A traced run keeps every frame's object (the trace holds them).
 */
final class CallStack extends java.util.ArrayList<Frame> {
    private Frame[] returned = new Frame[64];

    /** The frame of a call of body at the next depth (the frame it takes is pushed by {@link Interpreter#run}). */
    Frame frame(CompiledBody body, int base, long addr, boolean keep) {
        if (!keep) return new Frame(body, base, addr);
        int depth = size();
        Frame[] r = returned;
        if (depth >= r.length) returned = r = java.util.Arrays.copyOf(r, Math.max(depth + 1, 2 * r.length));
        Frame f = r[depth];
        if (f == null) return r[depth] = new Frame(body, base, addr);
        f.reset(body, base, addr);
        return f;
    }
}
