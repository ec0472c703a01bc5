package rustmem.types.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Path;
import rustmem.types.AssocItem;
import rustmem.types.FnSig;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;

/**
 * Method and associated-item lookup as rustc's method probe does it: the receiver's autoderef steps (built-in
 * for references and Box, {@code Deref} otherwise, then array-to-slice), at each step by value, then {@code &},
 * then {@code &mut}; inherent candidates (impls of the type, where-clauses of a parameter, a trait object's
 * traits) before the traits in scope; a candidate applies when its self type unifies and its where-clauses may
 * hold.
 */
final class MethodProbe {
    private final FnCtxt fcx;
    private final TyCtxt tcx;

    MethodProbe(FnCtxt fcx) {
        this.fcx = fcx;
        this.tcx = fcx.tcx;
    }

    enum Autoref { NONE, SHARED, MUT }

    enum Source { INHERENT, PARAM, OBJECT, TRAIT }

    /** One autoderef step: the type reached and whether reaching it took a Deref impl. */
    record Step(Ty ty, boolean overloaded) {}

    /** The chosen item, where it comes from (an impl or a trait), and how the receiver is adjusted to it. */
    record Pick(AssocItem item, Source source, DefId container, List<Step> steps, int autoderefs, Autoref autoref, boolean unsize,
                TraitRef traitRef) {}

    /** A confirmed method: its FnDef type (with all generic arguments) and its signature. */
    record Confirmed(Ty fnTy, FnSig sig) {}

    private record Candidate(AssocItem item, Source source, DefId container, TraitRef traitRef) {}

    // ------------------------------------------------------------------ steps

    List<Step> autoderefSteps(Ty start) {
        List<Step> steps = new ArrayList<>();
        Ty cur = fcx.resolve(start);
        steps.add(new Step(cur, false));
        for (int i = 0; i < 10; i++) {
            Step next = derefStep(cur);
            if (next == null) break;
            Ty t = fcx.resolve(next.ty());
            boolean seen = false;
            for (Step s : steps) if (fcx.infcx.resolve(s.ty()).equals(fcx.infcx.resolve(t))) seen = true;
            if (seen) break;
            steps.add(new Step(t, next.overloaded()));
            cur = t;
        }
        return steps;
    }

    /** One dereference: built in for references and Box, through Deref for the rest; null when none. */
    Step derefStep(Ty t) {
        Ty r = fcx.resolve(t);
        if (r instanceof Ty.Ref ref) return new Step(ref.pointee(), false);
        if (r instanceof Ty.Adt a && a.def().isBox()) return new Step(a.args().get(0), false);
        if (r instanceof Ty.Infer || r instanceof Ty.Error || r instanceof Ty.RawPtr) return null;
        DefId deref = tcx.lang.get("deref");
        if (deref == null) return null;
        Predicate p = new Predicate.Trait(new TraitRef(deref, List.of(r)));
        if (fcx.scx.evaluate(p, Span.DUMMY) == rustmem.traits.SelectionContext.Eval.NO) return null;
        if (r instanceof Ty.Param || r instanceof Ty.Alias) {
            // a parameter bounded by Deref: only when a where-clause says so
            if (fcx.scx.evaluate(p, Span.DUMMY) != rustmem.traits.SelectionContext.Eval.YES) return null;
        }
        Ty target = new Ty.Alias(Ty.AliasKind.PROJECTION, tcx.lang.require("deref_target"), List.of(r));
        return new Step(fcx.normalize(target, Span.DUMMY), true);
    }

    // ------------------------------------------------------------------ method lookup

    Pick lookupMethod(Ty recvTy, String name, Span span, Object node) {
        List<Step> steps = autoderefSteps(recvTy);
        List<DefId> traits = tcx.res.traitsInScope(node);
        Ty last = fcx.resolve(steps.get(steps.size() - 1).ty());
        Ty unsized = last instanceof Ty.Array a ? new Ty.Slice(a.element()) : null;
        // as rustc: the inherent candidates of every step, so that `self: Box<Self>` methods of `str` apply to Box<str>
        List<Candidate> inherent = new ArrayList<>();
        for (Step s : steps) addDistinct(inherent, inherentCandidates(s.ty(), name, true));
        if (unsized != null) addDistinct(inherent, inherentCandidates(unsized, name, true));
        for (int i = 0; i < steps.size(); i++) {
            Pick p = pickAtStep(steps, i, steps.get(i).ty(), false, name, traits, span, inherent);
            if (p != null) return p;
        }
        if (unsized != null) return pickAtStep(steps, steps.size() - 1, unsized, true, name, traits, span, inherent);
        return null;
    }

    /**
     * The candidates for a by-value receiver, without the methods of traits marked
     * {@code #[rustc_skip_during_method_dispatch(array, boxed_slice)]} when the receiver is an array (before edition
     * 2021) or a boxed slice (before 2024), as rustc keeps `into_iter()` on them meaning what it meant then.
     */
    private List<Candidate> withoutSkipped(List<Candidate> candidates, Ty stepTy) {
        rustmem.source.Edition edition = tcx.res.edition(fcx.owner);
        if (edition.atLeast(rustmem.source.Edition.E2024)) return candidates;
        Ty self = fcx.resolve(stepTy);
        String kind = self instanceof Ty.Array && !edition.atLeast(rustmem.source.Edition.E2021) ? "array"
            : self instanceof Ty.Adt a && a.def().isBox() && !a.args().isEmpty()
                && fcx.resolve(a.args().get(0)) instanceof Ty.Slice ? "boxed_slice" : null;
        if (kind == null) return candidates;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.traitRef() != null && skipsDuringDispatch(c.traitRef().trait(), kind)) continue;
            out.add(c);
        }
        return out;
    }

    private boolean skipsDuringDispatch(DefId trait, String kind) {
        for (rustmem.syntax.ast.Attribute a : tcx.attrs(trait)) {
            if (!a.is("rustc_skip_during_method_dispatch")) continue;
            for (rustmem.syntax.ast.TokenTree t : a.tokens()) {
                if (t instanceof rustmem.syntax.ast.TokenTree.Leaf l && l.token().text().equals(kind)) return true;
            }
        }
        return false;
    }

    private static void addDistinct(List<Candidate> into, List<Candidate> more) {
        for (Candidate c : more) if (!into.contains(c)) into.add(c);
    }

    private Pick pickAtStep(List<Step> steps, int index, Ty stepTy, boolean unsize, String name, List<DefId> traits, Span span,
                            List<Candidate> inherent) {
        List<Candidate> ext = null;
        for (Autoref ar : Autoref.values()) {
            if (unsize && ar == Autoref.NONE) continue;   // an unsized slice is only reached by reference
            Ty adjusted = switch (ar) {
                case NONE -> stepTy;
                case SHARED -> new Ty.Ref(stepTy, false);
                case MUT -> new Ty.Ref(stepTy, true);
            };
            Candidate c = choose(applicable(inherent, adjusted, span), name, span);
            if (c == null) {
                if (ext == null) ext = traitCandidates(traits, name, true);
                List<Candidate> exts = ar == Autoref.NONE ? withoutSkipped(ext, stepTy) : ext;
                c = choose(applicable(exts, adjusted, span), name, span);
            }
            if (c != null) {
                if (ar == Autoref.NONE && fcx.resolve(stepTy) instanceof Ty.Ref r && index + 1 < steps.size()) {
                    // as rustc: a reference taken by value is reborrowed (`&mut *r`), so the receiver is not moved
                    return new Pick(c.item(), c.source(), c.container(), steps, index + 1, r.mutable() ? Autoref.MUT : Autoref.SHARED,
                        false, c.traitRef());
                }
                return new Pick(c.item(), c.source(), c.container(), steps, index, ar, unsize, c.traitRef());
            }
        }
        return null;
    }

    /** Among applicable candidates, the one to call; E0034 when several remain. */
    private Candidate choose(List<Candidate> cands, String name, Span span) {
        if (cands.isEmpty()) return null;
        List<Candidate> distinct = new ArrayList<>();
        for (Candidate c : cands) {
            boolean dup = false;
            for (Candidate d : distinct) if (d.item().def().equals(c.item().def())) dup = true;
            if (!dup) distinct.add(c);
        }
        if (distinct.size() > 1) {
            // a where-clause of a parameter and the trait it names are the same candidate
            List<Candidate> params = distinct.stream().filter(c -> c.source() == Source.PARAM || c.source() == Source.OBJECT).toList();
            if (params.size() == 1) return params.get(0);
            Diagnostic.Builder b = Diagnostic.error("multiple applicable items in scope").code("E0034")
                .span(span, "multiple `" + name + "` found");
            fcx.emit(b);
        }
        return distinct.get(0);
    }

    private List<Candidate> applicable(List<Candidate> cands, Ty adjusted, Span span) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (!c.item().hasSelf() || c.item().kind() != AssocItem.Kind.FN) continue;
            boolean ok = fcx.infcx.tryThenUndo(() -> {
                List<Ty> args = containerArgs(c);
                List<Ty> all = new ArrayList<>(args);
                int total = tcx.generics(c.item().def()).count();
                for (int i = all.size(); i < total; i++) all.add(fcx.infcx.newVar());
                FnSig sig = tcx.fnSig(c.item().def());
                if (sig.inputs().isEmpty()) return false;
                Ty xform = fcx.normalize(sig.inputs().get(0).subst(all), Span.DUMMY);
                if (!fcx.infcx.unify(xform, adjusted)) return false;
                return predicatesMayHold(c, args, span);
            });
            if (ok) out.add(c);
        }
        return out;
    }

    /** Fresh arguments for the candidate's container; a trait's are those of its trait ref (Self fresh). */
    private List<Ty> containerArgs(Candidate c) {
        if (c.source() == Source.INHERENT) return fcx.scx.freshArgs(c.container());
        List<Ty> args = new ArrayList<>(c.traitRef().args());
        for (int i = 0; i < args.size(); i++) if (args.get(i) == null) args.set(i, fcx.infcx.newVar());
        return args;
    }

    /** Whether the container's where-clauses (an impl's) or the trait predicate (a trait's) may hold for args. */
    private boolean predicatesMayHold(Candidate c, List<Ty> args, Span span) {
        if (c.source() == Source.INHERENT) {
            for (Predicate p : tcx.predicatesOf(c.container())) {
                if (!fcx.scx.mayHold(p.subst(args), span)) return false;
            }
            return true;
        }
        if (c.source() != Source.TRAIT) return true;
        return fcx.scx.mayHold(new Predicate.Trait(new TraitRef(c.container(), args)), span);
    }

    // ------------------------------------------------------------------ candidates

    /** Inherent candidates for a step type: impls of the type, where-clauses of a parameter, a trait object's trait. */
    private List<Candidate> inherentCandidates(Ty stepTy, String name, boolean methodsOnly) {
        List<Candidate> out = new ArrayList<>();
        Ty t = fcx.resolve(stepTy);
        for (DefId impl : inherentImpls(t)) {
            for (AssocItem a : tcx.assocItems(impl)) {
                if (a.name().equals(name) && a.kind() != AssocItem.Kind.TYPE) out.add(new Candidate(a, Source.INHERENT, impl, null));
            }
        }
        if (t instanceof Ty.Param || t instanceof Ty.Alias) {
            for (Predicate p : boundsOf(t)) {
                if (!(p instanceof Predicate.Trait tr)) continue;
                for (TraitRef sup : tcx.supertraitRefs(tr.ref())) addTraitItems(sup, name, Source.PARAM, out);
            }
        }
        if (t instanceof Ty.Dynamic d && d.principal() != null) {
            List<Ty> args = new ArrayList<>();
            args.add(d);
            args.addAll(d.args());
            for (TraitRef sup : tcx.supertraitRefs(new TraitRef(d.principal(), args))) addTraitItems(sup, name, Source.OBJECT, out);
        }
        return out;
    }

    private void addTraitItems(TraitRef tr, String name, Source source, List<Candidate> out) {
        for (AssocItem a : tcx.assocItems(tr.trait())) {
            if (a.name().equals(name) && a.kind() != AssocItem.Kind.TYPE) out.add(new Candidate(a, source, tr.trait(), tr));
        }
    }

    /** The trait predicates the environment (or an alias's bounds) gives a parameter or alias. */
    private List<Predicate> boundsOf(Ty t) {
        List<Predicate> out = new ArrayList<>();
        for (Predicate p : fcx.env.predicates()) {
            if (p instanceof Predicate.Trait tr && fcx.infcx.resolve(tr.ref().self()).equals(t)) out.add(p);
        }
        if (t instanceof Ty.Alias a && !(fcx.env.revealAll())) {
            for (Predicate p : tcx.itemBounds(a.def())) {
                Predicate q = p.subst(a.args());
                if (q instanceof Predicate.Trait tr && tr.ref().self().equals(t)) out.add(q);
            }
        }
        return out;
    }

    /** Traits in scope with an item of this name, as candidates whose Self is left to unification. */
    private List<Candidate> traitCandidates(List<DefId> traits, String name, boolean methodsOnly) {
        List<Candidate> out = new ArrayList<>();
        for (DefId trait : traits) {
            for (AssocItem a : tcx.assocItems(trait)) {
                if (!a.name().equals(name) || a.kind() == AssocItem.Kind.TYPE) continue;
                List<Ty> args = new ArrayList<>();
                for (int i = 0; i < tcx.generics(trait).count(); i++) args.add(null);
                out.add(new Candidate(a, Source.TRAIT, trait, new TraitRef(trait, args)));
            }
        }
        return out;
    }

    private List<DefId> inherentImpls(Ty t) { return tcx.inherentImpls(TyCtxt.simplifiedKey(t)); }

    // ------------------------------------------------------------------ associated items by path

    /** `Type::name` in an expression: inherent items of the type, then its bounds' or the traits in scope's. */
    Pick lookupAssoc(Ty self, String name, Span span, Object node) {
        List<Candidate> inherent = new ArrayList<>();
        for (Candidate c : inherentCandidates(self, name, false)) {
            if (c.source() != Source.INHERENT) {
                inherent.add(c);
                continue;
            }
            boolean ok = fcx.infcx.tryThenUndo(() -> fcx.infcx.unify(tcx.typeOf(c.container()).subst(fcx.scx.freshArgs(c.container())), self));
            if (ok) inherent.add(c);
        }
        if (!inherent.isEmpty()) {
            Candidate c = inherent.get(0);
            return new Pick(c.item(), c.source(), c.container(), List.of(new Step(self, false)), 0, Autoref.NONE, false, c.traitRef());
        }
        List<Candidate> applicable = new ArrayList<>();
        for (Candidate c : traitCandidates(tcx.res.traitsInScope(node), name, false)) {
            List<Ty> args = new ArrayList<>();
            args.add(self);
            for (int i = 1; i < c.traitRef().args().size(); i++) args.add(fcx.infcx.newVar());
            Predicate p = new Predicate.Trait(new TraitRef(c.container(), args));
            if (fcx.scx.mayHold(p, span)) applicable.add(c);
        }
        Candidate c = choose(applicable, name, span);
        if (c == null) return null;
        return new Pick(c.item(), c.source(), c.container(), List.of(new Step(self, false)), 0, Autoref.NONE, false, c.traitRef());
    }

    /** The arguments of a pick's container for self: an impl's (unified with self, its predicates registered), a trait's. */
    List<Ty> instantiateContainer(Pick pick, Ty self, Span span) {
        if (pick.source() == Source.INHERENT) {
            List<Ty> args = fcx.scx.freshArgs(pick.container());
            fcx.demandEq(span, fcx.normalize(tcx.typeOf(pick.container()).subst(args), span), self);
            for (Predicate p : tcx.predicatesOf(pick.container())) fcx.register(fcx.scx.normalizePredicate(p.subst(args), span,
                new ArrayList<>(), null), span);
            return args;
        }
        List<Ty> args = new ArrayList<>();
        args.add(self);
        TraitRef tr = pick.traitRef();
        for (int i = 1; i < tcx.generics(pick.container()).count(); i++) {
            Ty a = tr != null && i < tr.args().size() && tr.args().get(i) != null ? tr.args().get(i) : fcx.infcx.newVar();
            args.add(a);
        }
        fcx.register(new Predicate.Trait(new TraitRef(pick.container(), List.copyOf(args))), span);
        return args;
    }

    // ------------------------------------------------------------------ confirmation

    /** The receiver with the pick's derefs, unsizing and autoref applied. */
    Thir.Expr adjustReceiver(Thir.Expr recv, Pick pick) {
        Thir.Expr e = recv;
        boolean mutable = pick.autoref() == Autoref.MUT;
        for (int i = 1; i <= pick.autoderefs(); i++) {
            Step s = pick.steps().get(i);
            e = fcx.exprs.places.derefOnce(e, s, mutable);
        }
        if (pick.autoref() != Autoref.NONE) {
            Ty pointee = e.ty();
            if (mutable) e = fcx.exprs.places.toMutable(e);   // `v[i].push(x)`: IndexMut, DerefMut for the place
            e = new Thir.Borrow(mutable, e, new Ty.Ref(pointee, mutable), e.span(), mutable);
            if (pick.unsize()) {
                Ty elem = ((Ty.Array) fcx.resolve(pointee)).element();
                e = new Thir.PointerCoercion(Thir.CoercionKind.UNSIZE, e, new Ty.Ref(new Ty.Slice(elem), mutable), e.span());
            }
        }
        return e;
    }

    Confirmed confirm(Pick pick, Path.PathSegment seg, Ty adjustedRecv, Span span) {
        Ty self = pick.steps().get(pick.autoderefs()).ty();
        if (pick.unsize()) self = new Ty.Slice(((Ty.Array) fcx.resolve(self)).element());
        List<Ty> parent;
        if (pick.source() == Source.INHERENT) {
            parent = fcx.scx.freshArgs(pick.container());
            for (Predicate p : tcx.predicatesOf(pick.container())) {
                fcx.register(fcx.scx.normalizePredicate(p.subst(parent), span, new ArrayList<>(), null), span);
            }
        } else {
            parent = new ArrayList<>();
            parent.add(fcx.infcx.newVar());
            TraitRef tr = pick.traitRef();
            for (int i = 1; i < tcx.generics(pick.container()).count(); i++) {
                parent.add(tr != null && i < tr.args().size() && tr.args().get(i) != null ? tr.args().get(i) : fcx.infcx.newVar());
            }
            fcx.register(new Predicate.Trait(new TraitRef(pick.container(), List.copyOf(parent))), span);
        }
        List<Ty> all = fcx.lowering.args(pick.item().def(), seg, parent, null, span);
        fcx.exprs.calls.instantiatePredicates(pick.item().def(), all, span);
        FnSig sig = fcx.normalize(tcx.fnSig(pick.item().def()).subst(all), span);
        fcx.demandEq(span, sig.inputs().get(0), adjustedRecv);
        return new Confirmed(new Ty.FnDef(pick.item().def(), all), sig);
    }

    // ------------------------------------------------------------------ errors

    void reportNoMethod(Thir.Expr recv, Ty recvTy, String name, Expr.MethodCall m) {
        Ty t = fcx.infcx.resolve(recvTy);
        String what = describe(t);
        Diagnostic.Builder b = Diagnostic.error("no method named `" + name + "` found for " + what + " in the current scope")
            .code("E0599").span(m.method().ident().span(), "method not found in `" + fcx.display(t) + "`");
        // a field of that name: rustc says so
        for (Step s : autoderefSteps(t)) {
            if (s.ty() instanceof Ty.Adt a && !a.def().isEnum() && a.def().nonEnumVariant().fieldIndex(name) >= 0) {
                b = Diagnostic.error("no method named `" + name + "` found for " + what + " in the current scope").code("E0599")
                    .span(m.method().ident().span(), "field, not a method");
                break;
            }
        }
        fcx.emit(b);
    }

    /** How rustc's E0599 names a type: "struct `Foo`", "reference `&str`", "type parameter `T`" … */
    String describe(Ty t) {
        String shown = fcx.display(t);
        return switch (t) {
            case Ty.Adt a -> (a.def().isEnum() ? "enum" : a.def().isUnion() ? "union" : "struct") + " `" + shown + "`";
            case Ty.Ref r -> "reference `" + shown + "`";
            case Ty.Param p -> "type parameter `" + shown + "`";
            case Ty.Tuple tu when tu.elements().isEmpty() -> "unit type `()`";
            case Ty.Tuple tu -> "tuple `" + shown + "`";
            case Ty.Array a -> "array `" + shown + "`";
            case Ty.Slice s -> "slice `" + shown + "`";
            case Ty.RawPtr p -> "raw pointer `" + shown + "`";
            case Ty.Dynamic d -> "trait object `" + shown + "`";
            case Ty.FnDef f -> "fn item `" + shown + "`";
            case Ty.Closure c -> "closure `" + shown + "`";
            case Ty.Alias a -> "associated type `" + shown + "`";
            default -> "type `" + shown + "`";
        };
    }
}
