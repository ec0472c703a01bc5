package rustmem.legacy.types;

import rustmem.source.Span;

/** A construct the current stages do not handle yet; reported as {@code error: unsupported: …}. */
public final class Unsupported extends RuntimeException {
    private final transient Span span;

    public Unsupported(Span span, String what) {
        super(what, null, false, false);
        this.span = span;
    }

    public Span span() { return span; }
}
