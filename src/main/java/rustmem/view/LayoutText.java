package rustmem.view;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustmem.layout.LayoutReport;
import rustmem.layout.WrappingRange;

/**
 * Renders layout reports as tables in the manner of Java Object Layout: one row per field in
 * memory order with padding rows, then a byte map with one cell per byte (a letter per field,
 * {@code #} for the tag, {@code .} for padding).
 */
public final class LayoutText {
    /** Byte maps of larger types are cut here. */
    private static final int MAX_MAP_BYTES = 256;

    private LayoutText() {}

    /** A row of a table: a field, the tag, or padding. */
    private record Row(long offset, long size, char mark, String field, String type) {}

    public static String render(LayoutReport r) {
        StringBuilder out = new StringBuilder();
        out.append(r.kind()).append(' ').append(r.name());
        if (!r.type().equals(r.name())) out.append(" = ").append(r.type());
        out.append(": ").append(r.size()).append(r.size() == 1 ? " byte" : " bytes").append(", align ").append(r.align());
        if (r.uninhabited()) out.append(", uninhabited (no value can exist)");
        out.append('\n');
        if (!r.variants().isEmpty()) {
            renderEnum(r, out);
        } else if (!r.fields().isEmpty()) {
            List<Row> rows = new ArrayList<>();
            char mark = 'a';
            for (LayoutReport.Field f : r.fields()) {
                rows.add(new Row(f.offset(), f.size(), mark, fieldName(f.name()), f.type()));
                mark = nextMark(mark);
            }
            table(rows, r.size(), r.kind().equals("union"), "  ", out);
        }
        if (r.niche() != null) out.append("  niche: ").append(niche(r.niche())).append('\n');
        else if (r.size() > 0 && r.variants().isEmpty()) out.append("  niche: none (every bit pattern is valid)\n");
        return out.toString();
    }

    private static String fieldName(String name) { return Character.isDigit(name.charAt(0)) ? "." + name : name; }

    private static char nextMark(char c) { return c == 'z' ? 'A' : c == 'Z' ? 'a' : (char) (c + 1); }

    private static void renderEnum(LayoutReport r, StringBuilder out) {
        LayoutReport.Tag tag = r.tag();
        if (tag == null) {
            out.append("  no tag: only one variant can exist\n");
        } else if (tag.encoding().equals("direct")) {
            out.append("  tag: ").append(tag.primitive()).append(" at offset ").append(tag.offset())
                .append(" holds the discriminant\n");
        } else {
            out.append("  tag: none of its own; variants other than ").append(tag.untaggedVariant())
                .append(" are stored as invalid values of the ").append(tag.primitive()).append(" at offset ")
                .append(tag.offset()).append(" (a niche in ").append(tag.untaggedVariant()).append(")\n");
        }
        for (LayoutReport.Variant v : r.variants()) {
            out.append("  variant ").append(v.name());
            out.append(" (discriminant ").append(v.discriminant());
            if (v.tagValue() != null && !v.tagValue().equals(v.discriminant())) out.append(", stored as ").append(number(v.tagValue()));
            if (tag != null && tag.encoding().equals("niche") && v.name().equals(tag.untaggedVariant())) {
                out.append(", untagged");
            }
            out.append(")");
            if (v.absent()) {
                out.append(": cannot exist, takes no space\n");
                continue;
            }
            out.append('\n');
            List<Row> rows = new ArrayList<>();
            if (tag != null && (tag.encoding().equals("direct") || v.tagValue() != null)) {
                String what = tag.encoding().equals("direct") ? "(tag)" : "(niche value)";
                rows.add(new Row(tag.offset(), tag.size(), '#', what, tag.primitive() + " = " + number(v.tagValue())));
            }
            char mark = 'a';
            for (LayoutReport.Field f : v.fields()) {
                rows.add(new Row(f.offset(), f.size(), mark, fieldName(f.name()), f.type()));
                mark = nextMark(mark);
            }
            table(rows, r.size(), false, "    ", out);
        }
    }

    private static void table(List<Row> fields, long total, boolean union, String indent, StringBuilder out) {
        List<Row> rows = new ArrayList<>(fields);
        rows.sort((a, b) -> a.offset() != b.offset() ? Long.compare(a.offset(), b.offset()) : Long.compare(a.size(), b.size()));
        List<Row> withPadding = new ArrayList<>();
        long cursor = 0;
        for (Row row : rows) {
            if (!union && row.offset() > cursor) withPadding.add(new Row(cursor, row.offset() - cursor, '.', "(padding)", ""));
            withPadding.add(row);
            cursor = Math.max(cursor, row.offset() + row.size());
        }
        if (cursor < total) withPadding.add(new Row(cursor, total - cursor, '.', "(padding)", ""));
        out.append(indent).append(String.format("%6s  %4s  %-3s  %-14s %s", "offset", "size", "map", "field", "type")).append('\n');
        for (Row row : withPadding) {
            out.append(indent).append(String.format("%6d  %4d  %-3s  %-14s %s", row.offset(), row.size(),
                row.size() == 0 ? "" : String.valueOf(row.mark()), row.field(), row.type()).stripTrailing()).append('\n');
        }
        out.append(indent).append("bytes: ").append(byteMap(fields, total, union, indent)).append('\n');
    }

    private static String byteMap(List<Row> rows, long total, boolean union, String indent) {
        int n = (int) Math.min(total, MAX_MAP_BYTES);
        char[] cells = new char[n];
        java.util.Arrays.fill(cells, '.');
        for (Row row : rows) {
            for (long b = row.offset(); b < row.offset() + row.size() && b < n; b++) {
                // in a union every field starts at 0: show the largest one's bytes, overlaps as '*'
                cells[(int) b] = union && cells[(int) b] != '.' ? '*' : row.mark();
            }
        }
        // 32 bytes a line in groups of 8; continuation lines start with their offset
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && i % 32 == 0) s.append('\n').append(indent).append(String.format("%6d ", i));
            else if (i > 0 && i % 8 == 0) s.append(' ');
            s.append(cells[i]);
        }
        if (total > n) s.append(" … (").append(total - n).append(" more bytes)");
        return s.toString();
    }

    private static String niche(LayoutReport.NicheInfo n) {
        WrappingRange r = n.validRange();
        return n.primitive() + " at offset " + n.offset() + ", valid " + number(r.start()) + "..=" + number(r.end())
            + ", " + n.available() + " invalid value" + (n.available().equals(BigInteger.ONE) ? "" : "s")
            + " free for enclosing enums";
    }

    static String number(BigInteger v) {
        if (v == null) return "?";
        if (v.signum() >= 0 && v.compareTo(BigInteger.valueOf(255)) > 0) return v + " (0x" + v.toString(16) + ")";
        return v.toString();
    }
}
