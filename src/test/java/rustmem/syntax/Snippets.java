package rustmem.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The syntax snippets of src/test/resources/syntax/snippets.rs and rustc's verdicts on them. */
final class Snippets {
    private Snippets() {}

    static String resource(String name) {
        try (InputStream in = Snippets.class.getResourceAsStream("/syntax/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource syntax/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Snippet name to its text, split at lines {@code // ==== NAME} as the generator script does. */
    static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : resource("snippets.rs").split("\n", -1)) {
            if (line.startsWith("// ==== ")) {
                if (name != null) out.put(name, text.toString());
                name = line.substring(8).trim();
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) out.put(name, text.toString());
        return out;
    }

    /** Snippet name to rustc's verdict: true when rustc parses it. */
    static Map<String, Boolean> verdicts() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String line : resource("verdicts.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split(" ");
            out.put(parts[0], parts[1].equals("ok"));
        }
        return out;
    }
}
