package rustmem.types;

import java.util.List;
import rustmem.resolve.DefId;

/**
 * The generic parameters of an item (rustc's {@code ty::Generics}): its parent's (an impl's or trait's for
 * associated items, a function's for closures and opaque types) come first, then its own. Lifetimes are erased.
 */
public record Generics(DefId parent, int parentCount, List<ParamDef> own, boolean hasSelf) {
    /** One type or const parameter; default is null when absent (as a Ty with Params of the same item). */
    public record ParamDef(DefId def, String name, int index, boolean isConst, Ty defaultType, boolean synthetic) {}

    public static final Generics EMPTY = new Generics(null, 0, List.of(), false);

    public int count() { return parentCount + own.size(); }

    /** The item's arguments that stand for its own parameters (identity substitution). */
    public List<Ty> identity(TyCtxt tcx) {
        java.util.ArrayList<Ty> out = new java.util.ArrayList<>();
        if (parent != null) out.addAll(tcx.generics(parent).identity(tcx));
        for (ParamDef p : own) out.add(new Ty.Param(p.index(), p.name()));
        return List.copyOf(out);
    }

    /** The parameter at a full index (the parent's included). */
    public ParamDef param(TyCtxt tcx, int index) {
        if (index < parentCount) return tcx.generics(parent).param(tcx, index);
        return own.get(index - parentCount);
    }
}
