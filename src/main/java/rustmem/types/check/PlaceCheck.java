package rustmem.types.check;

import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.types.AdtDef;
import rustmem.types.AssocItem;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Places (rustc's field, index and deref checking): field access and indexing through autoderef, built-in
 * and overloaded dereference, and the switch of overloaded {@code Deref}/{@code Index} to {@code DerefMut}/
 * {@code IndexMut} where the place is used mutably (rustc's convert_place_derefs_to_mutable).
 */
final class PlaceCheck {
    private final FnCtxt fcx;
    /**
     * The field expressions an assignment writes through directly (`u.f = v`, `s.u.f = v`: fields all the way from the
     * assigned place up, no index or deref between): writing a union's field there is safe, as in rustc's unsafety
     * check; reading one anywhere else needs `unsafe`.
     */
    private final java.util.Set<Expr> writtenFields = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Notes the fields the assignment to lhs writes through (see {@link #writtenFields}). */
    void assigning(Expr lhs) {
        for (Expr e = lhs; e instanceof Expr.Field || e instanceof Expr.Paren; ) {
            if (e instanceof Expr.Field f) {
                writtenFields.add(f);
                e = f.base();
            } else {
                e = ((Expr.Paren) e).inner();
            }
        }
    }

    PlaceCheck(FnCtxt fcx) { this.fcx = fcx; }

    /** Checks an expression used as a place; a mutable use turns its overloaded derefs and indexing mutable. */
    Thir.Expr checkPlace(Expr e, boolean mutable) { return checkPlace(e, mutable, null); }

    Thir.Expr checkPlace(Expr e, boolean mutable, Ty expected) {
        Thir.Expr p = fcx.exprs.check(e, expected);
        return mutable ? toMutable(p) : p;
    }

    Thir.Expr checkPlaceOrValue(Expr e, Ty expected) {
        Thir.Expr out = fcx.exprs.check(e, expected);
        if (expected != null && fcx.infcx.shallowResolve(expected) instanceof Ty.Slice
            && fcx.infcx.shallowResolve(out.ty()) instanceof Ty.Array) {
            return out;   // `&[..]` where a slice is expected: the borrow is unsized by the coercion after it
        }
        return out;
    }

    /** Overloaded derefs and indexing in a place used mutably become their Mut forms. */
    Thir.Expr toMutable(Thir.Expr e) {
        return switch (e) {
            case Thir.Deref d when d.operand() instanceof Thir.Call c && overloaded(c, "deref") -> {
                Thir.Expr inner = ((Thir.Borrow) c.args().get(0)).place();
                yield derefCall(toMutable(inner), d.ty(), true, "deref_mut", "deref_mut_method", d.span());
            }
            case Thir.Deref d when d.operand() instanceof Thir.Call c && overloaded(c, "index") -> {
                Thir.Expr inner = ((Thir.Borrow) c.args().get(0)).place();
                DefId indexMut = fcx.tcx.lang.require("index_mut");
                DefId method = fcx.tcx.traitItem(indexMut, "index_mut", AssocItem.Kind.FN).def();
                Ty fnTy = ((Ty.FnDef) c.fun().ty()).args().equals(List.of()) ? null : new Ty.FnDef(method, ((Ty.FnDef) c.fun().ty()).args());
                Thir.Expr m = toMutable(inner);
                fcx.register(new Predicate.Trait(new TraitRef(indexMut, ((Ty.FnDef) c.fun().ty()).args().subList(0, 2))), d.span());
                Thir.Expr call = new Thir.Call(new Thir.FnItem(fnTy, c.fun().span()), List.of(new Thir.Borrow(true, m,
                    new Ty.Ref(m.ty(), true), m.span()), c.args().get(1)), false, new Ty.Ref(d.ty(), true), c.span());
                yield new Thir.Deref(call, d.ty(), d.span());
            }
            case Thir.Deref d when fcx.resolve(d.operand().ty()) instanceof Ty.Adt a && a.def().isBox() ->
                new Thir.Deref(toMutable(d.operand()), d.ty(), d.span());
            case Thir.Field f -> new Thir.Field(toMutable(f.base()), f.variant(), f.field(), f.ty(), f.span());
            case Thir.Index i -> new Thir.Index(toMutable(i.base()), i.index(), i.ty(), i.span());
            default -> e;
        };
    }

    private boolean overloaded(Thir.Call c, String langTrait) {
        if (!(c.fun().ty() instanceof Ty.FnDef fd)) return false;
        DefId trait = fcx.tcx.traitOfItem(fd.def());
        return trait != null && fcx.tcx.lang.is(trait, langTrait) && c.args().size() >= 1 && c.args().get(0) instanceof Thir.Borrow;
    }

    // ------------------------------------------------------------------ dereference

    Thir.Expr deref(Expr.Unary u) {
        Thir.Expr operand = fcx.exprs.check(u.operand(), null);
        Ty t = fcx.resolve(operand.ty());
        switch (t) {
            case Ty.Ref r -> { return new Thir.Deref(operand, r.pointee(), u.span()); }
            case Ty.RawPtr p -> {
                fcx.exprs.calls.requireUnsafe(u.span(), "dereference of raw pointer", "dereference of raw pointer");
                return new Thir.Deref(operand, p.pointee(), u.span());
            }
            case Ty.Adt a when a.def().isBox() -> { return new Thir.Deref(operand, a.args().get(0), u.span()); }
            case Ty.Error e -> { return fcx.exprs.error(u.span()); }
            default -> {
                MethodProbe.Step step = fcx.probe.derefStep(t);
                if (step == null || !step.overloaded()) {
                    if (t instanceof Ty.Infer) fcx.typeAnnotationsNeeded(u.operand().span());
                    else fcx.error(u.span(), "E0614", "type `" + fcx.display(t) + "` cannot be dereferenced", "can't be dereferenced");
                    return fcx.exprs.error(u.span());
                }
                return derefCall(operand, step.ty(), false, "deref", "deref_method", u.span());
            }
        }
    }

    /** One autoderef step applied: built in, or `*Deref::deref(&e)` (`*DerefMut::deref_mut(&mut e)`). */
    Thir.Expr derefOnce(Thir.Expr e, MethodProbe.Step step, boolean mutable) {
        if (!step.overloaded()) return new Thir.Deref(mutable ? toMutable(e) : e, step.ty(), e.span());
        return mutable ? derefCall(toMutable(e), step.ty(), true, "deref_mut", "deref_mut_method", e.span())
            : derefCall(e, step.ty(), false, "deref", "deref_method", e.span());
    }

    private Thir.Expr derefCall(Thir.Expr operand, Ty target, boolean mutable, String traitLang, String methodLang, Span span) {
        DefId trait = fcx.tcx.lang.require(traitLang);
        DefId method = fcx.tcx.traitItem(trait, mutable ? "deref_mut" : "deref", AssocItem.Kind.FN).def();
        Ty self = operand.ty();
        fcx.register(new Predicate.Trait(new TraitRef(trait, List.of(self))), span);
        Thir.Expr borrow = new Thir.Borrow(mutable, operand, new Ty.Ref(self, mutable), span);
        Thir.Expr call = new Thir.Call(new Thir.FnItem(new Ty.FnDef(method, List.of(self)), span), List.of(borrow), false,
            new Ty.Ref(target, mutable), span);
        return new Thir.Deref(call, target, span);
    }

    // ------------------------------------------------------------------ fields

    Thir.Expr field(Expr.Field f) {
        Thir.Expr base = fcx.exprs.check(f.base(), null);
        String name = f.name().name();
        List<MethodProbe.Step> steps = fcx.probe.autoderefSteps(base.ty());
        DefId module = fcx.tcx.defs.get(fcx.owner).module();
        // as rustc: a private field does not stop autoderef (`cell.borrow().value` reaches the value's own
        // field through Ref's private one); it is the error only when no later step has an accessible field
        int privateStep = -1;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < steps.size(); i++) {
                Ty t = fcx.resolve(steps.get(i).ty());
                if (t instanceof Ty.Adt a && !a.def().isEnum()) {
                    AdtDef.VariantDef v = a.def().nonEnumVariant();
                    int idx = v.fieldIndex(name);
                    if (idx < 0) continue;
                    AdtDef.FieldDef fd = v.fields().get(idx);
                    if (!fcx.tcx.res.accessible(fd.vis(), module)) {
                        if (pass == 0) {
                            if (privateStep < 0) privateStep = i;
                            continue;
                        }
                        if (i != privateStep) continue;
                        fcx.emit(Diagnostic.error("field `" + name + "` of " + (a.def().isUnion() ? "union" : "struct") + " `" + a.def().name
                            + "` is private").code("E0616").span(f.name().span(), "private field"));
                    }
                    Thir.Expr place = applySteps(base, steps, i);
                    if (a.def().isUnion() && !writtenFields.contains(f)) fcx.exprs.calls.requireUnsafe(f.span(), "access to union field", "access to union field");
                    Ty fty = fcx.normalize(fcx.tcx.fieldTy(fd, a.args()), f.span());
                    return new Thir.Field(place, 0, idx, fty, f.span());
                }
                if (pass == 0 && t instanceof Ty.Tuple tu && name.matches("\\d{1,9}")) {
                    int idx = Integer.parseInt(name);
                    if (idx < tu.elements().size()) {
                        return new Thir.Field(applySteps(base, steps, i), 0, idx, tu.elements().get(idx), f.span());
                    }
                }
            }
            if (privateStep < 0) break;
        }
        Ty t = fcx.infcx.resolve(base.ty());
        if (t instanceof Ty.Error) return fcx.exprs.error(f.span());
        if (t instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) {
            fcx.typeAnnotationsNeeded(f.base().span());
        } else if (t.isNumeric() && !(t instanceof Ty.Adt)) {
            fcx.error(f.name().span(), "E0610", "`" + fcx.display(t) + "` is a primitive type and therefore doesn't have fields", "");
        } else if (hasMethod(t, name, f)) {
            fcx.error(f.name().span(), "E0615", "attempted to take value of method `" + name + "` on type `" + fcx.display(t) + "`",
                "method, not a field");
        } else {
            Diagnostic.Builder d = Diagnostic.error("no field `" + name + "` on type `" + fcx.display(t) + "`").code("E0609")
                .span(f.name().span(), "unknown field");
            Ty peeled = t;
            while (peeled instanceof Ty.Ref r) peeled = r.pointee();
            // rustc lists the fields of a tuple, or of a tuple struct of the program, when a number names none of them
            int n = peeled instanceof Ty.Tuple tu ? tu.elements().size()
                : peeled instanceof Ty.Adt a && a.def().isStruct() && !fcx.tcx.defs.isStd(a.def().did)
                    && a.def().variants.get(0).ctor() == AdtDef.CtorKind.FN ? a.def().variants.get(0).fields().size() : 0;
            if (n > 0 && name.matches("\\d+")) {
                d.note((n == 1 ? "available field is: " : "available fields are: ") + String.join(", ",
                    java.util.stream.IntStream.range(0, n).mapToObj(i -> "`" + i + "`").toList()));
            }
            fcx.emit(d);
        }
        return fcx.exprs.error(f.span());
    }

    /**
     * `offset_of!(Container, a.b.0)` (rustc's check_expr_offset_of): each name a field of the struct, union or tuple
     * the path has reached, visible here; enums are unstable (offset_of_enum).
     */
    Thir.Expr offsetOf(Expr.OffsetOf o) {
        Ty container = fcx.normalize(fcx.lowering.lower(o.container()), o.span());
        Ty t = container;
        DefId module = fcx.tcx.defs.get(fcx.owner).module();
        List<Integer> path = new java.util.ArrayList<>();
        for (int i = 0; i < o.fields().size(); i++) {
            rustmem.syntax.ast.Ident f = o.fields().get(i);
            String name = f.name();
            Ty cur = fcx.resolve(t);
            if (cur instanceof Ty.Error) return fcx.exprs.error(o.span());
            if (cur instanceof Ty.Adt a && a.def().isEnum()) {
                fcx.emit(Diagnostic.error("using enums in offset_of is experimental").code("E0658").span(f.span())
                    .note("see issue #120141 <https://github.com/rust-lang/rust/issues/120141> for more information"));
                boolean variant = a.def().variants.stream().anyMatch(v -> v.name().equals(name));
                if (variant && i == o.fields().size() - 1) {
                    fcx.error(f.span(), "E0795", "`" + name + "` is an enum variant; expected field at end of `offset_of`", "enum variant");
                }
                return fcx.exprs.error(o.span());
            }
            if (cur instanceof Ty.Adt a) {
                AdtDef.VariantDef v = a.def().nonEnumVariant();
                int idx = v.fieldIndex(name);
                if (idx >= 0) {
                    AdtDef.FieldDef fd = v.fields().get(idx);
                    if (!fcx.tcx.res.accessible(fd.vis(), module)) {
                        fcx.emit(Diagnostic.error("field `" + name + "` of " + (a.def().isUnion() ? "union" : "struct") + " `" + a.def().name
                            + "` is private").code("E0616").span(f.span(), "private field"));
                        return fcx.exprs.error(o.span());
                    }
                    path.add(idx);
                    t = fcx.normalize(fcx.tcx.fieldTy(fd, a.args()), f.span());
                    continue;
                }
            } else if (cur instanceof Ty.Tuple tu && name.matches("\\d{1,9}") && Integer.parseInt(name) < tu.elements().size()) {
                path.add(Integer.parseInt(name));
                t = tu.elements().get(Integer.parseInt(name));
                continue;
            }
            fcx.emit(Diagnostic.error("no field `" + name + "` on type `" + fcx.display(cur) + "`").code("E0609").span(f.span()));
            return fcx.exprs.error(o.span());
        }
        return new Thir.OffsetOf(container, path, Ty.USIZE, o.span());
    }

    private boolean hasMethod(Ty t, String name, Expr.Field f) {
        return fcx.infcx.tryThenUndo(() -> fcx.probe.lookupMethod(t, name, f.span(), f) != null);
    }

    /** The base with the first `count` autoderef steps applied. */
    Thir.Expr applySteps(Thir.Expr base, List<MethodProbe.Step> steps, int count) {
        Thir.Expr e = base;
        for (int i = 1; i <= count; i++) e = derefOnce(e, steps.get(i), false);
        return e;
    }

    // ------------------------------------------------------------------ indexing

    Thir.Expr index(Expr.Index ix) {
        Thir.Expr base = fcx.exprs.check(ix.base(), null);
        Thir.Expr idx = fcx.exprs.check(ix.index(), null);
        List<MethodProbe.Step> steps = fcx.probe.autoderefSteps(base.ty());
        Ty idxTy = fcx.resolve(idx.ty());
        DefId indexTrait = fcx.tcx.lang.require("index");
        for (int i = 0; i < steps.size(); i++) {
            Ty t = fcx.resolve(steps.get(i).ty());
            Ty elem = t instanceof Ty.Array a ? a.element() : t instanceof Ty.Slice s ? s.element() : null;
            if (elem != null && (idxTy instanceof Ty.Int it && it.kind() == Ty.IntTy.USIZE || idxTy instanceof Ty.Infer iv
                && iv.kind() == Ty.InferKind.INT)) {
                fcx.infcx.unify(idxTy, Ty.USIZE);
                return new Thir.Index(applySteps(base, steps, i), idx, elem, ix.span());
            }
            if (t instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) break;
            Predicate p = new Predicate.Trait(new TraitRef(indexTrait, List.of(t, idx.ty())));
            if (!fcx.scx.mayHold(p, ix.span()) && idxTy instanceof Ty.Ref) {
                // as rustc's lookup_indexing: the one impl's input type (`&Q` of HashMap's), what its where-clauses fix
                // of it inferred (`char: Borrow<Q>`: Q = char), the index coerced to it (`map[&mut key]` reborrows as
                // `&key`, `map[&&key]` derefs to `&key`)
                Ty input = fcx.infcx.newVar();
                rustmem.traits.FulfillmentCtxt lookup = new rustmem.traits.FulfillmentCtxt();
                lookup.register(new rustmem.traits.Obligation(new Predicate.Trait(new TraitRef(indexTrait, List.of(t, input))), ix.span()));
                lookup.selectWherePossible(fcx.scx);
                Ty want = fcx.infcx.resolve(input);
                Thir.Expr coerced = want instanceof Ty.Infer ? null : fcx.coercion.tryCoerce(idx, want);
                if (coerced != null) {
                    idx = coerced;
                    idxTy = fcx.resolve(idx.ty());
                    p = new Predicate.Trait(new TraitRef(indexTrait, List.of(t, idx.ty())));
                }
            }
            if (fcx.scx.mayHold(p, ix.span())) {
                Thir.Expr place = applySteps(base, steps, i);
                fcx.register(p, ix.span());
                Ty output = fcx.normalize(new Ty.Alias(Ty.AliasKind.PROJECTION, fcx.tcx.lang.require("index_output"), List.of(t, idx.ty())),
                    ix.span());
                DefId method = fcx.tcx.traitItem(indexTrait, "index", AssocItem.Kind.FN).def();
                // the call's span is the brackets' (rustc's fn_span of an index): where #[track_caller] reports it
                Span brackets = new Span(ix.base().span().hi(), ix.span().hi());
                Thir.Expr call = new Thir.Call(new Thir.FnItem(new Ty.FnDef(method, List.of(t, idx.ty())), ix.span()),
                    List.of(new Thir.Borrow(false, place, new Ty.Ref(t, false), place.span()), idx), false, new Ty.Ref(output, false), brackets);
                return new Thir.Deref(call, output, ix.span());
            }
        }
        Ty t = fcx.infcx.resolve(base.ty());
        if (t instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) fcx.typeAnnotationsNeeded(ix.base().span());
        else if (!(t instanceof Ty.Error) && !(idxTy instanceof Ty.Error)) {
            Ty last = fcx.resolve(steps.get(steps.size() - 1).ty());
            if (last instanceof Ty.Array || last instanceof Ty.Slice || fcx.scx.mayHold(new Predicate.Trait(new TraitRef(indexTrait,
                List.of(last, fcx.infcx.newVar()))), ix.span())) {
                String container = last instanceof Ty.Slice || last instanceof Ty.Array ? "slice" : "type";
                fcx.emit(Diagnostic.error("the type `" + fcx.display(last instanceof Ty.Array a ? new Ty.Slice(a.element()) : last)
                    + "` cannot be indexed by `" + fcx.display(idxTy) + "`").code("E0277").span(ix.index().span(),
                    container + " indices are of type `usize` or ranges of `usize`"));
            } else {
                fcx.emit(Diagnostic.error("cannot index into a value of type `" + fcx.display(t) + "`").code("E0608")
                    .span(ix.span(), ""));
            }
        }
        return fcx.exprs.error(ix.span());
    }

    // ------------------------------------------------------------------ mutability (checked by the borrow checker)

    void requireAssignable(Thir.Expr place, Expr lhs, Span span) {
        if (!isPlaceExpr(place)) {
            fcx.error(span, "E0070", "invalid left-hand side of assignment", "cannot assign to this expression");
        }
    }

    void requireMutableBorrow(Thir.Expr place, Expr operand, Span span) { }

    private static boolean isPlaceExpr(Thir.Expr e) {
        return e instanceof Thir.VarRef || e instanceof Thir.UpvarRef || e instanceof Thir.Field || e instanceof Thir.Index
            || e instanceof Thir.Deref || e instanceof Thir.StaticRef || e.ty() instanceof Ty.Error;
    }
}
