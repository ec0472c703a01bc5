package rustmem.syntax.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The checked-in AstCodec.java is what AstCodecGenerator writes from today's AST records. */
class AstCodecTest {
    @Test
    void generatedCodecMatchesTheAst() throws Exception {
        assertEquals(AstCodecGenerator.generate(), Files.readString(AstCodecGenerator.TARGET),
            "the AST changed: regenerate AstCodec.java with AstCodecGenerator.main");
    }
}
