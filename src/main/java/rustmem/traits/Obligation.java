package rustmem.traits;

import rustmem.source.Span;
import rustmem.types.Predicate;

/** A predicate that must hold, where it came from, and how deep in nested obligations it was found. */
public record Obligation(Predicate predicate, Span span, int depth, Obligation parent) {
    public Obligation(Predicate predicate, Span span) { this(predicate, span, 0, null); }

    public Obligation nested(Predicate p) { return new Obligation(p, span, depth + 1, this); }

    /** The obligation this one was first derived from. */
    public Obligation root() {
        Obligation o = this;
        while (o.parent != null) o = o.parent;
        return o;
    }
}
