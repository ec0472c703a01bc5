package rustmem.types.check;

import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.types.ClosureInfo;
import rustmem.types.FnSig;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Coercions at coercion sites (rustc's coercion.rs): `!` to anything; references reborrowed with auto-deref
 * (deref coercion: `&String` to `&str`, `&mut T` to `&T`); unsizing through {@code CoerceUnsized} (`&[T; N]` to
 * `&[T]`, `Box<T>` to `Box<dyn Trait>`); references to raw pointers, `*mut` to `*const`; function items and
 * non-capturing closures to function pointers; otherwise the types must be equal (E0308).
 */
final class Coercion {
    private final FnCtxt fcx;

    Coercion(FnCtxt fcx) { this.fcx = fcx; }

    /**
     * Whether the coercion being made is a call's argument's: its `&mut` reborrows are two-phase borrows then
     * (rustc's AllowTwoPhase::Yes), so `mem::replace(v, *v * 2)` may read `*v` between the reborrow and the call.
     */
    private boolean twoPhase;

    /** A call's argument coerced to its parameter's type (see {@link #twoPhase}). */
    Thir.Expr coerceArgument(Thir.Expr e, Ty target, Span span) {
        twoPhase = true;
        try {
            return coerce(e, target, span);
        } finally {
            twoPhase = false;
        }
    }

    Thir.Expr coerce(Thir.Expr e, Ty target, Span span) {
        Thir.Expr out = tryCoerce(e, target);
        if (out != null) return out;
        fcx.mismatch(span, target, e.ty());
        return e;
    }

    /** The coerced expression, or null when the types cannot be coerced (nothing unified then). */
    Thir.Expr tryCoerce(Thir.Expr e, Ty target) {
        // a block's value is coerced at its tail (rustc's coercion site), before the block's variables drop:
        // `{ let s = String::new(); &s }` as a `&str` borrows `s` in the block (E0515), not after it
        if (e instanceof Thir.BlockExpr be && be.block().expr() != null && be.block().label() < 0) {
            Thir.Block b = be.block();
            Thir.Expr tail = tryCoerce(b.expr(), target);
            if (tail == null || tail == b.expr()) return tail == null ? null : e;
            return new Thir.BlockExpr(new Thir.Block(b.stmts(), tail, b.unsafe(), b.label(), tail.ty(), b.span()));
        }
        // as rustc's resolve_vars_with_obligations: what the pending obligations fix (a unique impl picking
        // `Q = T` in `T: Borrow<Q>`) is known before coercing to `&Q`
        if (fcx.infcx.resolve(target).hasInfer()) fcx.selectWherePossible();
        Ty a = fcx.infcx.shallowResolve(e.ty());
        Ty b = fcx.infcx.shallowResolve(target);
        if (a instanceof Ty.Never) {
            if (b instanceof Ty.Never) return e;
            // as rustc: `!` coerced to an unknown type makes it diverging (its fallback is `!` or, before 2024, `()`)
            if (b instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) fcx.infcx.unify(b, fcx.infcx.newDivergingVar());
            return new Thir.NeverToAny(e, target, e.span());
        }
        if (a instanceof Ty.Error || b instanceof Ty.Error) return e;
        if (a instanceof Ty.Infer || b instanceof Ty.Infer) {
            if (fcx.infcx.unify(a, b)) return e;
            return null;
        }
        if (b instanceof Ty.Ref br && a instanceof Ty.Ref ar) {
            Thir.Expr r = coerceBorrowed(e, ar, br);
            if (r != null) return r;
        }
        if (b instanceof Ty.RawPtr bp) {
            if (a instanceof Ty.Ref ar && (!bp.mutable() || ar.mutable())) {
                Ty.RawPtr want = new Ty.RawPtr(ar.pointee(), bp.mutable());
                if (fcx.infcx.probe(() -> fcx.infcx.unify(want, b))) {
                    return new Thir.RawBorrow(bp.mutable(), new Thir.Deref(e, ar.pointee(), e.span()), target, e.span());
                }
            }
            if (a instanceof Ty.RawPtr ap && ap.mutable() && !bp.mutable()) {
                if (fcx.infcx.probe(() -> fcx.infcx.unify(ap.pointee(), bp.pointee()))) {
                    return new Thir.PointerCoercion(Thir.CoercionKind.MUT_TO_CONST_POINTER, e, target, e.span());
                }
            }
        }
        Thir.Expr unsized = coerceUnsized(e, a, b);
        if (unsized != null) return unsized;
        if (b instanceof Ty.FnPtr fp) {
            if (a instanceof Ty.FnDef fd) {
                FnSig sig = fcx.normalize(fcx.tcx.fnSig(fd.def()).subst(fd.args()), e.span());
                if (fcx.infcx.probe(() -> fcx.infcx.unifySig(sig, fp.sig()))) {
                    return new Thir.PointerCoercion(Thir.CoercionKind.REIFY_FN_POINTER, e, target, e.span());
                }
            }
            if (a instanceof Ty.Closure c) {
                ClosureInfo info = fcx.closureInfo(c.def());
                if (info != null) {
                    FnSig sig = info.sig.subst(c.args());
                    FnSig want = new FnSig(sig.inputs(), sig.output(), fp.sig().unsafe(), false, "Rust");
                    if (fcx.infcx.probe(() -> fcx.infcx.unifySig(want, fp.sig()))) {
                        fcx.closures.requireNoCaptures(c.def(), e.span());
                        return new Thir.PointerCoercion(Thir.CoercionKind.CLOSURE_FN_POINTER, e, target, e.span());
                    }
                }
            }
        }
        if (fcx.infcx.probe(() -> fcx.infcx.unify(a, b))) return e;
        return null;
    }

    /** `&T` (or `&mut T`) to `&U`: the first autoderef step of T that unifies with U, reborrowed. */
    private Thir.Expr coerceBorrowed(Thir.Expr e, Ty.Ref ar, Ty.Ref br) {
        if (br.mutable() && !ar.mutable()) return null;
        List<MethodProbe.Step> steps = fcx.probe.autoderefSteps(ar.pointee());
        for (int i = 0; i < steps.size(); i++) {
            Ty stepTy = steps.get(i).ty();
            if (i > 0 && fcx.infcx.shallowResolve(br.pointee()) instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) break;
            if (!fcx.infcx.probe(() -> fcx.infcx.unify(stepTy, br.pointee()))) continue;
            if (i == 0 && (!ar.mutable() && !br.mutable() || e instanceof Thir.Borrow && ar.mutable() == br.mutable())) return e;
            if (i == 0 && ar.mutable() && br.mutable() && !(e instanceof Thir.Borrow)) return reborrow(e, ar, stepTy);
            Thir.Expr place = new Thir.Deref(e, ar.pointee(), e.span());
            if (br.mutable()) place = fcx.exprs.places.toMutable(place);
            for (int k = 1; k <= i; k++) place = fcx.exprs.places.derefOnce(place, steps.get(k), br.mutable());
            return new Thir.Borrow(br.mutable(), place, new Ty.Ref(stepTy, br.mutable()), e.span(), twoPhase && br.mutable());
        }
        return null;
    }

    /**
     * `&mut` is reborrowed (`&mut *e`), never moved, by a coercion. A block's coercion site is its tail (as rustc
     * checks a block against its expected type): `{ …; s.log }` reborrows the place `*s.log` rather than moving
     * `s.log` out into a temporary first.
     */
    private Thir.Expr reborrow(Thir.Expr e, Ty.Ref ar, Ty stepTy) {
        Ty.Ref to = new Ty.Ref(stepTy, true);
        if (e instanceof Thir.BlockExpr be && be.block().expr() != null && be.block().label() < 0 && !(be.block().expr() instanceof Thir.Borrow)
            && fcx.infcx.shallowResolve(be.block().expr().ty()) instanceof Ty.Ref) {
            Thir.Block b = be.block();
            return new Thir.BlockExpr(new Thir.Block(b.stmts(), reborrow(b.expr(), ar, stepTy), b.unsafe(), b.label(), to, b.span()));
        }
        return new Thir.Borrow(true, new Thir.Deref(e, ar.pointee(), e.span()), to, e.span(), twoPhase);
    }

    /**
     * Unsizing coercions through std's CoerceUnsized impls (`impl<T: ?Sized + Unsize<U>, U: ?Sized>
     * CoerceUnsized<&U> for &T`, Box, Rc …): tried when the target's pointee is a slice or trait object.
     */
    private Thir.Expr coerceUnsized(Thir.Expr e, Ty a, Ty b) {
        Ty bPointee = pointee(b);
        Ty aPointee = pointee(a);
        if (bPointee == null || aPointee == null) return null;
        Ty bp = fcx.infcx.shallowResolve(bPointee);
        Ty ap = fcx.infcx.shallowResolve(aPointee);
        // `Rc<RefCell<Log>>` to `Rc<RefCell<dyn Observer>>`: a struct unsizes through its last field
        List<Ty[]> same = new java.util.ArrayList<>();
        Ty[] tails = structTails(ap, bp, same);
        boolean throughStruct = tails[0] != ap;
        ap = tails[0];
        bp = tails[1];
        if (!(bp instanceof Ty.Slice || bp instanceof Ty.Dynamic)) return null;
        if (ap instanceof Ty.Slice || ap instanceof Ty.Str || ap instanceof Ty.Dynamic && bp instanceof Ty.Slice) return null;
        // as rustc: an unresolved source pointee does not unsize; it unifies with the target instead
        if (ap instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) return null;
        DefId coerceUnsized = fcx.tcx.lang.get("coerce_unsized");
        DefId unsize = fcx.tcx.lang.get("unsize");
        if (coerceUnsized == null || unsize == null) return null;
        // `&mut T` to `&U`: the mutability may drop on the way
        Ty source = a;
        Thir.Expr src = e;
        if (a instanceof Ty.Ref ar && b instanceof Ty.Ref brr && ar.mutable() && !brr.mutable()) {
            source = new Ty.Ref(ar.pointee(), false);
            src = new Thir.Borrow(false, new Thir.Deref(e, ar.pointee(), e.span()), source, e.span());
        }
        Predicate cu = new Predicate.Trait(new TraitRef(coerceUnsized, List.of(source, b)));
        Predicate us = new Predicate.Trait(new TraitRef(unsize, List.of(ap, bp)));
        Ty srcTy = source;
        if (bp instanceof Ty.Dynamic d && d.principal() != null && !(ap instanceof Ty.Dynamic || ap instanceof Ty.Param
            || ap instanceof Ty.Alias || ap instanceof Ty.Error)) {
            // a sized type to a trait object: the coercion happens, and what `T: Unsize<dyn Trait>` asks is obligations
            // of its own (rustc reports `Rock: Speak` not satisfied, not a type mismatch)
            if (!sameConstructor(srcTy, b) || !coercesUnsized(fcx.infcx.shallowResolve(srcTy))) return null;
            if (!fcx.infcx.probe(() -> unifyAll(same))) return null;   // (kept when it succeeds)
            List<Ty> traitArgs = new java.util.ArrayList<>();
            traitArgs.add(ap);
            traitArgs.addAll(d.args());
            fcx.register(new Predicate.Trait(new TraitRef(d.principal(), traitArgs)), e.span());
            for (Ty.AssocBinding bind : d.bindings()) {
                fcx.register(new Predicate.Projection(new Ty.Alias(Ty.AliasKind.PROJECTION, bind.assoc(), traitArgs), bind.ty()), e.span());
            }
            for (DefId auto : d.autoTraits()) fcx.register(new Predicate.Trait(new TraitRef(auto, List.of(ap))), e.span());
            return new Thir.PointerCoercion(Thir.CoercionKind.UNSIZE, src, b, e.span());
        }
        if (throughStruct) {
            // the last field's `[T; N]` to `[T]` (or `dyn A` to `dyn B`): what std's CoerceUnsized impl and the builtin
            // Unsize of the struct ask, checked here
            Ty at = ap, bt = bp;
            java.util.function.BooleanSupplier tail = () -> sameConstructor(srcTy, b) && coercesUnsized(fcx.infcx.shallowResolve(srcTy))
                && unifyAll(same) && (at instanceof Ty.Array arr && bt instanceof Ty.Slice sl ? fcx.infcx.unify(arr.element(), sl.element())
                    : fcx.scx.mayHold(new Predicate.Trait(new TraitRef(unsize, List.of(at, bt))), e.span()));
            if (!fcx.infcx.probe(tail)) return null;   // (what it unified is kept when it succeeds)
            return new Thir.PointerCoercion(Thir.CoercionKind.UNSIZE, src, b, e.span());
        }
        boolean ok = fcx.infcx.probe(() -> sameConstructor(srcTy, b) && fcx.scx.mayHold(cu, e.span()) && fcx.scx.mayHold(us, e.span()));
        if (!ok) return null;
        fcx.register(cu, e.span());
        return new Thir.PointerCoercion(Thir.CoercionKind.UNSIZE, src, b, e.span());
    }

    /**
     * The pair of types a struct's unsizing comes down to (rustc's builtin `Unsize` for structs): while both are the
     * same struct, its last field's types, provided the type parameters that differ appear in that field only; the
     * arguments that must stay equal are added to same. {a, b} unchanged when they are not the same struct.
     */
    private Ty[] structTails(Ty a, Ty b, List<Ty[]> same) {
        while (a instanceof Ty.Adt sa && b instanceof Ty.Adt sb && sa.def().equals(sb.def()) && sa.def().isStruct()
            && !sa.args().isEmpty()) {
            var fields = sa.def().nonEnumVariant().fields();
            if (fields.isEmpty()) break;
            Ty lastDecl = fcx.tcx.typeOf(fields.get(fields.size() - 1).did());
            java.util.Set<Integer> inLast = params(lastDecl), elsewhere = new java.util.HashSet<>();
            for (int i = 0; i < fields.size() - 1; i++) elsewhere.addAll(params(fcx.tcx.typeOf(fields.get(i).did())));
            for (int i = 0; i < sa.args().size(); i++) {
                if (!inLast.contains(i) || elsewhere.contains(i)) same.add(new Ty[] {sa.args().get(i), sb.args().get(i)});
            }
            a = fcx.infcx.shallowResolve(lastDecl.subst(sa.args()));
            b = fcx.infcx.shallowResolve(lastDecl.subst(sb.args()));
        }
        return new Ty[] {a, b};
    }

    private static java.util.Set<Integer> params(Ty t) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        t.any(x -> {
            if (x instanceof Ty.Param p) out.add(p.index());
            return false;
        });
        return out;
    }

    private boolean unifyAll(List<Ty[]> pairs) {
        for (Ty[] p : pairs) if (!fcx.infcx.unify(p[0], p[1])) return false;
        return true;
    }

    /** Whether std has a CoerceUnsized impl for this kind of pointer (references, raw pointers, Box, Rc …). */
    private boolean coercesUnsized(Ty source) {
        if (source instanceof Ty.Ref || source instanceof Ty.RawPtr) return true;
        if (!(source instanceof Ty.Adt a)) return false;
        for (DefId impl : fcx.tcx.traitImpls(fcx.tcx.lang.get("coerce_unsized"))) {
            if (a.def().did.equals(fcx.tcx.implSelfAdt(impl))) return true;
        }
        return false;
    }

    private boolean sameConstructor(Ty a, Ty b) {
        Ty x = fcx.infcx.shallowResolve(a), y = fcx.infcx.shallowResolve(b);
        if (x instanceof Ty.Ref rx && y instanceof Ty.Ref ry) return rx.mutable() || !ry.mutable();
        if (x instanceof Ty.RawPtr px && y instanceof Ty.RawPtr py) return px.mutable() || !py.mutable();
        if (x instanceof Ty.Ref && y instanceof Ty.RawPtr) return true;
        return x instanceof Ty.Adt ax && y instanceof Ty.Adt ay && ax.def().equals(ay.def());
    }

    /** What a pointer-like type points to: references, raw pointers, and std's smart pointers (their first argument). */
    private Ty pointee(Ty t) {
        Ty r = fcx.infcx.shallowResolve(t);
        return switch (r) {
            case Ty.Ref ref -> ref.pointee();
            case Ty.RawPtr p -> p.pointee();
            case Ty.Adt a when !a.args().isEmpty() && !a.def().isEnum() -> a.args().get(0);
            default -> null;
        };
    }
}
