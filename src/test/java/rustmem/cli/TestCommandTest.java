package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code rustmem test} in this JVM on a handful of tests/libtest programs (#[test]s as course exercises write them;
 * their expected output made by rustc 1.95's test binaries with scripts/gen-libtest-golden.sh): stdout, stderr and
 * exit code must be the test binary's run with --test-threads=1 (and NAME.args), normalised as that script does
 * (no thread id in panic messages, "finished in 0.00s").
 */
class TestCommandTest {
    private static final long MAX_STEPS = 2_000_000_000L;

    /** Every program of tests/libtest. */
    private static final List<String> PROGRAMS = programs();

    private static List<String> programs() {
        try (Stream<Path> s = Files.list(Path.of("tests/libtest"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rs")).map(n -> n.substring(0, n.length() - 3))
                .sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Programs that still differ, with why: each must keep failing until fixed (then remove it here). */
    private static final Map<String, String> KNOWN_FAILURES = Map.of();

    @TestFactory
    Stream<DynamicTest> libtestGoldens() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : PROGRAMS) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String failure = failure(Path.of("tests/libtest/" + name + ".rs"));
                if (KNOWN_FAILURES.containsKey(name)) {
                    assertNotNull(failure, name + " passes now: remove it from KNOWN_FAILURES");
                } else {
                    assertEquals(null, failure, name);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void optionsBecomeTheTestBinarysArguments() {
        TestCommand c = new TestCommand();
        new picocli.CommandLine(c.cmd.spec).parseArgs("lib.rs", "tests::add", "--format=json", "--include-ignored", "--skip", "slow",
            "--test-threads=1", "--exact");
        assertEquals(List.of("--exact", "--skip", "slow", "--include-ignored", "--test-threads=1", "--format=json", "tests::add"),
            c.testArgs());
        TestCommand dashes = new TestCommand();
        new picocli.CommandLine(dashes.cmd.spec).parseArgs("lib.rs", "--quiet", "--", "--help", "-q");
        assertEquals(List.of("--quiet", "--help", "-q"), dashes.testArgs(), "after --: the test binary's, as filters are");
    }

    @Test
    void cfgTestHoldsOnlyInTestBuilds() throws IOException {
        Path file = Files.createTempFile("cfg_test", ".rs");
        try {
            Files.writeString(file, """
                fn main() { println!("main: {}", cfg!(test)); }
                #[cfg(test)]
                fn helper() -> i32 { 4 }
                #[test]
                fn uses_helper() { assert!(cfg!(test)); assert_eq!(helper(), 4); }
                """);
            Run r = run(file, List.of("--test-threads=1"));
            assertEquals(0, r.code(), r.stderr());
            assertEquals("\nrunning 1 test\ntest uses_helper ... ok\n\n"
                + "test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\n", r.stdout());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Run(int code, String stdout, String stderr) {}

    private static Run run(Path rs, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        StringWriter diags = new StringWriter();
        int code = TestCommand.run(rs, rustmem.source.Edition.DEFAULT, args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), new PrintWriter(diags, true), LimitOptions.Limits.steps(MAX_STEPS), false);
        return new Run(code, normalise(out.toString(StandardCharsets.UTF_8)), normalise(err.toString(StandardCharsets.UTF_8)) + diags);
    }

    /** Why the run differs from the test binary's, or null when it agrees. */
    private static String failure(Path rs) throws IOException {
        String base = rs.toString().substring(0, rs.toString().length() - 3);
        List<String> args = new ArrayList<>(List.of("--test-threads=1"));
        Path argsFile = Path.of(base + ".args");
        if (Files.exists(argsFile)) args.addAll(Arrays.asList(Files.readString(argsFile).trim().split(" +")));
        Run r = run(rs, args);
        String want = Files.readString(Path.of(base + ".stdout"));
        if (!r.stdout().equals(want)) return "stdout differs:\n--- got\n" + r.stdout() + "\n--- want\n" + want;
        int exit = Integer.parseInt(Files.readString(Path.of(base + ".exit")).trim());
        if (r.code() != exit) return "exit " + r.code() + ", want " + exit + ": " + r.stderr();
        Path stderrFile = Path.of(base + ".stderr");
        String wantErr = Files.exists(stderrFile) ? Files.readString(stderrFile) : "";
        if (!r.stderr().equals(wantErr)) return "stderr differs:\n--- got\n" + r.stderr() + "\n--- want\n" + wantErr;
        return null;
    }

    /** As scripts/gen-libtest-golden.sh normalises the test binary's output. */
    private static String normalise(String s) {
        return s.replaceAll("(?m)^(thread '.*') \\(\\d+\\) panicked at ", "$1 panicked at ")
            .replaceAll("(?m)finished in \\d+\\.\\d+s$", "finished in 0.00s");
    }
}
