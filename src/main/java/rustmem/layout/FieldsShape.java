package rustmem.layout;

/** Where a layout's fields are (rustc's {@code FieldsShape}). */
public sealed interface FieldsShape {

    /** Scalars and other types without fields. */
    record Primitive() implements FieldsShape {}

    /** All fields at offset 0. */
    record Union(int count) implements FieldsShape {}

    record Array(long stride, long length) implements FieldsShape {}

    /**
     * Offsets per declared field, and the declared field indices sorted by increasing offset.
     * The arrays are never modified after construction.
     */
    record Arbitrary(long[] offsets, int[] inMemoryOrder) implements FieldsShape {}

    FieldsShape PRIMITIVE = new Primitive();

    default int fieldCount() {
        return switch (this) {
            case Primitive p -> 0;
            case Union u -> u.count();
            case Array a -> (int) Math.min(a.length(), Integer.MAX_VALUE);
            case Arbitrary a -> a.offsets().length;
        };
    }

    default long offset(int i) {
        return switch (this) {
            case Primitive p -> throw new IndexOutOfBoundsException("a primitive has no fields");
            case Union u -> 0;
            case Array a -> a.stride() * i;
            case Arbitrary a -> a.offsets()[i];
        };
    }
}
