package rustmem.types;

import java.math.BigInteger;
import java.util.List;
import rustmem.layout.ReprOptions;
import rustmem.resolve.DefId;

/**
 * A struct, enum or union definition (rustc's {@code AdtDef}): its variants (a struct or union has one), their
 * fields (whose types are queried from the {@link TyCtxt}), its repr, and what std's layout attributes and lang
 * items say about it. Compared by DefId.
 */
public final class AdtDef {
    public enum Kind { STRUCT, ENUM, UNION }

    /** How a variant is built: {@code V(..)} (FN), {@code V} (CONST), or {@code V { .. }} (NONE). */
    public enum CtorKind { FN, CONST, NONE }

    public record FieldDef(DefId did, String name, rustmem.resolve.Visibility vis) {}

    /** A variant; discr is its discriminant value (explicit or the previous one plus one). */
    public record VariantDef(DefId did, String name, CtorKind ctor, List<FieldDef> fields, BigInteger discr, boolean explicitDiscr) {
        public int fieldIndex(String name) {
            for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(name)) return i;
            return -1;
        }
    }

    public final DefId did;
    public final String name;
    public final Kind kind;
    public final List<VariantDef> variants;
    public final ReprOptions repr;
    /** A lang-item name for std's special types ("owned_box", "phantom_data", "manually_drop", "unsafe_cell" …), or null. */
    public final String langItem;
    /** rustc_layout_scalar_valid_range_start/end, or null. */
    public final BigInteger validStart, validEnd;
    /** Whether std marks it {@code #[rustc_nonnull_optimization_guaranteed]}-style niche-bearing (NonNull, NonZero). */
    public final boolean nonExhaustive;

    public AdtDef(DefId did, String name, Kind kind, List<VariantDef> variants, ReprOptions repr, String langItem,
                  BigInteger validStart, BigInteger validEnd, boolean nonExhaustive) {
        this.did = did;
        this.name = name;
        this.kind = kind;
        this.variants = variants;
        this.repr = repr;
        this.langItem = langItem;
        this.validStart = validStart;
        this.validEnd = validEnd;
        this.nonExhaustive = nonExhaustive;
    }

    public boolean isEnum() { return kind == Kind.ENUM; }

    public boolean isStruct() { return kind == Kind.STRUCT; }

    public boolean isUnion() { return kind == Kind.UNION; }

    public boolean isBox() { return "owned_box".equals(langItem); }

    public boolean is(String lang) { return lang.equals(langItem); }

    public VariantDef nonEnumVariant() { return variants.get(0); }

    public int variantIndex(String name) {
        for (int i = 0; i < variants.size(); i++) if (variants.get(i).name().equals(name)) return i;
        return -1;
    }

    public int variantIndex(DefId did) {
        for (int i = 0; i < variants.size(); i++) if (variants.get(i).did().equals(did)) return i;
        return -1;
    }

    @Override
    public boolean equals(Object o) { return o instanceof AdtDef a && a.did.equals(did); }

    @Override
    public int hashCode() { return did.hashCode(); }

    @Override
    public String toString() { return name; }
}
