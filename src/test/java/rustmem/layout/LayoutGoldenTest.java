package rustmem.layout;

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
import rustmem.source.SourceFile;
import rustmem.types.Ty;

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

    /** The items a file for a target without std defines in a core of its own, as std has them. */
    private static final java.util.regex.Pattern MINI_CORE = java.util.regex.Pattern.compile(
        "#!\\[(feature|no_core)\\b.*|#\\[lang = .*|impl Copy for (u|i|f)(8|16|32|64|128|size) \\{\\}.*|impl Copy for bool \\{\\}.*"
            + "|pub enum (Option<T>|Result<T, E>) .*|#\\[repr\\(transparent\\)\\] #\\[rustc_layout_scalar_valid_range_start\\(1\\)\\] pub struct NonZero.*");

    /**
     * A golden file's source as rustmem compiles it. rustc has std for x86_64 only here, so the files of the other
     * targets are `#![no_core]` crates that define the lang items and the few std types they use (Option, Result,
     * PhantomData, UnsafeCell, ManuallyDrop, NonZeroU8/U32) exactly as std declares them; rustmem always compiles with
     * its std, so those definitions are replaced by std's own.
     */
    static String withStd(String source) {
        if (!source.contains("#![no_core]")) return source;
        StringBuilder out = new StringBuilder();
        boolean imported = false;
        for (String line : source.split("\n", -1)) {
            if (!MINI_CORE.matcher(line).matches()) {
                out.append(line);
            } else if (!imported && line.startsWith("#[lang")) {
                // where the core began, after the crate's inner attributes
                out.append("use std::cell::UnsafeCell; use std::marker::PhantomData; use std::mem::ManuallyDrop; use std::num::*;");
                imported = true;
            }
            out.append('\n');   // the lines stay where they were
        }
        return out.toString();
    }

    private static Stream<DynamicTest> testsFor(Path src, TargetDataLayout dl) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Path exp = Path.of(src.toString().replaceAll("\\.rs$", ".expected"));
        for (String line : Files.readAllLines(exp)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int sp = line.indexOf(' ');
            expected.put(line.substring(0, sp), line.substring(sp + 1));
        }
        ProgramTypes program = new ProgramTypes(new SourceFile(src.toString(), withStd(Files.readString(src))));
        LayoutCx cx = program.layouts(dl);
        return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            assertEquals(null, program.problems, "the golden source must lower cleanly");
            Ty ty = program.alias(e.getKey());
            assertTrue(ty != null, "no alias " + e.getKey() + " in " + src);
            String got;
            try {
                got = LayoutSummary.of(cx.layoutOf(ty), dl);
            } catch (LayoutCx.LayoutError err) {
                got = "ERROR " + err.getMessage();
            }
            assertEquals(e.getValue(), got, () -> "layout of " + e.getKey());
        }));
    }
}
