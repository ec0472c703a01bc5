package rustmem.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code rustmem} command line: one subcommand per user-facing command of DESIGN.md. */
public final class Main implements Runnable {
    /** Exit code for usage errors (bad flags, missing files, commands not built yet). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a failure inside rustmem itself. */
    public static final int EXIT_INTERNAL = 70;

    private final CommandDecl cmd = new CommandDecl(this, "rustmem", "Rust's memory model, executable and visible.")
        .version("rustmem 0.1.0");
    { cmd.standardHelpOptions(); }

    @Override
    public void run() {
        throw new ParameterException(cmd.spec.commandLine(), "missing command");
    }

    /** Deeply nested programs need deep recursion in the parser (and later the interpreter). */
    private static final long MAIN_STACK_BYTES = 512L << 20;

    public static void main(String[] args) throws InterruptedException {
        TimePasses.end("JVM start");
        if (args.length > 0 && COMPILING.contains(args[0])) rustmem.resolve.StdSource.prefetch();
        int[] code = {EXIT_INTERNAL};
        Thread t = new Thread(null, () -> code[0] = execute(args, new PrintWriter(System.out, true),
            new PrintWriter(System.err, true)), "rustmem", MAIN_STACK_BYTES);
        t.start();
        t.join();
        TimePasses.end("output and end");
        TimePasses.count("parts of std read from its image (impls, functions)", rustmem.syntax.ast.AstImage.partsRead());
        System.exit(code[0]);
    }

    static {
        // picocli looks up types no option of rustmem has when it starts: Groovy's closures (a class not found is an
        // exception) and ~20 java.time/java.sql classes for its built-in converters, by reflection (~10 ms of a
        // short run); rustmem's Path options convert with their own converter
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\..*");
    }

    /** The subcommands that compile a program (whose std is read on another thread while the command line is). */
    private static final java.util.Set<String> COMPILING = java.util.Set.of("run", "test", "check", "trace", "layout", "sections",
        "typeck", "mir", "exec");

    /** The subcommands, in the order `--help` lists them. */
    private static final Map<String, Supplier<CommandDecl>> SUBCOMMANDS = new LinkedHashMap<>();
    static {
        SUBCOMMANDS.put("run", () -> new RunCommand().cmd);
        SUBCOMMANDS.put("test", () -> new TestCommand().cmd);
        SUBCOMMANDS.put("check", () -> new CheckCommand().cmd);
        SUBCOMMANDS.put("layout", () -> new LayoutCommand().cmd);
        SUBCOMMANDS.put("trace", () -> new TraceCommand().cmd);
        SUBCOMMANDS.put("sections", () -> new SectionsCommand().cmd);
        SUBCOMMANDS.put("serve", () -> new ServeCommand().cmd);
        SUBCOMMANDS.put("aot-training", () -> new TrainCommand().cmd);
        SUBCOMMANDS.put("typeck", () -> new TypeckCommand().cmd);
        SUBCOMMANDS.put("mir", () -> new MirCommand().cmd);
        SUBCOMMANDS.put("exec", () -> new ExecCommand().cmd);
        SUBCOMMANDS.put("help", () -> new HelpCommand().cmd);
    }

    /**
     * Registers the invoked subcommand only, or all of them for help and errors: each one made builds picocli's model
     * of its options, and a short run need not pay for the others'.
     */
    private static void addSubcommands(CommandLine cl, String invoked) {
        for (var e : SUBCOMMANDS.entrySet()) {
            if (invoked.equals("help") || !SUBCOMMANDS.containsKey(invoked) || e.getKey().equals(invoked)) {
                cl.addSubcommand(e.getKey(), e.getValue().get().spec);
            }
        }
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug") || System.getenv("RUSTMEM_DEBUG") != null;
        CommandLine cl = new CommandLine(new Main().cmd.spec);
        addSubcommands(cl, args.length > 0 ? args[0] : "");
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof UsageError ? EXIT_USAGE : EXIT_INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            err.println("Try 'rustmem " + (ex.getCommandLine().getCommandName().equals("rustmem") ? ""
                : ex.getCommandLine().getCommandName() + " ") + "--help' for more information.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UsageError u) {
                err.println("error: " + u.getMessage());
                return EXIT_USAGE;
            }
            err.println("error: internal: " + ex);
            if (debug) ex.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // never a JVM trace: rustmem's own recursion or memory ran out on this input
            err.println("error: internal: " + (e instanceof StackOverflowError ? "rustmem's stack overflowed on this program"
                : "rustmem ran out of memory on this program"));
            if (debug) {
                StackTraceElement[] st = e.getStackTrace();
                for (int i = 0; i < Math.min(st.length, 120); i++) err.println("\tat " + st[i]);
            }
            code = EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }
}
