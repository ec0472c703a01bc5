package rustmem.legacy.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.Parser;

/** std's signatures are lowered when a program first calls them: every one of them must lower, under its path. */
class StdSignaturesTest {
    private static TypeCollector types() {
        SourceFile file = new SourceFile("empty.rs", "fn main() {}\n");
        Diagnostics diags = new Diagnostics(file);
        return TypeCollector.forCrate(Parser.parseFile(file, diags), diags);
    }

    @Test
    void everyDeclaredSignatureLowersUnderItsPath() {
        StdSignatures sigs = new StdSignatures(types());
        assertTrue(StdSignatures.paths().containsAll(List.of("thread::spawn", "sync::mpsc::channel", "Mutex::lock",
            "str::from_utf8", "*const T::add")), "paths by module or by type: " + StdSignatures.paths());
        for (String path : StdSignatures.paths()) {
            TypeChecker.FnSig sig = sigs.get(path);
            assertNotNull(sig, path);
            assertEquals(path, sig.name());
            assertEquals(-1, sig.index(), path);
        }
    }

    @Test
    void anUndeclaredPathHasNoSignature() {
        assertNull(new StdSignatures(types()).get("thread::no_such_function"));
    }
}
