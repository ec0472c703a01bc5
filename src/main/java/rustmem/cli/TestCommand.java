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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;
import rustmem.interp.Interpreter;
import rustmem.interp.Machine;
import rustmem.interp.UnsupportedFeature;
import rustmem.resolve.DefId;
import rustmem.resolve.Expander;
import rustmem.source.Diagnostic;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.SourceMap;
import rustmem.types.check.Typeck;

/**
 * {@code rustmem test FILE [FILTER...]}: builds the program as {@code rustc --test FILE} does (cfg(test) holds, the
 * test harness's main runs the #[test] functions with std's libtest, written in Rust) and runs the test binary on
 * the simulated process: libtest's output, exit code 101 when a test failed. The options are the test binary's.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run the program's #[test] functions as `rustc --test FILE` and the test binary do: libtest's output and "
        + "exit code (tests run one at a time, in name order; the time is the simulated clock's).",
        "The test binary's other options can follow `--`, e.g. `-- --help`."})
final class TestCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rust source file")
    Path file;

    @Parameters(index = "1..*", paramLabel = "FILTER", description = "Run only the tests whose names contain FILTER")
    List<String> filters;

    @Option(names = "--exact", description = "Exactly match filters rather than by substring")
    boolean exact;

    @Option(names = "--skip", paramLabel = "FILTER", description = "Skip tests whose names contain FILTER (repeatable)")
    List<String> skip;

    @Option(names = "--ignored", description = "Run only ignored tests")
    boolean ignored;

    @Option(names = "--include-ignored", description = "Run ignored and not ignored tests")
    boolean includeIgnored;

    @Option(names = "--list", description = "List all tests")
    boolean list;

    @Option(names = {"--no-capture", "--nocapture"}, description = "Don't capture the tests' stdout/stderr, print it directly")
    boolean noCapture;

    @Option(names = "--show-output", description = "Show captured stdout of successful tests")
    boolean showOutput;

    @Option(names = {"-q", "--quiet"}, description = "Display one character per test instead of one line")
    boolean quiet;

    @Option(names = "--test-threads", paramLabel = "N", description = "Number of threads used for running tests (default 1)")
    String testThreads;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions;

    @Option(names = "--memory", description = "After the run, report heap allocations, frees, bytes, peak use and leaked blocks on stderr")
    boolean memory;

    /** Other test binary options (libtest reports the ones it does not know). */
    @Unmatched
    List<String> unmatched;

    @picocli.CommandLine.Mixin
    EditionOption editionOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
            StandardCharsets.UTF_8);
        PrintStream progErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(file, editionOption.edition, testArgs(), out, progErr, err, limitOptions.limits(), memory);
        } finally {
            out.flush();
        }
    }

    /** The test binary's arguments after its name, as the options given stand for them. */
    List<String> testArgs() {
        List<String> args = new ArrayList<>();
        if (exact) args.add("--exact");
        if (skip != null) for (String s : skip) args.addAll(List.of("--skip", s));
        if (ignored) args.add("--ignored");
        if (includeIgnored) args.add("--include-ignored");
        if (list) args.add("--list");
        if (noCapture) args.add("--no-capture");
        if (showOutput) args.add("--show-output");
        if (quiet) args.add("--quiet");
        if (testThreads != null) args.add("--test-threads=" + testThreads);
        if (unmatched != null) args.addAll(unmatched);
        if (filters != null) args.addAll(filters);
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
