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
 * Runs a program on the pipeline with std in Rust (trait-solving type checker, MIR, the interpreter). While
 * std moves to Rust, what it cannot run yet (a type error its checker reports, an unsupported construct met
 * while running) makes {@link #run} answer null, and `run` uses the legacy pipeline instead; the program's
 * output is held until the run is known to be good.
 */
final class NewPipeline {
    private NewPipeline() {}

    /** What a run produced: the exit code, the program's stdout and stderr, the interpreter (for reports). */
    record Result(int code, byte[] stdout, byte[] stderr, Interpreter interpreter, Machine machine) {}

    /**
     * Why the last {@link #run} on this thread answered null: the front end's diagnostics (rendered with std's
     * sources too) or what the interpreter could not run; for the editions the legacy pipeline does not know.
     */
    static final ThreadLocal<Failure> lastFailure = new ThreadLocal<>();

    /** A run that failed: what the program printed before, rustmem's diagnostics, and the exit code to give. */
    record Failure(byte[] stdout, byte[] stderr, String diagnostics, int code) {}

    static Result run(SourceLoader.Parsed parsed, long maxSteps, List<String> args) { return run(parsed, maxSteps, args, System.in); }

    /** A run whose standard input is stdin. */
    static Result run(SourceLoader.Parsed parsed, long maxSteps, List<String> args, java.io.InputStream stdin) {
        if (System.getenv("RUSTMEM_LEGACY") != null) return null;
        lastFailure.remove();
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = new Diagnostics(parsed.source());
        Compilation c;
        try {
            c = Compilation.of(sources, parsed.crate(), diags, false, parsed.edition());
        } catch (RuntimeException e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            lastFailure.set(new Failure(new byte[0], new byte[0], "error: internal: " + e + "\n", Main.EXIT_INTERNAL));
            return null;
        }
        Typeck.checkCrate(c.tcx, false);
        DefId main = c.rootFn("main");
        if (main == null && !diags.hasErrors()) {
            diags.emit(rustmem.source.Diagnostic.error("`main` function not found in crate").code("E0601"));
        }
        if (diags.hasErrors()) {
            if (System.getenv("RUSTMEM_DEBUG") != null) System.err.println("new pipeline: " + diags.all());
            boolean unsupported = diags.all().stream().anyMatch(d -> d.message().startsWith("unsupported:"));
            lastFailure.set(new Failure(new byte[0], new byte[0], new rustmem.source.DiagnosticRenderer(sources).renderAll(diags),
                unsupported ? Main.EXIT_USAGE : 1));
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Machine m = new Machine(new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, false, StandardCharsets.UTF_8));
        m.setStdin(stdin);
        Interpreter in = new Interpreter(c.tcx, m, maxSteps);
        in.setArgs(args);
        int code;
        try {
            code = in.runMain(main);
        } catch (Interpreter.StepLimit e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            rustmem.source.Diagnostic.Builder b = rustmem.source.Diagnostic.error(e instanceof rustmem.interp.UnsupportedFeature u
                ? "unsupported: " + u.getMessage() : "internal: " + e);
            if (e instanceof rustmem.interp.UnsupportedFeature u && u.span != null && !u.span.equals(rustmem.source.Span.DUMMY)) b.span(u.span);
            diags.emit(b);
            m.flush();
            lastFailure.set(new Failure(out.toByteArray(), err.toByteArray(), new rustmem.source.DiagnosticRenderer(sources).renderAll(diags),
                e instanceof rustmem.interp.UnsupportedFeature ? Main.EXIT_USAGE : Main.EXIT_INTERNAL));
            return null;   // unsupported here: the legacy pipeline runs it
        }
        m.flush();
        return new Result(code, out.toByteArray(), err.toByteArray(), in, m);
    }
}
