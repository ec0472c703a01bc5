package rustmem.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rustmem.legacy.interp.Interpreter;
import rustmem.legacy.ir.Lowering;
import rustmem.legacy.ir.Mir;
import rustmem.legacy.layout.LayoutCx;
import rustmem.layout.TargetDataLayout;
import rustmem.link.ImageBuilder;
import rustmem.link.ImageTarget;
import rustmem.link.ProgramImage;
import rustmem.source.Diagnostics;
import rustmem.legacy.types.TypeChecker;
import rustmem.legacy.types.thir.Thir;

/** {@code rustmem run FILE}: runs the program on the simulated process, with the real binary's output and exit code. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a program on the simulated process: stdout, stderr and exit code as the compiled binary's.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rust source file")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program (after --)")
    List<String> programArgs;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "5000000000",
        description = "Stop a program after N steps: calls and loop iterations (default ${DEFAULT-VALUE})")
    long maxSteps;

    @Option(names = "--memory", description = "After the program exits, report heap allocations, frees, reallocations, "
        + "bytes, peak use, brk/mmap calls, the stack's high-water mark and leaked blocks on stderr")
    boolean memory;

    @Option(names = "--emit-mir", description = "Print the MIR the program is lowered to instead of running it")
    boolean emitMir;

    @Mixin
    DebugOption debugOption;

    @picocli.CommandLine.Mixin
    EditionOption editionOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, editionOption.edition);
        if (parsed == null) return 1;
        java.util.List<String> argv = new java.util.ArrayList<>();
        String stem = file.getFileName().toString().replaceFirst("\\.rs$", "");
        argv.add("./" + stem);
        if (programArgs != null) argv.addAll(programArgs);
        if (!emitMir) {
            NewPipeline.Outcome outcome;
            try {
                outcome = NewPipeline.run(parsed, maxSteps, argv);
            } catch (rustmem.interp.Interpreter.StepLimit e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return Main.EXIT_USAGE;
            }
            if (outcome instanceof NewPipeline.Result r) {
                System.out.write(r.stdout(), 0, r.stdout().length);
                System.out.flush();
                System.err.write(r.stderr(), 0, r.stderr().length);
                if (memory) {
                    System.err.print(rustmem.view.MemoryReport.render(r.machine().allocator.stats(), r.machine().allocator.leaks(),
                        r.machine().stackLow()));
                }
                System.err.flush();
                return r.code();
            }
            if (outcome instanceof NewPipeline.Failure f && (f.code() == 1 || editionOption.edition != rustmem.source.Edition.DEFAULT)) {
                // the program's errors (rustc's), and any failure in an edition the legacy pipeline does not know
                // (it has edition 2024's rules only): the new pipeline's answer stands
                System.out.write(f.stdout(), 0, f.stdout().length);
                System.out.flush();
                System.err.write(f.stderr(), 0, f.stderr().length);
                System.err.flush();
                err.print(f.diagnostics());
                err.flush();
                return f.code();
            }
        }
        if (programArgs != null && !programArgs.isEmpty()) {
            throw new UsageError("unsupported: passing arguments to the program");
        }
        // the program's own output goes straight to the process's streams, buffered as Rust's are
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false, StandardCharsets.UTF_8);
        PrintStream progErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(parsed, out, progErr, err, maxSteps, memory, emitMir);
        } finally {
            out.flush();
        }
    }

    /** Type-checks, lowers and interprets a parsed program; returns the exit code. */
    static int run(SourceLoader.Parsed parsed, PrintStream out, PrintStream progErr, java.io.PrintWriter err, long maxSteps,
                   boolean memoryReport, boolean emitMir) {
        Thir.Program thir = TypeChecker.check(parsed.crate(), parsed.diags());
        if (thir == null) return parsed.fail(err);
        Mir.Program mir;
        try {
            mir = Lowering.lower(thir);
        } catch (Lowering.Unsupported u) {
            parsed.diags().emit(rustmem.source.Diagnostic.error("unsupported: " + u.getMessage()).span(u.span));
            return parsed.fail(err);
        }
        if (emitMir) {
            out.print(rustmem.legacy.ir.MirPrinter.print(mir));
            return 0;
        }
        // the image `sections` shows; its own problems (an initializer it cannot classify) do not stop the run
        ProgramImage image = ImageBuilder.build(parsed.crate(), ImageTarget.X86_64_LINUX, new Diagnostics(parsed.source()));
        try {
            Interpreter interpreter = new Interpreter(mir, new LayoutCx(TargetDataLayout.X86_64), parsed.source(), out, progErr,
                new Interpreter.Limits(maxSteps), image);
            int code = interpreter.run();
            if (memoryReport) {
                out.flush();
                progErr.print(rustmem.view.MemoryReport.render(interpreter.allocator().stats(), interpreter.allocator().leaks(),
                    interpreter.stackLow()));
                progErr.flush();
            }
            return code;
        } catch (rustmem.legacy.types.TypeError e) {
            // a layout the type checker did not need: an infinitely sized type (E0072), a value too big
            out.flush();
            parsed.diags().emit(e.diagnostic());
            return parsed.fail(err);
        } catch (Lowering.Unsupported u) {
            // a std function the type checker knows by its signature and the interpreter does not run yet
            out.flush();
            parsed.diags().emit(rustmem.source.Diagnostic.error("unsupported: " + u.getMessage()).span(u.span));
            return parsed.fail(err);
        } catch (Interpreter.LimitExceeded e) {
            out.flush();
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        }
    }
}
