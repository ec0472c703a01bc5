package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** A path such as {@code std::collections::HashMap<K, V>}; {@code global} for a leading {@code ::}. */
public record Path(boolean global, List<PathSegment> segments, Span span) implements Node {

    /** One segment with its generic arguments, or null when it has none. */
    public record PathSegment(Ident ident, GenericArgs args, Span span) implements Node {}

    /** {@code <T as Trait>::rest}: the self type, and how many segments of the path belong to the trait. */
    public record QSelf(Type type, int position, Span span) implements Node {}

    public boolean isSingle() { return !global && segments.size() == 1 && segments.get(0).args() == null; }

    public Ident last() { return segments.get(segments.size() - 1).ident(); }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(global ? "::" : "");
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) b.append("::");
            b.append(segments.get(i).ident());
        }
        return b.toString();
    }
}
