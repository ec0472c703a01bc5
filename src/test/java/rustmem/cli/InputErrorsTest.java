package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is not a Rust source file gets rustc's words for it (rustc 1.95's messages), never its bytes or a Java exception. */
class InputErrorsTest {
    @TempDir
    Path dir;

    private record Said(int code, String out, String err) {}

    private static Said rustmem(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Said(code, out.toString(), err.toString());
    }

    @Test
    void aDirectoryIsNotReadable() throws IOException {
        Path d = Files.createDirectory(dir.resolve("prog.rs"));
        Said s = rustmem("check", d.toString());
        assertEquals(Main.EXIT_USAGE, s.code());
        assertEquals("error: couldn't read `" + d + "`: Is a directory (os error 21)\n", s.err());
    }

    @Test
    void aMissingFileIsNamedWithTheOsWords() {
        Said s = rustmem("run", dir.resolve("nope.rs").toString());
        assertTrue(s.err().contains("No such file or directory (os error 2)"), s.err());
    }

    @Test
    void aBinaryFileIsReportedAtItsFirstByteThatIsNotUtf8() throws IOException {
        // an ELF header's first bytes: control characters, then 0xd0 (not UTF-8) at offset 24
        byte[] elf = new byte[64];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(head, 0, elf, 0, head.length);
        elf[24] = (byte) 0xd0;
        elf[25] = 0x61;
        Path f = dir.resolve("ls.rs");
        Files.write(f, elf);
        Said s = rustmem("check", f.toString());
        assertEquals(1, s.code());
        assertTrue(s.err().startsWith("error: couldn't read `" + f + "`: stream did not contain valid UTF-8\n --> " + f + ":1:25\n"), s.err());
        assertTrue(s.err().contains("^ byte `208` is not valid utf-8"), s.err());
        assertTrue(s.err().contains("\u2421ELF\u2402\u2401\u2401\u2400"), "control characters as their pictures: " + s.err());
        assertFalse(s.err().chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control characters");
    }

    @Test
    void layoutOfAFileWithoutTypesSaysSo() throws IOException {
        Path f = dir.resolve("hello.rs");
        Files.writeString(f, "fn main() { println!(\"hi\"); }\n");
        Said s = rustmem("layout", f.toString());
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().contains("declares no struct, enum, union or type alias"), s.out());
    }
}
