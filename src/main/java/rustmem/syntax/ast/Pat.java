package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** A pattern. */
public sealed interface Pat extends Node {

    record Wild(Span span) implements Pat {}

    /** {@code ref mut name @ sub}; a lone identifier such as {@code None} is also this until resolved. */
    record IdentPat(boolean byRef, boolean mutable, Ident name, Pat sub, Span span) implements Pat {}

    /** A literal pattern, possibly negated ({@code -1}), or a const block. */
    record LitPat(Expr value, Span span) implements Pat {}

    /** {@code lo..=hi}, {@code lo..hi}, {@code lo..}, {@code ..=hi}; absent ends are null. */
    record RangePat(Expr lo, Expr hi, Expr.RangeLimits limits, Span span) implements Pat {}

    record PathPat(Path.QSelf qself, Path path, Span span) implements Pat {}

    record TupleStruct(Path.QSelf qself, Path path, List<Pat> elements, Span span) implements Pat {}

    /** {@code S { a, b: p, .. }}. */
    record StructPat(Path.QSelf qself, Path path, List<FieldPat> fields, boolean rest, Span span) implements Pat {}

    /** A field of a struct pattern; shorthand when written as just the binding ({@code ref mut a}). */
    record FieldPat(List<Attribute> attrs, Ident name, Pat pat, boolean shorthand, Span span) implements Node {}

    record Tuple(List<Pat> elements, Span span) implements Pat {}

    record Slice(List<Pat> elements, Span span) implements Pat {}

    /** {@code ..} inside tuple, tuple-struct and slice patterns. */
    record Rest(Span span) implements Pat {}

    record Ref(boolean mutable, Pat inner, Span span) implements Pat {}

    record Box(Pat inner, Span span) implements Pat {}

    record Or(List<Pat> alternatives, Span span) implements Pat {}

    record Paren(Pat inner, Span span) implements Pat {}

    record Mac(MacCall mac) implements Pat {
        public Span span() { return mac.span(); }
    }
}
