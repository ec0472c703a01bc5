package rustmem.syntax;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every program of the shared corpus parses (the print → re-parse property is in ParserRobustnessProperties). */
class CorpusParseTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusFileParses() {
        assumeTrue(Corpus.available(), "shared corpus not found");
        return Corpus.files().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ParseHarness h = ParseHarness.parse(p.toString(), Files.readString(p));
            assertTrue(h.ok(), h::report);
        }));
    }

    static void assertRoundTrips(Path p) throws IOException {
        ParseHarness first = ParseHarness.parse(p.toString(), Files.readString(p));
        assertTrue(first.ok(), first::report);
        String printed = AstPrinter.print(first.crate());
        ParseHarness second = ParseHarness.parse("printed " + p.getFileName(), printed);
        assertTrue(second.ok(), () -> second.report() + "\n--- printed:\n" + printed);
        assertNull(AstShape.diff(first.crate(), second.crate()), () -> "--- printed:\n" + printed);
    }
}
