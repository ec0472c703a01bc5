package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustmem.cli.CliTest.Result;

/**
 * The command line's help, version and usage errors, byte for byte as users see them: picocli renders them from the
 * commands' declarations (CommandDecl), and they are those it rendered from the annotations the commands had before.
 */
class UsageTest {
    @TempDir
    Path dir;

    private static Result run(String... args) { return CliTest.run(args); }

    private static void assertHelp(String expected, String... args) {
        assertEquals(new Result(0, expected, ""), run(args), String.join(" ", args));
    }

    /** Exit code 2, nothing on stdout, the message and (for picocli's own errors) where to look on stderr. */
    private static void assertUsageError(String expected, String... args) {
        assertEquals(new Result(Main.EXIT_USAGE, "", expected), run(args), String.join(" ", args));
    }

    private static String tryHelp(String command) {
        return "Try 'rustmem " + (command.isEmpty() ? "" : command + " ") + "--help' for more information.\n";
    }

    @Test
    void rustmemsHelpListsTheVisibleCommands() {
        assertHelp(ROOT_HELP, "--help");
        assertHelp(ROOT_HELP, "-h");
        assertHelp(ROOT_HELP, "help");
        assertHelp(ROOT_HELP, "bogus", "--help");
    }

    @Test
    void aCommandsHelpListsItsOptionsAlphabetically() {
        assertHelp(RUN_HELP, "run", "--help");
        assertHelp(RUN_HELP, "run", "x.rs", "-h");
        assertHelp(RUN_HELP, "help", "run");
        assertHelp(TRACE_HELP, "trace", "--help");
    }

    @Test
    void testsHelpListsItsOptionsInTheOrderDeclared() {
        assertHelp(TEST_HELP, "test", "--help");
    }

    @Test
    void hiddenCommandsHaveUsageButNoHelpOption() {
        assertFalse(ROOT_HELP.contains("mir"));
        assertHelp(MIR_HELP, "help", "mir");
        assertUsageError("error: Missing required parameter: 'FILE'\n" + tryHelp("mir"), "mir", "--help");
    }

    @Test
    void theHelpCommandIsPicocliHelpCommand() {
        assertHelp(HELP_HELP, "help", "help");
        assertHelp(HELP_HELP, "help", "--help");
        assertUsageError("error: Unknown subcommand 'bogus'.\n" + tryHelp(""), "help", "bogus");
    }

    @Test
    void onlyRustmemItselfHasAVersion() {
        assertHelp("rustmem 0.1.0\n", "--version");
        assertHelp("rustmem 0.1.0\n", "-V");
        assertHelp("", "run", "--version");
    }

    @Test
    void picocliReportsBadCommandLines() {
        assertUsageError("error: missing command\n" + tryHelp(""));
        assertUsageError("error: Unmatched argument at index 0: 'bogus'\n" + tryHelp(""), "bogus");
        assertUsageError("error: Unknown option: '--debug'\n" + tryHelp(""), "--debug");
        assertUsageError("error: Missing required parameter: 'FILE'\n" + tryHelp("run"), "run");
        assertUsageError("error: Unknown option: '--bogus'\n" + tryHelp("run"), "run", "--bogus", "x.rs");
        assertUsageError("error: Unknown option: '--mem'\n" + tryHelp("run"), "run", "--mem", "x.rs");
        assertUsageError("error: Unmatched argument at index 2: 'y.rs'\n" + tryHelp("check"), "check", "x.rs", "y.rs");
        // 2021 is taken for FILE: layout has no --edition
        assertUsageError("error: Unknown options: '--edition', 'x.rs'\n" + tryHelp("layout"), "layout", "--edition", "2021", "x.rs");
        assertUsageError("error: Unknown option: '--debug'\n" + tryHelp("exec"), "exec", "--debug", "x.rs");
        assertUsageError("error: option '--debug' should be specified only once\n" + tryHelp("run"), "run", "--debug", "--debug", "x.rs");
    }

    @Test
    void picocliReportsBadOptionValuesInEitherForm() {
        for (String[] args : new String[][] {{"run", "--max-steps", "abc", "x.rs"}, {"run", "--max-steps=abc", "x.rs"}}) {
            assertUsageError("error: Invalid value for option '--max-steps': 'abc' is not a long\n" + tryHelp("run"), args);
        }
        assertUsageError("error: option '--max-steps' (N) should be specified only once\n" + tryHelp("run"),
            "run", "--max-steps", "5", "--max-steps", "6", "x.rs");
        assertUsageError("error: Missing required parameter for option '--max-steps' (N)\n" + tryHelp("run"), "run", "x.rs", "--max-steps");
        assertUsageError("error: Invalid value for option '--edition': argument for `--edition` must be one of: 2015|2018|2021|2024. "
            + "(instead was `2019`)\n" + tryHelp("check"), "check", "--edition=2019", "x.rs");
        assertUsageError("error: Invalid value for option '--at' (LINE): 'abc' is not an int\n" + tryHelp("trace"), "trace", "--at", "abc", "x.rs");
        assertUsageError("error: Missing required parameter for option '--test-threads' (N)\n" + tryHelp("test"),
            "test", "x.rs", "--test-threads");
        assertUsageError("error: Invalid value for option '--port': 'abc' is not an int\n" + tryHelp("serve"), "serve", "--port=abc");
        assertUsageError("error: Missing required parameter for option '--fn' (<only>)\n" + tryHelp("mir"), "mir", "--fn");
    }

    @Test
    void commandsCheckTheirValuesGivenEitherWay() throws IOException {
        Path f = dir.resolve("main.rs");
        Files.writeString(f, "fn main() {}\n");
        assertUsageError("error: --max-steps must be positive\n", "run", "--max-steps", "0", f.toString());
        assertUsageError("error: --max-steps must be positive\n", "run", "--max-steps=0", f.toString());
        assertUsageError("error: --time-limit must not be negative\n", "run", f.toString(), "--time-limit", "-1");
        assertUsageError("error: unknown target `nope`; supported: x86_64-unknown-linux-gnu, i686-unknown-linux-gnu, "
            + "aarch64-unknown-linux-gnu, thumbv6m-none-eabi\n", "layout", "--target", "nope", f.toString());
        assertUsageError("error: --port must be between 0 and 65535\n", "serve", "--port", "70000");
    }

    @Test
    void anOptionGivenIsToldFromItsDefault() {
        // sections refuses --target for an ELF file even when it names the default target; without it, it reads the file
        String elf = dir.resolve("a.out").toString();
        assertUsageError("error: --target applies to programs (FILE.rs); an ELF file says its own target\n",
            "sections", "--target=x86_64-unknown-linux-gnu", elf);
        assertEquals(Main.EXIT_USAGE, run("sections", elf).code());
        assertEquals("error: couldn't read `" + elf + "`: No such file\n", run("sections", elf).err());
    }

    @Test
    void argumentsAfterDashDashAreTheProgramsOwn() throws IOException {
        Path f = dir.resolve("count.rs");
        Files.writeString(f, "fn main() { std::process::exit(std::env::args().count() as i32); }\n");
        Result r = run("run", f.toString(), "--", "a", "--memory", "--help");
        assertEquals(new Result(4, "", ""), r, "./count a --memory --help, and no memory report: " + r);
        assertEquals(3, run("run", f.toString(), "a", "b").code());
    }

    private static final String ROOT_HELP = """
        Usage: rustmem [-hV] [COMMAND]
        Rust's memory model, executable and visible.
          -h, --help      Show this help message and exit.
          -V, --version   Print version information and exit.
        Commands:
          run       Run a program on the simulated process: stdout, stderr and exit
                      code as the compiled binary's.
          test      Run the program's #[test] functions as `rustc --test FILE` and the
                      test binary do: libtest's output and exit code (tests run one at
                      a time, in name order; the time is the simulated clock's).
          check     Check a program as rustc does: syntax, names, types and borrows;
                      exit 1 on error.
          layout    Show the memory layout of every type declared in FILE (or of --type
                      T), as rustc lays it out.
          trace     Run a program traced: each line's calls, the values variables are
                      given, scopes ending, moves, drops and heap calls; with
                      --at/--step, the stack, heap and static memory at those steps.
          sections  Show the sections of an ELF binary (name, type, flags, address,
                      offset, size, alignment, segments), or of the simulated image of
                      a program FILE.rs.
          serve     Serve the web page (write a program, run it, step through its
                      memory) and its JSON API (docs/api.md).
          help      Display help information about the specified command.
        """;

    private static final String RUN_HELP = """
        Usage: rustmem run [-hV] [--debug] [--emit-mir] [--memory]
                           [--edition=2015|2018|2021|2024] [--max-steps=N]
                           [--time-limit=SECONDS] FILE [ARGS...]
        Run a program on the simulated process: stdout, stderr and exit code as the
        compiled binary's.
              FILE                   Rust source file
              [ARGS...]              Arguments for the program (after --)
              --debug                Show Java stack traces of internal errors
              --edition=2015|2018|2021|2024
                                     The Rust edition the program is written to
                                       (default 2024)
              --emit-mir             Print the MIR of the program's functions instead
                                       of running it
          -h, --help                 Show this help message and exit.
              --max-steps=N          Stop the program after N steps: calls and loop
                                       iterations (default 5000000000)
              --memory               After the program exits, report heap allocations,
                                       frees, reallocations, bytes, peak use, brk/mmap
                                       calls, the stack's high-water mark and leaked
                                       blocks on stderr
              --time-limit=SECONDS   Stop the program after SECONDS of wall-clock time;
                                       0: no limit (default 30)
          -V, --version              Print version information and exit.
        """;

    private static final String TEST_HELP = """
        Usage: rustmem test [-hqV] [--exact] [--ignored] [--include-ignored] [--list]
                            [--memory] [--nocapture] [--show-output]
                            [--edition=2015|2018|2021|2024] [--max-steps=N]
                            [--test-threads=N] [--time-limit=SECONDS]
                            [--skip=FILTER]... FILE [FILTER...]
        Run the program's #[test] functions as `rustc --test FILE` and the test binary
        do: libtest's output and exit code (tests run one at a time, in name order; the
        time is the simulated clock's).
        The test binary's other options can follow `--`, e.g. `-- --help`.
              FILE                   Rust source file
              [FILTER...]            Run only the tests whose names contain FILTER
              --exact                Exactly match filters rather than by substring
              --skip=FILTER          Skip tests whose names contain FILTER (repeatable)
              --ignored              Run only ignored tests
              --include-ignored      Run ignored and not ignored tests
              --list                 List all tests
              --nocapture, --no-capture
                                     Don't capture the tests' stdout/stderr, print it
                                       directly
              --show-output          Show captured stdout of successful tests
          -q, --quiet                Display one character per test instead of one line
              --test-threads=N       Number of threads used for running tests (default
                                       1)
              --max-steps=N          Stop the program after N steps: calls and loop
                                       iterations (default 5000000000)
              --time-limit=SECONDS   Stop the program after SECONDS of wall-clock time;
                                       0: no limit (default 30)
              --memory               After the run, report heap allocations, frees,
                                       bytes, peak use and leaked blocks on stderr
              --edition=2015|2018|2021|2024
                                     The Rust edition the program is written to
                                       (default 2024)
          -h, --help                 Show this help message and exit.
          -V, --version              Print version information and exit.
        """;

    private static final String TRACE_HELP = """
        Usage: rustmem trace [-hV] [--debug] [--json] [--std-frames] [--text]
                             [--edition=2015|2018|2021|2024] [--max-events=N]
                             [--max-snapshots=N] [--max-steps=N] [--svg=DIR]
                             [--time-limit=SECONDS] [--at=LINE[,LINE...]]...
                             [--function=NAME[,NAME...]]... [--step=N[,N...]]... FILE
                             [ARGS...]
        Run a program traced: each line's calls, the values variables are given, scopes
        ending, moves, drops and heap calls; with --at/--step, the stack, heap and
        static memory at those steps.
              FILE                   Rust source file
              [ARGS...]              Arguments for the program (after --)
              --at=LINE[,LINE...]    Show the memory each time line LINE is about to
                                       run (repeatable, or comma-separated)
              --debug                Show Java stack traces of internal errors
              --edition=2015|2018|2021|2024
                                     The Rust edition the program is written to
                                       (default 2024)
              --function=NAME[,NAME...]
                                     Show the memory when each call of the function
                                       NAME (`add_one`, `Stack::push`) starts its first
                                       line
          -h, --help                 Show this help message and exit.
              --json                 Print the trace as JSON (docs/trace-format.md)
                                       instead of text
              --max-events=N         Record at most N events; later ones are counted,
                                       not kept (default 100000)
              --max-snapshots=N      Take at most N snapshots (default 50)
              --max-steps=N          Stop the program after N steps: calls and loop
                                       iterations (default 5000000000)
              --std-frames           Count calls into std's functions as events too
                                       (they are always on the stack)
              --step=N[,N...]        Show the memory at step N (repeatable)
              --svg=DIR              Write each snapshot as an SVG picture into DIR
                                       (step-N-line-L.svg); needs --at, --step or
                                       --function
              --text                 Print the trace as text (the default)
              --time-limit=SECONDS   Stop the program after SECONDS of wall-clock time;
                                       0: no limit (default 30)
          -V, --version              Print version information and exit.
        """;

    private static final String MIR_HELP = """
        Usage: rustmem mir [--edition=2015|2018|2021|2024] [--fn=<only>] FILE
        Print the MIR of a program's functions (development).
              FILE
              --edition=2015|2018|2021|2024
                            The Rust edition the program is written to (default 2024)
              --fn=<only>   Only the functions whose path contains this
        """;

    private static final String HELP_HELP = """
        Display help information about the specified command.

        Usage: rustmem help [-h] [COMMAND]

        When no COMMAND is given, the usage help for the main command is displayed.
        If a COMMAND is specified, the help for that command is shown.

              [COMMAND]   The COMMAND to display the usage help message for.
          -h, --help      Show usage help for the help command and exit.
        """;
}
