package rustmem.legacy.types;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every method std gives some of its types (from the documentation of the rustc rustmem follows,
 * scripts/gen-std-methods.sh): a method call rustmem cannot run is unsupported when std has the
 * method, and rustc's E0599 when nothing does.
 */
final class StdMethods {
    private static final String RESOURCE = "/std/methods.txt";
    private static final Map<String, Set<String>> BY_TYPE = load();

    private StdMethods() {}

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = StdMethods.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] words = line.trim().split(" ");
                out.put(words[0], Set.of(java.util.Arrays.copyOfRange(words, 1, words.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The table's key for a receiver type (after auto-deref), or null for types it does not list. */
    static String key(Ty t) {
        return switch (t) {
            case Ty.Int i -> "integer";
            case Ty.Infer i when i.kind() == Ty.InferKind.INT -> "integer";
            case Ty.Float f -> "float";
            case Ty.Infer i when i.kind() == Ty.InferKind.FLOAT -> "float";
            case Ty.Char c -> "char";
            case Ty.Bool b -> "bool";
            case Ty.Str s -> "str";
            case Ty.Slice s -> "slice";
            case Ty.Array a -> "array";
            case Ty.Adt a when a.def().fromStd() && Set.of("Vec", "String", "Option", "Result").contains(a.def().name()) -> a.def().name();
            default -> null;
        };
    }

    /** Whether std has a method of this name for the table's type (arrays have their slices' too). */
    static boolean has(String key, String name) {
        if (key.equals("array") && BY_TYPE.get("slice").contains(name)) return true;
        return BY_TYPE.get(key).contains(name);
    }
}
