package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Undefined behaviour at the right line with the right kind (issue 16): tests/ub's programs each do one undefined
 * thing; scripts/gen-ub-golden.sh found what and where with an oracle independent of rustmem — the rustc debug
 * binary's own UB checks, valgrind, or AddressSanitizer — into NAME.expected (`KIND LINE ORACLE`), and what the
 * binary printed into NAME.stdout. rustmem must stop there with Miri's report, of that kind — or, where std's debug
 * build checks an `unsafe` function's precondition, with the binary's own abort (`unsafe precondition(s) violated`). Programs listed in
 * tests/ub/known-failures.txt (`NAME  reason`) must still fail: what rustmem cannot see yet.
 */
class UbGoldenTest {
    private static final Path DIR = Path.of("tests/ub");
    private static final Pattern AT = Pattern.compile("^error: Undefined Behavior: (.*)\\n\\s*--> [^\\n]*?:(\\d+):\\d+");
    /** std's debug precondition checks: the binary's (and rustmem's) panic that cannot unwind, at the caller's location. */
    private static final Pattern PRECONDITION = Pattern.compile("panicked at ([^\\n]*?):(\\d+):\\d+:\\nunsafe precondition\\(s\\) violated: ([^\\n]*)");

    /** The kinds a precondition's message may stand for (from_raw_parts' "aligned and non-null" is either). */
    static java.util.Set<String> preconditionKinds(String message) {
        if (message.contains("is within the") || message.contains("to be within the slice")) return java.util.Set.of("out-of-bounds");
        if (message.contains("aligned and non-null") && message.contains("overlap")) return java.util.Set.of("overlapping", "null", "misaligned");
        if (message.contains("aligned and non-null")) return java.util.Set.of("null", "misaligned");
        if (message.contains("NonNull::new_unchecked") || message.contains("NonZero::new_unchecked")) return java.util.Set.of("invalid-value");
        if (message.contains("unreachable_unchecked")) return java.util.Set.of("unreachable");
        return java.util.Set.of("precondition");
    }

    /** The kind of a report, as the oracles name kinds, from Miri's wording of it. */
    static String kind(String message) {
        if (message.contains("has been freed") && message.contains("stack slot")) return "use-after-scope";
        if (message.contains("a double free")) return "double-free";
        if (message.contains("has been freed")) return "use-after-free";
        if (message.startsWith("deallocating") || message.startsWith("realloc(")) return "invalid-free";
        // null, or an address in the first page (a field of a null pointer's struct, `null.add(2)`): what the oracles call null
        if (message.contains("null pointer") || message.matches(".*but got 0x[0-9a-f]{1,3} which points to no allocation.*")) return "null";
        if (message.contains("but got") && message.contains("out of bounds") || message.contains("which is at or beyond the end")
            || message.contains("which is before the beginning") || message.contains("only has size")) return "out-of-bounds";
        if (message.contains("alignment") && message.contains("is required")) return "misaligned";
        if (message.contains("uninitialized")) return "uninit";
        if (message.contains("overlapping")) return "overlapping";
        if (message.contains("unreachable")) return "unreachable";
        if (message.startsWith("constructing invalid value") || message.contains("invalid tag") || message.contains("invalid value")) {
            return "invalid-value";
        }
        if (message.contains("memory access failed")) return "out-of-bounds";
        return "other: " + message;
    }

    @TestFactory
    Stream<DynamicTest> reportedWhereTheOracleSaw() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        java.util.Map<String, String> known = GoldenProgramsTest.knownFailures(DIR.resolve("known-failures.txt"));
        assertTrue(files.size() - known.size() >= 60, "at least 60 golden undefined-behaviour programs reported right");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString().replaceFirst("\\.rs$", "");
            String failure = failure(f);
            if (known.containsKey(name)) {
                assertTrue(failure != null, name + " passes now: remove it from tests/ub/known-failures.txt");
            } else {
                assertEquals(null, failure, name);
            }
        }));
    }

    /** Why rustmem's report differs from the oracle's (kind, line, what was printed before), or null when it agrees. */
    static String failure(Path f) throws IOException { return failure(f, RunGoldenTest.run(f)); }

    /** ... of the outcome o of f's run. */
    static String failure(Path f, RunGoldenTest.Outcome o) throws IOException {
        String[] want = Files.readString(Path.of(f.toString().replace(".rs", ".expected"))).strip().split(" ");
        Matcher pre = PRECONDITION.matcher(o.stderr());
        if (pre.find()) {
            // the check's location is the program's call (std's #[track_caller]), or in std as the binary's is (then the
            // oracle took the line from a backtrace, which neither prints)
            if (!preconditionKinds(pre.group(3)).contains(want[0])) return "the oracle: " + want[0] + ", rustmem: " + pre.group(3);
            boolean inProgram = !pre.group(1).startsWith("<std>");
            if (inProgram && !pre.group(2).equals(want[1])) return "the oracle: line " + want[1] + ", rustmem: line " + pre.group(2);
            if (o.code() != 134) return "exit " + o.code() + " (an abort is 134)";
            return stdoutPrefix(f, o);
        }
        Matcher m = AT.matcher(o.diagnostics());
        if (!m.find()) {
            return "no undefined behaviour reported (the " + want[2] + " oracle saw " + want[0] + " at line " + want[1] + "); exit "
                + o.code() + "\n" + o.stdout() + o.stderr() + o.diagnostics();
        }
        String got = kind(m.group(1)) + " @ " + m.group(2);
        if (!got.equals(want[0] + " @ " + want[1])) return "the oracle: " + want[0] + " @ " + want[1] + ", rustmem: " + got + "\n" + o.diagnostics();
        if (o.code() != UbReport.EXIT) return "exit " + o.code();
        return stdoutPrefix(f, o);
    }

    /**
     * The binary goes on after the undefined behaviour (under valgrind, or unchecked): rustmem stops there, so what it
     * printed is the start of what the binary printed. Null when it is.
     */
    private static String stdoutPrefix(Path f, RunGoldenTest.Outcome o) throws IOException {
        Path stdout = Path.of(f.toString().replace(".rs", ".stdout"));
        if (Files.exists(stdout) && !Files.readString(stdout).startsWith(o.stdout())) {
            return "printed before: " + o.stdout() + "\nthe binary printed: " + Files.readString(stdout);
        }
        return null;
    }
}
