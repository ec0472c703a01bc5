package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs (tests/fresh, tests/fresh-std, tests/fresh2, tests/fresh3, tests/fresh4, tests/fresh5, tests/fresh6, tests/fresh7, tests/fresh8, tests/fresh9, tests/fresh10, tests/fresh11, tests/fresh12, tests/fresh13, tests/fresh14, tests/fresh15, tests/fresh17, tests/fresh18, tests/fresh19, tests/fresh20, tests/fresh21, tests/fresh22, tests/fresh23, tests/fresh24, tests/fresh25, tests/fresh26, tests/fresh27: written the way users write programs, their
 * expected output made by rustc 1.95's binaries with scripts/gen-fresh-golden.sh) run on the new pipeline in
 * this JVM: stdout, exit code and the first panic block (normalised as the corpus's check.sh does) must be the
 * binary's. Programs listed in tests/known-failures.txt must still fail (remove a line when it passes).
 */
class GoldenProgramsTest {
    private static final List<String> DIRS = List.of("tests/fresh", "tests/fresh-std", "tests/fresh2", "tests/fresh3", "tests/fresh4", "tests/fresh5", "tests/fresh6", "tests/fresh7", "tests/fresh8", "tests/fresh9", "tests/fresh10", "tests/fresh11", "tests/fresh12", "tests/fresh13", "tests/fresh14", "tests/fresh15", "tests/fresh17", "tests/fresh18", "tests/fresh19", "tests/fresh20", "tests/fresh21", "tests/fresh22", "tests/fresh23", "tests/fresh24", "tests/fresh25", "tests/fresh26", "tests/fresh27", "tests/regress");
    private static final long MAX_STEPS = 2_000_000_000L;

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        Map<String, String> known = knownFailures(Path.of("tests/known-failures.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String dir : DIRS) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                for (Path rs : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                    String key = dir + "/" + rs.getFileName();
                    tests.add(DynamicTest.dynamicTest(key, () -> {
                        String failure = failure(rs);
                        if (known.containsKey(key)) {
                            assertNotNull(failure, key + " passes now: remove it from tests/known-failures.txt");
                        } else {
                            assertEquals(null, failure, key);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Why the program's run differs from the binary's, or null when it agrees. */
    private static String failure(Path rs) throws IOException { return failure(rs, LimitOptions.Limits.steps(MAX_STEPS)); }

    /** ... run with these limits, on a thread with a large stack as `rustmem` runs it (the interpreter recurses once per call). */
    static String failure(Path rs, LimitOptions.Limits limits) throws IOException {
        String[] out = new String[1];
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = failureOnThisThread(rs, limits);
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "golden", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (failed[0] instanceof IOException e) throw e;
        if (failed[0] instanceof RuntimeException e) throw e;
        if (failed[0] instanceof Error e) throw e;
        return out[0];
    }

    private static String failureOnThisThread(Path rs, LimitOptions.Limits limits) throws IOException {
        String base = rs.toString().substring(0, rs.toString().length() - 3);
        StringWriter diags = new StringWriter();
        SourceLoader.Parsed parsed = SourceLoader.parse(rs, new PrintWriter(diags));
        if (parsed == null) return "does not parse: " + diags;
        Path stdinFile = Path.of(base + ".stdin");
        InputStream stdin = Files.exists(stdinFile) ? Files.newInputStream(stdinFile) : new ByteArrayInputStream(new byte[0]);
        String stem = rs.getFileName().toString().replaceFirst("\\.rs$", "");
        NewPipeline.Outcome o = NewPipeline.run(parsed, limits, List.of("./" + stem), stdin, null, false, null);   // argv[0] as `run` gives it
        return difference(o, base);
    }

    /** How a run differs from the binary's (base.stdout, base.exit, base.stderr's panic block), or null. */
    static String difference(NewPipeline.Outcome o, String base) throws IOException {
        if (!(o instanceof NewPipeline.Result r)) return "the new pipeline cannot run it: " + ((NewPipeline.Failure) o).diagnostics();
        String out = new String(r.stdout(), StandardCharsets.UTF_8);
        String want = Files.readString(Path.of(base + ".stdout"));
        if (!out.equals(want)) return "stdout differs:\n--- got\n" + out + "\n--- want\n" + want;
        int exit = Integer.parseInt(Files.readString(Path.of(base + ".exit")).trim());
        if (r.code() != exit) return "exit " + r.code() + ", want " + exit + ": " + new String(r.stderr(), StandardCharsets.UTF_8);
        Path stderr = Path.of(base + ".stderr");
        if (Files.exists(stderr)) {
            String got = panicBlock(new String(r.stderr(), StandardCharsets.UTF_8));
            String wantPanic = Files.readString(stderr).stripTrailing();
            if (!got.equals(wantPanic)) return "panic differs:\n--- got\n" + got + "\n--- want\n" + wantPanic;
        }
        return null;
    }

    /** The first panic block as check.sh normalises it: no thread id, the file as FILE, up to the `note:` line. */
    static String panicBlock(String stderr) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : stderr.split("\n", -1)) {
            if (!in) {
                if (line.matches("^thread '.*'( \\(\\d+\\))? panicked at .*:\\d+:\\d+:$")) {
                    String name = line.substring(0, line.indexOf("' ") + 1);
                    String loc = line.replaceAll("^.*(:\\d+:\\d+:)$", "$1");
                    out.append(name).append(" panicked at FILE").append(loc).append('\n');
                    in = true;
                }
            } else {
                if (line.startsWith("note: ") || line.startsWith("stack backtrace:")) break;
                out.append(line).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    /** A known-failures file: `key  reason` lines; # starts a comment. */
    static Map<String, String> knownFailures(Path f) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(f)) return out;
        for (String line : Files.readAllLines(f)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] parts = l.split("\\s+", 2);
            out.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return out;
    }
}
