package rustmem.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * std's items the compiler must know (rustc's lang items), declared in std's source with {@code #[lang = "…"]}:
 * the only way the compiler refers to std ({@code owned_box}, {@code String}, {@code Option}, {@code add},
 * {@code index}, {@code deref}, {@code drop}, {@code into_iter}, {@code fn_once} …).
 */
public final class LangItems {
    private final Map<String, DefId> items = new HashMap<>();
    private final Map<DefId, String> names = new HashMap<>();

    LangItems() {}

    /** A copy, to which a compilation may add (std's table is shared). */
    LangItems(LangItems from) {
        items.putAll(from.items);
        names.putAll(from.names);
    }

    void add(String name, DefId def) {
        items.put(name, def);
        names.put(def, name);
    }

    /** The item, or null when std does not declare it. */
    public DefId get(String name) { return items.get(name); }

    /** Every lang item, by name. */
    Map<String, DefId> all() { return java.util.Collections.unmodifiableMap(items); }

    /** The item; std must declare it. */
    public DefId require(String name) {
        DefId d = items.get(name);
        if (d == null) throw new IllegalStateException("std declares no lang item `" + name + "`");
        return d;
    }

    /** The lang item name of a definition, or null. */
    public String nameOf(DefId def) { return names.get(def); }

    public boolean is(DefId def, String name) { return def != null && def.equals(items.get(name)); }
}
