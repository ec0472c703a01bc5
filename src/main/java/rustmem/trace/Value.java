package rustmem.trace;

import java.util.List;

/**
 * A value read from simulated memory, as people read it: scalars as Rust prints them, pointers as addresses
 * (with the length or vtable of a fat pointer), structs with their fields. std's private wrappers are flattened
 * to the fields that carry data ({@code Vec { ptr, cap, len }}), the program's own types are kept whole.
 */
public sealed interface Value {
    /** A number, bool, char or unit, written as Rust's Debug writes it. */
    record Scalar(String text) implements Value {}

    /**
     * A pointer (reference, raw pointer, Box, NonNull …): its address, for a fat pointer its metadata (a length or
     * a vtable's address), the type it points to, and for a `&str` the text it points at.
     */
    record Pointer(long addr, Meta meta, long metaValue, String pointee, String text) implements Value {}

    /** What a fat pointer carries besides the address. */
    enum Meta { NONE, LENGTH, VTABLE }

    /** A struct, tuple or enum variant; name null for a tuple, fields named "0", "1" … for tuple-like ones. */
    record Composite(String name, List<Field> fields, boolean tupleLike) implements Value {}

    record Field(String name, Value value) {}

    /** An array or slice's elements (the first ones, when there are many: shown of total). */
    record Elements(List<Value> shown, long total) implements Value {}

    /** A string's text (a str in memory), shown quoted. */
    record Text(String text) implements Value {}

    /** Bytes with no typed reading (a union, a value too big to show). */
    record Bytes(byte[] bytes) implements Value {}

    /** Text escaped as inside a Rust literal quoted by quote (`"` for strings, `'` for chars). */
    static String escape(String s, char quote) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch == quote) out.append('\\');
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
