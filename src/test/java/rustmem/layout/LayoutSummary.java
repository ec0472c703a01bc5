package rustmem.layout;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One-line summary of a layout in the format scripts/layout_debug.py derives from rustc's
 * {@code #[rustc_layout(debug)]} output, so golden layouts compare as strings.
 */
final class LayoutSummary {
    private LayoutSummary() {}

    static String of(Layout l, TargetDataLayout dl) {
        StringBuilder b = new StringBuilder();
        b.append("size=").append(l.size()).append(" align=").append(l.align())
            .append(" fields=").append(shape(l.fields()))
            .append(" niche=").append(niche(l.largestNiche(), dl))
            .append(" uninhabited=").append(l.uninhabited())
            .append(" variants=");
        switch (l.variants()) {
            case Variants.Empty e -> b.append("empty");
            case Variants.Single s -> b.append("single(").append(s.index()).append(')');
            case Variants.Multiple m -> {
                b.append("tag=").append(m.tag().primitive().describe()).append(':').append(m.tag().validRange());
                b.append(" enc=");
                if (m.encoding() instanceof Variants.NicheEncoding ne) {
                    b.append("niche(").append(ne.untaggedVariant()).append(',').append(ne.first()).append("..=")
                        .append(ne.last()).append(',').append(ne.nicheStart()).append(')');
                } else {
                    b.append("direct");
                }
                b.append(' ');
                for (Layout v : m.variants()) b.append('[').append(shape(v.fields())).append('/').append(v.size()).append(']');
            }
        }
        return b.toString();
    }

    private static String shape(FieldsShape f) {
        return switch (f) {
            case FieldsShape.Primitive p -> "prim";
            case FieldsShape.Union u -> "union(" + u.count() + ")";
            case FieldsShape.Array a -> "array(" + a.stride() + "," + a.length() + ")";
            case FieldsShape.Arbitrary a -> IntStream.range(0, a.offsets().length)
                .mapToObj(i -> String.valueOf(a.offsets()[i])).collect(Collectors.joining(","));
        };
    }

    private static String niche(Niche n, TargetDataLayout dl) {
        if (n == null) return "none";
        return n.offset() + ":" + n.scalar().primitive().describe() + ":" + n.scalar().validRange();
    }
}
