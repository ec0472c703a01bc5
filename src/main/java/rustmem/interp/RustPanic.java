package rustmem.interp;

import rustmem.source.Span;

/** A panic of the interpreted program: its message and where it happened. */
final class RustPanic extends RuntimeException {
    final transient Span span;

    RustPanic(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }
}
