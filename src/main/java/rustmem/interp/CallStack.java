package rustmem.interp;

/**
 * A thread's frames, outermost first, and the {@link Frame} objects of the calls that returned, one per depth: the
 * next call at a depth takes that depth's (with its registers' array), as a real machine's calls reuse the stack's
 * memory. Without them a recursive function's calls made three objects each (fib(32): 1.7 GB allocated, and a young
 * collection that copied the front end's data). A traced run keeps every frame's object (the trace holds them).
 */
final class CallStack extends java.util.AbstractList<Frame> implements java.util.RandomAccess {
    /** The frames, outermost first: [0, size). A call pushes one and its return pops it (an ArrayList's checks cost a call's time). */
    private Frame[] frames = new Frame[64];
    private int size;
    private Frame[] returned = new Frame[64];

    @Override
    public Frame get(int i) {
        java.util.Objects.checkIndex(i, size);
        return frames[i];
    }

    @Override
    public int size() { return size; }

    @Override
    public boolean add(Frame f) {
        if (size == frames.length) frames = java.util.Arrays.copyOf(frames, 2 * size);
        frames[size++] = f;
        return true;
    }

    /** Removes the innermost frame (a return). */
    void pop() { frames[--size] = null; }

    /** Removes the frame at i: the innermost (a return), or one below it (the frames above move down). */
    @Override
    public Frame remove(int i) {
        java.util.Objects.checkIndex(i, size);
        Frame f = frames[i];
        System.arraycopy(frames, i + 1, frames, i, size - i - 1);
        frames[--size] = null;
        return f;
    }

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
