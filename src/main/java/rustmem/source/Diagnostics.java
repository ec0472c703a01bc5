package rustmem.source;

import java.util.ArrayList;
import java.util.List;

/** The single sink every stage reports to; counts errors and caps runaway error cascades. */
public final class Diagnostics {
    private static final int MAX_ERRORS = 100;
    private final SourceFile file;
    private final List<Diagnostic> all = new ArrayList<>();
    private int errors;

    public Diagnostics(SourceFile file) { this.file = file; }

    public SourceFile file() { return file; }

    public void emit(Diagnostic d) {
        if (d.level() == Diagnostic.Level.ERROR) {
            if (errors >= MAX_ERRORS) return;
            errors++;
        }
        all.add(d);
    }

    public void emit(Diagnostic.Builder b) { emit(b.build()); }

    public int errorCount() { return errors; }

    public boolean hasErrors() { return errors > 0; }

    public List<Diagnostic> all() { return List.copyOf(all); }
}
