package rustmem.lint;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.types.ConstInt;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * rustc's `KnownPanicsLint` (rustc_mir_transform): constants propagated through a body's MIR find the overflow,
 * division and bounds asserts that always fail — `arithmetic_overflow` and `unconditional_panic`, errors by default.
 * As rustc, a local assigned once (and never borrowed) is known everywhere after its assignment; any other local
 * only inside the block that gave it its value.
 */
public final class KnownPanics {
    private final TyCtxt tcx;
    private final Mir.Body body;
    private final LintLevels levels;
    private final Diagnostics diags;
    /** Locals whose value, once known, holds in every block. */
    private final boolean[] global;
    /** What is known: an Integer's BigInteger, a Boolean, or a checked operation's {value, overflowed}. */
    private final Map<Integer, Object> known = new HashMap<>();

    private KnownPanics(TyCtxt tcx, Mir.Body body, LintLevels levels, Diagnostics diags) {
        this.tcx = tcx;
        this.body = body;
        this.levels = levels;
        this.diags = diags;
        this.global = assignedOnce(body);
    }

    /** Reports the body's asserts that always fail, unless the lint is allowed there. */
    public static void check(TyCtxt tcx, Mir.Body body, LintLevels levels, Diagnostics diags) {
        new KnownPanics(tcx, body, levels, diags).run();
    }

    private static boolean[] assignedOnce(Mir.Body body) {
        int[] writes = new int[body.locals.size()];
        boolean[] borrowed = new boolean[writes.length];
        for (int i = 0; i <= body.argCount && i < writes.length; i++) writes[i] = 2;   // the return place, the arguments
        for (Mir.BasicBlock b : body.blocks) {
            for (Mir.Statement s : b.statements) {
                if (!(s instanceof Mir.Assign a)) continue;
                writes[a.place().local()] += a.place().isLocal() ? 1 : 2;
                if (a.rvalue() instanceof Mir.Ref r) borrowed[r.place().local()] = true;
                if (a.rvalue() instanceof Mir.RawPtr r) borrowed[r.place().local()] = true;
            }
            if (b.terminator instanceof Mir.Call c) writes[c.destination().local()] += 2;
        }
        boolean[] once = new boolean[writes.length];
        for (int i = 0; i < once.length; i++) once[i] = writes[i] == 1 && !borrowed[i];
        return once;
    }

    /**
     * The blocks reachable from the start, lowest index first; a `switchInt` on a known value leads only to its
     * target (rustc does not lint `x / d` under `if d != 0` with d known to be 0).
     */
    private void run() {
        boolean[] done = new boolean[body.blocks.size()];
        java.util.PriorityQueue<Integer> work = new java.util.PriorityQueue<>();
        work.add(0);
        while (!work.isEmpty()) {
            int bi = work.poll();
            if (done[bi]) continue;
            done[bi] = true;
            Mir.BasicBlock b = body.blocks.get(bi);
            visit(b);
            for (int succ : successors(b.terminator)) if (succ >= 0 && succ < done.length && !done[succ]) work.add(succ);
        }
    }

    private int[] successors(Mir.Terminator t) {
        return switch (t) {
            case Mir.Goto g -> new int[] {g.target()};
            case Mir.Drop d -> new int[] {d.target()};
            case Mir.Call c -> new int[] {c.target()};
            case Mir.Assert a -> new int[] {a.target()};
            case Mir.SwitchInt sw -> {
                Object v = value(sw.discr());
                Long known = v instanceof Boolean bo ? Long.valueOf(bo ? 1 : 0) : v instanceof BigInteger i ? Long.valueOf(i.longValue()) : null;
                if (known == null) {
                    int[] all = java.util.Arrays.copyOf(sw.targets(), sw.targets().length + 1);
                    all[all.length - 1] = sw.otherwise();
                    yield all;
                }
                for (int k = 0; k < sw.values().length; k++) if (sw.values()[k] == known) yield new int[] {sw.targets()[k]};
                yield new int[] {sw.otherwise()};
            }
            case null, default -> new int[0];
        };
    }

    /** What a block makes known (what it does not know of its own is forgotten first), and its failing assert. */
    private void visit(Mir.BasicBlock b) {
        known.keySet().removeIf(l -> !global[l]);
        for (Mir.Statement s : b.statements) {
            if (!(s instanceof Mir.Assign a)) continue;
            Object v = a.place().isLocal() ? eval(a.rvalue(), body.locals.get(a.place().local()).ty()) : null;
            if (v != null) known.put(a.place().local(), v);
            else known.remove(a.place().local());
        }
        if (b.terminator instanceof Mir.Assert as && value(as.cond()) instanceof Boolean c && c != as.expected()) report(as);
        if (b.terminator instanceof Mir.Call c) known.remove(c.destination().local());
    }

    // ------------------------------------------------------------------ values

    private Object value(Mir.Operand o) {
        return switch (o) {
            case Mir.Constant k -> switch (k.value()) {
                case Mir.Const.Int i -> i.value();
                case Mir.Const.Bool b -> b.value();
                case Mir.Const.Named n when k.ty() instanceof Ty.Int -> tcx.tryConstInt(n.def());
                case Mir.Const.Param p when p.value() instanceof Ty.ConstValue cv -> BigInteger.valueOf(cv.value());
                default -> null;
            };
            case Mir.Copy c -> place(c.place());
            case Mir.Move m -> place(m.place());
        };
    }

    private Object place(Mir.Place p) {
        Object v = known.get(p.local());
        if (p.isLocal() || v == null) return v;
        if (p.projection().size() == 1 && p.projection().get(0) instanceof Mir.Proj.Field f && v instanceof Object[] pair) {
            return f.index() < 2 ? pair[f.index()] : null;
        }
        return null;
    }

    /** The value of an rvalue of type ty, or null when it is not known. */
    private Object eval(Mir.Rvalue rv, Ty ty) {
        switch (rv) {
            case Mir.Use u -> { return value(u.operand()); }
            case Mir.Len l -> {
                Ty t = body.locals.get(l.place().local()).ty();
                return l.place().isLocal() && t instanceof Ty.Array a && a.length() instanceof Ty.ConstValue cv ? BigInteger.valueOf(cv.value()) : null;
            }
            case Mir.Cast c when c.kind() == Mir.CastKind.INT_TO_INT && ty instanceof Ty.Int it -> {
                return value(c.operand()) instanceof BigInteger v ? ConstInt.wrap(v, it.kind()) : null;
            }
            case Mir.UnaryOp u -> {
                Object v = value(u.operand());
                if (v instanceof Boolean b && u.op() == UnOp.NOT) return !b;
                if (!(v instanceof BigInteger i) || !(ty instanceof Ty.Int it)) return null;
                return ConstInt.wrap(u.op() == UnOp.NEG ? i.negate() : i.not(), it.kind());
            }
            case Mir.BinaryOp b -> { return binary(b.op(), value(b.lhs()), value(b.rhs()), ty, false); }
            case Mir.CheckedBinaryOp b -> {
                Ty.IntTy it = intTy(b.lhs());
                if (it == null) return null;
                return binary(b.op(), value(b.lhs()), value(b.rhs()), new Ty.Int(it), true);
            }
            default -> { return null; }
        }
    }

    private Ty.IntTy intTy(Mir.Operand o) {
        Ty t = switch (o) {
            case Mir.Constant k -> k.ty();
            case Mir.Copy c -> c.place().isLocal() ? body.locals.get(c.place().local()).ty() : null;
            case Mir.Move m -> m.place().isLocal() ? body.locals.get(m.place().local()).ty() : null;
        };
        return t instanceof Ty.Int i ? i.kind() : null;
    }

    private static Object binary(BinOp op, Object l, Object r, Ty ty, boolean checked) {
        if (l instanceof Boolean a && r instanceof Boolean b) {
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case BIT_AND -> a & b;
                case BIT_OR -> a | b;
                case BIT_XOR -> a ^ b;
                default -> null;
            };
        }
        if (!(l instanceof BigInteger a) || !(r instanceof BigInteger b)) return null;
        if (op.isComparison()) {
            int c = a.compareTo(b);
            return switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }
        if (!(ty instanceof Ty.Int t)) return null;
        Ty.IntTy it = t.kind();
        int bits = it.size * 8;
        BigInteger exact;
        boolean shiftOverflows = false;
        switch (op) {
            case ADD -> exact = a.add(b);
            case SUB -> exact = a.subtract(b);
            case MUL -> exact = a.multiply(b);
            case DIV, REM -> {
                if (b.signum() == 0) return null;
                exact = op == BinOp.DIV ? a.divide(b) : a.remainder(b);
            }
            case BIT_AND -> exact = a.and(b);
            case BIT_OR -> exact = a.or(b);
            case BIT_XOR -> exact = a.xor(b);
            case SHL, SHR -> {
                shiftOverflows = b.signum() < 0 || b.compareTo(BigInteger.valueOf(bits)) >= 0;
                int n = b.mod(BigInteger.valueOf(bits)).intValue();
                exact = op == BinOp.SHL ? a.shiftLeft(n) : a.shiftRight(n);
            }
            default -> { return null; }
        }
        BigInteger wrapped = ConstInt.wrap(exact, it);
        if (!checked) return wrapped;
        return new Object[] {wrapped, shiftOverflows || (op != BinOp.SHL && op != BinOp.SHR && !wrapped.equals(exact))};
    }

    // ------------------------------------------------------------------ reports

    private void report(Mir.Assert as) {
        boolean arithmetic = as.msg() instanceof Mir.AssertKind.OverflowNeg
            || as.msg() instanceof Mir.AssertKind.Overflow o && o.op() != BinOp.DIV && o.op() != BinOp.REM;
        String lint = arithmetic ? "arithmetic_overflow" : "unconditional_panic";
        Span span = as.span();
        if (!levels.isError(lint, span)) return;
        String what = switch (as.msg()) {
            case Mir.AssertKind.Overflow o when o.op() == BinOp.SHL -> "attempt to shift left by `" + show(o.rhs()) + "`, which would overflow";
            case Mir.AssertKind.Overflow o when o.op() == BinOp.SHR -> "attempt to shift right by `" + show(o.rhs()) + "`, which would overflow";
            case Mir.AssertKind.Overflow o when o.op() == BinOp.REM ->
                "attempt to compute the remainder of `" + show(o.lhs()) + " % " + show(o.rhs()) + "`, which would overflow";
            case Mir.AssertKind.Overflow o -> "attempt to compute `" + show(o.lhs()) + " " + o.op().symbol + " " + show(o.rhs()) + "`, which would overflow";
            case Mir.AssertKind.OverflowNeg n -> "attempt to negate `" + show(n.operand()) + "`, which would overflow";
            case Mir.AssertKind.DivisionByZero d -> "attempt to divide `" + show(d.operand()) + "` by zero";
            case Mir.AssertKind.RemainderByZero r -> "attempt to calculate the remainder of `" + show(r.operand()) + "` with a divisor of zero";
            case Mir.AssertKind.BoundsCheck bc -> "index out of bounds: the length is " + plain(bc.len()) + " but the index is " + plain(bc.index());
        };
        diags.emit(Diagnostic.error(arithmetic ? "this arithmetic operation will overflow" : "this operation will panic at runtime")
            .span(span, what).note("`#[deny(" + lint + ")]` on by default"));
    }

    /** A value as rustc's lint shows it: `1_u8`, `u8::MAX`, `i32::MIN`; `_` when it is not known. */
    private String show(Mir.Operand o) {
        Ty.IntTy it = intTy(o);
        if (!(value(o) instanceof BigInteger v) || it == null) return "_";
        int bits = it.size * 8;
        BigInteger max = it.signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.equals(max)) return it.name + "::MAX";
        if (it.signed && v.equals(max.negate().subtract(BigInteger.ONE))) return it.name + "::MIN";
        return v + "_" + it.name;
    }

    private String plain(Mir.Operand o) { return value(o) instanceof BigInteger v ? v.toString() : "_"; }
}
