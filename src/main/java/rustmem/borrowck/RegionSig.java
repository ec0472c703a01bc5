package rustmem.borrowck;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.syntax.ast.GenericArgs;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Type;
import rustmem.types.TyCtxt;

/**
 * What a function's declared signature says of the regions its values carry, read from its source the way
 * rustc's lifetime elision does: each parameter's and the output's lifetimes (named, or fresh for an elided
 * one, the output's elided ones being `&self`'s or the only input lifetime) and generic parameters (a value of
 * a generic type may hold any region). An argument's loans flow into the result when they share one.
 */
final class RegionSig {
    /** A parameter: whether it is a reference (and its own lifetime), and the lifetimes and generics inside. */
    record Param(boolean isRef, boolean mutRef, String refToken, Set<String> inner) {
        Set<String> all() {
            Set<String> s = new HashSet<>(inner);
            if (refToken != null) s.add(refToken);
            return s;
        }
    }

    /** How much of an argument's loans the result (or a `&mut` argument's referent) receives. */
    enum Flow { NONE, OUTER, INNER, ALL }

    final List<Param> params;
    final Set<String> output;
    /** Parameters whose generic type must outlive 'static (thread::spawn's closure). */
    final Set<Integer> staticParams;
    /** The declared outlives relations ('a: 'b) among the signature's lifetimes. */
    final java.util.Map<String, Set<String>> outlives;

    private RegionSig(List<Param> params, Set<String> output, Set<Integer> staticParams, java.util.Map<String, Set<String>> outlives) {
        this.params = params;
        this.output = output;
        this.staticParams = staticParams;
        this.outlives = outlives;
    }

    /** Whether data of lifetime t may go where one of sink is required: t is one of them, or outlives one. */
    boolean allows(String t, Set<String> sink) {
        if (t.equals("'static") || sink.contains("*")) return true;
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(List.of(t));
        Set<String> seen = new HashSet<>();
        while (!work.isEmpty()) {
            String x = work.poll();
            if (!seen.add(x)) continue;
            if (sink.contains(x)) return true;
            work.addAll(outlives.getOrDefault(x, Set.of()));
        }
        return false;
    }

    /** The signature of a function item with a source declaration, or null. */
    static RegionSig of(TyCtxt tcx, DefId fn) {
        if (tcx.kind(fn) != DefKind.FN && tcx.kind(fn) != DefKind.ASSOC_FN) return null;
        if (!(tcx.item(fn).kind() instanceof Item.Fn f)) return null;
        Builder b = new Builder();
        b.edition2024 = tcx.res.edition(fn).atLeast(rustmem.source.Edition.E2024);
        Type selfType = null;
        DefId parent = tcx.defs.parent(fn);
        if (parent != null && tcx.kind(parent) == DefKind.IMPL && tcx.item(parent).kind() instanceof Item.Impl impl) {
            b.addGenerics(impl.generics());
            selfType = impl.selfType();
        } else if (parent != null && tcx.kind(parent) == DefKind.TRAIT && tcx.item(parent).kind() instanceof Item.Trait tr) {
            b.addGenerics(tr.generics());
        }
        b.addGenerics(f.generics());
        b.selfType = selfType;
        List<Param> params = new java.util.ArrayList<>();
        Set<Integer> statics = new HashSet<>();
        String selfRef = null;
        Set<String> inputLifetimes = new HashSet<>();
        for (int i = 0; i < f.decl().params().size(); i++) {
            Item.Param p = f.decl().params().get(i);
            Param ps = b.param(p.type());
            params.add(ps);
            if (i == 0 && (p.selfKind() == Item.SelfKind.REF || p.selfKind() == Item.SelfKind.REF_MUT)) selfRef = ps.refToken();
            for (String t : ps.all()) if (t.startsWith("'")) inputLifetimes.add(t);
            if (p.type() instanceof Type.PathType pt && b.staticGenerics.contains(single(pt.path()))) statics.add(i);
            if (p.type() instanceof Type.ImplTrait it && outlivesStatic(it.bounds())) statics.add(i);
        }
        Set<String> out = new HashSet<>();
        if (f.decl().output() != null) {
            b.elidedOutput = true;
            b.tokens(f.decl().output(), out);
        }
        if (out.remove("'elided")) {
            if (selfRef != null) out.add(selfRef);
            else if (inputLifetimes.size() == 1) out.addAll(inputLifetimes);
        }
        boolean staticOutput = out.remove("'static");
        // implied bounds: `&'r Foo<'a>` is well-formed only if 'a outlives 'r
        for (Param ps : params) {
            if (ps.refToken() == null) continue;
            for (String t : ps.inner()) if (t.startsWith("'")) b.outlives.computeIfAbsent(t, k -> new HashSet<>()).add(ps.refToken());
        }
        RegionSig sig = new RegionSig(params, out, statics, b.outlives);
        sig.staticOutput = staticOutput;
        return sig;
    }

    /** How arg i's loans reach the result. */
    Flow toResult(int i) {
        if (i >= params.size() || output.contains("*")) return Flow.ALL;
        Param p = params.get(i);
        boolean outer = p.isRef() && p.refToken() != null && output.contains(p.refToken());
        boolean inner = false;
        for (String t : p.inner()) {
            if (output.contains(t)) inner = true;
            // a value's associated type (`IntoIterator::into_iter(self) -> Self::IntoIter`) may hold what it holds
            if (!p.isRef()) for (String o : output) if (o.startsWith(t + "::")) inner = true;
        }
        if (!p.isRef()) {
            // `Option<&'a T>::copied(self) -> Option<T>`: the value's own references do not reach the result
            boolean ownLifetimes = p.inner().stream().anyMatch(t -> t.startsWith("'"));
            boolean lifetimeFlows = p.inner().stream().anyMatch(t -> t.startsWith("'") && output.contains(t));
            return !inner ? Flow.NONE : ownLifetimes && !lifetimeFlows ? Flow.INNER : Flow.ALL;
        }
        return outer && inner ? Flow.ALL : outer ? Flow.OUTER : inner ? Flow.INNER : Flow.NONE;
    }

    /**
     * Whether the result is (or holds) an associated type of the receiver (`Self::Item`), other than through the
     * receiver's own reference (`Deref::deref(&self) -> &Self::Target` reborrows it: {@link Flow#OUTER}).
     */
    boolean resultIsSelfAssoc() {
        if (params.isEmpty() || !params.get(0).inner().contains("Self")) return false;
        Param p = params.get(0);
        if (p.isRef() && p.refToken() != null && output.contains(p.refToken())) return false;
        return output.stream().anyMatch(t -> t.startsWith("Self::"));
    }

    /** Whether the result's type names any lifetime (else no value of it can hold a borrow of the caller's). */
    boolean outputHasLifetimes() { return staticOutput || output.stream().anyMatch(t -> t.startsWith("'") || t.equals("*")); }

    /** Whether the result's type names 'static. */
    boolean staticOutput;

    /** Whether arg i's loans may be stored into what the `&mut` argument j points to. */
    boolean storesInto(int i, int j) {
        if (i >= params.size() || j >= params.size() || i == j) return false;
        Param target = params.get(j);
        if (!target.mutRef()) return false;
        for (String t : params.get(i).all()) if (target.inner().contains(t)) return true;
        return false;
    }

    /** Whether what arg i stores into arg j's referent includes arg i's own reference (not only what it points to). */
    boolean storesReference(int i, int j) {
        Param src = params.get(i);
        return !src.isRef() || src.refToken() != null && params.get(j).inner().contains(src.refToken());
    }

    /** Where the values of Self's associated type in a trait method's result (`Self::Item`) get their borrows. */
    enum AssocFlow {
        /** The impl's type names a lifetime of Self (`type Item = &'a T` for `Iter<'a, T>`): what Self borrows. */
        FROM_SELF,
        /**
         * The impl's type is a parameter bound only as what another iterator's items point to (`type Item = T` where
         * `I: Iterator<Item = &'a T>`, Copied's): copies of what Self's references point to, so only what lies behind
         * them (Self's inner loans).
         */
        POINTEE,
        /** Anything else, or the impl is not known: whatever Self holds. */
        ANY
    }

    /**
     * For a trait method whose result names an associated type of Self (`Iterator::next(&mut self) ->
     * Option<Self::Item>`): what that type, in the impl for the receiver's type, borrows (see {@link AssocFlow}).
     */
    static AssocFlow assocTypeFlow(TyCtxt tcx, DefId method, rustmem.types.Ty self, Set<String> output) {
        DefId trait = tcx.traitOfItem(method);
        if (trait == null) return AssocFlow.ANY;
        while (self instanceof rustmem.types.Ty.Ref r) self = r.pointee();
        if (!(self instanceof rustmem.types.Ty.Adt adt)) return AssocFlow.ANY;
        for (DefId impl : tcx.traitImpls(trait)) {
            if (!adt.def().did.equals(tcx.implSelfAdt(impl))) continue;
            if (!(tcx.item(impl).kind() instanceof Item.Impl decl)) return AssocFlow.ANY;
            Builder b = new Builder();
            b.addGenerics(decl.generics());
            Set<String> selfTokens = new HashSet<>();
            b.tokens(decl.selfType(), selfTokens);
            AssocFlow flow = null;
            for (rustmem.types.AssocItem a : tcx.assocItems(impl)) {
                if (a.kind() != rustmem.types.AssocItem.Kind.TYPE || !output.contains("Self::" + a.name())) continue;
                if (!(tcx.item(a.def()).kind() instanceof Item.TypeAlias ta) || ta.type() == null) return AssocFlow.ANY;
                Set<String> assoc = new HashSet<>();
                b.tokens(ta.type(), assoc);
                for (String t : assoc) if (t.startsWith("'") && !t.startsWith("'#") && selfTokens.contains(t)) return AssocFlow.FROM_SELF;
                AssocFlow f = ta.type() instanceof Type.PathType pt && pt.qself() == null && onlyPointee(decl.generics(), single(pt.path()))
                    ? AssocFlow.POINTEE : AssocFlow.ANY;
                flow = flow == null || flow == f ? f : AssocFlow.ANY;
            }
            return flow == null ? AssocFlow.ANY : flow;
        }
        return AssocFlow.ANY;
    }

    /**
     * Whether the impl's type parameter `param` is bound as the referent of another parameter's associated type
     * (`I: Iterator<Item = &'a T>`), the only place it is tied to what the impl's Self holds.
     */
    private static boolean onlyPointee(Generics g, String param) {
        if (param == null) return false;
        boolean isParam = false, pointee = false;
        List<GenericBound> bounds = new java.util.ArrayList<>();
        for (Generics.GenericParam gp : g.params()) {
            if (gp instanceof Generics.TypeParam tp) {
                if (tp.name().name().equals(param)) isParam = true;
                bounds.addAll(tp.bounds());
            }
        }
        for (Generics.WherePredicate w : g.where()) if (w instanceof Generics.BoundPredicate bp) bounds.addAll(bp.bounds());
        for (GenericBound gb : bounds) {
            if (!(gb instanceof GenericBound.TraitBound tb)) continue;
            for (Path.PathSegment seg : tb.trait().segments()) {
                if (!(seg.args() instanceof GenericArgs.AngleBracketed ab)) continue;
                for (GenericArgs.GenericArg arg : ab.args()) {
                    if (arg instanceof GenericArgs.AssocConstraint ac && ac.type() instanceof Type.Ref r
                        && r.inner() instanceof Type.PathType pt && param.equals(single(pt.path()))) pointee = true;
                }
            }
        }
        return isParam && pointee;
    }

    private static String single(Path p) { return p.segments().size() == 1 ? p.segments().get(0).ident().name() : null; }

    private static boolean outlivesStatic(List<GenericBound> bounds) {
        for (GenericBound gb : bounds) if (gb instanceof GenericBound.LifetimeBound lb && lb.lifetime().name().equals("'static")) return true;
        return false;
    }

    /** Collects tokens: "'a" lifetimes (fresh "'#n" for elided ones), "T" for generic parameters. */
    private static final class Builder {
        final Set<String> generics = new HashSet<>();
        final Set<String> staticGenerics = new HashSet<>();
        final java.util.Map<String, Set<String>> outlives = new java.util.HashMap<>();
        Type selfType;
        boolean elidedOutput;
        boolean edition2024;
        int fresh;

        void addGenerics(Generics g) {
            for (Generics.GenericParam gp : g.params()) {
                if (gp instanceof Generics.LifetimeParam lp) {
                    for (rustmem.syntax.ast.Lifetime b : lp.bounds()) outlives.computeIfAbsent(lp.lifetime().name(), k -> new HashSet<>()).add(b.name());
                }
                if (gp instanceof Generics.TypeParam tp) {
                    generics.add(tp.name().name());
                    if (outlivesStatic(tp.bounds())) staticGenerics.add(tp.name().name());
                }
            }
            for (Generics.WherePredicate w : g.where()) {
                if (w instanceof Generics.RegionPredicate rp) {
                    for (rustmem.syntax.ast.Lifetime b : rp.bounds()) outlives.computeIfAbsent(rp.lifetime().name(), k -> new HashSet<>()).add(b.name());
                }
                if (w instanceof Generics.BoundPredicate bp && bp.boundedType() instanceof Type.PathType pt && outlivesStatic(bp.bounds())) {
                    String n = single(pt.path());
                    if (n != null) staticGenerics.add(n);
                }
            }
        }

        Param param(Type t) {
            while (t instanceof Type.Paren p) t = p.inner();
            // 'static relates nothing: a `&'static str` argument lends nothing the function could keep
            if (t instanceof Type.Ref r) {
                Set<String> inner = new HashSet<>();
                tokens(r.inner(), inner);
                inner.remove("'static");
                String own = lifetime(r.lifetime());
                return new Param(true, r.mutable(), own.equals("'static") ? null : own, inner);
            }
            Set<String> inner = new HashSet<>();
            tokens(t, inner);
            inner.remove("'static");
            return new Param(false, false, null, inner);
        }

        String lifetime(rustmem.syntax.ast.Lifetime lt) {
            if (lt == null || lt.name().equals("'_")) return elidedOutput ? "'elided" : "'#" + fresh++;
            return lt.name();
        }

        void tokens(Type t, Set<String> out) {
            switch (t) {
                case Type.Ref r -> {
                    out.add(lifetime(r.lifetime()));
                    tokens(r.inner(), out);
                }
                case Type.Paren p -> tokens(p.inner(), out);
                case Type.RawPtr p -> tokens(p.inner(), out);
                case Type.Slice s -> tokens(s.element(), out);
                case Type.Array a -> tokens(a.element(), out);
                case Type.Tuple tu -> { for (Type e : tu.elements()) tokens(e, out); }
                case Type.ImplicitSelf s -> self(out);
                case Type.PathType pt -> {
                    if (pt.qself() != null) tokens(pt.qself().type(), out);
                    List<Path.PathSegment> segs = pt.path().segments();
                    if (segs.size() == 2 && pt.qself() == null && (segs.get(0).ident().name().equals("Self") || generics.contains(segs.get(0).ident().name()))) {
                        // `Self::Target`, `I::Item`: an associated type is a type of its own here
                        out.add(segs.get(0).ident().name() + "::" + segs.get(1).ident().name());
                    } else if (!segs.isEmpty()) {
                        String first = segs.get(0).ident().name();
                        if (first.equals("Self")) self(out);
                        else if (generics.contains(first)) out.add(first);
                    }
                    for (Path.PathSegment s : segs) args(s.args(), out);
                }
                case Type.ImplTrait it -> {
                    // an argument's `impl Trait` is a generic parameter of its own; the result's captures every
                    // lifetime and generic in scope (edition 2024's rule)
                    if (elidedOutput && edition2024) out.add("*");
                    else if (elidedOutput) {
                        bounds(it.bounds(), out);   // before 2024: the lifetimes it names, and every generic
                        out.addAll(generics);
                    }
                    else out.add("impl#" + fresh++);
                }
                case Type.TraitObject to -> bounds(to.bounds(), out);
                default -> { }
            }
        }

        private void self(Set<String> out) {
            if (selfType != null) {
                Type st = selfType;
                selfType = null;   // Self inside the impl's own self type is not itself
                tokens(st, out);
                selfType = st;
            } else {
                out.add("Self");
            }
        }

        private void bounds(List<GenericBound> bounds, Set<String> out) {
            for (GenericBound gb : bounds) {
                switch (gb) {
                    case GenericBound.LifetimeBound lb -> out.add(lifetime(lb.lifetime()));
                    case GenericBound.TraitBound tb -> { for (Path.PathSegment s : tb.trait().segments()) args(s.args(), out); }
                    default -> { }
                }
            }
        }

        private void args(GenericArgs a, Set<String> out) {
            switch (a) {
                case null -> { }
                case GenericArgs.AngleBracketed ab -> {
                    for (GenericArgs.GenericArg g : ab.args()) {
                        switch (g) {
                            case GenericArgs.LifetimeArg la -> out.add(lifetime(la.lifetime()));
                            case GenericArgs.TypeArg ta -> tokens(ta.type(), out);
                            case GenericArgs.AssocConstraint ac -> { if (ac.type() != null) tokens(ac.type(), out); }
                            default -> { }
                        }
                    }
                }
                case GenericArgs.Parenthesized p -> {
                    if (p.output() != null) tokens(p.output(), out);
                }
            }
        }
    }
}
