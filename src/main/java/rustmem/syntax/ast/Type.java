package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** A type as written in source. */
public sealed interface Type extends Node {

    /** {@code a::B<T>} or {@code <T as Trait>::Assoc}; qself null when unqualified. */
    record PathType(Path.QSelf qself, Path path, Span span) implements Type {}

    /** {@code &'a mut T}; lifetime null when elided. */
    record Ref(Lifetime lifetime, boolean mutable, Type inner, Span span) implements Type {}

    record RawPtr(boolean mutable, Type inner, Span span) implements Type {}

    record Slice(Type element, Span span) implements Type {}

    record Array(Type element, Expr length, Span span) implements Type {}

    /** {@code ()} is the empty tuple. */
    record Tuple(List<Type> elements, Span span) implements Type {}

    record Paren(Type inner, Span span) implements Type {}

    record Never(Span span) implements Type {}

    /** {@code _}. */
    record Infer(Span span) implements Type {}

    /** {@code for<'a> unsafe extern "C" fn(a: A, B, ...) -> R}; ret null for {@code ()}. */
    record FnPtr(List<Generics.GenericParam> forLifetimes, boolean unsafe, String abi, List<FnPtrParam> params,
                 boolean variadic, Type ret, Span span) implements Type {}

    /** A parameter of a fn pointer type; name null when only the type is given. */
    record FnPtrParam(Ident name, Type type, Span span) implements Node {}

    /** {@code dyn A + B}; dyn is false for the bare (edition 2015) form. */
    record TraitObject(List<GenericBound> bounds, boolean dyn, Span span) implements Type {}

    record ImplTrait(List<GenericBound> bounds, Span span) implements Type {}

    record Mac(MacCall mac) implements Type {
        public Span span() { return mac.span(); }
    }

    /** {@code Self} in types is a path; this is only the implicit self type of a method's self parameter. */
    record ImplicitSelf(Span span) implements Type {}
}
