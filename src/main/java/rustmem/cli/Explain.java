package rustmem.cli;

import java.util.List;
import java.util.Set;
import rustmem.interp.Interpreter;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostic;
import rustmem.source.SourceFile;
import rustmem.trace.Timeline;
import rustmem.view.TraceText;

/**
 * `check --explain`: under an ownership error, the memory at the line it is about — the program run as if rustc
 * had accepted it (its MIR is well-formed; only the borrow checker refused it) and stopped when that line is
 * about to run: which variable is moved out, which reference still points where.
 */
final class Explain {
    private Explain() {}

    /** The borrow checker's codes: errors about ownership, moves and borrows. */
    private static final Set<String> OWNERSHIP = Set.of("E0381", "E0382", "E0384", "E0499", "E0502", "E0503", "E0505", "E0506",
        "E0507", "E0508", "E0509", "E0515", "E0594", "E0596", "E0597", "E0713", "E0716", "E0373");

    /** Steps the explaining run may take before it gives up on reaching the line. */
    private static final long MAX_STEPS = 50_000_000L;

    static boolean explains(Diagnostic d) { return d.code() != null && OWNERSHIP.contains(d.code()); }

    /** The picture under the first ownership error of the program, or null when it has none. */
    static String explain(Compilation c, List<Diagnostic> diags) {
        Diagnostic d = diags.stream().filter(Explain::explains).findFirst().orElse(null);
        if (d == null) return null;
        SourceFile program = c.sources.primary();
        int line = line(program, d);
        if (line == 0) return null;
        StringBuilder out = new StringBuilder();
        out.append("\nexplain ").append(d.code()).append(": the memory when line ").append(line)
            .append(" is about to run (the program run as if it had compiled):\n\n");
        DefId main = c.rootFn("main");
        if (main == null) return out.append("  (no `main`: the program cannot run)\n").toString();
        Timeline t = new Timeline(new Timeline.Selection(Set.of(line), Set.of(), Set.of(), false, 0, 1, true));
        String ended = null;
        try {
            int code = NewPipeline.runTraced(c, main, MAX_STEPS, List.of("main"), new byte[0], t);
            ended = "the program ended (exit " + code + ") before line " + line + " ran";
        } catch (Timeline.Enough e) {
            // the snapshot is taken
        } catch (Interpreter.StepLimit e) {
            ended = "line " + line + " did not run within " + MAX_STEPS + " steps";
        } catch (RuntimeException | StackOverflowError e) {
            ended = "the run stopped before line " + line + ": " + e.getMessage();
        }
        if (t.snapshots().isEmpty()) return out.append("  (").append(ended).append(")\n").toString();
        return out.append(new TraceText(program).snapshot(t.snapshots().get(0))).toString();
    }

    /** The line to show: where the conflicting borrow is used later if the error says so, else its primary span. */
    private static int line(SourceFile program, Diagnostic d) {
        for (Diagnostic.Label l : d.secondary()) {
            if (l.text() != null && l.text().contains("later used") && program.contains(l.span().lo())) return program.line(l.span().lo());
        }
        return d.span() != null && program.contains(d.span().lo()) ? program.line(d.span().lo()) : 0;
    }
}
