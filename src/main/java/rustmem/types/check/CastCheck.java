package rustmem.types.check;

import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * `e as T` (rustc's cast.rs): a coercion when one applies (`&x as &dyn Trait`), else a numeric, enum, bool,
 * char, pointer or function-pointer cast; anything else is E0605/E0606/E0604. The check waits for the end of
 * the body ({@link #validate}) when the operand's type is not known yet.
 */
final class CastCheck {
    private final FnCtxt fcx;

    CastCheck(FnCtxt fcx) { this.fcx = fcx; }

    Thir.Expr check(Expr.Cast c) {
        Ty target = fcx.normalize(fcx.lowering.lower(c.type()), c.span());
        Ty hint = target instanceof Ty.Int || target instanceof Ty.Float ? target : null;
        Thir.Expr e = fcx.exprs.check(c.operand(), literalHint(c.operand(), hint));
        Ty from = fcx.resolve(e.ty());
        Ty to = fcx.resolve(target);
        if (!(from instanceof Ty.Infer) && !(to instanceof Ty.Infer) && !isPrimitiveCast(from, to) && !thinPtrCast(from, to)) {
            Thir.Expr coerced = fcx.coercion.tryCoerce(e, target);
            if (coerced != null) return coerced;
        }
        return new Thir.Cast(e, target, c.span());
    }

    /** An integer literal cast to an integer type is typed as that type (so `300 as u8` is out of range, as in rustc). */
    private static Ty literalHint(Expr operand, Ty hint) {
        Expr e = operand;
        while (e instanceof Expr.Paren p) e = p.inner();
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG) e = u.operand();
        return e instanceof Expr.LitExpr l && l.lit().kind() == rustmem.syntax.Lit.Kind.INT && l.lit().suffix() == null
            && hint instanceof Ty.Int ? hint : null;
    }

    /**
     * A cast between raw pointers to a thin pointee whose types are not all known yet (`v.as_mut_ptr() as *mut u8`
     * while v is `Vec<_>`): valid whatever they turn out to be, so it does not unify them now (rustc checks casts at
     * the end of the body; a coercion now would make `_` the target's pointee).
     */
    private boolean thinPtrCast(Ty from, Ty to) {
        if (!(from instanceof Ty.RawPtr) || !(to instanceof Ty.RawPtr tp) || !from.hasInfer()) return false;
        Ty pointee = fcx.infcx.resolve(tp.pointee());
        return !pointee.hasInfer() && isThin(pointee);
    }

    private static boolean isPrimitiveCast(Ty from, Ty to) {
        return (from.isNumeric() || from instanceof Ty.Bool || from instanceof Ty.Char) && (to.isNumeric() || to instanceof Ty.Char);
    }

    /** Checks a cast once the types are known (from writeback); reports the error and returns false when invalid. */
    boolean validate(Ty from, Ty to, Span span) {
        if (from instanceof Ty.Error || to instanceof Ty.Error || from.equals(to)) return true;
        boolean ok = switch (to) {
            case Ty.Int ti -> switch (from) {
                case Ty.Int i -> true;
                case Ty.Float f -> true;
                case Ty.Bool b -> true;
                case Ty.Char c -> true;
                case Ty.Adt a -> a.def().isEnum() && fieldless(a.def());
                case Ty.RawPtr p -> isThin(p.pointee());
                case Ty.FnPtr fp -> true;
                case Ty.FnDef fd -> true;
                default -> false;
            };
            case Ty.Float tf -> from.isNumeric();
            case Ty.Char c -> {
                if (from instanceof Ty.Int i && i.kind() == Ty.IntTy.U8) yield true;
                if (from.isNumeric()) {
                    fcx.emit(Diagnostic.error("only `u8` can be cast as `char`, not `" + fcx.display(from) + "`").code("E0604")
                        .span(span, "invalid cast"));
                    yield true;
                }
                yield false;
            }
            case Ty.RawPtr tp -> switch (from) {
                case Ty.RawPtr p -> isThin(tp.pointee()) || fcx.infcx.resolve(p.pointee()).equals(fcx.infcx.resolve(tp.pointee()))
                    || !isThin(p.pointee());
                case Ty.Int i -> isThin(tp.pointee());
                case Ty.Ref r -> true;
                case Ty.FnDef fd -> true;
                case Ty.FnPtr fp -> true;
                default -> false;
            };
            case Ty.FnPtr fp -> from instanceof Ty.FnDef || from instanceof Ty.FnPtr || from instanceof Ty.Closure;
            default -> false;
        };
        if (ok) return true;
        boolean primitive = (from.isScalar() || from instanceof Ty.Ref) && (to.isScalar() || to instanceof Ty.Ref);
        if (primitive || from instanceof Ty.Ref) {
            fcx.emit(Diagnostic.error("casting `" + fcx.display(from) + "` as `" + fcx.display(to) + "` is invalid").code("E0606")
                .span(span, ""));
        } else {
            fcx.emit(Diagnostic.error("non-primitive cast: `" + fcx.display(from) + "` as `" + fcx.display(to) + "`").code("E0605")
                .span(span, "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object"));
        }
        return false;
    }

    private static boolean fieldless(AdtDef def) {
        for (AdtDef.VariantDef v : def.variants) if (!v.fields().isEmpty()) return false;
        return true;
    }

    private boolean isThin(Ty pointee) {
        Ty t = fcx.infcx.resolve(pointee);
        return !(t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic);
    }
}
