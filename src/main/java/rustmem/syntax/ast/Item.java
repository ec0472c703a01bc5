package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/**
 * An item (also an associated item of a trait or impl, or a foreign item): its attributes,
 * visibility and what kind of item it is.
 */
public record Item(List<Attribute> attrs, Visibility vis, ItemKind kind, Span span) implements Node {

    /** The item's span as rustc has it: without its outer attributes, nor the whitespace and comments after them. */
    public Span withoutAttrs(rustmem.source.SourceMap sources) {
        int lo = span.lo();
        for (Attribute a : attrs) if (!a.inner()) lo = Math.max(lo, a.span().hi());
        rustmem.source.SourceFile file = sources.fileOf(span);
        if (lo == span.lo() || file == null) return span;
        int at = rustmem.syntax.Lexer.skipTrivia(file.text(), lo - file.base()) + file.base();
        return new Span(Math.min(at, span.hi()), span.hi());
    }

    /** {@code pub}, {@code pub(crate)}, {@code pub(super)}, {@code pub(in path)}; path null for plain forms. */
    public record Visibility(Kind kind, Path path, Span span) implements Node {
        public enum Kind { INHERITED, PUB, CRATE, SUPER, SELF, IN_PATH }

        public static Visibility inherited(Span at) { return new Visibility(Kind.INHERITED, null, at); }
    }

    public sealed interface ItemKind {}

    /** {@code use tree;}. */
    public record Use(UseTree tree) implements ItemKind {}

    /** A use tree: {@code prefix}, {@code prefix as name}, {@code prefix::*}, {@code prefix::{trees}}. */
    public record UseTree(Path prefix, Kind kind, Ident rename, List<UseTree> nested, Span span) implements Node {
        public enum Kind { SIMPLE, GLOB, NESTED }
    }

    public record ExternCrate(Ident name, Ident rename) implements ItemKind {}

    /** A function; body null for a declaration in a trait or extern block. */
    public record Fn(FnHeader header, Ident name, Generics generics, FnDecl decl, Block body) implements ItemKind {}

    public record FnHeader(boolean isConst, boolean isAsync, boolean unsafe, String abi) {
        public static final FnHeader NONE = new FnHeader(false, false, false, null);
    }

    /** Parameters and return type; output null for {@code ()}. */
    public record FnDecl(List<Param> params, Type output, boolean variadic) {}

    /** A parameter {@code pat: ty}; the self parameter has an IdentPat named {@code self}. */
    public record Param(List<Attribute> attrs, Pat pat, Type type, SelfKind selfKind, Span span) implements Node {}

    /** How a method takes self; NONE for ordinary parameters, EXPLICIT for {@code self: Box<Self>}. */
    public enum SelfKind { NONE, VALUE, REF, REF_MUT, EXPLICIT }

    public record Struct(Ident name, Generics generics, VariantData data) implements ItemKind {}

    public record Union(Ident name, Generics generics, VariantData data) implements ItemKind {}

    public record Enum(Ident name, Generics generics, List<Variant> variants) implements ItemKind {}

    /** An enum variant; discriminant null when implicit. */
    public record Variant(List<Attribute> attrs, Visibility vis, Ident name, VariantData data, Expr discriminant, Span span)
        implements Node {}

    /** The fields of a struct or variant. */
    public record VariantData(Kind kind, List<FieldDef> fields) {
        public enum Kind { NAMED, TUPLE, UNIT }
    }

    /** A field; name null for tuple fields. */
    public record FieldDef(List<Attribute> attrs, Visibility vis, Ident name, Type type, Span span) implements Node {}

    public record Trait(boolean unsafe, boolean auto, Ident name, Generics generics, List<GenericBound> supertraits,
                        List<Item> items) implements ItemKind {}

    /** {@code impl<G> Trait for Type { }}; traitRef null for inherent impls. */
    public record Impl(boolean unsafe, Generics generics, boolean negative, Path traitRef, Type selfType,
                       List<Item> items) implements ItemKind {}

    /** {@code type Name<G>: Bounds = Ty;}; type null in traits without default. */
    public record TypeAlias(Ident name, Generics generics, List<GenericBound> bounds, Type type) implements ItemKind {}

    /** {@code const NAME: Ty = expr;}; value null in traits without default; name {@code _} allowed. */
    public record Const(Ident name, Generics generics, Type type, Expr value) implements ItemKind {}

    public record Static(Ident name, boolean mutable, Type type, Expr value) implements ItemKind {}

    /** {@code mod name { items }}; items null for {@code mod name;}. */
    public record Mod(boolean unsafe, Ident name, List<Item> items) implements ItemKind {}

    public record ForeignMod(boolean unsafe, String abi, List<Item> items) implements ItemKind {}

    /** {@code macro_rules! name { rules }}: the rules are kept as tokens. */
    /** {@code macro_rules! name { rules }}, or a macro 2.0 {@code macro name …} (declMacro: scoped as an item). */
    public record MacroRules(Ident name, TokenTree.Delimited body, boolean declMacro) implements ItemKind {}

    /** A macro invocation in item position, such as {@code thread_local! { … }}. */
    public record MacItem(MacCall mac) implements ItemKind {}
}
