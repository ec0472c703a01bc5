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
                    if (!a.place().isLocal() || !constantRvalue(body, a.rvalue(), ok)) {
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

    private static boolean constantRvalue(Mir.Body body, Mir.Rvalue rv, BitSet ok) {
        // a constant, or a promotable temporary (or a field of one: the value of a checked `1 + 2`)
        java.util.function.Predicate<Mir.Operand> constant = o -> o instanceof Mir.Constant
            || o instanceof Mir.Move m && fieldsOf(m.place(), ok) || o instanceof Mir.Copy c && fieldsOf(c.place(), ok);
        return switch (rv) {
            case Mir.Use u -> constant.test(u.operand());
            case Mir.Aggregate ag -> !(ag.kind() instanceof Mir.AggregateKind.Closure) && ag.operands().stream().allMatch(constant);
            case Mir.Repeat r -> constant.test(r.value());
            case Mir.Ref r -> !r.mutable() && r.place().isLocal() && ok.get(r.place().local());
            case Mir.Cast c -> constant.test(c.operand());
            case Mir.UnaryOp u -> constant.test(u.operand());
            // arithmetic that cannot fail (an overflow is the checked op's assert, outside the value); an integer
            // division or remainder may (by zero, MIN / -1): rustc promotes it for a literal divisor other than 0
            // and -1
            case Mir.BinaryOp b -> constant.test(b.lhs()) && constant.test(b.rhs()) && (!divides(b.op()) || safeDivisor(body, b.lhs(), b.rhs()));
            case Mir.CheckedBinaryOp b -> constant.test(b.lhs()) && constant.test(b.rhs())
                && (!divides(b.op()) || safeDivisor(body, b.lhs(), b.rhs()));
            default -> false;
        };
    }

    private static boolean fieldsOf(Mir.Place p, BitSet ok) {
        return ok.get(p.local()) && p.projection().stream().allMatch(x -> x instanceof Mir.Proj.Field);
    }

    private static boolean divides(rustmem.syntax.ast.Expr.BinOp op) {
        return op == rustmem.syntax.ast.Expr.BinOp.DIV || op == rustmem.syntax.ast.Expr.BinOp.REM;
    }

    private static boolean safeDivisor(Mir.Body body, Mir.Operand lhs, Mir.Operand rhs) {
        if (isFloat(body, lhs)) return true;
        return rhs instanceof Mir.Constant c && c.value() instanceof Mir.Const.Int i
            && i.value().signum() != 0 && !i.value().equals(java.math.BigInteger.ONE.negate());
    }

    private static boolean isFloat(Mir.Body body, Mir.Operand o) {
        rustmem.types.Ty t = switch (o) {
            case Mir.Constant c -> c.ty();
            case Mir.Move m -> body.locals.get(m.place().local()).ty();
            case Mir.Copy c -> body.locals.get(c.place().local()).ty();
        };
        return t instanceof rustmem.types.Ty.Float;
    }

}
