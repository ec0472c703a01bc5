package rustmem.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rustmem} command line: one subcommand per user-facing command of DESIGN.md. */
@Command(name = "rustmem", mixinStandardHelpOptions = true, version = "rustmem 0.1.0",
    description = "Rust's memory model, executable and visible.")
public final class Main implements Runnable {
    /** Exit code for usage errors (bad flags, missing files, commands not built yet). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a failure inside rustmem itself. */
    public static final int EXIT_INTERNAL = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Deeply nested programs need deep recursion in the parser (and later the interpreter). */
    private static final long MAIN_STACK_BYTES = 512L << 20;

    public static void main(String[] args) throws InterruptedException {
        TimePasses.end("JVM start");
        int[] code = {EXIT_INTERNAL};
        Thread t = new Thread(null, () -> code[0] = execute(args, new PrintWriter(System.out, true),
            new PrintWriter(System.err, true)), "rustmem", MAIN_STACK_BYTES);
        t.start();
        t.join();
        TimePasses.end("output and end");
        System.exit(code[0]);
    }

    /** The subcommands, in the order `--help` lists them. */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = new java.util.LinkedHashMap<>();
    static {
        SUBCOMMANDS.put("run", RunCommand::new);
        SUBCOMMANDS.put("test", TestCommand::new);
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("layout", LayoutCommand::new);
        SUBCOMMANDS.put("trace", TraceCommand::new);
        SUBCOMMANDS.put("sections", SectionsCommand::new);
        SUBCOMMANDS.put("serve", ServeCommand::new);
        SUBCOMMANDS.put("aot-training", TrainCommand::new);
        SUBCOMMANDS.put("typeck", TypeckCommand::new);
        SUBCOMMANDS.put("mir", MirCommand::new);
        SUBCOMMANDS.put("exec", ExecCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /**
     * Registers the invoked subcommand only, or all of them for help and errors: picocli reads a
     * command's annotations when it is registered, a third of a short run's start-up for all of them.
     */
    private static void addSubcommands(CommandLine cl, String invoked) {
        for (var e : SUBCOMMANDS.entrySet()) {
            if (invoked.equals("help") || !SUBCOMMANDS.containsKey(invoked) || e.getKey().equals(invoked)) {
                cl.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug") || System.getenv("RUSTMEM_DEBUG") != null;
        CommandLine cl = new CommandLine(new Main());
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
