package rustmem.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.Type;

/**
 * Name resolution for the program and std together (rustc_resolve): gives every item a {@link DefId}, builds
 * the module tree of both crates, resolves imports to a fixed point, and resolves paths through modules,
 * preludes and primitive types. Paths inside items and bodies are resolved by {@link LateResolver}.
 */
public final class Resolver {
    public static final Set<String> PRIMITIVE_TYPES = Set.of("bool", "char", "str", "i8", "i16", "i32", "i64", "i128",
        "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64");
    private static final Set<String> CRATE_NAMES = Set.of("std", "core", "alloc");

    final Definitions defs;
    final Diagnostics diags;
    final Map<DefId, ModuleData> modules = new HashMap<>();
    final Map<Block, ModuleData> blockModules = new IdentityHashMap<>();
    /** The items whose bodies declare items (std resolves these bodies with their items, not when first checked). */
    final Set<DefId> bodiesWithItems = new java.util.HashSet<>();
    /** The names of the macros in scope (std's exported ones). */
    Set<String> macroNames = Set.of();
    /** Conflicts (name@offset) and failed import paths (path@offset) already reported, so that each is reported once. */
    final Set<String> conflictReported = new java.util.HashSet<>();
    final LangItems langItems;
    /** Every item definition in the order met, per crate: the type checker's work list. */
    final List<DefId> items = new ArrayList<>();
    private final List<Import> imports = new ArrayList<>();
    ModuleData localRoot, stdRoot;
    /** std's prelude for std (2024's) and for the program (its edition's). */
    ModuleData prelude;
    private ModuleData localPrelude;

    /** One `use` leaf: the path to a module, and the name imported from it (null for a glob). */
    private record Import(ModuleData module, boolean global, List<Ident> modulePath, Ident target, String rename,
                          Visibility vis, Span span) {
        boolean glob() { return target == null; }
    }

    /** The program's edition: its prelude (std's own is 2024's). */
    final rustmem.source.Edition edition;

    private Resolver(Diagnostics diags, rustmem.source.Edition edition) {
        this.diags = diags;
        this.edition = edition;
        this.defs = new Definitions();
        this.langItems = new LangItems();
    }

    /** A compilation's resolver, starting from std resolved (whose tables it shares and never changes). */
    private Resolver(StdResolution std, Diagnostics diags, rustmem.source.Edition edition) {
        Resolver s = std.resolver;
        this.diags = diags;
        this.edition = edition;
        this.defs = new Definitions(s.defs);
        this.langItems = new LangItems(s.langItems);
        this.modules.putAll(s.modules);
        this.blockModules.putAll(s.blockModules);
        this.items.addAll(s.items);
        this.macroNames = s.macroNames;
        this.stdRoot = s.stdRoot;
        this.prelude = s.prelude;
    }

    /**
     * std resolved on its own — its names never depend on the program's — with what it reported (nothing, unless std
     * is broken). Made once per std crate and shared by every compilation of the process: resolving std is most of
     * the work of resolving a program.
     */
    record StdResolution(Crate crate, Set<String> macroNames, Resolver resolver, ResolverOutputs outputs,
                         List<Diagnostic> diagnostics) {}

    private static StdResolution cachedStd;

    /** A resolver of std (std's own edition), which resolution or the image's ({@link StdResolutionCodec}) fills in. */
    static Resolver forStd(Diagnostics diags) { return new Resolver(diags, rustmem.source.Edition.E2024); }

    static synchronized StdResolution resolveStd(Crate std, Set<String> macroNames) {
        StdResolution c = cachedStd;
        if (c != null && c.crate == std && c.macroNames.equals(macroNames)) return c;
        c = StdSource.imageResolution(std);
        if (c != null && c.macroNames.equals(macroNames)) {
            cachedStd = c;
            return c;
        }
        Diagnostics own = new Diagnostics(null);
        Resolver r = forStd(own);
        r.macroNames = Set.copyOf(macroNames);
        DefId stdDef = r.defs.create(DefKind.MOD, "std", null, std, std.span(), Definitions.STD_CRATE, Visibility.PUBLIC, null);
        r.stdRoot = new ModuleData(ModuleData.Kind.MOD, stdDef, null, Definitions.STD_CRATE);
        r.modules.put(stdDef, r.stdRoot);
        new DefCollector(r, Definitions.STD_CRATE).collectItems(r.stdRoot, std.items(), stdDef);
        r.resolveImports();
        r.prelude = r.findPrelude(rustmem.source.Edition.E2024);
        ResolverOutputs out = new ResolverOutputs(r, null);
        new LateResolver(r, out, true).resolveCrate(r.stdRoot, std.items());
        c = new StdResolution(std, r.macroNames, r, out, own.all());
        cachedStd = c;
        return c;
    }

    /**
     * Resolves the program with std, the program written to an edition, knowing the names of the macros in scope
     * (std's exported ones), which expansion has replaced by now: a path that names one without `!` is E0423.
     */
    public static ResolverOutputs resolve(Crate program, Crate std, Diagnostics diags, rustmem.source.Edition edition,
                                          Set<String> macroNames) {
        BuiltinAttributes.check(program, diags);
        StdResolution stdRes = resolveStd(std, macroNames);
        for (Diagnostic d : stdRes.diagnostics()) diags.emit(d);
        Resolver r = new Resolver(stdRes, diags, edition);
        DefId localDef = r.defs.create(DefKind.MOD, "crate", null, program, program.span(), Definitions.LOCAL_CRATE,
            Visibility.PUBLIC, null);
        r.localRoot = new ModuleData(ModuleData.Kind.MOD, localDef, null, Definitions.LOCAL_CRATE);
        r.modules.put(localDef, r.localRoot);
        new DefCollector(r, Definitions.LOCAL_CRATE).collectItems(r.localRoot, program.items(), localDef);
        r.resolveImports();
        r.localPrelude = r.findPrelude(edition);
        ResolverOutputs out = new ResolverOutputs(r, stdRes.outputs());
        new LateResolver(r, out, false).resolveCrate(r.localRoot, program.items());
        return out;
    }

    // ------------------------------------------------------------------ imports

    void addImport(ModuleData module, Item.UseTree tree, List<Ident> prefix, boolean global, Visibility vis) {
        List<Ident> path = new ArrayList<>(prefix);
        boolean isGlobal = global || tree.prefix().global();
        for (Path.PathSegment s : tree.prefix().segments()) path.add(s.ident());
        switch (tree.kind()) {
            case GLOB -> imports.add(new Import(module, isGlobal, path, null, null, vis, tree.span()));
            case NESTED -> {
                for (Item.UseTree t : tree.nested()) addImport(module, t, path, isGlobal, vis);
            }
            case SIMPLE -> {
                if (path.isEmpty()) return;
                Ident last = path.get(path.size() - 1);
                List<Ident> modPath = path.subList(0, path.size() - 1);
                String rename = tree.rename() != null ? tree.rename().name() : null;
                if (last.name().equals("self")) {
                    // `use a::b::{self}` imports the module b
                    if (modPath.isEmpty()) return;
                    Ident named = modPath.get(modPath.size() - 1);
                    imports.add(new Import(module, isGlobal, List.copyOf(modPath.subList(0, modPath.size() - 1)), named,
                        rename != null ? rename : named.name(), vis, tree.span()));
                } else {
                    imports.add(new Import(module, isGlobal, List.copyOf(modPath), last, rename != null ? rename : last.name(),
                        vis, tree.span()));
                }
            }
        }
    }

    private void resolveImports() {
        List<Import> pending = new ArrayList<>(imports);
        Set<Import> globsDone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean progress = true;
        while (progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Import im = it.next();
                ModuleData target = importModule(im);
                if (target == null) continue;
                if (im.glob()) {
                    // a glob is redone each round: the target may gain names through its own imports
                    if (glob(im, target)) progress = true;
                    globsDone.add(im);
                    continue;
                }
                if (single(im, target)) {
                    it.remove();
                    progress = true;
                }
            }
        }
        for (Import im : pending) {
            if (im.glob() && globsDone.contains(im)) continue;
            reportImport(im);
        }
    }

    /** The module an import takes names from, or null while it cannot be found (yet). */
    private ModuleData importModule(Import im) {
        if (im.modulePath().isEmpty()) {
            if (im.glob()) return null;
            // `use foo;`: a crate, or in 2018+ a name relative to the current module
            return im.module();
        }
        PathOutcome o = modulePath(im.module(), im.global(), im.modulePath(), true);
        return o.module;
    }

    private boolean single(Import im, ModuleData target) {
        String name = im.target().name();
        boolean found = false;
        if (im.modulePath().isEmpty() && !im.global()) {
            // `use std;` / `use foo;` (foo an item of this module or a crate)
            if (CRATE_NAMES.contains(name)) {
                found = im.module().define(im.rename(), Namespace.TYPE, new ModuleData.NameBinding(
                    new Res.Def(DefKind.MOD, stdRoot.def), im.vis(), im.span(), true)) || true;
                return found;
            }
        }
        for (Namespace ns : Namespace.values()) {
            ModuleData.NameBinding b = target.get(name, ns);
            if (b == null && target.kind == ModuleData.Kind.MOD && im.modulePath().isEmpty()) b = lexical(target, name, ns);
            if (b == null) continue;
            if (!accessible(b.vis(), im.module())) continue;
            found = true;
            if (im.rename().equals("_")) {
                if (b.res() instanceof Res.Def d && d.kind() == DefKind.TRAIT) im.module().anonymousTraits.add(d.id());
                continue;
            }
            ModuleData.NameBinding binding = new ModuleData.NameBinding(b.res(), im.vis(), im.span(), true);
            if (!im.module().define(im.rename(), ns, binding) && im.module().crate == Definitions.LOCAL_CRATE) reimported(im, ns);
        }
        return found;
    }

    /** E0252 (a name imported twice) or E0255 (imported over an item): the first binding stays. */
    private void reimported(Import im, Namespace ns) {
        String name = im.rename();
        if (!conflictReported.add(name + "@" + im.span().lo())) return;
        ModuleData.NameBinding before = im.module().explicit.get(ns.ordinal()).get(name);
        String what = ns == Namespace.TYPE ? "type" : ns == Namespace.VALUE ? "value" : "macro";
        diags.emit(Diagnostic.error("the name `" + name + "` is defined multiple times").code(before.imported() ? "E0252" : "E0255")
            .span(im.span(), "`" + name + "` reimported here")
            .secondary(before.span(), "previous " + (before.imported() ? "import" : "definition") + " of the " + what + " `" + name + "` here")
            .note("`" + name + "` must be defined only once in the " + what + " namespace of this "
                + (im.module().kind == ModuleData.Kind.BLOCK ? "block" : "module")));
    }

    private boolean glob(Import im, ModuleData target) {
        boolean changed = false;
        for (Namespace ns : Namespace.values()) {
            for (var e : target.all(ns).entrySet()) {
                ModuleData.NameBinding b = e.getValue();
                if (!accessible(b.vis(), im.module())) continue;
                var map = im.module().globbed.get(ns.ordinal());
                if (!map.containsKey(e.getKey())) {
                    map.put(e.getKey(), new ModuleData.NameBinding(b.res(), im.vis(), im.span(), true));
                    changed = true;
                }
            }
        }
        for (DefId t : target.anonymousTraits) {
            if (!im.module().anonymousTraits.contains(t)) {
                im.module().anonymousTraits.add(t);
                changed = true;
            }
        }
        return changed;
    }

    private void reportImport(Import im) {
        PathOutcome o = im.modulePath().isEmpty() ? null : modulePath(im.module(), im.global(), im.modulePath(), false);
        if (o != null && o.module == null) {
            // the path up to the segment that names nothing, as rustc says it
            Ident bad = im.modulePath().get(o.failedAt);
            if (!conflictReported.add("path@" + bad.span().lo())) return;   // a `use a::{b, c}` group fails once
            String prev = o.failedAt == 0 ? null : im.modulePath().get(o.failedAt - 1).name();
            boolean atRoot = "crate".equals(prev) || "self".equals(prev) && im.module().normal().parent == null;
            String label = prev == null ? unresolvedModuleLabel(bad.name())
                : "could not find `" + bad.name() + "` in " + (atRoot ? "the crate root" : "`" + prev + "`");
            if (o.failedAt < im.modulePath().size() - 1) {
                // a module on the way to the imported one names nothing: rustc says so as for any path (E0433)
                String message = prev == null ? unresolvedModuleMessage(bad.name()) : "cannot find `" + bad.name() + "` in `" + prev + "`";
                diags.emit(Diagnostic.error(message).code("E0433").span(bad.span(), label));
                return;
            }
            diags.emit(Diagnostic.error("unresolved import `" + joined(im.modulePath().subList(0, o.failedAt + 1)) + "`").code("E0432")
                .span(bad.span(), label));
            return;
        }
        String shown = im.glob() ? joined(im.modulePath()) : im.modulePath().isEmpty() ? im.target().name()
            : joined(im.modulePath()) + "::" + im.target().name();
        Span at = im.glob() ? im.span() : im.target().span();
        String label = "no `" + (im.glob() ? "*" : im.target().name()) + "` in " + (im.modulePath().isEmpty() ? "the root"
            : "`" + joined(im.modulePath()) + "`");
        diags.emit(Diagnostic.error("unresolved import `" + shown + "`").code("E0432").span(at, label));
    }

    /** rustc's message for a path whose first segment names nothing (a type by its capital, else a module or crate). */
    static String unresolvedModuleMessage(String name) {
        return Character.isUpperCase(name.charAt(0)) ? "cannot find type `" + name + "` in this scope"
            : "cannot find module or crate `" + name + "` in this scope";
    }

    static String unresolvedModuleLabel(String name) {
        return Character.isUpperCase(name.charAt(0)) ? "use of undeclared type `" + name + "`"
            : "use of unresolved module or unlinked crate `" + name + "`";
    }

    private static String joined(List<Ident> path) {
        StringBuilder b = new StringBuilder();
        for (Ident i : path) b.append(b.isEmpty() ? "" : "::").append(i.name());
        return b.toString();
    }

    /** std::prelude::rust_20xx of an edition, or null (std without preludes). */
    private ModuleData findPrelude(rustmem.source.Edition e) {
        ModuleData.NameBinding p = stdRoot.get("prelude", Namespace.TYPE);
        if (p == null || !(p.res() instanceof Res.Def d)) return null;
        ModuleData pm = modules.get(d.id());
        ModuleData.NameBinding r = pm == null ? null : pm.get("rust_" + e.year, Namespace.TYPE);
        return r != null && r.res() instanceof Res.Def rd ? modules.get(rd.id()) : null;
    }

    /** The prelude the scope sees, or null (none, or `#![no_implicit_prelude]`). */
    private ModuleData preludeOf(ModuleData scope) {
        ModuleData normal = scope.normal();
        if (!normal.prelude) return null;
        return normal.crate == Definitions.STD_CRATE ? prelude : localPrelude;
    }

    // ------------------------------------------------------------------ paths

    /** Where a module path led: the module, or the index of the segment that failed (module null). */
    record PathOutcome(ModuleData module, int failedAt, Res nonModule) {}

    /** Resolves every segment of path as a module (or enum); reports nothing. */
    PathOutcome modulePath(ModuleData scope, boolean global, List<Ident> path, boolean quiet) {
        ModuleData m;
        int i = 0;
        if (global) {
            if (path.isEmpty() || !CRATE_NAMES.contains(path.get(0).name())) return new PathOutcome(null, 0, null);
            m = stdRoot;
            i = 1;
        } else {
            String first = path.get(0).name();
            switch (first) {
                case "crate" -> { m = scope.root(); i = 1; }
                case "self" -> { m = scope.normal(); i = 1; }
                case "super" -> {
                    m = scope.normal();
                    while (i < path.size() && path.get(i).name().equals("super")) {
                        m = m.parent == null ? null : m.parent.normal();
                        if (m == null) return new PathOutcome(null, i, null);
                        i++;
                    }
                }
                default -> {
                    ModuleData.NameBinding b = lexical(scope, first, Namespace.TYPE);
                    ModuleData found = b == null ? null : moduleOf(b.res());
                    if (found == null) return new PathOutcome(null, 0, b == null ? null : b.res());
                    m = found;
                    i = 1;
                }
            }
        }
        for (; i < path.size(); i++) {
            ModuleData.NameBinding b = m.get(path.get(i).name(), Namespace.TYPE);
            ModuleData next = b == null ? null : moduleOf(b.res());
            if (next == null) return new PathOutcome(null, i, b == null ? null : b.res());
            m = next;
        }
        return new PathOutcome(m, -1, null);
    }

    /** The module (or enum) a resolution names, or null. */
    ModuleData moduleOf(Res res) {
        return res instanceof Res.Def d && (d.kind() == DefKind.MOD || d.kind() == DefKind.ENUM) ? modules.get(d.id()) : null;
    }

    /**
     * A name looked up from a scope outwards: the scope's items and imports, the enclosing blocks and module,
     * then the crates (std, core, alloc), the std prelude and, for types, the primitive types.
     */
    ModuleData.NameBinding lexical(ModuleData scope, String name, Namespace ns) {
        for (ModuleData m = scope; m != null; m = m.parent) {
            ModuleData.NameBinding b = m.get(name, ns);
            if (b != null) return b;
            if (m.kind == ModuleData.Kind.MOD) break;   // items of modules further out are not in scope
        }
        if (ns == Namespace.TYPE && CRATE_NAMES.contains(name)) {
            return new ModuleData.NameBinding(new Res.Def(DefKind.MOD, stdRoot.def), Visibility.PUBLIC, null, false);
        }
        ModuleData pre = preludeOf(scope);
        if (pre != null) {
            ModuleData.NameBinding b = pre.get(name, ns);
            if (b != null) return b;
        }
        if (ns == Namespace.TYPE && PRIMITIVE_TYPES.contains(name)) {
            return new ModuleData.NameBinding(new Res.PrimTy(name), Visibility.PUBLIC, null, false);
        }
        return null;
    }

    /** Whether an item of this visibility may be named from the scope. */
    boolean accessible(Visibility vis, ModuleData from) {
        if (!(vis instanceof Visibility.Restricted r)) return true;
        for (ModuleData m = from.normal(); m != null; m = m.parent == null ? null : m.parent.normal()) {
            if (m.def.equals(r.module())) return true;
        }
        return false;
    }

    /** The traits in scope at a scope: declared or imported in it and its enclosing blocks and module, and the prelude's. */
    List<DefId> traitsInScope(ModuleData scope) {
        Set<DefId> out = new LinkedHashSet<>();
        for (ModuleData m = scope; m != null; m = m.parent) {
            for (ModuleData.NameBinding b : m.all(Namespace.TYPE).values()) {
                if (b.res() instanceof Res.Def d && d.kind() == DefKind.TRAIT) out.add(d.id());
            }
            out.addAll(m.anonymousTraits);
            if (m.kind == ModuleData.Kind.MOD) break;
        }
        ModuleData pre = preludeOf(scope);
        if (pre != null) {
            for (ModuleData.NameBinding b : pre.all(Namespace.TYPE).values()) {
                if (b.res() instanceof Res.Def d && d.kind() == DefKind.TRAIT) out.add(d.id());
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ helpers for the collector

    static Visibility visibility(Item.Visibility v, ModuleData scope) {
        ModuleData normal = scope.normal();
        return switch (v.kind()) {
            case PUB -> Visibility.PUBLIC;
            case CRATE, IN_PATH -> new Visibility.Restricted(normal.root().def);
            case SUPER -> new Visibility.Restricted(normal.parent == null ? normal.def : normal.parent.normal().def);
            case SELF, INHERITED -> new Visibility.Restricted(normal.def);
        };
    }

    static String attrValue(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) {
            if (a.is(name) && a.args() instanceof Attribute.Eq eq && eq.value() instanceof Expr.LitExpr l) return l.lit().cooked();
        }
        return null;
    }

    static boolean hasAttr(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) if (a.is(name)) return true;
        return false;
    }

    /** Whether a generics list declares type or const parameters (lifetimes are erased). */
    static boolean hasTypeParams(Generics g) {
        for (Generics.GenericParam p : g.params()) if (!(p instanceof Generics.LifetimeParam)) return true;
        return false;
    }

    /** Blocks that declare items become scopes of their own. */
    static boolean declaresItems(Block b) {
        for (Stmt s : b.stmts()) if (s instanceof Stmt.ItemStmt) return true;
        return false;
    }

    static boolean isImplTrait(Type t) { return t instanceof Type.ImplTrait; }
}
