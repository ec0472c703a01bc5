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
import rustmem.types.TraitRef;
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
        order.sort(java.util.Comparator.comparingInt((DefId d) -> bodies.get(d).span().hi())
            .thenComparingInt(d -> -bodies.get(d).span().lo()));
        for (DefId def : order) analyze(def);
    }

    private void analyze(DefId def) {
        Thir.Body body = bodies.get(def);
        ClosureInfo info = fcx.closureInfo(def);
        Set<Integer> declared = new HashSet<>();
        for (Thir.Param p : body.params()) collectBindings(p.pat(), declared);
        collectDeclared(body.value(), declared);
        Map<Integer, ClosureInfo.CaptureKind> modes = new LinkedHashMap<>();
        boolean[] movesOut = {false};
        boolean[] mutates = {false};
        Uses uses = new Uses(fcx, declared, modes, movesOut, mutates);
        uses.walk(body.value(), Use.VALUE);
        boolean move = moveClosures.getOrDefault(def, false);
        List<ClosureInfo.Capture> caps = new ArrayList<>();
        for (var e : modes.entrySet()) {
            ClosureInfo.CaptureKind k = move ? ClosureInfo.CaptureKind.BY_VALUE : e.getValue();
            Ty varTy = fcx.localTy(e.getKey());
            Ty field = switch (k) {
                case BY_VALUE -> varTy;
                case BY_REF -> new Ty.Ref(varTy, false);
                case BY_MUT_REF -> new Ty.Ref(varTy, true);
            };
            caps.add(new ClosureInfo.Capture(e.getKey(), k, field));
        }
        info.captures = caps;
        ClosureInfo.Kind kind = movesOut[0] ? ClosureInfo.Kind.FN_ONCE : mutates[0] ? ClosureInfo.Kind.FN_MUT : ClosureInfo.Kind.FN;
        if (info.expectedKind != null && kind.ordinal() > info.expectedKind.ordinal()) {
            String want = traitName(info.expectedKind), have = traitName(kind);
            if (uses.firstUse != null && !move) {
                // the closure is an Fn (FnMut) by its expected type: what it does to a capture is the borrow checker's error
                String name = fcx.locals.get(uses.firstLocal).name();
                String an = info.expectedKind == ClosureInfo.Kind.FN ? "an `Fn`" : "an `FnMut`";
                String a = info.expectedKind == ClosureInfo.Kind.FN ? "a `Fn`" : "a `FnMut`";
                switch (uses.firstUse) {
                    case ASSIGN -> fcx.error(uses.firstSpan, "E0594", "cannot assign to `" + name + "`, as it is a captured variable in " + a
                        + " closure", "cannot assign");
                    case MUT_BORROW -> fcx.error(uses.firstSpan, "E0596", "cannot borrow `" + name + "` as mutable, as it is a captured variable in "
                        + a + " closure", "cannot borrow as mutable");
                    default -> fcx.error(uses.firstSpan, "E0507", "cannot move out of `" + name + "`, a captured variable in " + an + " closure",
                        "move occurs because `" + name + "` has type `" + fcx.display(fcx.localTy(uses.firstLocal))
                            + "`, which does not implement the `Copy` trait");
                }
            } else {
                fcx.emit(Diagnostic.error("expected a closure that implements the `" + want + "` trait, but this closure only implements `"
                    + have + "`").code("E0525").span(body.span(), "this closure implements `" + have + "`, not `" + want + "`"));
            }
        }
        info.kind = kind;
        if (pendingFnPointer.contains(def) && !caps.isEmpty()) {
            fcx.mismatch(body.span(), new Ty.FnPtr(info.sig), new Ty.Closure(def, List.of()));
        }
    }

    private static String traitName(ClosureInfo.Kind k) {
        return switch (k) {
            case FN -> "Fn";
            case FN_MUT -> "FnMut";
            case FN_ONCE -> "FnOnce";
        };
    }

    private void collectDeclared(Thir.Expr e, Set<Integer> out) {
        ThirVisitor.walk(e, node -> {
            if (node instanceof Thir.Pat p) collectBindings(p, out);
        });
    }

    static void collectBindings(Thir.Pat p, Set<Integer> out) {
        ThirVisitor.walkPat(p, q -> {
            if (q instanceof Thir.Binding b) out.add(b.local());
        });
    }

    /** How an expression's value is used: read as a value, borrowed, borrowed mutably, assigned. */
    enum Use { VALUE, BORROW, MUT_BORROW, ASSIGN }

    /** Finds the variables a closure body uses from outside it and the strongest use of each. */
    private static final class Uses {
        private final FnCtxt fcx;
        private final Set<Integer> declared;
        private final Map<Integer, ClosureInfo.CaptureKind> modes;
        private final boolean[] movesOut, mutates;
        /** The first use that moves or mutates a captured variable (for the errors of a closure bound to Fn/FnMut). */
        Use firstUse;
        int firstLocal = -1;
        Span firstSpan;

        Uses(FnCtxt fcx, Set<Integer> declared, Map<Integer, ClosureInfo.CaptureKind> modes, boolean[] movesOut, boolean[] mutates) {
            this.fcx = fcx;
            this.declared = declared;
            this.modes = modes;
            this.movesOut = movesOut;
            this.mutates = mutates;
        }

        private void capture(int local, ClosureInfo.CaptureKind k) {
            if (declared.contains(local) || !fcx.locals.containsKey(local)) return;
            ClosureInfo.CaptureKind before = modes.get(local);
            if (before == null || rank(k) > rank(before)) modes.put(local, k);
            if (k == ClosureInfo.CaptureKind.BY_VALUE) movesOut[0] = true;
            if (k == ClosureInfo.CaptureKind.BY_MUT_REF) mutates[0] = true;
        }

        private static int rank(ClosureInfo.CaptureKind k) {
            return switch (k) {
                case BY_REF -> 0;
                case BY_MUT_REF -> 1;
                case BY_VALUE -> 2;
            };
        }

        /** The variable a place expression is rooted in (through fields, indexing and derefs of Box), or -1. */
        private int root(Thir.Expr e, boolean[] throughRef) {
            return switch (e) {
                case Thir.VarRef v -> v.local();
                case Thir.Field f -> root(f.base(), throughRef);
                case Thir.Index i -> root(i.base(), throughRef);
                case Thir.Deref d -> {
                    Ty t = fcx.infcx.resolve(d.operand().ty());
                    if (!(t instanceof Ty.Adt a && a.def().isBox())) throughRef[0] = true;
                    if (d.operand() instanceof Thir.Call) yield -1;
                    yield root(d.operand(), throughRef);
                }
                default -> -1;
            };
        }

        void walk(Thir.Expr e, Use use) {
            if (e == null) return;
            if (e instanceof Thir.Deref d && d.operand() instanceof Thir.Borrow inner) {
                // `*&mut x` (a reborrow): a use of x as the borrow says
                walk(inner.place(), inner.mutable() ? Use.MUT_BORROW : use == Use.VALUE ? Use.BORROW : use);
                return;
            }
            if (e instanceof Thir.VarRef || e instanceof Thir.Field || e instanceof Thir.Index || e instanceof Thir.Deref d
                && !(d.operand() instanceof Thir.Call)) {
                boolean[] viaRef = {false};
                int r = root(e, viaRef);
                if (r >= 0 && !declared.contains(r)) {
                    ClosureInfo.CaptureKind k = switch (use) {
                        case VALUE -> !viaRef[0] && !isCopy(e.ty()) ? ClosureInfo.CaptureKind.BY_VALUE : ClosureInfo.CaptureKind.BY_REF;
                        case BORROW -> ClosureInfo.CaptureKind.BY_REF;
                        case MUT_BORROW, ASSIGN -> ClosureInfo.CaptureKind.BY_MUT_REF;
                    };
                    capture(r, k);
                    if (k != ClosureInfo.CaptureKind.BY_REF && !declared.contains(r) && fcx.locals.containsKey(r) && firstUse == null) {
                        if (k == ClosureInfo.CaptureKind.BY_VALUE || use != Use.VALUE) {
                            firstUse = use;
                            firstLocal = r;
                            firstSpan = e.span();
                        }
                    }
                }
                // indexes and the operands of derefs are read
                walkPlaceOperands(e);
                return;
            }
            switch (e) {
                case Thir.Call c when !c.fromMethod() && fcx.infcx.resolve(c.fun().ty()) instanceof Ty.Closure callee -> {
                    // calling a closure uses it as its kind says: Fn by reference, FnMut by mutable reference
                    ClosureInfo ci = fcx.closureInfo(callee.def());
                    ClosureInfo.Kind kind = ci == null || ci.kind == null ? ClosureInfo.Kind.FN_ONCE : ci.kind;
                    walk(c.fun(), switch (kind) {
                        case FN -> Use.BORROW;
                        case FN_MUT -> Use.MUT_BORROW;
                        case FN_ONCE -> Use.VALUE;
                    });
                    for (Thir.Expr a : c.args()) walk(a, Use.VALUE);
                }
                case Thir.Borrow b -> walk(b.place(), b.mutable() ? Use.MUT_BORROW : Use.BORROW);
                case Thir.Binary bin when bin.op().isComparison() -> {
                    // comparisons take their operands by reference
                    walk(bin.lhs(), Use.BORROW);
                    walk(bin.rhs(), Use.BORROW);
                }
                case Thir.RawBorrow b -> walk(b.place(), b.mutable() ? Use.MUT_BORROW : Use.BORROW);
                case Thir.Assign a -> {
                    walk(a.lhs(), Use.ASSIGN);
                    walk(a.rhs(), Use.VALUE);
                }
                case Thir.AssignOp a -> {
                    walk(a.lhs(), Use.ASSIGN);
                    walk(a.rhs(), Use.VALUE);
                }
                case Thir.Closure c -> {
                    ClosureInfo inner = fcx.closureInfo(c.def());
                    if (inner != null && inner.captures != null) {
                        for (ClosureInfo.Capture cap : inner.captures) {
                            if (declared.contains(cap.local())) continue;
                            capture(cap.local(), switch (cap.kind()) {
                                case BY_VALUE -> isCopy(fcx.localTy(cap.local())) ? ClosureInfo.CaptureKind.BY_REF : ClosureInfo.CaptureKind.BY_VALUE;
                                case BY_REF -> ClosureInfo.CaptureKind.BY_REF;
                                case BY_MUT_REF -> ClosureInfo.CaptureKind.BY_MUT_REF;
                            });
                        }
                    }
                }
                case Thir.Match m -> {
                    walk(m.scrutinee(), patternUse(m.arms().stream().map(Thir.Arm::pat).toList()));
                    for (Thir.Arm a : m.arms()) {
                        walk(a.guard(), Use.VALUE);
                        walk(a.body(), Use.VALUE);
                    }
                }
                case Thir.Let l -> walk(l.scrutinee(), patternUse(List.of(l.pat())));
                case Thir.BlockExpr b -> block(b.block());
                default -> ThirVisitor.children(e, child -> {
                    if (child instanceof Thir.Expr x) walk(x, Use.VALUE);
                    else if (child instanceof Thir.Block blk) block(blk);
                });
            }
        }

        private void block(Thir.Block b) {
            for (Thir.Stmt s : b.stmts()) {
                switch (s) {
                    case Thir.LetStmt l -> {
                        if (l.init() != null) walk(l.init(), patternUse(List.of(l.pat())));
                        if (l.elseBlock() != null) block(l.elseBlock());
                    }
                    case Thir.ExprStmt es -> walk(es.expr(), Use.VALUE);
                }
            }
            walk(b.expr(), Use.VALUE);
        }

        private void walkPlaceOperands(Thir.Expr e) {
            switch (e) {
                case Thir.Field f -> walkPlaceOperands(f.base());
                case Thir.Index i -> {
                    walkPlaceOperands(i.base());
                    walk(i.index(), Use.VALUE);
                }
                case Thir.Deref d -> walkPlaceOperands(d.operand());
                case Thir.VarRef v -> { }
                case Thir.UpvarRef u -> { }
                case Thir.StaticRef st -> { }
                default -> walk(e, Use.VALUE);   // a value the place is read through (`*x?`, `*f()`)
            }
        }

        /** A scrutinee is moved only if a pattern binds part of it by value (and that part is not Copy). */
        private Use patternUse(List<Thir.Pat> pats) {
            Use[] strongest = {Use.BORROW};
            for (Thir.Pat p : pats) {
                ThirVisitor.walkPat(p, q -> {
                    if (q instanceof Thir.Binding b) {
                        if (b.mode() == Thir.BindingMode.REF_MUT) strongest[0] = strongest[0] == Use.VALUE ? Use.VALUE : Use.MUT_BORROW;
                        if (b.mode() == Thir.BindingMode.VALUE && !isCopy(b.ty())) strongest[0] = Use.VALUE;
                    }
                });
            }
            return strongest[0];
        }

        private boolean isCopy(Ty t) {
            DefId copy = fcx.tcx.lang.get("copy");
            Ty r = fcx.infcx.resolve(t);
            if (copy == null) return true;
            return fcx.scx.evaluate(new Predicate.Trait(new TraitRef(copy, List.of(r))), Span.DUMMY)
                == rustmem.traits.SelectionContext.Eval.YES;
        }
    }
}
