package rustmem.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rustmem} command line: one subcommand per user-facing command of DESIGN.md. */
@Command(name = "rustmem", mixinStandardHelpOptions = true, version = "rustmem 0.1.0",
    description = "Rust's memory model, executable and visible.",
    subcommands = {RunCommand.class, CheckCommand.class, LayoutCommand.class, TraceCommand.class,
        SectionsCommand.class, ServeCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
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
        int[] code = {EXIT_INTERNAL};
        Thread t = new Thread(null, () -> code[0] = execute(args, new PrintWriter(System.out, true),
            new PrintWriter(System.err, true)), "rustmem", MAIN_STACK_BYTES);
        t.start();
        t.join();
        System.exit(code[0]);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Main());
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
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
