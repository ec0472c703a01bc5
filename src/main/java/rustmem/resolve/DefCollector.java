package rustmem.resolve;

import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.syntax.ast.AstWalk;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericArgs;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.Type;

/**
 * Creates the {@link DefId}s of one crate's items (rustc_resolve's DefCollector and build_reduced_graph):
 * modules, types, traits, impls and their associated items, functions, constants and statics, variants,
 * fields, generic parameters, closures and {@code impl Trait} types; binds each name in its module and
 * namespace, and hands `use` items to the {@link Resolver}. Blocks that declare items become scopes.
 */
final class DefCollector {
    private final Resolver r;
    private final int crate;

    DefCollector(Resolver r, int crate) {
        this.r = r;
        this.crate = crate;
    }

    void collectItems(ModuleData scope, List<Item> items, DefId parent) {
        for (Item item : items) collectItem(scope, item, parent);
    }

    private DefId create(DefKind kind, String name, DefId parent, Object node, rustmem.source.Span span, Visibility vis,
                         ModuleData scope) {
        return r.defs.create(kind, name, parent, node, span, crate, vis, scope.normal().def);
    }

    private void define(ModuleData scope, String name, Namespace ns, Res res, Visibility vis, rustmem.source.Span span) {
        if (name.equals("_")) return;
        if (!scope.define(name, ns, new ModuleData.NameBinding(res, vis, span, false)) && r.conflictReported.add(name + "@" + span.lo())) {
            // reported once for a name defined again (a tuple struct's type and constructor conflict together)
            ModuleData.NameBinding before = scope.explicit.get(ns.ordinal()).get(name);
            String what = ns == Namespace.TYPE ? "type" : ns == Namespace.VALUE ? "value" : "macro";
            r.diags.emit(Diagnostic.error("the name `" + name + "` is defined multiple times").code("E0428")
                .span(span, "`" + name + "` redefined here")
                .secondary(before.span(), "previous definition of the " + what + " `" + name + "` here")
                .note("`" + name + "` must be defined only once in the " + what + " namespace of this "
                    + (scope.kind == ModuleData.Kind.BLOCK ? "block" : "module")));
        }
    }

    private void langItem(List<Attribute> attrs, DefId def) {
        String lang = Resolver.attrValue(attrs, "lang");
        if (lang != null) r.langItems.add(lang, def);
    }

    void collectItem(ModuleData scope, Item item, DefId parent) {
        if (!rustmem.resolve.Cfg.enabled(item.attrs())) return;
        Visibility vis = visibility(item.vis(), scope);
        switch (item.kind()) {
            case Item.Mod m -> {
                DefId def = create(DefKind.MOD, m.name().name(), parent, item, item.span(), vis, scope);
                ModuleData md = new ModuleData(ModuleData.Kind.MOD, def, scope, crate);
                if (Resolver.hasAttr(item.attrs(), "no_implicit_prelude")) md.prelude = false;
                r.modules.put(def, md);
                define(scope, m.name().name(), Namespace.TYPE, new Res.Def(DefKind.MOD, def), vis, m.name().span());
                if (m.items() == null) {
                    r.diags.emit(Diagnostic.error("unsupported: modules in other files (`mod " + m.name().name() + ";`)")
                        .span(item.span()));
                    return;
                }
                collectItems(md, m.items(), def);
            }
            case Item.Struct s -> {
                DefId def = create(DefKind.STRUCT, s.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                langItem(item.attrs(), def);
                define(scope, s.name().name(), Namespace.TYPE, new Res.Def(DefKind.STRUCT, def), vis, s.name().span());
                if (s.data().kind() != Item.VariantData.Kind.NAMED) {
                    define(scope, s.name().name(), Namespace.VALUE, new Res.Def(DefKind.CTOR_STRUCT, def), ctorVis(vis, s.data(), scope),
                        s.name().span());
                }
                fields(s.data(), def, scope, null);
                generics(s.generics(), def, scope);
            }
            case Item.Union u -> {
                DefId def = create(DefKind.UNION, u.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                langItem(item.attrs(), def);
                define(scope, u.name().name(), Namespace.TYPE, new Res.Def(DefKind.UNION, def), vis, u.name().span());
                fields(u.data(), def, scope, null);
                generics(u.generics(), def, scope);
            }
            case Item.Enum e -> {
                DefId def = create(DefKind.ENUM, e.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                langItem(item.attrs(), def);
                define(scope, e.name().name(), Namespace.TYPE, new Res.Def(DefKind.ENUM, def), vis, e.name().span());
                ModuleData em = new ModuleData(ModuleData.Kind.ENUM, def, scope, crate);
                r.modules.put(def, em);
                for (Item.Variant v : e.variants()) {
                    if (!Cfg.enabled(v.attrs())) continue;
                    DefId vd = create(DefKind.VARIANT, v.name().name(), def, v, v.span(), vis, scope);
                    langItem(v.attrs(), vd);
                    define(em, v.name().name(), Namespace.TYPE, new Res.Def(DefKind.VARIANT, vd), vis, v.name().span());
                    if (v.data().kind() != Item.VariantData.Kind.NAMED) {
                        define(em, v.name().name(), Namespace.VALUE, new Res.Def(DefKind.CTOR_VARIANT, vd), vis, v.name().span());
                    }
                    fields(v.data(), vd, scope, vis);
                    if (v.discriminant() != null) body(v.discriminant(), scope, def);
                }
                generics(e.generics(), def, scope);
            }
            case Item.Trait t -> {
                DefId def = create(DefKind.TRAIT, t.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                langItem(item.attrs(), def);
                define(scope, t.name().name(), Namespace.TYPE, new Res.Def(DefKind.TRAIT, def), vis, t.name().span());
                generics(t.generics(), def, scope);
                noVisibility(t.items());
                assocItems(t.items(), def, scope, vis);
            }
            case Item.Impl i -> {
                DefId def = create(DefKind.IMPL, null, parent, item, item.span(), vis, scope);
                r.items.add(def);
                langItem(item.attrs(), def);
                generics(i.generics(), def, scope);
                typeBodies(i.selfType(), scope, def);
                if (i.traitRef() != null) noVisibility(i.items());
                assocItems(i.items(), def, scope, null);
            }
            case Item.Fn f -> {
                DefId def = create(DefKind.FN, f.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                langItem(item.attrs(), def);
                define(scope, f.name().name(), Namespace.VALUE, new Res.Def(DefKind.FN, def), vis, f.name().span());
                fnSignature(f, def, scope);
                if (f.body() != null) body(f.body(), scope, def);
            }
            case Item.Const c -> {
                DefId def = create(DefKind.CONST, c.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                if (c.generics() != null) generics(c.generics(), def, scope);   // generic consts are unstable (WfCheck)
                define(scope, c.name().name(), Namespace.VALUE, new Res.Def(DefKind.CONST, def), vis, c.name().span());
                if (c.value() != null) body(c.value(), scope, def);
                typeBodies(c.type(), scope, def);
            }
            case Item.Static s -> {
                DefId def = create(DefKind.STATIC, s.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                define(scope, s.name().name(), Namespace.VALUE, new Res.Def(DefKind.STATIC, def), vis, s.name().span());
                if (s.value() != null) body(s.value(), scope, def);
                typeBodies(s.type(), scope, def);
            }
            case Item.TypeAlias t -> {
                DefId def = create(DefKind.TY_ALIAS, t.name().name(), parent, item, item.span(), vis, scope);
                r.items.add(def);
                define(scope, t.name().name(), Namespace.TYPE, new Res.Def(DefKind.TY_ALIAS, def), vis, t.name().span());
                generics(t.generics(), def, scope);
            }
            case Item.Use u -> r.addImport(scope, u.tree(), List.of(), false, vis);
            case Item.ExternCrate ec -> {
                String name = ec.rename() != null ? ec.rename().name() : ec.name().name();
                if (!ec.name().name().equals("self")) {
                    define(scope, name, Namespace.TYPE, new Res.Def(DefKind.MOD, r.stdRoot.def), vis, ec.name().span());
                }
            }
            case Item.ForeignMod fm -> {
                for (Item fi : fm.items()) {
                    Visibility fv = Resolver.visibility(fi.vis(), scope);
                    switch (fi.kind()) {
                        case Item.Fn f -> {
                            DefId def = create(DefKind.FOREIGN_FN, f.name().name(), parent, fi, fi.span(), fv, scope);
                            r.items.add(def);
                            define(scope, f.name().name(), Namespace.VALUE, new Res.Def(DefKind.FOREIGN_FN, def), fv, f.name().span());
                            fnSignature(f, def, scope);
                        }
                        case Item.Static s -> {
                            DefId def = create(DefKind.FOREIGN_STATIC, s.name().name(), parent, fi, fi.span(), fv, scope);
                            r.items.add(def);
                            define(scope, s.name().name(), Namespace.VALUE, new Res.Def(DefKind.FOREIGN_STATIC, def), fv,
                                s.name().span());
                        }
                        default -> r.diags.emit(Diagnostic.error("unsupported: this item in an extern block").span(fi.span()));
                    }
                }
            }
            case Item.MacroRules m -> {
                // #[macro_export] puts a macro at its crate's root, where paths and `use` find it (`std::println`); the
                // expander expands every macro call by its name
                if (m.declMacro()) {
                    // a macro 2.0 is an item of its module, as visible as it says
                    DefId def = create(DefKind.MACRO, m.name().name(), parent, item, item.span(), vis, scope);
                    define(scope, m.name().name(), Namespace.MACRO, new Res.Def(DefKind.MACRO, def), vis, m.name().span());
                } else if (Resolver.hasAttr(item.attrs(), "macro_export")) {
                    ModuleData root = crate == Definitions.STD_CRATE ? r.stdRoot : r.localRoot;
                    DefId def = create(DefKind.MACRO, m.name().name(), root.def, item, item.span(), Visibility.PUBLIC, root);
                    define(root, m.name().name(), Namespace.MACRO, new Res.Def(DefKind.MACRO, def), Visibility.PUBLIC, m.name().span());
                }
            }
            case Item.MacItem m -> { }   // the expander reported it
        }
    }

    /** A written visibility; `pub(super)` at the crate root (of an item, field or associated item) is E0433. */
    private Visibility visibility(Item.Visibility v, ModuleData scope) {
        if (v.kind() == Item.Visibility.Kind.SUPER && scope.normal().parent == null && crate == Definitions.LOCAL_CRATE) {
            // there is no parent module
            rustmem.source.Span at = v.span();
            if (at.hi() - at.lo() == "pub(super)".length()) at = new rustmem.source.Span(at.lo() + 4, at.lo() + 9);
            r.diags.emit(Diagnostic.error("too many leading `super` keywords").code("E0433").span(at, "there are too many leading `super` keywords"));
        }
        return Resolver.visibility(v, scope);
    }

    /** A tuple struct's constructor is as visible as the struct and the least visible of its fields. */
    private Visibility ctorVis(Visibility vis, Item.VariantData data, ModuleData scope) {
        for (Item.FieldDef f : data.fields()) {
            if (!(Resolver.visibility(f.vis(), scope) instanceof Visibility.Public)) {
                return Resolver.visibility(f.vis(), scope);
            }
        }
        return vis;
    }

    /** Field definitions; a variant's fields are as visible as its enum (inherited), a struct's by their own `pub`. */
    private void fields(Item.VariantData data, DefId parent, ModuleData scope, Visibility inherited) {
        int i = 0;
        for (Item.FieldDef f : data.fields()) {
            Visibility fv = inherited != null ? inherited : visibility(f.vis(), scope);
            String name = f.name() != null ? f.name().name() : String.valueOf(i);
            create(DefKind.FIELD, name, parent, f, f.span(), fv, scope);
            typeBodies(f.type(), scope, parent);
            i++;
        }
    }

    private void generics(Generics g, DefId owner, ModuleData scope) {
        for (Generics.GenericParam p : g.params()) {
            switch (p) {
                case Generics.TypeParam tp -> create(DefKind.TY_PARAM, tp.name().name(), owner, tp, tp.span(), Visibility.PUBLIC, scope);
                case Generics.ConstParam cp -> create(DefKind.CONST_PARAM, cp.name().name(), owner, cp, cp.span(), Visibility.PUBLIC, scope);
                case Generics.LifetimeParam lp -> { }
            }
        }
    }

    /** A trait's items and a trait impl's take the trait's visibility: writing one is E0449 (the program's code only). */
    private void noVisibility(List<Item> items) {
        if (crate != Definitions.LOCAL_CRATE) return;
        for (Item ai : items) {
            if (ai.vis().kind() == Item.Visibility.Kind.INHERITED) continue;
            r.diags.emit(Diagnostic.error("visibility qualifiers are not permitted here").code("E0449")
                .span(ai.vis().span(), "help: remove the qualifier").note("trait items always share the visibility of their trait"));
        }
    }

    private void assocItems(List<Item> items, DefId parent, ModuleData scope, Visibility traitVis) {
        for (Item ai : items) {
            if (!Cfg.enabled(ai.attrs())) continue;
            Visibility v = traitVis != null ? traitVis : visibility(ai.vis(), scope);
            switch (ai.kind()) {
                case Item.Fn f -> {
                    DefId def = create(DefKind.ASSOC_FN, f.name().name(), parent, ai, ai.span(), v, scope);
                    langItem(ai.attrs(), def);
                    fnSignature(f, def, scope);
                    if (f.body() != null) body(f.body(), scope, def);
                }
                case Item.Const c -> {
                    DefId def = create(DefKind.ASSOC_CONST, c.name().name(), parent, ai, ai.span(), v, scope);
                    langItem(ai.attrs(), def);
                    if (c.value() != null) body(c.value(), scope, def);
                }
                case Item.TypeAlias t -> {
                    DefId def = create(DefKind.ASSOC_TY, t.name().name(), parent, ai, ai.span(), v, scope);
                    langItem(ai.attrs(), def);
                    generics(t.generics(), def, scope);
                }
                case Item.MacItem m -> { }
                default -> r.diags.emit(Diagnostic.error("unsupported: this associated item").span(ai.span()));
            }
        }
    }

    /**
     * A function's generic parameters and the {@code impl Trait} types of its signature: in argument position
     * each is an anonymous type parameter, in return position an opaque type.
     */
    private void fnSignature(Item.Fn f, DefId def, ModuleData scope) {
        generics(f.generics(), def, scope);
        for (Item.Param p : f.decl().params()) {
            if (p.type() == null) continue;
            AstWalk.walk(p.type(), n -> {
                if (n instanceof Type.ImplTrait it) create(DefKind.TY_PARAM, "impl " + boundsText(it.bounds()), def, it, it.span(),
                    Visibility.PUBLIC, scope);
                return true;
            });
        }
        if (f.decl().output() != null) {
            AstWalk.walk(f.decl().output(), n -> {
                if (n instanceof Type.ImplTrait it) create(DefKind.OPAQUE_TY, "impl " + boundsText(it.bounds()), def, it, it.span(),
                    Visibility.PUBLIC, scope);
                return !(n instanceof GenericArgs.Parenthesized);
            });
        }
    }

    static String boundsText(List<GenericBound> bounds) {
        StringBuilder b = new StringBuilder();
        for (GenericBound g : bounds) {
            if (!(g instanceof GenericBound.TraitBound tb)) continue;
            if (!b.isEmpty()) b.append(" + ");
            b.append(rustmem.syntax.AstPrinter.print(tb.trait()).trim());
        }
        return b.toString();
    }

    /** Array lengths in types are bodies of their own that may hold blocks with items; nothing else to collect. */
    private void typeBodies(Type t, ModuleData scope, DefId owner) { }

    /**
     * Walks a body for what gets a DefId inside it: items of blocks (a block declaring items becomes a scope),
     * closures (their parent is the body's owner: the item, or the closure whose body holds them, as rustc's def paths).
     */
    void body(Object node, ModuleData scope, DefId owner) {
        switch (node) {
            case null -> { }
            case Block b when !b.nested() -> { }   // no item, closure or macro call inside
            case Block b -> {
                ModuleData inner = scope;
                if (Resolver.declaresItems(b)) {
                    inner = new ModuleData(ModuleData.Kind.BLOCK, scope.def, scope, crate);
                    r.blockModules.put(b, inner);
                    DefId root = owner;
                    while (root != null && r.defs.kind(root) == DefKind.CLOSURE) root = r.defs.parent(root);
                    r.bodiesWithItems.add(root);
                    for (Stmt s : b.stmts()) {
                        if (s instanceof Stmt.ItemStmt is) collectItem(inner, is.item(), owner);
                    }
                }
                for (Stmt s : b.stmts()) {
                    if (!(s instanceof Stmt.ItemStmt)) body(s, inner, owner);
                }
            }
            case Expr.Closure c -> body(c.body(), scope, create(DefKind.CLOSURE, "{closure}", owner, c, c.span(), Visibility.PUBLIC, scope));
            case Item item -> collectItem(scope, item, owner);
            case Attribute a -> { }
            case List<?> l -> { for (Object o : l) body(o, scope, owner); }
            case Record rec -> AstWalk.children(rec, child -> body(child, scope, owner));
            default -> { }
        }
    }
}
