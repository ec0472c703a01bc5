package rustmem.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The tour's example programs (the repository's examples/, bundled in the jar under web/examples/) for the page's
 * menu: each one's name (the file's stem), title (its first comment line) and text, in file order.
 */
final class Examples {
    private static final String DIR = "web/examples/";
    private volatile String json;

    String json() {
        String j = json;
        if (j == null) json = j = render(load());
        return j;
    }

    private static String render(TreeMap<String, String> files) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode a = mapper.createArrayNode();
        files.forEach((name, text) -> a.addObject().put("name", name.replaceFirst("\\.rs$", "")).put("title", title(text)).put("source", text));
        return a.toString();
    }

    /** The first comment line without its `//`, or the name when there is none. */
    private static String title(String text) {
        for (String line : text.lines().toList()) {
            if (line.startsWith("//")) return line.replaceFirst("^//+\\s*", "");
            if (!line.isBlank()) break;
        }
        return "";
    }

    /** The examples, by file name, from the directory or jar the classes were loaded from. */
    private static TreeMap<String, String> load() {
        TreeMap<String, String> out = new TreeMap<>();
        try {
            Path where = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                Path dir = where.resolve(DIR);
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        for (Path f : files.filter(f -> f.toString().endsWith(".rs")).toList()) {
                            out.put(f.getFileName().toString(), Files.readString(f));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    jar.stream().filter(e -> e.getName().startsWith(DIR) && e.getName().endsWith(".rs")).forEach(entries::add);
                    for (JarEntry e : entries) {
                        try (var in = jar.getInputStream(e)) {
                            out.put(e.getName().substring(DIR.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no examples: the menu is empty
        }
        return out;
    }
}
