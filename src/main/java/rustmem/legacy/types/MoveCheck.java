package rustmem.legacy.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.legacy.types.thir.Thir;

/**
 * The part of borrow checking that finds a variable used after it was moved (E0382), in the cases that
 * need no control-flow analysis: a whole variable of a type that is not Copy is moved by a statement
 * that always runs (a `let`, a call's argument, a value put into a struct or `drop`), and a later
 * statement of the same block reads it before assigning it again. Moves in branches, loops or of
 * single fields are left to the borrow checker rustmem does not have yet: this check only reports
 * what rustc certainly reports.
 */
final class MoveCheck {
    private final Predicate<Ty> isCopy;
    private final List<Thir.LocalDecl> locals;
    private Diagnostic found;

    private MoveCheck(Predicate<Ty> isCopy, List<Thir.LocalDecl> locals) {
        this.isCopy = isCopy;
        this.locals = locals;
    }

    /** The first use after a move in body, or null. */
    static Diagnostic check(Thir.Expr body, List<Thir.LocalDecl> locals, Predicate<Ty> isCopy) {
        MoveCheck c = new MoveCheck(isCopy, locals);
        rustmem.syntax.ast.AstWalk.walk(body, n -> {
            if (c.found == null && n instanceof Thir.Block b) c.block(b);
            return c.found == null;
        });
        return c.found;
    }

    private void block(Thir.Block b) {
        List<Thir.Stmt> stmts = b.stmts();
        for (int k = 0; k < stmts.size() && found == null; k++) {
            Map<Integer, Span> moved = new HashMap<>();
            statementMoves(stmts.get(k), moved);
            // `list = list.prepend(1)` moves list and gives it a new value
            if (stmts.get(k) instanceof Thir.ExprStmt es && es.expr() instanceof Thir.Assign a && a.place() instanceof Thir.Local l) {
                moved.remove(l.index());
            }
            for (var m : moved.entrySet()) {
                Use use = firstUse(m.getKey(), stmts.subList(k + 1, stmts.size()), b.tail());
                if (use != null && !use.reassigned) {
                    String name = locals.get(m.getKey()).name();
                    found = Diagnostic.error((use.borrow ? "borrow" : "use") + " of moved value: `" + name + "`").code("E0382")
                        .span(use.span, "value " + (use.borrow ? "borrowed" : "used") + " here after move").build();
                    return;
                }
            }
        }
    }

    /**
     * What a statement moves. A `let` moves a variable it is given whole only into a plain binding the
     * program named (`let (_, ref x) = v` or a destructuring of Copy fields moves nothing; hidden
     * locals of desugarings, struct update's for one, take only what they use).
     */
    private void statementMoves(Thir.Stmt st, Map<Integer, Span> out) {
        switch (st) {
            case Thir.Let let when let.init() instanceof Thir.Local -> {
                if (let.pattern() instanceof Thir.Pattern.Binding b && !b.byRef() && b.sub() == null
                    && !locals.get(b.local()).name().startsWith(" ")) {
                    moves(let.init(), out);
                }
            }
            case Thir.Let let -> { if (let.init() != null) moves(let.init(), out); }
            case Thir.ExprStmt es -> moves(es.expr(), out);
        }
    }

    /** Records the whole variables e certainly moves when it runs (only through parts that always run). */
    private void moves(Thir.Expr e, Map<Integer, Span> out) {
        switch (e) {
            // a `&mut` passed on is reborrowed, not moved
            case Thir.Local l -> { if (!isCopy.test(l.ty()) && !(l.ty() instanceof Ty.Ref)) out.putIfAbsent(l.index(), l.span()); }
            case Thir.Call c -> c.args().forEach(a -> moves(a, out));
            case Thir.TraitCall c -> c.args().forEach(a -> moves(a, out));
            case Thir.StdCall c -> c.args().forEach(a -> moves(a, out));
            case Thir.DynCall c -> {
                moves(c.receiver(), out);
                c.args().forEach(a -> moves(a, out));
            }
            case Thir.Unsize u -> moves(u.expr(), out);
            case Thir.IntrinsicCall c -> c.args().forEach(a -> moves(a, out));
            case Thir.ClosureCall c -> c.args().forEach(a -> moves(a, out));
            case Thir.StructLit s -> s.values().forEach(a -> moves(a, out));
            case Thir.EnumLit s -> s.values().forEach(a -> moves(a, out));
            case Thir.Tuple t -> t.elements().forEach(a -> moves(a, out));
            case Thir.Array a -> a.elements().forEach(x -> moves(x, out));
            case Thir.Drop d -> moves(d.value(), out);
            case Thir.Assign a -> moves(a.value(), out);
            case Thir.Closure c -> {
                for (ClosureDef.Capture cap : c.def().captures()) {
                    if (cap.mode() == ClosureDef.CaptureMode.BY_VALUE && !isCopy.test(cap.localTy())) out.putIfAbsent(cap.local(), c.span());
                }
            }
            case Thir.Block b -> {
                for (Thir.Stmt st : b.stmts()) statementMoves(st, out);
                if (b.tail() != null) moves(b.tail(), out);
            }
            default -> { }
        }
    }

    private record Use(Span span, boolean borrow, boolean reassigned) {}

    /** The first mention of local in stmts then tail: a plain assignment to it, a borrow, or another use. */
    private Use firstUse(int local, List<Thir.Stmt> stmts, Thir.Expr tail) {
        for (Thir.Stmt st : stmts) {
            Use u = switch (st) {
                case Thir.Let let -> let.init() == null ? null : find(local, let.init(), false);
                case Thir.ExprStmt es -> find(local, es.expr(), false);
            };
            if (u != null) return u;
        }
        return tail == null ? null : find(local, tail, false);
    }

    private Use find(int local, Thir.Expr e, boolean borrowed) {
        if (e instanceof Thir.Assign a && a.place() instanceof Thir.Local l && l.index() == local) {
            Use inValue = find(local, a.value(), false);
            return inValue != null ? inValue : new Use(l.span(), false, true);
        }
        if (e instanceof Thir.Local l) return l.index() == local ? new Use(l.span(), borrowed, false) : null;
        boolean borrow = borrowed || e instanceof Thir.AddrOf || e instanceof Thir.Print;
        Use[] first = {null};
        rustmem.syntax.ast.AstWalk.children((Record) e, child -> {
            if (first[0] != null) return;
            switch (child) {
                case Thir.Expr x -> first[0] = find(local, x, borrow);
                case Thir.Let let -> {
                    if (let.init() != null) first[0] = find(local, let.init(), borrow);
                    if (first[0] == null && let.elseBlock() != null) first[0] = find(local, let.elseBlock(), borrow);
                }
                case Thir.ExprStmt es -> first[0] = find(local, es.expr(), borrow);
                case Thir.Arm arm -> {
                    if (arm.guard() != null) first[0] = find(local, arm.guard(), borrow);
                    if (first[0] == null) first[0] = find(local, arm.body(), borrow);
                }
                default -> { }
            }
        });
        if (first[0] == null && e instanceof Thir.Closure c) {
            for (ClosureDef.Capture cap : c.def().captures()) {
                if (cap.local() == local) return new Use(c.span(), cap.mode() != ClosureDef.CaptureMode.BY_VALUE, false);
            }
        }
        return first[0];
    }
}
