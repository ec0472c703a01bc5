package rustmem.view;

import java.util.List;
import rustmem.trace.Value;

/** A {@link Value} written on one line as Rust's Debug would write it, pointers as addresses. */
public final class ValueText {
    private ValueText() {}

    public static String hex(long addr) { return "0x" + Long.toHexString(addr); }

    public static String format(Value v) {
        StringBuilder out = new StringBuilder();
        write(v, out);
        return out.toString();
    }

    private static void write(Value v, StringBuilder out) {
        switch (v) {
            case null -> out.append("?");
            case Value.Scalar s -> out.append(s.text());
            case Value.Pointer p -> {
                out.append(hex(p.addr()));
                switch (p.meta()) {
                    case LENGTH -> out.append(" (len ").append(p.metaValue()).append(')');
                    case VTABLE -> out.append(" (vtable ").append(hex(p.metaValue())).append(')');
                    case NONE -> { }
                }
                if (p.text() != null) out.append(' ').append(quote(p.text()));
            }
            case Value.Composite c -> {
                if (c.name() != null) out.append(c.name());
                if (c.fields().isEmpty()) return;
                if (c.tupleLike()) {
                    out.append('(');
                    fields(c.fields(), false, out);
                    out.append(')');
                } else {
                    out.append(" { ");
                    fields(c.fields(), true, out);
                    out.append(" }");
                }
            }
            case Value.Elements e -> {
                out.append('[');
                for (int i = 0; i < e.shown().size(); i++) {
                    if (i > 0) out.append(", ");
                    write(e.shown().get(i), out);
                }
                if (e.total() > e.shown().size()) out.append(", … ").append(e.total() - e.shown().size()).append(" more");
                out.append(']');
            }
            case Value.Text t -> out.append(quote(t.text()));
            case Value.Bytes b -> {
                out.append("bytes [");
                for (int i = 0; i < b.bytes().length; i++) {
                    if (i > 0) out.append(' ');
                    out.append(String.format("%02x", b.bytes()[i] & 0xff));
                }
                out.append(']');
            }
        }
    }

    private static void fields(List<Value.Field> fs, boolean named, StringBuilder out) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) out.append(", ");
            if (named) out.append(fs.get(i).name()).append(": ");
            write(fs.get(i).value(), out);
        }
    }

    static String quote(String s) { return '"' + Value.escape(s, '"') + '"'; }
}
