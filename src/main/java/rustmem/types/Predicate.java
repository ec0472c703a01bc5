package rustmem.types;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** What a where-clause or bound requires (rustc's {@code ty::Predicate}, without lifetimes). */
public sealed interface Predicate {
    /** {@code T: Trait<…>}. */
    record Trait(TraitRef ref) implements Predicate {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof Trait x && Objects.equals(ref, x.ref); }

        @Override
        public int hashCode() { return Objects.hashCode(ref); }
    }

    /** {@code <T as Trait>::Assoc == ty}. */
    record Projection(Ty.Alias alias, Ty ty) implements Predicate {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Projection x && Objects.equals(alias, x.alias)
                && Objects.equals(ty, x.ty);
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(alias) + Objects.hashCode(ty); }
    }

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
