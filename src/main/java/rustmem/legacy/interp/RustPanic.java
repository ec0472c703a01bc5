package rustmem.legacy.interp;

import rustmem.source.Span;

/** A panic of the interpreted program: its message and where it happened. */
final class RustPanic extends RuntimeException {
    final transient Span span;
    /** Set once the panic message is printed: nested interpreter loops rethrow it while unwinding. */
    boolean reported;

    RustPanic(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }
}
