package rustmem.interp;

import rustmem.source.Span;

/** A construct the interpreter cannot run yet, reached while running: `error: unsupported: …` at its source. */
public final class UnsupportedFeature extends RuntimeException {
    public final Span span;

    public UnsupportedFeature(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }
}
