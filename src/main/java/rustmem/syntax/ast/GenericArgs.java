package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** Generic arguments of a path segment: {@code <u8, 'a, N = 3>} or {@code (A, B) -> C} for the Fn traits. */
public sealed interface GenericArgs extends Node {

    record AngleBracketed(List<GenericArg> args, Span span) implements GenericArgs {}

    /** {@code Fn(A, B) -> C}; output is null when there is no arrow. */
    record Parenthesized(List<Type> inputs, Type output, Span span) implements GenericArgs {}

    /** One argument between angle brackets. */
    sealed interface GenericArg extends Node {}

    record LifetimeArg(Lifetime lifetime) implements GenericArg {
        public Span span() { return lifetime.span(); }
    }

    record TypeArg(Type type) implements GenericArg {
        public Span span() { return type.span(); }
    }

    /** A const argument: a literal, a block, or a negated literal. */
    record ConstArg(Expr value) implements GenericArg {
        public Span span() { return value.span(); }
    }

    /** {@code Item = T} (type non-null) or {@code Item: Bound} (bounds non-empty). */
    record AssocConstraint(Ident name, GenericArgs args, Type type, List<GenericBound> bounds, Span span)
        implements GenericArg {}
}
