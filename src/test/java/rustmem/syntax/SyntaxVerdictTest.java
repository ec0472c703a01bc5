package rustmem.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** rustmem's parser accepts exactly the snippets that rustc's parser accepts (golden verdicts from rustc). */
class SyntaxVerdictTest {

    @Test
    void everySnippetHasAVerdict() {
        assertEquals(Snippets.all().keySet(), Snippets.verdicts().keySet(),
            "snippets.rs and verdicts.txt disagree: run scripts/gen-syntax-verdicts.sh");
    }

    @TestFactory
    Stream<DynamicTest> agreesWithRustc() {
        Map<String, Boolean> verdicts = Snippets.verdicts();
        return Snippets.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            ParseHarness h = ParseHarness.parse(e.getKey() + ".rs", e.getValue());
            boolean rustcAccepts = verdicts.get(e.getKey());
            assertEquals(rustcAccepts, h.ok(), () -> rustcAccepts ? h.report() : "rustmem accepted what rustc rejects");
            if (rustcAccepts) {
                String printed = AstPrinter.print(h.crate());
                ParseHarness again = ParseHarness.parse("printed.rs", printed);
                assertTrue(again.ok(), () -> again.report() + "\n" + printed);
                assertNull(AstShape.diff(h.crate(), again.crate()), printed);
            }
        }));
    }
}
