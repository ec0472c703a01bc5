package rustmem.ir.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.traits.SelectionContext;
import rustmem.types.InferCtxt;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * What MIR building asks of a type in the body's environment: whether it is Copy (a use of a place copies
 * it, else moves it) and whether it may need dropping (a scope schedules its drop; whether it really needs
 * one is decided for each instance).
 */
public final class TypeFacts {
    private final TyCtxt tcx;
    private final SelectionContext scx;
    private final DefId copy;
    private final Map<Ty, Boolean> copyCache = new HashMap<>();

    public TypeFacts(TyCtxt tcx, DefId owner) {
        this.tcx = tcx;
        this.scx = new SelectionContext(tcx, new InferCtxt(), tcx.paramEnv(owner));
        this.copy = tcx.lang.require("copy");
    }

    public boolean isCopy(Ty t) {
        Boolean c = copyCache.get(t);
        if (c != null) return c;
        boolean r = switch (t) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char ch -> true;
            case Ty.RawPtr p -> true;
            case Ty.Never n -> true;
            case Ty.FnDef f -> true;
            case Ty.FnPtr f -> true;
            case Ty.Ref r2 -> !r2.mutable();
            default -> scx.evaluate(new Predicate.Trait(new TraitRef(copy, List.of(t))), Span.DUMMY) == SelectionContext.Eval.YES;
        };
        copyCache.put(t, r);
        return r;
    }

    /** Whether the type implements Clone in the body's environment (the borrow checker's `help: consider cloning`). */
    public boolean isClone(Ty t) {
        DefId clone = tcx.lang.get("clone");
        return clone != null && scx.evaluate(new Predicate.Trait(new TraitRef(clone, List.of(t))), Span.DUMMY) == SelectionContext.Eval.YES;
    }

    /** False only when no instance of the type can have drop glue. */
    boolean mayNeedDrop(Ty t) {
        return switch (t) {
            case Ty.Int i -> false;
            case Ty.Float f -> false;
            case Ty.Bool b -> false;
            case Ty.Char ch -> false;
            case Ty.RawPtr p -> false;
            case Ty.Ref r -> false;
            case Ty.Never n -> false;
            case Ty.FnDef f -> false;
            case Ty.FnPtr f -> false;
            case Ty.Str s -> false;
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(this::mayNeedDrop);
            case Ty.Array a -> mayNeedDrop(a.element());
            case Ty.Slice s -> mayNeedDrop(s.element());
            default -> !isCopy(t);
        };
    }
}
