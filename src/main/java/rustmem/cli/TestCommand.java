package rustmem.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import rustmem.interp.Interpreter;
import rustmem.interp.Machine;
import rustmem.interp.UnsupportedFeature;
import rustmem.resolve.DefId;
import rustmem.resolve.Expander;
import rustmem.source.Diagnostic;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Edition;
import rustmem.source.SourceMap;
import rustmem.types.check.Typeck;

/**
 * {@code rustmem test FILE [FILTER...]}: builds the program as {@code rustc --test FILE} does (cfg(test) holds, the
 * test harness's main runs the #[test] functions with std's libtest, written in Rust) and runs the test binary on
 * the simulated process: libtest's output, exit code 101 when a test failed. The options are the test binary's.
 */
final class TestCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "test",
        "Run the program's #[test] functions as `rustc --test FILE` and the test binary do: libtest's output and "
            + "exit code (tests run one at a time, in name order; the time is the simulated clock's).",
        "The test binary's other options can follow `--`, e.g. `-- --help`.").unsorted();
    private final Arg<Path> file = cmd.file("Rust source file");
    private final Arg<List<String>> filters = cmd.parameters(String.class, PositionalParamSpec.builder().index("1..*")
        .paramLabel("FILTER").description("Run only the tests whose names contain FILTER"));
    private final Arg<Boolean> exact = cmd.flag("--exact", "Exactly match filters rather than by substring");
    private final Arg<List<String>> skip = cmd.options(String.class, OptionSpec.builder("--skip").paramLabel("FILTER")
        .description("Skip tests whose names contain FILTER (repeatable)"));
    private final Arg<Boolean> ignored = cmd.flag("--ignored", "Run only ignored tests");
    private final Arg<Boolean> includeIgnored = cmd.flag("--include-ignored", "Run ignored and not ignored tests");
    private final Arg<Boolean> list = cmd.flag("--list", "List all tests");
    private final Arg<Boolean> noCapture = cmd.option(boolean.class, OptionSpec.builder("--no-capture", "--nocapture")
        .description("Don't capture the tests' stdout/stderr, print it directly"));
    private final Arg<Boolean> showOutput = cmd.flag("--show-output", "Show captured stdout of successful tests");
    private final Arg<Boolean> quiet = cmd.option(boolean.class, OptionSpec.builder("-q", "--quiet")
        .description("Display one character per test instead of one line"));
    private final Arg<String> testThreads = cmd.option(String.class, OptionSpec.builder("--test-threads").paramLabel("N")
        .description("Number of threads used for running tests (default 1)"));
    private final LimitOptions limitOptions = new LimitOptions(cmd);
    private final Arg<Boolean> memory = cmd.flag("--memory",
        "After the run, report heap allocations, frees, bytes, peak use and leaked blocks on stderr");
    /** Other test binary options (libtest reports the ones it does not know). */
    private final Supplier<List<String>> unmatched = cmd.unmatched();
    private final Arg<Edition> edition = EditionOption.declare(cmd);
    { cmd.standardHelpOptions(); }

    @Override
    public Integer call() {
        PrintWriter err = cmd.err();
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
            StandardCharsets.UTF_8);
        PrintStream progErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(file.get(), edition.get(), testArgs(), out, progErr, err, limitOptions.limits(), memory.get());
        } finally {
            out.flush();
        }
    }

    /** The test binary's arguments after its name, as the options given stand for them. */
    List<String> testArgs() {
        List<String> args = new ArrayList<>();
        if (exact.get()) args.add("--exact");
        for (String s : skip.get()) args.addAll(List.of("--skip", s));
        if (ignored.get()) args.add("--ignored");
        if (includeIgnored.get()) args.add("--include-ignored");
        if (list.get()) args.add("--list");
        if (noCapture.get()) args.add("--no-capture");
        if (showOutput.get()) args.add("--show-output");
        if (quiet.get()) args.add("--quiet");
        if (testThreads.get() != null) args.add("--test-threads=" + testThreads.get());
        args.addAll(unmatched.get());
        args.addAll(filters.get());
        return args;
    }

    /**
     * Builds FILE as a test binary and runs it with args (after the binary's name): its stdout and stderr go to out
     * and progErr, rustmem's own diagnostics to err. Returns the exit code (1 when the program does not compile).
     */
    static int run(Path file, rustmem.source.Edition edition, List<String> args, PrintStream out, PrintStream progErr,
                   PrintWriter err, LimitOptions.Limits limits, boolean memoryReport) {
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, edition);
        if (parsed == null) return 1;
        SourceMap sources = new SourceMap(parsed.source());
        Compilation c = Compilation.of(sources, parsed, true);
        c.analyze(true);
        DefId main = c.rootFn(Expander.TEST_MAIN);
        if (parsed.diags().hasErrors() || main == null) {
            if (main == null && !parsed.diags().hasErrors()) {
                parsed.diags().emit(Diagnostic.error("internal: the test harness's main is missing"));
            }
            err.print(new DiagnosticRenderer(sources).renderAll(parsed.diags()));
            err.flush();
            return 1;
        }
        List<String> argv = new ArrayList<>();
        argv.add("./" + file.getFileName().toString().replaceFirst("\\.rs$", ""));
        argv.addAll(args);
        Machine m = new Machine(out, progErr);
        try {
            Interpreter in = limits.interpreter(c.tcx, m);
            in.setArgs(argv);
            int code = in.runMain(main);
            if (memoryReport) {
                out.flush();
                progErr.print(rustmem.view.MemoryReport.render(m.allocator.stats(), m.allocator.leaks(), java.util.Map.of(), in.stackUse()));
                progErr.flush();
            }
            return code;
        } catch (Interpreter.StepLimit e) {
            out.flush();
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        } catch (UnsupportedFeature u) {
            out.flush();
            ExecCommand.reportUnsupported(u, parsed, sources, err);
            return Main.EXIT_USAGE;
        } catch (rustmem.machine.UndefinedBehavior ub) {
            out.flush();
            err.print(UbReport.render(ub, sources, null));
            err.flush();
            return UbReport.EXIT;
        } finally {
            out.flush();
        }
    }
}
