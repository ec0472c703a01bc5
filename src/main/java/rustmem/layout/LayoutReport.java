package rustmem.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * A type's layout explained in source terms: named fields with their types, offsets and sizes, the variants with
 * their discriminants and stored tag values, the tag and the niche. Views (text table, JSON) render it; it does not
 * render itself.
 */
public record LayoutReport(String name, String kind, String type, long size, int align, List<Field> fields,
                           List<Variant> variants, Tag tag, NicheInfo niche, boolean uninhabited) {

    public record Field(String name, String type, long offset, long size) {}

    /** tagValue is what is stored in the tag (or niche) for this variant; null for the untagged one. */
    public record Variant(String name, BigInteger discriminant, BigInteger tagValue, long size, List<Field> fields,
                          boolean absent) {}

    /** encoding is "direct" or "niche"; for niche encoding untaggedVariant names the variant stored without tag. */
    public record Tag(long offset, int size, String primitive, String encoding, WrappingRange validRange,
                      String untaggedVariant) {}

    public record NicheInfo(long offset, int size, String primitive, WrappingRange validRange, BigInteger available) {}

    /** Builds the report of ty (a sized type), declared under name with kind struct|enum|union|alias|type. */
    public static LayoutReport of(String name, String kind, Ty ty, LayoutCx cx, TyCtxt tcx) {
        Layout l = cx.layoutOf(ty);
        TargetDataLayout dl = cx.dataLayout();
        List<Field> fields = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        Tag tag = null;
        switch (ty) {
            case Ty.Adt a when a.def().isEnum() -> tag = enumVariants(a, l, cx, tcx, variants);
            case Ty.Adt a -> fields = fields(a.def().nonEnumVariant(), a.args(), l, cx, tcx);
            case Ty.Tuple t -> {
                for (int i = 0; i < t.elements().size(); i++) {
                    Ty ft = t.elements().get(i);
                    fields.add(new Field(String.valueOf(i), tcx.display(ft), l.fields().offset(i), cx.layoutOf(ft).size()));
                }
            }
            default -> { }
        }
        NicheInfo niche = null;
        if (l.largestNiche() != null) {
            Niche n = l.largestNiche();
            niche = new NicheInfo(n.offset(), n.size(dl), n.scalar().primitive().describe(), n.scalar().validRange(), n.available(dl));
        }
        return new LayoutReport(name, kind, tcx.display(ty), l.size(), l.align(), fields, variants, tag, niche, l.uninhabited());
    }

    /** A variant's fields at their offsets in the variant's layout vl (all at 0 for a variant that has none). */
    private static List<Field> fields(AdtDef.VariantDef v, List<Ty> args, Layout vl, LayoutCx cx, TyCtxt tcx) {
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < v.fields().size(); i++) {
            Ty ft = cx.fieldTy(v.fields().get(i), args);
            out.add(new Field(v.fields().get(i).name(), tcx.display(ft), vl == null ? 0 : vl.fields().offset(i), cx.layoutOf(ft).size()));
        }
        return out;
    }

    private static Tag enumVariants(Ty.Adt a, Layout l, LayoutCx cx, TyCtxt tcx, List<Variant> out) {
        TargetDataLayout dl = cx.dataLayout();
        List<AdtDef.VariantDef> defs = a.def().variants;
        Tag tag = null;
        Variants.NicheEncoding nicheEnc = null;
        if (l.variants() instanceof Variants.Multiple m) {
            Scalar s = m.tag();
            long tagOffset = l.fields().offset(m.tagField());
            if (m.encoding() instanceof Variants.NicheEncoding ne) {
                nicheEnc = ne;
                tag = new Tag(tagOffset, s.size(dl), s.primitive().describe(), "niche", s.validRange(), defs.get(ne.untaggedVariant()).name());
            } else {
                tag = new Tag(tagOffset, s.size(dl), s.primitive().describe(), "direct", s.validRange(), null);
            }
        }
        for (int vi = 0; vi < defs.size(); vi++) {
            AdtDef.VariantDef v = defs.get(vi);
            Layout vl = null;
            if (l.variants() instanceof Variants.Multiple m) vl = m.variants().get(vi);
            else if (l.variants() instanceof Variants.Single single && single.index() == vi) vl = l;
            BigInteger tagValue = null;
            if (tag != null && nicheEnc == null) {
                tagValue = v.discr().mod(BigInteger.ONE.shiftLeft(tag.size() * 8));
            } else if (nicheEnc != null && vi != nicheEnc.untaggedVariant() && vi >= nicheEnc.first() && vi <= nicheEnc.last()) {
                tagValue = nicheEnc.nicheStart().add(BigInteger.valueOf(vi - nicheEnc.first())).mod(BigInteger.ONE.shiftLeft(tag.size() * 8));
            }
            out.add(new Variant(v.name(), v.discr(), tagValue, vl == null ? 0 : vl.size(), fields(v, a.args(), vl, cx, tcx), vl == null));
        }
        return tag;
    }
}
