package rustmem.ir;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import rustmem.types.Ty;

/**
 * Which types have drop glue (rustc's {@code needs_drop}): those with a Drop impl (the program's, and
 * std's Box, Vec and String), and structs, enums, tuples and arrays holding one.
 */
final class DropElaboration {
    private final Set<Ty> dropImpls;
    private final Map<Ty, Boolean> cache = new HashMap<>();
    private final Set<Ty> inProgress = new HashSet<>();

    DropElaboration(Set<Ty> dropImpls) { this.dropImpls = dropImpls; }

    boolean needsDrop(Ty ty) {
        Boolean known = cache.get(ty);
        if (known != null) return known;
        if (!inProgress.add(ty)) return false;   // a recursive type reaches itself only through a pointer
        boolean needs = switch (ty) {
            case Ty.Adt a when rustmem.types.StdCalls.isHeapOwner(ty) -> true;
            case Ty.Adt a -> dropImpls.contains(ty) || !a.def().isUnion() && a.def().variants().stream()
                .flatMap(v -> v.fields().stream()).anyMatch(f -> needsDrop(f.type().subst(a.args())));
            case Ty.Tuple t -> t.elements().stream().anyMatch(this::needsDrop);
            case Ty.Array arr -> arr.length() > 0 && needsDrop(arr.element());
            default -> false;
        };
        inProgress.remove(ty);
        cache.put(ty, needs);
        return needs;
    }
}
