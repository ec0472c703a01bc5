package rustmem.types.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.syntax.ast.Item;
import rustmem.traits.SelectionContext;
import rustmem.types.AdtDef;
import rustmem.types.AssocItem;
import rustmem.types.FnSig;
import rustmem.types.InferCtxt;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * Item checks before bodies (rustc_hir_analysis's wfcheck and compare_impl_item): a trait impl has every
 * required item and nothing else (E0046, E0407, E0437, E0438), its methods' signatures agree with the trait's
 * (E0050, E0053, E0185, E0186), its associated types meet the trait's bounds and its self type the
 * supertraits (E0277), `Copy` impls have `Copy` fields and no `Drop` (E0204, E0184), and no type contains
 * itself without indirection (E0072).
 */
public final class WfCheck {
    private final TyCtxt tcx;

    private WfCheck(TyCtxt tcx) { this.tcx = tcx; }

    /** Checks the program's items (std's are trusted). */
    public static void checkProgram(TyCtxt tcx) {
        WfCheck w = new WfCheck(tcx);
        for (DefId d : tcx.res.items()) {
            if (tcx.defs.isStd(d)) continue;
            switch (tcx.kind(d)) {
                case IMPL, TRAIT -> {
                    if (tcx.kind(d) == rustmem.resolve.DefKind.IMPL) w.impl(d);
                    for (AssocItem a : tcx.assocItems(d)) {
                        if (a.kind() != AssocItem.Kind.FN) continue;
                        w.elision(a.def());
                        w.sizedSignature(a.def());
                    }
                }
                case STRUCT, ENUM -> {
                    w.fieldsAndParams(d);
                    w.recursive(d);
                }
                case UNION -> w.fieldsAndParams(d);
                case FN -> {
                    w.elision(d);
                    w.sizedSignature(d);
                }
                case CONST -> {
                    if (tcx.item(d).kind() instanceof Item.Const c && c.generics() != null && !c.generics().params().isEmpty()) {
                        tcx.error(c.generics().span(), "E0658", "generic const items are experimental", "");
                    }
                }
                default -> { }
            }
        }
    }

    // ------------------------------------------------------------------ fields and parameters

    /**
     * A struct's, union's or enum variant's field names are distinct (E0124), its references name their lifetimes
     * (E0106), and every type and lifetime parameter appears in some field (E0392): a parameter nothing uses has no
     * variance.
     */
    private void fieldsAndParams(DefId adt) {
        Item item = tcx.item(adt);
        rustmem.syntax.ast.Generics generics;
        List<Item.VariantData> datas = new ArrayList<>();
        switch (item.kind()) {
            case Item.Struct st -> { generics = st.generics(); datas.add(st.data()); }
            case Item.Union u -> { generics = u.generics(); datas.add(u.data()); }
            case Item.Enum en -> {
                generics = en.generics();
                for (Item.Variant v : en.variants()) datas.add(v.data());
            }
            default -> { return; }
        }
        Set<String> used = new HashSet<>();
        for (Item.VariantData data : datas) {
            java.util.Map<String, Item.FieldDef> seen = new java.util.HashMap<>();
            for (Item.FieldDef f : data.fields()) {
                if (f.name() != null) {
                    Item.FieldDef first = seen.putIfAbsent(f.name().name(), f);
                    if (first != null) {
                        tcx.diags.emit(rustmem.source.Diagnostic.error("field `" + f.name().name() + "` is already declared").code("E0124")
                            .span(f.span(), "field already declared").secondary(first.span(), "`" + f.name().name() + "` first declared here"));
                    }
                }
                // a field's reference has no lifetime to elide to (rustc's late resolution of lifetimes)
                rustmem.syntax.ast.Type.Ref elided = elidedRef(f.type());
                if (elided != null && elided.lifetime() == null) {
                    tcx.error(new Span(elided.span().lo(), elided.span().lo() + 1), "E0106", "missing lifetime specifier",
                        "expected named lifetime parameter");
                }
                rustmem.syntax.ast.AstWalk.walk(f.type(), n -> {
                    if (n instanceof rustmem.syntax.ast.Path.PathSegment seg) used.add(seg.ident().name());
                    if (n instanceof rustmem.syntax.ast.Lifetime l) used.add(l.name());
                    return true;
                });
            }
        }
        if (generics == null) return;
        for (rustmem.syntax.ast.Generics.GenericParam p : generics.params()) {
            switch (p) {
                case rustmem.syntax.ast.Generics.TypeParam tp when !used.contains(tp.name().name()) ->
                    tcx.diags.emit(rustmem.source.Diagnostic.error("type parameter `" + tp.name().name() + "` is never used").code("E0392")
                        .span(tp.name().span(), "unused type parameter")
                        .help("consider removing `" + tp.name().name() + "`, referring to it in a field, or using a marker such as `PhantomData`")
                        .help("if you intended `" + tp.name().name() + "` to be a const parameter, use `const " + tp.name().name()
                            + ": /* Type */` instead"));
                case rustmem.syntax.ast.Generics.LifetimeParam lp when !used.contains(lp.lifetime().name()) ->
                    tcx.diags.emit(rustmem.source.Diagnostic.error("lifetime parameter `" + lp.lifetime().name() + "` is never used").code("E0392")
                        .span(lp.lifetime().span(), "unused lifetime parameter")
                        .help("consider removing `" + lp.lifetime().name() + "`, referring to it in a field, or using a marker such as `PhantomData`"));
                default -> { }
            }
        }
    }

    // ------------------------------------------------------------------ trait impls

    private void impl(DefId impl) {
        TraitRef tr = tcx.implTraitRef(impl);
        if (tr == null || tcx.isNegativeImpl(impl)) return;
        DefId trait = tr.trait();
        String traitName = tcx.name(trait);
        Set<DefId> implemented = new HashSet<>();
        for (AssocItem a : tcx.assocItems(impl)) {
            if (a.traitItem() == null) {
                Span span = tcx.defs.span(a.def());
                switch (a.kind()) {
                    case FN -> tcx.error(span, "E0407", "method `" + a.name() + "` is not a member of trait `" + traitName + "`",
                        "not a member of trait `" + traitName + "`");
                    case TYPE -> tcx.error(span, "E0437", "type `" + a.name() + "` is not a member of trait `" + traitName + "`",
                        "not a member of trait `" + traitName + "`");
                    case CONST -> tcx.error(span, "E0438", "const `" + a.name() + "` is not a member of trait `" + traitName + "`",
                        "not a member of trait `" + traitName + "`");
                }
                continue;
            }
            implemented.add(a.traitItem());
            if (a.kind() == AssocItem.Kind.FN) compareMethod(impl, tr, a, tcx.assocItem(a.traitItem()));
        }
        List<String> missing = new ArrayList<>();
        for (AssocItem t : tcx.assocItems(trait)) if (!t.hasDefault() && !implemented.contains(t.def())) missing.add("`" + t.name() + "`");
        if (!missing.isEmpty()) {
            tcx.error(tcx.implHeader(impl), "E0046", "not all trait items implemented, missing: " + String.join(", ", missing),
                "missing " + String.join(", ", missing) + " in implementation");
        }
        bounds(impl, tr);
        if (tcx.lang.is(trait, "copy")) copyImpl(impl, tr.self());
    }

    /** The impl's method against the trait's: the same number of parameters, self-ness and types. */
    private void compareMethod(DefId impl, TraitRef tr, AssocItem implItem, AssocItem traitItem) {
        Item.Fn implFn = (Item.Fn) tcx.item(implItem.def()).kind();
        Item.Fn traitFn = (Item.Fn) tcx.item(traitItem.def()).kind();
        String name = implItem.name();
        if (traitItem.hasSelf() && !implItem.hasSelf()) {
            tcx.error(tcx.defs.span(implItem.def()), "E0186", "method `" + name + "` has a `self` declaration in the trait, but not in the impl",
                "expected `self` in impl");
            return;
        }
        if (!traitItem.hasSelf() && implItem.hasSelf()) {
            tcx.error(tcx.defs.span(implItem.def()), "E0185", "method `" + name + "` has a `self` declaration in the impl, but not in the trait",
                "`self` used in impl");
            return;
        }
        int n = implFn.decl().params().size(), m = traitFn.decl().params().size();
        if (n != m) {
            tcx.error(tcx.defs.span(implItem.def()), "E0050", "method `" + name + "` has " + n + " parameter" + (n == 1 ? "" : "s")
                + " but the declaration in trait `" + tcx.name(tr.trait()) + "::" + name + "` has " + m, "expected " + m + " parameter"
                + (m == 1 ? "" : "s") + ", found " + n);
            return;
        }
        if (tcx.generics(implItem.def()).own().size() != tcx.generics(traitItem.def()).own().size()) return;   // E0049: not checked here
        // the trait's signature for this impl: Self and the trait's parameters from the impl's header, the
        // method's own parameters as the impl method's
        List<Ty> implIdentity = tcx.generics(implItem.def()).identity(tcx);
        int implParent = tcx.generics(implItem.def()).parentCount();
        List<Ty> args = new ArrayList<>(tr.args());
        args.addAll(implIdentity.subList(implParent, implIdentity.size()));
        FnSig expected = tcx.fnSig(traitItem.def()).subst(args);
        FnSig actual = tcx.fnSig(implItem.def());
        InferCtxt infcx = new InferCtxt();
        SelectionContext scx = new SelectionContext(tcx, infcx, tcx.paramEnv(implItem.def()));
        for (int i = 0; i < n; i++) {
            Ty e = normalize(scx, expected.inputs().get(i)), a = normalize(scx, actual.inputs().get(i));
            if (!comparable(e, a)) continue;
            if (!e.equals(a)) {
                Item.Param p = implFn.decl().params().get(i);
                Span span = p.type() != null ? p.type().span() : p.span();
                tcx.error(span, "E0053", "method `" + name + "` has an incompatible type for trait", "expected `" + tcx.display(e)
                    + "`, found `" + tcx.display(a) + "`");
                return;
            }
        }
        Ty e = normalize(scx, expected.output()), a = normalize(scx, actual.output());
        if (comparable(e, a) && !e.equals(a)) {
            Span span = implFn.decl().output() != null ? implFn.decl().output().span() : tcx.defs.span(implItem.def());
            tcx.error(span, "E0053", "method `" + name + "` has an incompatible type for trait", "expected `" + tcx.display(e)
                + "`, found `" + tcx.display(a) + "`");
        }
    }

    private static Ty normalize(SelectionContext scx, Ty t) {
        return scx.infcx.resolve(scx.normalize(t, Span.DUMMY, new ArrayList<>(), null));
    }

    /** Types whose equality says something: no errors, no `impl Trait`, no unresolved projections. */
    private static boolean comparable(Ty e, Ty a) {
        return !e.any(x -> x instanceof Ty.Error || x instanceof Ty.Alias || x instanceof Ty.Infer)
            && !a.any(x -> x instanceof Ty.Error || x instanceof Ty.Alias || x instanceof Ty.Infer);
    }

    /** The trait's supertraits and its associated types' bounds must hold for the impl (E0277). */
    private void bounds(DefId impl, TraitRef tr) {
        InferCtxt infcx = new InferCtxt();
        SelectionContext scx = new SelectionContext(tcx, infcx, tcx.paramEnv(impl));
        for (TraitRef sup : tcx.supertraitRefs(tr)) {
            if (sup.trait().equals(tr.trait())) continue;
            unsatisfied(scx, new Predicate.Trait(sup), tcx.implHeader(impl));
        }
        for (AssocItem ti : tcx.assocItems(tr.trait())) {
            if (ti.kind() != AssocItem.Kind.TYPE) continue;
            AssocItem ii = null;
            for (AssocItem a : tcx.assocItems(impl)) if (ti.def().equals(a.traitItem())) ii = a;
            if (ii == null) continue;
            Ty value = tcx.typeOf(ii.def());
            for (Predicate p : tcx.itemBounds(ti.def())) {
                // the bound speaks of the alias `<Self as Trait>::A`: here it is the impl's type
                Predicate q = p.fold(x -> x instanceof Ty.Alias al && al.def().equals(ti.def()) ? value : x).subst(tr.args());
                if (unsatisfied(scx, q, tcx.defs.span(ii.def()))) break;
            }
        }
    }

    private boolean unsatisfied(SelectionContext scx, Predicate p, Span span) {
        if (!(p instanceof Predicate.Trait t) || t.ref().args().stream().anyMatch(x -> x.any(y -> y instanceof Ty.Error || y instanceof Ty.Alias))) {
            return false;
        }
        if (scx.evaluate(p, span) != SelectionContext.Eval.NO) return false;
        tcx.error(span, "E0277", "the trait bound `" + tcx.display(t.ref().self()) + ": " + tcx.displayTrait(t.ref()) + "` is not satisfied",
            "the trait `" + tcx.displayTrait(t.ref()) + "` is not implemented for `" + tcx.display(t.ref().self()) + "`");
        return true;
    }

    /** `impl Copy for T`: every field of T is Copy (E0204), and T has no destructor (E0184). */
    private void copyImpl(DefId impl, Ty self) {
        if (!(self instanceof Ty.Adt adt)) return;
        DefId drop = tcx.lang.get("drop");
        if (drop != null) {
            for (DefId d : tcx.traitImpls(drop)) {
                if (adt.def().did.equals(tcx.implSelfAdt(d))) {
                    tcx.error(tcx.implHeader(impl), "E0184", "the trait `Copy` cannot be implemented for this type; the type has a destructor",
                        "`Copy` not allowed on types with destructors");
                    return;
                }
            }
        }
        InferCtxt infcx = new InferCtxt();
        SelectionContext scx = new SelectionContext(tcx, infcx, tcx.paramEnv(impl));
        DefId copy = tcx.lang.get("copy");
        for (AdtDef.VariantDef v : adt.def().variants) {
            for (AdtDef.FieldDef f : v.fields()) {
                Ty ft = tcx.fieldTy(f, adt.args());
                if (ft.any(x -> x instanceof Ty.Error)) continue;
                if (scx.evaluate(new Predicate.Trait(new TraitRef(copy, List.of(ft))), Span.DUMMY) == SelectionContext.Eval.NO) {
                    tcx.error(tcx.implHeader(impl), "E0204", "the trait `Copy` cannot be implemented for this type",
                        "this field does not implement `Copy`");
                    return;
                }
            }
        }
    }

    // ------------------------------------------------------------------ lifetime elision

    /**
     * A return type that borrows needs a lifetime to borrow from (E0106): `&self`'s, or the only lifetime among
     * the parameters' types. Counted as rustc's elision does, where the count is certain (a parameter whose type
     * hides a lifetime in a path, or holds `impl`/`dyn` types with references, leaves it unchecked).
     */
    /**
     * A function's parameters and return value are `Sized` (rustc's wfcheck of the signature, E0277): `fn f(s: str)`,
     * `-> [u8]`, a bare `dyn Trait`.
     */
    private void sizedSignature(DefId fn) {
        if (!(tcx.item(fn).kind() instanceof Item.Fn f) || f.body() == null) return;   // a declaration alone may take unsized values
        FnSig sig = tcx.fnSig(fn);
        List<Item.Param> params = f.decl().params();
        for (int i = 0; i < params.size() && i < sig.inputs().size(); i++) {
            Item.Param p = params.get(i);
            if (p.selfKind() == Item.SelfKind.NONE && p.type() != null) unsized(sig.inputs().get(i), p.type().span());
        }
        if (f.decl().output() != null) unsized(sig.output(), f.decl().output().span());
    }

    private void unsized(Ty t, Span span) {
        if (!(t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic)) return;
        String shown = tcx.display(t);
        tcx.diags.emit(rustmem.source.Diagnostic.error("the size for values of type `" + shown + "` cannot be known at compilation time")
            .code("E0277").span(span, "doesn't have a size known at compile-time")
            .help("the trait `Sized` is not implemented for `" + shown + "`"));
    }

    private void elision(DefId fn) {
        if (!(tcx.item(fn).kind() instanceof Item.Fn f) || f.decl().output() == null) return;
        int[] count = {0};
        boolean[] uncertain = {false};
        for (Item.Param p : f.decl().params()) {
            if (p.selfKind() == Item.SelfKind.REF || p.selfKind() == Item.SelfKind.REF_MUT) return;
            if (p.selfKind() != Item.SelfKind.NONE && p.selfKind() != Item.SelfKind.VALUE) return;
            if (p.type() != null && p.selfKind() == Item.SelfKind.NONE) lifetimes(p.type(), count, uncertain, new java.util.HashSet<>());
        }
        if (uncertain[0] || count[0] == 1) return;
        rustmem.syntax.ast.Type.Ref elided = elidedRef(f.decl().output());
        if (elided == null) return;
        tcx.error(new Span(elided.span().lo(), elided.span().lo() + 1), "E0106", "missing lifetime specifier",
            "expected named lifetime parameter");
    }

    /** Counts the lifetimes of an input type (each elided `&` and `'_` one, named ones once each). */
    private void lifetimes(rustmem.syntax.ast.Type t, int[] count, boolean[] uncertain, Set<String> named) {
        switch (t) {
            case rustmem.syntax.ast.Type.Ref r -> {
                if (r.lifetime() == null || r.lifetime().name().equals("'_")) count[0]++;
                else if (named.add(r.lifetime().name())) count[0]++;
                lifetimes(r.inner(), count, uncertain, named);
            }
            case rustmem.syntax.ast.Type.RawPtr r -> lifetimes(r.inner(), count, uncertain, named);
            case rustmem.syntax.ast.Type.Slice sl -> lifetimes(sl.element(), count, uncertain, named);
            case rustmem.syntax.ast.Type.Array ar -> lifetimes(ar.element(), count, uncertain, named);
            case rustmem.syntax.ast.Type.Paren pa -> lifetimes(pa.inner(), count, uncertain, named);
            case rustmem.syntax.ast.Type.Tuple tu -> { for (var e : tu.elements()) lifetimes(e, count, uncertain, named); }
            case rustmem.syntax.ast.Type.PathType pt -> {
                if (pt.qself() != null) { uncertain[0] = true; return; }
                var last = pt.path().segments().get(pt.path().segments().size() - 1);
                boolean explicitLifetime = false;
                if (last.args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab) {
                    for (var a : ab.args()) {
                        switch (a) {
                            case rustmem.syntax.ast.GenericArgs.LifetimeArg la -> {
                                explicitLifetime = true;
                                String n = la.lifetime().name();
                                if (n.equals("'_")) count[0]++;
                                else if (named.add(n)) count[0]++;
                            }
                            case rustmem.syntax.ast.GenericArgs.TypeArg ta -> lifetimes(ta.type(), count, uncertain, named);
                            default -> uncertain[0] |= a instanceof rustmem.syntax.ast.GenericArgs.AssocConstraint;
                        }
                    }
                } else if (last.args() != null) {
                    uncertain[0] = true;
                }
                if (!explicitLifetime && hidesLifetime(pt)) uncertain[0] = true;
            }
            case rustmem.syntax.ast.Type.FnPtr fp -> { }   // its own binder
            case rustmem.syntax.ast.Type.Never n -> { }
            default -> uncertain[0] = true;   // impl Trait, dyn Trait, macros, inferred types
        }
    }

    /** Whether a path names a type with lifetime parameters (left implicit when the path gives none). */
    private boolean hidesLifetime(rustmem.syntax.ast.Type.PathType pt) {
        var pr = tcx.res.partialRes(pt);
        if (pr == null || !pr.isFull()) return true;
        if (!(pr.base() instanceof rustmem.resolve.Res.Def d)) return false;   // a primitive type, Self
        return switch (tcx.kind(d.id())) {
            case STRUCT, ENUM, UNION, TY_ALIAS, TRAIT -> astLifetimes(d.id());
            case TY_PARAM, ASSOC_TY -> false;
            default -> !tcx.defs.isStd(d.id());   // a path the count is not sure of
        };
    }

    private boolean astLifetimes(DefId d) {
        var g = TyCtxt.astGenerics(tcx.node(d));
        if (g == null) return false;
        for (var p : g.params()) if (p instanceof rustmem.syntax.ast.Generics.LifetimeParam) return true;
        return false;
    }

    /** The first `&` without a lifetime (or with `'_`) in a return type, outside fn pointers and `impl`/`dyn` bounds. */
    private static rustmem.syntax.ast.Type.Ref elidedRef(rustmem.syntax.ast.Type t) {
        return switch (t) {
            case rustmem.syntax.ast.Type.Ref r when r.lifetime() == null || r.lifetime().name().equals("'_") -> r;
            case rustmem.syntax.ast.Type.Ref r -> elidedRef(r.inner());
            case rustmem.syntax.ast.Type.Slice sl -> elidedRef(sl.element());
            case rustmem.syntax.ast.Type.Array ar -> elidedRef(ar.element());
            case rustmem.syntax.ast.Type.Paren pa -> elidedRef(pa.inner());
            case rustmem.syntax.ast.Type.Tuple tu -> {
                for (var e : tu.elements()) {
                    var r = elidedRef(e);
                    if (r != null) yield r;
                }
                yield null;
            }
            case rustmem.syntax.ast.Type.PathType pt when pt.qself() == null
                && pt.path().segments().get(pt.path().segments().size() - 1).args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab -> {
                for (var a : ab.args()) {
                    if (a instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta) {
                        var r = elidedRef(ta.type());
                        if (r != null) yield r;
                    }
                }
                yield null;
            }
            default -> null;
        };
    }

    // ------------------------------------------------------------------ recursive types

    /** A struct or enum that holds itself by value has no finite size (E0072). */
    private void recursive(DefId adt) {
        AdtDef def = tcx.adtDef(adt);
        if (containsByValue(tcx.typeOf(adt), def, new HashSet<>(), 0)) {
            Item item = tcx.item(adt);
            Span name = switch (item.kind()) {
                case Item.Struct st -> st.name().span();
                case Item.Enum en -> en.name().span();
                default -> item.span();
            };
            tcx.error(new Span(item.span().lo(), name.hi()), "E0072", "recursive type `" + tcx.name(adt) + "` has infinite size",
                "recursive type has infinite size");
        }
    }

    private boolean containsByValue(Ty t, AdtDef target, Set<Ty> seen, int depth) {
        if (depth > 0 && t instanceof Ty.Adt a0 && a0.def().did.equals(target.did)) return true;
        if (depth > 32 || !seen.add(t)) return false;
        return switch (t) {
            case Ty.Adt a -> {
                for (AdtDef.VariantDef v : a.def().variants) {
                    for (AdtDef.FieldDef f : v.fields()) if (containsByValue(tcx.fieldTy(f, a.args()), target, seen, depth + 1)) yield true;
                }
                yield false;
            }
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(e -> containsByValue(e, target, seen, depth + 1));
            case Ty.Array ar -> containsByValue(ar.element(), target, seen, depth + 1);
            default -> false;
        };
    }
}
