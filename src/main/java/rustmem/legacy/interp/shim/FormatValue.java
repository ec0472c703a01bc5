package rustmem.legacy.interp.shim;

import java.util.List;

/** A value read out of simulated memory for formatting: the shapes std::fmt's impls see. */
public sealed interface FormatValue {
    /** An integer of the given width in bits; value holds its bits (sign-extended when signed). */
    record Int(long value, int bits, boolean signed) implements FormatValue {}

    record Float(double value, boolean f32) implements FormatValue {}

    record Bool(boolean value) implements FormatValue {}

    record Char(int codePoint) implements FormatValue {}

    record Str(String value) implements FormatValue {}

    record Unit() implements FormatValue {}

    record Tuple(List<FormatValue> elements) implements FormatValue {}

    record Array(List<FormatValue> elements) implements FormatValue {}

    /** A HashSet's elements ({@code {1, 2}}), or with values a HashMap's entries ({@code {"a": 1}}; values null for a set). */
    record Map(List<FormatValue> keys, List<FormatValue> values) implements FormatValue {}

    /** A struct with derived Debug: {@code Name { a: 1 }}, {@code Name(1)} or {@code Name}. */
    record Struct(String name, List<String> fieldNames, List<FormatValue> values, boolean tupleLike) implements FormatValue {}

    /**
     * A value of a type with the program's own Display and/or Debug impl: those run in the interpreter,
     * lazily, when a slot asks for them (null when the program has no such impl); {@code derived} is the
     * derived-Debug view, used when only Display is the program's.
     */
    record Custom(java.util.function.Supplier<String> display, java.util.function.Supplier<String> debug,
                  FormatValue derived) implements FormatValue {}

    /** A reference, Box or raw pointer: its address (for {:p}) and what it points to (null for raw pointers). */
    record Pointer(long address, FormatValue pointee) implements FormatValue {}
}
