package rustmem.legacy.types;

import rustmem.resolve.*;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.resolve.Cfg;
import rustmem.resolve.FormatMacroCall;
import rustmem.resolve.FormatParser;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;
import rustmem.syntax.Lit;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.legacy.types.thir.Thir;

/** Type-checks one function body (rustc's {@code FnCtxt}): names, inference, coercions, macros. */
final class FnCtxt {
    private final TypeChecker.FnSig sig;
    private final TypeChecker.Fns fns;
    private final TypeCollector types;
    private final Diagnostics diags;
    private final InferCtxt infcx = new InferCtxt();
    private final StdCalls std;
    private final Comparisons comparisons;
    private final IteratorCalls iterators;
    private final List<Thir.LocalDecl> locals = new ArrayList<>();
    private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
    private final Deque<LoopCx> loops = new ArrayDeque<>();
    private int nextLabel;
    /** Errors rustc finds in borrow checking (mutability, initialisation), reported only if types check clean. */
    private final List<Diagnostic> borrowErrors = new ArrayList<>();
    /** Locals declared without a value, and which of them have been assigned so far (in source order). */
    private final java.util.Set<Integer> declaredUninit = new java.util.HashSet<>();
    private final java.util.Set<Integer> assigned = new java.util.HashSet<>();

    /** Values and functions the std prelude brings into every module (not run by rustmem yet). */
    private static final java.util.Set<String> PRELUDE = java.util.Set.of("Some", "None", "Ok", "Err", "drop",
        "Box", "Vec", "String", "Option", "Result", "Default", "ToString", "Iterator", "IntoIterator", "Clone",
        "From", "Into", "AsRef", "AsMut", "PartialEq", "Eq", "PartialOrd", "Ord", "Fn", "FnMut", "FnOnce", "Send",
        "Sync", "Sized", "Drop", "Extend", "TryFrom", "TryInto", "FromIterator", "DoubleEndedIterator",
        "ExactSizeIterator", "ToOwned", "Copy", "Unpin");

    /** An enclosing loop: its label, id, whether `break value` is allowed, and the type of its value. */
    private static final class LoopCx {
        final String label;
        final int id;
        final boolean isLoop;
        final Ty valueTy;
        boolean broken;

        LoopCx(String label, int id, boolean isLoop, Ty valueTy) {
            this.label = label;
            this.id = id;
            this.isLoop = isLoop;
            this.valueTy = valueTy;
        }
    }

    FnCtxt(TypeChecker.FnSig sig, TypeChecker.Fns fns, TypeCollector types, Diagnostics diags) {
        this.sig = sig;
        this.fns = fns;
        this.types = types;
        this.diags = diags;
        this.std = new StdCalls(this, types, infcx);
        this.iterators = new IteratorCalls(this, types, infcx);
        this.comparisons = new Comparisons(this, infcx);
        this.dropGlue = new DropGlue(t -> fns.implementsTrait(t, "Drop"), infcx::shallow);
        // `-> impl Trait`: the body's type decides it
        this.returnTy = sig.ret() != null ? sig.ret() : infcx.fresh(Ty.InferKind.GENERAL);
        // an unsafe fn's body may do unsafe operations (edition 2024 only lints them)
        if (sig.item() != null && sig.item().header().unsafe()) unsafeDepth = 1;
    }

    List<Diagnostic> borrowErrors() { return borrowErrors; }

    /** The type the context of the method call being checked expects (what `collect` builds), or null. */
    private Ty methodExpected;

    /** What `return` and `?` return from: the function, or the closure whose body is being checked. */
    private Ty returnTy;

    /** Copy types: a closure that reads a variable of one copies it instead of moving it. */
    private boolean isCopy(Ty t) {
        return std.plainData(t) || t instanceof Ty.RawPtr || t instanceof Ty.FnPtr || t instanceof Ty.FnDef || t instanceof Ty.Never
            || hasBound(t, "Copy")
            || t instanceof Ty.Adt a && !a.def().fromStd() && a.def().derives().contains("Copy")
            || t instanceof Ty.Adt o && o.def().fromStd() && (o.def().name().equals("Option") || o.def().name().equals("Result"))
                && o.args().stream().allMatch(this::isCopy)
            || t instanceof Ty.Closure c && c.fieldTys().stream().allMatch(this::isCopy);
    }

    Thir.Body checkBody() {
        scopes.push(new HashMap<>());
        List<int[]> destructured = new ArrayList<>();
        var params = sig.item().decl().params();
        for (int i = 0; i < params.size(); i++) {
            Pat p = params.get(i).pat();
            if (params.get(i).selfKind() != rustmem.syntax.ast.Item.SelfKind.NONE) {
                Pat.IdentPat self = (Pat.IdentPat) p;
                declare("self", sig.params().get(i), self.mutable(), self.span());
                continue;
            }
            if (p instanceof Pat.IdentPat ip && ip.sub() == null && !ip.byRef()) {
                declare(ip.name().name(), sig.params().get(i), ip.mutable(), ip.span());
            } else {
                // `_`, `(a, b)`, `&(x, y)`: the argument arrives in a hidden local, destructured on entry
                destructured.add(new int[] {hiddenLocal("arg" + i, sig.params().get(i), p.span()), i});
            }
        }
        List<Thir.Stmt> entry = new ArrayList<>();
        for (int[] d : destructured) {
            Pat p = params.get(d[1]).pat();
            Ty t = sig.params().get(d[1]);
            Thir.Pattern pat = pattern(p, t);
            checkIrrefutable(pat, t, "function argument", p.span());
            entry.add(new Thir.Let(pat, new Thir.Local(d[0], t, p.span()), p.span()));
        }
        Block body = sig.item().body();
        Thir.Expr value = checkBlock(body, returnTy, body.span());
        value = coerce(value, returnTy, body.span());
        if (!entry.isEmpty()) value = new Thir.Block(entry, value, value.ty(), value.span());
        ThirResolver resolver = new ThirResolver(infcx, (t, trait) -> fns.implementsTrait(t, trait) || hasBound(t, trait),
            this::isCopy);
        Thir.Expr resolved = resolver.expr(value);
        checkBounds(resolved, resolver);
        List<Thir.LocalDecl> decls = new ArrayList<>();
        for (Thir.LocalDecl d : locals) decls.add(resolver.local(d));
        Diagnostic useAfterMove = MoveCheck.check(resolved, decls, this::isCopy);
        if (useAfterMove != null) borrowErrors.add(useAfterMove);
        return new Thir.Body(sig.name(), decls, params.size(), sig.ret() != null ? sig.ret() : infcx.resolve(returnTy, true), resolved,
            sig.item().body().span(), sig.typeParams().size());
    }

    // ------------------------------------------------------------------ names

    /** E0277 where a generic function is called with a type argument that does not meet a bound. */
    private void checkBounds(Thir.Expr body, ThirResolver resolver) {
        rustmem.syntax.ast.AstWalk.walk(body, n -> {
            if (n instanceof Thir.Call c && !c.typeArgs().isEmpty()) {
                callBounds(fns.byIndex().get(c.fn()), c.typeArgs(), c.args(), c.span(), resolver);
            }
            if (n instanceof Thir.StdCall c && !c.typeArgs().isEmpty() && fns.stdFns().get(c.path()) != null) {
                callBounds(fns.stdFns().get(c.path()), c.typeArgs(), c.args(), c.span(), resolver);
            }
            return true;
        });
    }

    private void callBounds(TypeChecker.FnSig callee, List<Ty> typeArgs, List<Thir.Expr> args, Span callSpan, ThirResolver resolver) {
        for (int i = 0; i < callee.typeParams().size(); i++) {
            Ty arg = typeArgs.get(i);
            // rustc points at the argument of that type, if there is one
            Span span = callSpan;
            for (int j = 0; j < callee.params().size() && j < args.size(); j++) {
                if (callee.params().get(j) instanceof Ty.Param p && p.index() == i) span = args.get(j).span();
            }
            for (String trait : callee.bounds().getOrDefault(callee.typeParams().get(i), List.of())) {
                if (arg instanceof Ty.Closure cl && TypeChecker.isFnTrait(trait) && !kindFits(cl.def().kind(), trait)) {
                    closureKindError(cl.def(), trait);
                    throw error(cl.def().span, "E0525", "expected a closure that implements the `" + trait
                        + "` trait, but this closure only implements `" + switch (cl.def().kind()) {
                            case FN -> "Fn";
                            case FN_MUT -> "FnMut";
                            case FN_ONCE -> "FnOnce";
                        } + "`", null);
                }
                if (trait.equals(TypeChecker.STATIC_BOUND)) {
                    outlivesStatic(arg);
                } else if (trait.equals("Send") || trait.equals("Sync")) {
                    Ty culprit = autoTraitCulprit(arg, trait, new java.util.HashSet<>());
                    if (culprit != null) {
                        String what = trait.equals("Send") ? "sent" : "shared";
                        throw error(span, "E0277", "`" + culprit.display() + "` cannot be " + what + " between threads safely",
                            "`" + culprit.display() + "` cannot be " + what + " between threads safely");
                    }
                } else if (!satisfies(arg, trait, resolver, span)) {
                    throw error(span, "E0277", "the trait bound `" + arg.display() + ": " + trait
                        + "` is not satisfied", "the trait `" + trait + "` is not implemented for `" + arg.display() + "`");
                }
            }
        }
    }

    /**
     * `T: 'static` where T is a closure: one that borrows a local of this function may outlive it (E0373).
     * Other types carry no lifetimes in rustmem, so they pass.
     */
    private void outlivesStatic(Ty t) {
        if (!(t instanceof Ty.Closure cl)) return;
        for (ClosureDef.Capture cap : cl.def().captures()) {
            if (cap.mode() == ClosureDef.CaptureMode.BY_VALUE) continue;
            String name = locals.get(cap.local()).name();
            throw new TypeError(Diagnostic.error("closure may outlive the current function, but it borrows `" + name
                + "`, which is owned by the current function").code("E0373")
                .span(cl.def().span, "may outlive borrowed value `" + name + "`")
                .help("to force the closure to take ownership of `" + name + "` (and any other referenced variables), use the `move` keyword")
                .build());
        }
    }

    /**
     * The auto traits Send and Sync, computed structurally as rustc does: a type has them when all its parts
     * do, except where std says otherwise (Rc, raw pointers, Cell/RefCell are not Sync, MutexGuard is not
     * Send …). Returns the type that lacks the trait (what rustc's message names), or null.
     */
    private Ty autoTraitCulprit(Ty ty, String trait, java.util.Set<Ty> visiting) {
        Ty t = infcx.resolve(ty, true);
        boolean send = trait.equals("Send");
        return switch (t) {
            case Ty.Param p -> hasBound(p, trait) ? null : t;
            case Ty.Ref r -> autoTraitCulprit(r.pointee(), r.mutable() && send ? "Send" : "Sync", visiting);
            case Ty.RawPtr r -> t;
            case Ty.Tuple tu -> firstCulprit(tu.elements(), trait, visiting);
            case Ty.Array a -> autoTraitCulprit(a.element(), trait, visiting);
            case Ty.Slice s -> autoTraitCulprit(s.element(), trait, visiting);
            case Ty.Dynamic d -> d.traitName().equals(trait) || d.hasAuto(trait) ? null : t;
            case Ty.Closure c -> firstCulprit(c.def().captures().stream().map(cap -> cap.fieldTy().subst(c.parentArgs())).toList(),
                trait, visiting);
            case Ty.Adt a when a.def().fromStd() -> switch (a.def().name()) {
                case "Rc", "Weak", "NonNull" -> t;
                case "Cell", "RefCell", "UnsafeCell", "Receiver" -> send ? autoTraitCulprit(a.args().get(0), trait, visiting) : t;
                case "Ref", "RefMut", "MutexGuard" -> send ? t : autoTraitCulprit(a.args().get(0), trait, visiting);
                // Mutex<T> and Sender<T> are Sync when T is Send; Arc<T> is Send and Sync when T is both
                case "Mutex", "Sender" -> autoTraitCulprit(a.args().get(0), "Send", visiting);
                case "Arc" -> {
                    Ty c = autoTraitCulprit(a.args().get(0), "Send", visiting);
                    yield c != null ? c : autoTraitCulprit(a.args().get(0), "Sync", visiting);
                }
                case "JoinHandle" -> null;
                default -> firstCulprit(a.args(), trait, visiting);
            };
            case Ty.Adt a -> {
                if (!visiting.add(t)) yield null;   // a recursive type has the trait if the rest of it does
                List<Ty> fields = new ArrayList<>();
                for (var v : a.def().variants()) for (var f : v.fields()) fields.add(f.type().subst(a.args()));
                Ty c = firstCulprit(fields, trait, visiting);
                visiting.remove(t);
                yield c;
            }
            default -> null;
        };
    }

    private Ty firstCulprit(List<Ty> parts, String trait, java.util.Set<Ty> visiting) {
        for (Ty p : parts) {
            Ty c = autoTraitCulprit(p, trait, visiting);
            if (c != null) return c;
        }
        return null;
    }

    private static final java.util.Set<String> DERIVABLE = java.util.Set.of("PartialEq", "Eq", "PartialOrd", "Ord", "Hash");
    /** std's types that implement those traits when their type arguments do. */
    private static final java.util.Set<String> STRUCTURAL_CONTAINERS = java.util.Set.of("Option", "Result", "Vec", "Box", "Rc", "Arc");

    /** Whether a concrete (or bounded parameter) type implements a trait, for the traits rustmem knows. */
    private boolean satisfies(Ty t, String trait, ThirResolver resolver, Span span) {
        if (t instanceof Ty.Param) return hasBound(t, trait);
        if (fns.traits().containsKey(trait)) return fns.implementsTrait(t, trait);
        boolean number = t instanceof Ty.Int || t instanceof Ty.Float;
        boolean basic = number || t instanceof Ty.Char || t instanceof Ty.Bool;
        if (DERIVABLE.contains(trait)) {
            // the comparison and hashing traits: derived by the program's types, implemented by std's containers
            // when their contents implement them, by references, tuples and arrays likewise
            switch (t) {
                case Ty.Adt a when !a.def().fromStd() -> {
                    return a.def().derives().contains(trait) || fns.stdImplsOf(t).stream().anyMatch(i -> i.trait().equals(trait));
                }
                case Ty.Adt a when STRUCTURAL_CONTAINERS.contains(a.def().name()) -> {
                    return a.args().stream().filter(x -> !(x instanceof Ty.Adt g && g.def().name().equals("Global")))
                        .allMatch(x -> satisfies(x, trait, resolver, span));
                }
                case Ty.Tuple tu -> {
                    return tu.elements().stream().allMatch(x -> satisfies(x, trait, resolver, span));
                }
                case Ty.Array ar -> {
                    return satisfies(ar.element(), trait, resolver, span);
                }
                case Ty.Slice sl -> {
                    return satisfies(sl.element(), trait, resolver, span);
                }
                case Ty.Str s -> {
                    return true;
                }
                case Ty.Ref r -> {
                    return satisfies(r.pointee(), trait, resolver, span);
                }
                default -> { }
            }
        }
        return switch (trait) {
            case "Hash" -> (basic && !(t instanceof Ty.Float)) || std.is(t, "String");
            case "Display" -> resolver.formattable(t, FormatTemplate.Trait.DISPLAY);
            case "Debug" -> resolver.formattable(t, FormatTemplate.Trait.DEBUG);
            case "PartialOrd", "PartialEq" -> basic || t.equals(Ty.STATIC_STR) || std.is(t, "String")
                || t instanceof Ty.Ref r && satisfies(r.pointee(), trait, resolver, span);
            case "Ord", "Eq" -> (basic && !(t instanceof Ty.Float)) || t.equals(Ty.STATIC_STR) || std.is(t, "String");
            case "Copy", "Clone" -> std.plainData(t) || t instanceof Ty.Adt a && !a.def().fromStd() && a.def().derives().contains(trait)
                || trait.equals("Clone") && std.is(t, "String");
            case "Sized" -> !(t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic);
            case "Fn", "FnMut", "FnOnce" -> t instanceof Ty.Closure c && kindFits(c.def().kind(), trait)
                || t instanceof Ty.FnDef || t instanceof Ty.FnPtr;
            default -> throw new Unsupported(span, "checking the bound `" + t.display() + ": " + trait + "`");
        };
    }

    /**
     * A closure written against an Fn or FnMut bound takes that kind (rustc decides it from the bound), so
     * a body that does more is a borrow error at the variable: E0594 (assigned), E0596 (mutably
     * borrowed), E0507 (moved out).
     */
    private void closureKindError(ClosureDef def, String trait) {
        if (def.expectedTrait == null) return;
        String closure = "a captured variable in an `" + trait + "` closure";
        if (def.kind() == ClosureDef.Kind.FN_ONCE && def.firstMoved >= 0) {
            throw error(def.span, "E0507", "cannot move out of `" + locals.get(def.firstMoved).name() + "`, " + closure, null);
        }
        if (def.firstAssigned >= 0) {
            throw error(def.span, "E0594", "cannot assign to `" + locals.get(def.firstAssigned).name() + "`, as it is " + closure, null);
        }
        if (def.firstMutBorrowed >= 0) {
            throw error(def.span, "E0596", "cannot borrow `" + locals.get(def.firstMutBorrowed).name() + "` as mutable, as it is "
                + closure, null);
        }
    }

    /** Whether a closure of this kind can be called where the bound asks for trait (Fn ⊂ FnMut ⊂ FnOnce). */
    private static boolean kindFits(ClosureDef.Kind kind, String trait) {
        return switch (trait) {
            case "Fn" -> kind == ClosureDef.Kind.FN;
            case "FnMut" -> kind != ClosureDef.Kind.FN_ONCE;
            default -> true;
        };
    }

    /** A type written in the body: `Self` and the function's type parameters are in scope. */
    Ty lowerType(rustmem.syntax.ast.Type t) { return types.lowerIn(t, sig.selfTy(), sig.typeParams()); }

    /** Whether a type parameter of this function is bounded by the trait (the bound makes its methods and operators usable). */
    boolean hasBound(Ty t, String trait) {
        if (!(infcx.shallow(t) instanceof Ty.Param p)) return false;
        List<String> bs = sig.bounds().get(p.name());
        if (bs == null) return false;
        if (bs.contains(trait)) return true;
        // Ord: PartialOrd + Eq; PartialOrd: PartialEq; Eq: PartialEq; Copy: Clone
        return switch (trait) {
            case "PartialEq" -> bs.contains("PartialOrd") || bs.contains("Eq") || bs.contains("Ord");
            case "PartialOrd" -> bs.contains("Ord");
            case "Clone" -> bs.contains("Copy");
            default -> false;
        };
    }

    /** Nesting of `unsafe` blocks around the expression being checked (static mut needs one). */
    private int unsafeDepth;

    /** The initial value of a static (checked like a function body with no parameters, returning it). */
    Thir.Body checkStaticInit(Expr value) {
        scopes.push(new HashMap<>());
        unsafeDepth++;   // a static's initializer may name other statics
        Thir.Expr v = coerce(checkExpr(value, sig.ret()), sig.ret(), value.span());
        ThirResolver resolver = new ThirResolver(infcx, fns::implementsTrait, this::isCopy);
        Thir.Expr resolved = resolver.expr(v);
        List<Thir.LocalDecl> decls = new ArrayList<>();
        for (Thir.LocalDecl d : locals) decls.add(resolver.local(d));
        return new Thir.Body(sig.name(), decls, 0, sig.ret(), resolved, value.span(), 0);
    }

    /** A local the program cannot name (its name starts with a space), for desugarings. */
    int hiddenLocal(String name, Ty ty, Span span) { return declare(" " + name, ty, false, span); }

    private int declare(String name, Ty ty, boolean mutable, Span span) {
        locals.add(new Thir.LocalDecl(name, ty, mutable, span));
        int index = locals.size() - 1;
        scopes.peek().put(name, index);
        return index;
    }

    private Integer lookupLocal(String name) {
        for (Map<String, Integer> scope : scopes) {
            Integer i = scope.get(name);
            if (i != null) return i;
        }
        return null;
    }

    private TypeError error(Span span, String code, String message, String label) {
        Diagnostic.Builder b = Diagnostic.error(message).span(span, label);
        if (code != null) b.code(code);
        return new TypeError(b.build());
    }

    private TypeError mismatch(Span span, Ty expected, Ty found) {
        return new TypeError(Diagnostic.error("mismatched types").code("E0308")
            .span(span, "expected `" + infcx.resolve(expected, false).display() + "`, found `"
                + infcx.resolve(found, false).display() + "`").build());
    }

    /** Makes e's type the expected one: `!` coerces to anything, otherwise the types unify. */
    Thir.Expr coerce(Thir.Expr e, Ty expected, Span span) {
        if (expected == null) return e;
        if (infcx.shallow(e.ty()) instanceof Ty.Never) {
            if (infcx.shallow(expected) instanceof Ty.Infer v) infcx.diverging(v);
            return e;
        }
        Ty found = infcx.shallow(e.ty()), want = infcx.shallow(expected);
        // a function named as a value becomes a pointer to it where a fn pointer is expected
        if (found instanceof Ty.FnDef fd && want instanceof Ty.FnPtr fp) {
            if (!infcx.unify(fd.pointer(), fp)) throw mismatch(span, want, found);
            return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.FN_ADDR,
                List.of(new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(fd.fn())), Ty.USIZE, span)), fp, span);
        }
        // deref coercions: &String to &str, &Box<T> to &T (a shared target may come from a mutable reference)
        if (found instanceof Ty.Ref fr && want instanceof Ty.Ref wr && (fr.mutable() || !wr.mutable())) {
            Ty from = infcx.shallow(fr.pointee()), to = infcx.shallow(wr.pointee());
            if (to instanceof Ty.Str && std.is(from, "String")) {
                return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.STRING_AS_STR, List.of(e), Ty.STATIC_STR, span);
            }
            // unsizing &[T; N] to &[T], and Vec's Deref to &[T]
            if (to instanceof Ty.Slice sl && (from instanceof Ty.Array || std.is(from, "Vec"))) {
                Ty elem = from instanceof Ty.Array arr ? arr.element() : std.firstArg(from);
                if (infcx.unify(elem, sl.element())) {
                    return new Thir.IntrinsicCall(from instanceof Ty.Array ? rustmem.legacy.types.thir.Intrinsic.ARRAY_AS_SLICE
                        : rustmem.legacy.types.thir.Intrinsic.VEC_AS_SLICE, List.of(e), new Ty.Ref(sl, wr.mutable()), span);
                }
            }
            // the program's Deref impls: &MyBox<String> to &String (and on, to &str)
            if (from instanceof Ty.Adt fa && !fa.def().fromStd() && !(to instanceof Ty.Infer)
                && !(to instanceof Ty.Adt ta && ta.def() == fa.def())) {
                Thir.Expr target = derefImpl(new Thir.Deref(e, from, span), span);
                if (target != null) {
                    return coerce(new Thir.AddrOf(target, wr.mutable(), new Ty.Ref(target.ty(), wr.mutable()), span), expected, span);
                }
            }
            if (std.is(from, "Box") && !(to instanceof Ty.Infer) && !std.is(to, "Box")) {
                Ty inner = std.firstArg(from);
                Thir.Expr place = new Thir.Deref(new Thir.Deref(e, from, span), inner, span);
                return coerce(new Thir.AddrOf(place, wr.mutable(), new Ty.Ref(inner, wr.mutable()), span), expected, span);
            }
        }
        Thir.Expr toDyn = unsizeToDyn(e, found, want, span);
        if (toDyn != null) return toDyn;
        // &mut T where &T is wanted: a shared reborrow; *mut T where *const T is wanted: the same address
        if (found instanceof Ty.Ref fr && fr.mutable() && want instanceof Ty.Ref wr && !wr.mutable() && infcx.unify(fr.pointee(), wr.pointee())) {
            Ty pointee = infcx.shallow(fr.pointee());
            if (pointee instanceof Ty.Slice || pointee instanceof Ty.Str) {
                return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.SHARED_REBORROW, List.of(e), want, span);
            }
            if (pointee instanceof Ty.Dynamic) throw new Unsupported(span, "a `&mut dyn` used as a shared reference");
            return new Thir.AddrOf(new Thir.Deref(e, fr.pointee(), span), false, want, span);
        }
        if (found instanceof Ty.RawPtr fp && fp.mutable() && want instanceof Ty.RawPtr wp && !wp.mutable()
            && infcx.unify(fp.pointee(), wp.pointee())) {
            return new Thir.Cast(e, want, span);
        }
        // auto-deref of a reference to a reference: `&&[u8]` where `&[u8]` is wanted
        if (found instanceof Ty.Ref fr && infcx.shallow(fr.pointee()) instanceof Ty.Ref inner && want instanceof Ty.Ref
            && !infcx.unify(e.ty(), expected)) {
            return coerce(new Thir.Deref(e, inner, span), expected, span);
        }
        // &T to *const T, &mut T to *mut T or *const T
        if (found instanceof Ty.Ref fr && want instanceof Ty.RawPtr wp && (fr.mutable() || !wp.mutable()) && infcx.unify(fr.pointee(), wp.pointee())
            && !(infcx.shallow(wp.pointee()) instanceof Ty.Str || infcx.shallow(wp.pointee()) instanceof Ty.Slice)) {
            return new Thir.Cast(e, want, span);
        }
        if (!infcx.unify(e.ty(), expected)) {
            if (unsizes(infcx.shallow(e.ty()), infcx.shallow(expected))) {
                throw new Unsupported(span, "unsizing coercions (`&[T; N]` to `&[T]`, `&T` to `&dyn Trait`)");
            }
            throw mismatch(span, expected, e.ty());
        }
        return e;
    }

    /**
     * The unsizing coercion of a pointer to a sized value (`&T`, `&mut T`, `Box<T>`) into a trait object of a
     * trait T implements; null when the types are not such a pair. E0277 when T does not implement it.
     */
    private Thir.Expr unsizeToDyn(Thir.Expr e, Ty found, Ty want, Span span) {
        Ty from;
        Ty to;
        Ty target;
        if (found instanceof Ty.Ref fr && want instanceof Ty.Ref wr && (fr.mutable() || !wr.mutable())) {
            from = infcx.shallow(fr.pointee());
            to = infcx.shallow(wr.pointee());
            target = new Ty.Ref(to, wr.mutable());
        } else if (std.is(found, "Box") && std.is(want, "Box")) {
            from = infcx.shallow(std.firstArg(found));
            to = infcx.shallow(std.firstArg(want));
            target = want;
        } else {
            return null;
        }
        if (!(to instanceof Ty.Dynamic d) || from instanceof Ty.Dynamic || from instanceof Ty.Infer) return null;
        String trait = d.traitName();
        boolean implemented = switch (trait) {
            case "Fn", "FnMut", "FnOnce" -> callableAs(from, d);
            default -> fns.implementsTrait(from, trait) || stdImplements(from, trait);
        };
        if (!implemented) {
            throw error(span, "E0277", "the trait bound `" + infcx.resolve(from, false).display() + ": " + trait
                + "` is not satisfied", "the trait `" + trait + "` is not implemented for `" + infcx.resolve(from, false).display() + "`");
        }
        return new Thir.Unsize(e, target, span);
    }

    /**
     * Whether a closure, function or Fn-bounded type parameter can be called as `dyn Fn…(A) -> R` (its
     * signature unified with the object's); a closure's kind is only known once its captures are.
     */
    private boolean callableAs(Ty from, Ty.Dynamic d) {
        if (from instanceof Ty.Param p && sig.fnBounds().get(p.name()) instanceof TypeChecker.FnBound b
            && !(b.trait().equals("Fn") || b.trait().equals("FnMut") && !d.traitName().equals("Fn") || d.traitName().equals("FnOnce"))) {
            return false;   // an FnOnce-bounded parameter is no `dyn Fn`
        }
        Ty.FnPtr s = callSignature(from);
        return s != null && !(from instanceof Ty.Dynamic || from instanceof Ty.FnPtr) && (d.fnSig() == null || infcx.unify(s, d.fnSig()));
    }

    /**
     * What calling a value of type t takes and gives, as a fn pointer type: a closure, a function item or
     * pointer, an Fn-bounded type parameter, a `dyn Fn…`; null for other types.
     */
    private Ty.FnPtr callSignature(Ty t) {
        return switch (t) {
            case Ty.Dynamic d -> d.fnSig();
            case Ty.Closure cl -> new Ty.FnPtr(cl.params(), cl.ret());
            case Ty.Param p when sig.fnBounds().get(p.name()) instanceof TypeChecker.FnBound b -> new Ty.FnPtr(b.inputs(), b.output());
            case Ty.FnDef fd -> new Ty.FnPtr(fd.inputs(), fd.output());
            case Ty.FnPtr fp -> fp;
            default -> null;
        };
    }

    /**
     * Whether t implements a std trait object-safe enough to point to: the program's impls (`impl fmt::Display
     * for T`, `impl Error for T`), derived Debug, and std's Display and Debug for primitives, str and String.
     */
    private boolean stdImplements(Ty t, String trait) {
        if (fns.stdImplsOf(t).stream().anyMatch(i -> i.trait().equals(trait))) return true;
        boolean primitive = t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
            || t instanceof Ty.Str || std.is(t, "String");
        boolean stdError = std.is(t, "ParseIntError") || std.is(t, "ParseFloatError");
        return switch (trait) {
            case "Display" -> primitive || stdError;
            case "Debug" -> primitive || stdError || t instanceof Ty.Adt a && a.def().derives().contains("Debug");
            case "Error" -> stdError;
            default -> false;
        };
    }

    /**
     * Whether the types differ where rustc could unsize (an array where a slice is wanted, a sized type where
     * `dyn Trait` is wanted), possibly inside Box, Option or references: a coercion rustmem does not do yet.
     */
    private boolean unsizes(Ty foundTy, Ty expectedTy) {
        Ty found = infcx.shallow(foundTy);
        Ty expected = infcx.shallow(expectedTy);
        if (expected instanceof Ty.Dynamic) return !(found instanceof Ty.Dynamic);
        if (expected instanceof Ty.Slice) return found instanceof Ty.Array;
        return switch (expected) {
            case Ty.Ref r when found instanceof Ty.Ref f -> unsizes(f.pointee(), r.pointee());
            case Ty.RawPtr r when found instanceof Ty.RawPtr f -> unsizes(f.pointee(), r.pointee());
            case Ty.Adt a when found instanceof Ty.Adt f && f.def() == a.def() -> {
                for (int i = 0; i < a.args().size(); i++) if (unsizes(f.args().get(i), a.args().get(i))) yield true;
                yield false;
            }
            default -> false;
        };
    }

    // ------------------------------------------------------------------ blocks and statements

    private Thir.Expr checkBlock(Block b, Ty expected, Span span) {
        if (b.unsafe()) unsafeDepth++;
        scopes.push(new HashMap<>());
        try {
            List<Thir.Stmt> stmts = new ArrayList<>();
            boolean diverges = false;
            Thir.Expr tail = null;
            List<Stmt> all = b.stmts();
            for (int i = 0; i < all.size(); i++) {
                Stmt s = all.get(i);
                boolean last = i == all.size() - 1;
                if (!cfgEnabled(s)) continue;
                switch (s) {
                    case Stmt.Let let -> stmts.add(checkLet(let));
                    case Stmt.Empty e -> { }
                    case Stmt.ItemStmt is -> {
                        // items at a body's top level were hoisted and checked by TypeChecker
                        if (!fns.hoisted().contains(is.item())) throw new Unsupported(is.span(), "items inside nested blocks");
                    }
                    case Stmt.ExprStmt es -> {
                        if (last && !es.semi()) {
                            tail = checkExpr(es.expr(), expected);
                        } else {
                            // a block-like expression statement without `;` must be ()
                            Thir.Expr e = checkExpr(es.expr(), es.semi() ? null : Ty.UNIT);
                            if (!es.semi()) e = coerce(e, Ty.UNIT, es.expr().span());
                            if (infcx.shallow(e.ty()) instanceof Ty.Never) diverges = true;
                            stmts.add(new Thir.ExprStmt(e, es.span()));
                        }
                    }
                }
            }
            Ty ty;
            if (tail != null) ty = tail.ty();
            else ty = diverges ? Ty.NEVER : Ty.UNIT;
            return new Thir.Block(stmts, tail, ty, span);
        } finally {
            scopes.pop();
            if (b.unsafe()) unsafeDepth--;
        }
    }

    private static boolean cfgEnabled(Stmt s) {
        return switch (s) {
            case Stmt.Let l -> Cfg.enabled(l.attrs());
            case Stmt.ExprStmt e -> Cfg.enabled(e.attrs());
            case Stmt.ItemStmt i -> Cfg.enabled(i.item().attrs());
            case Stmt.Empty e -> true;
        };
    }

    private Thir.Stmt checkLet(Stmt.Let let) {
        Ty declared = let.type() != null
            ? types.lowerAnnotation(let.type(), sig.selfTy(), sig.typeParams(), () -> infcx.fresh(Ty.InferKind.GENERAL)) : null;
        Thir.Expr init = null;
        Ty ty;
        if (let.init() != null) {
            init = checkExpr(let.init(), declared);
            if (declared != null) init = coerce(init, declared, let.init().span());
            ty = declared != null ? declared : init.ty();
        } else {
            ty = declared != null ? declared : infcx.fresh(Ty.InferKind.GENERAL);
        }
        Thir.Expr elseBlock = null;
        if (let.elseBlock() != null) {
            if (init == null) throw error(let.span(), null, "`let … else` needs an initializer", null);
            // the else block is checked before the pattern's bindings are in scope, and must diverge
            elseBlock = checkBlock(let.elseBlock(), null, let.elseBlock().span());
            if (!(infcx.shallow(elseBlock.ty()) instanceof Ty.Never)) {
                throw error(let.elseBlock().span(), "E0308", "`else` clause of `let...else` does not diverge", null);
            }
        }
        Thir.Pattern pat = pattern(let.pat(), ty);
        if (elseBlock == null) checkIrrefutable(pat, ty, "local binding", let.pat().span());
        if (init == null && pat instanceof Thir.Pattern.Binding b) declaredUninit.add(b.local());
        return new Thir.Let(pat, init, elseBlock, let.span());
    }

    /** Names bound by the first alternative of an or-pattern, which the others must bind again. */
    private Map<String, Integer> orBindings;

    /** Default binding mode (match ergonomics): how bindings bind once a pattern has gone through a reference. */
    private enum BindingMode { MOVE, REF, REF_MUT }

    private BindingMode bindingMode = BindingMode.MOVE;

    private Thir.Pattern pattern(Pat p, Ty ty) {
        Ty t = infcx.shallow(ty);
        boolean strLiteral = p instanceof Pat.LitPat lp && lp.value() instanceof Expr.LitExpr le
            && (le.lit().kind() == rustmem.syntax.Lit.Kind.STR || le.lit().kind() == rustmem.syntax.Lit.Kind.RAW_STR);
        // a bare name that is a unit variant (`None`, an imported `Nil`) is a constant pattern, not a binding
        boolean binding = p instanceof Pat.IdentPat ip && !(ip.sub() == null && !ip.byRef() && !ip.mutable()
            && preludeVariant(ip.name().name()) instanceof VariantRef uv && uv.fieldTypes().isEmpty());
        if (t instanceof Ty.Ref r && !binding && !(p instanceof Pat.Wild) && !(p instanceof Pat.Ref)
            && !(p instanceof Pat.Paren) && !strLiteral) {
            // a non-reference pattern against a reference matches the referent; its bindings borrow
            BindingMode saved = bindingMode;
            bindingMode = r.mutable() && saved != BindingMode.REF ? BindingMode.REF_MUT : BindingMode.REF;
            try {
                return new Thir.Pattern.Deref(pattern(p, r.pointee()));
            } finally {
                bindingMode = saved;
            }
        }
        return switch (p) {
            case Pat.Ref rp -> {
                if (!(t instanceof Ty.Ref r)) {
                    if (t instanceof Ty.Infer) throw new Unsupported(rp.span(), "`&` patterns against a value of unknown type");
                    throw error(rp.span(), "E0308", "mismatched types", "expected `" + infcx.resolve(t, false).display()
                        + "`, found `&_`");
                }
                BindingMode saved = bindingMode;
                bindingMode = BindingMode.MOVE;
                try {
                    yield new Thir.Pattern.Deref(pattern(rp.inner(), r.pointee()));
                } finally {
                    bindingMode = saved;
                }
            }
            case Pat.Wild w -> new Thir.Pattern.Wild();
            case Pat.Paren pp -> pattern(pp.inner(), ty);
            case Pat.IdentPat ip -> {
                // a bare `None` is the prelude's unit variant, not a new binding
                VariantRef unitVariant = ip.sub() == null && !ip.byRef() && !ip.mutable() ? preludeVariant(ip.name().name()) : null;
                if (unitVariant != null && unitVariant.fieldTypes().isEmpty()) {
                    requireType(unitVariant, ty, ip.span());
                    yield new Thir.Pattern.Variant(unitVariant.index(), new Thir.Pattern.Fields(List.of(), List.of()));
                }
                AdtDef unit = structNamed(ip.name().name());
                if (unit != null) throw new Unsupported(ip.span(), "unit struct patterns");
                // a constant's name is a pattern matching its value, not a new binding
                Thir.Pattern constant = ip.sub() == null && !ip.byRef() && !ip.mutable() ? constPattern(ip.name().name(), ty, ip.span()) : null;
                if (constant != null) yield constant;
                Thir.Pattern sub = ip.sub() == null ? null : pattern(ip.sub(), ty);
                String name = ip.name().name();
                // `ref x` / `ref mut x`, or a plain binding under a reference (match ergonomics), borrows
                boolean byRef = ip.byRef() || bindingMode != BindingMode.MOVE && !ip.mutable();
                boolean refMut = ip.byRef() ? ip.mutable() : bindingMode == BindingMode.REF_MUT;
                if (!ip.byRef() && ip.mutable() && bindingMode != BindingMode.MOVE) {
                    throw new Unsupported(ip.span(), "`mut` bindings under a reference pattern");
                }
                Ty bound = byRef ? new Ty.Ref(ty, refMut) : ty;
                int local;
                if (orBindings != null && orBindings.containsKey(name)) {
                    local = orBindings.get(name);
                    scopes.peek().put(name, local);
                } else {
                    local = declare(name, bound, !ip.byRef() && ip.mutable(), ip.span());
                }
                yield new Thir.Pattern.Binding(local, sub, byRef, refMut);
            }
            case Pat.LitPat lp -> new Thir.Pattern.Const(patConst(lp.value(), ty));
            case Pat.RangePat rp -> new Thir.Pattern.Range(rp.lo() == null ? null : patConst(rp.lo(), ty),
                rp.hi() == null ? null : patConst(rp.hi(), ty), rp.limits() == Expr.RangeLimits.CLOSED);
            case Pat.Tuple tp -> {
                List<Pat> elems = expandRest(tp.elements(), infcx.shallow(ty) instanceof Ty.Tuple tt ? tt.elements().size() : -1,
                    tp.span());
                List<Ty> tys = new ArrayList<>();
                for (int i = 0; i < elems.size(); i++) tys.add(infcx.fresh(Ty.InferKind.GENERAL));
                if (!infcx.unify(ty, new Ty.Tuple(tys))) throw mismatch(tp.span(), ty, new Ty.Tuple(tys));
                List<Thir.Pattern> out = new ArrayList<>();
                for (int i = 0; i < elems.size(); i++) out.add(pattern(elems.get(i), tys.get(i)));
                yield new Thir.Pattern.TuplePat(out);
            }
            case Pat.PathPat pp -> {
                Thir.Pattern constant = pp.qself() == null && pp.path().isSingle() ? constPattern(pp.path().last().name(), ty, pp.span()) : null;
                if (constant != null) yield constant;
                VariantRef v = variantPath(pp.path(), pp.span());
                requireType(v, ty, pp.span());
                yield new Thir.Pattern.Variant(v.index(), new Thir.Pattern.Fields(List.of(), List.of()));
            }
            case Pat.TupleStruct ts -> {
                VariantRef v = variantPath(ts.path(), ts.span());
                requireType(v, ty, ts.span());
                var fields = v.def().variants().get(v.index()).fields();
                List<Ty> ftys = v.fieldTypes();
                List<Pat> elems = expandRest(ts.elements(), fields.size(), ts.span());
                if (elems.size() != fields.size()) {
                    throw error(ts.span(), "E0023", "this pattern has " + elems.size() + " field" + (elems.size() == 1 ? "" : "s")
                        + ", but the corresponding tuple variant has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s"), null);
                }
                List<Integer> idx = new ArrayList<>();
                List<Thir.Pattern> pats = new ArrayList<>();
                for (int i = 0; i < elems.size(); i++) {
                    idx.add(i);
                    pats.add(pattern(elems.get(i), ftys.get(i)));
                }
                yield variantPattern(v, new Thir.Pattern.Fields(idx, pats));
            }
            case Pat.StructPat sp -> {
                VariantRef v = variantPath(sp.path(), sp.span());
                requireType(v, ty, sp.span());
                var fields = v.def().variants().get(v.index()).fields();
                List<Integer> idx = new ArrayList<>();
                List<Thir.Pattern> pats = new ArrayList<>();
                for (Pat.FieldPat fp : sp.fields()) {
                    int i = -1;
                    for (int k = 0; k < fields.size(); k++) if (fields.get(k).name().equals(fp.name().name())) i = k;
                    if (i < 0) {
                        throw error(fp.name().span(), "E0026", "variant `" + v.def().name() + "::" + v.def().variants().get(v.index()).name()
                            + "` does not have a field named `" + fp.name().name() + "`", null);
                    }
                    idx.add(i);
                    pats.add(pattern(fp.pat(), v.fieldTypes().get(i)));
                }
                if (!sp.rest() && idx.size() < fields.size()) {
                    throw error(sp.span(), "E0027", "pattern does not mention all fields", null);
                }
                yield variantPattern(v, new Thir.Pattern.Fields(idx, pats));
            }
            case Pat.Or or -> {
                Map<String, Integer> saved = orBindings;
                Map<String, Integer> before = new HashMap<>(scopes.peek());
                List<Thir.Pattern> alts = new ArrayList<>();
                alts.add(pattern(or.alternatives().get(0), ty));
                Map<String, Integer> bound = new HashMap<>(scopes.peek());
                bound.keySet().removeAll(before.keySet());
                orBindings = bound;
                try {
                    for (int i = 1; i < or.alternatives().size(); i++) alts.add(pattern(or.alternatives().get(i), ty));
                } finally {
                    orBindings = saved;
                }
                yield new Thir.Pattern.Or(alts);
            }
            default -> throw new Unsupported(p.span(), "this pattern");
        };
    }

    private Thir.Pattern variantPattern(VariantRef v, Thir.Pattern.Fields fields) {
        return v.def().isEnum() ? new Thir.Pattern.Variant(v.index(), fields) : fields;
    }

    /** Replaces a `..` in a tuple(-struct) pattern by wildcards for the fields it stands for. */
    private List<Pat> expandRest(List<Pat> elems, int arity, rustmem.source.Span span) {
        int rest = -1;
        for (int i = 0; i < elems.size(); i++) if (elems.get(i) instanceof Pat.Rest) rest = i;
        if (rest < 0) return elems;
        if (arity < 0) throw new Unsupported(span, "`..` in patterns of unknown arity");
        List<Pat> out = new ArrayList<>(elems.subList(0, rest));
        for (int i = 0; i < arity - (elems.size() - 1); i++) out.add(new Pat.Wild(elems.get(rest).span()));
        out.addAll(elems.subList(rest + 1, elems.size()));
        return out;
    }

    /** A constant in a pattern: a literal, possibly negated, of the scrutinee's type. */
    /** The pattern a constant's name stands for (its value; null when no constant has the name or a local shadows it). */
    private Thir.Pattern constPattern(String name, Ty ty, Span span) {
        TypeChecker.Constant k = fns.consts().get(name);
        if (k == null || lookupLocal(name) != null) return null;
        Thir.Expr value = coerce(constant(name, k, span), ty, span);
        if (!(value instanceof Thir.Literal lit)) throw new Unsupported(span, "the constant `" + name + "` in a pattern");
        return new Thir.Pattern.Const(lit.value());
    }

    private Thir.Const patConst(Expr e, Ty ty) {
        Thir.Expr c = checkExpr(e, ty);
        c = coerce(c, ty, e.span());
        if (!(c instanceof Thir.Literal lit)) throw new Unsupported(e.span(), "this constant in a pattern");
        return lit.value();
    }

    /** `std::env::args`, or `env::args` with `std::env` imported. */
    private boolean isEnvArgs(Path p) {
        List<String> names = p.segments().stream().map(s -> s.ident().name()).toList();
        if (names.equals(List.of("std", "env", "args"))) return true;
        return names.equals(List.of("env", "args")) && List.of("std", "env").equals(fns.stdImports().get("env"));
    }

    /** A struct, or a variant of an enum, named by a path ({@code E::V}, {@code Self::V}, {@code S}). */
    record VariantRef(AdtDef def, int index, List<Ty> args) {
        VariantRef(AdtDef def, int index) { this(def, index, List.of()); }

        Ty ty() { return new Ty.Adt(def, args); }

        List<Ty> fieldTypes() {
            return def.variants().get(index).fields().stream().map(f -> f.type().subst(args)).toList();
        }
    }

    /** Option and Result are the generic enums of std that run knows; their variants are in the prelude. */
    private static final Map<String, String> PRELUDE_VARIANTS = Map.of("Some", "Option", "None", "Option", "Ok", "Result",
        "Err", "Result");

    private VariantRef withFreshArgs(AdtDef def, int index) {
        List<Ty> args = new ArrayList<>();
        for (int i = 0; i < def.generics().size(); i++) args.add(infcx.fresh(Ty.InferKind.GENERAL));
        return new VariantRef(def, index, args);
    }

    private static boolean knownEnum(AdtDef def) {
        return def.isEnum() && (!def.fromStd() || def.name().equals("Option") || def.name().equals("Result"));
    }

    /** A variant named by itself: one the program imported (`use List::{Cons, Nil}`), or Some/None/Ok/Err. */
    private VariantRef preludeVariant(String name) {
        String owner = fns.variantImports().getOrDefault(name, PRELUDE_VARIANTS.get(name));
        if (owner == null || lookupLocal(name) != null) return null;
        AdtDef def = types.adt(owner);
        if (def == null || !def.isEnum()) return null;
        for (int i = 0; i < def.variants().size(); i++) if (def.variants().get(i).name().equals(name)) return withFreshArgs(def, i);
        return null;
    }

    private final java.util.Set<String> constsInProgress = new java.util.HashSet<>();

    /** A constant's value, checked where it is used but with only items in scope (not this body's locals). */
    private Thir.Expr constant(String name, TypeChecker.Constant k, rustmem.source.Span span) {
        if (!constsInProgress.add(name)) {
            throw error(span, "E0391", "cycle detected when const-evaluating `" + name + "`", null);
        }
        Deque<Map<String, Integer>> saved = new ArrayDeque<>(scopes);
        scopes.clear();
        scopes.push(new HashMap<>());
        try {
            Thir.Expr v = coerce(checkExpr(k.value(), k.ty()), k.ty(), k.value().span());
            if (!(v instanceof Thir.Literal) && !(v instanceof Thir.Binary) && !(v instanceof Thir.Unary)
                && !(v instanceof Thir.Tuple) && !(v instanceof Thir.Array) && !(v instanceof Thir.Cast)) {
                throw new Unsupported(k.value().span(), "this constant expression");
            }
            return v;
        } finally {
            scopes.clear();
            scopes.addAll(saved);
            constsInProgress.remove(name);
        }
    }

    /** `E::V` / `Self::V` naming a variant of one of the program's enums, or null. */
    private VariantRef enumVariant(Expr.PathExpr p) {
        List<Path.PathSegment> segs = p.path().segments();
        if (p.qself() == null && segs.size() == 1 && segs.get(0).args() == null) return preludeVariant(segs.get(0).ident().name());
        if (p.qself() != null || segs.size() != 2 || segs.get(0).args() != null) return null;
        String owner = segs.get(0).ident().name();
        AdtDef def = owner.equals("Self") && sig.selfTy() instanceof Ty.Adt sa ? sa.def() : types.adtOrAlias(owner);
        if (def == null || !knownEnum(def)) return null;
        String vname = segs.get(1).ident().name();
        for (int i = 0; i < def.variants().size(); i++) if (def.variants().get(i).name().equals(vname)) return withFreshArgs(def, i);
        if (fns.associated(def, vname) != null) return null;
        throw error(segs.get(1).ident().span(), "E0599", "no variant or associated item named `" + vname + "` found for enum `"
            + def.name() + "` in the current scope", "variant or associated item not found in `" + def.name() + "`");
    }

    private VariantRef variantPath(Path path, rustmem.source.Span span) {
        List<Path.PathSegment> segs = path.segments();
        if (segs.size() == 1) {
            AdtDef s = structNamed(segs.get(0).ident().name());
            if (s != null) return withFreshArgs(s, 0);
            VariantRef pv = preludeVariant(segs.get(0).ident().name());
            if (pv != null) return pv;
        }
        if (segs.size() == 2) {
            String owner = segs.get(0).ident().name();
            AdtDef def = owner.equals("Self") && sig.selfTy() instanceof Ty.Adt sa ? sa.def() : types.adtOrAlias(owner);
            if (def != null && knownEnum(def)) {
                String vname = segs.get(1).ident().name();
                for (int i = 0; i < def.variants().size(); i++) if (def.variants().get(i).name().equals(vname)) return withFreshArgs(def, i);
                throw error(segs.get(1).ident().span(), "E0599", "no variant or associated item named `" + vname + "` found for enum `"
                    + def.name() + "` in the current scope", "variant or associated item not found in `" + def.name() + "`");
            }
        }
        throw new Unsupported(span, "the path `" + path + "` in a pattern");
    }

    private void requireType(VariantRef v, Ty ty, rustmem.source.Span span) {
        if (!infcx.unify(ty, v.ty())) throw mismatch(span, ty, v.ty());
    }

    // ------------------------------------------------------------------ expressions

    Thir.Expr checkExpr(Expr e, Ty expected) {
        return switch (e) {
            case Expr.Paren p -> checkExpr(p.inner(), expected);
            case Expr.LitExpr l -> literal(l, expected);
            case Expr.PathExpr p -> path(p);
            case Expr.Unary u -> unary(u, expected);
            case Expr.Binary b -> binary(b, expected);
            case Expr.Assign a -> {
                Thir.Expr place = assignee(a.lhs(), false);
                Thir.Expr value = coerce(checkExpr(a.rhs(), place.ty()), place.ty(), a.rhs().span());
                yield new Thir.Assign(place, value, Ty.UNIT, a.span());
            }
            case Expr.AssignOp a -> {
                Thir.Expr place = assignee(a.lhs(), true);
                String opTrait = StdTraits.operatorTrait(a.op());
                Thir.Expr viaImpl = operatorCall(opTrait == null ? null : opTrait + "Assign", place, a.rhs(), a.span());
                if (viaImpl != null) yield viaImpl;
                boolean shift = a.op() == Expr.BinOp.SHL || a.op() == Expr.BinOp.SHR;
                Thir.Expr value = derefNumber(checkExpr(a.rhs(), shift ? null : place.ty()));
                if (shift) requireInt(value, a.rhs().span());
                else value = coerce(value, place.ty(), a.rhs().span());
                requireArith(a.op(), place, value, a.span());
                yield new Thir.AssignOp(a.op(), place, value, Ty.UNIT, a.span());
            }
            case Expr.Cast c -> cast(c);
            case Expr.Call c -> call(c, expected);
            case Expr.If i -> ifExpr(i, expected);
            case Expr.BlockExpr b -> {
                if (b.label() != null) throw new Unsupported(b.span(), "labelled blocks");
                yield checkBlock(b.block(), expected, b.span());
            }
            case Expr.Loop l -> loop(l, expected);
            case Expr.While w -> whileLoop(w);
            case Expr.ForLoop f -> forLoop(f);
            case Expr.Break b -> breakExpr(b);
            case Expr.Continue c -> {
                LoopCx target = findLoop(c.label(), c.span());
                yield new Thir.Continue(target.id, Ty.NEVER, c.span());
            }
            case Expr.Return r -> {
                Thir.Expr v = r.value() == null ? null : coerce(checkExpr(r.value(), returnTy), returnTy, r.value().span());
                if (v == null && !infcx.unify(returnTy, Ty.UNIT)) throw mismatch(r.span(), returnTy, Ty.UNIT);
                yield new Thir.Return(v, Ty.NEVER, r.span());
            }
            case Expr.Try t -> tryExpr(t);
            case Expr.Tuple t -> tuple(t, expected);
            case Expr.Array a -> array(a, expected);
            case Expr.Repeat r -> repeat(r, expected);
            case Expr.Index i -> index(i);
            case Expr.Field f -> field(f);
            case Expr.Mac m -> macro(m.mac(), expected);
            case Expr.AddrOf a -> addrOf(a, expected);
            case Expr.Struct st -> structLit(st);
            case Expr.Match m -> match(m, expected);
            case Expr.MethodCall m -> {
                methodExpected = expected;
                yield methodCall(m);
            }
            case Expr.Closure c -> closure(c, null);
            case Expr.Range r when r.start() != null && r.end() != null -> range(r);
            case Expr.Range r when r.limits() == Expr.RangeLimits.HALF_OPEN -> openRange(r);
            default -> throw new Unsupported(e.span(), describe(e) + " in `run`");
        };
    }

    /**
     * {@code e?} on an Option or Result, in a function returning the same kind with the same error type:
     * {@code match e { Ok(v) => v, Err(e) => return Err(e) }} (no From conversion of errors yet).
     */
    // ------------------------------------------------------------------ closures

    /**
     * A closure expression. Its parameters' and result's types come from annotations, from the Fn bound
     * of the parameter it is passed to (expected), or from inference; its body is checked here, in the
     * enclosing function's inference context, with its own `return` and no enclosing loops. What it
     * captures is found once types are resolved ({@link ClosureCaptures}).
     */
    private Thir.Expr closure(Expr.Closure c, TypeChecker.FnBound expected) {
        if (c.async()) throw new Unsupported(c.span(), "async closures");
        if (expected != null && expected.inputs().size() != c.params().size()) {
            throw error(c.span(), "E0593", "closure is expected to take " + expected.inputs().size() + " argument"
                + (expected.inputs().size() == 1 ? "" : "s") + ", but it takes " + c.params().size() + " argument"
                + (c.params().size() == 1 ? "" : "s"), null);
        }
        int firstLocal = locals.size();
        scopes.push(new HashMap<>());
        List<Ty> params = new ArrayList<>();
        List<Integer> paramLocals = new ArrayList<>();
        List<Thir.Stmt> entry = new ArrayList<>();
        for (int i = 0; i < c.params().size(); i++) {
            Expr.ClosureParam p = c.params().get(i);
            Ty t = p.type() != null ? lowerType(p.type()) : expected != null ? expected.inputs().get(i) : infcx.fresh(Ty.InferKind.GENERAL);
            if (p.type() != null && expected != null && !infcx.unify(t, expected.inputs().get(i))) {
                throw mismatch(p.span(), expected.inputs().get(i), t);
            }
            params.add(t);
            if (p.pat() instanceof Pat.IdentPat ip && ip.sub() == null && !ip.byRef()) {
                paramLocals.add(declare(ip.name().name(), t, ip.mutable(), ip.span()));
            } else {
                int hidden = hiddenLocal("closure_arg" + i, t, p.span());
                paramLocals.add(hidden);
                Thir.Pattern pat = pattern(p.pat(), t);
                checkIrrefutable(pat, t, "closure argument", p.span());
                entry.add(new Thir.Let(pat, new Thir.Local(hidden, t, p.span()), p.span()));
            }
        }
        Ty ret = c.ret() != null ? lowerType(c.ret()) : expected != null ? expected.output() : infcx.fresh(Ty.InferKind.GENERAL);
        var src = diags.file();
        ClosureDef def = new ClosureDef("{closure@" + src.name() + ":" + src.line(c.span().lo()) + ":" + src.column(c.span().lo())
            + "}", c.span(), params, ret);
        if (expected != null) def.expectedTrait = expected.trait();
        List<Ty> parentArgs = new ArrayList<>();
        for (int i = 0; i < sig.typeParams().size(); i++) parentArgs.add(new Ty.Param(i, sig.typeParams().get(i)));
        Ty saved = returnTy;
        List<LoopCx> outerLoops = new ArrayList<>(loops);
        returnTy = ret;
        loops.clear();
        Thir.Expr body;
        try {
            body = coerce(checkExpr(c.body(), ret), ret, c.body().span());
        } finally {
            returnTy = saved;
            loops.addAll(outerLoops);
            scopes.pop();
        }
        if (!entry.isEmpty()) body = new Thir.Block(entry, body, body.ty(), body.span());
        return new Thir.Closure(def, paramLocals, firstLocal, c.capture() == Expr.CaptureBy.VALUE, body,
            new Ty.Closure(def, List.copyOf(parentArgs)), c.span());
    }

    /**
     * An argument std calls with arguments of these types (Option::map's function): a closure written
     * there gets them as its signature; output is the type of its result (an inference variable when
     * std leaves it open).
     */
    Thir.Expr closureArg(Expr arg, List<Ty> inputs, Ty output) {
        if (arg instanceof Expr.Closure c) return closure(c, new TypeChecker.FnBound("FnOnce", inputs, output));
        Expr.Closure viaPath = pathAsClosure(arg, inputs.size());
        if (viaPath != null) return closure(viaPath, new TypeChecker.FnBound("FnOnce", inputs, output));
        Thir.Expr f = checkExpr(arg, null);
        Ty ft = infcx.shallow(f.ty());
        List<Ty> params = ft instanceof Ty.Closure cl ? cl.params() : ft instanceof Ty.FnDef fd ? fd.inputs() : null;
        Ty ret = ft instanceof Ty.Closure cl ? cl.ret() : ft instanceof Ty.FnDef fd ? fd.output() : null;
        if (params != null && params.size() == inputs.size()) {
            for (int i = 0; i < inputs.size(); i++) {
                if (!infcx.unify(params.get(i), inputs.get(i))) throw mismatch(arg.span(), inputs.get(i), params.get(i));
            }
            if (!infcx.unify(ret, output)) throw mismatch(arg.span(), output, ret);
            return f;
        }
        throw new Unsupported(arg.span(), "passing `" + infcx.resolve(f.ty(), false).display() + "` where std calls a closure");
    }

    /** {@code a..b} / {@code a..=b} as a value: std's Range / RangeInclusive of integers (an iterator). */
    private Thir.Expr range(Expr.Range r) {
        Thir.Expr start = checkExpr(r.start(), null);
        Thir.Expr end = coerce(checkExpr(r.end(), start.ty()), start.ty(), r.end().span());
        if (!isIntish(start.ty())) throw new Unsupported(r.span(), "ranges of `" + infcx.resolve(start.ty(), false).display() + "`");
        if (r.limits() == Expr.RangeLimits.CLOSED) {
            return new Thir.StructLit(List.of(0, 1, 2), List.of(start, end, new Thir.Literal(new Thir.Const.Bool(false), Ty.BOOL, r.span())),
                new Ty.Adt(types.stdAdt("RangeInclusive"), List.of(start.ty())), r.span());
        }
        return new Thir.StructLit(List.of(0, 1), List.of(start, end), new Ty.Adt(types.stdAdt("Range"), List.of(start.ty())), r.span());
    }

    /** {@code ..}, {@code a..} and {@code ..b} as values: std's RangeFull, RangeFrom and RangeTo. */
    private Thir.Expr openRange(Expr.Range r) {
        if (r.start() == null && r.end() == null) {
            return new Thir.StructLit(List.of(), List.of(), new Ty.Adt(types.stdAdt("RangeFull"), List.of()), r.span());
        }
        Thir.Expr bound = checkExpr(r.start() != null ? r.start() : r.end(), null);
        if (!isIntish(bound.ty())) throw new Unsupported(r.span(), "ranges of `" + infcx.resolve(bound.ty(), false).display() + "`");
        return new Thir.StructLit(List.of(0), List.of(bound), new Ty.Adt(types.stdAdt(r.start() != null ? "RangeFrom" : "RangeTo"),
            List.of(bound.ty())), r.span());
    }

    /**
     * A path to a method or a tuple constructor passed where std calls a function ({@code map(Result::unwrap)},
     * {@code map(ToString::to_string)}, {@code map(Status::Value)}): the closure it amounts to, {@code |a| a.unwrap()}
     * or {@code |a| Status::Value(a)}; null for other expressions (and for the program's own functions, which are
     * values of their own).
     */
    private Expr.Closure pathAsClosure(Expr arg, int arity) {
        if (!(arg instanceof Expr.PathExpr pe) || pe.qself() != null || pe.path().segments().size() < 2 || arity == 0) return null;
        Span sp = pe.span();
        List<Expr.ClosureParam> params = new ArrayList<>();
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            rustmem.syntax.ast.Ident id = new rustmem.syntax.ast.Ident(" path_arg" + i, false, sp);
            params.add(new Expr.ClosureParam(List.of(), new Pat.IdentPat(false, false, id, null, sp), null, sp));
            args.add(new Expr.PathExpr(null, new Path(false, List.of(new Path.PathSegment(id, null, sp)), sp), sp));
        }
        String last = pe.path().last().name();
        Expr body = Character.isUpperCase(last.charAt(0))
            ? new Expr.Call(pe, args, sp)
            : new Expr.MethodCall(args.get(0), pe.path().segments().get(pe.path().segments().size() - 1), args.subList(1, arity), sp);
        return new Expr.Closure(Expr.CaptureBy.REF, false, params, null, body, sp);
    }

    /**
     * Calls a value: a closure, or a value of a type parameter with an Fn bound (whose instances are
     * closures); a reference to either is called through.
     */
    private Thir.Expr closureCall(Expr.Call c) {
        Thir.Expr callee = checkExpr(c.callee(), null);
        while (true) {
            Ty ct = infcx.shallow(callee.ty());
            if (ct instanceof Ty.Ref r) callee = new Thir.Deref(callee, r.pointee(), callee.span());
            else if (std.is(ct, "Box") && infcx.shallow(std.firstArg(ct)) instanceof Ty.Dynamic) {
                callee = new Thir.Deref(callee, std.firstArg(ct), callee.span());
            }
            else break;
        }
        Ty t = infcx.shallow(callee.ty());
        Ty.FnPtr signature = callSignature(t);
        if (signature == null) {
            throw error(c.callee().span(), "E0618", "expected function, found `" + infcx.resolve(t, false).display() + "`",
                "call expression requires function");
        }
        List<Ty> inputs = signature.inputs();
        Ty output = signature.output();
        if (inputs.size() != c.args().size()) {
            throw error(c.span(), "E0057", "this function takes " + inputs.size() + " argument" + (inputs.size() == 1 ? "" : "s")
                + " but " + c.args().size() + " argument" + (c.args().size() == 1 ? " was" : "s were") + " supplied", null);
        }
        List<Thir.Expr> args = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            args.add(coerce(checkExpr(c.args().get(i), inputs.get(i)), inputs.get(i), c.args().get(i).span()));
        }
        // a `dyn Fn…` is only reached through its reference or Box
        if (t instanceof Ty.Dynamic d) return dynFnCall(((Thir.Deref) callee).pointer(), d, args, output, c.span());
        return new Thir.ClosureCall(callee, args, output, c.span());
    }

    /**
     * A call of a `dyn Fn…` through a reference or Box (holder): the vtable's `call`. A Box<dyn FnOnce> is
     * consumed: the closure moves into the call (or is dropped after it, for a closure that only borrows what
     * it captured), and the Box's block is freed.
     */
    private Thir.Expr dynFnCall(Thir.Expr holder, Ty.Dynamic d, List<Thir.Expr> args, Ty output, Span span) {
        Thir.Expr holderRef = new Thir.AddrOf(holder, false, new Ty.Ref(holder.ty(), false), span);
        Thir.Expr call = new Thir.DynCall("call", holderRef, args, output, span);
        if (!d.traitName().equals("FnOnce") || !std.is(holder.ty(), "Box")) return call;
        int result = hiddenLocal("fn_once_result", output, span);
        return new Thir.Block(List.of(new Thir.Let(new Thir.Pattern.Binding(result), call, span),
            new Thir.ExprStmt(new Thir.StdCall("Box::call_once_release", List.of(holderRef), List.of(), Ty.UNIT, span), span),
            new Thir.ExprStmt(new Thir.Drop(holder, true, Ty.UNIT, span), span)),
            new Thir.Local(result, output, span), output, span);
    }

    private Thir.Expr tryExpr(Expr.Try t) {
        Thir.Expr scrut = checkExpr(t.operand(), null);
        Ty st = infcx.shallow(scrut.ty());
        Ty ret = infcx.shallow(returnTy);
        if (!(st instanceof Ty.Adt a) || !a.def().fromStd()
            || !(a.def().name().equals("Option") || a.def().name().equals("Result"))) {
            throw new Unsupported(t.span(), "the `?` operator on `" + infcx.resolve(st, false).display() + "`");
        }
        if (!(ret instanceof Ty.Adt r) || r.def() != a.def()) {
            throw new Unsupported(t.span(), "the `?` operator in a function returning `" + infcx.resolve(ret, false).display() + "`");
        }
        boolean option = a.def().name().equals("Option");
        // the error goes through From::from when its type is not the function's (a From impl, Box<dyn Error>)
        boolean convert = !option && !infcx.unify(a.args().get(1), r.args().get(1));
        int okVariant = variantIndex(a.def(), option ? "Some" : "Ok");
        int errVariant = variantIndex(a.def(), option ? "None" : "Err");
        Ty valueTy = a.args().get(0);
        int v = declare(" ok", valueTy, false, t.span());
        Thir.Arm ok = new Thir.Arm(new Thir.Pattern.Variant(okVariant, new Thir.Pattern.Fields(List.of(0),
            List.of(new Thir.Pattern.Binding(v)))), null, new Thir.Local(v, valueTy, t.span()), t.span());
        Thir.Expr residual;
        Thir.Pattern errPat;
        if (option) {
            errPat = new Thir.Pattern.Variant(errVariant, new Thir.Pattern.Fields(List.of(), List.of()));
            residual = new Thir.EnumLit(errVariant, List.of(), List.of(), ret, t.span());
        } else {
            Ty errTy = a.args().get(1);
            int e = declare(" err", errTy, false, t.span());
            errPat = new Thir.Pattern.Variant(errVariant, new Thir.Pattern.Fields(List.of(0), List.of(new Thir.Pattern.Binding(e))));
            Thir.Expr error = new Thir.Local(e, errTy, t.span());
            if (convert) error = errorConversion(error, r.args().get(1), t.span());
            residual = new Thir.EnumLit(errVariant, List.of(0), List.of(error), ret, t.span());
        }
        Thir.Arm err = new Thir.Arm(errPat, null, new Thir.Return(residual, Ty.NEVER, t.span()), t.span());
        return new Thir.Match(scrut, List.of(ok, err), valueTy, t.span());
    }

    /**
     * `?`'s From::from of an error into the function's error type into; E0277 where the program's types
     * show there is no impl, unsupported where std might have one rustmem does not model.
     */
    private Thir.Expr errorConversion(Thir.Expr error, Ty into, Span span) {
        Thir.Expr converted = conversion("into", error, into, span);
        if (converted != null) return converted;
        Ty from = error.ty();
        String fromShown = infcx.resolve(from, false).display();
        String intoShown = infcx.resolve(into, false).display();
        // every From impl of a type of the program's is known here; std's types have more than rustmem models
        if (infcx.shallow(into) instanceof Ty.Adt ia && !ia.def().fromStd() && !ThirResolver.containsInfer(infcx.resolve(from, false))) {
            throw error(span, "E0277", "`?` couldn't convert the error to `" + intoShown + "`",
                "the trait `From<" + fromShown + ">` is not implemented for `" + intoShown + "`");
        }
        if (std.is(into, "Box") && infcx.shallow(std.firstArg(into)) instanceof Ty.Dynamic d && d.traitName().equals("Error")
            && infcx.shallow(from) instanceof Ty.Adt fa && !fa.def().fromStd()) {
            throw error(span, "E0277", "`?` couldn't convert the error: `" + fromShown + ": std::error::Error` is not satisfied",
                "the trait `std::error::Error` is not implemented for `" + fromShown + "`");
        }
        throw new Unsupported(span, "the `?` operator converting `" + fromShown + "` into `" + intoShown + "` with From");
    }

    private static int variantIndex(AdtDef def, String name) {
        for (int i = 0; i < def.variants().size(); i++) if (def.variants().get(i).name().equals(name)) return i;
        throw new IllegalStateException(def.name() + " has no variant " + name);
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Closure c -> "closures";
            case Expr.Range r -> "ranges outside `for` loops";
            case Expr.Try t -> "the `?` operator";
            default -> "this expression";
        };
    }

    private Thir.Expr literal(Expr.LitExpr l, Ty expected) {
        Lit lit = l.lit();
        Span span = l.span();
        switch (lit.kind()) {
            case INT -> {
                Ty ty;
                if (lit.suffix() != null) ty = suffixType(lit, span);
                else if (expected != null && infcx.shallow(expected) instanceof Ty.Float) ty = infcx.shallow(expected);
                else ty = infcx.fresh(Ty.InferKind.INT);
                if (ty instanceof Ty.Float) {
                    return new Thir.Literal(new Thir.Const.Float(lit.intValue().doubleValue()), ty, span);
                }
                return new Thir.Literal(new Thir.Const.Int(lit.intValue()), ty, span);
            }
            case FLOAT -> {
                Ty ty = lit.suffix() != null ? suffixType(lit, span) : infcx.fresh(Ty.InferKind.FLOAT);
                return new Thir.Literal(new Thir.Const.Float(Double.parseDouble(lit.symbol().replace("_", ""))), ty, span);
            }
            case BOOL -> { return new Thir.Literal(new Thir.Const.Bool(lit.symbol().equals("true")), Ty.BOOL, span); }
            case CHAR -> { return new Thir.Literal(new Thir.Const.Char(lit.cooked().codePointAt(0)), Ty.CHAR, span); }
            case BYTE -> {
                return new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(lit.cooked().charAt(0))),
                    Ty.of(Ty.IntTy.U8), span);
            }
            case STR, RAW_STR -> { return new Thir.Literal(new Thir.Const.Str(lit.cooked()), Ty.STATIC_STR, span); }
            case BYTE_STR, RAW_BYTE_STR -> {
                // (the lexer keeps each byte as one char)
                byte[] bytes = lit.cooked().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                return new Thir.Literal(new Thir.Const.Bytes(bytes), new Ty.Ref(new Ty.Array(Ty.of(Ty.IntTy.U8), bytes.length), false), span);
            }
            default -> throw new Unsupported(span, "this kind of literal");
        }
    }

    private Ty suffixType(Lit lit, Span span) {
        Ty t = TypeCollector.primitive(lit.suffix());
        if (t instanceof Ty.Int && lit.kind() == Lit.Kind.INT) return t;
        if (t instanceof Ty.Float) return t;
        throw error(span, null, "invalid suffix `" + lit.suffix() + "` for number literal", "invalid suffix `"
            + lit.suffix() + "`");
    }

    private Thir.Expr path(Expr.PathExpr p) {
        if (p.qself() == null && p.path().isSingle()) {
            String name = p.path().last().name();
            Integer local = lookupLocal(name);
            if (local != null) {
                if (declaredUninit.contains(local) && !assigned.contains(local) && !assigning) {
                    borrowErrors.add(Diagnostic.error("used binding `" + name + "` isn't initialized").code("E0381")
                        .span(p.span(), "`" + name + "` used here but it isn't initialized").build());
                    assigned.add(local); // report once
                }
                return new Thir.Local(local, locals.get(local).ty(), p.span());
            }
            TypeChecker.Constant k = fns.consts().get(name);
            if (k != null) return constant(name, k, p.span());
            TypeChecker.StaticItem st = fns.statics().get(name);
            if (st != null) {
                if (unsafeDepth == 0) {
                    throw error(p.span(), "E0133", "use of mutable static is unsafe and requires unsafe function or block",
                        "use of mutable static");
                }
                return new Thir.StaticRef(st.index(), st.ty(), p.span());
            }
            AdtDef unit = structNamed(name);
            if (unit != null && unit.variants().get(0).fields().isEmpty()) {
                return new Thir.StructLit(List.of(), List.of(), new Ty.Adt(unit, List.of()), p.span());
            }
            VariantRef pv = preludeVariant(name);
            if (pv != null && pv.def().variants().get(pv.index()).fields().isEmpty()) {
                return new Thir.EnumLit(pv.index(), List.of(), List.of(), pv.ty(), p.span());
            }
            TypeChecker.FnSig fn = fns.free().get(name);
            if (fn != null && !fn.isGeneric()) {
                // a function as a value: of its own zero-sized type, which coerces to a fn pointer
                return new Thir.StructLit(List.of(), List.of(), new Ty.FnDef(fn.index(), fn.name(), fn.params(), fn.ret()), p.span());
            }
            if (PRELUDE.contains(name)) throw new Unsupported(p.span(), "`" + name + "` from the standard library");
            AdtDef named = types.adt(name);
            if (named != null && !named.fromStd() && (named.isEnum() || named.isUnion()
                || !named.variants().get(0).tupleLike() && !named.variants().get(0).fields().isEmpty())) {
                // a struct with named fields, an enum or a union is a type only
                throw error(p.span(), "E0423", "expected value, found " + (named.isEnum() ? "enum" : named.isUnion() ? "union" : "struct")
                    + " `" + name + "`", null);
            }
            if (named != null && named.fromStd() && name.equals("PhantomData")) {
                // std's zero-sized marker: its type argument comes from where the value goes
                return new Thir.StructLit(List.of(), List.of(), new Ty.Adt(named, List.of(infcx.fresh(Ty.InferKind.GENERAL))), p.span());
            }
            if (named != null) throw new Unsupported(p.span(), "`" + name + "` as a value");
            List<String> imported = fns.stdImports().get(name);
            if (imported != null) {
                Thir.Expr known = stdConstant(imported, p.span());
                if (known != null) return known;
                throw new Unsupported(p.span(), "`" + String.join("::", imported) + "`");
            }
            throw error(p.span(), "E0425", "cannot find value `" + name + "` in this scope", "not found in this scope");
        }
        List<Path.PathSegment> segs = p.path().segments();
        VariantRef ev = enumVariant(p);
        if (ev != null) {
            var fields = ev.def().variants().get(ev.index()).fields();
            if (!fields.isEmpty()) throw new Unsupported(p.span(), "enum variant constructors as functions");
            return new Thir.EnumLit(ev.index(), List.of(), List.of(), ev.ty(), p.span());
        }
        if (p.qself() == null && segs.size() == 2 && segs.get(0).args() == null) {
            Ty t = TypeCollector.primitive(segs.get(0).ident().name());
            String c = segs.get(1).ident().name();
            if (t instanceof Ty.Int it && (c.equals("MAX") || c.equals("MIN"))) {
                return new Thir.Literal(new Thir.Const.Int(intBound(it.kind(), c.equals("MAX"))), t, p.span());
            }
            if (t instanceof Ty.Int it && c.equals("BITS")) {
                return new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(bits(it.kind()))), Ty.of(Ty.IntTy.U32), p.span());
            }
            if (t instanceof Ty.Char && (c.equals("MAX") || c.equals("MIN"))) {
                return new Thir.Literal(new Thir.Const.Char(c.equals("MAX") ? 0x10FFFF : 0), t, p.span());
            }
            if (t instanceof Ty.Float ft) {
                boolean f32 = ft.kind() == Ty.FloatTy.F32;
                Double v = switch (c) {
                    case "NAN" -> Double.NaN;
                    case "INFINITY" -> Double.POSITIVE_INFINITY;
                    case "NEG_INFINITY" -> Double.NEGATIVE_INFINITY;
                    case "MAX" -> f32 ? Float.MAX_VALUE : Double.MAX_VALUE;
                    case "MIN" -> f32 ? -Float.MAX_VALUE : -Double.MAX_VALUE;
                    case "MIN_POSITIVE" -> f32 ? Float.MIN_NORMAL : Double.MIN_NORMAL;
                    case "EPSILON" -> f32 ? (double) Math.ulp(1.0f) : Math.ulp(1.0);
                    default -> null;
                };
                if (v != null) return new Thir.Literal(new Thir.Const.Float(f32 ? (float) (double) v : v), t, p.span());
            }
        }
        Thir.Expr known = stdConstant(segs.stream().map(sg -> sg.ident().name()).toList(), p.span());
        if (known != null) return known;
        throw new Unsupported(p.span(), "paths like `" + p.path() + "`");
    }

    /** std::f64::consts::PI and friends (also through `f64::consts::`), or null. */
    private Thir.Expr stdConstant(List<String> names, Span span) {
        int n = names.size();
        if (n < 3 || !names.get(n - 2).equals("consts") || !(names.get(n - 3).equals("f64") || names.get(n - 3).equals("f32"))) {
            return null;
        }
        Double v = switch (names.get(n - 1)) {
            case "PI" -> Math.PI;
            case "E" -> Math.E;
            case "TAU" -> 2 * Math.PI;
            case "SQRT_2" -> Math.sqrt(2);
            case "LN_2" -> Math.log(2);
            case "LN_10" -> Math.log(10);
            default -> null;
        };
        if (v == null) return null;
        Ty ft = names.get(n - 3).equals("f64") ? Ty.F64 : Ty.F32;
        return new Thir.Literal(new Thir.Const.Float(ft == Ty.F32 ? (float) (double) v : v), ft, span);
    }

    static int bits(Ty.IntTy k) { return (k.fixedSize == 0 ? 8 : k.fixedSize) * 8; }

    static BigInteger intBound(Ty.IntTy k, boolean max) {
        int bits = bits(k);
        if (k.signed) {
            BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
            return max ? half.subtract(BigInteger.ONE) : half.negate();
        }
        return max ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ZERO;
    }

    /** Set while the left side of an assignment is resolved: naming a local there is not a read. */
    private boolean assigning;

    /** The place assigned to by `=` / `op=`, with rustc's mutability checks (E0384, E0594). */
    private Thir.Expr assignee(Expr e, boolean compound) {
        assigning = !compound;
        Thir.Expr p;
        try {
            p = place(e);
        } finally {
            assigning = false;
        }
        Integer root = rootLocal(p);
        if (root != null) {
            Thir.LocalDecl d = locals.get(root);
            boolean whole = p instanceof Thir.Local;
            if (!d.mutable()) {
                if (whole && declaredUninit.contains(root) && !assigned.contains(root) && !compound) {
                    assigned.add(root);
                } else if (whole) {
                    borrowErrors.add(Diagnostic.error("cannot assign twice to immutable variable `" + d.name() + "`")
                        .code("E0384").span(e.span(), "cannot assign twice to immutable variable").build());
                } else {
                    borrowErrors.add(Diagnostic.error("cannot assign to `" + rustmem.syntax.AstPrinter.print(e) + "`, as `"
                        + d.name() + "` is not declared as mutable").code("E0594").span(e.span(), "cannot assign").build());
                }
            } else if (whole) {
                assigned.add(root);
            }
        }
        return p;
    }

    /** The local a place is part of without going through a reference, or null. */
    private static Integer rootLocal(Thir.Expr p) {
        return switch (p) {
            case Thir.Local l -> l.index();
            case Thir.Field f -> rootLocal(f.base());
            case Thir.Index i -> rootLocal(i.base());
            default -> null;
        };
    }

    /** `&mut place` needs a mutable local (E0596) unless it goes through a reference. */
    void requireMutableBorrowOf(Thir.Expr place, Span span) { requireMutableBorrow(place, span); }

    /** Checks that a call got n arguments (E0061). */
    void checkArgCount(List<Expr> args, int n, Span span) {
        if (args.size() != n) {
            throw error(span, "E0061", "this function takes " + n + " argument" + (n == 1 ? "" : "s") + " but "
                + args.size() + " argument" + (args.size() == 1 ? " was" : "s were") + " supplied", null);
        }
    }

    /** An argument where std takes &str: &String and &&str are coerced (Deref), &str taken as is. */
    Thir.Expr coerceToStr(Thir.Expr e, Span span) {
        Ty t = infcx.shallow(e.ty());
        if (t instanceof Ty.Ref r && std.is(r.pointee(), "String")) {
            return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.STRING_AS_STR, List.of(e), Ty.STATIC_STR, span);
        }
        return coerce(e, Ty.STATIC_STR, span);
    }

    /** Whether values of t have drop glue (a Drop impl, or std's heap types), as far as t is known. */
    boolean needsDrop(Ty t) { return dropGlue.needsDrop(t); }

    private final DropGlue dropGlue;

    private void requireMutableBorrow(Thir.Expr place, rustmem.source.Span span) {
        Integer root = rootLocal(place);
        if (root != null && !locals.get(root).mutable() && !(locals.get(root).ty() instanceof Ty.Ref)) {
            String name = locals.get(root).name();
            borrowErrors.add(Diagnostic.error("cannot borrow `" + name + "` as mutable, as it is not declared as mutable")
                .code("E0596").span(span, "cannot borrow as mutable").build());
        }
    }

    /** An assignable place: a local, a tuple field or an array element of one. */
    private Thir.Expr place(Expr e) {
        Thir.Expr p = switch (e) {
            case Expr.Paren par -> place(par.inner());
            case Expr.PathExpr pe -> path(pe);
            case Expr.Field f -> field(f);
            case Expr.Index i -> index(i);
            case Expr.Unary u when u.op() == Expr.UnOp.DEREF -> deref(u);
            case Expr.Underscore u -> throw new Unsupported(e.span(), "`_ = …` assignments");
            default -> throw error(e.span(), "E0070", "invalid left-hand side of assignment", "cannot assign to this expression");
        };
        return p;
    }

    private Thir.Expr addrOf(Expr.AddrOf a, Ty expected) {
        if (a.raw()) throw new Unsupported(a.span(), "raw borrows");
        Expr target = a.operand() instanceof Expr.Paren p ? p.inner() : a.operand();
        if (target instanceof Expr.Index ix && ix.index() instanceof Expr.Range) {
            // `&v[1..3]`: the range index itself yields the slice reference
            if (a.mutable()) throw new Unsupported(a.span(), "mutable sub-slices");
            rangeUnderRef = true;
            try {
                return checkExpr(target, null);
            } finally {
                rangeUnderRef = false;
            }
        }
        Ty inner = expected != null && infcx.shallow(expected) instanceof Ty.Ref r ? r.pointee() : null;
        Thir.Expr operand = checkExpr(a.operand(), inner);
        if (a.mutable()) requireMutableBorrow(operand, a.span());
        return new Thir.AddrOf(operand, a.mutable(), new Ty.Ref(operand.ty(), a.mutable()), a.span());
    }

    private Thir.Expr deref(Expr.Unary u) {
        Thir.Expr ptr = checkExpr(u.operand(), null);
        Ty t = infcx.shallow(ptr.ty());
        if (t instanceof Ty.Ref r) return new Thir.Deref(ptr, r.pointee(), u.span());
        if (std.isSmartPointer(t)) return new Thir.Deref(ptr, std.firstArg(t), u.span());
        Thir.Expr viaImpl = derefImpl(ptr, u.span());
        if (viaImpl != null) return viaImpl;
        if (t instanceof Ty.RawPtr) throw new Unsupported(u.span(), "dereferencing raw pointers");
        if (t instanceof Ty.Infer) throw new Unsupported(u.span(), "dereferencing values of unknown type");
        throw error(u.span(), "E0614", "type `" + infcx.resolve(t, false).display() + "` cannot be dereferenced", null);
    }

    /** {@code *x} for a type of the program with a Deref impl: {@code *Deref::deref(&x)}; null without one. */
    private Thir.Expr derefImpl(Thir.Expr e, Span span) {
        Ty t = infcx.resolve(e.ty(), false);
        TypeChecker.FnSig f = t instanceof Ty.Adt a && !a.def().fromStd() ? fns.implMethod(t, "Deref", "deref") : null;
        if (f == null) return null;
        List<Ty> typeArgs = implArgs(f, t);
        Ty ret = f.ret().subst(typeArgs);
        Thir.Expr target = new Thir.Call(f.index(), List.of(new Thir.AddrOf(e, false, new Ty.Ref(e.ty(), false), span)), typeArgs, ret, span);
        return new Thir.Deref(target, ((Ty.Ref) ret).pointee(), span);
    }

    /**
     * The type arguments a method of a generic impl (`impl<T> Add for Length<T>`) takes for a self type: the
     * impl's parameters decided by matching its self type; empty for a method of a non-generic impl.
     */
    private List<Ty> implArgs(TypeChecker.FnSig f, Ty self) {
        if (!f.isGeneric()) return List.of();
        List<Ty> args = new ArrayList<>();
        for (int i = 0; i < f.typeParams().size(); i++) args.add(infcx.fresh(Ty.InferKind.GENERAL));
        infcx.unify(f.selfTy().subst(args), self);
        return args;
    }

    private boolean isIntish(Ty t) {
        Ty s = infcx.shallow(t);
        return s instanceof Ty.Int || s instanceof Ty.Infer i && i.kind() == Ty.InferKind.INT;
    }

    private boolean isFloatish(Ty t) {
        Ty s = infcx.shallow(t);
        return s instanceof Ty.Float || s instanceof Ty.Infer i && i.kind() == Ty.InferKind.FLOAT;
    }

    private void requireInt(Thir.Expr e, Span span) {
        if (!isIntish(e.ty())) throw error(span, "E0277", "the shift amount must be an integer", null);
    }

    private void requireArith(Expr.BinOp op, Thir.Expr lhs, Thir.Expr rhs, Span span) {
        Ty t = infcx.shallow(lhs.ty());
        boolean ok = switch (op) {
            case ADD, SUB, MUL, DIV, REM -> isIntish(t) || isFloatish(t);
            case BIT_AND, BIT_OR, BIT_XOR -> isIntish(t) || t instanceof Ty.Bool;
            case SHL, SHR -> isIntish(t);
            default -> false;
        };
        if (!ok) {
            String verb = switch (op) {
                case ADD -> "add";
                case SUB -> "subtract";
                case MUL -> "multiply";
                case DIV -> "divide";
                case REM -> "calculate the remainder of";
                default -> "apply `" + op.symbol + "` to";
            };
            String msg = switch (op) {
                case ADD -> "cannot add `" + rhs.ty().display() + "` to `" + t.display() + "`";
                case SUB -> "cannot subtract `" + rhs.ty().display() + "` from `" + t.display() + "`";
                case MUL -> "cannot multiply `" + t.display() + "` by `" + rhs.ty().display() + "`";
                case DIV -> "cannot divide `" + t.display() + "` by `" + rhs.ty().display() + "`";
                default -> "no implementation for `" + t.display() + " " + op.symbol + " " + rhs.ty().display() + "`";
            };
            if (t instanceof Ty.Infer) throw new Unsupported(span, "operators on values of unknown type");
            if (t instanceof Ty.Param && !(hasBound(t, "Add") || hasBound(t, "Sub") || hasBound(t, "Mul") || hasBound(t, "Div"))) {
                throw error(span, "E0369", msg, null);
            }
            if (t instanceof Ty.Param) throw new Unsupported(span, "arithmetic on type parameters");
            throw error(span, "E0369", msg, null);
        }
    }

    private Thir.Expr unary(Expr.Unary u, Ty expected) {
        if (u.op() == Expr.UnOp.DEREF) return deref(u);
        Thir.Expr operand = checkExpr(u.operand(), expected);
        // `-128i8` is a negative literal, not a negation that could overflow
        if (u.op() == Expr.UnOp.NEG && operand instanceof Thir.Literal lit && u.operand() instanceof Expr.LitExpr) {
            if (lit.value() instanceof Thir.Const.Int i) {
                return new Thir.Literal(new Thir.Const.Int(i.value().negate()), lit.ty(), u.span());
            }
            if (lit.value() instanceof Thir.Const.Float fl) {
                return new Thir.Literal(new Thir.Const.Float(-fl.value()), lit.ty(), u.span());
            }
        }
        Ty t = infcx.shallow(operand.ty());
        List<TypeChecker.StdImpl> impls = stdImpls(t, u.op() == Expr.UnOp.NEG ? "Neg" : "Not");
        if (!impls.isEmpty()) {
            TypeChecker.FnSig f = impls.get(0).method();
            List<Ty> typeArgs = implArgs(f, t);
            return new Thir.Call(f.index(), List.of(operand), typeArgs, f.ret().subst(typeArgs), u.span());
        }
        if (u.op() == Expr.UnOp.NEG) {
            if (t instanceof Ty.Int i && !i.kind().signed) {
                throw error(u.span(), "E0600", "cannot apply unary operator `-` to type `" + t.display() + "`",
                    "cannot apply unary operator `-`");
            }
            if (!isIntish(t) && !isFloatish(t)) {
                throw error(u.span(), "E0600", "cannot apply unary operator `-` to type `" + t.display() + "`", null);
            }
        } else if (!isIntish(t) && !(t instanceof Ty.Bool)) {
            throw error(u.span(), "E0600", "cannot apply unary operator `!` to type `" + t.display() + "`", null);
        }
        return new Thir.Unary(u.op(), operand, operand.ty(), u.span());
    }

    private Thir.Expr binary(Expr.Binary b, Ty expected) {
        Expr.BinOp op = b.op();
        if (op == Expr.BinOp.AND || op == Expr.BinOp.OR) {
            Thir.Expr l = coerce(checkExpr(b.lhs(), Ty.BOOL), Ty.BOOL, b.lhs().span());
            Thir.Expr r = coerce(checkExpr(b.rhs(), Ty.BOOL), Ty.BOOL, b.rhs().span());
            return new Thir.Logical(op == Expr.BinOp.AND, l, r, Ty.BOOL, b.span());
        }
        if (op.isComparison()) {
            Thir.Expr l = checkExpr(b.lhs(), null);
            return comparison(op, l, checkExpr(b.rhs(), stringLike(l.ty()) ? null : l.ty()), b.rhs().span(), b.span());
        }
        boolean shift = op == Expr.BinOp.SHL || op == Expr.BinOp.SHR;
        Ty lhsExpected = expected != null && (isIntish(expected) || isFloatish(expected)) ? expected : null;
        Thir.Expr l = derefNumber(checkExpr(b.lhs(), lhsExpected));
        Thir.Expr viaImpl = operatorCall(StdTraits.operatorTrait(op), l, b.rhs(), b.span());
        if (viaImpl != null) return viaImpl;
        if (op == Expr.BinOp.ADD && std.is(l.ty(), "String")) {
            // String + &str (Add<&str> for String): appends in place and yields the String
            Thir.Expr rhs = coerceToStr(checkExpr(b.rhs(), Ty.STATIC_STR), b.rhs().span());
            return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.STRING_ADD, List.of(l, rhs), l.ty(), b.span());
        }
        Thir.Expr r;
        if (shift) {
            r = checkExpr(b.rhs(), null);
            requireInt(r, b.rhs().span());
        } else {
            r = derefNumber(checkExpr(b.rhs(), l.ty()));
            if (!infcx.unify(l.ty(), r.ty())) {
                Ty lt = infcx.resolve(l.ty(), false);
                Ty rt = infcx.resolve(r.ty(), false);
                if ((isIntish(lt) || isFloatish(lt)) && (isIntish(rt) || isFloatish(rt))) throw mismatch(b.rhs().span(), lt, rt);
                if ((lt instanceof Ty.Int || lt instanceof Ty.Float) && op == Expr.BinOp.ADD) {
                    // i8 + Option<i8>: no `Add<Option<i8>>` impl for i8 (rustc: E0277)
                    throw error(b.span(), "E0277", "cannot add `" + rt.display() + "` to `" + lt.display() + "`",
                        "no implementation for `" + lt.display() + " + " + rt.display() + "`");
                }
                requireArith(op, l, r, b.span());
                throw new Unsupported(b.span(), "operator `" + op.symbol + "` between `" + lt.display() + "` and `" + rt.display() + "`");
            }
        }
        requireArith(op, l, r, b.span());
        return new Thir.Binary(op, l, r, l.ty(), b.span());
    }

    private boolean stringLike(Ty t) { return std.is(t, "String") || isStrRef(t); }

    /** {@code l op r} for a comparison operator; r is checked (expecting l's type) but not yet coerced. */
    private Thir.Expr comparison(Expr.BinOp op, Thir.Expr l, Thir.Expr r, Span rhsSpan, Span span) {
        Ty checkedLhsType = l.ty();
        if (stringLike(l.ty()) && stringLike(r.ty())) {
            // String == String, String == &str, &str == String: compared as the strs they deref to
            return new Thir.Binary(op, asStr(l), asStr(r), Ty.BOOL, span);
        }
        if (comparisons.sequencePair(l.ty(), r.ty())) return comparisons.compare(op, l, r, checkedLhsType, span);
        r = coerce(r, l.ty(), rhsSpan);
        // &T compares as T does (PartialOrd/PartialEq for references delegate)
        while (infcx.shallow(l.ty()) instanceof Ty.Ref lr && !(infcx.shallow(lr.pointee()) instanceof Ty.Str)) {
            l = new Thir.Deref(l, lr.pointee(), l.span());
            r = new Thir.Deref(r, lr.pointee(), r.span());
        }
        Ty t = infcx.shallow(l.ty());
        // thin raw pointers compare as their addresses
        boolean thinPointer = t instanceof Ty.RawPtr rp && !(infcx.shallow(rp.pointee()) instanceof Ty.Str
            || infcx.shallow(rp.pointee()) instanceof Ty.Slice || infcx.shallow(rp.pointee()) instanceof Ty.Dynamic);
        boolean scalar = isIntish(t) || isFloatish(t) || t instanceof Ty.Bool || t instanceof Ty.Char || t.equals(Ty.STATIC_STR)
            || thinPointer;
        String needed = op == Expr.BinOp.EQ || op == Expr.BinOp.NE ? "PartialEq" : "PartialOrd";
        if (t instanceof Ty.Param && !hasBound(t, needed)) {
            Ty shown = infcx.resolve(checkedLhsType, false);
            throw error(span, "E0369", "binary operation `" + op.symbol + "` cannot be applied to type `"
                + shown.display() + "`", null);
        }
        if (scalar || t instanceof Ty.Param) return new Thir.Binary(op, l, r, Ty.BOOL, span);
        TypeChecker.FnSig eq = t instanceof Ty.Adt a && !a.def().fromStd() ? fns.implMethod(t, "PartialEq", "eq") : null;
        if (eq != null && (op == Expr.BinOp.EQ || op == Expr.BinOp.NE)) {
            // the program's own PartialEq: `a != b` is `!a.eq(&b)`, as std's provided ne
            Thir.Expr call = new Thir.Call(eq.index(), List.of(new Thir.AddrOf(l, false, new Ty.Ref(l.ty(), false), l.span()),
                new Thir.AddrOf(r, false, new Ty.Ref(r.ty(), false), r.span())), List.of(), Ty.BOOL, span);
            return op == Expr.BinOp.EQ ? call : new Thir.Unary(Expr.UnOp.NOT, call, Ty.BOOL, span);
        }
        return comparisons.compare(op, l, r, checkedLhsType, span);
    }

    /**
     * The type a function's body returns for its `-> impl Trait` must implement the traits: the program's
     * (E0277 otherwise), Iterator (an iterator rustmem knows) and the Fn traits (a closure or function).
     */
    void requireOpaqueBounds(rustmem.syntax.ast.Type.ImplTrait it, Ty concrete) {
        for (var b : it.bounds()) {
            if (!(b instanceof rustmem.syntax.ast.GenericBound.TraitBound tb)) continue;
            String trait = tb.trait().last().name();
            boolean ok;
            if (fns.traits().containsKey(trait)) ok = fns.implementsTrait(concrete, trait);
            else if (trait.equals("Iterator")) ok = iterators.item(concrete) != null;
            else if (TypeChecker.isFnTrait(trait)) ok = concrete instanceof Ty.Closure || concrete instanceof Ty.FnDef;
            else throw new Unsupported(tb.span(), "`impl " + trait + "` as a return type");
            if (!ok) {
                throw error(it.span(), "E0277", "the trait bound `" + concrete.display() + ": " + trait + "` is not satisfied",
                    "the trait `" + trait + "` is not implemented for `" + concrete.display() + "`");
            }
        }
    }

    /** The program's `impl Iterator for T`, or null. */
    TypeChecker.StdImpl iteratorImpl(Ty t) {
        List<TypeChecker.StdImpl> impls = stdImpls(t, "Iterator");
        return impls.isEmpty() ? null : impls.get(0);
    }

    /** Whether the program implements the trait (its own, or a std trait) for the type. */
    boolean implementsTrait(Ty t, String trait) { return fns.implementsTrait(infcx.shallow(t), trait); }

    /** The program's impls of a std trait for a type (its operator traits, From …), those of the trait only. */
    private List<TypeChecker.StdImpl> stdImpls(Ty self, String trait) {
        return fns.stdImplsOf(infcx.resolve(self, false)).stream().filter(i -> i.trait().equals(trait)).toList();
    }

    /**
     * {@code l op r} where the program implements the operator's trait for l's type (`impl Add<Bar> for Foo`):
     * a call of the impl's method, the impl chosen by r's type when there are several; null when there is none.
     * For compound assignment (trait `AddAssign` …) l is the place, passed by mutable reference.
     */
    private Thir.Expr operatorCall(String trait, Thir.Expr l, Expr rhs, Span span) {
        if (trait == null) return null;
        List<TypeChecker.StdImpl> impls = stdImpls(l.ty(), trait);
        if (impls.isEmpty()) return null;
        // a generic impl's parameters come from the left operand's type (`Length<Mm> + Length<Mm>`)
        List<Ty> typeArgs = impls.size() == 1 ? implArgs(impls.get(0).method(), l.ty()) : List.of();
        Thir.Expr r = checkExpr(rhs, impls.size() == 1 ? impls.get(0).args().get(0).subst(typeArgs) : null);
        TypeChecker.StdImpl chosen = null;
        for (TypeChecker.StdImpl i : impls) {
            if (impls.size() == 1 || infcx.resolve(r.ty(), false).equals(i.args().get(0))) chosen = i;
        }
        if (chosen == null) throw new Unsupported(span, "choosing among the program's `" + trait + "` impls");
        r = coerce(r, chosen.args().get(0).subst(typeArgs), rhs.span());
        TypeChecker.FnSig f = chosen.method();
        Thir.Expr self = trait.endsWith("Assign") ? new Thir.AddrOf(l, true, new Ty.Ref(l.ty(), true), l.span()) : l;
        return new Thir.Call(f.index(), List.of(self, r), typeArgs, f.ret().subst(typeArgs), span);
    }

    /**
     * {@code x.into()} and {@code x.try_into()} into a type of the program with a From or TryFrom impl for
     * x's type (std's blanket Into/TryInto impls); null when the expected type has none.
     */
    private Thir.Expr conversion(String name, Thir.Expr value, Ty expected, Span span) {
        boolean fallible = name.equals("try_into");
        Ty target = expected == null ? null : infcx.shallow(expected);
        if (fallible) target = std.is(target, "Result") ? infcx.shallow(std.firstArg(target)) : null;
        if (target == null) return null;
        if (!fallible) {
            Thir.Expr boxed = intoBoxDynError(value, target, span);
            if (boxed != null) return boxed;
        }
        for (TypeChecker.StdImpl i : stdImpls(target, fallible ? "TryFrom" : "From")) {
            if (!infcx.resolve(value.ty(), false).equals(i.args().get(0)) && !infcx.unify(value.ty(), i.args().get(0))) continue;
            TypeChecker.FnSig f = i.method();
            return new Thir.Call(f.index(), List.of(value), List.of(), f.ret(), span);
        }
        return null;
    }

    /**
     * std's {@code impl<E: Error> From<E> for Box<dyn Error>}: the error boxed, the Box unsized; null unless
     * target is that Box and value's type implements Error.
     */
    private Thir.Expr intoBoxDynError(Thir.Expr value, Ty target, Span span) {
        if (!std.is(target, "Box") || !(infcx.shallow(std.firstArg(target)) instanceof Ty.Dynamic d) || !d.traitName().equals("Error")) {
            return null;
        }
        Ty from = infcx.shallow(value.ty());
        boolean isError = fns.implementsTrait(from, "Error") || stdImplements(from, "Error");
        if (!isError) return null;
        Thir.Expr boxed = new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.BOX_NEW, List.of(value), std.box(from), span);
        return new Thir.Unsize(boxed, target, span);
    }

    private Thir.Expr cast(Expr.Cast c) {
        Ty target = lowerType(c.type());
        Thir.Expr operand = checkExpr(c.operand(), null);
        Ty from = infcx.shallow(operand.ty());
        boolean numericTarget = target instanceof Ty.Int || target instanceof Ty.Float;
        if (target instanceof Ty.Int && from instanceof Ty.Adt a && a.def().isEnum() && !a.def().fromStd()
            && a.def().variants().stream().allMatch(v -> v.fields().isEmpty())) {
            return new Thir.Cast(operand, target, c.span());
        }
        boolean ok = (numericTarget && (isIntish(from) || isFloatish(from)))
            || (target instanceof Ty.Int && (from instanceof Ty.Bool || from instanceof Ty.Char))
            || (target instanceof Ty.Char && from instanceof Ty.Int i && i.kind() == Ty.IntTy.U8)
            || (target instanceof Ty.Char && isIntish(from) && !(from instanceof Ty.Int))
            || target.equals(from)
            || pointerCast(from, target);
        if (!ok) {
            throw new Unsupported(c.span(), "casting `" + infcx.resolve(from, false).display() + "` as `"
                + target.display() + "`");
        }
        if (target instanceof Ty.Char && from instanceof Ty.Infer) infcx.unify(from, Ty.of(Ty.IntTy.U8));
        return new Thir.Cast(operand, target, c.span());
    }

    /** &T as *const T, *const T as *const U, integers as thin raw pointers and back. */
    private boolean pointerCast(Ty from, Ty target) {
        if (target instanceof Ty.RawPtr tp && !(infcx.shallow(tp.pointee()) instanceof Ty.Str)) {
            if (from instanceof Ty.Ref r) return (r.mutable() || !tp.mutable()) && infcx.unify(r.pointee(), tp.pointee());
            if (isIntish(from)) return !(infcx.shallow(tp.pointee()) instanceof Ty.Slice || infcx.shallow(tp.pointee()) instanceof Ty.Dynamic);
            return from instanceof Ty.RawPtr fp && !(infcx.shallow(fp.pointee()) instanceof Ty.Str);
        }
        return target instanceof Ty.Int && from instanceof Ty.RawPtr fp
            && !(infcx.shallow(fp.pointee()) instanceof Ty.Str || infcx.shallow(fp.pointee()) instanceof Ty.Slice);
    }

    private Thir.Expr call(Expr.Call c, Ty expected) {
        Thir.Expr intrinsic = layoutIntrinsic(c);
        if (intrinsic != null) return intrinsic;
        if (c.callee() instanceof Expr.PathExpr vp) {
            VariantRef ev = enumVariant(vp);
            if (ev != null) {
                var fields = ev.def().variants().get(ev.index()).fields();
                if (!ev.def().variants().get(ev.index()).tupleLike()) {
                    throw error(c.span(), "E0533", "expected function, found struct variant", null);
                }
                if (fields.size() != c.args().size()) {
                    throw error(c.span(), "E0061", "this enum variant takes " + fields.size() + " argument"
                        + (fields.size() == 1 ? "" : "s") + " but " + c.args().size() + " argument"
                        + (c.args().size() == 1 ? " was" : "s were") + " supplied", null);
                }
                List<Integer> idx = new ArrayList<>();
                List<Thir.Expr> values = new ArrayList<>();
                List<Ty> ftys = ev.fieldTypes();
                // the expected type decides the variant's type arguments first, so that each argument is a
                // coercion site for its field's type (`Some(Box::new(x))` as an `Option<Box<dyn Trait>>`)
                if (expected != null) infcx.unify(ev.ty(), expected);
                for (int i = 0; i < fields.size(); i++) {
                    idx.add(i);
                    values.add(coerce(checkExpr(c.args().get(i), ftys.get(i)), ftys.get(i), c.args().get(i).span()));
                }
                return new Thir.EnumLit(ev.index(), idx, values, ev.ty(), c.span());
            }
        }
        if (c.callee() instanceof Expr.PathExpr pe && pe.qself() == null && pe.path().segments().size() == 2
            && pe.path().segments().get(0).args() == null && !pe.path().global()) {
            String owner = pe.path().segments().get(0).ident().name();
            AdtDef def = owner.equals("Self") && sig.selfTy() instanceof Ty.Adt sa ? sa.def() : userAdt(owner);
            if (def != null) {
                String fname = pe.path().last().name();
                TypeChecker.FnSig f = fns.associated(def, fname);
                if (f == null) {
                    throw error(pe.path().last().span(), "E0599", "no function or associated item named `" + fname
                        + "` found for struct `" + def.name() + "` in the current scope", "function or associated item not found in `"
                        + def.name() + "`");
                }
                return callSig(f, c.args(), List.of(), c.span());
            }
        }
        Thir.Expr viaTrait = traitPathCall(c, expected);
        if (viaTrait != null) return viaTrait;
        Thir.Expr viaStd = stdAssociatedCall(c, expected);
        if (viaStd != null) return viaStd;
        viaStd = stdPathCall(c, expected);
        if (viaStd != null) return viaStd;
        String memFn = memDropOrForget(c.callee());
        if (memFn != null) {
            checkArgCount(c.args(), 1, c.span());
            return new Thir.Drop(checkExpr(c.args().get(0), null), memFn.equals("forget"), Ty.UNIT, c.span());
        }
        if (!(c.callee() instanceof Expr.PathExpr)) return closureCall(c);   // (f)(x), self.f(x), table[i](x), make()(x)
        if (c.callee() instanceof Expr.PathExpr tf && tf.qself() == null && !tf.path().global() && tf.path().segments().size() == 1
            && tf.path().segments().get(0).args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab
            && fns.free().get(tf.path().last().name()) != null) {
            // `generic::<char>(x)`: the function's type arguments given
            TypeChecker.FnSig callee = fns.free().get(tf.path().last().name());
            List<Ty> typeArgs = new ArrayList<>();
            for (var arg : ab.args()) {
                if (!(arg instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta)) throw new Unsupported(arg.span(), "this generic argument");
                typeArgs.add(types.lowerAnnotation(ta.type(), sig.selfTy(), sig.typeParams(), () -> infcx.fresh(Ty.InferKind.GENERAL)));
            }
            if (typeArgs.size() != callee.typeParams().size()) {
                throw error(tf.span(), "E0107", "function takes " + callee.typeParams().size() + " generic argument"
                    + (callee.typeParams().size() == 1 ? "" : "s") + " but " + typeArgs.size() + " generic argument"
                    + (typeArgs.size() == 1 ? " was" : "s were") + " supplied", null);
            }
            return callSig(callee, c.args(), List.of(), typeArgs, c.span());
        }
        if (c.callee() instanceof Expr.PathExpr ea && isEnvArgs(ea.path())) {
            checkArgCount(c.args(), 0, c.span());
            return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.ENV_ARGS, List.of(),
                new Ty.Adt(types.stdAdt("Args"), List.of()), c.span());
        }
        if (!(c.callee() instanceof Expr.PathExpr pe) || pe.qself() != null || !pe.path().isSingle()) {
            throw new Unsupported(c.callee().span(), "calling this kind of callee");
        }
        String name = pe.path().last().name();
        if (lookupLocal(name) != null) return closureCall(c);
        AdtDef tupleStruct = structNamed(name);
        if (tupleStruct != null && tupleStruct.variants().get(0).tupleLike()) return tupleStructLit(tupleStruct, c);
        TypeChecker.FnSig callee = fns.free().get(name);
        if (callee == null && PRELUDE.contains(name)) {
            throw new Unsupported(pe.span(), "`" + name + "` from the standard library");
        }
        if (callee == null && types.adt(name) != null) throw new Unsupported(pe.span(), "calling `" + name + "`");
        if (callee == null && fns.stdImports().containsKey(name)) {
            throw new Unsupported(pe.span(), "`" + String.join("::", fns.stdImports().get(name)) + "`");
        }
        if (callee == null) {
            throw error(pe.span(), "E0425", "cannot find function `" + name + "` in this scope", "not found in this scope");
        }
        return callSig(callee, c.args(), List.of(), c.span());
    }

    /** std implements arithmetic for &i32, &f64 … as for the values: such an operand is read through. */
    private Thir.Expr derefNumber(Thir.Expr e) {
        if (infcx.shallow(e.ty()) instanceof Ty.Ref r && (isIntish(infcx.shallow(r.pointee())) || isFloatish(infcx.shallow(r.pointee())))) {
            return new Thir.Deref(e, r.pointee(), e.span());
        }
        return e;
    }

    private boolean isStrRef(Ty t) {
        return infcx.shallow(t) instanceof Ty.Ref r && infcx.shallow(r.pointee()) instanceof Ty.Str;
    }

    /** A String or &str operand as &str (a String is borrowed for the comparison, not moved). */
    private Thir.Expr asStr(Thir.Expr e) {
        if (isStrRef(e.ty())) return e;
        return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.STRING_AS_STR,
            List.of(new Thir.AddrOf(e, false, new Ty.Ref(e.ty(), false), e.span())), Ty.STATIC_STR, e.span());
    }

    /** {@code String::from(…)}, {@code Vec::<T>::new()}, {@code Box::new(…)} …; null for other callees. */
    private Thir.Expr stdAssociatedCall(Expr.Call c, Ty expected) {
        if (!(c.callee() instanceof Expr.PathExpr pe) || pe.qself() != null || pe.path().segments().size() != 2) return null;
        Path.PathSegment owner = pe.path().segments().get(0);
        String name = owner.ident().name();
        AdtDef def = types.adt(name);
        if (def == null || !def.fromStd() || !(StdCalls.HEAP_OWNERS.contains(name) || name.equals("RefCell"))) return null;
        Ty elem = null;
        if (owner.args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab && !ab.args().isEmpty()
            && ab.args().get(0) instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta) {
            elem = lowerType(ta.type());
        }
        return std.associated(name, elem, pe.path().last().name(), c.args(), expected, c.span());
    }

    /**
     * "drop" for {@code drop}, {@code mem::drop}, {@code std::mem::drop} (unless the program defines its own
     * `drop`), "forget" for {@code mem::forget} and {@code std::mem::forget}; null otherwise.
     */
    private String memDropOrForget(Expr callee) {
        if (!(callee instanceof Expr.PathExpr pe) || pe.qself() != null) return null;
        List<String> segs = pe.path().segments().stream().map(sg -> sg.ident().name()).toList();
        if (segs.equals(List.of("drop"))) return lookupLocal("drop") == null && !fns.free().containsKey("drop") ? "drop" : null;
        String last = segs.getLast();
        if (!last.equals("drop") && !last.equals("forget")) return null;
        boolean viaMem = segs.size() == 2 && segs.get(0).equals("mem") && fns.memImports().contains("mem")
            || segs.size() == 3 && (segs.get(0).equals("std") || segs.get(0).equals("core")) && segs.get(1).equals("mem");
        return viaMem ? last : null;
    }

    /**
     * {@code Trait::method(x, …)}: the impl is chosen by the type of the receiver argument (after
     * dereferencing), as rustc's method probe would. Associated functions without self are not
     * resolved by expected type yet.
     */
    private Thir.Expr traitPathCall(Expr.Call c, Ty expected) {
        if (!(c.callee() instanceof Expr.PathExpr pe) || pe.path().segments().size() != 2) return null;
        if (pe.qself() != null && pe.qself().position() != 1) return null;
        TypeChecker.TraitDef trait = fns.traits().get(pe.path().segments().get(0).ident().name());
        if (trait == null) return null;
        String name = pe.path().last().name();
        Item decl = trait.methods().get(name);
        if (decl == null) {
            throw error(pe.path().last().span(), "E0576", "cannot find method or associated constant `" + name
                + "` in trait `" + trait.name() + "`", "not found in `" + trait.name() + "`");
        }
        Item.Fn fn = (Item.Fn) decl.kind();
        if (fn.decl().params().isEmpty() || fn.decl().params().get(0).selfKind() == Item.SelfKind.NONE) {
            // an associated function: `<Dog as Animal>::baby_name()`, or Self decided by the type expected of `-> Self`
            Ty self = pe.qself() != null ? lowerType(pe.qself().type())
                : expected != null && fn.decl().output() instanceof rustmem.syntax.ast.Type.PathType rt && rt.path().isSingle()
                    && rt.path().last().name().equals("Self") ? infcx.shallow(expected) : null;
            TypeChecker.FnSig f = self == null || self instanceof Ty.Infer ? null : fns.implMethod(self, trait.name(), name);
            if (f == null) {
                if (self == null || self instanceof Ty.Infer) {
                    throw error(c.span(), "E0790", "cannot call associated function on trait without specifying the corresponding `impl` type",
                        null);
                }
                throw error(c.span(), "E0277", "the trait bound `" + infcx.resolve(self, false).display() + ": " + trait.name()
                    + "` is not satisfied", null);
            }
            return callSig(f, c.args(), List.of(), c.span());
        }
        if (pe.qself() != null) {
            // `<Form as AgeWidget>::get(&form)`: the impl of the trait for the named type, the receiver an argument
            Ty self = lowerType(pe.qself().type());
            TypeChecker.FnSig f = fns.implMethod(self, trait.name(), name);
            if (f == null) {
                throw error(c.span(), "E0277", "the trait bound `" + infcx.resolve(self, false).display() + ": " + trait.name()
                    + "` is not satisfied", null);
            }
            return callSig(f, c.args(), List.of(), c.span());
        }
        if (c.args().isEmpty()) throw new Unsupported(c.span(), "calling `" + trait.name() + "::" + name + "` without a receiver");
        Thir.Expr recv = checkExpr(c.args().get(0), null);
        Ty self = infcx.shallow(recv.ty());
        if (fn.decl().params().get(0).selfKind() != Item.SelfKind.VALUE && self instanceof Ty.Ref r) self = infcx.shallow(r.pointee());
        TypeChecker.FnSig f = fns.implMethod(self, trait.name(), name);
        if (f == null) {
            throw error(c.args().get(0).span(), "E0277", "the trait bound `" + infcx.resolve(self, false).display() + ": "
                + trait.name() + "` is not satisfied", "the trait `" + trait.name() + "` is not implemented for `"
                + infcx.resolve(self, false).display() + "`");
        }
        Ty p0 = f.params().get(0);
        return callSig(f, c.args().subList(1, c.args().size()), List.of(coerce(recv, p0, c.args().get(0).span())), c.span());
    }

    /**
     * std::mem::{size_of, align_of}::<T>() and {size_of_val, align_of_val}(&v) for sized values (in
     * the prelude since Rust 1.80), answered from the layout engine.
     */
    private Thir.Expr layoutIntrinsic(Expr.Call c) {
        if (!(c.callee() instanceof Expr.PathExpr pe) || pe.qself() != null) return null;
        List<Path.PathSegment> segs = pe.path().segments();
        String name = segs.get(segs.size() - 1).ident().name();
        boolean viaStd = segs.size() == 3 && (segs.get(0).ident().name().equals("std") || segs.get(0).ident().name().equals("core"))
            && segs.get(1).ident().name().equals("mem");
        boolean viaMem = segs.size() == 2 && segs.get(0).ident().name().equals("mem") && fns.memImports().contains("mem");
        if (!(segs.size() == 1 || viaStd || viaMem) || (segs.size() == 1 && (lookupLocal(name) != null || fns.free().containsKey(name)))) {
            return null;
        }
        Thir.LayoutQuery q = switch (name) {
            case "size_of", "size_of_val" -> Thir.LayoutQuery.SIZE_OF;
            case "align_of", "align_of_val" -> Thir.LayoutQuery.ALIGN_OF;
            default -> null;
        };
        if (q == null) return null;
        Path.PathSegment last = segs.get(segs.size() - 1);
        Ty of;
        if (name.endsWith("_val")) {
            if (c.args().size() != 1) throw error(c.span(), "E0061", "this function takes 1 argument but " + c.args().size()
                + " arguments were supplied", null);
            Thir.Expr arg = checkExpr(c.args().get(0), null);
            if (!(infcx.shallow(arg.ty()) instanceof Ty.Ref r)) throw new Unsupported(c.span(), "`" + name + "` of a non-reference");
            of = infcx.shallow(r.pointee());
            // a value's type not inferred yet (an unsuffixed literal's) is resolved with the rest of the body
            if (of instanceof Ty.Str || of instanceof Ty.Slice || of instanceof Ty.Dynamic) {
                // known at run time only: from the pointer's length or vtable
                return new Thir.IntrinsicCall(q == Thir.LayoutQuery.SIZE_OF ? rustmem.legacy.types.thir.Intrinsic.SIZE_OF_VAL
                    : rustmem.legacy.types.thir.Intrinsic.ALIGN_OF_VAL, List.of(arg), Ty.USIZE, c.span());
            }
        } else {
            if (!(last.args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab) || ab.args().size() != 1
                || !(ab.args().get(0) instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta)) {
                throw new Unsupported(c.span(), "`" + name + "` without a type argument");
            }
            if (!c.args().isEmpty()) throw error(c.span(), "E0061", "this function takes 0 arguments but " + c.args().size()
                + " arguments were supplied", null);
            of = lowerType(ta.type());
        }
        return new Thir.LayoutOf(q, of, Ty.USIZE, c.span());
    }

    /** A call of a known function; receiver holds an already checked self argument of a method call. */
    private Thir.Expr callSig(TypeChecker.FnSig callee, List<Expr> argExprs, List<Thir.Expr> receiver, Span span) {
        return callSig(callee, argExprs, receiver, null, span);
    }

    /** explicitTypeArgs: the callee's type arguments as written (turbofish), or null to infer them. */
    private Thir.Expr callSig(TypeChecker.FnSig callee, List<Expr> argExprs, List<Thir.Expr> receiver, List<Ty> explicitTypeArgs,
                              Span span) {
        if (callee.ret() == null) {
            throw new Unsupported(span, "calling `" + callee.name() + "` (it returns `impl Trait`) before its body is checked");
        }
        int expectedArgs = callee.params().size() - receiver.size();
        if (expectedArgs != argExprs.size()) {
            int n = expectedArgs;
            throw error(span, "E0061", "this " + (receiver.isEmpty() ? "function" : "method") + " takes " + n
                + " argument" + (n == 1 ? "" : "s") + " but " + argExprs.size() + " argument"
                + (argExprs.size() == 1 ? " was" : "s were") + " supplied", null);
        }
        // a generic callee is instantiated with fresh variables; the arguments (and receiver) decide them
        List<Ty> typeArgs = new ArrayList<>();
        for (int i = 0; i < callee.typeParams().size(); i++) {
            typeArgs.add(explicitTypeArgs != null ? explicitTypeArgs.get(i) : infcx.fresh(Ty.InferKind.GENERAL));
        }
        List<Thir.Expr> args = new ArrayList<>();
        for (int i = 0; i < receiver.size(); i++) {
            args.add(coerce(receiver.get(i), callee.params().get(i).subst(typeArgs), receiver.get(i).span()));
        }
        for (int i = 0; i < argExprs.size(); i++) {
            Ty declared = callee.params().get(i + receiver.size());
            Ty p = declared.subst(typeArgs);
            TypeChecker.FnBound bound = declared instanceof Ty.Param tp ? callee.fnBounds().get(tp.name()) : null;
            Thir.Expr arg = argExprs.get(i) instanceof Expr.Closure cl && bound != null
                ? closure(cl, new TypeChecker.FnBound(bound.trait(), bound.inputs().stream().map(x -> x.subst(typeArgs)).toList(),
                    bound.output().subst(typeArgs)))
                : checkExpr(argExprs.get(i), p);
            args.add(coerce(arg, p, argExprs.get(i).span()));
        }
        if (callee.index() < 0 && callee.item().header().unsafe() && unsafeDepth == 0) {
            throw error(span, "E0133", "call to unsafe function `" + callee.name() + "` is unsafe and requires unsafe block",
                "call to unsafe function");
        }
        if (callee.index() < 0) return new Thir.StdCall(callee.name(), args, typeArgs, callee.ret().subst(typeArgs), span);
        return new Thir.Call(callee.index(), args, typeArgs, callee.ret().subst(typeArgs), span);
    }

    /**
     * A call of a std function known by its signature: {@code thread::spawn(…)} with std::thread imported,
     * {@code std::thread::spawn(…)}, {@code spawn(…)} imported by name, {@code Mutex::new(…)}; null for others.
     */
    private Thir.Expr stdPathCall(Expr.Call c, Ty expected) {
        if (!(c.callee() instanceof Expr.PathExpr pe) || pe.qself() != null) return null;
        List<Path.PathSegment> segs = pe.path().segments();
        String first = segs.get(0).ident().name();
        List<String> path = new ArrayList<>();
        if (segs.size() >= 2 && types.adt(segs.get(segs.size() - 2).ident().name()) instanceof AdtDef owner && owner.fromStd()) {
            // `Mutex::new`, `std::sync::Mutex::new`: an associated function, by its type's name
            path.add(owner.name());
            path.add(segs.getLast().ident().name());
        } else if (first.equals("std") || first.equals("core")) {
            segs.subList(1, segs.size()).forEach(s -> path.add(s.ident().name()));
        } else if (fns.stdImports().containsKey(first) && lookupLocal(first) == null) {
            List<String> imported = fns.stdImports().get(first);
            path.addAll(imported.subList(1, imported.size()));
            segs.subList(1, segs.size()).forEach(s -> path.add(s.ident().name()));
        } else {
            return null;
        }
        TypeChecker.FnSig f = fns.stdFns().get(String.join("::", path));
        if (f == null) return null;
        List<Ty> explicit = null;
        if (segs.getLast().args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab) {
            explicit = new ArrayList<>();
            for (var arg : ab.args()) {
                if (!(arg instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta)) throw new Unsupported(arg.span(), "this generic argument");
                explicit.add(types.lowerAnnotation(ta.type(), sig.selfTy(), sig.typeParams(), () -> infcx.fresh(Ty.InferKind.GENERAL)));
            }
            if (explicit.size() != f.typeParams().size()) throw new Unsupported(pe.span(), "these generic arguments of `" + f.name() + "`");
        }
        Thir.Expr call = callSig(f, c.args(), List.of(), explicit, c.span());
        if (expected != null) infcx.unify(call.ty(), expected);
        return call;
    }

    private AdtDef userAdt(String name) {
        AdtDef def = types.adt(name);
        return def != null && !def.fromStd() && !def.isUnion() ? def : null;
    }

    private AdtDef structNamed(String name) {
        if (name.equals("Self") && sig.selfTy() instanceof Ty.Adt a) return a.def();
        AdtDef def = types.adt(name);
        return def != null && def.isStruct() && !def.fromStd() ? def : null;
    }

    private Thir.Expr tupleStructLit(AdtDef def, Expr.Call c) {
        var fields = def.variants().get(0).fields();
        if (fields.size() != c.args().size()) {
            throw error(c.span(), "E0061", "this struct takes " + fields.size() + " argument" + (fields.size() == 1 ? "" : "s")
                + " but " + c.args().size() + " argument" + (c.args().size() == 1 ? " was" : "s were") + " supplied", null);
        }
        VariantRef v = withFreshArgs(def, 0);
        List<Integer> idx = new ArrayList<>();
        List<Thir.Expr> values = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Ty ft = v.fieldTypes().get(i);
            idx.add(i);
            values.add(coerce(checkExpr(c.args().get(i), ft), ft, c.args().get(i).span()));
        }
        return new Thir.StructLit(idx, values, v.ty(), c.span());
    }

    private Thir.Expr structLit(Expr.Struct st) {
        if (st.qself() == null && st.path().segments().size() == 2) {
            VariantRef ev = enumVariant(new Expr.PathExpr(null, st.path(), st.path().span()));
            if (ev != null) {
                if (st.base() != null || st.rest()) throw new Unsupported(st.span(), "struct update syntax `..`");
                var fields = ev.def().variants().get(ev.index()).fields();
                List<Integer> idx = new ArrayList<>();
                List<Thir.Expr> values = new ArrayList<>();
                for (Expr.ExprField f : st.fields()) {
                    int i = -1;
                    for (int k = 0; k < fields.size(); k++) if (fields.get(k).name().equals(f.name().name())) i = k;
                    if (i < 0) {
                        throw error(f.name().span(), "E0559", "variant `" + ev.def().name() + "::"
                            + ev.def().variants().get(ev.index()).name() + "` has no field named `" + f.name().name() + "`", null);
                    }
                    idx.add(i);
                    Ty ft = ev.fieldTypes().get(i);
                    values.add(coerce(checkExpr(f.value(), ft), ft, f.value().span()));
                }
                if (idx.size() < fields.size()) throw error(st.path().span(), "E0063", "missing fields in initializer", null);
                return new Thir.EnumLit(ev.index(), idx, values, ev.ty(), st.span());
            }
        }
        if (st.qself() != null || !st.path().isSingle()) throw new Unsupported(st.path().span(), "this struct path");
        String name = st.path().last().name();
        AdtDef def = structNamed(name);
        if (def == null) {
            if (types.adt(name) != null) throw new Unsupported(st.span(), "literals of `" + name + "`");
            throw error(st.path().span(), "E0422", "cannot find struct, variant or union type `" + name + "` in this scope",
                "not found in this scope");
        }
        if (st.rest()) throw new Unsupported(st.span(), "struct literals with `..` and no base");
        var fields = def.variants().get(0).fields();
        VariantRef instance = withFreshArgs(def, 0);
        List<Integer> idx = new ArrayList<>();
        List<Thir.Expr> values = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Expr.ExprField f : st.fields()) {
            int i = def.fieldIndex(f.name().name());
            if (i < 0) {
                throw error(f.name().span(), "E0560", "struct `" + def.name() + "` has no field named `" + f.name().name() + "`",
                    "`" + def.name() + "` does not have this field");
            }
            if (!seen.add(i)) {
                throw error(f.name().span(), "E0062", "field `" + f.name().name() + "` specified more than once", "used more than once");
            }
            if (!fieldVisible(def, i)) {
                throw error(f.name().span(), "E0451", "field `" + f.name().name() + "` of struct `" + def.shortName() + "` is private",
                    "private field");
            }
            Ty ft = instance.fieldTypes().get(i);
            idx.add(i);
            values.add(coerce(checkExpr(f.value(), ft), ft, f.value().span()));
        }
        if (st.base() != null) {
            // `..base`: the fields not written come from base (evaluated once, into a hidden local)
            Thir.Expr base = coerce(checkExpr(st.base(), instance.ty()), instance.ty(), st.base().span());
            int tmp = hiddenLocal("base", instance.ty(), st.base().span());
            for (int i = 0; i < fields.size(); i++) {
                if (seen.contains(i)) continue;
                idx.add(i);
                values.add(new Thir.Field(new Thir.Local(tmp, instance.ty(), st.base().span()), i,
                    instance.fieldTypes().get(i), st.base().span()));
            }
            Thir.Expr lit = new Thir.StructLit(idx, values, instance.ty(), st.span());
            return new Thir.Block(List.of(new Thir.Let(new Thir.Pattern.Binding(tmp), base, st.span())), lit, instance.ty(), st.span());
        }
        if (seen.size() < fields.size()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) if (!seen.contains(i)) missing.add("`" + fields.get(i).name() + "`");
            throw error(st.path().span(), "E0063", "missing field" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                + " in initializer of `" + def.name() + "`", "missing " + String.join(", ", missing));
        }
        return new Thir.StructLit(idx, values, instance.ty(), st.span());
    }

    /**
     * {@code x.method(…)} with x of a type parameter: the method comes from one of its bounds (a trait of the
     * program); which impl runs is decided when the function is instantiated.
     */
    /** std bounds whose methods (if any) rustmem gives type parameters elsewhere, or that have none. */
    private static final java.util.Set<String> METHODLESS_BOUNDS = java.util.Set.of("Copy", "Send", "Sync", "Sized", "Unpin",
        TypeChecker.STATIC_BOUND, "Debug", "Display", "PartialEq", "Eq", "PartialOrd", "Ord", "Fn", "FnMut", "FnOnce");

    private Thir.Expr boundMethodCall(Expr.MethodCall m, Thir.Expr base, Ty.Param param) {
        String name = m.method().ident().name();
        for (String trait : sig.bounds().getOrDefault(param.name(), List.of())) {
            TypeChecker.TraitDef td = fns.traits().get(trait);
            Item decl = td == null ? null : td.methods().get(name);
            if (decl == null) continue;
            Item.Fn fn = (Item.Fn) decl.kind();
            if (fn.generics().hasTypeOrConstParams()) throw new Unsupported(m.span(), "generic trait methods");
            if (fn.decl().params().isEmpty() || fn.decl().params().get(0).selfKind() == Item.SelfKind.NONE) break;
            TypeChecker.FnSig ms = TypeChecker.declaredSignature(fn, decl, param, types);
            Thir.Expr self = switch (fn.decl().params().get(0).selfKind()) {
                case REF -> new Thir.AddrOf(base, false, new Ty.Ref(base.ty(), false), m.receiver().span());
                case REF_MUT -> new Thir.AddrOf(base, true, new Ty.Ref(base.ty(), true), m.receiver().span());
                default -> base;
            };
            checkArgCount(m.args(), ms.params().size() - 1, m.span());
            List<Thir.Expr> args = new ArrayList<>(List.of(self));
            for (int i = 0; i < m.args().size(); i++) {
                Ty p = ms.params().get(i + 1);
                args.add(coerce(checkExpr(m.args().get(i), p), p, m.args().get(i).span()));
            }
            return new Thir.TraitCall(trait, name, param, args, ms.ret(), m.span());
        }
        for (String trait : sig.bounds().getOrDefault(param.name(), List.of())) {
            if (!fns.traits().containsKey(trait) && !METHODLESS_BOUNDS.contains(trait)) {
                throw new Unsupported(m.span(), "the methods of std's `" + trait + "` on a type parameter");
            }
        }
        throw error(m.method().ident().span(), "E0599", "no method named `" + name + "` found for type parameter `"
            + param.name() + "` in the current scope", "method not found in `" + param.name() + "`");
    }

    /**
     * {@code x.method(…)} on a trait object of a program trait: the method comes from the trait or one of its
     * supertraits; the call goes through the vtable of the fat pointer holder points to.
     */
    private Thir.Expr dynMethodCall(Expr.MethodCall m, Thir.Expr holder, Ty.Dynamic d) {
        String name = m.method().ident().name();
        Item decl = null;
        java.util.Deque<String> traits = new java.util.ArrayDeque<>(List.of(d.traitName()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (decl == null && !traits.isEmpty()) {
            TypeChecker.TraitDef td = fns.traits().get(traits.pop());
            if (td == null || !seen.add(td.name())) continue;
            decl = td.methods().get(name);
            for (var bound : td.item().supertraits()) {
                if (bound instanceof rustmem.syntax.ast.GenericBound.TraitBound tb) traits.add(tb.trait().last().name());
            }
        }
        if (decl == null) {
            String shown = infcx.resolve(holder.ty(), false).display();
            throw error(m.method().ident().span(), "E0599", "no method named `" + name + "` found for "
                + (holder.ty() instanceof Ty.Ref ? "reference" : "struct") + " `" + shown + "` in the current scope",
                "method not found in `" + shown + "`");
        }
        Item.Fn fn = (Item.Fn) decl.kind();
        if (fn.generics().hasTypeOrConstParams()) throw new Unsupported(m.span(), "generic trait methods");
        var selfKind = fn.decl().params().isEmpty() ? Item.SelfKind.NONE : fn.decl().params().get(0).selfKind();
        boolean boxed = selfKind == Item.SelfKind.EXPLICIT;   // `self: Box<Self>`: the Box moves into the call
        if (boxed && !std.is(holder.ty(), "Box")) {
            throw new Unsupported(m.span(), "calling `" + name + "` (it takes `self: Box<Self>`) through a reference");
        }
        if (selfKind != Item.SelfKind.REF && selfKind != Item.SelfKind.REF_MUT && !boxed) {
            throw new Unsupported(m.span(), "calling `" + name + "` on a trait object (its receiver is not `&self` or `&mut self`)");
        }
        TypeChecker.FnSig ms = TypeChecker.declaredSignature(fn, decl, d, types);
        checkArgCount(m.args(), ms.params().size() - 1, m.span());
        List<Thir.Expr> args = new ArrayList<>();
        for (int i = 0; i < m.args().size(); i++) {
            Ty p = ms.params().get(i + 1);
            args.add(coerce(checkExpr(m.args().get(i), p), p, m.args().get(i).span()));
        }
        Thir.Expr receiver = new Thir.AddrOf(holder, false, new Ty.Ref(holder.ty(), false), m.receiver().span());
        Thir.Expr call = new Thir.DynCall(name, receiver, args, ms.ret(), m.span());
        if (!boxed) return call;
        // the vtable's method gets the Box's data pointer, which is the Box<Concrete> it owns from then on:
        // the holder is moved (forgotten here, never dropped twice)
        int result = hiddenLocal("boxed_self_result", ms.ret(), m.span());
        return new Thir.Block(List.of(new Thir.Let(new Thir.Pattern.Binding(result), call, m.span()),
            new Thir.ExprStmt(new Thir.Drop(holder, true, Ty.UNIT, m.span()), m.span())),
            new Thir.Local(result, ms.ret(), m.span()), ms.ret(), m.span());
    }

    /**
     * A method of a std type that rustmem does not run: unsupported where std has one of that name (or a
     * trait of the program might), rustc's E0599 where nothing does. owner names it in the message.
     */
    RuntimeException unknownMethod(Ty recv, String name, String owner, Span span) {
        Ty t = infcx.shallow(recv);
        String key = StdMethods.key(t);
        boolean programTrait = fns.traits().values().stream().anyMatch(td -> td.methods().containsKey(name));
        if (key == null || programTrait || StdMethods.has(key, name)) {
            return new Unsupported(span, owner == null ? "method calls on `" + infcx.resolve(t, false).display() + "`"
                : "the method `" + owner + "::" + name + "`");
        }
        String shown = switch (t) {
            case Ty.Adt a when a.def().isEnum() -> "enum `" + a.def().name() + (a.def().name().equals("Option") ? "<T>`" : "<T, E>`");
            case Ty.Adt a -> "struct `" + infcx.resolve(t, false).display() + "`";
            case Ty.Str s -> "reference `&str`";
            case Ty.Slice s -> "reference `&" + infcx.resolve(t, false).display() + "`";
            case Ty.Array a -> "array `" + infcx.resolve(t, false).display() + "`";
            default -> "type `" + infcx.resolve(t, false).display() + "`";
        };
        return error(span, "E0599", "no method named `" + name + "` found for " + shown + " in the current scope", null);
    }

    /** Methods std's traits give many types; a program calling one is not wrong, only beyond rustmem for now. */
    private static final java.util.Set<String> STD_TRAIT_METHODS = java.util.Set.of("to_string", "clone", "clone_from",
        "eq", "ne", "cmp", "partial_cmp", "lt", "le", "gt", "ge", "hash", "fmt", "into", "try_into", "to_owned", "borrow",
        "borrow_mut", "as_ref", "as_mut", "max", "min", "clamp", "type_id", "iter", "into_iter", "deref", "deref_mut",
        "add", "sub", "mul", "div", "rem", "neg", "not", "index", "index_mut", "drop", "from", "try_from");

    private Thir.Expr methodCall(Expr.MethodCall m) {
        Ty expected = methodExpected;
        methodExpected = null;
        return methodCall(m, checkExpr(m.receiver(), null), expected);
    }

    /** A method call on the checked receiver recv (or, through the program's Deref impls, on what it derefs to). */
    private Thir.Expr methodCall(Expr.MethodCall m, Thir.Expr recv, Ty expected) {
        Thir.Expr outer = recv;
        while (infcx.shallow(outer.ty()) instanceof Ty.Ref r) outer = new Thir.Deref(outer, r.pointee(), outer.span());
        if (std.is(outer.ty(), "Rc") && m.method().ident().name().equals("clone") && m.method().args() == null) {
            // Rc's own clone (a new reference), not its contents'
            return std.method(recv, outer, "clone", m.args(), m.span(), m.method().ident().span());
        }
        Thir.Expr viaSignature = stdSignatureMethod(m, recv);
        if (viaSignature != null) return viaSignature;
        Thir.Expr base = autoderef(recv);
        String name = m.method().ident().name();
        Ty baseTy = infcx.shallow(base.ty());
        if (baseTy instanceof Ty.Dynamic d && base instanceof Thir.Deref deref && fns.traits().containsKey(d.traitName())) {
            return dynMethodCall(m, deref.pointer(), d);
        }
        if ((name.equals("into") || name.equals("try_into")) && m.args().isEmpty() && m.method().args() == null) {
            Thir.Expr converted = conversion(name, recv, expected, m.span());
            if (converted != null) return converted;
        }
        Thir.Expr viaIterator = iteratorCall(m, base, baseTy, expected);
        if (viaIterator != null) return viaIterator;
        if (m.method().args() == null && !(baseTy instanceof Ty.Infer && ((Ty.Infer) baseTy).kind() == Ty.InferKind.GENERAL)) {
            if (baseTy instanceof Ty.Infer) {
                // `3.abs()`: an integer literal's type is i32 when nothing else decides it first
                infcx.unify(baseTy, ((Ty.Infer) baseTy).kind() == Ty.InferKind.INT ? Ty.I32 : Ty.F64);
                baseTy = infcx.shallow(baseTy);
            }
            Thir.Expr viaNumber = std.numberMethod(base, name, m.args(), m.span(), m.method().ident().span());
            if (viaNumber != null) return viaNumber;
            if (name.equals("to_string") && m.args().isEmpty() && !(std.is(baseTy, "String") || baseTy instanceof Ty.Str)) {
                // ToString for Display types: what format!("{}") makes
                return new Thir.Print(Thir.PrintKind.FORMAT, new FormatTemplate(List.of(new FormatTemplate.Slot(0,
                    FormatTemplate.Spec.DEFAULT))), List.of(base), std.string(), m.span());
            }
        }
        if (name.equals("parse") && (baseTy instanceof Ty.Str || std.is(baseTy, "String"))) {
            Ty target = null;
            if (m.method().args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab && ab.args().size() == 1
                && ab.args().get(0) instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta) {
                target = lowerType(ta.type());
            }
            return std.parse(recv, target, m.args(), m.span());
        }
        if (m.method().args() == null) {
            Thir.Expr viaStd = std.method(recv, base, name, m.args(), m.span(), m.method().ident().span());
            if (viaStd != null) return viaStd;
            viaStd = std.optionMethod(recv, base, name, m.args(), m.span(), m.method().ident().span());
            if (viaStd != null) return viaStd;
            // derived and std Clone impls (an inherent or trait method of the same name wins)
            if (name.equals("clone") && !(baseTy instanceof Ty.Adt a0 && !a0.def().fromStd() && fns.associated(a0.def(), "clone") != null)) {
                Thir.Expr cloned = std.cloneCall(base, m.args(), m.span());
                if (cloned != null) return cloned;
            }
        }
        if (baseTy instanceof Ty.Param) return boundMethodCall(m, base, (Ty.Param) baseTy);
        TypeChecker.FnSig f = baseTy instanceof Ty.Infer ? null : fns.traitMethod(baseTy, name);
        if (f == null && (!(baseTy instanceof Ty.Adt adt) || adt.def().fromStd() || adt.def().isUnion())) {
            if (StdMethods.key(baseTy) != null) throw unknownMethod(baseTy, name, null, m.span());
            throw new Unsupported(m.span(), "method calls on `" + infcx.resolve(base.ty(), false).display() + "`");
        }
        if (baseTy instanceof Ty.Adt adt && !adt.def().fromStd()) {
            TypeChecker.FnSig inherent = fns.associated(adt.def(), name);
            if (inherent != null) f = inherent;
        }
        if (f == null) {
            // a method the program's impl of a std trait defines (`Error::source`)
            for (TypeChecker.StdImpl i : fns.stdImplsOf(baseTy)) {
                TypeChecker.FnSig own = i.trait().equals("Drop") ? null : i.methods().get(name);   // Drop::drop is E0040
                if (own != null && own.isMethod()) f = own;
            }
        }
        if (f == null && fns.ambiguous(baseTy, name)) {
            throw error(m.method().ident().span(), "E0034", "multiple applicable items in scope", "multiple `" + name + "` found");
        }
        if (f == null && name.equals("drop") && fns.implementsTrait(baseTy, "Drop")) {
            throw error(m.method().ident().span(), "E0040", "explicit use of destructor method", "explicit destructor calls not allowed");
        }
        if (f == null && STD_TRAIT_METHODS.contains(name)) {
            // std's blanket and derived impls (ToString for Display types, Clone, PartialEq …) are not modelled
            throw new Unsupported(m.span(), "the std trait method `" + name + "`");
        }
        if (f == null || !f.isMethod()) {
            Thir.Expr target = derefImpl(base, m.span());
            if (target != null) return methodCall(m, target, expected);
            String shown = baseTy instanceof Ty.Adt adt ? adt.def().name() : baseTy.display();
            String what = baseTy instanceof Ty.Adt adt ? (adt.def().isEnum() ? "enum" : "struct") : "type";
            throw error(m.method().ident().span(), "E0599", "no method named `" + name + "` found for " + what + " `"
                + shown + "` in the current scope", "method not found in `" + shown + "`");
        }
        if (m.method().args() != null) throw new Unsupported(m.span(), "generic method arguments");
        if (f.item().decl().params().get(0).selfKind() == Item.SelfKind.EXPLICIT) {
            // `self: Box<Self>`: the receiver as written, or what it derefs to, that is that Box
            for (Thir.Expr e = recv; ; ) {
                if (infcx.resolve(e.ty(), false).equals(f.params().get(0))) return callSig(f, m.args(), List.of(e), m.span());
                Ty t = infcx.shallow(e.ty());
                if (t instanceof Ty.Ref r) e = new Thir.Deref(e, r.pointee(), e.span());
                else throw new Unsupported(m.span(), "calling `" + name + "` (it takes `self: " + f.params().get(0).display() + "`) on `"
                    + infcx.resolve(recv.ty(), false).display() + "`");
            }
        }
        return callSig(f, m.args(), List.of(selfArgument(f, base, recv, m.receiver().span())), m.span());
    }

    /** A method's self argument from the place base: borrowed for `&self` and `&mut self` (autoref), else base itself. */
    private Thir.Expr selfArgument(TypeChecker.FnSig f, Thir.Expr base, Thir.Expr recv, Span span) {
        return switch (f.item().decl().params().get(0).selfKind()) {
            case REF -> new Thir.AddrOf(base, false, new Ty.Ref(base.ty(), false), span);
            case REF_MUT -> {
                if (base == recv) requireMutableBorrow(base, span);
                yield new Thir.AddrOf(base, true, new Ty.Ref(base.ty(), true), span);
            }
            default -> base;
        };
    }

    /**
     * A method of a std type known by its signature, found as rustc's probe does: on the receiver, then on
     * what it derefs to (`arc.clone()` clones the Arc, `arc.lock()` locks the Mutex inside); null when none.
     */
    private Thir.Expr stdSignatureMethod(Expr.MethodCall m, Thir.Expr recv) {
        if (m.method().args() != null) return null;
        String name = m.method().ident().name();
        Thir.Expr e = recv;
        while (true) {
            Ty t = infcx.shallow(e.ty());
            if (t instanceof Ty.Ref r) {
                e = new Thir.Deref(e, r.pointee(), e.span());
                continue;
            }
            String owner = StdSignatures.owner(t);
            if (owner == null) return null;
            TypeChecker.FnSig f = fns.stdFns().get(owner + "::" + name);
            if (f != null && f.isMethod()) return callSig(f, m.args(), List.of(selfArgument(f, e, recv, m.receiver().span())), m.span());
            if (!std.isSmartPointer(t)) return null;
            e = new Thir.Deref(e, std.firstArg(t), e.span());
        }
    }

    /**
     * Methods that make iterators (Vec::iter, <[T]>::iter …) and methods of iterators; null for other
     * receivers. `collect::<T>()` builds T, else what the context expects.
     */
    private Thir.Expr iteratorCall(Expr.MethodCall m, Thir.Expr base, Ty baseTy, Ty expected) {
        String name = m.method().ident().name();
        if ((name.equals("sort") || name.equals("sort_unstable") || name.equals("sort_by_key")) && m.method().args() == null
            && (baseTy instanceof Ty.Array || baseTy instanceof Ty.Slice || std.is(baseTy, "Vec"))) {
            return sortCall(m, base, name);
        }
        if ((name.equals("windows") || name.equals("chunks")) && m.method().args() == null
            && (baseTy instanceof Ty.Array || baseTy instanceof Ty.Slice || std.is(baseTy, "Vec"))) {
            Thir.Expr slice = std.is(baseTy, "Vec")
                ? new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.VEC_AS_SLICE, List.of(new Thir.AddrOf(base, false,
                    new Ty.Ref(base.ty(), false), m.span())), new Ty.Ref(new Ty.Slice(std.firstArg(baseTy)), false), m.span())
                : asSliceOrStr(base, m.receiver().span());
            Ty elem = ((Ty.Slice) infcx.shallow(((Ty.Ref) infcx.shallow(slice.ty())).pointee())).element();
            return iterators.sliceWindows(name, slice, elem, m.args(), m.span(), m.method().ident().span());
        }
        boolean makes = name.equals("iter") || name.equals("iter_mut") || name.equals("into_iter");
        if (makes && m.method().args() == null) {
            if (std.is(baseTy, "Vec")) {
                return iterators.vecIterator(new Thir.AddrOf(base, false, new Ty.Ref(base.ty(), false), m.span()), base,
                    std.firstArg(baseTy), name, m.args(), m.span());
            }
            if (name.equals("into_iter") && baseTy instanceof Ty.Array arr) return iterators.arrayIntoIter(base, arr, m.args(), m.span());
            if (name.equals("iter") && (baseTy instanceof Ty.Array || baseTy instanceof Ty.Slice)) {
                Thir.Expr slice = asSliceOrStr(base, m.receiver().span());
                Ty elem = ((Ty.Slice) infcx.shallow(((Ty.Ref) infcx.shallow(slice.ty())).pointee())).element();
                return iterators.sliceIterator(slice, elem, m.args(), m.span());
            }
        }
        Ty item = iterators.item(baseTy);
        if (item == null) return null;
        Ty want = expected;
        if (m.method().args() != null) {
            boolean typed = name.equals("collect") || name.equals("sum") || name.equals("product");   // `sum::<i32>()`
            if (!typed || !(m.method().args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab)
                || ab.args().size() != 1 || !(ab.args().get(0) instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta)) {
                throw new Unsupported(m.span(), "generic method arguments");
            }
            want = types.lowerAnnotation(ta.type(), sig.selfTy(), sig.typeParams(), () -> infcx.fresh(Ty.InferKind.GENERAL));
        }
        Thir.Expr r = iterators.method(base, baseTy, name, m.args(), want, m.span());
        if (r == null) {
            throw new Unsupported(m.span(), "the iterator method `" + name + "` on `" + infcx.resolve(baseTy, false).display() + "`"
                + (name.equals("collect") ? " into " + (want == null ? "an unannotated type" : "`" + infcx.resolve(want, false).display() + "`") : ""));
        }
        return r;
    }

    /** sort, sort_unstable, sort_by_key on an array, slice or Vec: in place, through the slice of its elements. */
    private Thir.Expr sortCall(Expr.MethodCall m, Thir.Expr base, String name) {
        requireMutableBorrowOf(base, m.receiver().span());
        Thir.Expr slice = asSliceOrStr(base, m.receiver().span());
        Ty elem = ((Ty.Slice) infcx.shallow(((Ty.Ref) infcx.shallow(slice.ty())).pointee())).element();
        if (name.equals("sort_by_key")) {
            checkArgCount(m.args(), 1, m.span());
            Ty key = infcx.fresh(Ty.InferKind.GENERAL);
            Thir.Expr f = closureArg(m.args().get(0), List.of(new Ty.Ref(elem, false)), key);
            Thir.Expr fRef = new Thir.AddrOf(f, true, new Ty.Ref(f.ty(), true), m.span());
            return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.SLICE_SORT_BY_KEY, List.of(slice, fRef), Ty.UNIT, m.span());
        }
        checkArgCount(m.args(), 0, m.span());
        Ty e = infcx.shallow(elem);
        if (!(e instanceof Ty.Int || e instanceof Ty.Char || e instanceof Ty.Bool || e.equals(Ty.STATIC_STR) || std.is(e, "String")
            || e instanceof Ty.Infer i && i.kind() == Ty.InferKind.INT)) {
            throw new Unsupported(m.span(), "sorting elements of type `" + infcx.resolve(e, false).display() + "`");
        }
        return new Thir.IntrinsicCall(name.equals("sort") ? rustmem.legacy.types.thir.Intrinsic.SLICE_SORT
            : rustmem.legacy.types.thir.Intrinsic.SLICE_SORT_UNSTABLE, List.of(slice), Ty.UNIT, m.span());
    }

    private Thir.Expr match(Expr.Match m, Ty expected) {
        Thir.Expr scrut = checkExpr(m.scrutinee(), null);
        Ty ty = expected != null ? expected : infcx.fresh(Ty.InferKind.GENERAL);
        boolean allDiverge = true;
        List<Thir.Arm> arms = new ArrayList<>();
        for (Expr.Arm arm : m.arms()) {
            scopes.push(new HashMap<>());
            try {
                Thir.Pattern pat = pattern(arm.pat(), scrut.ty());
                Thir.Expr guard = arm.guard() == null ? null
                    : coerce(checkExpr(arm.guard(), Ty.BOOL), Ty.BOOL, arm.guard().span());
                Thir.Expr body = checkExpr(arm.body(), ty);
                if (!(infcx.shallow(body.ty()) instanceof Ty.Never)) allDiverge = false;
                body = coerce(body, ty, arm.body().span());
                arms.add(new Thir.Arm(pat, guard, body, arm.span()));
            } finally {
                scopes.pop();
            }
        }
        checkExhaustive(scrut, arms, m.scrutinee().span());
        return new Thir.Match(scrut, arms, allDiverge && !arms.isEmpty() ? Ty.NEVER : ty, m.span());
    }

    /** rustc rejects a match that misses values (E0004), naming them as it does. */
    private void checkExhaustive(Thir.Expr scrut, List<Thir.Arm> arms, rustmem.source.Span span) {
        List<Thir.Pattern> pats = new ArrayList<>();
        for (Thir.Arm a : arms) if (a.guard() == null) pats.add(a.pattern());
        List<String> missing = Exhaustiveness.missing(infcx, pats, scrut.ty(), span);
        if (missing.isEmpty()) return;
        String list = witnesses(missing);
        throw error(span, "E0004", "non-exhaustive patterns: " + list + " not covered", "pattern" + (missing.size() == 1 ? " " : "s ")
            + list + " not covered");
    }

    /** A binding pattern (let, fn or closure parameter) must match every value (E0005). */
    private void checkIrrefutable(Thir.Pattern pat, Ty t, String where, rustmem.source.Span span) {
        List<String> missing = Exhaustiveness.missing(infcx, List.of(pat), t, span);
        if (missing.isEmpty()) return;
        String list = witnesses(missing);
        throw error(span, "E0005", "refutable pattern in " + where, "pattern" + (missing.size() == 1 ? " " : "s ") + list + " not covered");
    }

    /** rustc's list of uncovered patterns: three at most, then how many more. */
    private static String witnesses(List<String> missing) {
        List<String> q = missing.stream().map(m -> "`" + m + "`").toList();
        return q.size() == 1 ? q.get(0)
            : q.size() <= 3 ? String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1)
            : String.join(", ", q.subList(0, 3)) + " and " + (q.size() - 3) + " more";
    }

    private static void flatten(Thir.Pattern p, List<Thir.Pattern> out) {
        if (p instanceof Thir.Pattern.Or or) {
            for (Thir.Pattern a : or.alternatives()) flatten(a, out);
        } else {
            out.add(p);
        }
    }


    /** `if let P = e { a } else { b }` is `match e { P => a, _ => b }`. */
    private Thir.Expr ifLet(Expr.If i, Expr.Let let, Ty expected) {
        Thir.Expr scrut = checkExpr(let.scrutinee(), null);
        Ty ty = i.elseBranch() == null ? Ty.UNIT : expected != null ? expected : infcx.fresh(Ty.InferKind.GENERAL);
        scopes.push(new HashMap<>());
        Thir.Arm yes;
        try {
            Thir.Pattern pat = pattern(let.pat(), scrut.ty());
            Thir.Expr then = coerce(checkBlock(i.then(), ty, i.then().span()), ty, i.then().span());
            yes = new Thir.Arm(pat, null, then, i.then().span());
        } finally {
            scopes.pop();
        }
        Thir.Expr otherwise = i.elseBranch() == null
            ? new Thir.Tuple(List.of(), Ty.UNIT, i.span())
            : coerce(checkExpr(i.elseBranch(), ty), ty, i.elseBranch().span());
        Thir.Arm no = new Thir.Arm(new Thir.Pattern.Wild(), null, otherwise, i.span());
        return new Thir.Match(scrut, List.of(yes, no), ty, i.span());
    }

    private Thir.Expr ifExpr(Expr.If i, Ty expected) {
        if (i.cond() instanceof Expr.Let let) return ifLet(i, let, expected);
        Thir.Expr cond = coerce(checkExpr(i.cond(), Ty.BOOL), Ty.BOOL, i.cond().span());
        if (i.elseBranch() == null) {
            Thir.Expr then = checkBlock(i.then(), Ty.UNIT, i.then().span());
            then = coerce(then, Ty.UNIT, i.then().span());
            return new Thir.If(cond, then, null, Ty.UNIT, i.span());
        }
        Thir.Expr then = checkBlock(i.then(), expected, i.then().span());
        Thir.Expr otherwise = checkExpr(i.elseBranch(), expected != null ? expected : then.ty());
        if (expected != null && !(infcx.shallow(expected) instanceof Ty.Infer)) {
            // each branch is a coercion site of the type the context expects (two functions to one fn pointer)
            then = coerce(then, expected, i.then().span());
            otherwise = coerce(otherwise, expected, i.elseBranch().span());
            return new Thir.If(cond, then, otherwise, expected, i.span());
        }
        Ty ty;
        if (infcx.shallow(then.ty()) instanceof Ty.Never) {
            ty = otherwise.ty();
        } else {
            ty = then.ty();
            otherwise = coerce(otherwise, ty, i.elseBranch().span());
        }
        return new Thir.If(cond, then, otherwise, ty, i.span());
    }

    private int labelId() { return nextLabel++; }

    IteratorCalls iterators() { return iterators; }

    /** A label for a loop a desugaring builds. */
    int newLabel() { return labelId(); }

    private Thir.Expr loop(Expr.Loop l, Ty expected) {
        Ty valueTy = expected != null ? expected : infcx.fresh(Ty.InferKind.GENERAL);
        LoopCx cx = new LoopCx(l.label() == null ? null : l.label().name(), labelId(), true, valueTy);
        loops.push(cx);
        try {
            Thir.Expr body = coerce(checkBlock(l.body(), Ty.UNIT, l.body().span()), Ty.UNIT, l.body().span());
            return new Thir.Loop(body, cx.id, cx.broken ? valueTy : Ty.NEVER, l.span());
        } finally {
            loops.pop();
        }
    }

    private Thir.Expr whileLoop(Expr.While w) {
        if (w.cond() instanceof Expr.Let let) {
            // `while let P = e { body }` is `loop { match e { P => body, _ => break } }`
            LoopCx cx = new LoopCx(w.label() == null ? null : w.label().name(), labelId(), false, Ty.UNIT);
            loops.push(cx);
            try {
                Thir.Expr scrut = checkExpr(let.scrutinee(), null);
                scopes.push(new HashMap<>());
                Thir.Arm yes;
                try {
                    Thir.Pattern pat = pattern(let.pat(), scrut.ty());
                    yes = new Thir.Arm(pat, null, coerce(checkBlock(w.body(), Ty.UNIT, w.body().span()), Ty.UNIT,
                        w.body().span()), w.body().span());
                } finally {
                    scopes.pop();
                }
                Thir.Arm no = new Thir.Arm(new Thir.Pattern.Wild(), null, new Thir.Break(cx.id, null, Ty.NEVER, w.span()), w.span());
                Thir.Expr body = new Thir.Match(scrut, List.of(yes, no), Ty.UNIT, w.span());
                return new Thir.Loop(body, cx.id, Ty.UNIT, w.span());
            } finally {
                loops.pop();
            }
        }
        Thir.Expr cond = coerce(checkExpr(w.cond(), Ty.BOOL), Ty.BOOL, w.cond().span());
        LoopCx cx = new LoopCx(w.label() == null ? null : w.label().name(), labelId(), false, Ty.UNIT);
        loops.push(cx);
        try {
            Thir.Expr body = coerce(checkBlock(w.body(), Ty.UNIT, w.body().span()), Ty.UNIT, w.body().span());
            return new Thir.While(cond, body, cx.id, Ty.UNIT, w.span());
        } finally {
            loops.pop();
        }
    }

    private Thir.Expr forLoop(Expr.ForLoop f) {
        Expr iter = f.iter() instanceof Expr.Paren p ? p.inner() : f.iter();
        Thir.Expr overVec = forVec(f, iter);
        if (overVec != null) return overVec;
        if (!(iter instanceof Expr.Range r) || r.start() == null || r.end() == null) {
            Thir.Expr array = checkExpr(iter, null);
            Ty item = iterators.item(array.ty());
            if (item != null) return forIterator(f, array, item);
            if (!(infcx.shallow(array.ty()) instanceof Ty.Array at)) {
                throw new Unsupported(f.iter().span(), "`for` loops over anything but integer ranges, arrays and iterators");
            }
            if (needsDrop(at)) {
                // IntoIterator for [T; N] by value: an array::IntoIter drops what the loop leaves behind
                return forIterator(f, iterators.arrayIntoIter(array, at, List.of(), f.iter().span()), at.element());
            }
            return forBody(f, at.element(), (pat, body, label) -> new Thir.ForArray(pat, array, body, label, Ty.UNIT, f.span()));
        }
        Thir.Expr start = checkExpr(r.start(), null);
        Thir.Expr end = coerce(checkExpr(r.end(), start.ty()), start.ty(), r.end().span());
        if (!isIntish(start.ty())) throw new Unsupported(iter.span(), "`for` loops over non-integer ranges");
        return forBody(f, start.ty(), (pat, body, label) ->
            new Thir.ForRange(pat, start, end, r.limits() == Expr.RangeLimits.CLOSED, body, label, Ty.UNIT, f.span()));
    }

    /** What a `for` loop is made of once its pattern and body are checked: the pattern, the body, its label. */
    private interface ForLoopBuilder {
        Thir.Expr build(Thir.Pattern pat, Thir.Expr body, int label);
    }

    /** Checks a `for` loop's pattern (against the item type) and body in a scope and loop of their own. */
    private Thir.Expr forBody(Expr.ForLoop f, Ty item, ForLoopBuilder builder) {
        LoopCx cx = new LoopCx(f.label() == null ? null : f.label().name(), labelId(), false, Ty.UNIT);
        scopes.push(new HashMap<>());
        loops.push(cx);
        try {
            Thir.Pattern pat = pattern(f.pat(), item);
            Thir.Expr body = coerce(checkBlock(f.body(), Ty.UNIT, f.body().span()), Ty.UNIT, f.body().span());
            return builder.build(pat, body, cx.id);
        } finally {
            loops.pop();
            scopes.pop();
        }
    }

    /** {@code for pat in iterator}: the pattern binds each item. */
    private Thir.Expr forIterator(Expr.ForLoop f, Thir.Expr iter, Ty item) {
        return forBody(f, item, (pat, body, label) -> iterators.forLoop(iter, item, pat, body, label, f.span()));
    }

    /**
     * {@code for x in &v}, {@code &mut v}, {@code v.iter()}, {@code v.iter_mut()} or {@code v} over a Vec;
     * null when the iterable is not a Vec.
     */
    private Thir.Expr forVec(Expr.ForLoop f, Expr iter) {
        if (iter instanceof Expr.MethodCall m && m.args().isEmpty() && m.method().args() == null
            && (m.method().ident().name().equals("chars") || m.method().ident().name().equals("bytes"))) {
            Thir.Expr recv = checkExpr(m.receiver(), null);
            Thir.Expr base = autoderef(recv);
            if (infcx.shallow(base.ty()) instanceof Ty.Str || std.is(base.ty(), "String")) {
                Thir.Expr str = asSliceOrStr(recv, m.receiver().span());
                boolean chars = m.method().ident().name().equals("chars");
                return forLoopOver(f, str, chars ? Thir.ForMode.CHARS : Thir.ForMode.BYTES, chars ? Ty.CHAR : Ty.of(Ty.IntTy.U8));
            }
            return null;
        }
        Expr vecExpr;
        Thir.ForMode mode;
        if (iter instanceof Expr.AddrOf a && !a.raw()) {
            vecExpr = a.operand();
            mode = a.mutable() ? Thir.ForMode.MUT : Thir.ForMode.REF;
        } else if (iter instanceof Expr.MethodCall m && m.args().isEmpty() && m.method().args() == null
            && (m.method().ident().name().equals("iter") || m.method().ident().name().equals("iter_mut"))) {
            vecExpr = m.receiver();
            mode = m.method().ident().name().equals("iter") ? Thir.ForMode.REF : Thir.ForMode.MUT;
        } else if (iter instanceof Expr.PathExpr || iter instanceof Expr.Field) {
            vecExpr = iter;
            mode = Thir.ForMode.VALUE;
        } else {
            return null;
        }
        if (!(vecExpr instanceof Expr.PathExpr || vecExpr instanceof Expr.Field || vecExpr instanceof Expr.Paren
            || vecExpr instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF)) {
            return null;
        }
        Thir.Expr vec = checkExpr(vecExpr, null);
        Thir.Expr sliceRef = innermostRef(vec);
        if (infcx.shallow(sliceRef.ty()) instanceof Ty.Ref sr && infcx.shallow(sr.pointee()) instanceof Ty.Slice sl) {
            // over a slice: `for x in slice`, `slice.iter()`, `&slice` (by reference; by value is a move out of it)
            if (mode == Thir.ForMode.MUT || sr.mutable()) throw new Unsupported(f.iter().span(), "`for` over a mutable slice");
            return forLoopOver(f, sliceRef, Thir.ForMode.REF, new Ty.Ref(sl.element(), false));
        }
        Thir.Expr base = mode == Thir.ForMode.VALUE ? vec : autoderef(vec);
        Ty vt = infcx.shallow(base.ty());
        if (vt instanceof Ty.Array arr && mode == Thir.ForMode.REF) {
            // `for x in a.iter()` / `for x in &a` over an array: over the slice of its elements
            return forLoopOver(f, asSliceOrStr(vec, vecExpr.span()), Thir.ForMode.REF, new Ty.Ref(arr.element(), false));
        }
        if (!std.is(vt, "Vec")) {
            if (infcx.shallow(vec.ty()) instanceof Ty.Array) return null;
            Ty item = mode == Thir.ForMode.VALUE ? iterators.item(vec.ty()) : null;
            if (item != null) return forIterator(f, vec, item);
            if (mode == Thir.ForMode.REF && (std.is(vt, "HashMap") || std.is(vt, "HashSet"))) {
                // IntoIterator for &HashMap and &HashSet: their iter()
                Span sp = f.iter().span();
                Thir.Expr it = methodCall(new Expr.MethodCall(vecExpr, new Path.PathSegment(new rustmem.syntax.ast.Ident("iter", sp), null, sp),
                    List.of(), sp), vec, null);
                return forIterator(f, it, iterators.item(it.ty()));
            }
            throw new Unsupported(f.iter().span(), "`for` loops over `" + infcx.resolve(vec.ty(), false).display() + "`");
        }
        Ty elem = std.firstArg(vt);
        if (mode == Thir.ForMode.MUT) requireMutableBorrow(base, vecExpr.span());
        if (mode == Thir.ForMode.VALUE && needsDrop(elem)) {
            // IntoIterator for Vec: a vec::IntoIter takes the buffer, and drops what a `break` leaves behind
            Thir.Expr intoIter = iterators.vecIterator(new Thir.AddrOf(base, false, new Ty.Ref(base.ty(), false), f.span()), base, elem,
                "into_iter", List.of(), f.iter().span());
            return forIterator(f, intoIter, elem);
        }
        Ty bound = switch (mode) {
            case REF -> new Ty.Ref(elem, false);
            case MUT -> new Ty.Ref(elem, true);
            case VALUE -> elem;
            case CHARS, BYTES -> throw new IllegalStateException("str loops bind chars or bytes");
        };
        return forLoopOver(f, base, mode, bound);
    }

    private Thir.Expr forLoopOver(Expr.ForLoop f, Thir.Expr over, Thir.ForMode mode, Ty bound) {
        return forBody(f, bound, (pat, body, label) -> new Thir.ForVec(pat, over, mode, body, label, Ty.UNIT, f.span()));
    }

    private LoopCx findLoop(rustmem.syntax.ast.Lifetime label, Span span) {
        for (LoopCx cx : loops) {
            if (label == null || label.name().equals(cx.label)) return cx;
        }
        if (label == null) {
            throw error(span, "E0268", "`break` outside of a loop or labeled block", "cannot `break` outside of a loop");
        }
        throw error(label.span(), "E0426", "use of undeclared label `" + label.name() + "`", "undeclared label `"
            + label.name() + "`");
    }

    private Thir.Expr breakExpr(Expr.Break b) {
        LoopCx target = findLoop(b.label(), b.span());
        Thir.Expr value = null;
        if (b.value() != null) {
            if (!target.isLoop) {
                throw error(b.span(), "E0571", "`break` with value from a `while` or `for` loop", null);
            }
            value = coerce(checkExpr(b.value(), target.valueTy), target.valueTy, b.value().span());
        } else if (target.isLoop && !infcx.unify(target.valueTy, Ty.UNIT)) {
            throw mismatch(b.span(), target.valueTy, Ty.UNIT);
        }
        target.broken = true;
        return new Thir.Break(target.id, value, Ty.NEVER, b.span());
    }

    private Thir.Expr tuple(Expr.Tuple t, Ty expected) {
        List<Ty> exp = infcx.shallow(expected == null ? Ty.UNIT : expected) instanceof Ty.Tuple et
            && et.elements().size() == t.elements().size() ? et.elements() : null;
        List<Thir.Expr> elems = new ArrayList<>();
        List<Ty> tys = new ArrayList<>();
        for (int i = 0; i < t.elements().size(); i++) {
            Thir.Expr e = checkExpr(t.elements().get(i), exp == null ? null : exp.get(i));
            elems.add(e);
            tys.add(e.ty());
        }
        return new Thir.Tuple(elems, new Ty.Tuple(tys), t.span());
    }

    /** The element type an array literal is expected to have: an expected array's, or a slice's it will unsize to. */
    private Ty arrayElementExpectation(Ty expected) {
        if (expected == null) return null;
        return switch (infcx.shallow(expected)) {
            case Ty.Array a -> a.element();
            case Ty.Slice s -> s.element();
            default -> null;
        };
    }

    private Thir.Expr array(Expr.Array a, Ty expected) {
        Ty elem = arrayElementExpectation(expected);
        if (elem == null) elem = infcx.fresh(Ty.InferKind.GENERAL);
        List<Thir.Expr> elems = new ArrayList<>();
        List<Thir.Expr> checked = new ArrayList<>();
        for (Expr e : a.elements()) checked.add(checkExpr(e, elem));
        // different functions make an array of fn pointers (their least upper bound)
        if (checked.size() > 1 && checked.stream().allMatch(x -> infcx.shallow(x.ty()) instanceof Ty.FnDef)
            && checked.stream().map(x -> ((Ty.FnDef) infcx.shallow(x.ty())).fn()).distinct().count() > 1
            && infcx.shallow(elem) instanceof Ty.Infer) {
            infcx.unify(elem, ((Ty.FnDef) infcx.shallow(checked.get(0).ty())).pointer());
        }
        for (int i = 0; i < checked.size(); i++) elems.add(coerce(checked.get(i), elem, a.elements().get(i).span()));
        return new Thir.Array(elems, new Ty.Array(elem, elems.size()), a.span());
    }

    private Thir.Expr repeat(Expr.Repeat r, Ty expected) {
        Ty elem = arrayElementExpectation(expected);
        Thir.Expr value = checkExpr(r.value(), elem);
        if (!(r.count() instanceof Expr.LitExpr l) || l.lit().kind() != Lit.Kind.INT) {
            throw new Unsupported(r.count().span(), "array lengths other than literals");
        }
        long n = l.lit().intValue().longValueExact();
        return new Thir.Repeat(value, n, new Ty.Array(value.ty(), n), r.span());
    }

    /** Follows references, as `.field` and `[i]` do. */
    /** Follows references and Boxes (Box's Deref) down to the value, as method calls and field access do. */
    private Thir.Expr autoderef(Thir.Expr e) {
        while (true) {
            Ty t = infcx.shallow(e.ty());
            if (t instanceof Ty.Ref r) e = new Thir.Deref(e, r.pointee(), e.span());
            else if (std.isSmartPointer(t)) e = new Thir.Deref(e, std.firstArg(t), e.span());
            else return e;
        }
    }

    private Thir.Expr index(Expr.Index i) {
        if (i.index() instanceof Expr.Range r) return rangeIndex(i, r);
        Thir.Expr base = autoderef(checkExpr(i.base(), null));
        Ty bt = infcx.shallow(base.ty());
        if (bt instanceof Ty.Slice sl) {
            if (!(base instanceof Thir.Deref d)) throw new Unsupported(i.span(), "indexing this slice");
            Thir.Expr idx = coerce(checkExpr(i.index(), Ty.USIZE), Ty.USIZE, i.index().span());
            return new Thir.Index(d, idx, sl.element(), i.span());
        }
        if (std.is(bt, "Vec")) {
            Thir.Expr idx = coerce(checkExpr(i.index(), Ty.USIZE), Ty.USIZE, i.index().span());
            return new Thir.Index(base, idx, std.firstArg(bt), i.span());
        }
        if (std.is(bt, "String") || bt instanceof Ty.Str) {
            Thir.Expr idx = checkExpr(i.index(), null);
            if (isIntish(idx.ty())) {
                throw error(i.index().span(), "E0277", "the type `str` cannot be indexed by `"
                    + infcx.resolve(idx.ty(), false).display() + "`", "string indices are ranges of `usize`");
            }
        }
        boolean neverIndexable = isIntish(bt) || isFloatish(bt) || bt instanceof Ty.Bool || bt instanceof Ty.Char
            || bt instanceof Ty.Tuple || bt instanceof Ty.FnDef || bt instanceof Ty.Adt a && !a.def().fromStd();
        if (neverIndexable) {
            // the program's types cannot implement Index in rustmem's subset, so none of these can be indexed
            throw error(i.span(), "E0608", "cannot index into a value of type `" + infcx.resolve(bt, false).display() + "`", null);
        }
        if (!(bt instanceof Ty.Array arr)) {
            throw new Unsupported(i.span(), "indexing anything but arrays and Vecs");
        }
        Thir.Expr idx = coerce(checkExpr(i.index(), Ty.USIZE), Ty.USIZE, i.index().span());
        return new Thir.Index(base, idx, arr.element(), i.span());
    }

    /**
     * {@code &base[a..b]} (any bounds omitted, `..=` too): a sub-slice of an array, Vec or slice, or a substring
     * of a String or str, checked at run time as std checks it; the expression is the unsized place, so it is
     * only supported directly under `&`.
     */
    private Thir.Expr rangeIndex(Expr.Index i, Expr.Range r) {
        if (!rangeUnderRef) throw new Unsupported(i.span(), "range indexing outside `&…[a..b]`");
        rangeUnderRef = false;
        Thir.Expr whole = asSliceOrStr(checkExpr(i.base(), null), i.base().span());
        Thir.Expr start = r.start() == null ? usize(0, i.span()) : coerce(checkExpr(r.start(), Ty.USIZE), Ty.USIZE, r.start().span());
        Thir.Expr end = r.end() == null ? usize(-1, i.span()) : coerce(checkExpr(r.end(), Ty.USIZE), Ty.USIZE, r.end().span());
        Thir.Expr inclusive = new Thir.Literal(new Thir.Const.Bool(r.limits() == Expr.RangeLimits.CLOSED), Ty.BOOL, i.span());
        return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.SLICE_RANGE, List.of(whole, start, end, inclusive),
            whole.ty(), new Span(i.base().span().hi(), i.span().hi()));
    }

    /** Set while checking the operand of `&`: a range index there makes a sub-slice reference. */
    private boolean rangeUnderRef;

    private Thir.Expr usize(long v, Span span) {
        java.math.BigInteger value = v < 0 ? java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE) : BigInteger.valueOf(v);
        return new Thir.Literal(new Thir.Const.Int(value), Ty.USIZE, span);
    }

    /** Through references to references (`&&&[T]`) down to the last one: the reference to the value. */
    Thir.Expr innermostRef(Thir.Expr e) {
        while (infcx.shallow(e.ty()) instanceof Ty.Ref r && infcx.shallow(r.pointee()) instanceof Ty.Ref) {
            e = new Thir.Deref(e, r.pointee(), e.span());
        }
        return e;
    }

    /** An array, Vec, slice, String or str (possibly behind references) as &[T] or &str. */
    Thir.Expr asSliceOrStr(Thir.Expr e, Span span) {
        // a slice or str reached through its reference: that reference
        Ty et = infcx.shallow(e.ty());
        if (e instanceof Thir.Deref d && (et instanceof Ty.Slice || et instanceof Ty.Str) && infcx.shallow(d.pointer().ty()) instanceof Ty.Ref) {
            return asSliceOrStr(d.pointer(), span);
        }
        Thir.Expr v = innermostRef(e);
        Ty t = infcx.shallow(v.ty());
        if (t instanceof Ty.Ref r && (infcx.shallow(r.pointee()) instanceof Ty.Slice || infcx.shallow(r.pointee()) instanceof Ty.Str)) {
            return v;
        }
        Thir.Expr place = t instanceof Ty.Ref r ? new Thir.Deref(v, r.pointee(), span) : v;
        Ty pt = infcx.shallow(place.ty());
        Thir.Expr ref = new Thir.AddrOf(place, false, new Ty.Ref(pt, false), span);
        if (pt instanceof Ty.Array a) {
            return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.ARRAY_AS_SLICE, List.of(ref), new Ty.Ref(new Ty.Slice(a.element()), false), span);
        }
        if (std.is(pt, "Vec")) {
            return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.VEC_AS_SLICE, List.of(ref),
                new Ty.Ref(new Ty.Slice(std.firstArg(pt)), false), span);
        }
        if (std.is(pt, "String")) return new Thir.IntrinsicCall(rustmem.legacy.types.thir.Intrinsic.STRING_AS_STR, List.of(ref), Ty.STATIC_STR, span);
        throw new Unsupported(span, "slicing `" + infcx.resolve(pt, false).display() + "`");
    }

    /** A struct's private field may be named only in the struct's module and the modules inside it. */
    boolean fieldVisible(AdtDef def, int field) {
        if (def.variants().get(0).fields().get(field).pub() || def.isEnum()) return true;
        String here = fns.moduleOf().getOrDefault(sig.item(), "");
        String owner = def.module();
        return owner.isEmpty() || here.equals(owner) || here.startsWith(owner + "::");
    }

    private Thir.Expr field(Expr.Field f) {
        Thir.Expr base = autoderef(checkExpr(f.base(), null));
        Ty t = infcx.shallow(base.ty());
        if (t instanceof Ty.Tuple tt && Character.isDigit(f.name().name().charAt(0))) {
            int idx = Integer.parseInt(f.name().name());
            if (idx < tt.elements().size()) return new Thir.Field(base, idx, tt.elements().get(idx), f.span());
            throw error(f.name().span(), "E0609", "no field `" + idx + "` on type `" + infcx.resolve(t, false).display()
                + "`", "unknown field");
        }
        if (t instanceof Ty.Adt a && a.def().isStruct() && !a.def().fromStd()) {
            int idx = a.def().fieldIndex(f.name().name());
            if (idx >= 0 && !fieldVisible(a.def(), idx)) {
                throw error(f.name().span(), "E0616", "field `" + f.name().name() + "` of struct `" + a.def().shortName() + "` is private",
                    "private field");
            }
            if (idx >= 0) return new Thir.Field(base, idx, a.def().variants().get(0).fields().get(idx).type().subst(a.args()), f.span());
            throw error(f.name().span(), "E0609", "no field `" + f.name().name() + "` on type `" + a.display() + "`",
                "unknown field");
        }
        throw new Unsupported(f.span(), "fields of `" + infcx.resolve(t, false).display() + "`");
    }

    // ------------------------------------------------------------------ macros

    /** The format arguments after the first `skip` comma-separated parts of a macro call, or null. */
    private FormatMacroCall trailingFormat(MacCall mac, int skip) {
        var parts = rustmem.syntax.TokenTrees.splitCommas(mac.args().trees());
        if (parts.size() <= skip) return null;
        FormatMacroCall call = FormatMacroCall.parse(parts.subList(skip, parts.size()), mac.span(), diags);
        if (call == null) throw new TypeError(Diagnostic.error("could not parse the message of this assertion").span(mac.span()).build());
        return call;
    }

    private Expr macroArg(MacCall mac, int index) {
        var parts = rustmem.syntax.TokenTrees.splitCommas(mac.args().trees());
        if (parts.size() <= index) throw error(mac.span(), null, "this assertion needs more arguments", null);
        Expr e = rustmem.syntax.Parser.parseExprOnly(rustmem.syntax.TokenTrees.flatten(parts.get(index)), diags);
        if (e == null) throw new TypeError(Diagnostic.error("could not parse this assertion").span(mac.span()).build());
        return e;
    }

    /**
     * assert!(c), assert_eq!(a, b), assert_ne!(a, b), each with an optional message: `if !(…) { panic!(…) }`
     * with std's messages ("assertion failed: c", "assertion `left == right` failed" + left/right).
     */
    private Thir.Expr assertMacro(String name, MacCall mac) {
        rustmem.source.Span span = mac.span();
        List<FormatTemplate.Piece> pieces = new ArrayList<>();
        List<Thir.Expr> args = new ArrayList<>();
        List<Thir.Stmt> stmts = new ArrayList<>();
        Thir.Expr failed;
        if (name.equals("assert")) {
            Expr condExpr = macroArg(mac, 0);
            Thir.Expr cond = coerce(checkExpr(condExpr, Ty.BOOL), Ty.BOOL, condExpr.span());
            failed = new Thir.Unary(Expr.UnOp.NOT, cond, Ty.BOOL, condExpr.span());
            FormatMacroCall msg = trailingFormat(mac, 1);
            if (msg == null) pieces.add(new FormatTemplate.Text("assertion failed: " + rustmem.syntax.AstPrinter.print(condExpr)));
            else appendMessage(msg, pieces, args, 0);
        } else {
            boolean eq = name.equals("assert_eq");
            Expr leftExpr = macroArg(mac, 0);
            Expr rightExpr = macroArg(mac, 1);
            Thir.Expr left = checkExpr(leftExpr, null);
            Thir.Expr right = checkExpr(rightExpr, stringLike(left.ty()) ? null : left.ty());
            if (!(stringLike(left.ty()) && stringLike(right.ty())) && !comparisons.sequencePair(left.ty(), right.ty())) {
                right = coerce(right, left.ty(), rightExpr.span());
            }
            // as std's macro: both sides borrowed once, into hidden locals the message reads too
            Ty lt = new Ty.Ref(left.ty(), false), rt = new Ty.Ref(right.ty(), false);
            int l = declare(" left", lt, false, leftExpr.span());
            int r = declare(" right", rt, false, rightExpr.span());
            stmts.add(new Thir.Let(new Thir.Pattern.Binding(l), new Thir.AddrOf(left, false, lt, leftExpr.span()), span));
            stmts.add(new Thir.Let(new Thir.Pattern.Binding(r), new Thir.AddrOf(right, false, rt, rightExpr.span()), span));
            Thir.Expr lv = new Thir.Local(l, lt, span);
            Thir.Expr rv = new Thir.Local(r, rt, span);
            failed = comparison(eq ? Expr.BinOp.NE : Expr.BinOp.EQ, new Thir.Deref(lv, left.ty(), span),
                new Thir.Deref(rv, right.ty(), span), rightExpr.span(), span);
            args.add(lv);
            args.add(rv);
            pieces.add(new FormatTemplate.Text("assertion `left " + (eq ? "==" : "!=") + " right` failed"));
            FormatMacroCall msg = trailingFormat(mac, 2);
            if (msg != null) {
                pieces.add(new FormatTemplate.Text(": "));
                appendMessage(msg, pieces, args, 2);
            }
            FormatTemplate.Spec debug = new FormatTemplate.Spec(' ', FormatTemplate.Align.NONE, false, false, false, false,
                FormatTemplate.Count.NONE, FormatTemplate.Count.NONE, FormatTemplate.Trait.DEBUG, false, false);
            pieces.add(new FormatTemplate.Text("\n  left: "));
            pieces.add(new FormatTemplate.Slot(0, debug));
            pieces.add(new FormatTemplate.Text("\n right: "));
            pieces.add(new FormatTemplate.Slot(1, debug));
        }
        Thir.Expr panic = new Thir.Print(Thir.PrintKind.PANIC, new FormatTemplate(pieces), args, Ty.NEVER, span);
        Thir.Expr check = new Thir.If(failed, panic, null, Ty.UNIT, span);
        stmts.add(new Thir.ExprStmt(check, span));
        return new Thir.Block(stmts, null, Ty.UNIT, span);
    }

    /** Appends a user message's template; its argument numbers start after the args already there. */
    private void appendMessage(FormatMacroCall msg, List<FormatTemplate.Piece> pieces, List<Thir.Expr> args, int offset) {
        FormatParser.Result parsed;
        try {
            parsed = FormatParser.parse(msg.format().cooked(), msg.positional().size(), msg.names());
        } catch (FormatParser.FormatError fe) {
            throw error(msg.formatSpan(), null, fe.getMessage(), null);
        }
        for (FormatTemplate.Piece p : parsed.template().pieces()) {
            pieces.add(switch (p) {
                case FormatTemplate.Text t -> t;
                case FormatTemplate.Slot sl -> new FormatTemplate.Slot(sl.argument() + offset, shift(sl.spec(), offset));
            });
        }
        for (Expr e : msg.positional()) args.add(checkExpr(e, null));
        for (Expr e : msg.namedValues()) args.add(checkExpr(e, null));
        for (String capture : parsed.captures()) {
            rustmem.syntax.ast.Ident id = new rustmem.syntax.ast.Ident(capture, msg.formatSpan());
            Path path = new Path(false, List.of(new Path.PathSegment(id, null, msg.formatSpan())), msg.formatSpan());
            args.add(path(new Expr.PathExpr(null, path, msg.formatSpan())));
        }
    }

    private static FormatTemplate.Spec shift(FormatTemplate.Spec s, int offset) {
        return new FormatTemplate.Spec(s.fill(), s.align(), s.plus(), s.minus(), s.alternate(), s.zero(),
            shift(s.width(), offset), shift(s.precision(), offset), s.trait(), s.debugLowerHex(), s.debugUpperHex());
    }

    private static FormatTemplate.Count shift(FormatTemplate.Count c, int offset) {
        return c.argument() >= 0 ? new FormatTemplate.Count(c.value(), c.argument() + offset) : c;
    }

    /** vec![a, b], vec![x; n], vec![]: the input is parsed as the array or repeat expression it reads like. */
    private Thir.Expr vecMacro(MacCall mac, Ty expected) {
        if (mac.args().delim() != rustmem.syntax.ast.TokenTree.Delim.BRACKET) {
            throw new Unsupported(mac.span(), "`vec!` invoked with parentheses or braces");
        }
        Expr e = rustmem.syntax.Parser.parseExprOnly(rustmem.syntax.TokenTrees.flatten(List.of(mac.args())), diags);
        if (e == null) throw new TypeError(Diagnostic.error("could not parse the arguments of `vec!`").span(mac.span()).build());
        return std.vecMacro(e, expected, mac.span());
    }

    /**
     * write!(f, …) and writeln!(f, …) into a {@code &mut Formatter} (inside a Display or Debug impl): the
     * formatter is argument 0 of a WRITE print; the result is fmt::Result, always Ok here.
     */
    private Thir.Expr writeMacro(boolean newline, MacCall mac) {
        Expr target = macroArg(mac, 0);
        Thir.Expr f = checkExpr(target, null);
        Ty ft = infcx.shallow(f.ty());
        if (!(ft instanceof Ty.Ref r && r.mutable() && infcx.shallow(r.pointee()) instanceof Ty.Adt a
            && a.def().fromStd() && a.def().name().equals("Formatter"))) {
            throw new Unsupported(target.span(), "`write!` into `" + infcx.resolve(ft, false).display()
                + "` (only into a `&mut fmt::Formatter`)");
        }
        List<FormatTemplate.Piece> pieces = new ArrayList<>();
        List<Thir.Expr> args = new ArrayList<>(List.of(f));
        FormatMacroCall msg = trailingFormat(mac, 1);
        if (msg != null) appendMessage(msg, pieces, args, 1);
        else if (!newline) throw error(mac.span(), null, "requires at least a format string argument", null);
        if (newline) pieces.add(new FormatTemplate.Text("\n"));
        AdtDef result = types.adt("Result");
        Ty fmtResult = new Ty.Adt(result, List.of(Ty.UNIT, new Ty.Adt(types.adt("FmtError"), List.of())));
        return new Thir.Print(Thir.PrintKind.WRITE, new FormatTemplate(pieces), args, fmtResult, mac.span());
    }

    private Thir.Expr macro(MacCall mac, Ty expected) {
        String name = mac.path().isSingle() ? mac.path().last().name() : mac.path().toString();
        if (name.matches("(std::)?(debug_)?assert(_eq|_ne)?")) return assertMacro(name.replace("std::", "").replace("debug_", ""), mac);
        if (name.matches("(std::)?write(ln)?")) return writeMacro(name.endsWith("ln"), mac);
        if (name.matches("(std::)?vec")) return vecMacro(mac, expected);
        if (name.matches("(std::)?cfg")) {
            return new Thir.Literal(new Thir.Const.Bool(Cfg.holds(mac.args().trees())), Ty.BOOL, mac.span());
        }
        if (name.equals("dbg") || name.equals("std::dbg")) return dbgMacro(mac);
        Thir.PrintKind kind = switch (name) {
            case "println", "std::println" -> Thir.PrintKind.PRINTLN;
            case "print", "std::print" -> Thir.PrintKind.PRINT;
            case "eprintln", "std::eprintln" -> Thir.PrintKind.EPRINTLN;
            case "eprint", "std::eprint" -> Thir.PrintKind.EPRINT;
            case "panic", "std::panic", "unreachable", "std::unreachable", "todo", "std::todo", "unimplemented",
                 "std::unimplemented" -> Thir.PrintKind.PANIC;
            case "format", "std::format" -> Thir.PrintKind.FORMAT;
            default -> throw new Unsupported(mac.span(), "the macro `" + name + "!`");
        };
        // unreachable!, todo!, unimplemented!: panics with std's words before the message
        String prefix = switch (name.replace("std::", "")) {
            case "unreachable" -> "internal error: entered unreachable code";
            case "todo" -> "not yet implemented";
            case "unimplemented" -> "not implemented";
            default -> null;
        };
        FormatMacroCall call = FormatMacroCall.parse(mac, diags);
        if (call == null) throw new TypeError(Diagnostic.error("could not parse the arguments of `" + name + "!`")
            .span(mac.span()).build());
        Ty ty = kind == Thir.PrintKind.PANIC ? Ty.NEVER : kind == Thir.PrintKind.FORMAT ? std.string() : Ty.UNIT;
        if (call.format() == null) {
            if (kind == Thir.PrintKind.PRINT || kind == Thir.PrintKind.EPRINT || kind == Thir.PrintKind.FORMAT) {
                throw error(mac.span(), null, "requires at least a format string argument", null);
            }
            String text = prefix != null ? prefix : kind == Thir.PrintKind.PANIC ? "explicit panic" : "";
            return new Thir.Print(kind, new FormatTemplate(text.isEmpty() ? List.of()
                : List.of(new FormatTemplate.Text(text))), List.of(), ty, mac.span());
        }
        FormatParser.Result parsed;
        try {
            parsed = FormatParser.parse(call.format().cooked(), call.positional().size(), call.names());
        } catch (FormatParser.FormatError fe) {
            throw error(call.formatSpan(), null, fe.getMessage(), null);
        }
        List<Thir.Expr> args = new ArrayList<>();
        for (Expr e : call.positional()) args.add(checkExpr(e, null));
        for (Expr e : call.namedValues()) args.add(checkExpr(e, null));
        for (String capture : parsed.captures()) {
            // `{name}` reads name as if it were written as an argument
            rustmem.syntax.ast.Ident id = new rustmem.syntax.ast.Ident(capture, call.formatSpan());
            Path path = new Path(false, List.of(new Path.PathSegment(id, null, call.formatSpan())), call.formatSpan());
            args.add(path(new Expr.PathExpr(null, path, call.formatSpan())));
        }
        // width and precision arguments ({:1$}, {:.*}) are usize
        for (FormatTemplate.Piece piece : parsed.template().pieces()) {
            if (piece instanceof FormatTemplate.Slot slot) {
                for (FormatTemplate.Count c : List.of(slot.spec().width(), slot.spec().precision())) {
                    if (c.argument() >= 0) coerce(args.get(c.argument()), Ty.USIZE, args.get(c.argument()).span());
                }
            }
        }
        FormatTemplate template = parsed.template();
        if (prefix != null) {
            List<FormatTemplate.Piece> pieces = new ArrayList<>(List.of(new FormatTemplate.Text(prefix + ": ")));
            pieces.addAll(template.pieces());
            template = new FormatTemplate(pieces);
        }
        return new Thir.Print(kind, template, args, ty, mac.span());
    }

    /**
     * dbg!(e): e's value moved into a hidden local, printed to stderr as std does
     * (`[file:line:col] e = {:#?}`), and given back; dbg!() prints the location only.
     */
    private Thir.Expr dbgMacro(MacCall mac) {
        var parts = rustmem.syntax.TokenTrees.splitCommas(mac.args().trees());
        var src = diags.file();
        String where = "[" + src.name() + ":" + src.line(mac.span().lo()) + ":" + src.column(mac.span().lo()) + "]";
        if (parts.isEmpty()) {
            return new Thir.Print(Thir.PrintKind.EPRINTLN, new FormatTemplate(List.of(new FormatTemplate.Text(where))), List.of(),
                Ty.UNIT, mac.span());
        }
        if (parts.size() > 1) throw new Unsupported(mac.span(), "`dbg!` with several arguments");
        Expr e = macroArg(mac, 0);
        Thir.Expr value = checkExpr(e, null);
        int tmp = hiddenLocal("dbg", value.ty(), e.span());
        Thir.Expr local = new Thir.Local(tmp, value.ty(), e.span());
        FormatTemplate.Spec pretty = new FormatTemplate.Spec(' ', FormatTemplate.Align.NONE, false, false, true, false,
            FormatTemplate.Count.NONE, FormatTemplate.Count.NONE, FormatTemplate.Trait.DEBUG, false, false);
        FormatTemplate template = new FormatTemplate(List.of(
            new FormatTemplate.Text(where + " " + rustmem.syntax.AstPrinter.print(e).replaceAll("\n\\s*", " ") + " = "),
            new FormatTemplate.Slot(0, pretty)));
        Thir.Expr print = new Thir.Print(Thir.PrintKind.EPRINTLN, template,
            List.of(new Thir.AddrOf(local, false, new Ty.Ref(value.ty(), false), e.span())), Ty.UNIT, mac.span());
        return new Thir.Block(List.of(new Thir.Let(new Thir.Pattern.Binding(tmp), value, e.span()), new Thir.ExprStmt(print, e.span())),
            local, value.ty(), mac.span());
    }
}
