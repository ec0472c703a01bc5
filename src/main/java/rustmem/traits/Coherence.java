package rustmem.traits;

import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.Span;
import rustmem.syntax.ast.Item;
import rustmem.types.InferCtxt;
import rustmem.types.ParamEnv;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * Coherence (rustc_hir_analysis::coherence and rustc_trait_selection::traits::coherence): no two impls of a
 * trait may apply to the same type (E0119), and an impl must involve something of its own crate (the orphan
 * rules: E0117, E0210 for traits; E0116 and E0390 for inherent impls).
 */
public final class Coherence {
    private final TyCtxt tcx;
    /** Whether std's own impls are checked too (std's self-test); else only the program's. */
    private final boolean withStd;

    private Coherence(TyCtxt tcx, boolean withStd) {
        this.tcx = tcx;
        this.withStd = withStd;
    }

    /** Checks the program's impls: orphan rules and overlap with every impl of the same trait. */
    public static void checkProgram(TyCtxt tcx) { new Coherence(tcx, false).run(); }

    /** Checks std's impls among themselves (std must be coherent: a test asks this). */
    public static void checkStd(TyCtxt tcx) { new Coherence(tcx, true).run(); }

    private boolean checked(DefId impl) { return withStd == tcx.defs.isStd(impl); }

    private void run() {
        List<DefId> traits = new ArrayList<>();
        for (DefId d : tcx.res.items()) {
            if (tcx.kind(d) == DefKind.TRAIT) traits.add(d);
            if (tcx.kind(d) == DefKind.IMPL && checked(d) && !withStd) orphan(d);
        }
        for (DefId trait : traits) {
            List<DefId> impls = tcx.traitImpls(trait);
            for (int j = 0; j < impls.size(); j++) {
                DefId b = impls.get(j);
                if (!checked(b)) continue;
                for (int i = 0; i < impls.size(); i++) {
                    DefId a = impls.get(i);
                    // each pair once: a checked impl against the ones before it, and against every unchecked one
                    if (i == j || checked(a) && i > j) continue;
                    // (std's impls that cannot overlap by their headers' outer types are not read)
                    if (!SimplifiedType.mayUnify(SimplifiedType.implKeys(tcx, a), SimplifiedType.implKeys(tcx, b))) continue;
                    if (overlap(a, b)) {
                        TraitRef tb = tcx.implTraitRef(b);
                        tcx.error(tcx.implHeader(b), "E0119", "conflicting implementations of trait `" + tcx.displayTrait(tb)
                            + "` for type `" + tcx.display(tb.self()) + "`", "conflicting implementation for `" + tcx.display(tb.self()) + "`");
                        break;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ overlap

    /**
     * Whether some type could have both impls: their headers unify (fresh variables for each impl's
     * parameters) and no where-clause of either is known not to hold for it. Only what no other crate can
     * change counts as known (rustc's intercrate mode): a bound on a trait or a type of the program's own.
     */
    private boolean overlap(DefId a, DefId b) {
        TraitRef ha = tcx.implTraitRef(a), hb = tcx.implTraitRef(b);
        if (ha == null || hb == null || tcx.isNegativeImpl(a) != tcx.isNegativeImpl(b)) return false;
        if (!mayUnifyFast(ha.self(), hb.self())) return false;
        InferCtxt infcx = new InferCtxt();
        SelectionContext scx = new SelectionContext(tcx, infcx, new ParamEnv(List.of()));
        List<Ty> fa = scx.freshArgs(a), fb = scx.freshArgs(b);
        TraitRef ia = ha.subst(fa), ib = hb.subst(fb);
        if (!infcx.unifyAll(ia.args(), ib.args())) return false;
        for (DefId impl : List.of(a, b)) {
            List<Ty> fresh = impl == a ? fa : fb;
            for (Predicate p : tcx.predicatesOf(impl)) {
                Predicate q = infcx.resolve(p.subst(fresh));
                if (q instanceof Predicate.Trait t && knowable(infcx.resolve(t.ref()))
                    && scx.evaluate(q, Span.DUMMY) == SelectionContext.Eval.NO) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A cheap test before unification: two self types with different outer constructors never unify. */
    private static boolean mayUnifyFast(Ty x, Ty y) {
        if (x instanceof Ty.Param || y instanceof Ty.Param || x instanceof Ty.Alias || y instanceof Ty.Alias) return true;
        if (x.getClass() != y.getClass()) return false;
        if (x instanceof Ty.Adt ax && y instanceof Ty.Adt ay) return ax.def().equals(ay.def());
        return true;
    }

    /** Whether no crate but this one could add an impl making the trait reference hold. */
    private boolean knowable(TraitRef ref) {
        if (withStd) return true;
        if (!tcx.defs.isStd(ref.trait())) return true;
        for (Ty t : ref.args()) if (isLocal(t)) return true;
        return false;
    }

    // ------------------------------------------------------------------ orphan rules

    private void orphan(DefId impl) {
        Item.Impl ast = (Item.Impl) tcx.item(impl).kind();
        TraitRef tr = tcx.implTraitRef(impl);
        Ty self = tcx.typeOf(impl);
        if (ast.traitRef() == null) {
            if (isLocal(self) || self instanceof Ty.Error) return;
            boolean primitive = !(self instanceof Ty.Adt || self instanceof Ty.Dynamic);
            if (primitive) {
                tcx.error(tcx.implHeader(impl), "E0390", "cannot define inherent `impl` for primitive types", "");
            } else {
                tcx.error(tcx.implHeader(impl), "E0116", "cannot define inherent `impl` for a type outside of the crate where the type is defined",
                    "impl for type defined outside of crate");
            }
            return;
        }
        if (tr == null || !tcx.defs.isStd(tr.trait())) return;
        // rustc's orphan check: the first local type among T0..Tn, with no uncovered type parameter before it
        for (Ty t : tr.args()) {
            if (isLocal(t)) return;
            if (uncoveredParam(t)) {
                tcx.error(tcx.implHeader(impl), "E0210", "type parameter `" + tcx.display(t) + "` must be used as the type parameter for some local type",
                    "type parameter `" + tcx.display(t) + "` must be used as the type parameter for some local type");
                return;
            }
        }
        tcx.error(tcx.implHeader(impl), "E0117", "only traits defined in the current crate can be implemented for types defined outside of the crate",
            "impl doesn't use only types from inside the current crate");
    }

    /** A type of this crate, seen through the fundamental wrappers (&T, &mut T, Box<T>, Pin<T>). */
    private boolean isLocal(Ty t) {
        return switch (t) {
            case Ty.Adt a when tcx.hasAttr(a.def().did, "fundamental") && !a.args().isEmpty() ->
                !tcx.defs.isStd(a.def().did) || isLocal(a.args().get(0));
            case Ty.Adt a -> !tcx.defs.isStd(a.def().did);
            case Ty.Ref r -> isLocal(r.pointee());
            case Ty.Dynamic d -> d.principal() != null && !tcx.defs.isStd(d.principal());
            case Ty.Closure c -> true;
            default -> false;
        };
    }

    private boolean uncoveredParam(Ty t) {
        return switch (t) {
            case Ty.Param p -> true;
            case Ty.Ref r -> uncoveredParam(r.pointee());
            case Ty.Adt a when tcx.hasAttr(a.def().did, "fundamental") && !a.args().isEmpty() -> uncoveredParam(a.args().get(0));
            default -> false;
        };
    }
}
