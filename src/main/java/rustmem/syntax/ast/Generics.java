package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** Generic parameters of an item and its where-clause. */
public record Generics(List<GenericParam> params, List<WherePredicate> where, Span span) implements Node {

    public static Generics empty(Span at) { return new Generics(List.of(), List.of(), at); }

    public boolean isEmpty() { return params.isEmpty() && where.isEmpty(); }

    /** Whether there is anything but lifetimes: type or const parameters, or bounds on types. */
    public boolean hasTypeOrConstParams() {
        return params.stream().anyMatch(p -> !(p instanceof LifetimeParam))
            || where.stream().anyMatch(w -> w instanceof BoundPredicate);
    }

    public sealed interface GenericParam extends Node {
        List<Attribute> attrs();
    }

    public record LifetimeParam(List<Attribute> attrs, Lifetime lifetime, List<Lifetime> bounds, Span span)
        implements GenericParam {}

    /** defaultType is null when absent. */
    public record TypeParam(List<Attribute> attrs, Ident name, List<GenericBound> bounds, Type defaultType, Span span)
        implements GenericParam {}

    /** defaultValue is null when absent. */
    public record ConstParam(List<Attribute> attrs, Ident name, Type type, Expr defaultValue, Span span)
        implements GenericParam {}

    public sealed interface WherePredicate extends Node {}

    /** {@code for<'a> T: Bound + Bound}. */
    public record BoundPredicate(List<GenericParam> forLifetimes, Type boundedType, List<GenericBound> bounds, Span span)
        implements WherePredicate {}

    /** {@code 'a: 'b + 'c}. */
    public record RegionPredicate(Lifetime lifetime, List<Lifetime> bounds, Span span) implements WherePredicate {}
}
