package rustmem.resolve;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.syntax.AstPrinter;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Type;

/**
 * The impls {@code #[derive(…)]} makes (rustc_builtin_macros' deriving), written as Rust source for the
 * parser: {@code Clone}, {@code Copy}, {@code Debug}, {@code PartialEq}, {@code Eq}, {@code PartialOrd},
 * {@code Ord}, {@code Hash}, {@code Default}. Each type parameter gets a bound on the derived trait, as rustc
 * adds; enums compare their discriminants first, as rustc's derives do.
 */
final class Derives {
    private Derives() {}

    /** The shape of the type derived for: its name, generics, and variants (a struct is one unnamed variant). */
    private record Shape(String name, Generics generics, List<Variant> variants, boolean isEnum, boolean isUnion) {}

    private record Variant(String name, Item.VariantData data, List<Attribute> attrs) {
        List<String> fieldNames() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < data.fields().size(); i++) {
                Item.FieldDef f = data.fields().get(i);
                out.add(f.name() != null ? f.name().name() : String.valueOf(i));
            }
            return out;
        }

        boolean named() { return data.kind() == Item.VariantData.Kind.NAMED; }
    }

    static String generate(Item item, List<String> traits) {
        Shape shape = switch (item.kind()) {
            case Item.Struct s -> new Shape(s.name().name(), s.generics(), List.of(new Variant(null, s.data(), List.of())), false, false);
            case Item.Enum e -> {
                List<Variant> vs = new ArrayList<>();
                for (Item.Variant v : e.variants()) if (Cfg.enabled(v.attrs())) vs.add(new Variant(v.name().name(), v.data(), v.attrs()));
                yield new Shape(e.name().name(), e.generics(), vs, true, false);
            }
            case Item.Union u -> new Shape(u.name().name(), u.generics(), List.of(new Variant(null, u.data(), List.of())), false, true);
            default -> throw new Expander.ExpandError(Diagnostic.error("`derive` may only be applied to `struct`s, `enum`s and `union`s")
                .code("E0774").span(item.span()).build());
        };
        StringBuilder out = new StringBuilder();
        boolean simpleCopy = simpleCopy(shape, traits);
        for (String t : traits) {
            String path = switch (t) {
                case "Clone" -> "::core::clone::Clone";
                case "Copy" -> "::core::marker::Copy";
                case "Debug" -> "::core::fmt::Debug";
                case "PartialEq" -> "::core::cmp::PartialEq";
                case "Eq" -> "::core::cmp::Eq";
                case "PartialOrd" -> "::core::cmp::PartialOrd";
                case "Ord" -> "::core::cmp::Ord";
                case "Hash" -> "::core::hash::Hash";
                case "Default" -> "::core::default::Default";
                default -> throw Expander.error(item.span(), "unsupported: `#[derive(" + t + ")]`");
            };
            out.append(header(shape, path)).append(" {\n").append(t.equals("Clone") && simpleCopy ? "#[inline] fn "
                + "clone(&self) -> Self { *self }\n" : body(shape, t)).append("}\n");
        }
        if (traits.contains("Clone") && simpleCopy) {
            out.append(header(shape, "::core::clone::TrivialClone").replaceFirst(" impl", " unsafe impl")).append(" {}\n");
        }
        return out.toString();
    }

    /**
     * Whether the type derives Copy and has no type parameters: then rustc's derived `clone` is `*self` (its fields'
     * clones are not called) and the type is TrivialClone.
     */
    private static boolean simpleCopy(Shape s, List<String> traits) {
        return traits.contains("Copy") && s.generics().params().stream().noneMatch(p -> p instanceof Generics.TypeParam);
    }

    private static String header(Shape s, String trait) {
        StringBuilder params = new StringBuilder();
        StringBuilder args = new StringBuilder();
        for (Generics.GenericParam p : s.generics().params()) {
            if (!params.isEmpty()) {
                params.append(", ");
                args.append(", ");
            }
            switch (p) {
                case Generics.LifetimeParam lp -> {
                    params.append(lp.lifetime().name());
                    args.append(lp.lifetime().name());
                }
                case Generics.TypeParam tp -> {
                    params.append(tp.name().name()).append(": ");
                    for (GenericBound b : tp.bounds()) params.append(bound(b)).append(" + ");
                    params.append(trait);
                    args.append(tp.name().name());
                }
                case Generics.ConstParam cp -> {
                    params.append("const ").append(cp.name().name()).append(": ").append(AstPrinter.print(cp.type()));
                    args.append(cp.name().name());
                }
            }
        }
        StringBuilder where = new StringBuilder();
        for (Generics.WherePredicate w : s.generics().where()) {
            if (!(w instanceof Generics.BoundPredicate bp)) continue;
            where.append(where.isEmpty() ? " where " : ", ").append(AstPrinter.print(bp.boundedType())).append(": ");
            List<String> bs = new ArrayList<>();
            for (GenericBound b : bp.bounds()) bs.add(bound(b));
            where.append(String.join(" + ", bs));
        }
        // as rustc: a field type that is a projection of a type parameter (`Option<I::Item>`) is bounded too
        java.util.Set<String> paramNames = new java.util.HashSet<>();
        for (Generics.GenericParam p : s.generics().params()) if (p instanceof Generics.TypeParam tp) paramNames.add(tp.name().name());
        java.util.LinkedHashSet<String> projections = new java.util.LinkedHashSet<>();
        for (Variant v : s.variants()) {
            for (Item.FieldDef f : v.data().fields()) {
                rustmem.syntax.ast.AstWalk.walk(f.type(), n -> {
                    if (n instanceof Type.PathType pt && pt.qself() == null && pt.path().segments().size() > 1
                        && paramNames.contains(pt.path().segments().get(0).ident().name())) {
                        projections.add(AstPrinter.print(pt));
                    }
                    return true;
                });
            }
        }
        for (String proj : projections) where.append(where.isEmpty() ? " where " : ", ").append(proj).append(": ").append(trait);
        return "#[automatically_derived] impl" + (params.isEmpty() ? "" : "<" + params + ">") + " " + trait + " for " + s.name()
            + (args.isEmpty() ? "" : "<" + args + ">") + where;
    }

    private static String bound(GenericBound b) {
        return switch (b) {
            case GenericBound.TraitBound tb -> (tb.modifier() == GenericBound.Modifier.MAYBE ? "?" : "") + AstPrinter.print(tb.trait());
            case GenericBound.LifetimeBound lb -> lb.lifetime().name();
            case GenericBound.Use u -> "";
        };
    }

    private static String body(Shape s, String trait) {
        return switch (trait) {
            case "Clone" -> clone(s);
            case "Copy", "Eq" -> "";
            case "Debug" -> debug(s);
            case "PartialEq" -> partialEq(s);
            case "PartialOrd" -> ordering(s, true);
            case "Ord" -> ordering(s, false);
            case "Hash" -> hash(s);
            case "Default" -> defaultBody(s);
            default -> throw new IllegalStateException(trait);
        };
    }

    /** The path of a variant's constructor ({@code Name} for a struct, {@code Name::V} for a variant). */
    private static String ctor(Shape s, Variant v) { return v.name() == null ? s.name() : s.name() + "::" + v.name(); }

    /** A pattern binding each field of v to prefix0, prefix1 … */
    private static String pattern(Shape s, Variant v, String prefix) {
        List<String> names = v.fieldNames();
        StringBuilder b = new StringBuilder(ctor(s, v));
        switch (v.data().kind()) {
            case UNIT -> { }
            case TUPLE -> {
                b.append('(');
                for (int i = 0; i < names.size(); i++) b.append(i > 0 ? ", " : "").append(prefix).append(i);
                b.append(')');
            }
            case NAMED -> {
                b.append(" { ");
                for (int i = 0; i < names.size(); i++) b.append(i > 0 ? ", " : "").append(names.get(i)).append(": ").append(prefix).append(i);
                b.append(" }");
            }
        }
        return b.toString();
    }

    /** A constructor call with each field's value made by value(i). */
    private static String construct(Shape s, Variant v, java.util.function.IntFunction<String> value) {
        List<String> names = v.fieldNames();
        StringBuilder b = new StringBuilder(ctor(s, v));
        switch (v.data().kind()) {
            case UNIT -> { }
            case TUPLE -> {
                b.append('(');
                for (int i = 0; i < names.size(); i++) b.append(i > 0 ? ", " : "").append(value.apply(i));
                b.append(')');
            }
            case NAMED -> {
                b.append(" { ");
                for (int i = 0; i < names.size(); i++) b.append(i > 0 ? ", " : "").append(names.get(i)).append(": ").append(value.apply(i));
                b.append(" }");
            }
        }
        return b.toString();
    }

    private static String clone(Shape s) {
        StringBuilder b = new StringBuilder("#[inline] fn clone(&self) -> Self {\n");
        if (s.isUnion()) return b.append("*self\n}\n").toString();
        b.append("match self {\n");
        for (Variant v : s.variants()) {
            b.append(pattern(s, v, "__self_")).append(" => ").append(construct(s, v, i -> "::core::clone::Clone::clone(__self_" + i + ")"))
                .append(",\n");
        }
        if (s.variants().isEmpty()) b.append("_ => unsafe { ::core::intrinsics::unreachable() }\n");
        return b.append("}\n}\n").toString();
    }

    private static String debug(Shape s) {
        StringBuilder b = new StringBuilder("fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {\nmatch self {\n");
        for (Variant v : s.variants()) {
            String name = v.name() == null ? s.name() : v.name();
            b.append(pattern(s, v, "__self_")).append(" => ");
            List<String> names = v.fieldNames();
            switch (v.data().kind()) {
                case UNIT -> b.append("::core::fmt::Formatter::write_str(f, \"").append(name).append("\")");
                case TUPLE -> {
                    b.append("::core::fmt::Formatter::debug_tuple(f, \"").append(name).append("\")");
                    // the last field by `&&`, as rustc: it may be unsized
                    for (int i = 0; i < names.size(); i++) b.append(".field(").append(i == names.size() - 1 ? "&" : "").append("__self_").append(i).append(")");
                    b.append(".finish()");
                }
                case NAMED -> {
                    b.append("::core::fmt::Formatter::debug_struct(f, \"").append(name).append("\")");
                    for (int i = 0; i < names.size(); i++) {
                        b.append(".field(\"").append(names.get(i)).append("\", ").append(i == names.size() - 1 ? "&" : "").append("__self_").append(i).append(")");
                    }
                    b.append(".finish()");
                }
            }
            b.append(",\n");
        }
        if (s.variants().isEmpty()) b.append("_ => unsafe { ::core::intrinsics::unreachable() }\n");
        return b.append("}\n}\n").toString();
    }

    private static String partialEq(Shape s) {
        StringBuilder b = new StringBuilder("#[inline] fn eq(&self, other: &Self) -> bool {\n");
        if (!s.isEnum()) {
            Variant v = s.variants().get(0);
            List<String> names = v.fieldNames();
            if (names.isEmpty()) return b.append("true\n}\n").toString();
            List<String> parts = new ArrayList<>();
            for (String n : names) parts.add("self." + n + " == other." + n);
            return b.append(String.join(" && ", parts)).append("\n}\n").toString();
        }
        b.append("let __self_discr = ::core::intrinsics::discriminant_value(self);\n")
            .append("let __arg1_discr = ::core::intrinsics::discriminant_value(other);\n");
        boolean anyFields = s.variants().stream().anyMatch(v -> !v.data().fields().isEmpty());
        if (!anyFields) return b.append("__self_discr == __arg1_discr\n}\n").toString();
        b.append("__self_discr == __arg1_discr && match (self, other) {\n");
        for (Variant v : s.variants()) {
            if (v.data().fields().isEmpty()) continue;
            b.append("(").append(pattern(s, v, "__self_")).append(", ").append(pattern(s, v, "__arg1_")).append(") => ");
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < v.data().fields().size(); i++) parts.add("__self_" + i + " == __arg1_" + i);
            b.append(String.join(" && ", parts)).append(",\n");
        }
        return b.append("_ => true,\n}\n}\n").toString();
    }

    /** partial_cmp (or cmp) comparing fields in order, the first unequal one deciding. */
    private static String ordering(Shape s, boolean partial) {
        String method = partial ? "partial_cmp" : "cmp";
        String trait = partial ? "::core::cmp::PartialOrd" : "::core::cmp::Ord";
        String ret = partial ? "::core::option::Option<::core::cmp::Ordering>" : "::core::cmp::Ordering";
        String equal = partial ? "::core::option::Option::Some(::core::cmp::Ordering::Equal)" : "::core::cmp::Ordering::Equal";
        StringBuilder b = new StringBuilder("#[inline] fn " + method + "(&self, other: &Self) -> " + ret + " {\n");
        if (!s.isEnum()) {
            Variant v = s.variants().get(0);
            List<String> names = v.fieldNames();
            List<String> lhs = new ArrayList<>(), rhs = new ArrayList<>();
            for (String n : names) {
                lhs.add("&self." + n);
                rhs.add("&other." + n);
            }
            return b.append(chain(lhs, rhs, trait, method, equal)).append("\n}\n").toString();
        }
        b.append("let __self_discr = ::core::intrinsics::discriminant_value(self);\n")
            .append("let __arg1_discr = ::core::intrinsics::discriminant_value(other);\n");
        boolean anyFields = s.variants().stream().anyMatch(v -> !v.data().fields().isEmpty());
        if (!anyFields) return b.append(trait).append("::").append(method).append("(&__self_discr, &__arg1_discr)\n}\n").toString();
        b.append("match (self, other) {\n");
        for (Variant v : s.variants()) {
            if (v.data().fields().isEmpty()) continue;
            List<String> lhs = new ArrayList<>(), rhs = new ArrayList<>();
            for (int i = 0; i < v.data().fields().size(); i++) {
                lhs.add("__self_" + i);
                rhs.add("__arg1_" + i);
            }
            b.append("(").append(pattern(s, v, "__self_")).append(", ").append(pattern(s, v, "__arg1_")).append(") => ")
                .append(chain(lhs, rhs, trait, method, equal)).append(",\n");
        }
        b.append("_ => ").append(trait).append("::").append(method).append("(&__self_discr, &__arg1_discr),\n");
        return b.append("}\n}\n").toString();
    }

    private static String chain(List<String> lhs, List<String> rhs, String trait, String method, String equal) {
        if (lhs.isEmpty()) return equal;
        String last = trait + "::" + method + "(" + lhs.get(lhs.size() - 1) + ", " + rhs.get(rhs.size() - 1) + ")";
        for (int i = lhs.size() - 2; i >= 0; i--) {
            last = "match " + trait + "::" + method + "(" + lhs.get(i) + ", " + rhs.get(i) + ") { " + equal + " => " + last
                + ", cmp => cmp, }";
        }
        return last;
    }

    private static String hash(Shape s) {
        StringBuilder b = new StringBuilder("#[inline] fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {\n");
        if (!s.isEnum()) {
            for (String n : s.variants().get(0).fieldNames()) b.append("::core::hash::Hash::hash(&self.").append(n).append(", state);\n");
            return b.append("}\n").toString();
        }
        b.append("let __self_discr = ::core::intrinsics::discriminant_value(self);\n")
            .append("::core::hash::Hash::hash(&__self_discr, state);\n");
        boolean anyFields = s.variants().stream().anyMatch(v -> !v.data().fields().isEmpty());
        if (anyFields) {
            b.append("match self {\n");
            for (Variant v : s.variants()) {
                if (v.data().fields().isEmpty()) continue;
                b.append(pattern(s, v, "__self_")).append(" => {");
                for (int i = 0; i < v.data().fields().size(); i++) b.append(" ::core::hash::Hash::hash(__self_").append(i).append(", state);");
                b.append(" }\n");
            }
            b.append("_ => {}\n}\n");
        }
        return b.append("}\n").toString();
    }

    private static String defaultBody(Shape s) {
        StringBuilder b = new StringBuilder("#[inline] fn default() -> Self {\n");
        if (!s.isEnum()) {
            return b.append(construct(s, s.variants().get(0), i -> "::core::default::Default::default()")).append("\n}\n").toString();
        }
        for (Variant v : s.variants()) {
            if (Resolver.hasAttr(v.attrs(), "default")) return b.append(ctor(s, v)).append("\n}\n").toString();
        }
        throw Expander.error(null, "no default declared");
    }

    /** Whether an item derives Default (whose helper attribute `#[default]` its enum's variants may then carry). */
    static boolean derivesDefault(java.util.List<rustmem.syntax.ast.Attribute> attrs) {
        for (rustmem.syntax.ast.Attribute a : attrs) {
            if (!a.is("derive")) continue;
            for (rustmem.syntax.ast.TokenTree t : a.tokens()) {
                if (t instanceof rustmem.syntax.ast.TokenTree.Leaf l && l.token().text().equals("Default")) return true;
            }
        }
        return false;
    }
}