package rustmem.cli;

import picocli.CommandLine.Model.OptionSpec;

/** The limits on a program's run that `run`, `trace`, `test` and `exec` take: steps and wall-clock time. */
final class LimitOptions {
    private final Arg<Long> maxSteps;
    private final Arg<Long> timeLimit;

    LimitOptions(CommandDecl cmd) {
        maxSteps = cmd.option(long.class, OptionSpec.builder("--max-steps").paramLabel("N").defaultValue("5000000000")
            .description("Stop the program after N steps: calls and loop iterations (default ${DEFAULT-VALUE})"));
        timeLimit = cmd.option(long.class, OptionSpec.builder("--time-limit").paramLabel("SECONDS").defaultValue("30")
            .description("Stop the program after SECONDS of wall-clock time; 0: no limit (default ${DEFAULT-VALUE})"));
    }

    /** The limits, checked: a negative or zero step limit, or a negative time, is a usage error. */
    Limits limits() {
        if (maxSteps.get() <= 0) throw new UsageError("--max-steps must be positive");
        if (timeLimit.get() < 0) throw new UsageError("--time-limit must not be negative");
        return new Limits(maxSteps.get(), timeLimit.get(), Long.MAX_VALUE);
    }

    /**
     * Steps and seconds (0: no limit on time) a run may take, and the bytes of heap it may hold at once; tierUpAfter:
     * the blocks a body runs before it gets the interpreter's second tier (0: the interpreter's default; tests lower it).
     */
    record Limits(long maxSteps, long timeLimitSeconds, long maxMemoryBytes, int tierUpAfter) {
        Limits(long maxSteps, long timeLimitSeconds, long maxMemoryBytes) { this(maxSteps, timeLimitSeconds, maxMemoryBytes, 0); }

        /** A step limit alone (tests and replays). */
        static Limits steps(long maxSteps) { return new Limits(maxSteps, 0, Long.MAX_VALUE); }

        Limits withTierUpAfter(int blocks) { return new Limits(maxSteps, timeLimitSeconds, maxMemoryBytes, blocks); }

        /** An interpreter for the run with these limits. */
        rustmem.interp.Interpreter interpreter(rustmem.types.TyCtxt tcx, rustmem.interp.Machine m) {
            rustmem.interp.Interpreter in = new rustmem.interp.Interpreter(tcx, m, maxSteps);
            if (tierUpAfter > 0) in.setTierUpAfter(tierUpAfter);
            in.setTimeLimit(timeLimitSeconds);
            m.allocator.setLimit(maxMemoryBytes);
            return in;
        }
    }
}
