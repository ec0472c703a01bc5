package rustmem.cli;

import rustmem.machine.UndefinedBehavior;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.SourceMap;
import rustmem.source.Span;
import rustmem.trace.AllocSites;

/**
 * Undefined behaviour reported as Miri reports it: the error at the program's line it happened on (inside which
 * std function, if there), the allocation's history when the error is about one (where it was allocated and
 * freed: found by running the program again, traced, since a run is deterministic), Miri's help lines.
 */
final class UbReport {
    private UbReport() {}

    /** Miri's exit code for undefined behaviour. */
    static final int EXIT = 1;

    static String render(UndefinedBehavior ub, SourceMap sources, AllocSites history) {
        UndefinedBehavior.Site at = null, innermost = ub.frames().isEmpty() ? null : ub.frames().get(0);
        for (UndefinedBehavior.Site s : ub.frames()) {
            if (!s.std() && s.span() != null && s.span().hi() > 0 && sources.isPrimary(s.span())) {
                at = s;
                break;
            }
        }
        Diagnostic.Builder b = Diagnostic.error("Undefined Behavior: " + ub.getMessage());
        if (at != null) b.span(at.span(), "Undefined Behavior occurred here");
        String alloc = "alloc" + ub.allocationId;
        rustmem.trace.CodeSite allocated = history == null ? null : history.allocated(ub.allocation);
        rustmem.trace.CodeSite freed = history == null ? null : history.freed(ub.allocation);
        if (allocated != null && inProgram(sources, allocated.span())) b.secondary(allocated.span(), alloc + " was allocated here");
        if (freed != null && inProgram(sources, freed.span())) b.secondary(freed.span(), alloc + " was deallocated here");
        b.help("this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior");
        b.help("see https://doc.rust-lang.org/nightly/reference/behavior-considered-undefined.html for further information");
        if (innermost != null && innermost != at && innermost.std()) {
            b.note("it happened inside `" + innermost.fn() + "` (std)" + (at != null ? ", called from `" + at.fn() + "`" : ""));
        }
        Diagnostics d = new Diagnostics(sources.primary());
        d.emit(b.build());
        return new DiagnosticRenderer(sources).renderAll(d);
    }

    private static boolean inProgram(SourceMap sources, Span s) { return s != null && s.hi() > 0 && sources.isPrimary(s); }
}
