package rustmem.types.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.resolve.LocalBinding;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Item;
import rustmem.traits.FulfillmentCtxt;
import rustmem.traits.Obligation;
import rustmem.traits.SelectionContext;
import rustmem.types.ClosureInfo;
import rustmem.types.FnSig;
import rustmem.types.InferCtxt;
import rustmem.types.ParamEnv;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;
import rustmem.types.TyLowering;
import rustmem.types.thir.Thir;

/**
 * Type checking of one body (rustc_hir_typeck's {@code FnCtxt}): the inference context, the obligations still to
 * prove, the types of local variables, the enclosing loops and closures. The work is split by concern among
 * {@link ExprCheck}, {@link PatCheck}, {@link Coercion}, {@link MethodProbe}, {@link ClosureCheck},
 * {@link OpCheck}, {@link CastCheck}, {@link FormatArgsCheck}; {@link Writeback} resolves the result.
 */
public final class FnCtxt {
    final TyCtxt tcx;
    final DefId owner;
    final InferCtxt infcx = new InferCtxt();
    final ParamEnv env;
    final SelectionContext scx;
    final FulfillmentCtxt fulfill = new FulfillmentCtxt();
    final TyLowering lowering;
    final Map<Integer, Thir.LocalVar> locals = new HashMap<>();
    /** The closures checked in this body, innermost last while their bodies are checked. */
    final Deque<ClosureFrame> closureFrames = new ArrayDeque<>();
    final List<DefId> closuresChecked = new ArrayList<>();
    final Deque<Breakable> breakables = new ArrayDeque<>();
    /** Hidden types of this function's `impl Trait` return types, by opaque DefId. */
    final Map<DefId, Ty> opaqueHidden = new HashMap<>();
    /** Whether the code checked so far always diverges (rustc's `diverges`). */
    boolean diverges;
    Ty returnTy;
    private int nextLabel;
    private int nextSynthetic;
    private int errorsAtStart;
    /** Whether resolving the body's names reported errors (before type checking started). */
    private boolean taintedByResolution;

    final ExprCheck exprs;
    final PatCheck pats;
    final Coercion coercion;
    final MethodProbe probe;
    final ClosureCheck closures;
    final OpCheck ops;
    final CastCheck casts;
    final FormatArgsCheck formats;
    final TraitErrors traitErrors;

    /** A loop or labelled block a `break` may leave. */
    static final class Breakable {
        final String label;
        final int id;
        final boolean isLoop;
        /** The type `break value` coerces to (a `loop`'s or labelled block's value), null for while/for loops. */
        Ty breakTy;
        boolean mayBreak;

        Breakable(String label, int id, boolean isLoop, Ty breakTy) {
            this.label = label;
            this.id = id;
            this.isLoop = isLoop;
            this.breakTy = breakTy;
        }
    }

    /** A closure whose body is being checked: its return type, the loops outside it (not reachable), its DefId. */
    record ClosureFrame(DefId def, Ty returnTy, Deque<Breakable> outerBreakables, int localsFrom) {}

    FnCtxt(TyCtxt tcx, DefId owner) {
        this.tcx = tcx;
        this.owner = owner;
        this.env = tcx.paramEnv(owner);
        this.scx = new SelectionContext(tcx, infcx, env);
        infcx.addParticipant(fulfill);
        this.lowering = new TyLowering(tcx, owner, span -> infcx.newVar());
        this.nextSynthetic = tcx.res.localCount();
        this.exprs = new ExprCheck(this);
        this.pats = new PatCheck(this);
        this.coercion = new Coercion(this);
        this.probe = new MethodProbe(this);
        this.closures = new ClosureCheck(this);
        this.ops = new OpCheck(this);
        this.casts = new CastCheck(this);
        this.formats = new FormatArgsCheck(this);
        this.traitErrors = new TraitErrors(this);
    }

    /** Type-checks the body of a function, constant or static; null when it has errors. */
    public static Thir.Body check(TyCtxt tcx, DefId owner) {
        FnCtxt fcx = new FnCtxt(tcx, owner);
        return fcx.checkBody();
    }

    private Thir.Body checkBody() {
        errorsAtStart = tcx.diags.errorCount();
        Item item = tcx.item(owner);
        List<Thir.Param> params = new ArrayList<>();
        Thir.Expr value;
        Span span = item.span();
        // a name that did not resolve in the body taints it, as rustc's error types do: no inference errors follow
        for (Diagnostic d : tcx.diags.all()) {
            if (d.level() == Diagnostic.Level.ERROR && d.span() != null && d.span().lo() >= span.lo() && d.span().hi() <= span.hi()) {
                taintedByResolution = true;
            }
        }
        switch (item.kind()) {
            case Item.Fn f -> {
                FnSig sig = tcx.fnSig(owner);
                List<Ty> inputs = new ArrayList<>();
                for (Ty t : sig.inputs()) inputs.add(normalize(t, span));
                returnTy = replaceOpaques(normalize(sig.output(), span));
                for (int i = 0; i < f.decl().params().size(); i++) {
                    Item.Param p = f.decl().params().get(i);
                    Thir.Pat pat = pats.checkParam(p.pat(), inputs.get(i));
                    params.add(new Thir.Param(pat, inputs.get(i)));
                }
                Thir.Expr body = exprs.checkBlockExpr(f.body(), returnTy);
                value = coercion.coerce(body, returnTy, f.body().span());
            }
            case Item.Const c -> {
                returnTy = normalize(tcx.typeOf(owner), span);
                value = coercion.coerce(exprs.check(c.value(), returnTy), returnTy, c.value().span());
            }
            case Item.Static s -> {
                returnTy = normalize(tcx.typeOf(owner), span);
                value = coercion.coerce(exprs.check(s.value(), returnTy), returnTy, s.value().span());
            }
            default -> throw new IllegalStateException("no body: " + item.kind());
        }
        selectWherePossible();
        // as rustc: fallback first (an integer variable is i32 by then, and Copy), then closure analysis
        fallback();
        selectWherePossible();
        closures.analyzeAll();
        reportErrors(fulfill.selectAllOrError(scx));
        if (tcx.diags.errorCount() == 0 && firstErrorExpr != null) {
            // an expression given up on without saying why: never run it as if it were valid
            error(firstErrorExpr, null, "unsupported: this expression (rustmem's type checker could not check it)", "");
        }
        Thir.Body body = new Thir.Body(owner, params, value, new ArrayList<>(locals.values()), returnTy, span);
        Thir.Body out = new Writeback(this).resolveBody(body);
        if (tcx.diags.errorCount() > errorsAtStart) return null;
        MatchCheck.check(tcx, out);
        if (tcx.diags.errorCount() > errorsAtStart) return null;
        return out;
    }

    /** The `impl Trait` types of the return type become inference variables whose values are the hidden types. */
    private Ty replaceOpaques(Ty t) {
        return t.fold(x -> {
            if (x instanceof Ty.Alias a && a.kind() == Ty.AliasKind.OPAQUE && tcx.closureOwner(a.def()).equals(owner)) {
                Ty v = opaqueHidden.computeIfAbsent(a.def(), k -> infcx.newVar());
                // the hidden type must satisfy the bounds the signature promises
                for (Predicate p : tcx.itemBounds(a.def())) {
                    Predicate q = p.fold(y -> y.equals(a) ? v : y).subst(a.args());
                    register(q, tcx.defs.span(a.def()));
                }
                return v;
            }
            return x;
        });
    }

    // ------------------------------------------------------------------ obligations

    /** The first expression checked as an error (with or without a diagnostic), for the safety net in check. */
    Span firstErrorExpr;

    void register(Predicate p, Span span) { fulfill.register(new Obligation(p, span)); }

    void registerAll(List<Obligation> os) { fulfill.registerAll(os); }

    void registerTrait(DefId trait, List<Ty> args, Span span) {
        register(new Predicate.Trait(new TraitRef(trait, args)), span);
    }

    void selectWherePossible() { reportErrors(fulfill.selectWherePossible(scx)); }

    private void reportErrors(List<FulfillmentCtxt.Error> errors) {
        for (FulfillmentCtxt.Error e : errors) traitErrors.report(e);
    }

    /** A type with its associated types normalized (or replaced by variables with obligations to find them). */
    Ty normalize(Ty t, Span span) {
        if (!t.hasAliases()) return t;
        List<Obligation> out = new ArrayList<>();
        Ty n = scx.normalize(infcx.resolve(t), span, out, null);
        registerAll(out);
        return n;
    }

    FnSig normalize(FnSig sig, Span span) {
        List<Ty> inputs = new ArrayList<>();
        for (Ty t : sig.inputs()) inputs.add(normalize(t, span));
        return new FnSig(List.copyOf(inputs), normalize(sig.output(), span), sig.unsafe(), sig.variadic(), sig.abi());
    }

    /**
     * The type as far as known, after proving what can be proven: what method calls, fields and operators need
     * to decide. A variable still unknown is returned as it is.
     */
    Ty resolve(Ty t) {
        Ty r = infcx.shallowResolve(t);
        if (r instanceof Ty.Infer) {
            selectWherePossible();
            r = infcx.shallowResolve(t);
        }
        if (r instanceof Ty.Alias a && a.kind() == Ty.AliasKind.PROJECTION) {
            Ty n = normalize(r, Span.DUMMY);
            r = infcx.shallowResolve(n);
        }
        return r;
    }

    /** Like resolve, but an unknown type here is an error (rustc's structurally_resolve_type, E0282). */
    Ty structurallyResolve(Ty t, Span span) {
        Ty r = resolve(t);
        if (r instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) {
            typeAnnotationsNeeded(span);
            infcx.unify(r, Ty.ERROR);
            return Ty.ERROR;
        }
        return r;
    }

    void typeAnnotationsNeeded(Span span) {
        if (hasErrors()) return;
        error(span, "E0282", "type annotations needed", "cannot infer type");
    }

    /** Integer and float variables left unknown become i32 and f64; a diverging one `!` (edition 2024) or `()`. */
    private void fallback() {
        Ty diverged = tcx.res.edition(owner).atLeast(rustmem.source.Edition.E2024) ? Ty.NEVER : Ty.UNIT;
        for (int round = 0; round < 2; round++) {
            selectWherePossible();
            boolean any = false;
            java.util.BitSet diverging = infcx.divergingRoots();
            for (Ty.Infer v : infcx.allUnresolved()) {
                switch (v.kind()) {
                    case INT -> { infcx.fallback(v, Ty.I32); any = true; }
                    case FLOAT -> { infcx.fallback(v, Ty.F64); any = true; }
                    case TY -> {
                        if (diverging.get(v.id())) {
                            infcx.fallback(v, diverged);
                            any = true;
                        }
                    }
                }
            }
            if (!any) break;
        }
        selectWherePossible();
    }

    // ------------------------------------------------------------------ locals, labels

    Ty localTy(int id) { return locals.get(id).ty(); }

    void declareLocal(LocalBinding b, Ty ty) {
        locals.put(b.id(), new Thir.LocalVar(b.id(), b.name(), b.mutable(), ty, b.span()));
    }

    /** A hidden variable of a desugaring (the iterator of a `for` loop …). */
    int syntheticLocal(String name, Ty ty, boolean mutable, Span span) {
        int id = nextSynthetic++;
        locals.put(id, new Thir.LocalVar(id, name, mutable, ty, span));
        return id;
    }

    int newLabel() { return nextLabel++; }

    Breakable findBreakable(rustmem.syntax.ast.Lifetime label, Span span, boolean isContinue) {
        for (Breakable b : breakables) {
            if (label == null ? b.isLoop || !isContinue && b.label == null && b.isLoop : label.name().equals(b.label)) {
                if (label == null && !b.isLoop) continue;
                return b;
            }
        }
        if (label != null) {
            error(label.span(), "E0426", "use of undeclared label `" + label.name() + "`", "undeclared label `" + label.name() + "`");
        } else {
            String what = isContinue ? "continue" : "break";
            error(span, "E0268", "`" + what + "` outside of a loop", "cannot `" + what + "` outside of a loop");
        }
        return null;
    }

    // ------------------------------------------------------------------ errors

    void error(Span span, String code, String message, String label) {
        Diagnostic.Builder b = Diagnostic.error(message);
        if (code != null) b.code(code);
        tcx.diags.emit(b.span(span, label == null ? "" : label));
    }

    void emit(Diagnostic.Builder b) { tcx.diags.emit(b); }

    boolean hasErrors() { return taintedByResolution || tcx.diags.errorCount() > errorsAtStart; }

    String display(Ty t) { return tcx.display(infcx.resolve(t)); }

    /** rustc's E0308 for an expression whose type is not the one expected. */
    void mismatch(Span span, Ty expected, Ty found) {
        Ty e = infcx.resolve(expected), f = infcx.resolve(found);
        if (e.hasErrors() || f.hasErrors()) return;
        emit(Diagnostic.error("mismatched types").code("E0308").span(span, "expected `" + tcx.display(e) + "`, found `"
            + tcx.display(f) + "`"));
    }

    /** Unifies, reporting E0308 at span when the types differ. */
    boolean demandEq(Span span, Ty expected, Ty found) {
        if (infcx.unify(expected, found)) return true;
        mismatch(span, expected, found);
        return false;
    }

    /** The closure whose body is being checked, or null. */
    ClosureFrame currentClosure() { return closureFrames.peek(); }

    ClosureInfo closureInfo(DefId def) { return tcx.closures.get(def); }

    boolean isStdBody() { return tcx.defs.isStd(owner); }

    DefKind ownerKind() { return tcx.kind(owner); }
}
