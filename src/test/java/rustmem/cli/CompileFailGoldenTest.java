package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * `rustmem check` reports rustc's first error code for each program of tests/compile-fail/ (the codes
 * come from rustc itself: scripts/gen-compile-fail-golden.sh), and exits 1.
 */
class CompileFailGoldenTest {
    private static final Path DIR = Path.of("tests/compile-fail");
    private static final Pattern CODE = Pattern.compile("error\\[(E\\d{4})\\]");

    @TestFactory
    Stream<DynamicTest> firstErrorCodeIsRustcs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "the golden programs are there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String want = Files.readString(Path.of(f.toString().replace(".rs", ".code"))).strip();
            StringWriter out = new StringWriter(), err = new StringWriter();
            int code = Main.execute(new String[] {"check", f.toString()}, new PrintWriter(out), new PrintWriter(err));
            Matcher m = CODE.matcher(err.toString());
            assertTrue(m.find(), err.toString());
            assertEquals(want, m.group(1), err.toString());
            assertEquals(1, code);
        }));
    }
}
