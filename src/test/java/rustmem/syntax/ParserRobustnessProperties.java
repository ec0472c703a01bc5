package rustmem.syntax;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * The lexer and parser never throw on any input: random bytes, random token soup, and corpus
 * files with random edits all end in a tree and diagnostics. Whatever still parses cleanly after
 * an edit also survives print → re-parse.
 */
class ParserRobustnessProperties {

    private static final List<String> VOCABULARY = List.of(
        "fn", "let", "mut", "struct", "enum", "impl", "trait", "for", "in", "if", "else", "match", "loop", "while",
        "return", "break", "continue", "pub", "use", "mod", "where", "as", "ref", "move", "unsafe", "const", "static",
        "type", "dyn", "self", "Self", "super", "crate", "async", "await", "macro_rules", "x", "y", "Vec", "T", "_",
        "'a", "'static", "0", "1u8", "2.5", "\"s\"", "'c'", "b\"b\"", "r#\"r\"#", "true",
        "(", ")", "[", "]", "{", "}", "<", ">", ",", ";", ":", "::", ".", "..", "..=", "=", "==", "=>", "->", "+", "-",
        "*", "/", "%", "&", "&&", "|", "||", "!", "?", "#", "@", "$", "<<", ">>", ">>=", "+=", "/// doc\n", "//c\n");

    private static boolean parsesWithoutThrowing(String text) {
        ParseHarness h = ParseHarness.parse("fuzz.rs", text);
        assertNotNull(h.crate());
        return h.ok();
    }

    private static void assertRoundTripIfClean(String text) {
        ParseHarness h = ParseHarness.parse("fuzz.rs", text);
        if (!h.ok()) return;
        String printed = AstPrinter.print(h.crate());
        ParseHarness again = ParseHarness.parse("printed.rs", printed);
        assertTrue(again.ok(), () -> again.report() + "\n--- input:\n" + text + "\n--- printed:\n" + printed);
        assertNull(AstShape.diff(h.crate(), again.crate()), () -> "--- input:\n" + text + "\n--- printed:\n" + printed);
    }

    /** Exhaustive over the shared corpus: every file's printed form parses to the same tree. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyCorpusFileSurvivesPrintAndReparse(@ForAll("corpusFile") Path file) throws IOException {
        CorpusParseTest.assertRoundTrips(file);
    }

    @Provide
    Arbitrary<Path> corpusFile() {
        List<Path> files = Corpus.available() ? Corpus.files() : List.of();
        return files.isEmpty() ? Arbitraries.just(Path.of("examples/07_frames.rs")) : Arbitraries.of(files);
    }

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll @Size(max = 400) byte[] bytes) {
        parsesWithoutThrowing(new String(bytes, StandardCharsets.UTF_8));
        parsesWithoutThrowing(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 2000)
    void randomTokenSoupNeverThrows(@ForAll("tokenSoup") String text) {
        parsesWithoutThrowing(text);
        assertRoundTripIfClean(text);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(80).map(ts -> String.join(" ", ts));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void mutatedCorpusFilesNeverThrow(@ForAll("mutatedCorpusFile") String text) {
        parsesWithoutThrowing(text);
        assertRoundTripIfClean(text);
    }

    @Provide
    Arbitrary<String> mutatedCorpusFile() {
        List<String> sources = corpusSources();
        Arbitrary<String> source = Arbitraries.of(sources);
        Arbitrary<List<Tuple.Tuple4<Integer, Double, Double, String>>> edits = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(VOCABULARY))
            .as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(source, edits).as(ParserRobustnessProperties::applyEdits);
    }

    /** Edits: 0 delete a range, 1 duplicate a range, 2 insert a token, 3 cut the file short. */
    private static String applyEdits(String text, List<Tuple.Tuple4<Integer, Double, Double, String>> edits) {
        StringBuilder s = new StringBuilder(text);
        for (var e : edits) {
            if (s.isEmpty()) break;
            int a = (int) (e.get2() * s.length());
            int b = Math.min(s.length(), a + (int) (e.get3() * 40));
            switch (e.get1()) {
                case 0 -> s.delete(a, b);
                case 1 -> s.insert(b, s.substring(a, b));
                case 2 -> s.insert(a, " " + e.get4() + " ");
                default -> s.setLength(a);
            }
        }
        return s.toString();
    }

    private static List<String> corpusSources() {
        List<String> out = new ArrayList<>(Snippets.all().values());
        if (Corpus.available()) {
            for (Path p : Corpus.files()) {
                try {
                    out.add(Files.readString(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    @Example
    void deepNestingIsReportedNotOverflowed() {
        String deep = "fn main() { let x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "; }";
        ParseHarness h = ParseHarness.parse("deep.rs", deep);
        assertTrue(h.report().contains("nests too deeply"), h::report);
        assertTrue(h.diags().errorCount() >= 1);
        String deepTypes = "fn f(x: " + "&".repeat(5000) + "u8) {}";
        assertTrue(!ParseHarness.parse("deep.rs", deepTypes).ok());
        String deepMods = "mod m { ".repeat(5000) + "}".repeat(5000);
        assertTrue(!ParseHarness.parse("deep.rs", deepMods).ok());
        String deepBraces = "fn main() " + "{".repeat(5000) + "}".repeat(5000);
        assertTrue(!ParseHarness.parse("deep.rs", deepBraces).ok());
    }

    @Example
    void shapeComparisonSeesRealDifferences() {
        ParseHarness a = ParseHarness.parse("a.rs", "fn main() { let x = 1 + 2; }");
        ParseHarness b = ParseHarness.parse("b.rs", "fn main() {\n    let x = 1 - 2;\n}");
        ParseHarness c = ParseHarness.parse("c.rs", "fn  main ( ) { let x=1+2 ; }");
        assertNotNull(AstShape.diff(a.crate(), b.crate()));
        assertNull(AstShape.diff(a.crate(), c.crate()));
    }
}
