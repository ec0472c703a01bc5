package rustmem.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import rustmem.interp.Interpreter;
import rustmem.interp.Machine;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostics;
import rustmem.source.SourceMap;
import rustmem.types.check.Typeck;

/**
 * Runs a program on the pipeline with std in Rust (trait-solving type checker, borrow checker, MIR, the
 * interpreter): the program's errors, undefined behaviour (reported as Miri does, with the allocation's history
 * from a second, traced run) and what cannot run yet make {@link #run} answer a {@link Failure}. The program's
 * output is held until the run ends.
 */
final class NewPipeline {
    private NewPipeline() {}

    /** What {@link #run} answers: the program ran, or rustmem could not build or run it. */
    sealed interface Outcome permits Result, Failure {}

    /** What a run produced: the exit code, the program's stdout and stderr, the interpreter (for reports). */
    record Result(int code, byte[] stdout, byte[] stderr, Interpreter interpreter, Machine machine,
                  java.util.Map<Long, rustmem.trace.CodeSite> leakSites) implements Outcome {}

    /**
     * A program the new pipeline did not run to its end: what it printed before, rustmem's diagnostics (the front
     * end's errors, rendered with std's sources too, or what the interpreter could not run), the exit code to give.
     */
    record Failure(byte[] stdout, byte[] stderr, String diagnostics, int code, List<rustmem.source.Diagnostic> list, boolean built)
        implements Outcome {
        /** A program that was not built (the front end's errors): no output, its diagnostics. */
        static Failure notBuilt(String diagnostics, int code, List<rustmem.source.Diagnostic> list) {
            return new Failure(new byte[0], new byte[0], diagnostics, code, list, false);
        }
    }

    static Outcome run(SourceLoader.Parsed parsed, long maxSteps, List<String> args) { return run(parsed, maxSteps, args, System.in, null); }

    /** A run whose standard input is stdin, traced by tracer unless it is null. */
    static Outcome run(SourceLoader.Parsed parsed, long maxSteps, List<String> args, java.io.InputStream stdin,
                       rustmem.trace.Tracer tracer) {
        return run(parsed, LimitOptions.Limits.steps(maxSteps), args, stdin, tracer, false, null);
    }

    /**
     * ... with limits on steps and time; withSites: the result tells where each block still allocated at the end was
     * allocated (`run --memory`). With live set, the program's output goes there as it writes it (as the real
     * process's does, a closed pipe failing its writes with EPIPE) and the outcome's stdout and stderr are empty.
     */
    static Outcome run(SourceLoader.Parsed parsed, LimitOptions.Limits limits, List<String> args, java.io.InputStream stdin,
                       rustmem.trace.Tracer tracer, boolean withSites, Machine.Streams live) {
        long maxSteps = limits.maxSteps();
        // the machine first: it needs nothing of the compilation, and is made while std's image is read (prefetch)
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Machine m = live != null ? new Machine(live)
            : new Machine(new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, false, StandardCharsets.UTF_8));
        // what the program reads is kept: a run that ends in undefined behaviour is run again to find its history
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        m.setStdin(new java.io.FilterInputStream(stdin) {
            @Override
            public int read() throws java.io.IOException {
                int b = super.read();
                if (b >= 0) read.write(b);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws java.io.IOException {
                int n = super.read(buf, off, len);
                if (n > 0) read.write(buf, off, n);
                return n;
            }
        });
        TimePasses.end("machine made");
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = new Diagnostics(parsed.source());
        Compilation c;
        try {
            c = Compilation.of(sources, parsed.crate(), diags, false, parsed.edition());
        } catch (RuntimeException e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            return Failure.notBuilt("error: internal: " + e + "\n", Main.EXIT_INTERNAL, List.of());
        }
        c.analyze(true);
        DefId main = c.rootFn("main");
        if (diags.hasErrors()) {
            if (System.getenv("RUSTMEM_DEBUG") != null) System.err.println("new pipeline: " + diags.all());
            return Failure.notBuilt(new rustmem.source.DiagnosticRenderer(sources).renderAll(diags), SourceLoader.exitCode(diags), diags.all());
        }
        Interpreter in = limits.interpreter(c.tcx, m);
        TimePasses.end("interpreter made");
        in.setArgs(args);
        if (tracer != null) in.setTracer(tracer);
        int code;
        try {
            code = in.runMain(main);
        } catch (Interpreter.StepLimit e) {
            throw e;
        } catch (rustmem.machine.UndefinedBehavior ub) {
            m.flush();
            rustmem.trace.AllocSites history = ub.allocation >= 0 ? replay(c, main, maxSteps, args, read.toByteArray()) : null;
            return new Failure(out.toByteArray(), err.toByteArray(), UbReport.render(ub, sources, history), UbReport.EXIT, List.of(), true);
        } catch (RuntimeException | StackOverflowError e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            diags.emit(e instanceof rustmem.interp.UnsupportedFeature u ? ExecCommand.unsupported(u)
                : rustmem.source.Diagnostic.error("internal: " + e));
            m.flush();
            return new Failure(out.toByteArray(), err.toByteArray(), new rustmem.source.DiagnosticRenderer(sources).renderAll(diags),
                e instanceof rustmem.interp.UnsupportedFeature ? Main.EXIT_USAGE : Main.EXIT_INTERNAL, diags.all(), true);
        }
        TimePasses.end("program ran");
        m.allocator.runtimeExit();   // glibc's and the runtime's own blocks are freed at exit: what stays is the program's
        java.util.Map<Long, rustmem.trace.CodeSite> leakSites = new java.util.HashMap<>();
        if (withSites && !m.allocator.leaks().isEmpty()) {
            // where the leaked blocks were allocated: the same run again, traced
            rustmem.trace.AllocSites sites = replay(c, main, maxSteps, args, read.toByteArray());
            for (rustmem.machine.Allocation a : m.allocator.leaks()) leakSites.put(a.base, sites.allocated(a.base));
        }
        m.flush();
        return new Result(code, out.toByteArray(), err.toByteArray(), in, m, leakSites);
    }

    /** The same run again (it is deterministic: same input, same schedule, same addresses), tracing where blocks come and go. */
    private static rustmem.trace.AllocSites replay(Compilation c, DefId main, long maxSteps, List<String> args, byte[] stdin) {
        rustmem.trace.AllocSites history = new rustmem.trace.AllocSites();
        try {
            runTraced(c, main, maxSteps, args, stdin, history);
        } catch (RuntimeException | StackOverflowError e) {
            // the undefined behaviour again (or a limit): the history up to it is what the report wants
        }
        return history;
    }

    /**
     * A run of a compiled program for what its tracer learns, its output discarded: the exit code, or what ended the
     * run is thrown (undefined behaviour, a limit, the tracer's {@link rustmem.trace.Timeline.Enough}).
     */
    static int runTraced(Compilation c, DefId main, long maxSteps, List<String> args, byte[] stdin, rustmem.trace.Tracer tracer) {
        PrintStream discard = new PrintStream(java.io.OutputStream.nullOutputStream());
        Machine m = new Machine(discard, discard);
        m.setStdin(new java.io.ByteArrayInputStream(stdin));
        Interpreter in = new Interpreter(c.tcx, m, maxSteps);
        in.setArgs(args);
        in.setTracer(tracer);
        return in.runMain(main);
    }
}
