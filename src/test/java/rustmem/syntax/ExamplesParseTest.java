package rustmem.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The memory tour's example programs parse and survive print → re-parse. */
class ExamplesParseTest {

    @TestFactory
    Stream<DynamicTest> everyExampleParses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            var list = files.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
            assertTrue(list.size() >= 10, "examples/ should hold the tour's programs");
            return list.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> CorpusParseTest.assertRoundTrips(p)));
        }
    }
}
