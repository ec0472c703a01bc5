package rustmem.types.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.types.ClosureInfo;
import rustmem.types.ClosureInfo.CaptureKind;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;
import rustmem.types.thir.ThirVisitor;

/**
 * What a closure captures (rustc's upvar.rs), once the whole enclosing body is checked. Each use of a place
 * rooted in a variable from outside (`p.a.len()` borrows `p.a`, `drop(p.b)` moves it, `p.c += 1` mutates it) is
 * collected with the use's kind; since edition 2021 (RFC 2229) the closure captures those places, made coarser
 * by rustc's rules — no projection through a raw pointer, into a union or an array, or into a packed struct for
 * a borrow; a place read through a shared reference captures the reference's target; a move stops at the first
 * deref and at a type with a destructor; `move` takes every place by value up to its first deref — then an
 * ancestor place absorbs its descendants with the stronger mode, and each variable's places are sorted by field.
 * Before 2021 the same places are truncated to their variables. The closure's kind follows: a capture by value
 * makes it FnOnce, a mutable one FnMut.
 */
final class Upvars {
    private final FnCtxt fcx;

    Upvars(FnCtxt fcx) { this.fcx = fcx; }

    /** A place used in a closure: its variable, projections (field indices, {@link ClosureInfo#DEREF}) and types. */
    private record Place(int local, List<Integer> projections, List<Ty> tys) {
        /** The type before projection i (the variable's for 0); after the last, the place's own. */
        Ty tyBefore(int i) { return tys.get(i); }

        Ty ty() { return tys.get(tys.size() - 1); }

        Place truncated(int len) { return new Place(local, projections.subList(0, len), tys.subList(0, len + 1)); }
    }

    /** One use that requires a capture: the place, how it is used, where. */
    private record Use(Place place, CaptureKind kind, Span span) {}

    /** The uses a closure body makes of variables from outside, with its kind and the first use that decided it. */
    record Result(List<ClosureInfo.Capture> captures, ClosureInfo.Kind kind, ClosureCheck.Use firstUse, String firstPlace, Ty firstTy,
                  Span firstSpan) {}

    Result analyze(Thir.Body body, boolean move, boolean precise) {
        Set<Integer> declared = declared(body);
        Uses uses = new Uses(declared, precise);
        uses.walk(body.value(), ClosureCheck.Use.VALUE);
        ClosureInfo.Kind kind = ClosureInfo.Kind.FN;
        Map<Integer, List<Use>> min = new LinkedHashMap<>();
        for (Use u : uses.found) {
            Place place = u.place();
            CaptureKind mode = u.kind();
            // no unsafe projection, no array element; a borrow of a packed struct's field borrows the struct
            int len = unsafeLimit(place);
            if (mode != CaptureKind.BY_VALUE) len = Math.min(len, packedLimit(place));
            // a place read through a shared reference: the reference's target is enough
            int lastDeref = place.projections().lastIndexOf(ClosureInfo.DEREF);
            if (lastDeref >= 0 && place.tyBefore(lastDeref) instanceof Ty.Ref r && !r.mutable()) len = Math.min(len, lastDeref + 1);
            place = place.truncated(Math.min(len, place.projections().size()));
            if (mode == CaptureKind.BY_VALUE) kind = ClosureInfo.Kind.FN_ONCE;
            else if (mode == CaptureKind.BY_MUT_REF && kind == ClosureInfo.Kind.FN) kind = ClosureInfo.Kind.FN_MUT;
            // what is moved into the closure comes from the enclosing frame only: up to the first deref
            int firstDeref = place.projections().indexOf(ClosureInfo.DEREF);
            if (move || mode == CaptureKind.BY_VALUE) {
                if (firstDeref >= 0) place = place.truncated(firstDeref);
                if (move) mode = CaptureKind.BY_VALUE;
            }
            if (mode == CaptureKind.BY_VALUE && !isCopy(place.ty())) {
                // fields cannot be moved out of a type with a destructor
                for (int i = 0; i < place.projections().size(); i++) {
                    if (place.tyBefore(i) instanceof Ty.Adt a && fcx.tcx.hasDropImpl(a.def())) {
                        place = place.truncated(i);
                        break;
                    }
                }
            }
            if (!precise) place = place.truncated(0);
            addMinCapture(min, new Use(place, mode, u.span()));
        }
        List<ClosureInfo.Capture> caps = new ArrayList<>();
        for (List<Use> perVar : min.values()) {
            perVar.sort(Upvars::byFields);
            for (Use u : perVar) {
                Ty placeTy = u.place().ty();
                Ty field = switch (u.kind()) {
                    case BY_VALUE -> placeTy;
                    case BY_REF -> new Ty.Ref(placeTy, false);
                    case BY_MUT_REF -> new Ty.Ref(placeTy, true);
                };
                caps.add(new ClosureInfo.Capture(u.place().local(), List.copyOf(u.place().projections()), List.copyOf(u.place().tys()),
                    u.kind(), field));
            }
        }
        String firstPlace = null;
        Ty firstTy = null;
        if (uses.firstPlace != null) {
            Place p = uses.firstPlace;
            firstPlace = ClosureInfo.path(fcx.locals.get(p.local()).name(), p.projections(), p.tys());
            firstTy = p.ty();
        }
        return new Result(caps, kind, uses.firstUse, firstPlace, firstTy, uses.firstSpan);
    }

    /** The projections a capture may keep without unsafe code: none through a raw pointer or into a union. */
    private static int unsafeLimit(Place p) {
        if (p.tyBefore(0) instanceof Ty.RawPtr || isUnion(p.tyBefore(0))) return 0;
        for (int i = 0; i < p.projections().size(); i++) {
            Ty after = p.tys().get(i + 1);
            if (after instanceof Ty.RawPtr || isUnion(after)) return i + 1;
        }
        return p.projections().size();
    }

    private static boolean isUnion(Ty t) { return t instanceof Ty.Adt a && a.def().isUnion(); }

    /** A reference into a packed struct may be unaligned: a borrow stops at the first such field. */
    private static int packedLimit(Place p) {
        for (int i = 0; i < p.projections().size(); i++) {
            if (p.projections().get(i) != ClosureInfo.DEREF && p.tyBefore(i) instanceof Ty.Adt a && a.def().repr.isPacked()) return i;
        }
        return p.projections().size();
    }

    /** Adds a use to its variable's minimal captures: an ancestor place absorbs descendants, the stronger mode wins. */
    private static void addMinCapture(Map<Integer, List<Use>> min, Use u) {
        List<Use> list = min.computeIfAbsent(u.place().local(), k -> new ArrayList<>());
        CaptureKind mode = u.kind();
        boolean descendantFound = false;
        for (int i = list.size() - 1; i >= 0; i--) {
            Use other = list.get(i);
            if (isPrefix(u.place().projections(), other.place().projections()) && other.place().projections().size() > u.place().projections().size()) {
                mode = stronger(mode, other.kind());
                list.remove(i);
                descendantFound = true;
            }
        }
        if (!descendantFound) {
            for (int i = 0; i < list.size(); i++) {
                Use other = list.get(i);
                if (isPrefix(other.place().projections(), u.place().projections())) {
                    list.set(i, new Use(other.place(), stronger(other.kind(), mode), other.span()));
                    return;
                }
            }
        }
        list.add(new Use(u.place(), mode, u.span()));
    }

    private static boolean isPrefix(List<Integer> prefix, List<Integer> of) {
        return prefix.size() <= of.size() && of.subList(0, prefix.size()).equals(prefix);
    }

    private static CaptureKind stronger(CaptureKind a, CaptureKind b) { return rank(b) > rank(a) ? b : a; }

    private static int rank(CaptureKind k) {
        return switch (k) {
            case BY_REF -> 0;
            case BY_MUT_REF -> 1;
            case BY_VALUE -> 2;
        };
    }

    /** rustc's order of a variable's captures: by their field indices (derefs skipped), the fields' drop order. */
    private static int byFields(Use a, Use b) {
        List<Integer> fa = a.place().projections().stream().filter(i -> i != ClosureInfo.DEREF).toList();
        List<Integer> fb = b.place().projections().stream().filter(i -> i != ClosureInfo.DEREF).toList();
        for (int i = 0; i < Math.min(fa.size(), fb.size()); i++) {
            if (!fa.get(i).equals(fb.get(i))) return Integer.compare(fa.get(i), fb.get(i));
        }
        return 0;
    }

    private boolean isCopy(Ty t) {
        DefId copy = fcx.tcx.lang.get("copy");
        if (copy == null) return true;
        return fcx.scx.evaluate(new Predicate.Trait(new TraitRef(copy, List.of(fcx.infcx.resolve(t)))), Span.DUMMY)
            == rustmem.traits.SelectionContext.Eval.YES;
    }

    /** Whether an expression is a place (fields, indexes, built-in derefs) of a variable not declared in the closure. */
    static boolean isOuterPlace(Thir.Expr e, Set<Integer> declared) {
        while (e instanceof Thir.Field || e instanceof Thir.Index || e instanceof Thir.Deref d && !(d.operand() instanceof Thir.Call)) {
            e = switch (e) {
                case Thir.Field f -> f.base();
                case Thir.Index i -> i.base();
                default -> ((Thir.Deref) e).operand();
            };
        }
        return e instanceof Thir.VarRef v && !declared.contains(v.local());
    }

    /** The variables a closure's body declares (its parameters' and its own bindings). */
    static Set<Integer> declared(Thir.Body body) {
        Set<Integer> declared = new HashSet<>();
        for (Thir.Param p : body.params()) ClosureCheck.collectBindings(p.pat(), declared);
        ThirVisitor.walk(body.value(), node -> {
            if (node instanceof Thir.Pat p) ClosureCheck.collectBindings(p, declared);
        });
        return declared;
    }

    /** Finds the places a closure body uses from outside it and how each use needs it. */
    private final class Uses {
        private final Set<Integer> declared;
        /** Edition 2021: `let _ = x;` does not capture x (a wildcard binds nothing and reads nothing). */
        private final boolean precise;
        final List<Use> found = new ArrayList<>();
        /** The first use that moves or mutates a captured variable (for the errors of a closure bound to Fn/FnMut). */
        ClosureCheck.Use firstUse;
        Place firstPlace;
        Span firstSpan;

        Uses(Set<Integer> declared, boolean precise) {
            this.declared = declared;
            this.precise = precise;
        }

        /** A scrutinee matched against patterns: captured as the patterns use it (not at all by `_` since 2021). */
        private void scrutinee(Thir.Expr e, List<Thir.Pat> pats) {
            if (precise && pats.stream().allMatch(p -> p instanceof Thir.Wild) && isOuterPlace(e, declared)) {
                walkPlaceOperands(e);
                return;
            }
            walk(e, patternUse(pats));
        }

        /**
         * The place of a place expression: its variable, and its projections up to the first index (an array is
         * captured whole) or overloaded deref (a call that borrows what it derefs); null when not rooted in a variable.
         * throughRef[0]: the place is reached through a reference or raw pointer (not only Boxes).
         */
        private Place place(Thir.Expr e, boolean[] throughRef) {
            List<Thir.Expr> chain = new ArrayList<>();
            Thir.Expr x = e;
            while (true) {
                if (x instanceof Thir.Field f) {
                    chain.add(x);
                    x = f.base();
                } else if (x instanceof Thir.Index i) {
                    chain.clear();
                    x = i.base();
                } else if (x instanceof Thir.Deref d && !(d.operand() instanceof Thir.Call)) {
                    Ty t = fcx.infcx.resolve(d.operand().ty());
                    if (!(t instanceof Ty.Adt a && a.def().isBox())) throughRef[0] = true;
                    chain.add(x);
                    x = d.operand();
                } else {
                    break;
                }
            }
            if (!(x instanceof Thir.VarRef v)) return null;
            List<Integer> projs = new ArrayList<>();
            List<Ty> tys = new ArrayList<>();
            tys.add(fcx.infcx.resolve(v.ty()));
            for (int k = chain.size() - 1; k >= 0; k--) {
                Thir.Expr node = chain.get(k);
                projs.add(node instanceof Thir.Field f ? f.field() : ClosureInfo.DEREF);
                tys.add(fcx.infcx.resolve(node.ty()));
            }
            return new Place(v.local(), projs, tys);
        }

        private void capture(Place p, CaptureKind k, ClosureCheck.Use use, Span span) {
            if (declared.contains(p.local()) || !fcx.locals.containsKey(p.local())) return;
            found.add(new Use(p, k, span));
            if (k != CaptureKind.BY_REF && firstUse == null && (k == CaptureKind.BY_VALUE || use != ClosureCheck.Use.VALUE)) {
                firstUse = use;
                firstPlace = p;
                firstSpan = span;
            }
        }

        void walk(Thir.Expr e, ClosureCheck.Use use) {
            if (e == null) return;
            if (e instanceof Thir.Deref d && d.operand() instanceof Thir.Borrow inner) {
                // `*&mut x` (a reborrow): a use of x as the borrow says
                walk(inner.place(), inner.mutable() ? ClosureCheck.Use.MUT_BORROW : use == ClosureCheck.Use.VALUE ? ClosureCheck.Use.BORROW : use);
                return;
            }
            if (e instanceof Thir.VarRef || e instanceof Thir.Field || e instanceof Thir.Index || e instanceof Thir.Deref d
                && !(d.operand() instanceof Thir.Call)) {
                boolean[] viaRef = {false};
                Place p = place(e, viaRef);
                if (p != null) {
                    CaptureKind k = switch (use) {
                        case VALUE -> !viaRef[0] && !isCopy(e.ty()) ? CaptureKind.BY_VALUE : CaptureKind.BY_REF;
                        case BORROW -> CaptureKind.BY_REF;
                        case MUT_BORROW, ASSIGN -> CaptureKind.BY_MUT_REF;
                    };
                    capture(p, k, use, e.span());
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
                        case FN -> ClosureCheck.Use.BORROW;
                        case FN_MUT -> ClosureCheck.Use.MUT_BORROW;
                        case FN_ONCE -> ClosureCheck.Use.VALUE;
                    });
                    for (Thir.Expr a : c.args()) walk(a, ClosureCheck.Use.VALUE);
                }
                case Thir.Borrow b -> walk(b.place(), b.mutable() ? ClosureCheck.Use.MUT_BORROW : ClosureCheck.Use.BORROW);
                case Thir.Binary bin when bin.op().isComparison() -> {
                    // comparisons take their operands by reference
                    walk(bin.lhs(), ClosureCheck.Use.BORROW);
                    walk(bin.rhs(), ClosureCheck.Use.BORROW);
                }
                case Thir.RawBorrow b -> walk(b.place(), b.mutable() ? ClosureCheck.Use.MUT_BORROW : ClosureCheck.Use.BORROW);
                case Thir.Assign a -> {
                    walk(a.lhs(), ClosureCheck.Use.ASSIGN);
                    walk(a.rhs(), ClosureCheck.Use.VALUE);
                }
                case Thir.AssignOp a -> {
                    walk(a.lhs(), ClosureCheck.Use.ASSIGN);
                    walk(a.rhs(), ClosureCheck.Use.VALUE);
                }
                case Thir.Closure c -> {
                    // an inner closure's captures are uses of their places: a move (a copy when Copy), a borrow
                    ClosureInfo inner = fcx.closureInfo(c.def());
                    if (inner != null && inner.captures != null) {
                        for (ClosureInfo.Capture cap : inner.captures) {
                            if (declared.contains(cap.local())) continue;
                            Place p = new Place(cap.local(), cap.projections(), cap.tys());
                            CaptureKind k = cap.kind() == CaptureKind.BY_VALUE && isCopy(p.ty()) ? CaptureKind.BY_REF : cap.kind();
                            capture(p, k, k == CaptureKind.BY_MUT_REF ? ClosureCheck.Use.MUT_BORROW : ClosureCheck.Use.VALUE, c.span());
                        }
                    }
                }
                case Thir.Match m -> {
                    scrutinee(m.scrutinee(), m.arms().stream().map(Thir.Arm::pat).toList());
                    for (Thir.Arm a : m.arms()) {
                        walk(a.guard(), ClosureCheck.Use.VALUE);
                        walk(a.body(), ClosureCheck.Use.VALUE);
                    }
                }
                case Thir.Let l -> scrutinee(l.scrutinee(), List.of(l.pat()));
                case Thir.BlockExpr b -> block(b.block());
                default -> ThirVisitor.children(e, child -> {
                    if (child instanceof Thir.Expr x) walk(x, ClosureCheck.Use.VALUE);
                    else if (child instanceof Thir.Block blk) block(blk);
                });
            }
        }

        private void block(Thir.Block b) {
            for (Thir.Stmt s : b.stmts()) {
                switch (s) {
                    case Thir.LetStmt l -> {
                        if (l.init() != null) scrutinee(l.init(), List.of(l.pat()));
                        if (l.elseBlock() != null) block(l.elseBlock());
                    }
                    case Thir.ExprStmt es -> walk(es.expr(), ClosureCheck.Use.VALUE);
                }
            }
            walk(b.expr(), ClosureCheck.Use.VALUE);
        }

        private void walkPlaceOperands(Thir.Expr e) {
            switch (e) {
                case Thir.Field f -> walkPlaceOperands(f.base());
                case Thir.Index i -> {
                    walkPlaceOperands(i.base());
                    walk(i.index(), ClosureCheck.Use.VALUE);
                }
                case Thir.Deref d -> walkPlaceOperands(d.operand());
                case Thir.VarRef v -> { }
                case Thir.UpvarRef u -> { }
                case Thir.StaticRef st -> { }
                default -> walk(e, ClosureCheck.Use.VALUE);   // a value the place is read through (`*x?`, `*f()`)
            }
        }

        /** A scrutinee is moved only if a pattern binds part of it by value (and that part is not Copy). */
        private ClosureCheck.Use patternUse(List<Thir.Pat> pats) {
            ClosureCheck.Use[] strongest = {ClosureCheck.Use.BORROW};
            for (Thir.Pat p : pats) {
                ThirVisitor.walkPat(p, q -> {
                    if (q instanceof Thir.Binding b) {
                        if (b.mode() == Thir.BindingMode.REF_MUT) {
                            strongest[0] = strongest[0] == ClosureCheck.Use.VALUE ? ClosureCheck.Use.VALUE : ClosureCheck.Use.MUT_BORROW;
                        }
                        if (b.mode() == Thir.BindingMode.VALUE && !isCopy(b.ty())) strongest[0] = ClosureCheck.Use.VALUE;
                    }
                });
            }
            return strongest[0];
        }
    }
}
