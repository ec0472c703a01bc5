package rustmem.interp;

import rustmem.interp.CompiledBody.Block;
import rustmem.interp.CompiledBody.Stmt;
import rustmem.interp.Interpreter.Frame;

/**
 * A body run by walking its nodes: for bodies too large for one JVM method (64 KiB of bytecode),
 * and as the reference the generated code must agree with.
 */
final class TreeBody extends BodyCode {
    private static final int RETURN = Integer.MIN_VALUE;

    private final Interpreter in;
    private final Block[] blocks;
    /** Where steps are counted, as in generated code: the entry and the heads of loops. */
    private final boolean[] loopHeads;

    TreeBody(Interpreter in, CompiledBody body) {
        this.in = in;
        this.blocks = body.blocks();
        this.loopHeads = body.loopHeads();
    }

    @Override
    void run(Frame f) {
        int next = 0;
        in.step();
        while (true) {
            if (loopHeads[next]) in.step();
            Block b = blocks[next];
            for (Stmt s : b.statements()) s.exec(f);
            next = switch (b.terminator()) {
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
                    in.call(c, f);
                    yield c.target();
                }
                case CompiledBody.Effect e -> {
                    e.node().exec(f);
                    yield e.target();
                }
                case CompiledBody.Return r -> RETURN;
                case CompiledBody.Unreachable u -> -1;
            };
            if (next == RETURN) return;
            if (next < 0) throw in.unreachable();   // also a diverging call that returned
        }
    }
}
