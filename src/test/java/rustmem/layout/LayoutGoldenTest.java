package rustmem.layout;

import rustmem.legacy.layout.LayoutCx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.Parser;
import rustmem.syntax.ast.Crate;
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.TypeCollector;
import rustmem.legacy.types.TypeError;

/**
 * Differential layout test: generated type definitions under src/test/resources/layout/TARGET/
 * with rustc's own layouts (from {@code #[rustc_layout(debug)]}, made by
 * scripts/gen-layout-golden.sh) must match rustmem's, type by type.
 */
class LayoutGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/layout");

    @TestFactory
    Stream<DynamicNode> everyGoldenTypeMatchesRustc() throws IOException {
        List<DynamicNode> targets = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                TargetDataLayout dl = TargetDataLayout.byName(dir.getFileName().toString());
                assertTrue(dl != null, "unknown target folder " + dir);
                List<DynamicNode> files = new ArrayList<>();
                try (Stream<Path> rs = Files.list(dir)) {
                    for (Path src : rs.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                        files.add(DynamicContainer.dynamicContainer(src.getFileName().toString(), testsFor(src, dl)));
                    }
                }
                assertFalse(files.isEmpty(), "no golden files in " + dir);
                targets.add(DynamicContainer.dynamicContainer(dl.name(), files));
            }
        }
        return targets.stream();
    }

    private static Stream<DynamicTest> testsFor(Path src, TargetDataLayout dl) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Path exp = Path.of(src.toString().replaceAll("\\.rs$", ".expected"));
        for (String line : Files.readAllLines(exp)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int sp = line.indexOf(' ');
            expected.put(line.substring(0, sp), line.substring(sp + 1));
        }
        SourceFile file = SourceFile.read(src);
        Diagnostics diags = new Diagnostics(file);
        Crate crate = Parser.parseFile(file, diags);
        TypeCollector types = TypeCollector.forCrate(crate, diags);
        String problems = diags.hasErrors() ? new DiagnosticRenderer(file).renderAll(diags) : null;
        Map<String, TypeCollector.Declaration> aliases = new LinkedHashMap<>();
        for (TypeCollector.Declaration d : types.declarations()) if (d.alias() != null) aliases.put(d.name(), d);
        LayoutCx cx = new LayoutCx(dl);
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            assertEquals(null, problems, "the golden source must lower cleanly");
            TypeCollector.Declaration d = aliases.get(e.getKey());
            assertTrue(d != null, "no alias " + e.getKey() + " in " + src);
            String got;
            try {
                Ty ty = types.aliasTarget(d.alias());
                got = LayoutSummary.of(cx.layoutOf(ty), dl);
            } catch (TypeError err) {
                got = "ERROR " + err.getMessage();
            }
            assertEquals(e.getValue(), got, () -> "layout of " + e.getKey() + " = "
                + file.slice(d.item().span()));
        }));
    }
}
