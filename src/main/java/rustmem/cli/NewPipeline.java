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

    static Result run(SourceLoader.Parsed parsed, long maxSteps, List<String> args) { return run(parsed, maxSteps, args, System.in); }

    /** A run whose standard input is stdin. */
    static Result run(SourceLoader.Parsed parsed, long maxSteps, List<String> args, java.io.InputStream stdin) {
        if (System.getenv("RUSTMEM_LEGACY") != null) return null;
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = new Diagnostics(parsed.source());
        Compilation c;
        try {
            c = Compilation.of(sources, parsed.crate(), diags);
        } catch (RuntimeException e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            return null;
        }
        Typeck.checkCrate(c.tcx, false);
        DefId main = c.rootFn("main");
        if (diags.hasErrors() || main == null) {
            if (System.getenv("RUSTMEM_DEBUG") != null) System.err.println("new pipeline: " + diags.all());
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
            return null;   // unsupported here: the legacy pipeline runs it
        }
        m.flush();
        return new Result(code, out.toByteArray(), err.toByteArray(), in, m);
    }
}
