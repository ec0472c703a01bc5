package rustmem.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Span;

/**
 * A scope that holds named items (rustc's {@code ModuleData}): a module, an enum (its variants), or a block
 * that declares items. Each namespace maps names to bindings; bindings that came from glob imports are kept
 * apart because every other binding of the same name shadows them.
 */
public final class ModuleData {
    public enum Kind { MOD, ENUM, TRAIT, BLOCK }

    /** A name's meaning in this scope: its resolution, its visibility, and whether an import made it. */
    public record NameBinding(Res res, Visibility vis, Span span, boolean imported) {}

    public final Kind kind;
    /** The module's DefId (the enclosing item's for a block). */
    public final DefId def;
    /** The lexically enclosing scope; null for a crate root. */
    public final ModuleData parent;
    public final int crate;
    final List<Map<String, NameBinding>> explicit = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
    final List<Map<String, NameBinding>> globbed = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
    /** Traits imported without a name ({@code use Trait as _}). */
    final List<DefId> anonymousTraits = new ArrayList<>();
    /** Whether the std prelude is in scope here ({@code #![no_implicit_prelude]} turns it off). */
    boolean prelude = true;

    ModuleData(Kind kind, DefId def, ModuleData parent, int crate) {
        this.kind = kind;
        this.def = def;
        this.parent = parent;
        this.crate = crate;
    }

    /** The nearest enclosing scope that is a real module (what `self`, `super` and privacy are about). */
    public ModuleData normal() {
        ModuleData m = this;
        while (m.kind == Kind.BLOCK || m.kind == Kind.ENUM || m.kind == Kind.TRAIT) m = m.parent;
        return m;
    }

    public ModuleData root() {
        ModuleData m = this;
        while (m.parent != null) m = m.parent;
        return m;
    }

    /** The binding of name in namespace ns: an explicit one, else one from a glob import; null when none. */
    public NameBinding get(String name, Namespace ns) {
        NameBinding b = explicit.get(ns.ordinal()).get(name);
        return b != null ? b : globbed.get(ns.ordinal()).get(name);
    }

    /** Every name bound in a namespace (explicit and globbed). */
    public Map<String, NameBinding> all(Namespace ns) {
        Map<String, NameBinding> out = new HashMap<>(globbed.get(ns.ordinal()));
        out.putAll(explicit.get(ns.ordinal()));
        return out;
    }

    boolean define(String name, Namespace ns, NameBinding b) {
        return explicit.get(ns.ordinal()).putIfAbsent(name, b) == null;
    }

    @Override
    public String toString() { return "ModuleData(" + kind + " " + def + ")"; }
}
