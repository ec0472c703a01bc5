package rustmem.types.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.traits.Obligation;
import rustmem.types.ClosureInfo;
import rustmem.types.FnSig;
import rustmem.types.Predicate;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;
import rustmem.types.thir.ThirVisitor;

/**
 * Closures (rustc's closure.rs and upvar.rs): the signature deduced from what is expected (an Fn bound pending
 * on the closure's type, a function pointer, a `dyn Fn`) or annotated; the body checked in the enclosing
 * body's inference context; then, once the whole body is checked, each variable from outside is captured by
 * reference, by mutable reference or by value as its uses need (`move` takes all by value), and the closure's
 * kind follows (moving a capture out makes it FnOnce, mutating one FnMut).
 */
final class ClosureCheck {
    private final FnCtxt fcx;
    /** Each closure's body, checked, by DefId (resolved by writeback with its captures). */
    final Map<DefId, Thir.Body> bodies = new LinkedHashMap<>();
    final Map<DefId, Boolean> moveClosures = new HashMap<>();

    ClosureCheck(FnCtxt fcx) { this.fcx = fcx; }

    private record ExpectedSig(List<Ty> inputs, Ty output, ClosureInfo.Kind kind) {}

    Thir.Expr check(Expr.Closure c, Ty expected) {
        DefId def = fcx.tcx.defs.byNode(c);
        Span span = c.span();
        ExpectedSig es = expected == null ? null : deduce(expected, c.params().size());
        if (es != null && es.inputs().size() != c.params().size()) {
            int want = es.inputs().size(), have = c.params().size();
            fcx.error(span, "E0593", "closure is expected to take " + want + " argument" + (want == 1 ? "" : "s") + ", but it takes "
                + have + " argument" + (have == 1 ? "" : "s"), "takes " + have + " argument" + (have == 1 ? "" : "s"));
            es = null;
        }
        List<Ty> inputs = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Expr.ClosureParam p = c.params().get(i);
            Ty t;
            if (p.type() != null) {
                t = fcx.normalize(fcx.lowering.lower(p.type()), span);
                if (es != null && i < es.inputs().size()) fcx.infcx.unify(t, es.inputs().get(i));
            } else if (es != null && i < es.inputs().size()) {
                t = es.inputs().get(i);
            } else {
                t = fcx.infcx.newVar();
            }
            inputs.add(t);
        }
        Ty ret = c.ret() != null ? fcx.normalize(fcx.lowering.lower(c.ret()), span) : es != null && es.output() != null ? es.output()
            : fcx.infcx.newVar();
        ClosureInfo info = new ClosureInfo(new FnSig(List.copyOf(inputs), ret));
        if (es != null) info.expectedKind = es.kind();
        fcx.tcx.closures.put(def, info);
        fcx.closuresChecked.add(def);
        moveClosures.put(def, c.capture() == Expr.CaptureBy.VALUE);
        List<Ty> args = fcx.tcx.generics(def).identity(fcx.tcx);
        Ty closureTy = new Ty.Closure(def, args);
        List<Thir.Param> params = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            params.add(new Thir.Param(fcx.pats.checkParam(c.params().get(i).pat(), inputs.get(i)), inputs.get(i)));
        }
        ArrayDeque<FnCtxt.Breakable> outer = new ArrayDeque<>(fcx.breakables);
        fcx.breakables.clear();
        fcx.closureFrames.push(new FnCtxt.ClosureFrame(def, ret, outer, 0));
        boolean diverges = fcx.diverges;
        fcx.diverges = false;
        Thir.Expr body;
        try {
            body = fcx.exprs.checkCoercible(c.body(), ret);
        } finally {
            fcx.closureFrames.pop();
            fcx.breakables.addAll(outer);
            fcx.diverges = diverges;
        }
        bodies.put(def, new Thir.Body(def, params, body, List.of(), ret, span));
        return new Thir.Closure(def, args, List.of(), closureTy, span);
    }

    /** The signature an expected type asks of a closure with n parameters, or null. */
    private ExpectedSig deduce(Ty expected, int n) {
        Ty t = fcx.infcx.shallowResolve(expected);
        switch (t) {
            case Ty.FnPtr fp -> { return new ExpectedSig(fp.sig().inputs(), fp.sig().output(), null); }
            case Ty.Dynamic d when d.principal() != null && isFnTrait(d.principal()) && !d.args().isEmpty() -> {
                Ty out = null;
                for (Ty.AssocBinding b : d.bindings()) if (fcx.tcx.lang.is(b.assoc(), "fn_once_output")) out = b.ty();
                Ty argsTy = fcx.infcx.shallowResolve(d.args().get(0));
                if (argsTy instanceof Ty.Tuple tu) return new ExpectedSig(tu.elements(), out, kindOf(d.principal()));
                return null;
            }
            case Ty.Infer v -> {
                return fromObligations(v, n);
            }
            case Ty.Param p -> {
                return fromPredicates(fcx.env.predicates(), t, n);
            }
            default -> { return null; }
        }
    }

    private ExpectedSig fromObligations(Ty.Infer v, int n) {
        List<Predicate> preds = new ArrayList<>();
        for (Obligation o : fcx.fulfill.pending()) preds.add(fcx.infcx.resolve(o.predicate()));
        return fromPredicates(preds, fcx.infcx.shallowResolve(v), n);
    }

    private ExpectedSig fromPredicates(List<Predicate> preds, Ty self, int n) {
        List<Ty> inputs = null, otherArity = null;
        Ty output = null;
        ClosureInfo.Kind kind = null;
        for (Predicate p : preds) {
            if (p instanceof Predicate.Trait t && isFnTrait(t.ref().trait()) && fcx.infcx.resolve(t.ref().self()).equals(self)) {
                Ty a = fcx.infcx.shallowResolve(t.ref().args().get(1));
                if (a instanceof Ty.Tuple tu && tu.elements().size() == n) inputs = tu.elements();
                else if (a instanceof Ty.Tuple tu && otherArity == null) otherArity = tu.elements();
                ClosureInfo.Kind k = kindOf(t.ref().trait());
                if (kind == null || k.ordinal() < kind.ordinal()) kind = k;
            }
            if (p instanceof Predicate.Projection pp && fcx.tcx.lang.is(pp.alias().def(), "fn_once_output")
                && fcx.infcx.resolve(pp.alias().args().get(0)).equals(self)) {
                output = pp.ty();
                if (inputs == null && fcx.infcx.shallowResolve(pp.alias().args().get(1)) instanceof Ty.Tuple tu
                    && tu.elements().size() == n) {
                    inputs = tu.elements();
                }
            }
        }
        // a bound of another arity: the closure's signature is wrong (E0593, reported by the caller)
        if (inputs == null && otherArity != null) return new ExpectedSig(otherArity, output, kind);
        if (inputs == null && output == null) return null;
        if (inputs == null) {
            inputs = new ArrayList<>();
            for (int i = 0; i < n; i++) inputs.add(fcx.infcx.newVar());
        }
        return new ExpectedSig(inputs, output, kind);
    }

    private boolean isFnTrait(DefId t) {
        return fcx.tcx.lang.is(t, "fn") || fcx.tcx.lang.is(t, "fn_mut") || fcx.tcx.lang.is(t, "fn_once");
    }

    private ClosureInfo.Kind kindOf(DefId t) {
        return fcx.tcx.lang.is(t, "fn") ? ClosureInfo.Kind.FN : fcx.tcx.lang.is(t, "fn_mut") ? ClosureInfo.Kind.FN_MUT : ClosureInfo.Kind.FN_ONCE;
    }

    /** A closure coerced to a fn pointer may not capture anything. */
    void requireNoCaptures(DefId closure, Span span) {
        pendingFnPointer.add(closure);
    }

    private final Set<DefId> pendingFnPointer = new HashSet<>();

    // ------------------------------------------------------------------ capture analysis

    /** Analyzes every closure of the body, innermost first: captures, their modes, the closure's kind. */
    void analyzeAll() {
        // as rustc: in post-order (an inner closure before the one holding it, siblings in source order), so that a
        // closure called by a later one has its kind, and its Copy-ness, known by then
        List<DefId> order = new ArrayList<>(fcx.closuresChecked);
        order.sort((a, b) -> {
            Span x = bodies.get(a).span(), y = bodies.get(b).span();
            return x.hi() != y.hi() ? Integer.compare(x.hi(), y.hi()) : Integer.compare(y.lo(), x.lo());
        });
        for (DefId def : order) analyze(def);
    }

    private void analyze(DefId def) {
        Thir.Body body = bodies.get(def);
        ClosureInfo info = fcx.closureInfo(def);
        boolean move = moveClosures.getOrDefault(def, false);
        boolean precise = fcx.tcx.res.edition(fcx.owner).atLeast(rustmem.source.Edition.E2021);
        Upvars.Result r = new Upvars(fcx).analyze(body, move, precise);
        info.captures = r.captures();
        ClosureInfo.Kind kind = r.kind();
        if (info.expectedKind != null && kind.ordinal() > info.expectedKind.ordinal()) {
            String want = traitName(info.expectedKind), have = traitName(kind);
            if (r.firstUse() != null && !move) {
                // the closure is an Fn (FnMut) by its expected type: what it does to a capture is the borrow checker's error
                String name = r.firstPlace();
                String a = info.expectedKind == ClosureInfo.Kind.FN ? "a `Fn`" : "a `FnMut`";
                String an = info.expectedKind == ClosureInfo.Kind.FN ? "an `Fn`" : "an `FnMut`";
                switch (r.firstUse()) {
                    case ASSIGN -> fcx.error(r.firstSpan(), "E0594", "cannot assign to `" + name + "`, as it is a captured variable in " + a
                        + " closure", "cannot assign");
                    case MUT_BORROW -> fcx.error(r.firstSpan(), "E0596", "cannot borrow `" + name + "` as mutable, as it is a captured variable in "
                        + a + " closure", "cannot borrow as mutable");
                    default -> fcx.error(r.firstSpan(), "E0507", "cannot move out of `" + name + "`, a captured variable in " + an + " closure",
                        "move occurs because `" + name + "` has type `" + fcx.display(r.firstTy())
                            + "`, which does not implement the `Copy` trait");
                }
            } else {
                fcx.emit(Diagnostic.error("expected a closure that implements the `" + want + "` trait, but this closure only implements `"
                    + have + "`").code("E0525").span(body.span(), "this closure implements `" + have + "`, not `" + want + "`"));
            }
        }
        info.kind = kind;
        if (pendingFnPointer.contains(def) && !info.captures.isEmpty()) {
            fcx.mismatch(body.span(), new Ty.FnPtr(info.sig), new Ty.Closure(def, List.of()));
        }
    }

    /** The name of the Fn trait of a closure kind, as std declares it. */
    private String traitName(ClosureInfo.Kind k) {
        return fcx.tcx.name(fcx.tcx.lang.require(switch (k) {
            case FN -> "fn";
            case FN_MUT -> "fn_mut";
            case FN_ONCE -> "fn_once";
        }));
    }

    static void collectBindings(Thir.Pat p, Set<Integer> out) {
        ThirVisitor.walkPat(p, q -> {
            if (q instanceof Thir.Binding b) out.add(b.local());
        });
    }

    /** How an expression's value is used: read as a value, borrowed, borrowed mutably, assigned. */
    enum Use { VALUE, BORROW, MUT_BORROW, ASSIGN }
}
