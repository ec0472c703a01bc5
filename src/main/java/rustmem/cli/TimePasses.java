package rustmem.cli;

/**
 * rustc's {@code -Z time-passes} for rustmem's start-up: with the environment variable {@code RUSTMEM_TIME_PASSES}
 * set, each pass's wall-clock time goes to stderr as it ends (`time: 0.041 s  std image`), the first counted from the
 * JVM's start. (A profiler misleads here: a JFR recording turns the JDK's AOT cache off, and with it the classes,
 * linked lambdas and profiles a run starts with.)
 */
final class TimePasses {
    private TimePasses() {}

    static final boolean ON = System.getenv("RUSTMEM_TIME_PASSES") != null;
    private static long last = -1;

    /** The pass that ended now. */
    static void end(String pass) {
        if (!ON) return;
        long now = System.nanoTime();
        if (last < 0) {
            // the first: since the JVM started
            last = now - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
        }
        System.err.printf("time: %.3f s  %s%n", (now - last) / 1e9, pass);
        last = System.nanoTime();   // (the time this took is no pass's)
    }

    /** A count the passes' work depends on (`parts of std read from its image: 85`). */
    static void count(String what, int n) {
        if (ON) System.err.printf("%s: %d%n", what, n);
    }
}
