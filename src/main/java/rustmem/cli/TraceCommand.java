package rustmem.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import rustmem.source.Edition;
import rustmem.trace.Snapshot;
import rustmem.trace.Timeline;
import rustmem.view.TraceJson;
import rustmem.view.TraceText;

/**
 * {@code rustmem trace FILE}: runs the program traced and shows what it does to memory, step by step (a step is
 * a program line about to run), with pictures of the stack and heap at the steps asked for.
 */
final class TraceCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "trace",
        "Run a program traced: each line's calls, the values variables are given, scopes ending, moves, drops and heap "
            + "calls; with --at/--step, the stack, heap and static memory at those steps.");
    private final Arg<Path> file = cmd.file("Rust source file");
    private final Arg<List<String>> programArgs = cmd.parameters(String.class, PositionalParamSpec.builder().index("1..*")
        .paramLabel("ARGS").description("Arguments for the program (after --)"));
    private final Arg<List<Integer>> atLines = cmd.options(Integer.class, OptionSpec.builder("--at").paramLabel("LINE").splitRegex(",")
        .description("Show the memory each time line LINE is about to run (repeatable, or comma-separated)"));
    private final Arg<List<Long>> atSteps = cmd.options(Long.class, OptionSpec.builder("--step").paramLabel("N").splitRegex(",")
        .description("Show the memory at step N (repeatable)"));
    private final Arg<List<String>> functions = cmd.options(String.class, OptionSpec.builder("--function").paramLabel("NAME")
        .splitRegex(",").description("Show the memory when each call of the function NAME (`add_one`, `Stack::push`) starts "
            + "its first line"));
    private final Arg<Boolean> json = cmd.flag("--json", "Print the trace as JSON (docs/trace-format.md) instead of text");
    private final Arg<Boolean> text = cmd.flag("--text", "Print the trace as text (the default)");
    private final Arg<Path> svgDir = cmd.option(Path.class, OptionSpec.builder("--svg").paramLabel("DIR")
        .description("Write each snapshot as an SVG picture into DIR (step-N-line-L.svg); needs --at, --step or --function"));
    private final Arg<Boolean> stdFrames = cmd.flag("--std-frames",
        "Count calls into std's functions as events too (they are always on the stack)");
    private final LimitOptions limitOptions = new LimitOptions(cmd);
    private final Arg<Integer> maxEvents = cmd.option(int.class, OptionSpec.builder("--max-events").paramLabel("N")
        .defaultValue("100000").description("Record at most N events; later ones are counted, not kept (default ${DEFAULT-VALUE})"));
    private final Arg<Integer> maxSnapshots = cmd.option(int.class, OptionSpec.builder("--max-snapshots").paramLabel("N")
        .defaultValue("50").description("Take at most N snapshots (default ${DEFAULT-VALUE})"));
    private final Arg<Edition> edition = EditionOption.declare(cmd);
    {
        DebugOption.declare(cmd);
        cmd.standardHelpOptions();
    }

    @Override
    public Integer call() {
        boolean json = this.json.get(), text = this.text.get();
        Path svgDir = this.svgDir.get();
        if (json && text) throw new UsageError("--json and --text exclude each other");
        if (svgDir != null && (json || text)) throw new UsageError("--svg excludes --json and --text");
        if (svgDir != null && !selects()) {
            throw new UsageError("--svg draws the steps --at, --step or --function select: give one");
        }
        if (maxEvents.get() < 0 || maxSnapshots.get() < 0) throw new UsageError("limits must be positive");
        PrintWriter err = cmd.err();
        PrintWriter out = cmd.out();
        Path file = this.file.get();
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, edition.get());
        if (parsed == null) return 1;
        int lines = (int) parsed.source().text().lines().count();
        for (int l : atLines.get()) {
            if (l < 1 || l > lines) throw new UsageError("--at " + l + ": " + file + " has lines 1 to " + lines);
        }
        Timeline timeline = new Timeline(new Timeline.Selection(Set.copyOf(atLines.get()), Set.copyOf(atSteps.get()),
            Set.copyOf(functions.get()), stdFrames.get(), maxEvents.get(), maxSnapshots.get(), false));
        List<String> argv = new java.util.ArrayList<>();
        argv.add("./" + file.getFileName().toString().replaceFirst("\\.rs$", ""));
        argv.addAll(programArgs.get());
        Traced traced;
        try {
            traced = traceRun(parsed, limitOptions.limits(), argv, System.in, timeline, null);
        } catch (rustmem.interp.Interpreter.StepLimit e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        }
        if (traced.compileErrors() != null) {   // it did not run
            err.print(traced.compileErrors());
            err.flush();
            return traced.code();
        }
        int code = traced.code();
        String error = traced.error();
        String stdout = traced.stdout(), stderr = traced.stderr();
        if (svgDir != null) {
            int c = writeSvgs(parsed, timeline, svgDir, out, code);
            if (error != null) err.print(error);
            err.flush();
            return c;
        }
        if (json) {
            out.print(TraceJson.render(file.toString(), code, timeline.steps(), timeline.events(), timeline.eventsLeftOut(),
                timeline.snapshots(), timeline.snapshotsLeftOut(), stdout, stderr, error));
        } else {
            TraceText view = new TraceText(parsed.source());
            if (!selects()) {
                out.print(view.events(timeline.events()));
                if (timeline.eventsLeftOut() > 0) {
                    out.println("… " + timeline.eventsLeftOut() + " more events not recorded (raise --max-events)");
                }
            }
            for (Snapshot s : timeline.snapshots()) {
                out.print(view.snapshot(s));
                out.println();
            }
            if (timeline.snapshotsLeftOut() > 0) {
                out.println("… " + timeline.snapshotsLeftOut() + " more snapshots not taken (raise --max-snapshots)");
            }
            if (selects() && timeline.snapshots().isEmpty()) out.println(NEVER_REACHED);
            out.println((error != null ? "stopped by the error below (exit code " + code + ")" : "exit code " + code) + " after "
                + timeline.steps() + " steps");
        }
        out.flush();
        if (error != null) {
            err.print(error);
            err.flush();
        }
        return code;
    }

    /**
     * How a traced run ended: its exit code and output, the rendered error of rustmem's that stopped it (undefined
     * behaviour, what is not supported yet), or, when the program did not build, its rendered compile errors.
     */
    record Traced(int code, String stdout, String stderr, String error, String compileErrors, List<rustmem.source.Diagnostic> list) {}

    /**
     * Runs the program traced by timeline. With live set, the output goes there as written (and Traced's stdout and
     * stderr are empty). A limit reached ends it with {@link rustmem.interp.Interpreter.StepLimit}.
     */
    static Traced traceRun(SourceLoader.Parsed parsed, LimitOptions.Limits limits, List<String> argv, java.io.InputStream stdin,
                           Timeline timeline, rustmem.interp.Machine.Streams live) {
        NewPipeline.Outcome outcome = NewPipeline.run(parsed, limits, argv, stdin, timeline, false, live);
        return switch (outcome) {
            case NewPipeline.Failure f -> !f.built()   // it did not run: a compile error
                ? new Traced(f.code(), "", "", null, f.diagnostics(), f.list())
                : new Traced(f.code(), text(f.stdout()), text(f.stderr()), f.diagnostics(), null, f.list());
            case NewPipeline.Result r -> new Traced(r.code(), text(r.stdout()), text(r.stderr()), null, null, List.of());
        };
    }

    private static String text(byte[] bytes) { return new String(bytes, StandardCharsets.UTF_8); }

    private static final String NEVER_REACHED = "(the program never reached the lines or steps asked for)";

    /** Whether snapshots are asked for (--at, --step, --function): then they are shown instead of the events. */
    private boolean selects() { return !atLines.get().isEmpty() || !atSteps.get().isEmpty() || !functions.get().isEmpty(); }

    private static int writeSvgs(SourceLoader.Parsed parsed, Timeline timeline, Path svgDir, PrintWriter out, int code) {
        rustmem.view.TraceSvg svg = new rustmem.view.TraceSvg(parsed.source());
        try {
            java.nio.file.Files.createDirectories(svgDir);
            for (Snapshot s : timeline.snapshots()) {
                Path f = svgDir.resolve(String.format("step-%d-line-%d.svg", s.step(), s.line()));
                java.nio.file.Files.writeString(f, svg.render(s));
                out.println(f);
            }
        } catch (java.io.IOException e) {
            throw new UsageError("cannot write to " + svgDir + ": " + e.getMessage());
        }
        if (timeline.snapshots().isEmpty()) out.println(NEVER_REACHED);
        out.flush();
        return code;
    }
}
