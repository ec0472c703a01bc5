package rustmem.legacy.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import rustmem.legacy.types.ClosureDef.CaptureMode;
import rustmem.legacy.types.thir.Thir;

/**
 * rustc's upvar analysis for one closure, on its typed body: which variables of the enclosing body
 * it uses, and how — read (captured by shared reference), mutated or mutably borrowed (by mutable
 * reference), or moved (by value) — and from that the closure's kind. A {@code move} closure takes
 * every captured variable by value. Whole variables are captured (edition 2018's rule); edition
 * 2021 captures disjoint fields, which changes a closure's layout when it uses a field alone, and what
 * moves when it takes that field by value: such a closure is refused rather than modelled wrongly.
 */
final class ClosureCaptures {
    private final int firstLocal;
    private final Predicate<Ty> isCopy;
    private final Map<Integer, CaptureMode> modes = new LinkedHashMap<>();
    private final Map<Integer, Ty> types = new LinkedHashMap<>();
    /** The captured variables used somewhere as a whole (not only through their fields). */
    private final java.util.Set<Integer> wholeUses = new java.util.HashSet<>();
    private int firstMoved = -1;
    private int firstMutated = -1;
    private int firstAssigned = -1;

    private ClosureCaptures(int firstLocal, Predicate<Ty> isCopy) {
        this.firstLocal = firstLocal;
        this.isCopy = isCopy;
    }

    /** Fills in def's captures and kind from the closure's resolved body. */
    static void analyze(ClosureDef def, Thir.Closure closure, Thir.Expr body, Predicate<Ty> isCopy) {
        ClosureCaptures c = new ClosureCaptures(closure.firstLocal(), isCopy);
        c.value(body);
        def.captures = c.modes.entrySet().stream().map(e -> new ClosureDef.Capture(e.getKey(),
            closure.move() ? CaptureMode.BY_VALUE : e.getValue(), c.types.get(e.getKey()))).toList();
        for (ClosureDef.Capture cap : def.captures) {
            if (cap.mode() == CaptureMode.BY_VALUE && !c.wholeUses.contains(cap.local()) && !isCopy.test(cap.localTy())) {
                throw new Unsupported(def.span, "a closure that takes fields of a variable by value (edition 2021 captures "
                    + "those fields alone)");
            }
        }
        def.kind = c.firstMoved >= 0 ? ClosureDef.Kind.FN_ONCE : c.firstMutated >= 0 ? ClosureDef.Kind.FN_MUT : ClosureDef.Kind.FN;
        def.firstMoved = c.firstMoved;
        def.firstAssigned = c.firstAssigned;
        def.firstMutBorrowed = c.firstMutated;
    }

    private void use(int local, Ty ty, CaptureMode mode) {
        if (local >= firstLocal) return;   // the closure's own parameter or local
        types.putIfAbsent(local, ty);
        CaptureMode known = modes.get(local);
        if (known == null || mode.ordinal() > known.ordinal()) modes.put(local, mode);
        if (mode == CaptureMode.BY_VALUE && firstMoved < 0) firstMoved = local;
        if (mode == CaptureMode.BY_MUT_REF && firstMutated < 0) firstMutated = local;
    }

    /** An assignment to a place: its root variable is mutated (noted apart for rustc's E0594). */
    private void assigned(Thir.Expr place) {
        Thir.Expr root = place;
        while (root instanceof Thir.Field f) root = f.base();
        if (root instanceof Thir.Local l && l.index() < firstLocal && firstAssigned < 0) firstAssigned = l.index();
        place(place, CaptureMode.BY_MUT_REF);
    }

    /** e is read as a value: a variable of a type that is not Copy is moved. */
    private void value(Thir.Expr e) {
        switch (e) {
            case Thir.Local l -> {
                wholeUses.add(l.index());
                use(l.index(), l.ty(), isCopy.test(l.ty()) ? CaptureMode.BY_REF : CaptureMode.BY_VALUE);
            }
            case Thir.Field f when !isCopy.test(f.ty()) -> moveRoot(f);
            case Thir.Field f -> place(f, CaptureMode.BY_REF);
            case Thir.Index i -> {
                place(i.base(), CaptureMode.BY_REF);
                value(i.index());
            }
            case Thir.Deref d -> value(d.pointer());
            case Thir.AddrOf a -> place(a.place(), a.mutable() ? CaptureMode.BY_MUT_REF : CaptureMode.BY_REF);
            case Thir.Assign a -> {
                assigned(a.place());
                value(a.value());
            }
            case Thir.AssignOp a -> {
                assigned(a.place());
                value(a.value());
            }
            // format_args! and comparisons take their operands by reference
            case Thir.Print p -> p.args().forEach(this::read);
            case Thir.Binary b -> {
                read(b.lhs());
                read(b.rhs());
            }
            case Thir.Match m -> {
                read(m.scrutinee());
                m.arms().forEach(arm -> {
                    if (arm.guard() != null) value(arm.guard());
                    value(arm.body());
                });
            }
            case Thir.ForVec f -> {
                if (f.mode() == Thir.ForMode.MUT) place(f.vec(), CaptureMode.BY_MUT_REF);
                else if (f.mode() == Thir.ForMode.VALUE) value(f.vec());
                else read(f.vec());
                value(f.body());
            }
            case Thir.Closure inner -> {
                // a nested closure uses what it captures the way it captures it
                for (ClosureDef.Capture c : inner.def().captures()) use(c.local(), c.localTy(), c.mode());
            }
            default -> rustmem.syntax.ast.AstWalk.children((Record) e, child -> {
                switch (child) {
                    case Thir.Expr x -> value(x);
                    case Thir.Stmt st -> statement(st);
                    default -> { }
                }
            });
        }
    }

    private void statement(Thir.Stmt st) {
        switch (st) {
            case Thir.Let let -> {
                if (let.init() != null) value(let.init());
                if (let.elseBlock() != null) value(let.elseBlock());
            }
            case Thir.ExprStmt es -> value(es.expr());
        }
    }

    /** e is read where it stands (formatted, compared, matched on): copied or borrowed, not moved. */
    private void read(Thir.Expr e) {
        if (e instanceof Thir.Local || e instanceof Thir.Field) place(e, CaptureMode.BY_REF);
        else value(e);
    }

    /** A place used with mode: its root variable is captured so; indices and pointers in it are read. */
    private void place(Thir.Expr e, CaptureMode mode) {
        if (e instanceof Thir.Local l) wholeUses.add(l.index());
        fieldPlace(e, mode);
    }

    /** A place used with mode, reached through fields of its root (which is then not used as a whole). */
    private void fieldPlace(Thir.Expr e, CaptureMode mode) {
        switch (e) {
            case Thir.Local l -> use(l.index(), l.ty(), mode);
            case Thir.Field f -> fieldPlace(f.base(), mode);
            case Thir.Index i -> {
                place(i.base(), mode);
                value(i.index());
            }
            // through a pointer: the pointer variable is read (a mutable one is borrowed uniquely)
            case Thir.Deref d -> place(d.pointer(), mode == CaptureMode.BY_VALUE ? CaptureMode.BY_REF : mode);
            default -> value(e);
        }
    }

    private void moveRoot(Thir.Field f) {
        Thir.Expr root = f;
        while (root instanceof Thir.Field x) root = x.base();
        if (root instanceof Thir.Local l) use(l.index(), l.ty(), CaptureMode.BY_VALUE);
        else value(root);
    }

}
