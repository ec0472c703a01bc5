package rustmem.types.check;

import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.resolve.PartialRes;
import rustmem.resolve.Res;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Path;
import rustmem.types.AdtDef;
import rustmem.types.AssocItem;
import rustmem.types.ClosureInfo;
import rustmem.types.FnSig;
import rustmem.types.Generics;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Paths in expressions and calls (rustc_hir_typeck's callee.rs and the path parts of fn_ctxt): local
 * variables, functions with their generic arguments and where-clauses, constructors, constants and statics,
 * associated items reached through a type ({@code Vec::new}, {@code T::default}, {@code i32::MAX}); calls of
 * functions, function pointers, closures and anything implementing an Fn trait; method calls; struct literals.
 */
final class CallCheck {
    private final FnCtxt fcx;

    CallCheck(FnCtxt fcx) { this.fcx = fcx; }

    // ------------------------------------------------------------------ value paths

    Thir.Expr path(Expr.PathExpr p, Ty expected) {
        PartialRes pr = fcx.tcx.res.partialRes(p);
        Span span = p.span();
        if (pr == null) return fcx.exprs.error(span);
        List<Path.PathSegment> segs = p.path().segments();
        if (pr.base() == null) {
            Ty self = fcx.normalize(fcx.lowering.lower(p.qself().type()), span);
            return typeRelative(self, segs.get(segs.size() - 1), span, p, null);
        }
        if (p.qself() != null) {
            Ty self = fcx.normalize(fcx.lowering.lower(p.qself().type()), span);
            if (!(pr.base() instanceof Res.Def d && d.kind() == DefKind.TRAIT)) return fcx.exprs.error(span);
            int traitSeg = p.qself().position() - 1;
            TraitRef tr = fcx.lowering.traitRef(d.id(), segs.get(traitSeg), self, span, new ArrayList<>());
            return traitItem(tr, segs.get(segs.size() - 1), span, p);
        }
        int resolved = segs.size() - pr.unresolvedSegments();
        Path.PathSegment lastResolved = segs.get(resolved - 1);
        if (pr.isFull()) return resolvedValue(pr.base(), lastResolved, span, segs, expected);
        if (pr.base() instanceof Res.Def d && d.kind() == DefKind.TRAIT) {
            // Trait::item: Self left to inference, which needs Self in the item's signature
            AssocItem item = fcx.tcx.traitItem(d.id(), segs.get(resolved).ident().name(), AssocItem.Kind.FN);
            if (item != null && !item.hasSelf() && !mentionsSelf(fcx.tcx.fnSig(item.def()))) {
                fcx.error(span, "E0790", "cannot call associated function on trait without specifying the corresponding `impl` type",
                    "cannot call associated function of trait");
                return fcx.exprs.error(span);
            }
            Ty self = fcx.infcx.newVar();
            TraitRef tr = fcx.lowering.traitRef(d.id(), lastResolved, self, span, new ArrayList<>());
            return traitItem(tr, segs.get(resolved), span, p);
        }
        Ty self = typeOfPathBase(pr.base(), lastResolved, span);
        // `Self::Cost::default`, `T::Item::empty`: the segments before the last are associated types
        for (int i = resolved; i < segs.size() - 1; i++) {
            self = fcx.normalize(fcx.lowering.assocType(fcx.resolve(self), segs.get(i).ident().name(), segs.get(i).ident().span()), span);
            if (self instanceof Ty.Error) return fcx.exprs.error(span);
        }
        return typeRelative(self, segs.get(segs.size() - 1), span, p, segs.get(segs.size() - 2));
    }

    /** The type the first part of a path names, its missing generic arguments inferred. */
    private Ty typeOfPathBase(Res base, Path.PathSegment seg, Span span) {
        Ty t = switch (base) {
            case Res.Def d when d.kind() == DefKind.STRUCT || d.kind() == DefKind.ENUM || d.kind() == DefKind.UNION ->
                new Ty.Adt(fcx.tcx.adtDef(d.id()), fcx.lowering.args(d.id(), seg, List.of(), null, span));
            default -> fcx.lowering.resolvedType(base, seg, span);
        };
        return fcx.normalize(t, span);
    }

    private Thir.Expr resolvedValue(Res res, Path.PathSegment seg, Span span, List<Path.PathSegment> segs, Ty expected) {
        return switch (res) {
            case Res.Local l -> new Thir.VarRef(l.id(), fcx.localTy(l.id()), span);
            case Res.SelfCtor sc -> {
                Ty self = fcx.tcx.typeOf(sc.impl());
                if (!(self instanceof Ty.Adt a) || !a.def().isStruct()) yield fcx.exprs.error(span);
                yield ctor(a.def(), 0, a.args(), span);
            }
            case Res.Def d -> switch (d.kind()) {
                case FN, FOREIGN_FN -> fnItem(d.id(), seg, List.of(), span);
                case CTOR_STRUCT -> {
                    AdtDef adt = fcx.tcx.adtDef(d.id());
                    yield ctor(adt, 0, fcx.lowering.args(d.id(), seg, List.of(), null, span), span);
                }
                case CTOR_VARIANT -> {
                    DefId enumDef = fcx.tcx.defs.parent(d.id());
                    AdtDef adt = fcx.tcx.adtDef(enumDef);
                    // generic arguments go on the enum's segment or the variant's
                    Path.PathSegment argSeg = seg.args() != null || segs.size() < 2 ? seg : segs.get(segs.size() - 2);
                    yield ctor(adt, adt.variantIndex(d.id()), fcx.lowering.args(enumDef, argSeg, List.of(), null, span), span);
                }
                case CONST, ASSOC_CONST -> new Thir.NamedConst(d.id(), List.of(), fcx.normalize(fcx.tcx.typeOf(d.id()), span), span);
                case STATIC, FOREIGN_STATIC -> {
                    // `&raw mut STATIC` (a raw pointer to it, no reference) is safe since Rust 1.82
                    if ((isMutStatic(d.id()) || d.kind() == DefKind.FOREIGN_STATIC) && !span.equals(fcx.exprs.rawStaticPath)) {
                        requireUnsafe(span, "use of mutable static", "use of mutable static");
                    }
                    yield new Thir.StaticRef(d.id(), fcx.tcx.typeOf(d.id()), span);
                }
                case CONST_PARAM -> new Thir.ConstParam((Ty.Param) fcx.tcx.paramTy(d.id()), fcx.tcx.constParamType(d.id()), span);
                default -> notAValue(d.kind() == DefKind.STRUCT ? "struct" : d.kind().descr(), segs, span);
            };
            default -> notAValue("type", segs, span);
        };
    }

    /**
     * As rustc: a where-clause on a parameter that is an argument's whole type (`F: Send` of `spawn(f: F)`) is
     * reported at that argument rather than at the function's name.
     */
    private void pointBoundsAtArguments(Ty.FnDef fd, Span calleeSpan, List<Expr> args) {
        List<Ty> formal = fcx.tcx.fnSig(fd.def()).inputs();
        List<rustmem.traits.Obligation> pending = fcx.fulfill.pending();
        for (int i = 0; i < pending.size(); i++) {
            rustmem.traits.Obligation o = pending.get(i);
            if (!o.span().equals(calleeSpan) || !(o.predicate() instanceof Predicate.Trait t)) continue;
            Ty self = fcx.infcx.resolve(t.ref().self());
            for (int a = 0; a < Math.min(formal.size(), args.size()); a++) {
                if (formal.get(a) instanceof Ty.Param p && fcx.infcx.resolve(fd.args().get(p.index())).equals(self)) {
                    pending.set(i, new rustmem.traits.Obligation(o.predicate(), args.get(a).span(), o.depth(), o.parent()));
                    break;
                }
            }
        }
    }

    /** Whether a trait item's signature names Self (parameter 0 of the trait's generics), so a call can infer it. */
    private static boolean mentionsSelf(FnSig sig) {
        java.util.function.Predicate<Ty> self = t -> t instanceof Ty.Param p && p.index() == 0;
        return sig.output().any(self) || sig.inputs().stream().anyMatch(i -> i.any(self));
    }

    /** A path that names no value (a struct with named fields, a module, a trait …) used as one: E0423. */
    private Thir.Expr notAValue(String what, List<Path.PathSegment> segs, Span span) {
        StringBuilder path = new StringBuilder();
        for (Path.PathSegment s : segs) path.append(path.isEmpty() ? "" : "::").append(s.ident().name());
        fcx.error(span, "E0423", "expected value, found " + what + " `" + path + "`", "");
        return fcx.exprs.error(span);
    }

    private boolean isMutStatic(DefId d) {
        return fcx.tcx.item(d).kind() instanceof rustmem.syntax.ast.Item.Static s && s.mutable();
    }

    /** A constructor as a value: a unit struct or variant is the value itself, a tuple one a function. */
    private Thir.Expr ctor(AdtDef adt, int variant, List<Ty> args, Span span) {
        AdtDef.VariantDef v = adt.variants.get(variant);
        Ty ty = new Ty.Adt(adt, args);
        if (v.ctor() == AdtDef.CtorKind.CONST) return new Thir.Adt(adt, variant, args, List.of(), null, ty, span);
        if (v.ctor() == AdtDef.CtorKind.NONE) {
            fcx.error(span, "E0533", "expected value, found struct variant `" + v.name() + "`", "not a value");
            return fcx.exprs.error(span);
        }
        return new Thir.FnItem(new Ty.FnDef(v.did(), args), span);
    }

    /** A function item with its generic arguments (from the path or inferred) and its where-clauses to prove. */
    Thir.Expr fnItem(DefId def, Path.PathSegment seg, List<Ty> parentArgs, Span span) {
        List<Ty> args = fcx.lowering.args(def, seg, parentArgs, null, span);
        args = Ty.foldAll(args, t -> t);
        instantiatePredicates(def, args, span);
        return new Thir.FnItem(new Ty.FnDef(def, args), span);
    }

    /** Registers the where-clauses of an item (and its parents) under args. */
    void instantiatePredicates(DefId def, List<Ty> args, Span span) {
        for (DefId d = def; d != null; d = fcx.tcx.genericsParent(d)) {
            if (fcx.tcx.kind(d) == DefKind.TRAIT) continue;   // the trait predicate itself is registered by the caller
            for (Predicate p : fcx.tcx.predicatesOf(d)) {
                Predicate q = p.subst(args);
                List<rustmem.traits.Obligation> out = new ArrayList<>();
                q = fcx.scx.normalizePredicate(q, span, out, null);
                fcx.registerAll(out);
                fcx.register(q, span);
            }
        }
    }

    // ------------------------------------------------------------------ associated items through types

    /**
     * `Type::name`: an enum's variant, an associated function or constant of an inherent impl of the type, or of
     * a trait the type implements (its bounds for a parameter, the traits in scope otherwise).
     */
    Thir.Expr typeRelative(Ty self, Path.PathSegment seg, Span span, Object node, Path.PathSegment typeSeg) {
        String name = seg.ident().name();
        Ty rs = fcx.resolve(self);
        if (rs instanceof Ty.Adt a && a.def().isEnum()) {
            int vi = a.def().variantIndex(name);
            if (vi >= 0) return ctor(a.def(), vi, a.args(), span);
        }
        MethodProbe.Pick pick = fcx.probe.lookupAssoc(rs, name, span, node);
        if (pick == null) {
            noAssocItem(rs, seg);
            return fcx.exprs.error(span);
        }
        return assocValue(pick, rs, seg, span);
    }

    /** E0599 for `Enum::Name { .. }` (a struct literal or pattern) naming no variant of the enum. */
    void noVariant(String enumName, Path.PathSegment seg) {
        fcx.error(seg.ident().span(), "E0599", "no variant named `" + seg.ident().name() + "` found for enum `" + enumName + "`",
            "variant not found in `" + enumName + "`");
    }

    /** E0599 for `Type::name` naming nothing of the type (an enum's variants count), in rustc's words. */
    void noAssocItem(Ty rs, Path.PathSegment seg) {
        if (rs instanceof Ty.Error) return;
        String name = seg.ident().name();
        boolean isEnum = rs instanceof Ty.Adt a && a.def().isEnum();
        String kind = rs instanceof Ty.Adt a ? (isEnum ? "enum" : a.def().isUnion() ? "union" : "struct") : "type";
        String what = isEnum ? "variant or associated item" : "function or associated item";
        fcx.emit(Diagnostic.error("no " + what + " named `" + name + "` found for " + kind + " `" + fcx.display(rs)
            + "` in the current scope").code("E0599").span(seg.ident().span(), what + " not found in `" + fcx.display(rs) + "`"));
    }

    /** The value an associated item pick gives: a function item, or a constant. */
    private Thir.Expr assocValue(MethodProbe.Pick pick, Ty self, Path.PathSegment seg, Span span) {
        List<Ty> parentArgs = fcx.probe.instantiateContainer(pick, self, span);
        AssocItem item = pick.item();
        if (item.kind() == AssocItem.Kind.CONST) {
            return new Thir.NamedConst(item.def(), parentArgs, fcx.normalize(fcx.tcx.typeOf(item.def()).subst(parentArgs), span), span);
        }
        return fnItem(item.def(), seg, parentArgs, span);
    }

    /** `<T as Trait>::item` and `Trait::item`. */
    private Thir.Expr traitItem(TraitRef tr, Path.PathSegment seg, Span span, Object node) {
        String name = seg.ident().name();
        for (TraitRef sup : fcx.tcx.supertraitRefs(tr)) {
            for (AssocItem a : fcx.tcx.assocItems(sup.trait())) {
                if (!a.name().equals(name) || a.kind() == AssocItem.Kind.TYPE) continue;
                fcx.register(new Predicate.Trait(sup), span);
                if (a.kind() == AssocItem.Kind.CONST) {
                    return new Thir.NamedConst(a.def(), sup.args(), fcx.normalize(fcx.tcx.typeOf(a.def()).subst(sup.args()), span), span);
                }
                return fnItem(a.def(), seg, sup.args(), span);
            }
        }
        fcx.error(seg.ident().span(), "E0576", "cannot find method or associated constant `" + name + "` in trait `"
            + fcx.tcx.name(tr.trait()) + "`", "not found in `" + fcx.tcx.name(tr.trait()) + "`");
        return fcx.exprs.error(span);
    }

    // ------------------------------------------------------------------ calls

    Thir.Expr call(Expr.Call c, Ty expected) {
        Thir.Expr callee = fcx.exprs.check(c.callee(), null);
        Ty t = fcx.resolve(callee.ty());
        // through references and boxes to something callable (rustc's autoderef of the callee)
        for (int steps = 0; steps < 8; steps++) {
            switch (t) {
                case Ty.FnDef fd -> { return callFnDef(callee, fd, c, expected); }
                case Ty.FnPtr fp -> {
                    FnSig sig = fp.sig();
                    if (sig.unsafe()) requireUnsafe(c.span(), "call to unsafe function", "call to unsafe function");
                    List<Thir.Expr> args = checkArgs(sig, c.args(), c.span(), false, 0);
                    return new Thir.Call(callee, args, false, sig.output(), c.span());
                }
                case Ty.Closure cl -> {
                    ClosureInfo info = fcx.closureInfo(cl.def());
                    FnSig sig = info.sig.subst(cl.args());
                    List<Thir.Expr> args = checkArgs(sig, c.args(), c.span(), true, 0);
                    return new Thir.Call(callee, args, false, sig.output(), c.span());
                }
                case Ty.Ref r -> {
                    callee = new Thir.Deref(callee, r.pointee(), callee.span());
                    t = fcx.resolve(r.pointee());
                }
                case Ty.Adt a when a.def().isBox() -> {
                    callee = new Thir.Deref(callee, a.args().get(0), callee.span());
                    t = fcx.resolve(a.args().get(0));
                }
                case Ty.Error e -> {
                    for (Expr a : c.args()) fcx.exprs.check(a, null);
                    return fcx.exprs.error(c.span());
                }
                default -> {
                    Thir.Expr overloaded = overloadedCall(callee, t, c);
                    if (overloaded != null) return overloaded;
                    MethodProbe.Step step = fcx.probe.derefStep(t);
                    if (step != null && step.overloaded()) {
                        // `Rc<dyn Fn(i32)>`: through Deref to what is callable
                        callee = fcx.exprs.places.derefOnce(callee, step, false);
                        t = fcx.resolve(step.ty());
                        continue;
                    }
                    if (t instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) fcx.typeAnnotationsNeeded(c.callee().span());
                    else fcx.error(c.callee().span(), "E0618", "expected function, found `" + fcx.display(t) + "`",
                        "call expression requires function");
                    for (Expr a : c.args()) fcx.exprs.check(a, null);
                    return fcx.exprs.error(c.span());
                }
            }
        }
        return fcx.exprs.error(c.span());
    }

    private Thir.Expr callFnDef(Thir.Expr callee, Ty.FnDef fd, Expr.Call c, Ty expected) {
        DefKind k = fcx.tcx.kind(fd.def());
        FnSig sig = fcx.normalize(fcx.tcx.fnSig(fd.def()).subst(fd.args()), c.span());
        // `#[rustc_deprecated_safe_2024]` (std::env::set_var …): unsafe from edition 2024, safe to call before
        boolean safeBefore2024 = sig.unsafe() && fcx.tcx.hasAttr(fd.def(), "rustc_deprecated_safe_2024")
            && !fcx.tcx.res.edition(fcx.owner).atLeast(rustmem.source.Edition.E2024);
        if (sig.unsafe() && !safeBefore2024 && (k == DefKind.FN || k == DefKind.ASSOC_FN || k == DefKind.FOREIGN_FN)) {
            // rustc's trimmed paths: std's functions by their (unique) name
            String name = fcx.tcx.defs.isStd(fd.def()) ? fcx.tcx.name(fd.def()) : fcx.tcx.defs.pathString(fd.def()).replaceFirst("^crate::", "");
            requireUnsafe(c.span(), "call to unsafe function `" + name + "`", "call to unsafe function");
        }
        List<Thir.Expr> args = checkArgs(sig, c.args(), c.span(), false, 0, expectedInputs(sig, expected, c.span()));
        pointBoundsAtArguments(fd, callee.span(), c.args());
        if (k == DefKind.STRUCT || k == DefKind.VARIANT) {
            // a tuple struct or variant built by its constructor
            AdtDef adt = ((Ty.Adt) sig.output()).def();
            int variant = adt.isEnum() ? adt.variantIndex(fd.def()) : 0;
            List<Thir.FieldExpr> fields = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) fields.add(new Thir.FieldExpr(i, args.get(i)));
            return new Thir.Adt(adt, variant, fd.args(), fields, null, sig.output(), c.span());
        }
        return new Thir.Call(callee, args, false, sig.output(), c.span());
    }

    /**
     * A call of a value whose type implements an Fn trait (a generic parameter, a trait object): the first of
     * Fn, FnMut, FnOnce that may hold is called, as rustc's try_overloaded_call_traits does.
     */
    private Thir.Expr overloadedCall(Thir.Expr callee, Ty t, Expr.Call c) {
        String[] traits = {"fn", "fn_mut", "fn_once"};
        String[] methods = {"call", "call_mut", "call_once"};
        for (int i = 0; i < traits.length; i++) {
            DefId trait = fcx.tcx.lang.get(traits[i]);
            if (trait == null) continue;
            Ty argsTy = fcx.infcx.newVar();
            Predicate p = new Predicate.Trait(new TraitRef(trait, List.of(t, argsTy)));
            if (!fcx.scx.mayHold(p, c.span())) continue;
            fcx.register(p, c.span());
            fcx.selectWherePossible();
            Ty resolvedArgs = fcx.resolve(argsTy);
            if (!(resolvedArgs instanceof Ty.Tuple tuple)) {
                fcx.typeAnnotationsNeeded(c.span());
                return fcx.exprs.error(c.span());
            }
            Ty out = fcx.normalize(new Ty.Alias(Ty.AliasKind.PROJECTION, fcx.tcx.lang.require("fn_once_output"), List.of(t, argsTy)),
                c.span());
            FnSig sig = new FnSig(tuple.elements(), out);
            List<Thir.Expr> args = checkArgs(sig, c.args(), c.span(), false, 0);
            DefId method = fcx.tcx.traitItem(trait, methods[i], AssocItem.Kind.FN).def();
            Thir.Expr self = switch (i) {
                case 0 -> new Thir.Borrow(false, callee, new Ty.Ref(t, false), callee.span());
                case 1 -> new Thir.Borrow(true, callee, new Ty.Ref(t, true), callee.span());
                default -> callee;
            };
            Thir.Expr tupleArg = new Thir.Tuple(args, resolvedArgs, c.span());
            Ty fnTy = new Ty.FnDef(method, List.of(t, argsTy));
            return new Thir.Call(new Thir.FnItem(fnTy, c.callee().span()), List.of(self, tupleArg), false, out, c.span());
        }
        return null;
    }

    /**
     * Checks call arguments against the signature's inputs (after the first `skip`, a method's receiver):
     * arguments that are not closures first, then closures, as rustc does, so that closures see the types
     * the other arguments fixed.
     */
    List<Thir.Expr> checkArgs(FnSig sig, List<Expr> args, Span span, boolean closureCall, int skip) {
        return checkArgs(sig, args, span, closureCall, skip, null);
    }

    /**
     * rustc's expected_inputs_for_expected_output: the inputs the signature would have if its output were the
     * expected type (null when it cannot be, or an obligation would then fail). Arguments coerce to these, so
     * that `Some(s)` with `s: &&str` where an `Option<&str>` is expected derefs `s`. As rustc, only the unification
 * decides (not the callee's where-clauses: `Box::new(x)` where a `Box<dyn Tr>` is expected hints `dyn Tr`).
     */
    List<Ty> expectedInputs(FnSig sig, Ty expected, Span span) {
        if (expected == null) return null;
        Ty exp = fcx.resolve(expected);
        if (exp instanceof Ty.Infer || exp instanceof Ty.Error) return null;
        List<Ty> out = new ArrayList<>();
        boolean ok = fcx.infcx.tryThenUndo(() -> {
            if (!fcx.infcx.unify(sig.output(), exp)) return false;
            for (Ty in : sig.inputs()) out.add(fcx.infcx.resolve(in));
            return true;
        });
        return ok ? out : null;
    }

    List<Thir.Expr> checkArgs(FnSig sig, List<Expr> args, Span span, boolean closureCall, int skip, List<Ty> expectedInputs) {
        List<Ty> inputs = sig.inputs().subList(Math.min(skip, sig.inputs().size()), sig.inputs().size());
        if (args.size() != inputs.size() && !(sig.variadic() && args.size() > inputs.size())) {
            String code = closureCall ? "E0057" : "E0061";
            fcx.error(span, code, "this " + (skip > 0 ? "method" : "function") + " takes " + inputs.size() + " argument"
                + (inputs.size() == 1 ? "" : "s") + " but " + args.size() + " argument" + (args.size() == 1 ? " was" : "s were")
                + " supplied", "");
        }
        Thir.Expr[] out = new Thir.Expr[args.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < args.size(); i++) {
                boolean isClosure = stripParens(args.get(i)) instanceof Expr.Closure;
                if (isClosure != (pass == 1)) continue;
                if (i < inputs.size()) {
                    Ty formal = fcx.infcx.resolve(inputs.get(i));
                    Ty hint = expectedInputs == null ? null : fcx.infcx.resolve(expectedInputs.get(skip + i));
                    if (hint != null && !(hint instanceof Ty.Infer) && !isUnsized(hint) && !formal.equals(hint)) {
                        // coerce to the most detailed type known, then require the formal type to be it
                        out[i] = fcx.coercion.coerceArgument(fcx.exprs.check(args.get(i), hint), hint, args.get(i).span());
                        fcx.demandEq(args.get(i).span(), formal, hint);
                    } else if (hint != null && isUnsized(hint)) {
                        // an unsized hint guides the argument (an array's elements, a closure's signature) only
                        out[i] = fcx.coercion.coerceArgument(fcx.exprs.check(args.get(i), hint), formal, args.get(i).span());
                    } else {
                        out[i] = fcx.coercion.coerceArgument(fcx.exprs.check(args.get(i), formal), formal, args.get(i).span());
                    }
                } else {
                    out[i] = fcx.exprs.check(args.get(i), null);
                }
            }
            if (pass == 0) fcx.selectWherePossible();
        }
        return List.of(out);
    }

    /**
     * rustc's rvalue hint: an unsized expected type (its struct tail a slice, str or trait object: `[T]`,
     * `RefCell<dyn Trait>`) says nothing about the argument's own type.
     */
    private boolean isUnsized(Ty t) {
        for (int depth = 0; depth < 32; depth++) {
            switch (fcx.infcx.shallowResolve(t)) {
                case Ty.Str s -> { return true; }
                case Ty.Slice s -> { return true; }
                case Ty.Dynamic d -> { return true; }
                case Ty.Tuple tu when !tu.elements().isEmpty() -> t = tu.elements().get(tu.elements().size() - 1);
                case Ty.Adt a when a.def().isStruct() && !a.def().nonEnumVariant().fields().isEmpty() -> {
                    var fields = a.def().nonEnumVariant().fields();
                    t = fcx.tcx.fieldTy(fields.get(fields.size() - 1), a.args());
                }
                default -> { return false; }
            }
        }
        return false;
    }

    private static Expr stripParens(Expr e) { return e instanceof Expr.Paren p ? stripParens(p.inner()) : e; }

    /** A call of a known function on already-checked arguments (desugarings, lang items): argument types unified. */
    Thir.Expr callTraitFn(DefId method, Ty self, List<Ty> traitArgs, List<Thir.Expr> args, Span span) {
        DefId trait = fcx.tcx.traitOfItem(method);
        Generics tg = fcx.tcx.generics(trait);
        List<Ty> targs = new ArrayList<>();
        targs.add(self);
        for (int i = 1; i < tg.count(); i++) targs.add(i - 1 < traitArgs.size() ? traitArgs.get(i - 1) : fcx.infcx.newVar());
        fcx.register(new Predicate.Trait(new TraitRef(trait, List.copyOf(targs))), span);
        Generics mg = fcx.tcx.generics(method);
        List<Ty> all = new ArrayList<>(targs);
        for (int i = targs.size(); i < mg.count(); i++) all.add(fcx.infcx.newVar());
        instantiatePredicates(method, all, span);
        FnSig sig = fcx.normalize(fcx.tcx.fnSig(method).subst(all), span);
        for (int i = 0; i < args.size() && i < sig.inputs().size(); i++) fcx.demandEq(args.get(i).span(), sig.inputs().get(i), args.get(i).ty());
        return new Thir.Call(new Thir.FnItem(new Ty.FnDef(method, List.copyOf(all)), span), args, false, sig.output(), span);
    }

    /** A call of a free function (a lang item such as `RangeInclusive::new`) on unchecked argument expressions. */
    Thir.Expr callPath(DefId fn, List<Expr> args, Span span, Ty expected) {
        List<Ty> parent = fcx.tcx.genericsParent(fn) == null ? List.of()
            : fcx.scx.freshArgs(fcx.tcx.genericsParent(fn));
        Thir.Expr callee = fnItem(fn, null, parent, span);
        Ty.FnDef fd = (Ty.FnDef) callee.ty();
        FnSig sig = fcx.normalize(fcx.tcx.fnSig(fn).subst(fd.args()), span);
        List<Thir.Expr> checked = checkArgs(sig, args, span, false, 0, expectedInputs(sig, expected, span));
        return new Thir.Call(callee, checked, false, sig.output(), span);
    }

    // ------------------------------------------------------------------ method calls

    Thir.Expr methodCall(Expr.MethodCall m, Ty expected) {
        Thir.Expr recv = fcx.exprs.check(m.receiver(), null);
        Ty recvTy = fcx.resolve(recv.ty());
        String name = m.method().ident().name();
        if (recvTy instanceof Ty.Infer v && v.kind() == Ty.InferKind.TY) {
            fcx.typeAnnotationsNeeded(m.receiver().span());
            for (Expr a : m.args()) fcx.exprs.check(a, null);
            return fcx.exprs.error(m.span());
        }
        if (recvTy instanceof Ty.Error) {
            for (Expr a : m.args()) fcx.exprs.check(a, null);
            return fcx.exprs.error(m.span());
        }
        MethodProbe.Pick pick = fcx.probe.lookupMethod(recvTy, name, m.method().ident().span(), m);
        if (pick == null) {
            fcx.probe.reportNoMethod(recv, recvTy, name, m);
            for (Expr a : m.args()) fcx.exprs.check(a, null);
            return fcx.exprs.error(m.span());
        }
        DefId drop = fcx.tcx.lang.get("drop");
        if (drop != null && drop.equals(fcx.tcx.traitOfItem(pick.item().def()))) {
            fcx.error(m.method().ident().span(), "E0040", "explicit use of destructor method", "explicit destructor calls not allowed");
        }
        Thir.Expr adjusted = fcx.probe.adjustReceiver(recv, pick);
        MethodProbe.Confirmed conf = fcx.probe.confirm(pick, m.method(), adjusted.ty(), m.span());
        FnSig sig = conf.sig();
        if (sig.unsafe()) requireUnsafe(m.span(), "call to unsafe function `" + fcx.tcx.defs.pathString(pick.item().def())
            .replaceFirst("^crate::", "") + "`", "call to unsafe function");
        List<Thir.Expr> args = new ArrayList<>();
        args.add(adjusted);
        args.addAll(checkArgs(sig, m.args(), m.span(), false, 1, expectedInputs(sig, expected, m.span())));
        return new Thir.Call(new Thir.FnItem(conf.fnTy(), m.method().ident().span()), args, true, sig.output(), m.span());
    }

    // ------------------------------------------------------------------ struct literals

    Thir.Expr structLit(Expr.Struct s, Ty expected) {
        PartialRes pr = fcx.tcx.res.partialRes(s);
        Span span = s.span();
        if (pr == null) return checkFieldsOnly(s);
        List<Path.PathSegment> segs = s.path().segments();
        AdtDef adt = null;
        int variant = 0;
        List<Ty> args = null;
        Res base = pr.base();
        if (pr.isFull()) {
            switch (base) {
                case Res.Def d when d.kind() == DefKind.STRUCT || d.kind() == DefKind.UNION -> {
                    adt = fcx.tcx.adtDef(d.id());
                    args = fcx.lowering.args(d.id(), segs.get(segs.size() - 1), List.of(), null, span);
                }
                case Res.Def d when d.kind() == DefKind.VARIANT -> {
                    DefId enumDef = fcx.tcx.defs.parent(d.id());
                    adt = fcx.tcx.adtDef(enumDef);
                    variant = adt.variantIndex(d.id());
                    Path.PathSegment argSeg = segs.size() >= 2 && segs.get(segs.size() - 2).args() != null ? segs.get(segs.size() - 2)
                        : segs.get(segs.size() - 1);
                    args = fcx.lowering.args(enumDef, argSeg, List.of(), null, span);
                }
                default -> {
                    Ty t = fcx.resolve(fcx.lowering.resolvedType(base, segs.get(segs.size() - 1), span));
                    if (t instanceof Ty.Adt a && !a.def().isEnum()) {
                        adt = a.def();
                        args = a.args();
                    }
                }
            }
        } else if (pr.unresolvedSegments() == 1) {
            Ty t = fcx.resolve(typeOfPathBase(base, segs.get(segs.size() - 2), span));
            if (t instanceof Ty.Adt a && a.def().isEnum()) {
                String name = segs.get(segs.size() - 1).ident().name();
                int vi = a.def().variantIndex(name);
                if (vi >= 0) {
                    adt = a.def();
                    variant = vi;
                    args = a.args();
                } else {
                    noVariant(fcx.display(t), segs.get(segs.size() - 1));
                    return checkFieldsOnly(s);
                }
            }
        }
        if (adt == null) {
            fcx.error(s.path().span(), "E0574", "expected struct, variant or union type, found `" + s.path() + "`", "not a struct");
            return checkFieldsOnly(s);
        }
        Ty ty = new Ty.Adt(adt, args);
        // (a struct literal is sized: an expected `Wrap<dyn Display>` says nothing of its fields, as rustc's rvalue hint)
        if (expected != null && !isUnsized(expected)) fcx.infcx.probe(() -> fcx.infcx.unify(ty, expected));
        AdtDef.VariantDef v = adt.variants.get(variant);
        List<Thir.FieldExpr> fields = new ArrayList<>();
        boolean[] seen = new boolean[v.fields().size()];
        DefId module = fcx.tcx.defs.get(fcx.owner).module();
        for (Expr.ExprField f : s.fields()) {
            int idx = v.fieldIndex(f.name().name());
            if (idx < 0) {
                String what = adt.isEnum() ? "variant `" + adt.name + "::" + v.name() + "`" : (adt.isUnion() ? "union" : "struct") + " `"
                    + adt.name + "`";
                fcx.emit(Diagnostic.error(what + " has no field named `" + f.name().name() + "`").code(adt.isEnum() ? "E0559" : "E0560")
                    .span(f.name().span(), adt.isEnum() ? "field does not exist" : "`" + adt.name + "` does not have this field"));
                fcx.exprs.check(f.value(), null);
                continue;
            }
            if (seen[idx]) {
                fcx.error(f.name().span(), "E0062", "field `" + f.name().name() + "` specified more than once", "used more than once");
            }
            seen[idx] = true;
            AdtDef.FieldDef fd = v.fields().get(idx);
            if (!fcx.tcx.res.accessible(fd.vis(), module)) {
                fcx.error(f.name().span(), "E0451", "field `" + fd.name() + "` of " + (adt.isEnum() ? "variant" : "struct") + " `"
                    + adt.name + "` is private", "private field");
            }
            Ty fty = fcx.normalize(fcx.tcx.fieldTy(fd, args), span);
            fields.add(new Thir.FieldExpr(idx, fcx.exprs.checkCoercible(f.value(), fty)));
        }
        Thir.Expr baseExpr = null;
        if (s.base() != null) {
            baseExpr = fcx.exprs.checkCoercible(s.base(), ty);
        } else if (!s.rest() && !adt.isUnion()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < seen.length; i++) if (!seen[i]) missing.add(v.fields().get(i).name());
            if (!missing.isEmpty()) {
                String list = missing.size() == 1 ? "field `" + missing.get(0) + "`" : missing.size() <= 3
                    ? "fields " + joinFields(missing) : "fields " + joinFields(missing.subList(0, 2)) + " and " + (missing.size() - 2)
                    + " other fields";
                fcx.error(s.path().span(), "E0063", "missing " + list + " in initializer of `" + fcx.display(ty) + "`",
                    "missing " + list);
            }
        }
        return new Thir.Adt(adt, variant, args, fields, baseExpr, ty, span);
    }

    private static String joinFields(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append(i == names.size() - 1 ? " and " : ", ");
            b.append('`').append(names.get(i)).append('`');
        }
        return b.toString();
    }

    private Thir.Expr checkFieldsOnly(Expr.Struct s) {
        for (Expr.ExprField f : s.fields()) fcx.exprs.check(f.value(), null);
        if (s.base() != null) fcx.exprs.check(s.base(), null);
        return fcx.exprs.error(s.span());
    }

    // ------------------------------------------------------------------ unsafety

    void requireUnsafe(Span span, String what, String label) {
        if (fcx.exprs.unsafeDepth > 0 || fcx.isStdBody()) return;
        if (fcx.tcx.item(fcx.owner).kind() instanceof rustmem.syntax.ast.Item.Fn f && f.header().unsafe()) return;
        fcx.emit(Diagnostic.error(what + " is unsafe and requires unsafe block").code("E0133").span(span, label)
            .note(what.startsWith("use of mutable static")
                ? "mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior"
                : "consult the function's documentation for information on how to avoid undefined behavior"));
    }
}
