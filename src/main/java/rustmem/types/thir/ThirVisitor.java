package rustmem.types.thir;

import java.util.function.Consumer;

/** Walks THIR: the direct children of an expression, every node under one, every pattern under a pattern. */
public final class ThirVisitor {
    private ThirVisitor() {}

    /** Calls f on each direct child of e: expressions, blocks and patterns (arms' and lets' patterns included). */
    public static void children(Thir.Expr e, Consumer<Object> f) {
        switch (e) {
            case Thir.Call c -> {
                f.accept(c.fun());
                c.args().forEach(f);
            }
            case Thir.Deref d -> f.accept(d.operand());
            case Thir.Binary b -> {
                f.accept(b.lhs());
                f.accept(b.rhs());
            }
            case Thir.LogicalOp l -> {
                f.accept(l.lhs());
                f.accept(l.rhs());
            }
            case Thir.Unary u -> f.accept(u.operand());
            case Thir.Cast c -> f.accept(c.operand());
            case Thir.NeverToAny n -> f.accept(n.operand());
            case Thir.PointerCoercion p -> f.accept(p.operand());
            case Thir.Loop l -> f.accept(l.body());
            case Thir.Let l -> {
                f.accept(l.scrutinee());
                f.accept(l.pat());
            }
            case Thir.Match m -> {
                f.accept(m.scrutinee());
                for (Thir.Arm a : m.arms()) {
                    f.accept(a.pat());
                    if (a.guard() != null) f.accept(a.guard());
                    f.accept(a.body());
                }
            }
            case Thir.If i -> {
                f.accept(i.cond());
                f.accept(i.then());
                if (i.otherwise() != null) f.accept(i.otherwise());
            }
            case Thir.BlockExpr b -> f.accept(b.block());
            case Thir.Assign a -> {
                f.accept(a.lhs());
                f.accept(a.rhs());
            }
            case Thir.AssignOp a -> {
                f.accept(a.lhs());
                f.accept(a.rhs());
            }
            case Thir.Field fl -> f.accept(fl.base());
            case Thir.Index i -> {
                f.accept(i.base());
                f.accept(i.index());
            }
            case Thir.Borrow b -> f.accept(b.place());
            case Thir.RawBorrow b -> f.accept(b.place());
            case Thir.Break b -> { if (b.value() != null) f.accept(b.value()); }
            case Thir.Return r -> { if (r.value() != null) f.accept(r.value()); }
            case Thir.Repeat r -> f.accept(r.value());
            case Thir.Array a -> a.elements().forEach(f);
            case Thir.Tuple t -> t.elements().forEach(f);
            case Thir.Adt a -> {
                for (Thir.FieldExpr fe : a.fields()) f.accept(fe.value());
                if (a.base() != null) f.accept(a.base());
            }
            case Thir.Closure c -> c.upvars().forEach(f);
            case Thir.BoxNew b -> f.accept(b.value());
            default -> { }
        }
    }

    /** Calls f on every expression, block, statement and pattern under e (e included), parents first. */
    public static void walk(Thir.Expr e, Consumer<Object> f) {
        if (e == null) return;
        f.accept(e);
        children(e, c -> visit(c, f));
    }

    private static void visit(Object o, Consumer<Object> f) {
        switch (o) {
            case Thir.Expr x -> walk(x, f);
            case Thir.Block b -> {
                f.accept(b);
                for (Thir.Stmt s : b.stmts()) {
                    f.accept(s);
                    switch (s) {
                        case Thir.LetStmt l -> {
                            visit(l.pat(), f);
                            if (l.init() != null) walk(l.init(), f);
                            if (l.elseBlock() != null) visit(l.elseBlock(), f);
                        }
                        case Thir.ExprStmt es -> walk(es.expr(), f);
                    }
                }
                if (b.expr() != null) walk(b.expr(), f);
            }
            case Thir.Pat p -> walkPat(p, q -> f.accept(q));
            default -> { }
        }
    }

    /** Calls f on p and every pattern inside it. */
    public static void walkPat(Thir.Pat p, Consumer<Thir.Pat> f) {
        if (p == null) return;
        f.accept(p);
        switch (p) {
            case Thir.Binding b -> walkPat(b.sub(), f);
            case Thir.Variant v -> { for (Thir.FieldPat fp : v.fields()) walkPat(fp.pat(), f); }
            case Thir.Leaf l -> { for (Thir.FieldPat fp : l.fields()) walkPat(fp.pat(), f); }
            case Thir.DerefPat d -> walkPat(d.sub(), f);
            case Thir.Slice s -> {
                s.prefix().forEach(x -> walkPat(x, f));
                walkPat(s.rest(), f);
                s.suffix().forEach(x -> walkPat(x, f));
            }
            case Thir.Or o -> o.alternatives().forEach(x -> walkPat(x, f));
            default -> { }
        }
    }
}
