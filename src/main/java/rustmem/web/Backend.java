package rustmem.web;

import java.util.List;
import rustmem.source.Edition;

/**
 * What the web API asks of rustmem's pipeline: each call takes a request's program and answers the JSON document of
 * docs/api.md (an SVG for {@link #svg}). Implemented by the command line's pipeline (rustmem.cli.WebBackend), so the
 * web page answers exactly what the commands print. A call never throws for anything a program does; what it
 * cannot do it says in the document.
 */
public interface Backend {
    /** A request's program: its text, the edition it is written to, its standard input and arguments, and its limits. */
    record Program(String source, Edition edition, String stdin, List<String> args, Limits limits) {}

    /**
     * What one request's program may use: steps and wall-clock seconds of its run, bytes of output (stdout and
     * stderr together), bytes of heap held at once.
     */
    record Limits(long maxSteps, long timeLimitSeconds, long maxOutputBytes, long maxMemoryBytes) {}

    /** `rustmem run`: {compiled, exit, stdout, stderr, diagnostics, rendered, limit?}. */
    String run(Program p);

    /** `rustmem check`: {ok, diagnostics, rendered}. */
    String check(Program p);

    /** `rustmem layout --json` of the program's types, or of type alone when it is not null: {ok, layout, diagnostics, rendered}. */
    String layout(Program p, String type, String target);

    /** `rustmem trace --json` with a snapshot at each of the first maxSnapshots steps. */
    String trace(Program p, int maxSnapshots, int maxEvents);

    /** `rustmem trace --svg` of one step: the SVG picture, or null when the program never reaches that step. */
    String svg(Program p, long step);

    /**
     * One step's snapshot as `trace --json` gives it (trace-format.md), replayed from the recording of the program's
     * traced run (made by {@link #trace}, or now); null when the program never reaches that step.
     */
    String snapshot(Program p, long step);
}
