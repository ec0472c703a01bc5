package rustmem.borrowck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rustmem.cli.Main;

/**
 * The borrow checker against rustc on tests/borrowck: each program of fail/ gets rustc's first error code on
 * rustc's line (NAME.expected, from scripts/gen-borrowck-golden.sh) and exit 1; each of pass/ (near misses
 * rustc accepts) checks clean. Programs listed in tests/borrowck/known-failures.txt (with their causes) are
 * expected to disagree still, so that the list stays true.
 */
class BorrowckGoldenTest {
    private static final Path DIR = Path.of("tests/borrowck");
    private static final Pattern FIRST = Pattern.compile("error(?:\\[(E\\d{4})\\])?: .*\\n\\s*--> [^\\n]*?:(\\d+):\\d+");

    private static Set<String> knownFailures() throws IOException {
        try (Stream<String> lines = Files.lines(DIR.resolve("known-failures.txt"))) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).collect(Collectors.toSet());
        }
    }

    private static List<Path> programs(String sub) throws IOException {
        try (Stream<Path> s = Files.list(DIR.resolve(sub))) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
    }

    /** What check says: "CODE LINE" of its first error (code "none" without one), or "clean". */
    private static String verdict(Path f, int[] exit) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        exit[0] = Main.execute(new String[] {"check", f.toString()}, new PrintWriter(out), new PrintWriter(err));
        Matcher m = FIRST.matcher(err.toString());
        if (!m.find()) return exit[0] == 0 ? "clean" : "exit " + exit[0] + ": " + err.toString().lines().findFirst().orElse("");
        return (m.group(1) == null ? "none" : m.group(1)) + " " + m.group(2);
    }

    @TestFactory
    Stream<DynamicTest> rejectedAsRustcDoes() throws IOException {
        Set<String> known = knownFailures();
        List<Path> files = programs("fail");
        assertTrue(files.size() >= 150, "the golden programs are there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = "fail/" + f.getFileName();
            String want = Files.readString(Path.of(f.toString().replace(".rs", ".expected"))).strip();
            int[] exit = new int[1];
            String got = verdict(f, exit);
            boolean agrees = want.equals(got) && exit[0] == 1;
            if (known.contains(name)) assertTrue(!agrees, name + " agrees with rustc now: take it off known-failures.txt");
            else {
                assertEquals(want, got, name);
                assertEquals(1, exit[0], name);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> acceptedAsRustcDoes() throws IOException {
        Set<String> known = knownFailures();
        List<Path> files = programs("pass");
        assertTrue(files.size() >= 150, "the golden programs are there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = "pass/" + f.getFileName();
            int[] exit = new int[1];
            String got = verdict(f, exit);
            if (known.contains(name)) assertTrue(!got.equals("clean"), name + " checks clean now: take it off known-failures.txt");
            else assertEquals("clean", got, name);
        }));
    }

    /** bench/'s programs (too long to run in the tests) compile under rustc: they check clean. */
    @TestFactory
    Stream<DynamicTest> benchProgramsCheckClean() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("bench/programs"))) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "the bench programs are there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
            () -> assertEquals("clean", verdict(f, new int[1]), f.toString())));
    }
}
