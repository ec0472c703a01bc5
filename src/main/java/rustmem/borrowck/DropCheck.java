package rustmem.borrowck;

import java.util.HashMap;
import java.util.Map;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * Which values may use borrowed data when dropped (rustc's drop-liveness): a type with a Drop impl of the
 * program's, or containing one, or a generic type. std's containers drop their elements without looking at
 * borrowed data in them (std marks them `#[may_dangle]`), so only their contents count.
 */
final class DropCheck {
    private final TyCtxt tcx;
    private final Map<Ty, Boolean> cache = new HashMap<>();

    DropCheck(TyCtxt tcx) {
        this.tcx = tcx;
    }

    boolean hasDropImpl(Ty.Adt a) { return tcx.hasDropImpl(a.def()); }

    boolean dropUses(Ty t) {
        Boolean b = cache.get(t);
        if (b != null) return b;
        cache.put(t, false);
        boolean r = compute(t);
        cache.put(t, r);
        return r;
    }

    private boolean compute(Ty t) {
        return switch (t) {
            case Ty.Adt a -> {
                boolean std = tcx.defs.isStd(a.def().did);
                if (hasDropImpl(a) && !std) yield true;
                if (hasDropImpl(a)) yield a.args().stream().anyMatch(this::dropUses);
                for (AdtDef.VariantDef v : a.def().variants) {
                    for (AdtDef.FieldDef f : v.fields()) if (dropUses(tcx.fieldTy(f, a.args()))) yield true;
                }
                yield false;
            }
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(this::dropUses);
            case Ty.Array a -> dropUses(a.element());
            case Ty.Slice s -> dropUses(s.element());
            case Ty.Param p -> true;
            default -> false;
        };
    }
}
