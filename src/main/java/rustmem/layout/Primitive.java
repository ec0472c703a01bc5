package rustmem.layout;

/** The machine type of a scalar: an integer, a float or a pointer. */
public sealed interface Primitive {
    record Int(IntWidth integer, boolean signed) implements Primitive {}

    record Float(int size) implements Primitive {}

    record Pointer() implements Primitive {}

    Pointer POINTER = new Pointer();

    default int size(TargetDataLayout dl) {
        return switch (this) {
            case Int i -> i.integer().size;
            case Float f -> f.size();
            case Pointer p -> dl.pointerSize();
        };
    }

    default int align(TargetDataLayout dl) {
        return switch (this) {
            case Int i -> dl.alignOf(i.integer());
            case Float f -> f.size() == 8 ? dl.f64Align() : f.size();
            case Pointer p -> dl.pointerAlign();
        };
    }

    default String describe() {
        return switch (this) {
            case Int i -> i.integer().rustName(i.signed());
            case Float f -> "f" + f.size() * 8;
            case Pointer p -> "ptr";
        };
    }
}
