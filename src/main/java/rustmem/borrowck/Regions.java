package rustmem.borrowck;

import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Item;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/** Whether a value of a type can hold a borrow the body makes (a reference, or a region parameter inside). */
final class Regions {
    private Regions() {}

    static boolean mayHold(TyCtxt tcx, Ty t) {
        return switch (t) {
            case Ty.Ref r -> true;
            case Ty.Int i -> false;
            case Ty.Float f -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Str s -> false;
            case Ty.Never n -> false;
            case Ty.RawPtr p -> false;
            case Ty.FnDef f -> false;
            case Ty.FnPtr f -> false;
            case Ty.Dynamic d -> false;   // `Box<dyn Trait>` is `+ 'static`; a `&dyn Trait` holds its own loan
            // the body's own type parameter: its caller chose it, so no value of it holds a borrow the body makes
            case Ty.Param p -> false;
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(e -> mayHold(tcx, e));
            case Ty.Array a -> mayHold(tcx, a.element());
            case Ty.Slice s -> mayHold(tcx, s.element());
            case Ty.Adt a -> hasLifetimeParams(tcx, a.def()) || a.args().stream().anyMatch(e -> mayHold(tcx, e));
            default -> true;
        };
    }

    /** Whether the ADT declares a lifetime parameter (`struct Parser<'a>`); true when its declaration is not known. */
    private static boolean hasLifetimeParams(TyCtxt tcx, AdtDef def) {
        Generics g = switch (tcx.item(def.did).kind()) {
            case Item.Struct s -> s.generics();
            case Item.Enum e -> e.generics();
            case Item.Union u -> u.generics();
            default -> null;
        };
        return g == null || g.params().stream().anyMatch(p -> p instanceof Generics.LifetimeParam);
    }
}
