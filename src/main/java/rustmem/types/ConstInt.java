package rustmem.types;

import java.math.BigInteger;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.resolve.PartialRes;
import rustmem.resolve.Res;
import rustmem.syntax.Lit;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.Type;

/**
 * Integer constants the type checker needs before any code runs: array lengths and enum discriminants.
 * Evaluates literals, arithmetic, casts and paths to constants (std's {@code usize::MAX} included); anything
 * else is reported as unsupported (other constants are computed when the program runs).
 */
public final class ConstInt {
    private final TyCtxt tcx;
    /** The item the expression is written in (its generics, its module), or null: calls are not evaluated then. */
    private final DefId context;

    private ConstInt(TyCtxt tcx, DefId context) {
        this.tcx = tcx;
        this.context = context;
    }

    /** The value, or null after reporting why it cannot be computed. */
    static BigInteger eval(TyCtxt tcx, Expr e, DefId context) {
        try {
            return new ConstInt(tcx, context).value(e);
        } catch (NotConst n) {
            tcx.error(n.at.span(), null, "unsupported: this constant expression in a type or discriminant", "");
            return null;
        }
    }

    /** The value, or null when it is not a constant this evaluator computes (nothing reported). */
    static BigInteger tryEval(TyCtxt tcx, Expr e) {
        try {
            return new ConstInt(tcx, null).value(e);
        } catch (NotConst n) {
            return null;
        }
    }

    private static final class NotConst extends RuntimeException {
        final Expr at;

        NotConst(Expr at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private BigInteger value(Expr e) {
        return switch (e) {
            case Expr.LitExpr l when l.lit().kind() == Lit.Kind.INT -> l.lit().intValue();
            case Expr.LitExpr l when l.lit().kind() == Lit.Kind.BOOL -> l.lit().symbol().equals("true") ? BigInteger.ONE : BigInteger.ZERO;
            case Expr.LitExpr l when l.lit().kind() == Lit.Kind.CHAR || l.lit().kind() == Lit.Kind.BYTE ->
                BigInteger.valueOf(l.lit().cooked().codePointAt(0));
            case Expr.Paren p -> value(p.inner());
            case Expr.Unary u when u.op() == Expr.UnOp.NEG -> value(u.operand()).negate();
            case Expr.Unary u when u.op() == Expr.UnOp.NOT -> value(u.operand()).not();
            case Expr.Binary b -> binary(b);
            case Expr.Cast c -> cast(value(c.operand()), c.type(), e);
            case Expr.BlockExpr b when b.block().stmts().size() == 1 && b.block().stmts().get(0) instanceof Stmt.ExprStmt es && !es.semi() ->
                value(es.expr());
            case Expr.PathExpr p -> path(p);
            case Expr.Call c when context != null && tcx.ctfe != null -> call(c);
            case Expr.OffsetOf o when context != null && tcx.ctfe != null -> offsetOf(o);
            default -> throw new NotConst(e);
        };
    }

    /**
     * A call of a `const fn` with integer (or bool, char) arguments, run by the interpreter as rustc's CTFE runs it
     * (`[0u8; size_of::<u64>()]`, `const N: usize = kib(4);`): its generic arguments must be written and known.
     */
    private BigInteger call(Expr.Call c) {
        if (!(c.callee() instanceof Expr.PathExpr p)) throw new NotConst(c);
        PartialRes pr = tcx.res.partialRes(p);
        if (pr == null || !pr.isFull() || !(pr.base() instanceof Res.Def d) || d.kind() != DefKind.FN
            || !(tcx.item(d.id()).kind() instanceof Item.Fn f) || !f.header().isConst()) {
            throw new NotConst(c);
        }
        var seg = p.path().segments().get(p.path().segments().size() - 1);
        if (tcx.generics(d.id()).count() > 0 && seg.args() == null) throw new NotConst(c);
        List<Ty> generics = new TyLowering(tcx, context, null).args(d.id(), seg, List.of(), null, c.span());
        for (Ty g : generics) if (g.hasParams() || g instanceof Ty.Error) throw new NotConst(c);
        FnSig sig = tcx.fnSig(d.id());
        if (sig.inputs().size() != c.args().size() || !isScalar(sig.output())) throw new NotConst(c);
        List<BigInteger> args = new java.util.ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            if (!isScalar(sig.inputs().get(i))) throw new NotConst(c.args().get(i));
            args.add(value(c.args().get(i)));
        }
        BigInteger v = tcx.ctfe.call(d.id(), generics, args);
        if (v == null) throw new NotConst(c);
        return v;
    }

    private static boolean isScalar(Ty t) { return t instanceof Ty.Int || t instanceof Ty.Bool || t instanceof Ty.Char; }

    /** `offset_of!` in a constant: the container's layout (its fields looked up as the type checker does). */
    private BigInteger offsetOf(Expr.OffsetOf o) {
        Ty t = new TyLowering(tcx, context, null).lower(o.container());
        Ty container = t;
        List<Integer> path = new java.util.ArrayList<>();
        for (var f : o.fields()) {
            int idx = -1;
            if (t instanceof Ty.Adt a && !a.def().isEnum()) {
                idx = a.def().nonEnumVariant().fieldIndex(f.name());
                if (idx >= 0) t = tcx.fieldTy(a.def().nonEnumVariant().fields().get(idx), a.args());
            } else if (t instanceof Ty.Tuple tu && f.name().matches("\\d{1,9}") && Integer.parseInt(f.name()) < tu.elements().size()) {
                idx = Integer.parseInt(f.name());
                t = tu.elements().get(idx);
            }
            if (idx < 0) throw new NotConst(o);
            path.add(idx);
        }
        if (container.hasParams()) throw new NotConst(o);
        return tcx.ctfe.offsetOf(container, path);
    }

    private BigInteger binary(Expr.Binary b) {
        BigInteger l = value(b.lhs()), r = value(b.rhs());
        return switch (b.op()) {
            case ADD -> l.add(r);
            case SUB -> l.subtract(r);
            case MUL -> l.multiply(r);
            case DIV -> { if (r.signum() == 0) throw new NotConst(b); yield l.divide(r); }
            case REM -> { if (r.signum() == 0) throw new NotConst(b); yield l.remainder(r); }
            case BIT_AND -> l.and(r);
            case BIT_OR -> l.or(r);
            case BIT_XOR -> l.xor(r);
            case SHL -> l.shiftLeft(r.intValueExact());
            case SHR -> l.shiftRight(r.intValueExact());
            case EQ -> bool(l.equals(r));
            case NE -> bool(!l.equals(r));
            case LT -> bool(l.compareTo(r) < 0);
            case LE -> bool(l.compareTo(r) <= 0);
            case GT -> bool(l.compareTo(r) > 0);
            case GE -> bool(l.compareTo(r) >= 0);
            case AND -> bool(l.signum() != 0 && r.signum() != 0);
            case OR -> bool(l.signum() != 0 || r.signum() != 0);
        };
    }

    private static BigInteger bool(boolean b) { return b ? BigInteger.ONE : BigInteger.ZERO; }

    private BigInteger cast(BigInteger v, Type t, Expr at) {
        if (!(t instanceof Type.PathType pt) || !pt.path().isSingle()) throw new NotConst(at);
        Ty.IntTy it = Ty.IntTy.byName(pt.path().last().name());
        if (it == null) throw new NotConst(at);
        return wrap(v, it);
    }

    public static BigInteger wrap(BigInteger v, Ty.IntTy it) {
        int bits = it.size * 8;
        BigInteger mod = BigInteger.ONE.shiftLeft(bits);
        BigInteger u = v.mod(mod);
        if (it.signed && u.testBit(bits - 1)) u = u.subtract(mod);
        return u;
    }

    private BigInteger path(Expr.PathExpr p) {
        PartialRes pr = tcx.res.partialRes(p);
        if (pr == null) throw new NotConst(p);
        if (pr.isFull() && pr.base() instanceof Res.Def d && (d.kind() == DefKind.CONST || d.kind() == DefKind.ASSOC_CONST)) {
            return constItem(d.id(), p);
        }
        if (pr.unresolvedSegments() == 1 && pr.base() instanceof Res.PrimTy prim) {
            // an inherent constant of a primitive type, from std's impl (`usize::MAX`)
            String name = p.path().last().name();
            for (DefId impl : tcx.inherentImpls(prim.name())) {
                Ty self = tcx.typeOf(impl);
                if (!primName(self).equals(prim.name())) continue;
                for (AssocItem a : tcx.assocItems(impl)) {
                    if (a.kind() == AssocItem.Kind.CONST && a.name().equals(name)) return constItem(a.def(), p);
                }
            }
        }
        throw new NotConst(p);
    }

    private static String primName(Ty t) {
        return switch (t) {
            case Ty.Int i -> i.kind().name;
            case Ty.Float f -> f.kind().name;
            case Ty.Bool b -> "bool";
            case Ty.Char c -> "char";
            default -> "";
        };
    }

    private BigInteger constItem(DefId d, Expr at) {
        Item item = tcx.item(d);
        if (!(item.kind() instanceof Item.Const c) || c.value() == null) throw new NotConst(at);
        BigInteger v = value(c.value());
        return tcx.typeOf(d) instanceof Ty.Int it ? wrap(v, it.kind()) : v;
    }
}
