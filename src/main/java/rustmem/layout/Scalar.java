package rustmem.layout;

/** A primitive with the range of its values that are valid (rustc's {@code Scalar::Initialized}). */
public record Scalar(Primitive primitive, WrappingRange validRange) {

    public static Scalar full(Primitive p, TargetDataLayout dl) {
        return new Scalar(p, WrappingRange.full(p.size(dl)));
    }

    public int size(TargetDataLayout dl) { return primitive.size(dl); }

    public int align(TargetDataLayout dl) { return primitive.align(dl); }

    public Scalar withRange(WrappingRange r) { return new Scalar(primitive, r); }
}
