package rustmem.traits;

import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.types.AssocItem;
import rustmem.types.ClosureInfo;
import rustmem.types.Generics;
import rustmem.types.InferCtxt;
import rustmem.types.ParamEnv;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * Trait selection (rustc's {@code SelectionContext}): for a trait predicate, assembles the candidates that could
 * prove it — where-clauses, impls (matched by unification, blanket impls included), trait objects, the
 * bounds of associated and opaque types, and the built-in rules — narrows them as rustc's winnowing does, and
 * confirms the one left. Also normalizes associated types ({@code <T as Trait>::Assoc}) through the same
 * candidates.
 */
public final class SelectionContext {
    public final TyCtxt tcx;
    public final InferCtxt infcx;
    public final ParamEnv env;
    private final BuiltinImpls builtins;
    /** Predicates being evaluated, for cycle detection. */
    private final List<TraitRef> evaluating = new ArrayList<>();
    private static final int DEPTH_LIMIT = 64;

    public SelectionContext(TyCtxt tcx, InferCtxt infcx, ParamEnv env) {
        this.tcx = tcx;
        this.infcx = infcx;
        this.env = env;
        this.builtins = new BuiltinImpls(this);
    }

    /** The outcome of selecting: a source, ambiguity (not enough known yet), or none at all. */
    public sealed interface Result {
        record Ok(Selection selection) implements Result {}

        record Ambiguous() implements Result {}

        record Unimplemented() implements Result {}
    }

    static final Result AMBIGUOUS = new Result.Ambiguous();
    static final Result UNIMPLEMENTED = new Result.Unimplemented();

    /** A candidate before confirmation. */
    sealed interface Candidate {
        record ParamC(TraitRef bound) implements Candidate {}

        record ImplC(DefId impl) implements Candidate {}

        record ObjectC(TraitRef objectTrait) implements Candidate {}

        record BuiltinC(List<Predicate> nested) implements Candidate {}

        record ClosureC(DefId closure, List<Ty> args) implements Candidate {}

        record FnPointerC(Ty fnTy) implements Candidate {}

        /** Not decidable yet (a closure whose captures are not inferred): the obligation stays pending. */
        record AmbiguousC() implements Candidate {}
    }

    // ------------------------------------------------------------------ selection

    /** Selects and confirms a source for the obligation's trait predicate (unifying what it fixes). */
    public Result select(Obligation o) {
        Predicate.Trait p = (Predicate.Trait) o.predicate();
        TraitRef ref = infcx.resolve(p.ref());
        if (o.depth() > DEPTH_LIMIT) return UNIMPLEMENTED;
        Ty self = infcx.shallowResolve(ref.self());
        if (self instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) return AMBIGUOUS;
        List<Candidate> candidates = assemble(ref, self);
        if (candidates == null) return UNIMPLEMENTED;   // a negative impl applies
        for (Candidate c : candidates) if (c instanceof Candidate.AmbiguousC) return AMBIGUOUS;
        candidates = winnow(ref, candidates, o);
        if (candidates.isEmpty()) return UNIMPLEMENTED;
        if (candidates.size() > 1) return AMBIGUOUS;
        Selection s = confirm(ref, candidates.get(0), o);
        return s == null ? UNIMPLEMENTED : new Result.Ok(s);
    }

    /** The candidates for ref; null when a negative impl says it does not hold. */
    private List<Candidate> assemble(TraitRef ref, Ty self) {
        List<Candidate> out = new ArrayList<>();
        for (Predicate p : env.predicates()) {
            if (p instanceof Predicate.Trait t && t.ref().trait().equals(ref.trait()) && canUnify(t.ref(), ref)) {
                out.add(new Candidate.ParamC(t.ref()));
            }
        }
        if (self instanceof Ty.Dynamic d && d.principal() != null) {
            TraitRef principal = objectTraitRef(d);
            for (TraitRef sup : tcx.supertraitRefs(principal)) {
                if (sup.trait().equals(ref.trait()) && canUnify(sup, ref)) out.add(new Candidate.ObjectC(sup));
            }
        }
        if (self instanceof Ty.Alias alias && !(env.revealAll() && alias.kind() == Ty.AliasKind.OPAQUE)) {
            for (Predicate p : aliasBounds(alias)) {
                if (p instanceof Predicate.Trait t) {
                    for (TraitRef sup : tcx.supertraitRefs(t.ref())) {
                        if (sup.trait().equals(ref.trait()) && canUnify(sup, ref)) out.add(new Candidate.ParamC(sup));
                    }
                }
            }
        }
        builtins.assemble(ref, self, out);
        boolean auto = tcx.isAutoTrait(ref.trait());
        boolean anyExplicit = false;
        Object[] wanted = SimplifiedType.keys(ref.args(), infcx);
        for (DefId impl : tcx.traitImpls(ref.trait())) {
            if (!SimplifiedType.mayUnify(SimplifiedType.implKeys(tcx, impl), wanted) || !matchesImpl(impl, ref)) continue;
            anyExplicit = true;
            if (tcx.isNegativeImpl(impl)) return null;
            out.add(new Candidate.ImplC(impl));
        }
        if (auto && !anyExplicit) builtins.assembleAuto(ref, self, out);
        return out;
    }

    /** The bounds an associated or opaque type has: its item bounds, applied to its arguments. */
    List<Predicate> aliasBounds(Ty.Alias alias) {
        List<Predicate> out = new ArrayList<>();
        for (Predicate p : tcx.itemBounds(alias.def())) out.add(alias.kind() == Ty.AliasKind.PROJECTION ? p.subst(alias.args()) : p.subst(alias.args()));
        return out;
    }

    /** A trait object's principal trait with the object itself as Self. */
    TraitRef objectTraitRef(Ty.Dynamic d) {
        List<Ty> args = new ArrayList<>();
        args.add(d);
        args.addAll(d.args());
        return new TraitRef(d.principal(), List.copyOf(args));
    }

    private boolean canUnify(TraitRef a, TraitRef b) {
        return a.trait().equals(b.trait()) && infcx.tryThenUndo(() -> infcx.unifyAll(a.args(), b.args()));
    }

    /** Whether an impl's header could apply to ref (fresh variables for its parameters). */
    private boolean matchesImpl(DefId impl, TraitRef ref) {
        TraitRef header = tcx.implTraitRef(impl);
        if (header == null) return false;
        return infcx.tryThenUndo(() -> {
            List<Ty> fresh = freshArgs(impl);
            TraitRef h = normalizeTraitRef(header.subst(fresh));
            return infcx.unifyAll(h.args(), ref.args());
        });
    }

    public List<Ty> freshArgs(DefId item) {
        Generics g = tcx.generics(item);
        List<Ty> out = new ArrayList<>();
        for (int i = 0; i < g.count(); i++) out.add(infcx.newVar());
        return out;
    }

    /**
     * rustc's winnowing, simplified: a where-clause wins over everything else; otherwise object and alias-bound
     * candidates over impls; then impls whose where-clauses cannot hold are dropped.
     */
    private List<Candidate> winnow(TraitRef ref, List<Candidate> cands, Obligation o) {
        if (cands.size() <= 1) return cands;
        List<Candidate> params = new ArrayList<>();
        for (Candidate c : cands) if (c instanceof Candidate.ParamC) params.add(c);
        if (!params.isEmpty()) return dedupParams(params);
        List<Candidate> objects = new ArrayList<>();
        for (Candidate c : cands) if (c instanceof Candidate.ObjectC) objects.add(c);
        if (!objects.isEmpty()) return objects.subList(0, 1);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : cands) {
            if (evaluateCandidate(ref, c, o) != Eval.NO) kept.add(c);
        }
        if (kept.size() > 1) {
            // a built-in rule and an impl that agree: the built-in one (rustc prefers it too)
            List<Candidate> builtin = new ArrayList<>();
            for (Candidate c : kept) if (!(c instanceof Candidate.ImplC)) builtin.add(c);
            if (builtin.size() == 1) return builtin;
        }
        return kept;
    }

    private List<Candidate> dedupParams(List<Candidate> params) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : params) {
            TraitRef r = infcx.resolve(((Candidate.ParamC) c).bound());
            boolean same = false;
            for (Candidate d : out) if (infcx.resolve(((Candidate.ParamC) d).bound()).equals(r)) same = true;
            if (!same) out.add(c);
        }
        return out;
    }

    // ------------------------------------------------------------------ confirmation

    private Selection confirm(TraitRef ref, Candidate c, Obligation o) {
        return switch (c) {
            case Candidate.ParamC p -> {
                if (!infcx.unifyAll(p.bound().args(), ref.args())) yield null;
                yield new Selection.Param(p.bound(), List.of());
            }
            case Candidate.ObjectC obj -> {
                if (!infcx.unifyAll(obj.objectTrait().args(), ref.args())) yield null;
                yield new Selection.Object(obj.objectTrait(), List.of());
            }
            case Candidate.ImplC ic -> confirmImpl(ic.impl(), ref, o);
            case Candidate.BuiltinC b -> {
                List<Obligation> nested = new ArrayList<>();
                for (Predicate p : b.nested()) nested.add(o.nested(p));
                yield new Selection.Builtin(nested);
            }
            case Candidate.ClosureC cc -> {
                List<Obligation> nested = new ArrayList<>();
                if (!builtins.confirmClosure(ref, cc.closure(), nested, o)) yield null;
                yield new Selection.Closure(cc.closure(), cc.args(), nested);
            }
            case Candidate.FnPointerC fp -> {
                if (!builtins.confirmFnPointer(ref, fp.fnTy())) yield null;
                yield new Selection.FnPointer(fp.fnTy(), List.of());
            }
            case Candidate.AmbiguousC a -> null;
        };
    }

    private Selection confirmImpl(DefId impl, TraitRef ref, Obligation o) {
        List<Ty> fresh = freshArgs(impl);
        List<Obligation> nested = new ArrayList<>();
        TraitRef header = normalizeTraitRef(tcx.implTraitRef(impl).subst(fresh), o.span(), nested, o);
        if (!infcx.unifyAll(header.args(), ref.args())) return null;
        for (Predicate p : tcx.predicatesOf(impl)) {
            nested.add(o.nested(normalizePredicate(p.subst(fresh), o.span(), nested, o)));
        }
        return new Selection.Impl(impl, fresh, nested);
    }

    // ------------------------------------------------------------------ evaluation

    public enum Eval { YES, NO, MAYBE }

    /** Whether a predicate holds, could hold, or cannot, without changing any inference variable. */
    public Eval evaluate(Predicate p, Span span) {
        return infcx.tryThenUndo(() -> evaluateRec(new Obligation(p, span)));
    }

    public boolean mayHold(Predicate p, Span span) { return evaluate(p, span) != Eval.NO; }

    private Eval evaluateCandidate(TraitRef ref, Candidate c, Obligation o) {
        return infcx.tryThenUndo(() -> {
            Selection s = confirm(ref, c, o);
            if (s == null) return Eval.NO;
            return evaluateAll(s.nested());
        });
    }

    private Eval evaluateAll(List<Obligation> obligations) {
        Eval result = Eval.YES;
        for (Obligation n : obligations) {
            Eval e = evaluateRec(n);
            if (e == Eval.NO) return Eval.NO;
            if (e == Eval.MAYBE) result = Eval.MAYBE;
        }
        return result;
    }

    private Eval evaluateRec(Obligation o) {
        if (o.depth() > DEPTH_LIMIT) return Eval.MAYBE;
        switch (o.predicate()) {
            case Predicate.Trait t -> {
                TraitRef ref = infcx.resolve(t.ref());
                for (TraitRef e : evaluating) {
                    if (e.equals(ref)) return tcx.isAutoTrait(ref.trait()) ? Eval.YES : Eval.MAYBE;
                }
                evaluating.add(ref);
                try {
                    Result r = select(o);
                    return switch (r) {
                        case Result.Ok ok -> evaluateAll(ok.selection().nested());
                        case Result.Ambiguous a -> Eval.MAYBE;
                        case Result.Unimplemented u -> Eval.NO;
                    };
                } finally {
                    evaluating.remove(evaluating.size() - 1);
                }
            }
            case Predicate.Projection p -> {
                List<Obligation> nested = new ArrayList<>();
                Projected pr = project(p.alias(), o.span(), nested, o);
                return switch (pr) {
                    case Projected.Ok ok -> infcx.unify(normalize(ok.ty(), o.span(), nested, o), p.ty()) ? evaluateAll(nested) : Eval.NO;
                    case Projected.Rigid r -> infcx.unify(p.alias(), p.ty()) ? Eval.YES : Eval.NO;
                    case Projected.Ambiguous a -> Eval.MAYBE;
                    case Projected.Error e -> Eval.NO;
                };
            }
            case Predicate.OutlivesStatic os -> { return Eval.YES; }
        }
    }

    // ------------------------------------------------------------------ projection

    /** What projecting an associated type gave. */
    public sealed interface Projected {
        record Ok(Ty ty) implements Projected {}

        /** It stays as it is: its self type is a parameter (or rigid) with no where-clause fixing it. */
        record Rigid() implements Projected {}

        record Ambiguous() implements Projected {}

        record Error() implements Projected {}
    }

    /** Resolves one associated type or opaque type one step. */
    public Projected project(Ty.Alias alias, Span span, List<Obligation> nested, Obligation parent) {
        if (alias.kind() == Ty.AliasKind.OPAQUE) {
            if (!env.revealAll()) return new Projected.Rigid();
            Ty hidden = tcx.hiddenType(alias.def());
            return hidden == null ? new Projected.Error() : new Projected.Ok(hidden.subst(alias.args()));
        }
        DefId trait = tcx.traitOfItem(alias.def());
        int n = tcx.generics(trait).count();
        List<Ty> traitArgs = alias.args().subList(0, Math.min(n, alias.args().size()));
        TraitRef ref = new TraitRef(trait, traitArgs);
        Ty self = infcx.shallowResolve(ref.self());
        if (self instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) return new Projected.Ambiguous();
        // a where-clause that fixes it
        for (Predicate p : env.predicates()) {
            if (p instanceof Predicate.Projection pp && pp.alias().def().equals(alias.def())
                && infcx.tryThenUndo(() -> infcx.unifyAll(pp.alias().args(), alias.args()))) {
                infcx.unifyAll(pp.alias().args(), alias.args());
                return new Projected.Ok(pp.ty());
            }
        }
        if (self instanceof Ty.Dynamic d) {
            for (Ty.AssocBinding b : d.bindings()) if (b.assoc().equals(alias.def())) return new Projected.Ok(b.ty());
        }
        if (self instanceof Ty.Alias selfAlias && !(env.revealAll() && selfAlias.kind() == Ty.AliasKind.OPAQUE)) {
            for (Predicate p : aliasBounds(selfAlias)) {
                if (p instanceof Predicate.Projection pp && pp.alias().def().equals(alias.def())
                    && infcx.tryThenUndo(() -> infcx.unifyAll(pp.alias().args(), alias.args()))) {
                    infcx.unifyAll(pp.alias().args(), alias.args());
                    return new Projected.Ok(pp.ty());
                }
            }
        }
        Ty builtin = builtins.project(alias, self);
        if (builtin != null) return builtin instanceof Ty.Error ? new Projected.Ambiguous() : new Projected.Ok(builtin);
        Obligation o = parent == null ? new Obligation(new Predicate.Trait(ref), span) : parent.nested(new Predicate.Trait(ref));
        Result r = select(o);
        return switch (r) {
            case Result.Ambiguous a -> new Projected.Ambiguous();
            case Result.Unimplemented u -> new Projected.Error();
            case Result.Ok ok -> switch (ok.selection()) {
                case Selection.Impl impl -> {
                    nested.addAll(impl.nested());
                    Ty value = implAssocType(impl.impl(), alias.def(), impl.args());
                    yield value == null ? new Projected.Error() : new Projected.Ok(value);
                }
                case Selection.Param p -> new Projected.Rigid();
                case Selection.Object obj -> new Projected.Rigid();
                default -> new Projected.Rigid();
            };
        };
    }

    /** The type an impl gives a trait's associated type (or the trait's default), in terms of the impl's arguments. */
    private Ty implAssocType(DefId impl, DefId traitAssoc, List<Ty> implArgs) {
        String name = tcx.name(traitAssoc);
        for (AssocItem a : tcx.assocItems(impl)) {
            if (a.kind() == AssocItem.Kind.TYPE && a.name().equals(name)) return tcx.typeOf(a.def()).subst(implArgs);
        }
        return null;
    }

    /** The type with every associated type it contains normalized as far as possible. */
    public Ty normalize(Ty t, Span span, List<Obligation> out, Obligation parent) {
        if (!t.hasAliases()) return t;
        return t.fold(x -> {
            if (!(x instanceof Ty.Alias a)) return x;
            Ty.Alias inner = new Ty.Alias(a.kind(), a.def(), Ty.foldAll(a.args(), y -> y instanceof Ty.Alias ? normalize(y, span, out, parent) : y));
            return normalizeAlias(inner, span, out, parent);
        });
    }

    private Ty normalizeAlias(Ty.Alias a, Span span, List<Obligation> out, Obligation parent) {
        List<Obligation> nested = new ArrayList<>();
        Projected p = project(a, span, nested, parent);
        return switch (p) {
            case Projected.Ok ok -> {
                out.addAll(nested);
                yield normalize(ok.ty(), span, out, parent);
            }
            case Projected.Rigid r -> a;
            case Projected.Error e -> a;
            case Projected.Ambiguous amb -> {
                Ty v = infcx.newVar();
                Predicate pred = new Predicate.Projection(a, v);
                out.add(parent == null ? new Obligation(pred, span) : parent.nested(pred));
                yield v;
            }
        };
    }

    public TraitRef normalizeTraitRef(TraitRef t, Span span, List<Obligation> out, Obligation parent) {
        return new TraitRef(t.trait(), Ty.foldAll(t.args(), x -> x instanceof Ty.Alias ? normalize(x, span, out, parent) : x));
    }

    private TraitRef normalizeTraitRef(TraitRef t) {
        return normalizeTraitRef(t, rustmem.source.Span.DUMMY, new ArrayList<>(), null);
    }

    public Predicate normalizePredicate(Predicate p, Span span, List<Obligation> out, Obligation parent) {
        return switch (p) {
            case Predicate.Trait t -> new Predicate.Trait(normalizeTraitRef(t.ref(), span, out, parent));
            case Predicate.Projection pr -> new Predicate.Projection(
                new Ty.Alias(pr.alias().kind(), pr.alias().def(), Ty.foldAll(pr.alias().args(), x -> normalize(x, span, out, parent))),
                normalize(pr.ty(), span, out, parent));
            case Predicate.OutlivesStatic o -> o;
        };
    }

    /** The environment with the associated types its impls fix replaced by their values (see TyCtxt.envNormalizer). */
    public static ParamEnv normalizeEnv(TyCtxt tcx, ParamEnv env) {
        if (env.revealAll()) return env;
        SelectionContext scx = new SelectionContext(tcx, new InferCtxt(), env);
        List<Predicate> out = new ArrayList<>();
        boolean changed = false;
        for (Predicate p : env.predicates()) {
            java.util.function.UnaryOperator<Ty> f = t -> t instanceof Ty.Alias a && a.kind() == Ty.AliasKind.PROJECTION ? scx.normalizeByImpl(a) : t;
            Predicate q = switch (p) {
                case Predicate.Trait t -> new Predicate.Trait(t.ref().fold(f));
                case Predicate.Projection pr -> new Predicate.Projection(new Ty.Alias(pr.alias().kind(), pr.alias().def(),
                    Ty.foldAll(pr.alias().args(), f)), pr.ty().fold(f));
                case Predicate.OutlivesStatic o -> o;
            };
            changed |= !q.equals(p);
            out.add(q);
        }
        return changed ? new ParamEnv(List.copyOf(out), false) : env;
    }

    /** An associated type an impl fixes (for a self type that is not a parameter), else the alias as it is. */
    private Ty normalizeByImpl(Ty.Alias a) {
        Ty self = a.args().get(0);
        if (self instanceof Ty.Param || self instanceof Ty.Alias || a.args().stream().anyMatch(x -> x.hasAliases())) return a;
        try {
            Ty r = infcx.tryThenUndo(() -> project(a, rustmem.source.Span.DUMMY, new ArrayList<>(), null) instanceof Projected.Ok ok
                ? infcx.resolve(ok.ty()) : null);
            if (r != null && !r.hasInfer()) return r;
        } catch (RuntimeException | StackOverflowError e) {
            return a;
        }
        return a;
    }

    /** The closure's recorded signature and kind (null while its body is being checked). */
    ClosureInfo closureInfo(DefId closure) { return tcx.closureInfo(closure); }
}
