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

/**
 * `run` reports undefined behaviour as Miri does: its kind, the program's line it happened on, and for a heap block
 * the lines that allocated and freed it (found by a second, traced run); Miri's exit code 1, never a Java exception.
 */
class UbReportTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String source) throws IOException {
        Path f = dir.resolve("ub.rs");
        Files.writeString(f, source);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new String[] {"run", f.toString()}, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The line a label is on in rustc's rendering (`N |` then a line of carets or dashes with the label). */
    private static boolean labelled(String report, int line, String label) {
        return report.matches("(?s).*\\n" + line + " \\|[^\\n]*\\n +\\|[ ^-]*[\\^-]+ " + java.util.regex.Pattern.quote(label) + "\\n.*");
    }

    @Test
    void useAfterFreeNamesTheFreedBlockAndItsHistory() throws IOException {
        Run r = run("""
            fn main() {
                let v = vec![1u8, 2, 3];
                let p = v.as_ptr();
                drop(v);
                let first = unsafe { *p };
                println!("{}", first);
            }
            """);
        assertEquals(UbReport.EXIT, r.code(), r.err());
        assertTrue(r.err().startsWith("error: Undefined Behavior: memory access failed: alloc"), r.err());
        assertTrue(r.err().contains("has been freed, so this pointer is dangling"), r.err());
        assertTrue(labelled(r.err(), 5, "Undefined Behavior occurred here"), r.err());
        assertTrue(r.err().matches("(?s).*\\n2 \\|.*was allocated here\\n.*"), r.err());
        assertTrue(r.err().matches("(?s).*\\n4 \\|.*was deallocated here\\n.*"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out(), "nothing printed: the read comes before the print");
    }

    @Test
    void doubleFreeAndOutOfBoundsAndNull() throws IOException {
        Run dbl = run("""
            fn main() {
                let p = Box::into_raw(Box::new(5u64));
                unsafe {
                    drop(Box::from_raw(p));
                    drop(Box::from_raw(p));
                }
            }
            """);
        assertEquals(UbReport.EXIT, dbl.code(), dbl.err());
        assertTrue(dbl.err().contains("(a double free)"), dbl.err());
        assertTrue(labelled(dbl.err(), 5, "Undefined Behavior occurred here"), dbl.err());
        assertTrue(dbl.err().matches("(?s).*\\n4 \\|.*was deallocated here\\n.*"), dbl.err());

        Run oob = run("""
            fn main() {
                let v = vec![1u32, 2, 3];
                let x = unsafe { *v.as_ptr().add(3) };
                println!("{}", x);
            }
            """);
        assertEquals(UbReport.EXIT, oob.code(), oob.err());
        assertTrue(oob.err().contains("which is at or beyond the end of the allocation of size 12 bytes"), oob.err());
        assertTrue(labelled(oob.err(), 3, "Undefined Behavior occurred here"), oob.err());

        Run nul = run("""
            fn main() {
                let p: *const u16 = std::ptr::null();
                let x = unsafe { p.read() };
                println!("{}", x);
            }
            """);
        assertEquals(UbReport.EXIT, nul.code(), nul.err());
        assertTrue(nul.err().contains("attempting to access 2 bytes, but got null pointer"), nul.err());
        assertTrue(labelled(nul.err(), 3, "Undefined Behavior occurred here"), nul.err());
    }

    @Test
    void invalidValuesAreReportedWhereATypedCopyMakesThem() throws IOException {
        Run bool = run("""
            fn main() {
                let byte = 2u8;
                let b: bool = unsafe { std::mem::transmute(byte) };
                println!("{}", b);
            }
            """);
        assertEquals(UbReport.EXIT, bool.code(), bool.err());
        assertTrue(bool.err().startsWith("error: Undefined Behavior: constructing invalid value: encountered 0x02, but expected a boolean"),
            bool.err());
        assertTrue(labelled(bool.err(), 3, "Undefined Behavior occurred here"), bool.err());

        Run tag = run("""
            #[derive(Debug)]
            enum Light { Red, Green }
            fn main() {
                let l: Light = unsafe { std::mem::transmute(5u8) };
                println!("{:?}", l);
            }
            """);
        assertEquals(UbReport.EXIT, tag.code(), tag.err());
        assertTrue(tag.err().contains("constructing invalid value at .<enum-tag>: encountered 0x05, but expected a valid enum tag"), tag.err());
        assertTrue(labelled(tag.err(), 4, "Undefined Behavior occurred here"), tag.err());

        Run ch = run("""
            fn main() {
                let c: char = unsafe { std::ptr::read(&0x11_0000u32 as *const u32 as *const char) };
                println!("{}", c);
            }
            """);
        assertEquals(UbReport.EXIT, ch.code(), ch.err());
        assertTrue(ch.err().contains("encountered 0x00110000, but expected a valid unicode scalar value"), ch.err());
        assertTrue(labelled(ch.err(), 2, "Undefined Behavior occurred here"), ch.err());
    }

    @Test
    void whatWasPrintedBeforeStays() throws IOException {
        Path f = dir.resolve("before.rs");
        Files.writeString(f, """
            fn main() {
                let b = Box::new(7);
                let p: *const i32 = &*b;
                println!("before: {}", unsafe { *p });
                drop(b);
                println!("after: {}", unsafe { *p });
            }
            """);
        SourceLoader.Parsed parsed = SourceLoader.parse(f, new PrintWriter(new StringWriter()), rustmem.source.Edition.DEFAULT);
        NewPipeline.Outcome o = NewPipeline.run(parsed, 10_000_000L, java.util.List.of("./before"), java.io.InputStream.nullInputStream(), null);
        NewPipeline.Failure fail = org.junit.jupiter.api.Assertions.assertInstanceOf(NewPipeline.Failure.class, o);
        assertEquals(UbReport.EXIT, fail.code());
        assertEquals("before: 7\n", new String(fail.stdout(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(labelled(fail.diagnostics(), 6, "Undefined Behavior occurred here"), fail.diagnostics());
        assertTrue(fail.diagnostics().matches("(?s).*\\n5 \\|.*was deallocated here\\n.*"), fail.diagnostics());
    }
}
