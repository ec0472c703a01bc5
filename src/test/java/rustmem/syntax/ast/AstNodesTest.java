package rustmem.syntax.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The checked-in AstNodes.java is what AstNodesGenerator writes from today's AST records. */
class AstNodesTest {
    @Test
    void generatedAccessorsMatchTheAst() throws Exception {
        assertEquals(AstNodesGenerator.generate(), Files.readString(AstNodesGenerator.TARGET),
            "the AST changed: regenerate AstNodes.java with AstNodesGenerator.main");
    }
}
