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
    int frameSize;
    Block[] blocks;
    /** Whether the function is #[track_caller] (its frame knows its caller's location). */
    boolean trackCaller;

    static final class Block {
        Statements.Stmt[] stmts;
        Terminators.Term term;
        /** Where each statement and the terminator are in the source (for reports of undefined behaviour). */
        rustmem.source.Span[] spans;
        rustmem.source.Span termSpan;
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
}
