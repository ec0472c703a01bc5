package rustmem.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The places of std's source that rustmem's std names for the panics real std raises in its own code
 * (`std_panic!`, `std_expect!`, `std_location!` and the sites its macros are given): each must be, in rustc 1.95's
 * std source (the pages rustdoc made of it, installed with the documentation), a line whose column starts the
 * expression that panics there — a `panic!`, an assertion, an `expect`, or the macro invocation rustc reports for
 * code a macro expanded.
 */
class StdPanicSitesTest {
    private static final Path STD = Path.of("src/main/resources/std");

    record Site(String file, int line, int col, String where) {}

    /** Each pattern gives (file, line, col) from its groups; a fixed file or column where the source has none. */
    private record Form(Pattern pattern, String file, int col) {}

    private static final List<Form> FORMS = List.of(
        new Form(Pattern.compile("std_(?:panic|location)!\\(\"([^\"]+)\", (\\d+), (\\d+)"), null, -1),
        // `std_expect!(opt, "file", LINE, COL, msg)`
        new Form(Pattern.compile("std_expect!\\(.*?, \"([^\"]+\\.rs)\", (\\d+), (\\d+)"), null, -1),
        // num/mod.rs: the line of core's int_impl!/uint_impl! invocation for the type (column 5)
        new Form(Pattern.compile("^(?:int|signed|unsigned)_impl!\\(.*, (\\d+)\\);$", Pattern.MULTILINE), "core/src/num/mod.rs", 5),
        // num/float.rs: the clamp's const_assert! of f32.rs / f64.rs
        new Form(Pattern.compile("\"(core/src/num/f\\d+\\.rs)\", (\\d+)\\);"), null, 9),
        // time.rs: where core invokes sum_durations!
        new Form(Pattern.compile("sum_durations\\([^;]*, (\\d+)\\)"), "core/src/time.rs", 9),
        // ops.rs: into_slice_range's calls of slice_index_fail
        new Form(Pattern.compile("slice_index_fail\\(\\w+, \\w+, len, (\\d+), (\\d+)\\)"), "core/src/slice/index.rs", -1));

    static List<Site> sites() throws IOException {
        List<Site> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(STD)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rs")).sorted().toList()) {
                String text = Files.readString(p);
                for (Form form : FORMS) {
                    Matcher m = form.pattern().matcher(text);
                    while (m.find()) {
                        int g = 1;
                        String file = form.file() != null ? form.file() : m.group(g++);
                        int line = Integer.parseInt(m.group(g++));
                        int col = form.col() > 0 ? form.col() : Integer.parseInt(m.group(g));
                        out.add(new Site(file, line, col, STD.relativize(p) + ": " + m.group()));
                    }
                }
            }
        }
        return out;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** The plain text of std's file (`core/src/num/mod.rs`) from its rustdoc source page. */
    private static List<String> source(Path html, String file) throws IOException {
        Path page = html.resolve("src").resolve(file.replaceFirst("/src/", "/") + ".html");
        String t = Files.readString(page);
        Matcher m = Pattern.compile("<pre class=\"rust\"><code>(.*?)</code></pre>", Pattern.DOTALL).matcher(t);
        assertTrue(m.find(), page.toString());
        String body = m.group(1).replaceAll("<a href=#\\d+ id=\\d+ data-nosnippet>\\d+</a>", "").replaceAll("<[^>]+>", "")
            .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return List.of(body.split("\n", -1));
    }

    private static final Pattern PANICS = Pattern.compile(
        "^(panic!|assert!|const_assert!|\\w+\\(\\w*\\)?\\.?expect\\(|expect\\(|slice_index_fail\\(|u?int_impl! \\{|integer_sum_product!|sum_durations!)");

    @Test
    void everySiteIsWhereStdPanics() throws Exception {
        String sysroot = run("rustc", "--print", "sysroot").trim();
        Path html = Path.of(sysroot, "share/doc/rust/html");
        assumeTrue(Files.isDirectory(html.resolve("src/core")), "rustc's documentation (std's source pages) is not installed");
        List<Site> sites = sites();
        assertFalse(sites.isEmpty());
        List<String> wrong = new ArrayList<>();
        for (Site s : sites) {
            List<String> lines = source(html, s.file());
            String line = s.line() <= lines.size() ? lines.get(s.line() - 1) : "";
            String at = s.col() <= line.length() ? line.substring(s.col() - 1) : "";
            if (!PANICS.matcher(at).find()) wrong.add(s.where() + " -> " + s.file() + ":" + s.line() + ":" + s.col() + " is `" + line.strip() + "`");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theLocationsNameThisRustcsCommit() throws Exception {
        String version = run("rustc", "-vV");
        Matcher m = Pattern.compile("commit-hash: (\\w+)").matcher(version);
        assumeTrue(m.find(), "rustc -vV names no commit");
        String macros = Files.readString(STD.resolve("internal_macros.rs"));
        assertTrue(macros.contains("\"/rustc/" + m.group(1) + "/library/\""), "std_location! names another commit than " + m.group(1));
    }
}
