package rustmem.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Java knows std only through the lang-item table and the intrinsic registry: no Java source names one of std's types
 * or traits (every `pub struct`, `enum`, `union`, `trait` and `type` of std's Rust source) in a string literal, except
 * as the name of a lang item std's source declares (`#[lang = "Option"]`, asked with `tcx.lang.require("Option")`).
 * The registries themselves are exempt: the lang-item table, the intrinsic registry, and the built-in derive macros
 * (`#[derive(Clone)]`, named by the program as rustc's built-in macros are).
 */
class StdNamesInJavaTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path STD = Path.of("src/main/resources/std");
    private static final Set<String> REGISTRIES = Set.of("resolve/LangItems.java", "interp/Intrinsics.java", "resolve/Derives.java");

    @Test
    void javaNamesStdOnlyThroughLangItems() throws IOException {
        Set<String> items = new TreeSet<>(), langItems = new TreeSet<>();
        Pattern item = Pattern.compile("\\bpub (?:struct|enum|union|trait|type) ([A-Z][A-Za-z0-9_]*)");
        Pattern lang = Pattern.compile("#\\[lang = \"([^\"]+)\"\\]");
        try (Stream<Path> files = Files.walk(STD)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rs")).toList()) {
                String text = Files.readString(f);
                collect(item.matcher(text), items);
                collect(lang.matcher(text), langItems);
            }
        }
        assertTrue(items.size() > 300 && items.contains("HashMap") && langItems.contains("Option"), "std's items were not read");
        List<String> found = new ArrayList<>();
        Pattern literal = Pattern.compile("\"([A-Z][A-Za-z0-9_]*)\"");
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = JAVA.resolve("rustmem").relativize(f).toString();
                if (REGISTRIES.contains(rel)) continue;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = literal.matcher(lines.get(i));
                    while (m.find()) {
                        String name = m.group(1);
                        if (items.contains(name) && !langItems.contains(name)) found.add(rel + ":" + (i + 1) + ": \"" + name + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "std's types and traits named in Java outside the lang-item table and the registries");
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) into.add(m.group(1));
    }
}
