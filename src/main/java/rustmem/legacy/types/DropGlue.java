package rustmem.legacy.types;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Which types have drop glue (rustc's {@code needs_drop}): those with a Drop impl (the program's, and
 * std's heap-owning Box, Vec, String and Rc), and structs, enums, tuples, arrays and closures holding one. Used
 * by the type checker (on types still being inferred) and by drop elaboration (on concrete types).
 */
public final class DropGlue {
    private final Predicate<Ty> hasDropImpl;
    /** Resolves inference variables while checking; null for concrete types, whose answers are cached. */
    private final UnaryOperator<Ty> resolve;
    private final Map<Ty, Boolean> cache = new HashMap<>();
    private final Set<Ty> inProgress = new HashSet<>();

    public DropGlue(Predicate<Ty> hasDropImpl, UnaryOperator<Ty> resolve) {
        this.hasDropImpl = hasDropImpl;
        this.resolve = resolve;
    }

    /** Whether the type has a Drop impl of its own (std's heap owners included), not only fields with drop glue. */
    public boolean hasOwnDrop(Ty t) { return StdCalls.isHeapOwner(t) || hasDropImpl.test(t); }

    public boolean needsDrop(Ty t) {
        Ty ty = resolve == null ? t : resolve.apply(t);
        Boolean known = cache.get(ty);
        if (known != null) return known;
        if (!inProgress.add(ty)) return false;   // a recursive type reaches itself only through a pointer
        boolean needs = switch (ty) {
            case Ty.Adt a when StdCalls.isHeapOwner(ty) -> true;
            case Ty.Adt a -> hasDropImpl.test(ty) || !a.def().isUnion() && a.def().variants().stream()
                .flatMap(v -> v.fields().stream()).anyMatch(f -> needsDrop(f.type().subst(a.args())));
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(this::needsDrop);
            case Ty.Array arr -> arr.length() > 0 && needsDrop(arr.element());
            case Ty.Closure c -> c.fieldTys().stream().anyMatch(this::needsDrop);
            default -> false;
        };
        inProgress.remove(ty);
        if (resolve == null) cache.put(ty, needs);
        return needs;
    }
}
