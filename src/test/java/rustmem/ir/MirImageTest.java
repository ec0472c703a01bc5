package rustmem.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rustmem.cli.Compilation;
import rustmem.ir.build.Builder;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostics;
import rustmem.source.Edition;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.syntax.Parser;
import rustmem.types.check.Typeck;
import rustmem.types.thir.Thir;

/** std's MIR image: what it holds is what a run would build, and reads back as it was written. */
class MirImageTest {
    /** The checked-in MirRecords.java is what MirCodecGenerator writes from today's records. */
    @Test
    void generatedCodecIsUpToDate() throws Exception {
        assertEquals(MirCodecGenerator.generate(), Files.readString(MirCodecGenerator.TARGET),
            "MIR's or Ty's records changed: regenerate MirRecords.java with MirCodecGenerator.main");
    }

    /** Every body of the image decodes into a body that encodes to the same bytes (nothing lost or added). */
    @Test
    void everyBodyReadsBackAsWritten() {
        MirImage image = MirImage.std();
        assertNotNull(image, "the build made std's MIR image");
        assertTrue(image.size() > 5000, "bodies: " + image.size());
        Compilation c = compile("fn main() {}\n");
        for (int d : image.defs()) {
            DefId def = new DefId(d);
            Mir.Body body = image.body(def, c.tcx);
            assertEquals(def, body.def);
            assertArrayEquals(image.bytesOf(def), MirImage.encode(body), c.tcx.defs.pathString(def));
            if (c.tcx.kind(def) == rustmem.resolve.DefKind.CLOSURE) {
                assertArrayEquals(image.closureBytesOf(def), MirImage.encodeClosure(image.closure(def, c.tcx)), c.tcx.defs.pathString(def));
            }
        }
    }

    /**
     * A run reaching std's closures (`println!`'s runtime, a sort's comparator, an iterator adapter's) takes their kinds
     * and captured types from the image: no function of std is checked during it, and the program's output is rustc's.
     */
    @Test
    void aRunChecksNoStdFunction() {
        Compilation c = compile("""
            fn main() {
                let mut v = vec![3, 1, 2];
                v.sort_by(|a, b| b.cmp(a));
                let s: Vec<String> = v.iter().map(|x| x.to_string()).collect();
                println!("{}", s.join("-"));
            }
            """);
        c.analyze(true);
        assertEquals(0, c.diags.errorCount(), () -> c.diags.all().toString());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        rustmem.interp.Machine m = new rustmem.interp.Machine(new java.io.PrintStream(out, true), new java.io.PrintStream(out, true));
        assertEquals(0, new rustmem.interp.Interpreter(c.tcx, m, 1_000_000_000L).runMain(c.rootFn("main")));
        m.flush();
        assertEquals("3-2-1\n", out.toString());
        assertEquals(java.util.List.of(), c.tcx.bodies.keySet().stream().filter(c.tcx.defs::isStd).map(c.tcx.defs::pathString).toList());
    }

    /**
     * std's bodies do not depend on the program: built in the compilation of a program using many std types and
     * traits (every body of the image, after the program is checked), they are the image's, byte for byte.
     */
    @Test
    void bodiesBuiltWithAProgramAreTheImages() throws Exception {
        String program = Files.readString(Path.of("bench/programs/sort.rs")) + """
            mod more {
                use std::collections::HashMap;
                use std::fmt;
                pub struct P { pub x: i32 }
                impl fmt::Display for P {
                    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "P({})", self.x) }
                }
                impl Iterator for P {
                    type Item = i32;
                    fn next(&mut self) -> Option<i32> { self.x -= 1; if self.x > 0 { Some(self.x) } else { None } }
                }
                pub fn words(s: &str) -> HashMap<String, usize> {
                    let mut m = HashMap::new();
                    for w in s.split_whitespace() { *m.entry(w.to_string()).or_insert(0) += 1; }
                    let v: Vec<_> = P { x: 5 }.map(|x| x * 2).filter(|x| x % 3 != 0).collect();
                    println!("{} {:?}", P { x: 1 }, v);
                    m
                }
            }
            """;
        Compilation c = compile(program);
        c.analyze(true);
        assertEquals(0, c.diags.errorCount(), () -> c.diags.all().toString());
        MirImage image = MirImage.std();
        for (int d : image.defs()) {
            DefId def = new DefId(d);
            Thir.Body thir = Typeck.body(c.tcx, def);
            assertNotNull(thir, c.tcx.defs.pathString(def));
            assertArrayEquals(image.bytesOf(def), MirImage.encode(Builder.build(c.tcx, thir)), c.tcx.defs.pathString(def));
            // and what the check found of a closure (but its captured variables' binding ids)
            if (c.tcx.kind(def) == rustmem.resolve.DefKind.CLOSURE) {
                assertArrayEquals(image.closureBytesOf(def), MirImage.encodeClosure(c.tcx.checkedClosureInfo(def)), c.tcx.defs.pathString(def));
            }
        }
    }

    private static Compilation compile(String text) {
        SourceFile f = new SourceFile("prog.rs", text);
        Diagnostics diags = new Diagnostics(f);
        return Compilation.of(new SourceMap(f), Parser.parseFile(f, diags, Edition.DEFAULT), diags);
    }
}
