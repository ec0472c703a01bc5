package rustmem.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import rustmem.interp.Interpreter;
import rustmem.interp.Machine;
import rustmem.layout.TargetDataLayout;
import rustmem.source.Diagnostic;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.trace.Timeline;
import rustmem.view.TraceJson;
import rustmem.view.TraceSvg;
import rustmem.web.Backend;

/**
 * The web API's answers, computed by the same code as the commands (`run`, `check`, `layout --json`, `trace --json`,
 * `trace --svg`) on a program given as text, within a request's limits. The program is called `main.rs`.
 */
public final class WebBackend implements Backend {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The name the program's diagnostics and trace give its file. */
    static final String FILE = "main.rs";

    /**
     * A backend answers requests at once, each compilation sharing std's tables: std's image is read whole first (a
     * run reads an impl's items when it first needs them, which would change those tables under another request).
     */
    public WebBackend() { rustmem.resolve.StdImage.readAllParts(); }

    @Override
    public String run(Program p) {
        SourceLoader.Parsed parsed = SourceLoader.parseText(FILE, p.source(), p.edition());
        ObjectNode n = MAPPER.createObjectNode();
        if (parsed.diags().hasErrors()) return syntaxErrors(n, parsed).toString();
        Captured io = new Captured(p.limits().maxOutputBytes());
        NewPipeline.Outcome outcome;
        try {
            outcome = NewPipeline.run(parsed, limits(p), argv(p), stdin(p), null, false, io.streams());
        } catch (Interpreter.StepLimit e) {
            return io.put(n.put("compiled", true)).set("limit", limit(e, p.limits())).toString();
        }
        switch (outcome) {
            case NewPipeline.Result r -> io.put(n.put("compiled", true).put("exit", r.code())).putArray("diagnostics");
            case NewPipeline.Failure f when !f.built() -> notCompiled(n, parsed, f.list(), f.diagnostics(), f.code());
            case NewPipeline.Failure f -> {
                io.put(n.put("compiled", true).put("exit", f.code()));
                n.set("diagnostics", diagnostics(parsed.source(), f.list()));
                n.put("rendered", f.diagnostics());
            }
        }
        return n.toString();
    }

    /** The answer for a program that did not build: rustc's exit code, its errors. */
    private static ObjectNode notCompiled(ObjectNode n, SourceLoader.Parsed parsed, List<Diagnostic> diags, String rendered, int code) {
        n.put("compiled", false).put("exit", code);
        n.put("stdout", "").put("stderr", "");
        n.set("diagnostics", diagnostics(parsed.source(), diags));
        n.put("rendered", rendered);
        return n;
    }

    /** The answer for a program with syntax errors. */
    private static ObjectNode syntaxErrors(ObjectNode n, SourceLoader.Parsed parsed) {
        return notCompiled(n, parsed, parsed.diags().all(), render(parsed), SourceLoader.exitCode(parsed.diags()));
    }

    @Override
    public String check(Program p) {
        SourceLoader.Parsed parsed = SourceLoader.parseText(FILE, p.source(), p.edition());
        SourceMap sources = new SourceMap(parsed.source());
        if (!parsed.diags().hasErrors()) Compilation.of(sources, parsed, false).analyze(false);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ok", !parsed.diags().hasErrors());
        n.set("diagnostics", diagnostics(parsed.source(), parsed.diags().all()));
        n.put("rendered", new DiagnosticRenderer(sources).renderAll(parsed.diags()));
        return n.toString();
    }

    @Override
    public String layout(Program p, String type, String target) {
        ObjectNode n = MAPPER.createObjectNode();
        TargetDataLayout dl = TargetDataLayout.byName(target);
        if (dl == null) {
            throw new IllegalArgumentException("unknown target `" + target + "`; supported: "
                + TargetDataLayout.ALL.stream().map(TargetDataLayout::name).collect(Collectors.joining(", ")));
        }
        SourceLoader.Parsed parsed = SourceLoader.parseText(FILE, p.source(), p.edition());
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = parsed.diags().hasErrors() ? 1 : LayoutCommand.layout(parsed, FILE, type, dl, true, new PrintWriter(out), new PrintWriter(err));
        if (parsed.diags().hasErrors() && err.getBuffer().isEmpty()) err.write(render(parsed));
        n.put("ok", code == 0);
        try {
            n.set("layout", out.getBuffer().isEmpty() ? null : MAPPER.readTree(out.toString()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("layout --json printed what is not JSON", e);
        }
        n.set("diagnostics", diagnostics(parsed.source(), parsed.diags().all()));
        n.put("rendered", err.toString());
        return n.toString();
    }

    @Override
    public String trace(Program p, int maxSnapshots, int maxEvents) {
        SourceLoader.Parsed parsed = SourceLoader.parseText(FILE, p.source(), p.edition());
        ObjectNode n = MAPPER.createObjectNode();
        if (parsed.diags().hasErrors()) return syntaxErrors(n, parsed).toString();
        Set<Long> steps = LongStream.rangeClosed(1, maxSnapshots).boxed().collect(Collectors.toSet());
        Timeline timeline = new Timeline(new Timeline.Selection(Set.of(), steps, Set.of(), false, maxEvents, maxSnapshots, false), true);
        Captured io = new Captured(p.limits().maxOutputBytes());
        TraceCommand.Traced t;
        ObjectNode limit = null;
        try {
            t = TraceCommand.traceRun(parsed, limits(p), argv(p), stdin(p), timeline, io.streams());
        } catch (Interpreter.StepLimit e) {
            limit = limit(e, p.limits());
            t = new TraceCommand.Traced(Main.EXIT_USAGE, "", "", null, null, List.of());
        }
        if (t.compileErrors() != null) return notCompiled(n, parsed, t.list(), t.compileErrors(), t.code()).toString();
        recorded.put(p, timeline);
        // every step is selected: those past the first maxSnapshots are the ones left out
        String json = TraceJson.render(FILE, t.code(), timeline.steps(), timeline.events(), timeline.eventsLeftOut(), timeline.snapshots(),
            Math.max(0, timeline.steps() - timeline.snapshots().size()), io.out(), io.err(), t.error());
        try {
            ObjectNode doc = (ObjectNode) MAPPER.readTree(json);
            doc.put("compiled", true);
            doc.put("replayableSteps", timeline.replayableSteps());
            if (limit != null) {
                doc.remove("exit");
                doc.set("limit", limit);
            }
            return doc.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("trace --json printed what is not JSON", e);
        }
    }

    @Override
    public String svg(Program p, long step) {
        Step s = step(p, step);
        return s == null ? null : new TraceSvg(s.source()).render(s.snapshot());
    }

    @Override
    public String snapshot(Program p, long step) {
        Step s = step(p, step);
        return s == null ? null : TraceJson.snapshot(s.snapshot()).toString();
    }

    /** A step's snapshot, with the program's source it is drawn over. */
    private record Step(SourceFile source, rustmem.trace.Snapshot snapshot) {}

    /** The recorded runs of the programs traced last (the page steps through one after tracing it). */
    private final RecordedRuns recorded = new RecordedRuns();

    /**
     * The snapshot of a step, replayed from the program's recorded run (which is made now, when the program was not
     * traced lately); null when the program does not compile or never reaches the step.
     */
    private Step step(Program p, long step) {
        Timeline timeline = recorded.get(p);
        SourceLoader.Parsed parsed = SourceLoader.parseText(FILE, p.source(), p.edition());
        if (parsed.diags().hasErrors()) return null;
        if (timeline == null) {
            timeline = new Timeline(new Timeline.Selection(Set.of(), Set.of(), Set.of(), false, 0, 0, false), true);
            Captured io = new Captured(p.limits().maxOutputBytes());
            try {
                TraceCommand.Traced t = TraceCommand.traceRun(parsed, limits(p), argv(p), stdin(p), timeline, io.streams());
                if (t.compileErrors() != null) return null;
            } catch (Interpreter.StepLimit e) {
                // it stopped at a limit: the steps before it are recorded
            }
            recorded.put(p, timeline);
        }
        rustmem.trace.Snapshot s = timeline.snapshotAt(step);
        return s == null ? null : new Step(parsed.source(), s);
    }

    private static LimitOptions.Limits limits(Program p) {
        return new LimitOptions.Limits(p.limits().maxSteps(), p.limits().timeLimitSeconds(), p.limits().maxMemoryBytes());
    }

    private static List<String> argv(Program p) {
        List<String> argv = new ArrayList<>();
        argv.add("./main");
        argv.addAll(p.args());
        return argv;
    }

    private static java.io.InputStream stdin(Program p) {
        return new java.io.ByteArrayInputStream(p.stdin().getBytes(StandardCharsets.UTF_8));
    }

    private static String render(SourceLoader.Parsed parsed) { return new DiagnosticRenderer(parsed.source()).renderAll(parsed.diags()); }

    /** What stopped the run: {kind: steps|time|output, limit, message}. */
    private static ObjectNode limit(Interpreter.StepLimit e, Limits limits) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", e.kind.name().toLowerCase());
        n.put("limit", e.limit);
        n.put("message", switch (e.kind) {
            case STEPS -> "the program ran more than " + e.limit + " steps, this server's limit";
            case TIME -> "the program ran longer than " + e.limit + " s, this server's limit";
            case OUTPUT -> "the program wrote more than " + e.limit + " bytes, this server's limit";
        });
        return n;
    }

    /**
     * Diagnostics as the page shows them at their lines: level, code, message, label, notes, and the primary span's
     * start and end (line, column; 1-based) when it lies in the program (std's spans have none).
     */
    static ArrayNode diagnostics(SourceFile program, List<Diagnostic> diags) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Diagnostic d : diags) {
            ObjectNode n = a.addObject();
            n.put("level", d.level().word);
            if (d.code() != null) n.put("code", d.code());
            n.put("message", d.message());
            if (d.label() != null) n.put("label", d.label());
            if (d.span() != null && d.span().lo() >= program.base() && d.span().hi() <= program.base() + program.text().length()
                && !(d.span().lo() == 0 && d.span().hi() == 0)) {
                n.put("line", program.line(d.span().lo()));
                n.put("column", program.column(d.span().lo()));
                n.put("endLine", program.line(d.span().hi()));
                n.put("endColumn", program.column(d.span().hi()));
            }
            ArrayNode notes = n.putArray("notes");
            d.notes().forEach(notes::add);
        }
        return a;
    }

    /**
     * The program's stdout and stderr, together at most limit bytes: a write past it ends the run with a
     * {@link Interpreter.StepLimit} of kind OUTPUT (what fits is kept).
     */
    private static final class Captured {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        private final long limit;

        Captured(long limit) { this.limit = limit; }

        Machine.Streams streams() { return new Machine.Streams(stream(out), stream(err)); }

        private PrintStream stream(ByteArrayOutputStream to) {
            return new PrintStream(new java.io.OutputStream() {
                @Override
                public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

                @Override
                public void write(byte[] b, int off, int len) {
                    long room = limit - out.size() - err.size();
                    to.write(b, off, (int) Math.min(len, Math.max(room, 0)));
                    if (len > room) {
                        throw new Interpreter.StepLimit(Interpreter.StepLimit.Kind.OUTPUT, limit,
                            "the program wrote more than " + limit + " bytes");
                    }
                }
            }, true, StandardCharsets.UTF_8);
        }

        boolean empty() { return out.size() == 0 && err.size() == 0; }

        String out() { return out.toString(StandardCharsets.UTF_8); }

        String err() { return err.toString(StandardCharsets.UTF_8); }

        /** Puts stdout and stderr into n. */
        ObjectNode put(ObjectNode n) { return n.put("stdout", out()).put("stderr", err()); }
    }
}
