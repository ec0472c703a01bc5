package rustmem.ir;

import java.util.BitSet;

/**
 * rustc's promotion of constants: a temporary built only of constants and borrowed shared (`&0`, `&[1, 2, 3]`,
 * `&None`) lives in static memory, so the borrow is `'static` (`v.get(i).unwrap_or(&0)` may be returned). The borrow
 * checker lets such borrows outlive the function; the interpreter puts the borrowed value in .rodata.
 */
public final class Promotion {
    private Promotion() {}

    /**
     * Temporaries rustc promotes to statics: built only of constants (`&[1, 2, 3]`, `&5`), so a borrow of
     * them is `'static` and outlives any scope.
     */
    public static BitSet promotable(Mir.Body body) {
        BitSet ok = new BitSet();
        for (int l = 0; l < body.locals.size(); l++) if (l != 0 && l > body.argCount && body.locals.get(l).name() == null) ok.set(l);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Mir.BasicBlock b : body.blocks) {
                for (Mir.Statement st : b.statements) {
                    if (!(st instanceof Mir.Assign a) || !ok.get(a.place().local())) continue;
                    if (!a.place().isLocal() || !constantRvalue(a.rvalue(), ok)) {
                        ok.clear(a.place().local());
                        changed = true;
                    }
                }
                if (b.terminator instanceof Mir.Call c && ok.get(c.destination().local())) {
                    ok.clear(c.destination().local());
                    changed = true;
                }
            }
        }
        return ok;
    }

    private static boolean constantRvalue(Mir.Rvalue rv, BitSet ok) {
        java.util.function.Predicate<Mir.Operand> constant = o -> o instanceof Mir.Constant
            || o instanceof Mir.Move m && m.place().isLocal() && ok.get(m.place().local())
            || o instanceof Mir.Copy c && c.place().isLocal() && ok.get(c.place().local());
        return switch (rv) {
            case Mir.Use u -> constant.test(u.operand());
            case Mir.Aggregate ag -> !(ag.kind() instanceof Mir.AggregateKind.Closure) && ag.operands().stream().allMatch(constant);
            case Mir.Repeat r -> constant.test(r.value());
            case Mir.Ref r -> !r.mutable() && r.place().isLocal() && ok.get(r.place().local());
            case Mir.Cast c -> constant.test(c.operand());
            default -> false;
        };
    }

}
