package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rustmem.source.Diagnostic;
import rustmem.source.Edition;
import rustmem.source.SourceMap;

/**
 * tests/editions: each program run (or checked) in every edition its first line names (`// editions: 2015 2018 …`)
 * against rustc 1.95's answer in that edition (scripts/gen-edition-golden.sh): NAME.E.code holds rustc's first
 * error code (or, for an error without one, its message), else NAME.E.stdout/.exit/.stderr the binary's output.
 * Pairs listed in tests/editions/known-failures.txt (`NAME.E  reason`) must still fail.
 */
class EditionGoldenTest {
    private static final Path DIR = Path.of("tests/editions");
    private static final long MAX_STEPS = 2_000_000_000L;

    @TestFactory
    Stream<DynamicTest> editions() throws IOException {
        Map<String, String> known = GoldenProgramsTest.knownFailures(DIR.resolve("known-failures.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path rs : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                String first = Files.readAllLines(rs).get(0);
                if (!first.startsWith("// editions:")) continue;
                for (String year : first.substring("// editions:".length()).trim().split("\\s+")) {
                    String key = rs.getFileName().toString().replaceFirst("\\.rs$", "") + "." + year;
                    tests.add(DynamicTest.dynamicTest(key, () -> {
                        String failure = failure(rs, Edition.of(year));
                        if (known.containsKey(key)) {
                            assertNotNull(failure, key + " passes now: remove it from tests/editions/known-failures.txt");
                        } else {
                            assertEquals(null, failure, key);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Why rustmem's answer for the program in this edition differs from rustc's, or null when it agrees. */
    static String failure(Path rs, Edition edition) throws IOException {
        String base = rs.toString().substring(0, rs.toString().length() - 3) + "." + edition.year;
        Path code = Path.of(base + ".code");
        StringWriter diags = new StringWriter();
        SourceLoader.Parsed parsed = SourceLoader.parse(rs, new PrintWriter(diags), edition);
        if (Files.exists(code)) {
            String want = Files.readString(code).strip();
            String got = parsed == null ? firstError(diags.toString()) : firstError(parsed);
            return want.equals(got) ? null : "rustc: " + want + ", rustmem: " + got;
        }
        if (parsed == null) return "does not parse: " + diags;
        String stem = rs.getFileName().toString().replaceFirst("\\.rs$", "");
        NewPipeline.Outcome o = NewPipeline.run(parsed, MAX_STEPS, List.of("./" + stem), java.io.InputStream.nullInputStream(), null);
        return GoldenProgramsTest.difference(o, base);
    }

    /** The first error of check (names, types, items, borrows) as the golden file holds it: its code, else its message. */
    private static String firstError(SourceLoader.Parsed parsed) {
        Compilation c = Compilation.of(new SourceMap(parsed.source()), parsed, false);
        rustmem.types.check.Typeck.checkCrate(c.tcx, false);
        if (!parsed.diags().hasErrors()) rustmem.borrowck.Borrowck.checkCrate(c.tcx, parsed.diags());
        for (Diagnostic d : parsed.diags().all()) {
            if (d.level() == Diagnostic.Level.ERROR) return d.code() != null ? d.code() : d.message();
        }
        return "no error";
    }

    /** The first error of rendered diagnostics (a syntax error): `error[E0000]: …` or `error: message`. */
    private static String firstError(String rendered) {
        for (String line : rendered.split("\n")) {
            if (line.startsWith("error[")) return line.substring(6, line.indexOf(']'));
            if (line.startsWith("error: ")) return line.substring(7);
        }
        return "no error";
    }
}
