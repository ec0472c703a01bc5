package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Issue 18's cases against rustc (tests/hardening, from scripts/gen-hardening-golden.sh): a program rustc refuses to
 * build gets the same first error (header line and line number) from `rustmem run`, which runs nothing; one it builds
 * runs with the debug binary's stdout and exit code. (`check` answers as `rustc --emit=metadata`, without the lints on
 * MIR: CheckLintsTest.) Lints that are errors by default, #[allow] switching them off, duplicate
 * and unknown names, a byte-order mark, CRLF, bytes that are not UTF-8, deep nesting.
 */
class HardeningGoldenTest {
    private static final Path DIR = Path.of("tests/hardening");
    private static final Pattern FIRST = Pattern.compile("(?m)^(error(?:\\[E\\d{4}\\])?: .*)\\n\\s*--> [^\\n]*?:(\\d+):\\d+");

    @TestFactory
    Stream<DynamicTest> asRustcSaysIt() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertTrue(files.size() >= 25, "the golden programs are there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String[] want = Files.readString(Path.of(f.toString().replace(".rs", ".expected"))).strip().split(" ", 3);
            if (want[0].equals("reject")) {
                // rustc's full build (the lints on MIR included): what `run` refuses to build
                RunGoldenTest.Outcome o = RunGoldenTest.run(f);
                String said = o.diagnostics().replace(f.toString(), f.getFileName().toString());
                Matcher m = FIRST.matcher(said);
                assertTrue(m.find(), said);
                assertEquals(want[2] + " @ " + want[1], m.group(1) + " @ " + m.group(2), said);
                assertNotEquals(0, o.code());
                assertEquals("", o.stdout());
            } else {
                RunGoldenTest.Outcome o = RunGoldenTest.run(f);
                assertEquals(Files.readString(Path.of(f.toString().replace(".rs", ".stdout"))), o.stdout(), o.diagnostics());
                assertEquals(Integer.parseInt(want[1]), o.code(), o.diagnostics() + o.stderr());
            }
        }));
    }
}
