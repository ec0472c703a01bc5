package rustmem.types.check;

import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.types.ClosureInfo;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * The end of type checking a body (rustc's writeback): every type resolved (what stays unknown is E0282),
 * operators on built-in types kept built in and the others turned into calls of their trait methods, casts
 * validated, and each closure's body rewritten to read its captured variables through its environment
 * ({@link Thir.UpvarRef}) while the closure expression gets its captured values.
 */
final class Writeback {
    private final FnCtxt fcx;
    /** The closure whose body is being written back, and its captures by local id (index, by reference?). */
    private DefId closure;
    private List<ClosureInfo.Capture> captures = List.of();
    /** The variables the closure being written back declares itself. */
    private java.util.Set<Integer> declared = java.util.Set.of();
    private boolean reportedUnknown;

    Writeback(FnCtxt fcx) { this.fcx = fcx; }

    Thir.Body resolveBody(Thir.Body body) {
        for (var e : fcx.opaqueHidden.entrySet()) fcx.tcx.opaqueTypes.put(e.getKey(), fcx.infcx.resolve(e.getValue()));
        for (DefId c : fcx.closuresChecked) {
            ClosureInfo info = fcx.closureInfo(c);
            info.sig = fcx.infcx.resolve(info.sig);
            if (info.captures != null) {
                List<ClosureInfo.Capture> caps = new ArrayList<>();
                for (ClosureInfo.Capture cap : info.captures) {
                    caps.add(new ClosureInfo.Capture(cap.local(), cap.projections(), tys(cap.tys(), null), cap.kind(), ty(cap.fieldTy(), null)));
                }
                info.captures = caps;
            }
        }
        Thir.Body out = body(body);
        for (DefId c : fcx.closuresChecked) {
            Thir.Body cb = fcx.closures.bodies.get(c);
            ClosureInfo info = fcx.closureInfo(c);
            DefId saved = closure;
            List<ClosureInfo.Capture> savedCaptures = captures;
            java.util.Set<Integer> savedDeclared = declared;
            closure = c;
            captures = info.captures != null ? info.captures : List.of();
            declared = Upvars.declared(cb);
            fcx.tcx.closureBodies.put(c, body(cb));
            closure = saved;
            captures = savedCaptures;
            declared = savedDeclared;
        }
        return out;
    }

    private Thir.Body body(Thir.Body b) {
        List<Thir.Param> params = new ArrayList<>();
        for (Thir.Param p : b.params()) params.add(new Thir.Param(pat(p.pat()), ty(p.ty(), b.span())));
        List<Thir.LocalVar> locals = new ArrayList<>();
        for (Thir.LocalVar l : fcx.locals.values()) locals.add(new Thir.LocalVar(l.id(), l.name(), l.mutable(), ty(l.ty(), l.span()), l.span()));
        return new Thir.Body(b.owner(), params, expr(b.value()), locals, ty(b.returnTy(), b.span()), b.span());
    }

    private Ty ty(Ty t, Span span) {
        Ty r = fcx.infcx.resolve(t);
        if (r.hasInfer()) {
            if (!reportedUnknown && span != null && !fcx.hasErrors()) {
                reportedUnknown = true;
                fcx.typeAnnotationsNeeded(span);
            }
            r = r.fold(x -> x instanceof Ty.Infer ? Ty.ERROR : x);
        }
        return r;
    }

    private List<Thir.Expr> exprs(List<Thir.Expr> es) {
        List<Thir.Expr> out = new ArrayList<>(es.size());
        for (Thir.Expr e : es) out.add(expr(e));
        return out;
    }

    Thir.Expr expr(Thir.Expr e) {
        if (e == null) return null;
        Span s = e.span();
        return switch (e) {
            case Thir.Literal l -> new Thir.Literal(l.value(), ty(l.ty(), s), s);
            case Thir.NamedConst n -> new Thir.NamedConst(n.def(), tys(n.args(), s), ty(n.ty(), s), s);
            case Thir.ConstParam c -> c;
            case Thir.StaticRef r -> new Thir.StaticRef(r.def(), ty(r.ty(), s), s);
            case Thir.FnItem f -> new Thir.FnItem(ty(f.ty(), s), s);
            case Thir.VarRef v -> varRef(v.local(), ty(v.ty(), s), s);
            case Thir.UpvarRef u -> u;
            case Thir.Call c -> new Thir.Call(expr(c.fun()), exprs(c.args()), c.fromMethod(), ty(c.ty(), s), s);
            case Thir.Deref d when closure != null && captured(d) -> capturedPlace(d);
            case Thir.Deref d -> new Thir.Deref(expr(d.operand()), ty(d.ty(), s), s);
            case Thir.Binary b -> binary(b);
            case Thir.LogicalOp l -> new Thir.LogicalOp(l.and(), expr(l.lhs()), expr(l.rhs()), Ty.BOOL, s);
            case Thir.Unary u -> unary(u);
            case Thir.Cast c -> {
                Thir.Expr op = expr(c.operand());
                Ty to = ty(c.ty(), s);
                fcx.casts.validate(op.ty(), to, s);
                yield new Thir.Cast(op, to, s);
            }
            case Thir.NeverToAny n -> new Thir.NeverToAny(expr(n.operand()), ty(n.ty(), s), s);
            case Thir.PointerCoercion p -> new Thir.PointerCoercion(p.kind(), expr(p.operand()), ty(p.ty(), s), s);
            case Thir.Loop l -> new Thir.Loop(expr(l.body()), l.label(), ty(l.ty(), s), s);
            case Thir.Let l -> new Thir.Let(pat(l.pat()), expr(l.scrutinee()), Ty.BOOL, s);
            case Thir.Match m -> {
                List<Thir.Arm> arms = new ArrayList<>();
                for (Thir.Arm a : m.arms()) arms.add(new Thir.Arm(pat(a.pat()), expr(a.guard()), expr(a.body()), a.span()));
                yield new Thir.Match(expr(m.scrutinee()), arms, ty(m.ty(), s), s);
            }
            case Thir.If i -> new Thir.If(expr(i.cond()), expr(i.then()), expr(i.otherwise()), ty(i.ty(), s), s);
            case Thir.BlockExpr b -> new Thir.BlockExpr(block(b.block()));
            case Thir.Assign a -> new Thir.Assign(expr(a.lhs()), expr(a.rhs()), Ty.UNIT, s);
            case Thir.AssignOp a -> assignOp(a);
            case Thir.Field f when closure != null && captured(f) -> capturedPlace(f);
            case Thir.Field f -> new Thir.Field(expr(f.base()), f.variant(), f.field(), ty(f.ty(), s), s);
            case Thir.Index i -> new Thir.Index(expr(i.base()), expr(i.index()), ty(i.ty(), s), s);
            case Thir.Borrow b -> new Thir.Borrow(b.mutable(), expr(b.place()), ty(b.ty(), s), s, b.twoPhase());
            case Thir.RawBorrow b -> new Thir.RawBorrow(b.mutable(), expr(b.place()), ty(b.ty(), s), s);
            case Thir.Break b -> new Thir.Break(b.label(), expr(b.value()), Ty.NEVER, s);
            case Thir.Continue c -> c;
            case Thir.Return r -> new Thir.Return(expr(r.value()), Ty.NEVER, s);
            case Thir.Repeat r -> new Thir.Repeat(expr(r.value()), ty(r.count(), s), ty(r.ty(), s), s);
            case Thir.OffsetOf o -> new Thir.OffsetOf(ty(o.container(), s), o.fields(), o.ty(), s);
            case Thir.Array a -> new Thir.Array(exprs(a.elements()), ty(a.ty(), s), s);
            case Thir.Tuple t -> new Thir.Tuple(exprs(t.elements()), ty(t.ty(), s), s);
            case Thir.Adt a -> {
                List<Thir.FieldExpr> fs = new ArrayList<>();
                for (Thir.FieldExpr f : a.fields()) fs.add(new Thir.FieldExpr(f.field(), expr(f.value())));
                yield new Thir.Adt(a.def(), a.variant(), tys(a.args(), s), fs, expr(a.base()), ty(a.ty(), s), s);
            }
            case Thir.Closure c -> closureExpr(c);
            case Thir.BoxNew b -> new Thir.BoxNew(expr(b.value()), ty(b.ty(), s), s);
        };
    }

    private List<Ty> tys(List<Ty> ts, Span s) {
        List<Ty> out = new ArrayList<>(ts.size());
        for (Ty t : ts) out.add(ty(t, s));
        return out;
    }

    /** A variable read inside the closure being written back reads its capture when the closure captured it whole. */
    private Thir.Expr varRef(int local, Ty ty, Span s) {
        for (int i = 0; i < captures.size(); i++) {
            ClosureInfo.Capture cap = captures.get(i);
            if (cap.local() == local && cap.projections().isEmpty()) return upvar(i, ty, s);
        }
        return new Thir.VarRef(local, ty, s);
    }

    private Thir.Expr upvar(int index, Ty ty, Span s) {
        ClosureInfo.Capture cap = captures.get(index);
        return new Thir.UpvarRef(closure, index, cap.local(), cap.kind() != ClosureInfo.CaptureKind.BY_VALUE, ty, s);
    }

    /**
     * The chain of a place expression (fields and built-in derefs, outermost first) down to the variable it is
     * rooted in, or null when it is rooted in something else.
     */
    private static List<Thir.Expr> placeChain(Thir.Expr e) {
        List<Thir.Expr> chain = new ArrayList<>();
        while (e instanceof Thir.Field || e instanceof Thir.Deref d && !(d.operand() instanceof Thir.Call)) {
            chain.add(e);
            e = e instanceof Thir.Field f ? f.base() : ((Thir.Deref) e).operand();
        }
        if (!(e instanceof Thir.VarRef)) return null;
        chain.add(e);
        return chain;
    }

    private static List<Integer> projections(List<Thir.Expr> chain) {
        List<Integer> out = new ArrayList<>();
        for (int k = chain.size() - 2; k >= 0; k--) out.add(chain.get(k) instanceof Thir.Field f ? f.field() : ClosureInfo.DEREF);
        return out;
    }

    /** Whether the place expression (of the closure being written back) is, or lies in, a place the closure captured. */
    private boolean captured(Thir.Expr e) { return capturedPrefix(e) >= 0; }

    /** The index of the capture whose place is a prefix of the expression's place, or -1. */
    private int capturedPrefix(Thir.Expr e) {
        List<Thir.Expr> chain = placeChain(e);
        if (chain == null) return -1;
        int local = ((Thir.VarRef) chain.get(chain.size() - 1)).local();
        List<Integer> projs = projections(chain);
        for (int i = 0; i < captures.size(); i++) {
            List<Integer> cp = captures.get(i).projections();
            if (captures.get(i).local() == local && cp.size() <= projs.size() && projs.subList(0, cp.size()).equals(cp)) return i;
        }
        return -1;
    }

    /** A place in a captured one (`p.a.len` of a closure that captured `p.a`): the capture, then the rest of the path. */
    private Thir.Expr capturedPlace(Thir.Expr e) {
        List<Thir.Expr> chain = placeChain(e);
        int index = capturedPrefix(e);
        int depth = captures.get(index).projections().size();
        Thir.Expr root = chain.get(chain.size() - 1 - depth);
        Thir.Expr out = upvar(index, ty(root.ty(), root.span()), root.span());
        for (int k = chain.size() - 2 - depth; k >= 0; k--) {
            Thir.Expr node = chain.get(k);
            Span s = node.span();
            out = node instanceof Thir.Field f ? new Thir.Field(out, f.variant(), f.field(), ty(f.ty(), s), s) : new Thir.Deref(out, ty(node.ty(), s), s);
        }
        return out;
    }

    private Thir.Expr closureExpr(Thir.Closure c) {
        ClosureInfo info = fcx.closureInfo(c.def());
        List<Thir.Expr> upvars = new ArrayList<>();
        if (info.captures != null) {
            for (ClosureInfo.Capture cap : info.captures) {
                // the captured place, read where the closure is made (through this body's own captures, when a closure)
                Thir.Expr place = new Thir.VarRef(cap.local(), cap.tys().get(0), c.span());
                for (int i = 0; i < cap.projections().size(); i++) {
                    int proj = cap.projections().get(i);
                    Ty after = cap.tys().get(i + 1);
                    place = proj == ClosureInfo.DEREF ? new Thir.Deref(place, after, c.span()) : new Thir.Field(place, 0, proj, after, c.span());
                }
                place = expr(place);
                Ty placeTy = ty(cap.placeTy(), c.span());
                upvars.add(switch (cap.kind()) {
                    case BY_VALUE -> place;
                    case BY_REF -> new Thir.Borrow(false, place, new Ty.Ref(placeTy, false), c.span());
                    case BY_MUT_REF -> new Thir.Borrow(true, place, new Ty.Ref(placeTy, true), c.span());
                });
            }
        }
        return new Thir.Closure(c.def(), tys(c.args(), c.span()), upvars, ty(c.ty(), c.span()), c.span());
    }

    private Thir.Block block(Thir.Block b) {
        List<Thir.Stmt> stmts = new ArrayList<>();
        for (Thir.Stmt st : b.stmts()) {
            if (st instanceof Thir.LetStmt l && l.pat() instanceof Thir.Wild && l.elseBlock() == null && closure != null && l.init() != null
                && placeChain(l.init()) != null && Upvars.isOuterPlace(l.init(), declared) && capturedPrefix(l.init()) < 0) {
                continue;   // `let _ = x;` of a variable the closure does not capture (edition 2021): nothing happens
            }
            stmts.add(switch (st) {
                case Thir.LetStmt l -> new Thir.LetStmt(pat(l.pat()), expr(l.init()), l.elseBlock() == null ? null : block(l.elseBlock()), l.span());
                case Thir.ExprStmt es -> new Thir.ExprStmt(expr(es.expr()), es.span());
            });
        }
        return new Thir.Block(stmts, expr(b.expr()), b.unsafe(), b.label(), ty(b.ty(), b.span()), b.span());
    }

    // ------------------------------------------------------------------ operators

    private Thir.Expr binary(Thir.Binary b) {
        Thir.Expr l = expr(b.lhs()), r = expr(b.rhs());
        Span s = b.span();
        Ty out = ty(b.ty(), s);
        if (OpCheck.builtinCompatible(b.op(), l.ty(), r.ty()) || b.method() == null) return new Thir.Binary(b.op(), l, r, out, s, null);
        Ty method = ty(b.method(), s);
        if (b.op().isComparison()) {
            Thir.Expr lb = new Thir.Borrow(false, l, new Ty.Ref(l.ty(), false), l.span());
            Thir.Expr rb = new Thir.Borrow(false, r, new Ty.Ref(r.ty(), false), r.span());
            return new Thir.Call(new Thir.FnItem(method, s), List.of(lb, rb), false, Ty.BOOL, s);
        }
        return new Thir.Call(new Thir.FnItem(method, s), List.of(l, r), false, out, s);
    }

    private Thir.Expr unary(Thir.Unary u) {
        Thir.Expr e = expr(u.operand());
        Span s = u.span();
        Ty out = ty(u.ty(), s);
        boolean builtin = u.op() == rustmem.syntax.ast.Expr.UnOp.NEG ? e.ty().isNumeric() : e.ty().isIntegral() || e.ty() instanceof Ty.Bool;
        if (builtin || u.method() == null) return new Thir.Unary(u.op(), e, out, s, null);
        return new Thir.Call(new Thir.FnItem(ty(u.method(), s), s), List.of(e), false, out, s);
    }

    private Thir.Expr assignOp(Thir.AssignOp a) {
        Thir.Expr l = expr(a.lhs()), r = expr(a.rhs());
        Span s = a.span();
        if (OpCheck.builtinCompatible(a.op(), l.ty(), r.ty()) || a.method() == null) return new Thir.AssignOp(a.op(), l, r, Ty.UNIT, s, null);
        Thir.Expr lb = new Thir.Borrow(true, l, new Ty.Ref(l.ty(), true), l.span(), true);
        return new Thir.Call(new Thir.FnItem(ty(a.method(), s), s), List.of(lb, r), false, Ty.UNIT, s);
    }

    // ------------------------------------------------------------------ patterns

    private Thir.Pat pat(Thir.Pat p) {
        if (p == null) return null;
        Span s = p.span();
        return switch (p) {
            case Thir.Wild w -> new Thir.Wild(ty(w.ty(), s), s);
            case Thir.Binding b -> new Thir.Binding(b.local(), b.name(), b.mode(), b.mutable(), pat(b.sub()), ty(b.varTy(), s), ty(b.ty(), s), s);
            case Thir.Variant v -> new Thir.Variant(v.adt(), tys(v.args(), s), v.variant(), fieldPats(v.fields()), ty(v.ty(), s), s);
            case Thir.Leaf l -> new Thir.Leaf(fieldPats(l.fields()), ty(l.ty(), s), s);
            case Thir.DerefPat d -> new Thir.DerefPat(pat(d.sub()), ty(d.ty(), s), s);
            case Thir.Constant c -> new Thir.Constant(c.value(), ty(c.ty(), s), s);
            case Thir.ConstRef c -> new Thir.ConstRef(c.def(), tys(c.args(), s), ty(c.ty(), s), s);
            case Thir.Range r -> new Thir.Range(r.lo(), r.hi(), r.inclusive(), ty(r.ty(), s), s);
            case Thir.Slice sl -> new Thir.Slice(pats(sl.prefix()), pat(sl.rest()), pats(sl.suffix()), ty(sl.ty(), s), s);
            case Thir.Or o -> new Thir.Or(pats(o.alternatives()), ty(o.ty(), s), s);
        };
    }

    private List<Thir.Pat> pats(List<Thir.Pat> ps) {
        List<Thir.Pat> out = new ArrayList<>();
        for (Thir.Pat p : ps) out.add(pat(p));
        return out;
    }

    private List<Thir.FieldPat> fieldPats(List<Thir.FieldPat> fs) {
        List<Thir.FieldPat> out = new ArrayList<>();
        for (Thir.FieldPat f : fs) out.add(new Thir.FieldPat(f.field(), pat(f.pat())));
        return out;
    }
}
