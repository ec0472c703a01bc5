package rustmem.legacy.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Type inference variables and their unification (rustc's {@code InferCtxt}, without regions).
 * Integer and float literal variables fall back to i32 and f64 when nothing else decides them.
 */
public final class InferCtxt {
    private final List<Ty> bindings = new ArrayList<>();
    private final List<Ty.Infer> vars = new ArrayList<>();
    /** Variables a diverging expression (of type `!`) was coerced to: unconstrained, they fall back to `!` (edition 2024). */
    private final java.util.Set<Integer> diverging = new java.util.HashSet<>();

    void diverging(Ty.Infer v) { if (v.kind() == Ty.InferKind.GENERAL) diverging.add(v.id()); }

    public Ty.Infer fresh(Ty.InferKind kind) {
        Ty.Infer v = new Ty.Infer(vars.size(), kind);
        vars.add(v);
        bindings.add(null);
        return v;
    }

    /** Follows bindings until a type that is not a bound variable. */
    public Ty shallow(Ty t) {
        while (t instanceof Ty.Infer i && bindings.get(i.id()) != null) t = bindings.get(i.id());
        if (t instanceof Ty.Infer i) return vars.get(i.id());
        return t;
    }

    /** Resolves every variable inside t, applying the literal fallbacks when asked. */
    public Ty resolve(Ty t, boolean fallback) {
        Ty s = shallow(t);
        return switch (s) {
            case Ty.Infer i -> {
                if (!fallback) yield i;
                yield switch (i.kind()) {
                    case INT -> Ty.I32;
                    case FLOAT -> Ty.F64;
                    case GENERAL -> diverging.contains(i.id()) ? Ty.NEVER : i;
                };
            }
            case Ty.Tuple tu -> new Ty.Tuple(tu.elements().stream().map(e -> resolve(e, fallback)).toList());
            case Ty.Array a -> new Ty.Array(resolve(a.element(), fallback), a.length());
            case Ty.Slice sl -> new Ty.Slice(resolve(sl.element(), fallback));
            case Ty.Ref r -> new Ty.Ref(resolve(r.pointee(), fallback), r.mutable());
            case Ty.RawPtr r -> new Ty.RawPtr(resolve(r.pointee(), fallback), r.mutable());
            case Ty.Adt a -> new Ty.Adt(a.def(), a.args().stream().map(e -> resolve(e, fallback)).toList());
            case Ty.FnPtr f -> new Ty.FnPtr(f.inputs().stream().map(e -> resolve(e, fallback)).toList(), resolve(f.output(), fallback));
            case Ty.Dynamic d when d.fnSig() != null -> new Ty.Dynamic(d.traitName(), d.autoTraits(), (Ty.FnPtr) resolve(d.fnSig(), fallback));
            default -> s;
        };
    }

    /** Makes a and b the same type; false when they cannot be (nothing is bound then). */
    public boolean unify(Ty a, Ty b) {
        List<Integer> trail = new ArrayList<>();
        if (unifyInner(a, b, trail)) return true;
        for (int id : trail) bindings.set(id, null);
        return false;
    }

    private boolean unifyInner(Ty x, Ty y, List<Integer> trail) {
        Ty a = shallow(x);
        Ty b = shallow(y);
        if (a.equals(b)) return true;
        if (a instanceof Ty.Infer ia) return bind(ia, b, trail);
        if (b instanceof Ty.Infer ib) return bind(ib, a, trail);
        return switch (a) {
            case Ty.Tuple ta when b instanceof Ty.Tuple tb && ta.elements().size() == tb.elements().size() -> {
                for (int i = 0; i < ta.elements().size(); i++) {
                    if (!unifyInner(ta.elements().get(i), tb.elements().get(i), trail)) yield false;
                }
                yield true;
            }
            case Ty.Array aa when b instanceof Ty.Array ab && aa.length() == ab.length() ->
                unifyInner(aa.element(), ab.element(), trail);
            case Ty.Slice sa when b instanceof Ty.Slice sb -> unifyInner(sa.element(), sb.element(), trail);
            case Ty.Ref ra when b instanceof Ty.Ref rb && ra.mutable() == rb.mutable() ->
                unifyInner(ra.pointee(), rb.pointee(), trail);
            case Ty.RawPtr ra when b instanceof Ty.RawPtr rb && ra.mutable() == rb.mutable() ->
                unifyInner(ra.pointee(), rb.pointee(), trail);
            case Ty.Adt xa when b instanceof Ty.Adt xb && xa.def() == xb.def() -> {
                for (int i = 0; i < xa.args().size(); i++) {
                    if (!unifyInner(xa.args().get(i), xb.args().get(i), trail)) yield false;
                }
                yield true;
            }
            case Ty.FnPtr fa when b instanceof Ty.FnPtr fb && fa.inputs().size() == fb.inputs().size() -> {
                for (int i = 0; i < fa.inputs().size(); i++) {
                    if (!unifyInner(fa.inputs().get(i), fb.inputs().get(i), trail)) yield false;
                }
                yield unifyInner(fa.output(), fb.output(), trail);
            }
            case Ty.Dynamic da when b instanceof Ty.Dynamic db && da.traitName().equals(db.traitName())
                && da.autoTraits().equals(db.autoTraits()) && da.fnSig() != null && db.fnSig() != null ->
                unifyInner(da.fnSig(), db.fnSig(), trail);
            default -> false;
        };
    }

    private boolean bind(Ty.Infer v, Ty t, List<Integer> trail) {
        if (t instanceof Ty.Infer w) {
            // an integer variable joined with a general one stays an integer variable
            Ty.Infer keep = v.kind() == Ty.InferKind.GENERAL ? w : v;
            Ty.Infer drop = keep == v ? w : v;
            if (keep.kind() != Ty.InferKind.GENERAL && drop.kind() != Ty.InferKind.GENERAL && keep.kind() != drop.kind()) {
                return false;
            }
            bindings.set(drop.id(), keep);
            trail.add(drop.id());
            if (diverging.contains(drop.id())) diverging.add(keep.id());
            return true;
        }
        boolean ok = switch (v.kind()) {
            case INT -> t instanceof Ty.Int;
            case FLOAT -> t instanceof Ty.Float;
            case GENERAL -> !occurs(v, t);
        };
        if (!ok) return false;
        bindings.set(v.id(), t);
        trail.add(v.id());
        return true;
    }

    private boolean occurs(Ty.Infer v, Ty t) {
        Ty s = shallow(t);
        return switch (s) {
            case Ty.Infer i -> i.id() == v.id();
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(e -> occurs(v, e));
            case Ty.Array a -> occurs(v, a.element());
            case Ty.Slice sl -> occurs(v, sl.element());
            case Ty.Ref r -> occurs(v, r.pointee());
            case Ty.RawPtr r -> occurs(v, r.pointee());
            case Ty.Adt a -> a.args().stream().anyMatch(e -> occurs(v, e));
            case Ty.FnPtr f -> f.inputs().stream().anyMatch(e -> occurs(v, e)) || occurs(v, f.output());
            case Ty.Dynamic d -> d.fnSig() != null && occurs(v, d.fnSig());
            default -> false;
        };
    }
}
