package rustmem.layout;

/** The machine type of a scalar: an integer, a float or a pointer. */
public sealed interface Primitive {
    record Int(IntWidth integer, boolean signed) implements Primitive {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Int x && integer == x.integer && signed == x.signed;
        }

        @Override
        public int hashCode() { return 31 * integer.ordinal() + (signed ? 1 : 0); }
    }

    record Float(int size) implements Primitive {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof Float x && size == x.size; }

        @Override
        public int hashCode() { return size; }
    }

    record Pointer() implements Primitive {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof Pointer; }

        @Override
        public int hashCode() { return 0; }
    }

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
