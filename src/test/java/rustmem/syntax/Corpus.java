package rustmem.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real programs (../shared/corpus), found through the rustmem.shared property. */
final class Corpus {
    private Corpus() {}

    static Path root() {
        return Path.of(System.getProperty("rustmem.shared", "../shared"), "corpus");
    }

    static boolean available() { return Files.isDirectory(root().resolve("run-pass")); }

    /** Every .rs file of the corpus, sorted. */
    static List<Path> files() {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
