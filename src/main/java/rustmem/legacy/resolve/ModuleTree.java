package rustmem.legacy.resolve;

import rustmem.resolve.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Path;

/**
 * The program's modules (inline `mod` items and the anonymous modules of blocks with `use`s), each
 * with its items by namespace, the unique names they take in the flattened crate ("a::b::f"), and
 * its imports; resolves paths as rustc_resolve does in the 2018+ editions, privacy included.
 */
final class ModuleTree {
    enum Namespace { TYPE, VALUE }

    /** The extern crates a path may start with (paths into them stay as written). */
    private static final Set<String> EXTERN = Set.of("std", "core", "alloc");

    /**
     * An item of the program: kind as rustc names it in messages ("function", "struct"), unique name,
     * the module that declares it and who may see it (null: everyone), the module it is (for `mod`s).
     */
    record Def(String kind, String name, String unique, Module owner, Module visibleIn, Module module) {}

    /** A `use` binding: the name it introduces, the path it names, where it was written and how visible it is. */
    record Import(String name, List<String> path, Module from, Module visibleIn, boolean glob, Span span) {}

    static final class Module {
        final String name;
        final Module parent;
        /** Set for a block's anonymous module: the module whose item the block is in (for `self` and `super`). */
        final Module normal;
        final String prefix;
        final Map<String, Def> types = new HashMap<>();
        final Map<String, Def> values = new HashMap<>();
        final List<Import> imports = new ArrayList<>();

        Module(String name, Module parent, boolean block) {
            this.name = name;
            this.parent = parent;
            this.normal = block ? parent.normal() : null;
            this.prefix = parent == null ? "" : block ? parent.prefix : parent.prefix + name + "::";
        }

        Module normal() { return normal != null ? normal : this; }

        /** How rustc names the module in messages: its path, or "the crate root". */
        String shown() { return parent == null ? "crate" : prefix.substring(0, prefix.length() - 2); }

        boolean within(Module ancestor) {
            for (Module m = this; m != null; m = m.parent) if (m == ancestor) return true;
            return false;
        }
    }

    /** What a path names: a program item and how many segments named it, a module, or something else (std, a local). */
    sealed interface Resolution {}

    record ItemRes(Def def, int consumed) implements Resolution {}

    record ModuleRes(Module module) implements Resolution {}

    record Outside() implements Resolution {}

    static final Outside OUTSIDE = new Outside();

    /** Thrown for a path rustc rejects; the diagnostic is rustc's. */
    static final class Error extends RuntimeException {
        final Diagnostic diagnostic;
        /** Which segment of the path failed to resolve (-1: not a path's segment). */
        final int segment;

        Error(Diagnostic d, int segment) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
            this.segment = segment;
        }
    }

    final Module root = new Module("crate", null, false);
    /** Names declared anywhere (items in bodies too) and generic parameters: a path starting with one is not unknown. */
    final Set<String> declaredAnywhere = new HashSet<>();

    // ------------------------------------------------------------------ building

    /** Declares an item of module m (items that declare no name are skipped). */
    void declare(Module m, Item item) {
        Module visibleIn = visibility(m, item.vis());
        switch (item.kind()) {
            case Item.Fn f -> add(m, Namespace.VALUE, "function", f.name(), visibleIn, null);
            case Item.Const c -> add(m, Namespace.VALUE, "constant", c.name(), visibleIn, null);
            case Item.Static s -> add(m, Namespace.VALUE, "static", s.name(), visibleIn, null);
            case Item.Struct s -> {
                add(m, Namespace.TYPE, "struct", s.name(), visibleIn, null);
                if (s.data().kind() != Item.VariantData.Kind.NAMED) add(m, Namespace.VALUE, "struct", s.name(), visibleIn, null);
            }
            case Item.Enum e -> add(m, Namespace.TYPE, "enum", e.name(), visibleIn, null);
            case Item.Union u -> add(m, Namespace.TYPE, "union", u.name(), visibleIn, null);
            case Item.Trait t -> add(m, Namespace.TYPE, "trait", t.name(), visibleIn, null);
            case Item.TypeAlias t -> add(m, Namespace.TYPE, "type alias", t.name(), visibleIn, null);
            default -> { }
        }
    }

    Module declareModule(Module m, Item item, rustmem.syntax.ast.Ident name) {
        Module child = new Module(name.name(), m, false);
        add(m, Namespace.TYPE, "module", name, visibility(m, item.vis()), child);
        return child;
    }

    private void add(Module m, Namespace ns, String kind, rustmem.syntax.ast.Ident ident, Module visibleIn, Module module) {
        String name = ident.name();
        // a block's own items keep their names (the type checker hoists them as they are)
        String unique = m.normal != null && module == null ? name : m.prefix + name;
        Def d = new Def(kind, name, unique, m, visibleIn, module);
        Map<String, Def> table = ns == Namespace.TYPE ? m.types : m.values;
        if (table.putIfAbsent(name, d) != null) {
            throw new Error(Diagnostic.error("the name `" + name + "` is defined multiple times").code("E0428")
                .span(ident.span(), "`" + name + "` redefined here").build(), -1);
        }
    }

    /** Where an item declared in m with this visibility may be named from (null: anywhere). */
    private static Module visibility(Module m, Item.Visibility vis) {
        return switch (vis.kind()) {
            case INHERITED, SELF -> m.normal();
            case SUPER -> m.normal().parent != null ? m.normal().parent : m.normal();
            case PUB, CRATE, IN_PATH -> null;
        };
    }

    /** Records the bindings of a `use` tree written in m. */
    void addImports(Module m, Item.UseTree tree, List<String> prefix, Item.Visibility vis) {
        List<String> path = new ArrayList<>(prefix);
        if (tree.prefix() != null) for (Path.PathSegment s : tree.prefix().segments()) path.add(s.ident().name());
        Module visibleIn = visibility(m, vis);
        switch (tree.kind()) {
            case SIMPLE -> {
                String last = path.get(path.size() - 1);
                if (last.equals("self")) {   // `use a::{self}` binds `a`
                    path.remove(path.size() - 1);
                    last = path.get(path.size() - 1);
                }
                String name = tree.rename() != null ? tree.rename().name() : last;
                if (!name.equals("_")) m.imports.add(new Import(name, List.copyOf(path), m, visibleIn, false, tree.span()));
            }
            case GLOB -> m.imports.add(new Import(null, List.copyOf(path), m, visibleIn, true, tree.span()));
            case NESTED -> { for (Item.UseTree t : tree.nested()) addImports(m, t, path, vis); }
        }
    }

    // ------------------------------------------------------------------ resolution

    /** The imports being resolved: an import reached again through a cycle names nothing. */
    private final Set<Import> resolving = new HashSet<>();

    /** An item, module or outside name visible as `name` in m (its items, then its imports, then enclosing blocks'). */
    private Object lookup(Module m, String name, Namespace ns, Module from) {
        for (Module s = m; s != null; s = s.normal == null ? null : s.parent) {
            Def own = (ns == Namespace.TYPE ? s.types : s.values).get(name);
            if (own != null) return own;
            Object imported = imported(s, name, ns, from);
            if (imported != null) return imported;
        }
        return null;
    }

    /** What m's imports bind to name (globs included, their private items excluded). */
    private Object imported(Module m, String name, Namespace ns, Module from) {
        for (Import im : m.imports) {
            if (im.glob() || !im.name().equals(name) || !visible(im.visibleIn(), from) || !resolving.add(im)) continue;
            try {
                Resolution r = resolve(m, im.path(), ns, false, im.span());
                if (r instanceof ItemRes ir && ir.consumed() == im.path().size()) return ir.def();
                if (r instanceof ModuleRes mr && ns == Namespace.TYPE) return moduleDef(mr.module());
                if (r instanceof Outside) return OUTSIDE;
            } finally {
                resolving.remove(im);
            }
        }
        for (Import im : m.imports) {
            if (!im.glob() || !visible(im.visibleIn(), from) || !resolving.add(im)) continue;
            try {
                if (resolve(m, im.path(), Namespace.TYPE, false, im.span()) instanceof ModuleRes mr) {
                    Def d = (ns == Namespace.TYPE ? mr.module().types : mr.module().values).get(name);
                    if (d != null && visible(d.visibleIn(), from)) return d;
                    Object re = imported(mr.module(), name, ns, from);
                    if (re != null) return re;
                }
            } finally {
                resolving.remove(im);
            }
        }
        return null;
    }

    private static Def moduleDef(Module m) {
        return m.parent == null ? new Def("module", "crate", "", null, null, m)
            : m.parent.types.get(m.name) != null ? m.parent.types.get(m.name) : new Def("module", m.name, m.prefix, m.parent, null, m);
    }

    private static boolean visible(Module visibleIn, Module from) { return visibleIn == null || from.within(visibleIn); }

    /**
     * Resolves a path written in module m, its last segment in namespace ns. With report, a path rustc
     * rejects throws its error (E0433, E0425, E0603, E0423); without, it resolves to OUTSIDE.
     */
    Resolution resolve(Module m, List<String> segs, Namespace ns, boolean report, Span span) {
        Module cur;
        int i;
        String first = segs.get(0);
        switch (first) {
            case "crate" -> { cur = root; i = 1; }
            case "self" -> { cur = m.normal(); i = 1; }
            case "super" -> {
                cur = m.normal();
                i = 0;
                while (i < segs.size() && segs.get(i).equals("super")) {
                    cur = cur.parent;
                    if (cur == null) return fail(report, "E0433", "too many leading `super` keywords", span, i);
                    i++;
                }
            }
            default -> {
                Object d = lookup(m, first, segs.size() == 1 ? ns : Namespace.TYPE, m);
                if (d == null && segs.size() == 1 && ns == Namespace.VALUE && lookup(m, first, Namespace.TYPE, m) instanceof Def td) {
                    return fail(report, "E0423", "expected value, found " + td.kind() + " `" + first + "`", span, 0);
                }
                if (d == null || d == OUTSIDE) {
                    boolean unknownModule = segs.size() > 1 && Character.isLowerCase(first.charAt(0)) && !EXTERN.contains(first)
                        && !declaredAnywhere.contains(first) && !PRIMITIVES.contains(first);
                    if (d == null && unknownModule) {
                        return fail(report, "E0433", "cannot find module or crate `" + first + "` in this scope", span, 0);
                    }
                    return OUTSIDE;
                }
                Def def = (Def) d;
                if (def.module() == null) return new ItemRes(def, 1);
                cur = def.module();
                i = 1;
            }
        }
        for (; i < segs.size(); i++) {
            String name = segs.get(i);
            boolean last = i == segs.size() - 1;
            Namespace want = last ? ns : Namespace.TYPE;
            Object d = (want == Namespace.TYPE ? cur.types : cur.values).get(name);
            if (d == null) d = imported(cur, name, want, m);
            if (d == OUTSIDE) return OUTSIDE;
            if (d == null) {
                Def other = (want == Namespace.TYPE ? cur.values : cur.types).get(name);
                if (last && other != null && ns == Namespace.VALUE) {
                    return fail(report, "E0423", "expected value, found " + other.kind() + " `" + String.join("::", segs) + "`", span, i);
                }
                if (last && other != null) {
                    return fail(report, "E0573", "expected type, found " + other.kind() + " `" + String.join("::", segs) + "`", span, i);
                }
                if (!last) {
                    return fail(report, "E0433", cur.parent == null ? "cannot find module or crate `" + name + "` in `crate`"
                        : "cannot find `" + name + "` in `" + cur.name + "`", span, i);
                }
                String what = ns == Namespace.TYPE ? "type" : Character.isUpperCase(name.charAt(0)) ? "value" : "function";
                return fail(report, "E0425", "cannot find " + what + " `" + name + "` in "
                    + (cur.parent == null ? "the crate root" : "module `" + cur.shown() + "`"), span, i);
            }
            Def def = (Def) d;
            if (!visible(def.visibleIn(), m)) {
                return fail(report, "E0603", def.kind() + " `" + name + "` is private", span, i);
            }
            if (def.module() == null) return new ItemRes(def, i + 1);
            cur = def.module();
        }
        if (ns == Namespace.VALUE) {
            return fail(report, "E0423", "expected value, found module `" + String.join("::", segs) + "`", span, segs.size() - 1);
        }
        return new ModuleRes(cur);
    }

    private static Resolution fail(boolean report, String code, String message, Span span, int segment) {
        if (!report) return OUTSIDE;
        throw new Error(Diagnostic.error(message).code(code).span(span).build(), segment);
    }

    /** Whether a path's first segment is a module of the program (or `crate`, `self`, `super`) as seen from m. */
    boolean startsInProgram(Module m, String first) {
        return first.equals("crate") || first.equals("self") || first.equals("super")
            || lookup(m, first, Namespace.TYPE, m) instanceof Def d && d.module() != null;
    }

    static boolean isExternCrate(String name) { return EXTERN.contains(name); }

    static final Set<String> PRIMITIVES = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64",
        "u128", "usize", "f32", "f64", "bool", "char", "str");
}
