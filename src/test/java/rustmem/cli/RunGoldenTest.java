package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs of tests/run-pass/ run on the interpreter exactly as the rustc-compiled binary ran:
 * stdout, exit code, and the panic message block (golden files from scripts/gen-run-golden.sh).
 */
class RunGoldenTest {
    private static final Path DIR = Path.of("tests/run-pass");

    record Outcome(int code, String stdout, String stderr, String diagnostics) {}

    static Outcome run(Path file) { return run(file, 1_000_000_000L); }

    static Outcome run(Path file, long maxSteps) { return run(file, LimitOptions.Limits.steps(maxSteps)); }

    static Outcome run(Path file, LimitOptions.Limits limits) {
        StringWriter diag = new StringWriter();
        PrintWriter diagWriter = new PrintWriter(diag);
        String stem = file.getFileName().toString().replaceAll("\\.rs$", "");
        // as `rustmem` runs it: parsed and run on a thread with a large stack (the parser recurses per nesting level,
        // the interpreter once per call)
        NewPipeline.Outcome[] box = new NewPipeline.Outcome[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                SourceLoader.Parsed parsed = SourceLoader.parse(file, diagWriter);
                diagWriter.flush();
                if (parsed != null) {
                    box[0] = NewPipeline.run(parsed, limits, List.of("./" + stem), java.io.InputStream.nullInputStream(), null, false, null);
                }
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "run-golden", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (failed[0] instanceof rustmem.interp.Interpreter.StepLimit limit) return new Outcome(Main.EXIT_USAGE, "", "", "error: " + limit.getMessage());
        if (failed[0] != null) throw failed[0];
        NewPipeline.Outcome o = box[0];
        if (o == null) return new Outcome(1, "", "", diag.toString());
        return switch (o) {
            case NewPipeline.Result r -> new Outcome(r.code(), new String(r.stdout(), StandardCharsets.UTF_8),
                new String(r.stderr(), StandardCharsets.UTF_8), "");
            case NewPipeline.Failure f -> new Outcome(f.code(), new String(f.stdout(), StandardCharsets.UTF_8),
                new String(f.stderr(), StandardCharsets.UTF_8), f.diagnostics());
        };
    }

    /** The first panic block as check.sh normalises it: thread id dropped, path replaced by FILE. */
    static String panicBlock(String stderr) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : stderr.split("\n", -1)) {
            if (!in && line.matches("^thread '.*'( \\(\\d+\\))? panicked at .*:\\d+:\\d+:$")) {
                String loc = line.replaceAll("^.*(:\\d+:\\d+:)$", "$1");
                out.add(line.replaceAll(" \\(\\d+\\) panicked at .*$", " panicked at FILE" + loc));
                in = true;
            } else if (in) {
                if (line.startsWith("note: ") || line.startsWith("stack backtrace:")) break;
                out.add(line);
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return String.join("\n", out);
    }

    /** The tour's examples either run exactly as the rustc binary does or are refused as unsupported. */
    @TestFactory
    Stream<DynamicTest> examplesRunRightOrSaySoThatTheyCannot() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        return examples.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString().replaceAll("\\.rs$", "");
            Outcome o = run(p);
            if (o.code() == 2) {
                assertTrue(o.diagnostics().startsWith("error: unsupported: "), o.diagnostics());
                return;
            }
            assertEquals("", o.diagnostics());
            assertEquals(Files.readString(Path.of("examples/expected/" + name + ".stdout")), o.stdout(), "stdout");
            assertEquals(Integer.parseInt(Files.readString(Path.of("examples/expected/" + name + ".exit")).trim()), o.code());
        }));
    }

    @TestFactory
    Stream<DynamicTest> programsRunAsTheRustcBinaryDoes() throws IOException {
        return goldenPrograms(DIR, 20);
    }

    /**
     * HashMap and HashSet programs of tests/hash-order/ print what std's hashbrown and SipHash-1-3 give under
     * rustmem's RandomState keys (scripts/gen-hash-order-golden.sh): iteration order shows every bucket.
     */
    @TestFactory
    Stream<DynamicTest> hashMapsIterateAsStdDoes() throws IOException {
        return goldenPrograms(Path.of("tests/hash-order"), 2);
    }

    private static Stream<DynamicTest> goldenPrograms(Path dir, int atLeast) throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(dir)) {
            programs = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertTrue(programs.size() >= atLeast, "expected the golden programs of " + dir);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String base = p.toString().replaceAll("\\.rs$", "");
            Outcome o = run(p);
            assertEquals("", o.diagnostics(), "rustmem should run this program");
            assertEquals(Files.readString(Path.of(base + ".stdout")), o.stdout(), "stdout");
            assertEquals(Integer.parseInt(Files.readString(Path.of(base + ".exit")).trim()), o.code(), "exit code");
            Path stderr = Path.of(base + ".stderr");
            if (Files.exists(stderr)) {
                String want = Files.readString(stderr).stripTrailing();
                String got = want.contains("has overflowed its stack")
                    ? o.stderr().replaceAll(" \\(\\d+\\) has overflowed", " has overflowed").stripTrailing()
                    : panicBlock(o.stderr());
                assertNotNull(got);
                assertEquals(want, got, "stderr");
            }
        }));
    }
}
