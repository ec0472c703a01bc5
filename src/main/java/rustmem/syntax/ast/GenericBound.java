package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** A bound in {@code T: Trait + 'a}, {@code impl Trait}, {@code dyn Trait}. */
public sealed interface GenericBound extends Node {

    enum Modifier { NONE, MAYBE, MAYBE_CONST, CONST, NEGATIVE }

    /** {@code for<'a> ?Sized}-style trait bound; forLifetimes empty when there is no binder. */
    record TraitBound(List<Generics.GenericParam> forLifetimes, Modifier modifier, Path trait, boolean parenthesized,
                      Span span) implements GenericBound {}

    record LifetimeBound(Lifetime lifetime) implements GenericBound {
        public Span span() { return lifetime.span(); }
    }

    /** Precise capturing: {@code use<'a, T>}. */
    record Use(List<Ident> args, Span span) implements GenericBound {}
}
