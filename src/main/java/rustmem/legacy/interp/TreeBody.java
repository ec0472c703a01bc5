package rustmem.legacy.interp;

import rustmem.legacy.interp.CompiledBody.Block;
import rustmem.legacy.interp.CompiledBody.Stmt;
import rustmem.legacy.interp.Interpreter.Frame;

/**
 * A body run by walking its nodes: for bodies too large for one JVM method (64 KiB of bytecode),
 * and as the reference the generated code must agree with.
 */
final class TreeBody extends BodyCode {
    private static final int RETURN = Integer.MIN_VALUE;

    private final Interpreter in;
    private final Block[] blocks;

    TreeBody(Interpreter in, CompiledBody body) {
        this.in = in;
        this.blocks = body.blocks();
    }

    @Override
    int run(Frame f, int block) {
        int at = block;
        while (true) {
            Block b = blocks[at];
            for (Stmt s : b.statements()) s.exec(f);
            int next = switch (b.terminator()) {
                case CompiledBody.Goto g -> g.target();
                case CompiledBody.If i -> i.discr().get(f) == i.value() ? i.target() : i.otherwise();
                case CompiledBody.Switch s -> {
                    long v = s.discr().get(f);
                    int to = s.otherwise();
                    for (int k = 0; k < s.values().length; k++) {
                        if (s.values()[k] == v) {
                            to = s.targets()[k];
                            break;
                        }
                    }
                    yield to;
                }
                case CompiledBody.Assert a -> {
                    if ((a.cond().get(f) != 0) != a.expected()) throw a.failure().raise(f);
                    yield a.target();
                }
                case CompiledBody.Call c -> {
                    in.invoke(c, f);
                    yield c.target();
                }
                case CompiledBody.Effect e -> {
                    e.node().exec(f);
                    yield e.target();
                }
                case CompiledBody.Return r -> RETURN;
                case CompiledBody.Unreachable u -> -1;
            };
            if (next == RETURN) return -1;
            if (next < 0) throw in.unreachable();   // also a diverging call that returned
            if (next <= at) return next;   // a loop's next iteration: back to the caller's loop
            at = next;
        }
    }
}
