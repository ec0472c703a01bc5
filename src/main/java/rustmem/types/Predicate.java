package rustmem.types;

import java.util.List;
import java.util.function.UnaryOperator;

/** What a where-clause or bound requires (rustc's {@code ty::Predicate}, without lifetimes). */
public sealed interface Predicate {
    /** {@code T: Trait<…>}. */
    record Trait(TraitRef ref) implements Predicate {}

    /** {@code <T as Trait>::Assoc == ty}. */
    record Projection(Ty.Alias alias, Ty ty) implements Predicate {}

    /** {@code T: 'static}: the type may not hold borrows of shorter life. */
    record OutlivesStatic(Ty ty) implements Predicate {}

    default Predicate fold(UnaryOperator<Ty> f) {
        return switch (this) {
            case Trait t -> new Trait(t.ref().fold(f));
            case Projection p -> new Projection((Ty.Alias) p.alias().fold(f), p.ty().fold(f));
            case OutlivesStatic o -> new OutlivesStatic(o.ty().fold(f));
        };
    }

    default Predicate subst(List<Ty> args) {
        return args.isEmpty() ? this : fold(t -> t instanceof Ty.Param p && p.index() < args.size() ? args.get(p.index()) : t);
    }
}
