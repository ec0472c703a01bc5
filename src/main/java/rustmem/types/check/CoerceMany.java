package rustmem.types.check;

import rustmem.source.Span;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * The branches of an `if`/`match` (or the elements of an array) coerced to one type (rustc's CoerceMany): the
 * expected type when there is one, else the first branch's that does not diverge.
 */
final class CoerceMany {
    private final FnCtxt fcx;
    private Ty target;

    CoerceMany(FnCtxt fcx, Ty expected) {
        this.fcx = fcx;
        Ty e = expected == null ? null : fcx.infcx.shallowResolve(expected);
        this.target = e == null || e instanceof Ty.Infer ? null : expected;
        if (e instanceof Ty.Infer) this.target = expected;
    }

    /** The type branches are coerced to so far (null before the first branch when nothing was expected). */
    Ty target() { return target; }

    Thir.Expr add(Thir.Expr e, Span span) {
        if (target == null) {
            if (fcx.infcx.shallowResolve(e.ty()) instanceof Ty.Never) return e;
            target = e.ty();
            return e;
        }
        // two different function items: their least upper bound is the function pointer of their signature
        if (fcx.infcx.shallowResolve(target) instanceof Ty.FnDef a && fcx.infcx.shallowResolve(e.ty()) instanceof Ty.FnDef b && !a.equals(b)) {
            Ty.FnPtr ptr = new Ty.FnPtr(fcx.normalize(fcx.tcx.fnSig(a.def()).subst(a.args()), span));
            target = ptr;
        }
        return fcx.coercion.coerce(e, target, span);
    }

    /** A branch with its type made the final one (`!` branches become that type). */
    Thir.Expr finish(Thir.Expr e) {
        if (target == null) target = fcx.infcx.newDivergingVar();
        if (e.ty() == target) return e;
        if (target instanceof Ty.FnPtr && fcx.infcx.shallowResolve(e.ty()) instanceof Ty.FnDef) return fcx.coercion.coerce(e, target, e.span());
        if (fcx.infcx.shallowResolve(e.ty()) instanceof Ty.Never && !(fcx.infcx.shallowResolve(target) instanceof Ty.Never)) {
            return new Thir.NeverToAny(e, target, e.span());
        }
        return e;
    }
}
