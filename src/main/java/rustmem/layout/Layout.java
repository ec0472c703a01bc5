package rustmem.layout;

/**
 * The layout of a type (rustc's {@code LayoutData}): size, alignment, where the fields are, the
 * variants, the best niche it offers to enclosing types, and the scalars it is made of when it is
 * just one or two of them (which std's valid-range attributes adjust).
 */
public record Layout(long size, int align, FieldsShape fields, Variants variants, Niche largestNiche,
                     boolean uninhabited, BackendRepr repr) {

    /** The scalar view of a layout; only what layout computation itself needs. */
    public sealed interface BackendRepr {
        record ScalarRepr(Scalar scalar) implements BackendRepr {}

        /** Two scalars, the second at offset b (a wide pointer). */
        record ScalarPair(Scalar a, Scalar b, long offsetB) implements BackendRepr {}

        record Memory(boolean sized) implements BackendRepr {}
    }

    public static final BackendRepr MEMORY = new BackendRepr.Memory(true);

    public boolean isZst() { return size == 0; }

    /** Size 0 and alignment 1: a field that takes no room and forces no alignment. */
    public boolean is1Zst() { return size == 0 && align == 1; }

    public boolean isUnsized() { return repr instanceof BackendRepr.Memory m && !m.sized(); }

    public static Layout scalar(Scalar s, TargetDataLayout dl) {
        return new Layout(s.size(dl), s.align(dl), FieldsShape.PRIMITIVE, new Variants.Single(0),
            Niche.of(0, s, dl), false, new BackendRepr.ScalarRepr(s));
    }
}
