package rustmem.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericArgs;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.Type;

/**
 * Resolves the paths inside items and bodies (rustc_resolve's late resolution): generic parameters and
 * {@code Self} in type ribs, local variables in value ribs (a nested item starts afresh), identifier patterns
 * that name constants or unit constructors, and every other path through the module tree. Records where
 * method calls are made, for the traits in scope there.
 */
final class LateResolver {
    private final Resolver r;
    private final ResolverOutputs out;
    private ModuleData scope;
    /** Names of types in scope beyond modules: generic parameters, `Self`. Innermost first. */
    private Deque<Map<String, Res>> typeRibs = new ArrayDeque<>();
    /** Local variables and const parameters; a null map marks the start of an item (outer locals are not visible). */
    private Deque<Map<String, Res>> valueRibs = new ArrayDeque<>();
    /** The bindings of the or-pattern being resolved: each alternative binds the same variables. */
    private Map<String, LocalBinding> orBindings;
    private DefId owner;

    /**
     * Whether function bodies wait until a compilation checks them (std's: a program reaches few of its functions).
     * A body that declares items is resolved with them, as those items' impls are everybody's.
     */
    private final boolean deferBodies;

    /** A function body left for later: the function and the scope and ribs its body sees. */
    record Deferred(Item.Fn fn, ModuleData scope, ArrayDeque<Map<String, Res>> typeRibs, ArrayDeque<Map<String, Res>> valueRibs,
                    DefId owner) {}

    LateResolver(Resolver r, ResolverOutputs out, boolean deferBodies) {
        this.r = r;
        this.out = out;
        this.deferBodies = deferBodies;
    }

    /** Resolves a body left for later, into this resolver's outputs. */
    void resolveDeferred(Deferred d) {
        scope = d.scope();
        typeRibs = new ArrayDeque<>(d.typeRibs());
        valueRibs = new ArrayDeque<>(d.valueRibs());
        owner = d.owner();
        fnBody(d.fn());
    }

    void resolveCrate(ModuleData root, List<Item> items) {
        scope = root;
        for (Item i : items) item(i);
    }

    // ------------------------------------------------------------------ items

    private void item(Item item) {
        if (!Cfg.enabled(item.attrs())) return;
        DefId def = r.defs.byNode(item);
        Deque<Map<String, Res>> savedTypes = typeRibs, savedValues = valueRibs;
        DefId savedOwner = owner;
        ModuleData savedScope = scope;
        typeRibs = new ArrayDeque<>();
        valueRibs = new ArrayDeque<>();
        if (def != null) owner = def;
        try {
            switch (item.kind()) {
                case Item.Mod m -> {
                    scope = r.modules.get(def);
                    if (m.items() != null) for (Item i : m.items()) item(i);
                }
                case Item.Struct s -> {
                    withGenerics(s.generics(), def, new Res.SelfTyAlias(def));
                    for (Item.FieldDef f : s.data().fields()) type(f.type());
                }
                case Item.Union u -> {
                    withGenerics(u.generics(), def, new Res.SelfTyAlias(def));
                    for (Item.FieldDef f : u.data().fields()) type(f.type());
                }
                case Item.Enum e -> {
                    withGenerics(e.generics(), def, new Res.SelfTyAlias(def));
                    for (Item.Variant v : e.variants()) {
                        if (!Cfg.enabled(v.attrs())) continue;
                        for (Item.FieldDef f : v.data().fields()) type(f.type());
                        if (v.discriminant() != null) expr(v.discriminant());
                    }
                }
                case Item.Trait t -> {
                    withGenerics(t.generics(), def, new Res.SelfTyParam(def));
                    bounds(t.supertraits());
                    for (Item ai : t.items()) assocItem(ai, new Res.SelfTyParam(def));
                }
                case Item.Impl i -> {
                    withGenerics(i.generics(), def, null);
                    type(i.selfType());
                    if (i.traitRef() != null) traitPath(i.traitRef(), i.traitRef());
                    typeRibs.peek().put("Self", new Res.SelfTyAlias(def));
                    for (Item ai : i.items()) assocItem(ai, new Res.SelfTyAlias(def));
                }
                case Item.Fn f -> fn(f, def);
                case Item.Const c -> {
                    type(c.type());
                    if (c.value() != null) body(c.value());
                }
                case Item.Static s -> {
                    type(s.type());
                    if (s.value() != null) body(s.value());
                }
                case Item.TypeAlias t -> {
                    withGenerics(t.generics(), def, null);
                    if (t.type() != null) type(t.type());
                }
                case Item.ForeignMod fm -> {
                    for (Item fi : fm.items()) {
                        if (fi.kind() instanceof Item.Fn f) fn(f, r.defs.byNode(fi));
                        else if (fi.kind() instanceof Item.Static s) type(s.type());
                    }
                }
                case Item.Use u -> { }
                case Item.ExternCrate ec -> { }
                case Item.MacroRules m -> { }
                case Item.MacItem m -> { }
            }
        } finally {
            typeRibs = savedTypes;
            valueRibs = savedValues;
            owner = savedOwner;
            scope = savedScope;
        }
    }

    private void assocItem(Item ai, Res self) {
        if (!Cfg.enabled(ai.attrs())) return;
        DefId def = r.defs.byNode(ai);
        DefId savedOwner = owner;
        owner = def;
        typeRibs.push(new HashMap<>(Map.of("Self", self)));
        int types = typeRibs.size(), values = valueRibs.size();
        try {
            switch (ai.kind()) {
                case Item.Fn f -> fn(f, def);
                case Item.Const c -> {
                    type(c.type());
                    if (c.value() != null) body(c.value());
                }
                case Item.TypeAlias t -> {
                    withGenerics(t.generics(), def, null);
                    bounds(t.bounds());
                    if (t.type() != null) type(t.type());
                }
                default -> { }
            }
        } finally {
            while (typeRibs.size() > types) typeRibs.pop();
            while (valueRibs.size() > values) valueRibs.pop();
            typeRibs.pop();
            owner = savedOwner;
        }
    }

    /** Pushes a rib with the generic parameters (and `Self` when given), then resolves their bounds and defaults. */
    private void withGenerics(Generics g, DefId owner, Res self) {
        Map<String, Res> types = new HashMap<>();
        Map<String, Res> values = new HashMap<>();
        if (self != null) types.put("Self", self);
        for (Generics.GenericParam p : g.params()) {
            DefId pd = r.defs.byNode(p);
            switch (p) {
                case Generics.TypeParam tp -> types.put(tp.name().name(), new Res.Def(DefKind.TY_PARAM, pd));
                case Generics.ConstParam cp -> values.put(cp.name().name(), new Res.Def(DefKind.CONST_PARAM, pd));
                case Generics.LifetimeParam lp -> { }
            }
        }
        typeRibs.push(types);
        valueRibs.push(values);
        for (Generics.GenericParam p : g.params()) {
            switch (p) {
                case Generics.TypeParam tp -> {
                    bounds(tp.bounds());
                    if (tp.defaultType() != null) type(tp.defaultType());
                }
                case Generics.ConstParam cp -> type(cp.type());
                case Generics.LifetimeParam lp -> { }
            }
        }
        for (Generics.WherePredicate w : g.where()) {
            if (w instanceof Generics.BoundPredicate bp) {
                type(bp.boundedType());
                bounds(bp.bounds());
            }
        }
    }

    private void fn(Item.Fn f, DefId def) {
        withGenerics(f.generics(), def, null);
        for (Item.Param p : f.decl().params()) if (p.type() != null) type(p.type());
        if (f.decl().output() != null) type(f.decl().output());
        if (f.body() == null) return;
        if (deferBodies && !r.bodiesWithItems.contains(def)) {
            out.deferred.put(def, new Deferred(f, scope, new ArrayDeque<>(typeRibs), new ArrayDeque<>(valueRibs), owner));
            return;
        }
        fnBody(f);
    }

    /** The parameters' patterns and the body of a function. */
    private void fnBody(Item.Fn f) {
        valueRibs.push(new HashMap<>());
        for (Item.Param p : f.decl().params()) pattern(p.pat());
        block(f.body());
        valueRibs.pop();
    }

    private void body(Expr e) {
        valueRibs.push(new HashMap<>());
        expr(e);
        valueRibs.pop();
    }

    // ------------------------------------------------------------------ types and bounds

    private void bounds(List<GenericBound> bounds) {
        for (GenericBound b : bounds) {
            if (b instanceof GenericBound.TraitBound tb) traitPath(tb.trait(), tb.trait());
        }
    }

    private void traitPath(Path p, Object key) {
        PartialRes pr = resolve(null, p, Namespace.TYPE, key, PathSource.TRAIT);
        if (pr != null) out.res.put(key, pr);
    }

    private void type(Type t) {
        switch (t) {
            case null -> { }
            case Type.PathType pt -> {
                PartialRes pr = resolve(pt.qself(), pt.path(), Namespace.TYPE, pt, PathSource.TYPE);
                if (pr != null) out.res.put(pt, pr);
                if (pr != null && !pr.isFull()) out.scopes.put(pt, scope);
            }
            case Type.Ref ref -> type(ref.inner());
            case Type.RawPtr p -> type(p.inner());
            case Type.Slice s -> type(s.element());
            case Type.Array a -> {
                type(a.element());
                body(a.length());
            }
            case Type.Tuple tu -> { for (Type e : tu.elements()) type(e); }
            case Type.Paren p -> type(p.inner());
            case Type.FnPtr f -> {
                for (Type.FnPtrParam p : f.params()) type(p.type());
                type(f.ret());
            }
            case Type.TraitObject to -> bounds(to.bounds());
            case Type.ImplTrait it -> bounds(it.bounds());
            case Type.Never n -> { }
            case Type.Infer i -> { }
            case Type.ImplicitSelf s -> { }
            case Type.Mac m -> r.diags.emit(Diagnostic.error("unsupported: a macro in type position").span(m.span()));
        }
    }

    private void genericArgs(GenericArgs args) {
        switch (args) {
            case null -> { }
            case GenericArgs.AngleBracketed ab -> {
                for (GenericArgs.GenericArg a : ab.args()) {
                    switch (a) {
                        case GenericArgs.TypeArg ta -> typeOrConstArg(ta.type());
                        case GenericArgs.ConstArg ca -> body(ca.value());
                        case GenericArgs.AssocConstraint ac -> {
                            genericArgs(ac.args());
                            type(ac.type());
                            bounds(ac.bounds());
                        }
                        case GenericArgs.LifetimeArg la -> { }
                    }
                }
            }
            case GenericArgs.Parenthesized p -> {
                for (Type t : p.inputs()) type(t);
                type(p.output());
            }
        }
    }

    /** A generic argument written as a single name may be a const parameter (`Foo<N>`): resolved as a value then. */
    private void typeOrConstArg(Type t) {
        if (t instanceof Type.PathType pt && pt.qself() == null && pt.path().isSingle()) {
            String name = pt.path().last().name();
            if (lookupType(name) == null && r.lexical(scope, name, Namespace.TYPE) == null) {
                Res v = lookupValue(name);
                if (v != null) {
                    out.res.put(pt, PartialRes.full(v));
                    return;
                }
            }
        }
        type(t);
    }

    // ------------------------------------------------------------------ bodies

    private void block(Block b) {
        ModuleData saved = scope;
        ModuleData inner = r.blockModules.get(b);
        if (inner != null) scope = inner;
        valueRibs.push(new HashMap<>());
        for (Stmt s : b.stmts()) stmt(s);
        valueRibs.pop();
        if (inner != null) {
            for (Stmt s : b.stmts()) if (s instanceof Stmt.ItemStmt is) item(is.item());
        }
        scope = saved;
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Let l -> {
                if (!Cfg.enabled(l.attrs())) return;
                type(l.type());
                expr(l.init());
                if (l.elseBlock() != null) block(l.elseBlock());
                // the bindings are visible after the statement, not in its initializer
                pattern(l.pat());
            }
            case Stmt.ExprStmt es -> {
                if (Cfg.enabled(es.attrs())) expr(es.expr());
            }
            case Stmt.ItemStmt is -> { }   // a block with items is a scope; block() resolves them
            case Stmt.Empty e -> { }
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case null -> { }
            case Expr.LitExpr l -> { }
            case Expr.PathExpr p -> {
                PartialRes pr = resolve(p.qself(), p.path(), Namespace.VALUE, p, PathSource.EXPR);
                if (pr != null) out.res.put(p, pr);
                if (pr != null && !pr.isFull()) out.scopes.put(p, scope);
            }
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> {
                expr(b.lhs());
                expr(b.rhs());
            }
            case Expr.Assign a -> {
                expr(a.lhs());
                expr(a.rhs());
            }
            case Expr.AssignOp a -> {
                expr(a.lhs());
                expr(a.rhs());
            }
            case Expr.AddrOf a -> expr(a.operand());
            case Expr.Cast c -> {
                expr(c.operand());
                type(c.type());
            }
            case Expr.Call c -> {
                if (c.callee() instanceof Expr.PathExpr p) {
                    PartialRes pr = resolve(p.qself(), p.path(), Namespace.VALUE, p, PathSource.CALL);
                    if (pr != null) out.res.put(p, pr);
                    if (pr != null && !pr.isFull()) out.scopes.put(p, scope);
                } else {
                    expr(c.callee());
                }
                for (Expr a : c.args()) expr(a);
            }
            case Expr.MethodCall m -> {
                expr(m.receiver());
                genericArgs(m.method().args());
                for (Expr a : m.args()) expr(a);
                out.scopes.put(m, scope);
            }
            case Expr.Field f -> {
                expr(f.base());
                out.scopes.put(f, scope);   // `x.len` naming a method is E0615: methods of traits in scope count
            }
            case Expr.Index i -> {
                expr(i.base());
                expr(i.index());
            }
            case Expr.Range rg -> {
                expr(rg.start());
                expr(rg.end());
            }
            case Expr.Tuple t -> { for (Expr x : t.elements()) expr(x); }
            case Expr.Array a -> { for (Expr x : a.elements()) expr(x); }
            case Expr.Repeat rp -> {
                expr(rp.value());
                expr(rp.count());
            }
            case Expr.OffsetOf o -> type(o.container());
            case Expr.Struct st -> {
                PartialRes pr = notStruct(resolve(st.qself(), st.path(), Namespace.TYPE, st, PathSource.STRUCT), st.path());
                if (pr != null) out.res.put(st, pr);
                for (Expr.ExprField f : st.fields()) {
                    if (f.shorthand()) {
                        // `S { x }` reads the variable x
                        Expr.PathExpr pe = (Expr.PathExpr) f.value();
                        expr(pe);
                    } else {
                        expr(f.value());
                    }
                }
                expr(st.base());
            }
            case Expr.If i -> {
                valueRibs.push(new HashMap<>());
                expr(i.cond());
                block(i.then());
                valueRibs.pop();
                expr(i.elseBranch());
            }
            case Expr.Let l -> {
                expr(l.scrutinee());
                pattern(l.pat());
            }
            case Expr.While w -> {
                valueRibs.push(new HashMap<>());
                expr(w.cond());
                block(w.body());
                valueRibs.pop();
            }
            case Expr.Loop l -> block(l.body());
            case Expr.ForLoop f -> {
                expr(f.iter());
                valueRibs.push(new HashMap<>());
                pattern(f.pat());
                block(f.body());
                valueRibs.pop();
            }
            case Expr.Match m -> {
                expr(m.scrutinee());
                for (Expr.Arm arm : m.arms()) {
                    if (!Cfg.enabled(arm.attrs())) continue;
                    valueRibs.push(new HashMap<>());
                    pattern(arm.pat());
                    expr(arm.guard());
                    expr(arm.body());
                    valueRibs.pop();
                }
            }
            case Expr.BlockExpr b -> block(b.block());
            case Expr.ConstBlock cb -> block(cb.block());
            case Expr.Async a -> block(a.block());
            case Expr.Closure c -> {
                DefId savedOwner = owner;
                valueRibs.push(new HashMap<>());
                for (Expr.ClosureParam p : c.params()) {
                    type(p.type());
                    pattern(p.pat());
                }
                type(c.ret());
                expr(c.body());
                valueRibs.pop();
                owner = savedOwner;
            }
            case Expr.Break b -> expr(b.value());
            case Expr.Continue c -> { }
            case Expr.Return rt -> expr(rt.value());
            case Expr.Try t -> expr(t.operand());
            case Expr.Await a -> expr(a.operand());
            case Expr.Paren p -> expr(p.inner());
            case Expr.Underscore u -> { }
            case Expr.FormatArgs f -> { for (Expr a : f.args()) expr(a); }
            case Expr.Mac m -> r.diags.emit(Diagnostic.error("cannot find macro `" + m.mac().path().last().name()
                + "` in this scope").span(m.mac().path().span()));
            case Expr.Err err -> { }
        }
    }

    // ------------------------------------------------------------------ patterns

    private void pattern(Pat p) {
        switch (p) {
            case null -> { }
            case Pat.Wild w -> { }
            case Pat.IdentPat ip -> {
                if (ip.sub() == null && !ip.byRef() && !ip.mutable()) {
                    // a name that is a unit struct, unit variant or constant is matched against, not bound
                    ModuleData.NameBinding b = lookupValue(ip.name().name()) == null ? r.lexical(scope, ip.name().name(), Namespace.VALUE) : null;
                    if (b != null && b.res() instanceof Res.Def d && (d.kind() == DefKind.CONST || d.kind() == DefKind.ASSOC_CONST
                        || isUnitCtor(d))) {
                        out.res.put(ip, PartialRes.full(b.res()));
                        return;
                    }
                }
                bind(ip);
                pattern(ip.sub());
            }
            case Pat.LitPat l -> expr(l.value());
            case Pat.RangePat rp -> {
                expr(rp.lo());
                expr(rp.hi());
            }
            case Pat.PathPat pp -> {
                PartialRes pr = resolve(pp.qself(), pp.path(), Namespace.VALUE, pp, PathSource.PAT);
                if (pr != null) out.res.put(pp, pr);
                if (pr != null && !pr.isFull()) out.scopes.put(pp, scope);
            }
            case Pat.TupleStruct ts -> {
                PartialRes pr = resolve(ts.qself(), ts.path(), Namespace.VALUE, ts, PathSource.TUPLE_STRUCT_PAT);
                if (pr != null) out.res.put(ts, pr);
                for (Pat e : ts.elements()) pattern(e);
            }
            case Pat.StructPat sp -> {
                PartialRes pr = notStruct(resolve(sp.qself(), sp.path(), Namespace.TYPE, sp, PathSource.STRUCT), sp.path());
                if (pr != null) out.res.put(sp, pr);
                for (Pat.FieldPat f : sp.fields()) pattern(f.pat());
            }
            case Pat.Tuple t -> { for (Pat e : t.elements()) pattern(e); }
            case Pat.Slice s -> { for (Pat e : s.elements()) pattern(e); }
            case Pat.Rest rest -> { }
            case Pat.Ref rf -> pattern(rf.inner());
            case Pat.Box b -> pattern(b.inner());
            case Pat.Or or -> {
                Map<String, LocalBinding> saved = orBindings;
                if (orBindings == null) orBindings = new HashMap<>();
                for (Pat alt : or.alternatives()) pattern(alt);
                orBindings = saved;
            }
            case Pat.Paren pp -> pattern(pp.inner());
            case Pat.Mac m -> r.diags.emit(Diagnostic.error("unsupported: a macro in pattern position").span(m.span()));
        }
    }

    private boolean isUnitCtor(Res.Def d) {
        if (d.kind() != DefKind.CTOR_STRUCT && d.kind() != DefKind.CTOR_VARIANT) return false;
        Object node = r.defs.node(d.id());
        Item.VariantData data = node instanceof Item item && item.kind() instanceof Item.Struct s ? s.data()
            : node instanceof Item.Variant v ? v.data() : null;
        return data != null && data.kind() == Item.VariantData.Kind.UNIT;
    }

    private void bind(Pat.IdentPat ip) {
        String name = ip.name().name();
        LocalBinding b = orBindings != null ? orBindings.get(name) : null;
        if (b == null) {
            b = out.addLocal(name, ip);
            if (orBindings != null) orBindings.put(name, b);
        }
        out.bindings.put(ip, b);
        valueRibs.peek().put(name, new Res.Local(b.id()));
    }

    // ------------------------------------------------------------------ paths

    /** What a path is used as, for rustc's wording when it does not resolve. */
    enum PathSource { TYPE, TRAIT, EXPR, CALL, PAT, TUPLE_STRUCT_PAT, STRUCT }

    /** A struct literal's or pattern's path naming a trait or module: E0574 (null), as rustc's resolver says it. */
    private PartialRes notStruct(PartialRes pr, Path path) {
        if (pr != null && pr.isFull() && pr.base() instanceof Res.Def d && (d.kind() == DefKind.TRAIT || d.kind() == DefKind.MOD)) {
            r.diags.emit(Diagnostic.error("expected struct, variant or union type, found " + d.kind().descr() + " `" + path + "`")
                .code("E0574").span(path.span(), "not a struct, variant or union type"));
            return null;
        }
        return pr;
    }

    private Res lookupType(String name) {
        for (Map<String, Res> rib : typeRibs) {
            Res res = rib.get(name);
            if (res != null) return res;
        }
        return null;
    }

    private Res lookupValue(String name) {
        for (Map<String, Res> rib : valueRibs) {
            if (rib == null) return null;
            Res res = rib.get(name);
            if (res != null) return res;
        }
        return null;
    }

    /** Resolves a path, reporting rustc's error when it names nothing; null then. */
    private PartialRes resolve(Path.QSelf qself, Path path, Namespace ns, Object key, PathSource source) {
        for (Path.PathSegment s : path.segments()) genericArgs(s.args());
        List<Path.PathSegment> segs = path.segments();
        if (qself != null) {
            type(qself.type());
            if (qself.position() == 0) return new PartialRes(null, segs.size());
            PartialRes trait = resolveSegments(path.global(), segs.subList(0, qself.position()), Namespace.TYPE, PathSource.TRAIT, path);
            return trait == null ? null : new PartialRes(trait.base(), segs.size() - qself.position() + trait.unresolvedSegments());
        }
        return resolveSegments(path.global(), segs, ns, source, path);
    }

    private PartialRes resolveSegments(boolean global, List<Path.PathSegment> segs, Namespace ns, PathSource source, Path whole) {
        int i = 0;
        Res res;
        ModuleData module = null;
        String first = segs.get(0).ident().name();
        // a module named as a primitive type (`use std::str;`) stands for the type where a type is wanted, or where the
        // rest of the path is not in the module (`str::len`), as rustc resolves it
        boolean primitiveModule = false;
        if (global) {
            if (!Set3.CRATES.contains(first)) {
                // since 2018 `::name` names a crate: the path's only segment is the crate it lacks (E0425), a longer
                // path's module is missing (E0433)
                if (segs.size() == 1) {
                    error(segs.get(0).ident(), "E0425", "cannot find crate `" + first + "` in the list of imported crates",
                        "not found in the list of imported crates");
                } else {
                    error(segs.get(0).ident(), "E0433", "cannot find `" + first + "` in the crate root",
                        "could not find `" + first + "` in the list of imported crates");
                }
                return null;
            }
            module = r.stdRoot;
            res = new Res.Def(DefKind.MOD, module.def);
            i = 1;
        } else if (first.equals("crate") && segs.size() > 1) {
            module = scope.root();
            res = new Res.Def(DefKind.MOD, module.def);
            i = 1;
        } else if (first.equals("self") && segs.size() > 1 && lookupValue("self") == null) {
            module = scope.normal();
            res = new Res.Def(DefKind.MOD, module.def);
            i = 1;
        } else if (first.equals("super")) {
            module = scope.normal();
            while (i < segs.size() && segs.get(i).ident().name().equals("super")) {
                if (module.parent == null) {
                    error(segs.get(i).ident(), "E0433", "too many leading `super` keywords",
                        "there are too many leading `super` keywords");
                    return null;
                }
                module = module.parent.normal();
                i++;
            }
            res = new Res.Def(DefKind.MOD, module.def);
        } else {
            Namespace firstNs = segs.size() == 1 ? ns : Namespace.TYPE;
            res = firstNs == Namespace.VALUE ? lookupValue(first) : lookupType(first);
            if (res == null) {
                ModuleData.NameBinding b = r.lexical(scope, first, firstNs);
                if (b != null) res = b.res();
            }
            if (res == null && first.equals("Self") && firstNs == Namespace.VALUE) {
                Res self = lookupType("Self");
                if (self instanceof Res.SelfTyAlias sa && r.defs.kind(sa.implOrAdt()) == DefKind.IMPL) res = new Res.SelfCtor(sa.implOrAdt());
            }
            if (res == null) {
                notFound(segs.get(0).ident(), segs.size() == 1, firstNs, source, whole);
                return null;
            }
            i = 1;
            primitiveModule = res instanceof Res.Def d && d.kind() == DefKind.MOD && Resolver.PRIMITIVE_TYPES.contains(first);
            if (primitiveModule && segs.size() == 1 && ns == Namespace.TYPE) return new PartialRes(new Res.PrimTy(first), 0);
            module = r.moduleOf(res);
        }
        for (; i < segs.size(); i++) {
            if (module == null) return new PartialRes(res, segs.size() - i);
            Path.PathSegment seg = segs.get(i);
            String name = seg.ident().name();
            boolean last = i == segs.size() - 1;
            Namespace segNs = last ? ns : Namespace.TYPE;
            ModuleData.NameBinding b = module.get(name, segNs);
            if (b == null && last && segNs == Namespace.VALUE && source != PathSource.EXPR && source != PathSource.CALL) b = null;
            if (b == null) {
                if (module.kind == ModuleData.Kind.ENUM) return new PartialRes(res, segs.size() - i);
                if (primitiveModule && i == 1) return new PartialRes(new Res.PrimTy(first), segs.size() - 1);
                if (last) {
                    // `m::Struct` where a value was wanted, or the name missing from the module
                    ModuleData.NameBinding other = module.get(name, segNs == Namespace.VALUE ? Namespace.TYPE : Namespace.VALUE);
                    if (other != null && segNs == Namespace.VALUE && other.res() instanceof Res.Def d && d.kind().isType()) {
                        return new PartialRes(other.res(), 0);
                    }
                    if (other != null && (source == PathSource.EXPR || source == PathSource.CALL) && other.res() instanceof Res.Def d
                        && (d.kind() == DefKind.MOD || d.kind() == DefKind.TRAIT)) {
                        boolean call = source == PathSource.CALL;
                        r.diags.emit(Diagnostic.error("expected " + (call ? "function" : "value") + ", found " + d.kind().descr() + " `"
                            + String.join("::", names(segs)) + "`").code("E0423").span(spanOf(segs), call ? "not a function" : "not a value"));
                        return null;
                    }
                }
                String in = module == r.stdRoot || module.parent == null && module.crate == Definitions.STD_CRATE ? "`std`"
                    : module.parent == null ? "the crate root" : "`" + r.defs.name(module.def) + "`";
                if (!last) {
                    error(seg.ident(), "E0433", "cannot find `" + name + "` in " + in,
                        "could not find `" + name + "` in " + in);
                } else {
                    String what = switch (source) {
                        case CALL -> "function";
                        case TYPE, TRAIT -> segNs == Namespace.TYPE ? (source == PathSource.TRAIT ? "trait" : "type") : "value";
                        case TUPLE_STRUCT_PAT -> "tuple struct or tuple variant";
                        case STRUCT -> "struct, variant or union type";
                        default -> "value";
                    };
                    String code = switch (source) {
                        case TRAIT -> "E0405";
                        case TUPLE_STRUCT_PAT -> "E0531";
                        case STRUCT -> "E0422";
                        default -> "E0425";
                    };
                    error(seg.ident(), code, "cannot find " + what + " `" + name + "` in " + (module.kind == ModuleData.Kind.MOD
                        && module.parent == null && module.crate == Definitions.LOCAL_CRATE ? "the crate root" : "module " + in),
                        "not found in " + in);
                }
                return null;
            }
            if (!r.accessible(b.vis(), scope)) {
                String kind = b.res() instanceof Res.Def d ? descr(d) : "item";
                error(seg.ident(), "E0603", kind + " `" + name + "` is private", "private " + kind);
                return null;
            }
            res = b.res();
            module = r.moduleOf(res);
        }
        return new PartialRes(res, 0);
    }

    private String descr(Res.Def d) {
        if (d.kind() == DefKind.CTOR_STRUCT) {
            Object node = r.defs.node(d.id());
            return node instanceof Item i && i.kind() instanceof Item.Struct s && s.data().kind() == Item.VariantData.Kind.UNIT
                ? "unit struct" : "tuple struct constructor";
        }
        return d.kind().descr();
    }

    private void notFound(Ident id, boolean single, Namespace ns, PathSource source, Path whole) {
        String name = id.name();
        if (!single) {
            error(id, "E0433", Resolver.unresolvedModuleMessage(name), Resolver.unresolvedModuleLabel(name));
            return;
        }
        if (ns == Namespace.VALUE && single && r.macroNames.contains(name) && lookupValue(name) == null) {
            // a macro named without `!`
            r.diags.emit(Diagnostic.error("expected " + (source == PathSource.CALL ? "function" : "value") + ", found macro `" + name + "`")
                .code("E0423").span(id.span(), source == PathSource.CALL ? "not a function" : "not a value")
                .help("use `!` to invoke the macro"));
            return;
        }
        if (ns == Namespace.VALUE && lookupType(name) == null && r.lexical(scope, name, Namespace.TYPE) != null
            && r.lexical(scope, name, Namespace.TYPE).res() instanceof Res.PrimTy) {
            error(id, "E0423", "expected value, found builtin type `" + name + "`", "not a value");
            return;
        }
        if (ns == Namespace.VALUE) {
            ModuleData.NameBinding t = r.lexical(scope, name, Namespace.TYPE);
            Res tres = lookupType(name) != null ? lookupType(name) : t == null ? null : t.res();
            if (tres instanceof Res.Def d && (d.kind() == DefKind.STRUCT || d.kind() == DefKind.UNION || d.kind() == DefKind.ENUM
                || d.kind() == DefKind.TRAIT || d.kind() == DefKind.TY_ALIAS || d.kind() == DefKind.MOD || d.kind() == DefKind.TY_PARAM)) {
                String what = d.kind() == DefKind.STRUCT ? "struct" : d.kind().descr();
                Diagnostic.Builder b = Diagnostic.error("expected value, found " + what + " `" + name + "`").code("E0423")
                    .span(id.span(), d.kind() == DefKind.TY_PARAM ? "not a value" : "");
                if (d.kind() == DefKind.STRUCT && source == PathSource.CALL) b = Diagnostic.error("expected function, tuple struct or tuple variant, found struct `"
                    + name + "`").code("E0423").span(id.span());
                r.diags.emit(b);
                return;
            }
        }
        if (ns == Namespace.TYPE && source == PathSource.TYPE) {
            // a value where a type belongs: rustc's E0573
            Res value = lookupValue(name);
            if (value == null) {
                ModuleData.NameBinding v = r.lexical(scope, name, Namespace.VALUE);
                value = v == null ? null : v.res();
            }
            String found = value instanceof Res.Local ? "local variable" : value instanceof Res.Def d
                && (d.kind() == DefKind.FN || d.kind() == DefKind.CONST || d.kind() == DefKind.STATIC) ? d.kind().descr() : null;
            if (found != null) {
                error(id, "E0573", "expected type, found " + found + " `" + name + "`", "not a type");
                return;
            }
        }
        String what = switch (source) {
            case CALL -> "function";
            case TYPE -> "type";
            case TRAIT -> "trait";
            case PAT, EXPR -> "value";
            case TUPLE_STRUCT_PAT -> "tuple struct or tuple variant";
            case STRUCT -> "struct, variant or union type";
        };
        String code = switch (source) {
            case TRAIT -> "E0405";
            case TUPLE_STRUCT_PAT -> "E0531";
            case STRUCT -> "E0422";
            default -> "E0425";
        };
        error(id, code, "cannot find " + what + " `" + name + "` in this scope", "not found in this scope");
    }

    private void error(Ident at, String code, String message, String label) {
        r.diags.emit(Diagnostic.error(message).code(code).span(at.span(), label));
    }

    /** The names of the crates paths may start with. */
    private static final class Set3 {
        static final java.util.Set<String> CRATES = java.util.Set.of("std", "core", "alloc");
    }

    @SuppressWarnings("unused")
    private static Span spanOf(List<Path.PathSegment> segs) {
        return segs.get(0).span().to(segs.get(segs.size() - 1).span());
    }

    @SuppressWarnings("unused")
    private static List<String> names(List<Path.PathSegment> segs) {
        List<String> out = new ArrayList<>();
        for (Path.PathSegment s : segs) out.add(s.ident().name());
        return out;
    }
}
