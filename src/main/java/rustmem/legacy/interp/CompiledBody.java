package rustmem.legacy.interp;

import rustmem.legacy.interp.Interpreter.Frame;

/**
 * One body's MIR compiled to nodes ({@link MirCompiler}): statements and scalar expressions with
 * their frame offsets, sizes and operations resolved, and each block's terminator as the control
 * flow it is. {@link BodyCodegen} turns it into JVM bytecode; {@link TreeBody} walks it when a body
 * is too large for one JVM method.
 */
record CompiledBody(Block[] blocks) {

    /**
     * The blocks a jump reaches from a block at or after them: every loop of the body passes one. Code
     * returns to its caller's loop at these jumps, which counts a step (--max-steps) and runs it on.
     */
    boolean[] loopHeads() {
        boolean[] heads = new boolean[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            for (int t : successors(blocks[i].terminator())) {
                if (t >= 0 && t <= i) heads[t] = true;
            }
        }
        return heads;
    }

    private static int[] successors(Term t) {
        return switch (t) {
            case Goto g -> new int[] {g.target()};
            case If i -> new int[] {i.target(), i.otherwise()};
            case Switch s -> {
                int[] all = java.util.Arrays.copyOf(s.targets(), s.targets().length + 1);
                all[s.targets().length] = s.otherwise();
                yield all;
            }
            case Assert a -> new int[] {a.target()};
            case Call c -> new int[] {c.target()};
            case Effect e -> new int[] {e.target()};
            case Return r -> new int[0];
            case Unreachable u -> new int[0];
        };
    }

    record Block(Stmt[] statements, Term terminator) {}

    /** A statement: changes bytes of the frame, the heap or a static. */
    interface Stmt {
        void exec(Frame f);
    }

    /** A scalar (integer, float bits, bool, char, thin pointer) read or computed, zero- or sign-extended to a long. */
    interface Scalar {
        long get(Frame f);
    }

    /** What a block ends with. */
    sealed interface Term {}

    record Goto(int target) implements Term {}

    /** switchInt with one value: to target when the discriminant equals it. */
    record If(Scalar discr, long value, int target, int otherwise) implements Term {}

    record Switch(Scalar discr, long[] values, int[] targets, int otherwise) implements Term {}

    /** To target when the condition is as expected, else the panic the node raises. */
    record Assert(Scalar cond, boolean expected, int target, MirCompiler.AssertFailure failure) implements Term {}

    /** A call of a body known when compiling: pushes its frame, stores the arguments, runs it, copies the result. */
    record Call(Interpreter.Function callee, Arg[] args, CompiledPlace destination, int target) implements Term {}

    /** A node that does the work (a call through a fn pointer, a std shim, formatting), then goes to target. */
    record Effect(Stmt node, int target) implements Term {}

    record Return() implements Term {}

    /** A block lowering left without a terminator, or `unreachable`: entering it is Undefined Behavior. */
    record Unreachable() implements Term {}

    /** Stores one argument into the callee's frame. */
    interface Arg {
        void store(Frame caller, Frame callee);
    }
}
