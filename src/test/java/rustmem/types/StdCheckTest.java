package rustmem.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustmem.cli.Main;

/** std's Rust source checks as the program's does: every body type-checks, and no two impls overlap (E0119). */
class StdCheckTest {
    @TempDir
    Path dir;

    @Test
    void everyStdBodyTypeChecksAndStdIsCoherent() throws IOException {
        Path hello = dir.resolve("hello.rs");
        Files.writeString(hello, "fn main() { println!(\"hi\"); }\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new String[] {"typeck", "--std", hello.toString()}, new PrintWriter(out), new PrintWriter(err));
        String report = err.toString();
        assertTrue(report.contains(" bodies; front end "), report);
        assertEquals(0, code, report);
        assertTrue(!report.contains("error"), report);
    }
}
