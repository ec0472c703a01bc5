package rustmem.interp;

import rustmem.interp.Interpreter.Frame;

/**
 * One body's MIR compiled to a tree of nodes ({@link MirCompiler}): what the interpreter executes.
 * Every node holds what it needs already resolved (frame offsets, sizes, the operation), so that
 * running a statement is a virtual call and a few array accesses, with no look-up and no boxing.
 */
final class CompiledBody {
    final Block[] blocks;

    CompiledBody(Block[] blocks) { this.blocks = blocks; }

    record Block(Stmt[] statements, Term terminator) {}

    /** A statement: changes bytes of the frame, the heap or a static. */
    abstract static class Stmt {
        abstract void exec(Frame f);
    }

    /** A terminator: returns the frame to continue in, its block set (null once the outermost frame returned). */
    abstract static class Term {
        abstract Frame exec(Frame f);
    }

    /** A scalar (integer, float bits, bool, char, thin pointer) read or computed, zero- or sign-extended to a long. */
    abstract static class Scalar {
        abstract long get(Frame f);
    }
}
