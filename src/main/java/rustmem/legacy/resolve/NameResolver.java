package rustmem.legacy.resolve;

import rustmem.resolve.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.legacy.resolve.ModuleTree.ItemRes;
import rustmem.legacy.resolve.ModuleTree.Module;
import rustmem.legacy.resolve.ModuleTree.Namespace;
import rustmem.legacy.resolve.ModuleTree.Resolution;
import rustmem.source.Diagnostic;
import rustmem.syntax.Token;
import rustmem.syntax.TokenKind;
import rustmem.syntax.ast.AstMap;
import rustmem.syntax.ast.AstWalk;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;

/**
 * Name resolution of the program's own items: resolves every path through the module tree (with
 * `use`, `self`, `super`, `crate` and privacy) and flattens the modules into one crate whose items
 * have unique names ("a::b::f") and whose paths name them directly, so that the type checker sees
 * a crate without modules. std paths, locals and generic parameters are left as written.
 */
public final class NameResolver {
    /** A program rustc rejects for a name (E0433, E0425, E0603, E0423 …), or one rustmem cannot resolve yet. */
    public static final class ResolveError extends RuntimeException {
        public final Diagnostic diagnostic;

        ResolveError(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    /** The flattened crate, and the module (its path, "" for the root) each of its items (by kind) was declared in. */
    public record Flattened(Crate crate, Map<Item.ItemKind, String> moduleOf) {}

    private final ModuleTree tree = new ModuleTree();
    /** Whether any path needs rewriting: the program has modules or imports its own items. */
    private boolean rewrites;
    private final Map<Item.ItemKind, String> moduleOf = new IdentityHashMap<>();
    /** The module (or block) paths are resolved in, and the names the current function binds. */
    private Module scope;
    private Set<String> locals = Set.of();

    private NameResolver() {}

    /** The crate with its modules flattened (a crate without modules keeps its items and paths as they are). */
    public static Flattened flatten(Crate crate) {
        NameResolver r = new NameResolver();
        try {
            r.collect(r.tree.root, crate.items());
            r.checkImports(r.tree.root);
            if (!r.rewrites) {
                // one flat module importing none of its own items: every path already names its item
                r.validate(crate.items());
                return new Flattened(crate, Map.of());
            }
            List<Item> out = new ArrayList<>();
            r.flattenInto(r.tree.root, crate.items(), out);
            return new Flattened(new Crate(crate.attrs(), out, crate.span()), r.moduleOf);
        } catch (ModuleTree.Error e) {
            throw new ResolveError(e.diagnostic);
        }
    }

    // ------------------------------------------------------------------ the module tree

    private void collect(Module m, List<Item> items) {
        for (Item item : items) {
            if (!Cfg.enabled(item.attrs())) continue;
            switch (item.kind()) {
                case Item.Mod mod when mod.items() == null ->
                    throw unsupported(item.span(), "modules in other files (`mod " + mod.name().name() + ";`)");
                case Item.Mod mod -> collect(tree.declareModule(m, item, mod.name()), mod.items());
                case Item.Use u -> tree.addImports(m, u.tree(), List.of(), item.vis());
                default -> tree.declare(m, item);
            }
        }
        AstWalk.walk(items, n -> {
            switch (n) {
                case Item.UseTree u when u.kind() != Item.UseTree.Kind.NESTED -> {
                    // what a `use` anywhere binds is a known name (std's modules included)
                    if (u.rename() != null) tree.declaredAnywhere.add(u.rename().name());
                    if (u.prefix() != null && !u.prefix().segments().isEmpty()) {
                        String first = u.prefix().segments().get(0).ident().name();
                        tree.declaredAnywhere.add(u.prefix().last().name());
                        if (!ModuleTree.isExternCrate(first)) rewrites = true;   // imports the program's own items
                    }
                }
                case Item.Mod mod -> {
                    tree.declaredAnywhere.add(mod.name().name());
                    rewrites = true;
                }
                case Item.Struct s -> tree.declaredAnywhere.add(s.name().name());
                case Item.Enum e -> tree.declaredAnywhere.add(e.name().name());
                case Item.Trait t -> tree.declaredAnywhere.add(t.name().name());
                case Item.TypeAlias t -> tree.declaredAnywhere.add(t.name().name());
                case Generics.TypeParam tp -> tree.declaredAnywhere.add(tp.name().name());
                default -> { }
            }
            return true;
        });
    }

    /**
     * rustc reports an import that names nothing even where it is not used: E0432 when the imported name
     * or the module holding it is missing, E0433 when a module further up the path is.
     */
    private void checkImports(Module m) {
        for (ModuleTree.Import im : m.imports) {
            List<String> path = im.path();
            Resolution r = tree.resolve(m, path, Namespace.TYPE, false, im.span());
            if (r == ModuleTree.OUTSIDE) r = tree.resolve(m, path, Namespace.VALUE, false, im.span());
            if (r != ModuleTree.OUTSIDE) continue;
            if (!tree.startsInProgram(m, path.get(0))) {
                if (ModuleTree.isExternCrate(path.get(0))) continue;
                throw new ResolveError(Diagnostic.error("unresolved import `" + path.get(0) + "`").code("E0432").span(im.span()).build());
            }
            try {
                tree.resolve(m, path, im.glob() ? Namespace.TYPE : Namespace.VALUE, true, im.span());
                tree.resolve(m, path, Namespace.TYPE, true, im.span());
            } catch (ModuleTree.Error e) {
                int last = im.glob() ? path.size() : path.size() - 1;
                if (e.segment < last - 1 || !(e.diagnostic.code().equals("E0433") || e.diagnostic.code().equals("E0425"))) throw e;
                throw new ResolveError(Diagnostic.error("unresolved import `" + String.join("::", path.subList(0, e.segment + 1)) + "`")
                    .code("E0432").span(im.span()).build());
            }
        }
        for (ModuleTree.Def d : m.types.values()) if (d.module() != null && d.owner() == m) checkImports(d.module());
    }

    /** In a program with nothing to rewrite, the paths through modules are still checked (E0433, E0423 …). */
    private void validate(List<Item> items) {
        AstWalk.walk(items, n -> {
            switch (n) {
                case Expr.PathExpr pe when pe.qself() == null -> check(pe.path(), Namespace.VALUE);
                case Expr.Struct st when st.qself() == null -> check(st.path(), Namespace.TYPE);
                case Type.PathType pt when pt.qself() == null -> check(pt.path(), Namespace.TYPE);
                case Pat.PathPat pp when pp.qself() == null -> check(pp.path(), Namespace.VALUE);
                case Pat.TupleStruct ts when ts.qself() == null -> check(ts.path(), Namespace.VALUE);
                case Pat.StructPat sp when sp.qself() == null -> check(sp.path(), Namespace.TYPE);
                default -> { }
            }
            return true;
        });
    }

    private void check(Path p, Namespace ns) {
        if (p.global() || p.segments().size() < 2) return;
        tree.resolve(tree.root, p.segments().stream().map(s -> s.ident().name()).toList(), ns, true, p.span());
    }

    // ------------------------------------------------------------------ flattening

    private void flattenInto(Module m, List<Item> items, List<Item> out) {
        Module saved = scope;
        try {
            flattenItems(m, items, out);
        } finally {
            scope = saved;
        }
    }

    private void flattenItems(Module m, List<Item> items, List<Item> out) {
        for (Item item : items) {
            if (!Cfg.enabled(item.attrs())) {
                out.add(item);
                continue;
            }
            switch (item.kind()) {
                case Item.Mod mod -> flattenInto(((ModuleTree.Def) m.types.get(mod.name().name())).module(), mod.items(), out);
                // imports of std stay for the type checker; those of the program's items are resolved here
                case Item.Use u -> out.addAll(useItems(item, keptUses(m, u.tree(), List.of())));
                default -> {
                    scope = m;
                    Item mapped = item(item, true);
                    String module = m.prefix.isEmpty() ? "" : m.shown();
                    moduleOf.put(mapped.kind(), module);
                    List<Item> members = switch (mapped.kind()) {
                        case Item.Impl impl -> impl.items();
                        case Item.Trait t -> t.items();
                        default -> List.of();
                    };
                    for (Item member : members) moduleOf.put(member.kind(), module);
                    out.add(mapped);
                }
            }
        }
    }

    /**
     * The imports kept for the type checker, as trees of their own: those of std, and of an enum's variants
     * (with the enum's unique name as their prefix). Imports of the program's items are resolved here and dropped.
     */
    private List<Item.UseTree> keptUses(Module m, Item.UseTree t, List<Path.PathSegment> prefix) {
        List<Path.PathSegment> segs = new ArrayList<>(prefix);
        if (t.prefix() != null) segs.addAll(t.prefix().segments());
        if (t.kind() != Item.UseTree.Kind.NESTED && !segs.isEmpty() && segs.get(segs.size() - 1).ident().name().equals("self")) {
            segs.remove(segs.size() - 1);
        }
        List<String> path = segs.stream().map(sg -> sg.ident().name()).toList();
        List<Item.UseTree> out = new ArrayList<>();
        if (t.kind() == Item.UseTree.Kind.NESTED) {
            if (!path.isEmpty() && tree.resolve(m, path, Namespace.TYPE, false, t.span()) instanceof ItemRes ir
                && ir.def().kind().equals("enum") && ir.consumed() == path.size()) {
                // `self` (the enum itself) was resolved here; the variants are the type checker's
                List<Item.UseTree> variants = t.nested().stream().filter(n -> !(n.kind() == Item.UseTree.Kind.SIMPLE && n.prefix() != null
                    && n.prefix().segments().size() == 1 && n.prefix().segments().get(0).ident().name().equals("self"))).toList();
                if (!variants.isEmpty()) out.add(new Item.UseTree(enumPrefix(ir, segs, t), Item.UseTree.Kind.NESTED, null, variants, t.span()));
                return out;
            }
            for (Item.UseTree n : t.nested()) out.addAll(keptUses(m, n, segs));
            return out;
        }
        if (path.isEmpty()) return out;
        Resolution types = tree.resolve(m, path, Namespace.TYPE, false, t.span());
        Resolution values = tree.resolve(m, path, Namespace.VALUE, false, t.span());
        if (types instanceof ModuleTree.Outside && values instanceof ModuleTree.Outside) {
            out.add(new Item.UseTree(new Path(false, segs, t.span()), t.kind(), t.rename(), null, t.span()));
            return out;
        }
        boolean glob = t.kind() == Item.UseTree.Kind.GLOB;
        for (Resolution r : List.of(types, values)) {
            // `use Shape::*`, `use crate::Shape::Circle`: the type checker imports the variants of an enum
            if (r instanceof ItemRes ir && ir.def().kind().equals("enum") && (glob ? ir.consumed() == path.size() : ir.consumed() < path.size())) {
                out.add(new Item.UseTree(enumPrefix(ir, segs, t), t.kind(), t.rename(), null, t.span()));
                return out;
            }
        }
        return out;
    }

    /** A use path whose segments up to an enum are replaced by the enum's unique name. */
    private static Path enumPrefix(ItemRes ir, List<Path.PathSegment> segs, Item.UseTree t) {
        List<Path.PathSegment> out = new ArrayList<>();
        Path.PathSegment named = segs.get(ir.consumed() - 1);
        out.add(new Path.PathSegment(new Ident(ir.def().unique(), named.ident().span()), null, named.span()));
        out.addAll(segs.subList(ir.consumed(), segs.size()));
        return new Path(false, out, t.span());
    }

    private static List<Item> useItems(Item item, List<Item.UseTree> trees) {
        return trees.stream().map(tr -> new Item(item.attrs(), item.vis(), new Item.Use(tr), item.span())).toList();
    }

    // ------------------------------------------------------------------ rewriting paths

    /** An item with its name made unique (module items only) and every path inside resolved. */
    private Item item(Item item, boolean rename) {
        Set<String> saved = locals;
        try {
            if (item.kind() instanceof Item.Fn) locals = bindings(item);
            Item mapped = AstMap.children(item, this::map);
            if (!rename || scope.prefix.isEmpty()) return mapped;
            return new Item(mapped.attrs(), mapped.vis(), renamed(mapped.kind(), scope.prefix), mapped.span());
        } finally {
            locals = saved;
        }
    }

    private static Item.ItemKind renamed(Item.ItemKind k, String prefix) {
        return switch (k) {
            case Item.Fn f -> new Item.Fn(f.header(), unique(f.name(), prefix), f.generics(), f.decl(), f.body());
            case Item.Struct s -> new Item.Struct(unique(s.name(), prefix), s.generics(), s.data());
            case Item.Enum e -> new Item.Enum(unique(e.name(), prefix), e.generics(), e.variants());
            case Item.Union u -> new Item.Union(unique(u.name(), prefix), u.generics(), u.data());
            case Item.Trait t -> new Item.Trait(t.unsafe(), t.auto(), unique(t.name(), prefix), t.generics(), t.supertraits(), t.items());
            case Item.TypeAlias t -> new Item.TypeAlias(unique(t.name(), prefix), t.generics(), t.bounds(), t.type());
            case Item.Const c -> new Item.Const(unique(c.name(), prefix), c.generics(), c.type(), c.value());
            case Item.Static s -> new Item.Static(unique(s.name(), prefix), s.mutable(), s.type(), s.value());
            default -> k;
        };
    }

    private static Ident unique(Ident name, String prefix) { return new Ident(prefix + name.name(), name.span()); }

    /** The names a function binds (parameters and every pattern in its body): paths with these names may be locals. */
    private static Set<String> bindings(Item fn) {
        Set<String> out = new HashSet<>();
        AstWalk.walk(fn, n -> {
            if (n instanceof Pat.IdentPat ip) out.add(ip.name().name());
            return !(n instanceof Item it && it != fn);
        });
        return out;
    }

    private Object map(Object node) {
        return switch (node) {
            case Item it -> {
                // items inside bodies keep their names; they see the enclosing module's items
                yield item(it, false);
            }
            case Block b -> block(b);
            case Expr.PathExpr pe when pe.qself() == null ->
                AstMap.children(new Expr.PathExpr(null, path(pe.path(), Namespace.VALUE), pe.span()), this::map);
            case Expr.Struct st when st.qself() == null ->
                AstMap.children(new Expr.Struct(null, path(st.path(), Namespace.TYPE), st.fields(), st.base(), st.rest(), st.span()), this::map);
            case Type.PathType pt when pt.qself() == null ->
                AstMap.children(new Type.PathType(null, path(pt.path(), Namespace.TYPE), pt.span()), this::map);
            case Pat.IdentPat ip when ip.sub() == null && !ip.byRef() && !ip.mutable() -> {
                // a constant or unit struct of a module, named by a lone identifier: a path pattern, not a binding
                String item = itemNamed(ip.name());
                yield item == null ? ip : new Pat.PathPat(null, new Path(false, List.of(new Path.PathSegment(
                    new Ident(item, ip.name().span()), null, ip.span())), ip.span()), ip.span());
            }
            case Pat.PathPat pp when pp.qself() == null ->
                AstMap.children(new Pat.PathPat(null, path(pp.path(), Namespace.VALUE), pp.span()), this::map);
            case Pat.TupleStruct ts when ts.qself() == null ->
                AstMap.children(new Pat.TupleStruct(null, path(ts.path(), Namespace.VALUE), ts.elements(), ts.span()), this::map);
            case Pat.StructPat sp when sp.qself() == null ->
                AstMap.children(new Pat.StructPat(null, path(sp.path(), Namespace.TYPE), sp.fields(), sp.rest(), sp.span()), this::map);
            case GenericBound.TraitBound tb ->
                AstMap.children(new GenericBound.TraitBound(tb.forLifetimes(), tb.modifier(), path(tb.trait(), Namespace.TYPE),
                    tb.parenthesized(), tb.span()), this::map);
            case Item.Impl impl -> {
                Path trait = impl.traitRef() == null ? null : path(impl.traitRef(), Namespace.TYPE);
                yield AstMap.children(new Item.Impl(impl.unsafe(), impl.generics(), impl.negative(), trait, impl.selfType(),
                    impl.items()), this::map);
            }
            case Item.Visibility v -> v;
            case Item.Use u -> u;
            case MacCall mc -> new MacCall(mc.path(), (TokenTree.Delimited) tokens(mc.args()), mc.span());
            case Record r -> AstMap.children(r, this::map);
            default -> node;
        };
    }

    /**
     * A block with `use` or `mod` items is an anonymous module around its statements (rustc's block
     * modules): its modules are flattened in place, its other items keep their names.
     */
    private Block block(Block b) {
        List<Item> items = new ArrayList<>();
        for (Stmt s : b.stmts()) if (s instanceof Stmt.ItemStmt is) items.add(is.item());
        if (items.stream().noneMatch(it -> it.kind() instanceof Item.Use || it.kind() instanceof Item.Mod)) {
            return AstMap.children(b, this::map);
        }
        Module saved = scope;
        scope = new Module("{block}", saved, true);
        try {
            collect(scope, items);
            checkImports(scope);
            List<Stmt> stmts = new ArrayList<>();
            for (Stmt s : b.stmts()) {
                if (s instanceof Stmt.ItemStmt is && Cfg.enabled(is.item().attrs())) {
                    switch (is.item().kind()) {
                        case Item.Use u -> {
                            for (Item kept : useItems(is.item(), keptUses(scope, u.tree(), List.of()))) stmts.add(new Stmt.ItemStmt(kept));
                        }
                        case Item.Mod mod -> {
                            List<Item> flat = new ArrayList<>();
                            flattenInto(((ModuleTree.Def) scope.types.get(mod.name().name())).module(), mod.items(), flat);
                            for (Item it : flat) stmts.add(new Stmt.ItemStmt(it));
                        }
                        default -> stmts.add((Stmt) map(s));
                    }
                } else {
                    stmts.add((Stmt) map(s));
                }
            }
            return new Block(stmts, b.unsafe(), b.span());
        } finally {
            scope = saved;
        }
    }

    /** The unique name of the constant, static or unit struct a lone identifier names where it has another one; else null. */
    private String itemNamed(Ident name) {
        Resolution r = tree.resolve(scope, List.of(name.name()), Namespace.VALUE, false, name.span());
        boolean item = r instanceof ItemRes ir && !ir.def().unique().equals(name.name())
            && (ir.def().kind().equals("constant") || ir.def().kind().equals("static") || ir.def().kind().equals("struct"));
        return item ? ((ItemRes) r).def().unique() : null;
    }

    /** A path naming one of the program's items, rewritten to the item's unique name (then the rest: variants, associated items). */
    private Path path(Path p, Namespace ns) {
        if (p.global()) return p;
        List<String> segs = p.segments().stream().map(s -> s.ident().name()).toList();
        boolean local = segs.size() == 1 && ns == Namespace.VALUE && locals.contains(segs.get(0));
        if (!(tree.resolve(scope, segs, ns, !local, p.span()) instanceof ItemRes ir)) return p;
        Path.PathSegment named = p.segments().get(ir.consumed() - 1);
        if (ir.consumed() == 1 && ir.def().unique().equals(named.ident().name())) return p;
        if (local) throw unsupported(p.span(), "a local variable named like an item of a module (`" + segs.get(0) + "`)");
        List<Path.PathSegment> out = new ArrayList<>();
        out.add(new Path.PathSegment(new Ident(ir.def().unique(), named.ident().span()), named.args(), named.span()));
        out.addAll(p.segments().subList(ir.consumed(), p.segments().size()));
        return new Path(false, out, p.span());
    }

    /** Paths inside a macro's input (println!'s arguments …): `a::f` becomes one identifier token naming the item. */
    private TokenTree tokens(TokenTree t) {
        if (!(t instanceof TokenTree.Delimited d)) return t;
        List<TokenTree> in = d.trees();
        List<TokenTree> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            TokenTree tt = in.get(i);
            boolean afterDot = i > 0 && in.get(i - 1) instanceof TokenTree.Leaf pl && pl.token().is(TokenKind.DOT);
            if (!(tt instanceof TokenTree.Leaf leaf) || !leaf.token().isIdent() || afterDot) {
                out.add(tokens(tt));
                continue;
            }
            List<String> segs = new ArrayList<>(List.of(leaf.token().text()));
            int j = i;
            while (j + 2 < in.size() && in.get(j + 1) instanceof TokenTree.Leaf sep && sep.token().is(TokenKind.PATHSEP)
                && in.get(j + 2) instanceof TokenTree.Leaf next && next.token().isIdent()) {
                segs.add(next.token().text());
                j += 2;
            }
            boolean macroName = j + 1 < in.size() && in.get(j + 1) instanceof TokenTree.Leaf bang && bang.token().is(TokenKind.NOT);
            // a struct literal's path names a type; others a value (or a type, before `::` and an associated item)
            boolean literal = j + 1 < in.size() && in.get(j + 1) instanceof TokenTree.Delimited next && next.delim() == TokenTree.Delim.BRACE;
            Namespace first = literal ? Namespace.TYPE : Namespace.VALUE;
            Namespace second = literal ? Namespace.VALUE : Namespace.TYPE;
            Resolution r = ModuleTree.OUTSIDE;
            if (!macroName && !(segs.size() == 1 && locals.contains(segs.get(0)))) {
                r = tree.resolve(scope, segs, first, false, leaf.span());
                if (r == ModuleTree.OUTSIDE) r = tree.resolve(scope, segs, second, false, leaf.span());
                // a path through the program's modules that names nothing (or something private) is an error
                if (r == ModuleTree.OUTSIDE && segs.size() > 1 && tree.startsInProgram(scope, segs.get(0))) {
                    tree.resolve(scope, segs, first, true, leaf.span());
                }
            }
            if (r instanceof ItemRes ir && !(ir.consumed() == 1 && ir.def().unique().equals(segs.get(0)))) {
                Token last = ((TokenTree.Leaf) in.get(i + 2 * (ir.consumed() - 1))).token();
                out.add(new TokenTree.Leaf(new Token(TokenKind.IDENT, ir.def().unique(), leaf.token().lo(), last.hi(), null)));
                i += 2 * (ir.consumed() - 1);
            } else {
                out.add(tt);
            }
        }
        return new TokenTree.Delimited(d.delim(), out, d.span());
    }

    private static ResolveError unsupported(rustmem.source.Span span, String what) {
        return new ResolveError(Diagnostic.error("unsupported: " + what).span(span).build());
    }
}
