package rustmem.interp;

/**
 * A compiled body's blocks as JVM bytecode of a hidden class of their own ({@link BodyCodegen}): the second tier of
 * the interpreter, which a body enters once it has run enough blocks in the first (the node walk of
 * {@link Interpreter#run}).
 */
abstract class BodyCode {
    /**
     * Runs the frame's body from block start to its return. Before each statement and terminator the code stores
     * its position in {@link Frame#pc} (numbered as {@link CompiledBody#blockStart} does), which is what reports of
     * what the statement threw read. fresh: no block of the frame has run yet (only its arguments hold values).
     */
    abstract void run(Frame f, int start, boolean fresh);

    /** Per block: whether run may start there (null: at any block); the node walk goes on to one that is. */
    private boolean[] entries;
    /** Whether run may start at the first block (where a call starts). */
    private boolean entersAtStart = true;

    void entries(boolean[] entries) {
        this.entries = entries;
        this.entersAtStart = enters(0);
    }

    boolean enters(int block) { return entries == null || entries[block]; }

    boolean entersAtStart() { return entersAtStart; }
}
