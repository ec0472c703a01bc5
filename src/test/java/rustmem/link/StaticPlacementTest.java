package rustmem.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rustmem.elf.Section;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.Parser;

/** The simulated image puts every static in the section rustc's own binary puts it (scripts/gen-static-sections.sh). */
class StaticPlacementTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = StaticPlacementTest.class.getResourceAsStream("/link/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ProgramImage image(String source, ImageTarget target) {
        SourceFile file = new SourceFile("test.rs", source);
        Diagnostics diags = new Diagnostics(file);
        ProgramImage image = rustmem.cli.ProgramImages.of(file, Parser.parseFile(file, diags), diags, rustmem.source.Edition.DEFAULT, target);
        assertTrue(!diags.hasErrors(), () -> diags.all().toString());
        return image;
    }

    @Test
    void everyStaticLandsInTheSectionRustcChose() throws IOException {
        Map<String, String> expected = resource("statics.sections").lines().map(l -> l.split(" "))
            .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a, TreeMap::new));
        ProgramImage image = image(resource("statics.rs"), ImageTarget.X86_64_LINUX);
        Map<String, String> actual = image.placements().stream().filter(p -> p.kind() == Placement.Kind.STATIC)
            .collect(Collectors.toMap(Placement::name, Placement::section, (a, b) -> a, TreeMap::new));
        assertTrue(expected.size() >= 20);
        assertEquals(expected, actual);
    }

    @Test
    void placementsLieInsideTheirSectionsWithTheirAlignment() throws IOException {
        for (ImageTarget t : ImageTarget.values()) {
            ProgramImage image = image(resource("statics.rs"), t);
            for (Placement p : image.placements()) {
                if (p.section() == null) continue;
                Section s = image.table().sections().stream().filter(x -> x.displayName().equals(p.section()))
                    .findFirst().orElse(null);
                assertNotNull(s, p.toString());
                assertTrue(p.address() >= s.address() && p.address() + p.size() <= s.address() + s.size(), p.toString());
                assertEquals(0, p.address() % p.align(), p.toString());
            }
        }
    }

    @Test
    void cortexMImageStartsWithTheVectorTableAndKeepsDataInRam() throws IOException {
        ProgramImage image = image(resource("statics.rs"), ImageTarget.THUMBV6M);
        Section first = image.table().sections().get(1);
        assertEquals(".vector_table", first.displayName());
        assertEquals(0, first.address());
        for (Section s : image.table().sections()) {
            boolean ram = s.displayName().equals(".data") || s.displayName().equals(".bss");
            if (s.index() > 0) assertEquals(ram, s.address() >= 0x2000_0000L, s.displayName());
        }
        // 4-byte pointers: a &str static is 8 bytes on thumbv6m
        Placement str = image.lookup("E_STR").getFirst();
        assertEquals(8, str.size());
        assertEquals(".rodata", str.section(), "no PIE, no relocation: immutable statics with addresses stay in flash");
    }

    @Test
    void stringLiteralsAndFormatPiecesAreMergedInRodata() {
        ProgramImage image = image("""
            fn main() {
                let a = "same";
                let b = "same";
                println!("x = {}, y = {}", a, b);
            }
            """, ImageTarget.X86_64_LINUX);
        var literals = image.placements().stream().filter(p -> p.kind() == Placement.Kind.STRING_LITERAL)
            .map(Placement::name).toList();
        assertEquals(java.util.List.of("same", "x = ", ", y = ", "\n"), literals);
        assertTrue(image.literalAddress("same") > 0);
    }

    @Test
    void vtablesHoldDropSizeAlignAndTheMethodsCallableThroughDyn() {
        String program = """
            trait Named { fn name(&self) -> u8; }
            trait Shape: Named + Send { fn area(&self) -> f64; fn unit() -> Self where Self: Sized; }
            struct Sq(f64);
            impl Named for Sq { fn name(&self) -> u8 { 1 } }
            impl Shape for Sq { fn area(&self) -> f64 { self.0 } fn unit() -> Self { Sq(1.0) } }
            fn main() { let s: &dyn Shape = &Sq(2.0); s.area(); }
            """;
        Placement pie = image(program, ImageTarget.X86_64_LINUX).lookup("<Sq as Shape>").getFirst();
        assertEquals(".data.rel.ro", pie.section());
        assertEquals((3 + 2) * 8, pie.size(), "drop_in_place, size, align, name, area");
        Placement arm = image(program, ImageTarget.THUMBV6M).lookup("<Sq as Shape>").getFirst();
        assertEquals(".rodata", arm.section());
        assertEquals((3 + 2) * 4, arm.size());
        assertTrue(image(program, ImageTarget.X86_64_LINUX).lookup("<Sq as Named>").isEmpty(), "never used as dyn Named");
    }
}
