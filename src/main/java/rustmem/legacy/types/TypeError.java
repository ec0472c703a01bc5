package rustmem.legacy.types;

import rustmem.source.Diagnostic;

/** A type that cannot be lowered or laid out; carries the diagnostic to report. */
public final class TypeError extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public TypeError(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
