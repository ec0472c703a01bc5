package rustmem.types;

import java.util.List;

/**
 * What the type checker learns about a closure (rustc's closure substs): its signature, its kind once the
 * captures are known (null before), the types of its captured values (the closure's fields), and how each
 * variable is captured. Filled in while the enclosing body is checked.
 */
public final class ClosureInfo {
    public enum Kind { FN, FN_MUT, FN_ONCE }

    /**
     * One captured place: the variable's binding id, the projections applied to it (field indices, {@link #DEREF})
     * with the types before the first and after each, whether it is held by value, shared or mutable reference, and
     * the type of the closure's field that holds it.
     */
    public record Capture(int local, List<Integer> projections, List<Ty> tys, CaptureKind kind, Ty fieldTy) {
        /** The captured place's type. */
        public Ty placeTy() { return tys.get(tys.size() - 1); }

        /** The place as the program spells it (`acc.items`, `*r`), from the variable's name. */
        public String path(String var) { return ClosureInfo.path(var, projections, tys); }
    }

    /** A place as the program spells it, from its variable's name, projections and the types before each. */
    public static String path(String var, List<Integer> projections, List<Ty> tys) {
        StringBuilder sb = new StringBuilder(var);
        for (int i = 0; i < projections.size(); i++) {
            int p = projections.get(i);
            if (p == DEREF) {
                if (i + 1 < projections.size()) continue;   // `(*r).x` is written `r.x`
                sb.insert(0, '*');
            } else {
                sb.append('.').append(tys.get(i) instanceof Ty.Adt a ? a.def().nonEnumVariant().fields().get(p).name() : String.valueOf(p));
            }
        }
        return sb.toString();
    }

    /** A deref among a capture's projections. */
    public static final int DEREF = -1;

    public enum CaptureKind { BY_VALUE, BY_REF, BY_MUT_REF }

    public FnSig sig;
    public Kind kind;
    public List<Capture> captures;
    /** A kind the closure's expected type asked for (from an Fn* bound it is passed to), or null. */
    public Kind expectedKind;

    public ClosureInfo(FnSig sig) { this.sig = sig; }

    public List<Ty> upvarTys() { return captures == null ? null : captures.stream().map(Capture::fieldTy).toList(); }
}
