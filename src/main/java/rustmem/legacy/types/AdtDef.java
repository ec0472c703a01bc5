package rustmem.legacy.types;

import rustmem.layout.ReprOptions;
import java.math.BigInteger;
import java.util.List;
import rustmem.source.Span;

/**
 * The definition of a struct, enum or union (rustc's {@code AdtDef}): its generic parameters,
 * variants (a struct or union has one) with their fields' declared types, repr and the
 * std-internal layout attributes. Compared by identity.
 */
public final class AdtDef {

    public enum Kind { STRUCT, ENUM, UNION }

    /** A generic parameter; {@code maybeUnsized} for {@code T: ?Sized}; defaultType null when none. */
    public record GenericParam(String name, boolean maybeUnsized, Ty defaultType) {}

    /** A field; name is {@code "0"}, {@code "1"} … for tuple fields; pub when any code may name it (enum fields always). */
    public record FieldDef(String name, Ty type, boolean pub) {
        public FieldDef(String name, Ty type) { this(name, type, true); }
    }

    /** A variant; explicitDiscriminant is null when the discriminant is implicit. */
    public record VariantDef(String name, List<FieldDef> fields, BigInteger explicitDiscriminant, boolean tupleLike) {}

    /**
     * Layout attributes std uses internally: {@code rustc_layout_scalar_valid_range_start/end}
     * (null when absent) and the UnsafeCell lang item.
     */
    public record LayoutAttrs(BigInteger validRangeStart, BigInteger validRangeEnd, boolean unsafeCell) {
        public static final LayoutAttrs NONE = new LayoutAttrs(null, null, false);
    }

    private final String name;
    private final Kind kind;
    private List<GenericParam> generics;
    private List<VariantDef> variants;
    private final ReprOptions repr;
    private final LayoutAttrs layoutAttrs;
    private final Span span;
    private final boolean fromStd;
    private final java.util.Set<String> derives;

    public AdtDef(String name, Kind kind, List<GenericParam> generics, ReprOptions repr, LayoutAttrs layoutAttrs,
                  Span span, boolean fromStd, java.util.Set<String> derives) {
        this.derives = java.util.Set.copyOf(derives);
        this.name = name;
        this.kind = kind;
        this.generics = List.copyOf(generics);
        this.repr = repr;
        this.layoutAttrs = layoutAttrs;
        this.span = span;
        this.fromStd = fromStd;
    }

    /** Replaces the generic parameters once their default types could be resolved. */
    public void setGenerics(List<GenericParam> generics) { this.generics = List.copyOf(generics); }

    /** Set once after all definitions are known, since fields may refer to later items. */
    public void setVariants(List<VariantDef> variants) {
        if (this.variants != null) throw new IllegalStateException("variants already set for " + name);
        this.variants = List.copyOf(variants);
    }

    /** Variants computed when first asked for (std's many types: a program uses few of them). */
    private java.util.function.Supplier<List<VariantDef>> lateVariants;

    void setVariantsLater(java.util.function.Supplier<List<VariantDef>> variants) { this.lateVariants = variants; }

    public String name() { return name; }

    /** The name without the module path a type declared in a module has in the flattened crate (as Debug shows it). */
    public String shortName() { return name.substring(name.lastIndexOf(':') + 1); }

    /** The module the type was declared in ("" for the crate root, "a::b" for a type in module a::b). */
    public String module() { return name.contains("::") ? name.substring(0, name.lastIndexOf("::")) : ""; }

    public Kind kind() { return kind; }

    public List<GenericParam> generics() { return generics; }

    public List<VariantDef> variants() {
        if (variants == null && lateVariants != null) {
            var late = lateVariants;
            lateVariants = null;
            setVariants(late.get());
        }
        return variants;
    }

    public ReprOptions repr() { return repr; }

    public LayoutAttrs layoutAttrs() { return layoutAttrs; }

    public Span span() { return span; }

    public boolean fromStd() { return fromStd; }

    /** The traits named in {@code #[derive(…)]} (Debug, Clone, Copy, PartialEq …). */
    public java.util.Set<String> derives() { return derives; }

    /** Each variant's discriminant: explicit, or one more than the previous one (the first is 0). */
    public List<BigInteger> discriminants() {
        List<BigInteger> out = new java.util.ArrayList<>();
        BigInteger next = BigInteger.ZERO;
        for (VariantDef v : variants()) {
            BigInteger d = v.explicitDiscriminant() != null ? v.explicitDiscriminant() : next;
            out.add(d);
            next = d.add(BigInteger.ONE);
        }
        return out;
    }

    /** The index of the struct field with this name, or -1. */
    public int fieldIndex(String field) {
        var fields = variants().get(0).fields();
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(field)) return i;
        return -1;
    }

    public boolean isEnum() { return kind == Kind.ENUM; }

    public boolean isStruct() { return kind == Kind.STRUCT; }

    public boolean isUnion() { return kind == Kind.UNION; }

    @Override
    public String toString() { return name; }
}
