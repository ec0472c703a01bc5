package rustmem.interp;

import rustmem.ir.Mir;
import rustmem.types.Ty;

/**
 * A function's MIR compiled for one instance: where each local lives in the frame, which locals need their
 * drops tracked, and each block's statements and terminator as nodes that run directly on the machine.
 */
final class CompiledBody {
    final Instance instance;
    final Mir.Body mir;
    final int localCount;
    final int[] offsets;
    final int[] sizes;
    final Ty[] tys;
    /** Locals whose type needs dropping: moves and assignments keep their initialization state. */
    final boolean[] tracked;
    /** The indexes of the tracked locals (made at the first call, once tracked is filled in): what a frame's reuse clears. */
    private int[] trackedLocals;
    int frameSize;
    /** Bytes of the frame below its base: the locals of the bodies inlined into this one ({@link Inliner}). */
    int below;
    /** The blocks compiled so far (each when it first runs, {@link #block}; all once the body gets code of its own). */
    Block[] blocks;
    /** What compiles the blocks not compiled yet (null once all are). */
    BodyCompiler compiler;
    /** Whether the function is #[track_caller] (its frame knows its caller's location). */
    boolean trackCaller;
    /**
     * Each block's first statement's position, numbering the MIR's statements and terminators in order (the terminator
     * after its block's statements): what {@link Frame#pc} holds in the second tier.
     */
    int[] blockStart;
    /** Blocks run in the first tier; the second's code once made (or {@link #NO_CODE} when it cannot be). */
    int heat;
    BodyCode code;
    /** Once the body is hot: its version with small std callees inlined ({@link Inliner}), which new calls run. */
    CompiledBody optimized;
    static final BodyCode NO_CODE = new BodyCode() {
        @Override
        void run(Frame f, int start, boolean fresh) { throw new IllegalStateException("no code"); }
    };

    /** The block of a position. */
    int blockAt(int pc) {
        int i = java.util.Arrays.binarySearch(blockStart, pc);
        return i >= 0 ? i : -i - 2;
    }

    /** Where in the source the statement or terminator at a position is. */
    rustmem.source.Span spanAt(int pc) {
        int b = blockAt(pc), i = pc - blockStart[b];
        Mir.BasicBlock bb = mir.blocks.get(b);
        return i < bb.statements.size() ? bb.statements.get(i).span() : bb.terminator.span();
    }

    /** The position of the node walk's statement si of block b (its terminator when si is the number of statements). */
    int position(int b, int si) {
        Block blk = blocks[b];
        return blockStart[b] + (blk == null ? 0 : si < blk.stmts.length ? blk.mirIndex[si] : blk.mirCount);
    }

    /** Block b, compiled now if it has not been. */
    Block block(int b) {
        Block blk = blocks[b];
        if (blk == null) blocks[b] = blk = compiler.block(b);
        return blk;
    }

    /** Every block compiled (the second tier's code and the inliner look at them all). */
    void compileAll() {
        if (compiler == null) return;
        for (int b = 0; b < blocks.length; b++) block(b);
        compiler = null;
    }

    static final class Block {
        Statements.Stmt[] stmts;
        Terminators.Term term;
        /** The position in the MIR's block of each of stmts (some statements compile to nothing), and their number. */
        int[] mirIndex;
        int mirCount;
        /** The MIR statement each of stmts was compiled from (the second tier's registers look at the locals they name). */
        Mir.Statement[] mir;
        /** How often the node walk ran the block (which calls are worth inlining, {@link Inliner}). */
        int runs;
    }

    CompiledBody(Instance instance, Mir.Body mir) {
        this.instance = instance;
        this.mir = mir;
        this.localCount = mir.locals.size();
        this.offsets = new int[localCount];
        this.sizes = new int[localCount];
        this.tys = new Ty[localCount];
        this.tracked = new boolean[localCount];
    }

    String name() { return instance.toString(); }

    int[] trackedLocals() {
        int[] t = trackedLocals;
        if (t == null) {
            int n = 0;
            for (boolean b : tracked) if (b) n++;
            t = new int[n];
            for (int l = 0, i = 0; l < tracked.length; l++) if (tracked[l]) t[i++] = l;
            trackedLocals = t;
        }
        return t;
    }
}
