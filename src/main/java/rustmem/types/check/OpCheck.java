package rustmem.types.check;

import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.types.AssocItem;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Operators (rustc's op.rs): on scalars they are built in (both sides made the same type, shifts excepted);
 * otherwise they call the operator trait's method ({@code Add::add}, {@code PartialEq::eq} on references,
 * {@code AddAssign::add_assign} on `&mut`), which {@link Writeback} decides once the operand types are known.
 */
final class OpCheck {
    private final FnCtxt fcx;

    OpCheck(FnCtxt fcx) { this.fcx = fcx; }

    /** The lang item of the trait and the method name of a binary operator. */
    static String[] traitOf(BinOp op) {
        return switch (op) {
            case ADD -> new String[] {"add", "add"};
            case SUB -> new String[] {"sub", "sub"};
            case MUL -> new String[] {"mul", "mul"};
            case DIV -> new String[] {"div", "div"};
            case REM -> new String[] {"rem", "rem"};
            case BIT_AND -> new String[] {"bitand", "bitand"};
            case BIT_OR -> new String[] {"bitor", "bitor"};
            case BIT_XOR -> new String[] {"bitxor", "bitxor"};
            case SHL -> new String[] {"shl", "shl"};
            case SHR -> new String[] {"shr", "shr"};
            case EQ -> new String[] {"eq", "eq"};
            case NE -> new String[] {"eq", "ne"};
            case LT -> new String[] {"partial_ord", "lt"};
            case LE -> new String[] {"partial_ord", "le"};
            case GT -> new String[] {"partial_ord", "gt"};
            case GE -> new String[] {"partial_ord", "ge"};
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    static String[] assignTraitOf(BinOp op) {
        String[] t = traitOf(op);
        return new String[] {t[0] + "_assign", t[1] + "_assign"};
    }

    Thir.Expr binary(Expr.Binary b, Ty expected) {
        if (b.op() == BinOp.AND || b.op() == BinOp.OR) {
            Thir.Expr l = fcx.exprs.checkCoercible(b.lhs(), Ty.BOOL);
            boolean diverges = fcx.diverges;
            Thir.Expr r = fcx.exprs.checkCoercible(b.rhs(), Ty.BOOL);
            fcx.diverges = diverges;   // the right side may not run
            return new Thir.LogicalOp(b.op() == BinOp.AND, l, r, Ty.BOOL, b.span());
        }
        Thir.Expr l = fcx.exprs.check(b.lhs(), null);
        Ty lt = fcx.resolve(l.ty());
        boolean shift = b.op() == BinOp.SHL || b.op() == BinOp.SHR;
        Thir.Expr r = rhs(b.rhs(), lt, traitOf(b.op())[0], shift);
        Ty rt = fcx.resolve(r.ty());
        boolean comparison = b.op().isComparison();
        if (builtinCompatible(b.op(), lt, rt)) {
            if (!shift) fcx.demandEq(r.span(), lt, rt);   // rustc's enforce_builtin_binop_types: `u32 * isize` is E0308
            Ty out = comparison ? Ty.BOOL : lt;
            Ty method = overloadMethod(b.op(), lt, rt, traitOf(b.op()), b.span(), false);
            return new Thir.Binary(b.op(), l, r, out, b.span(), method);
        }
        String[] tm = traitOf(b.op());
        DefId trait = fcx.tcx.lang.require(tm[0]);
        Predicate p = new Predicate.Trait(new TraitRef(trait, List.of(lt, rt)));
        if (!(lt instanceof Ty.Error) && !(rt instanceof Ty.Error) && !fcx.scx.mayHold(p, b.span()) && !anyRhs(trait, lt, b.span())) {
            reportBinop(b, lt, rt);
            return new Thir.Binary(b.op(), l, r, comparison ? Ty.BOOL : Ty.ERROR, b.span(), null);
        }
        Ty method = overloadMethod(b.op(), lt, rt, tm, b.span(), true);
        Ty out = comparison ? Ty.BOOL : fcx.normalize(new Ty.Alias(Ty.AliasKind.PROJECTION, outputOf(trait), List.of(lt, rt)), b.span());
        return new Thir.Binary(b.op(), l, r, out, b.span(), method);
    }

    /**
     * Whether the left side of a non-scalar type implements the operator trait for some right side: rustc looks the
     * method up before it knows the right side's type, so then the unmet `L: Trait<R>` is the fulfillment's E0277
     * ("can't compare `char` with `str`"), and only a type with no impl at all is E0369.
     */
    private boolean anyRhs(DefId trait, Ty lt, Span span) {
        if (!(lt instanceof Ty.Adt || lt instanceof Ty.Ref || lt instanceof Ty.Param || lt instanceof Ty.Tuple)) return false;
        return fcx.infcx.tryThenUndo(() -> fcx.scx.mayHold(new Predicate.Trait(new TraitRef(trait, List.of(lt, fcx.infcx.newVar()))), span));
    }

    /**
     * The right operand, as rustc's check_overloaded_binop: a scalar left side expects its own type; another
     * lets the operator trait choose the right side's type first (when one impl applies) and the operand
     * coerces to it, so that `s + &string` derefs `&String` to `&str`.
     */
    private Thir.Expr rhs(Expr rhs, Ty lt, String traitLang, boolean shift) {
        if (isBuiltinOperand(lt)) return fcx.exprs.check(rhs, shift ? null : lt);
        DefId trait = fcx.tcx.lang.get(traitLang);
        if (trait == null || lt instanceof Ty.Infer || lt instanceof Ty.Error) return fcx.exprs.check(rhs, null);
        Ty rv = fcx.infcx.newVar();
        fcx.scx.select(new rustmem.traits.Obligation(new Predicate.Trait(new TraitRef(trait, List.of(lt, rv))), rhs.span()));
        Ty want = fcx.infcx.resolve(rv);
        if (want instanceof Ty.Infer) return fcx.exprs.check(rhs, null);
        return fcx.exprs.checkCoercible(rhs, want);
    }

    private DefId outputOf(DefId trait) {
        for (AssocItem a : fcx.tcx.assocItems(trait)) if (a.kind() == AssocItem.Kind.TYPE && a.name().equals("Output")) return a.def();
        throw new IllegalStateException("operator trait without Output");
    }

    /** The operator trait's method for these operand types (its obligation registered when required). */
    private Ty overloadMethod(BinOp op, Ty lt, Ty rt, String[] tm, Span span, boolean require) {
        DefId trait = fcx.tcx.lang.get(tm[0]);
        if (trait == null) return null;
        AssocItem m = fcx.tcx.traitItem(trait, tm[1], AssocItem.Kind.FN);
        if (m == null) return null;
        if (require) fcx.register(new Predicate.Trait(new TraitRef(trait, List.of(lt, rt))), span);
        return new Ty.FnDef(m.def(), List.of(lt, rt));
    }

    /** Scalars whose operators are built in. */
    static boolean isBuiltinOperand(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.RawPtr
            || t instanceof Ty.FnPtr || t instanceof Ty.Infer i && i.kind() != Ty.InferKind.TY;
    }

    /** rustc's is_builtin_binop: both sides integral, both float, both bool (logic and comparison), or comparable scalars. */
    static boolean builtinCompatible(BinOp op, Ty l, Ty r) {
        boolean li = l.isIntegral(), ri = r.isIntegral(), lf = l.isFloat(), rf = r.isFloat();
        return switch (op) {
            case SHL, SHR -> li && ri;
            case ADD, SUB, MUL, DIV, REM -> li && ri || lf && rf;
            case BIT_AND, BIT_OR, BIT_XOR -> li && ri || l instanceof Ty.Bool && r instanceof Ty.Bool;
            default -> li && ri || lf && rf || l instanceof Ty.Bool && r instanceof Ty.Bool || l instanceof Ty.Char && r instanceof Ty.Char
                || l instanceof Ty.RawPtr && r instanceof Ty.RawPtr || l instanceof Ty.FnPtr && r instanceof Ty.FnPtr;
        };
    }

    private void reportBinop(Expr.Binary b, Ty lt, Ty rt) {
        String l = fcx.display(lt), r = fcx.display(rt);
        String message = switch (b.op()) {
            case ADD -> "cannot add `" + r + "` to `" + l + "`";
            case SUB -> "cannot subtract `" + r + "` from `" + l + "`";
            case MUL -> "cannot multiply `" + l + "` by `" + r + "`";
            case DIV -> "cannot divide `" + l + "` by `" + r + "`";
            case REM -> "cannot calculate the remainder of `" + l + "` divided by `" + r + "`";
            case BIT_AND -> "no implementation for `" + l + " & " + r + "`";
            case BIT_OR -> "no implementation for `" + l + " | " + r + "`";
            case BIT_XOR -> "no implementation for `" + l + " ^ " + r + "`";
            case SHL -> "no implementation for `" + l + " << " + r + "`";
            case SHR -> "no implementation for `" + l + " >> " + r + "`";
            default -> "binary operation `" + b.op().symbol + "` cannot be applied to type `" + l + "`";
        };
        String code = b.op().isComparison() ? "E0369" : "E0369";
        if (!b.op().isComparison() && !(lt instanceof Ty.Adt || lt instanceof Ty.Ref || lt instanceof Ty.Param || lt instanceof Ty.Tuple)) {
            code = "E0277";
        }
        fcx.emit(Diagnostic.error(message).code(code).span(b.span(), ""));
    }

    Thir.Expr unary(Expr.Unary u, Ty expected) {
        Thir.Expr e = fcx.exprs.check(u.operand(), expected);
        Ty t = fcx.resolve(e.ty());
        boolean builtin = u.op() == Expr.UnOp.NEG ? t instanceof Ty.Int i && i.kind().signed || t.isFloat()
            || t instanceof Ty.Infer iv && iv.kind() == Ty.InferKind.INT
            : t.isIntegral() || t instanceof Ty.Bool;
        String lang = u.op() == Expr.UnOp.NEG ? "neg" : "not";
        DefId trait = fcx.tcx.lang.require(lang);
        AssocItem m = fcx.tcx.traitItem(trait, lang, AssocItem.Kind.FN);
        Ty method = new Ty.FnDef(m.def(), List.of(t));
        Predicate p = new Predicate.Trait(new TraitRef(trait, List.of(t)));
        if (builtin) {
            // as rustc's check_user_unop, `{integer}: Neg` is an obligation: `-10` that becomes a u32 is E0277
            if (t instanceof Ty.Infer) fcx.register(p, u.span());
            return new Thir.Unary(u.op(), e, t, u.span(), method);
        }
        if (!(t instanceof Ty.Error) && !fcx.scx.mayHold(p, u.span())) {
            fcx.emit(Diagnostic.error("cannot apply unary operator `" + u.op().symbol + "` to type `" + fcx.display(t) + "`").code("E0600")
                .span(u.span(), "cannot apply unary operator `" + u.op().symbol + "`"));
            return new Thir.Unary(u.op(), e, Ty.ERROR, u.span(), null);
        }
        fcx.register(p, u.span());
        Ty out = fcx.normalize(new Ty.Alias(Ty.AliasKind.PROJECTION, outputOf(trait), List.of(t)), u.span());
        return new Thir.Unary(u.op(), e, out, u.span(), method);
    }

    Thir.Expr assignOp(Expr.AssignOp a) {
        Thir.Expr l = fcx.exprs.places.checkPlace(a.lhs(), true);
        Ty lt = fcx.resolve(l.ty());
        boolean shift = a.op() == BinOp.SHL || a.op() == BinOp.SHR;
        Thir.Expr r = rhs(a.rhs(), lt, assignTraitOf(a.op())[0], shift);
        Ty rt = fcx.resolve(r.ty());
        String[] tm = assignTraitOf(a.op());
        if (builtinCompatible(a.op(), lt, rt)) {
            if (!shift) fcx.demandEq(r.span(), lt, rt);
            return new Thir.AssignOp(a.op(), l, r, Ty.UNIT, a.span(), overloadMethod(a.op(), lt, rt, tm, a.span(), false));
        }
        DefId trait = fcx.tcx.lang.require(tm[0]);
        Predicate p = new Predicate.Trait(new TraitRef(trait, List.of(lt, rt)));
        if (!(lt instanceof Ty.Error) && !(rt instanceof Ty.Error) && !fcx.scx.mayHold(p, a.span())) {
            fcx.emit(Diagnostic.error("binary assignment operation `" + a.op().symbol + "=` cannot be applied to type `"
                + fcx.display(lt) + "`").code("E0368").span(a.lhs().span(), "cannot use `" + a.op().symbol + "=` on type `"
                + fcx.display(lt) + "`"));
            return new Thir.AssignOp(a.op(), l, r, Ty.UNIT, a.span(), null);
        }
        return new Thir.AssignOp(a.op(), l, r, Ty.UNIT, a.span(), overloadMethod(a.op(), lt, rt, tm, a.span(), true));
    }
}
