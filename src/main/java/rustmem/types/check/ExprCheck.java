package rustmem.types.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.syntax.Lit;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Stmt;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Checks expressions (rustc_hir_typeck's expr.rs): literals, blocks and statements, control flow (`if`, `match`,
 * loops, `break`/`continue`/`return`, with `while` and `for` desugared as rustc does), tuples, arrays, ranges,
 * borrows, assignments and `?`; paths and calls go to {@link CallCheck}, places to {@link PlaceCheck}.
 */
final class ExprCheck {
    private final FnCtxt fcx;
    final CallCheck calls;
    final PlaceCheck places;
    /** How many `unsafe` blocks (or unsafe fn bodies) enclose the code being checked. */
    int unsafeDepth;
    /** The static a `&raw const`/`&raw mut` being checked takes the address of (its path's span): that is safe even for a `static mut`. */
    rustmem.source.Span rawStaticPath;

    ExprCheck(FnCtxt fcx) {
        this.fcx = fcx;
        this.calls = new CallCheck(fcx);
        this.places = new PlaceCheck(fcx);
    }

    /** Checks e with an expected type (a hint; null for none); the result's type may still differ (coerce after). */
    Thir.Expr check(Expr e, Ty expected) {
        Thir.Expr out = checkInner(e, expected);
        Ty t = fcx.infcx.shallowResolve(out.ty());
        if (t instanceof Ty.Never) fcx.diverges = true;
        return out;
    }

    /** Checks e and coerces it to target (a coercion site). */
    Thir.Expr checkCoercible(Expr e, Ty target) {
        return fcx.coercion.coerce(check(e, target), target, e.span());
    }

    /** Checks e and requires exactly type t. */
    Thir.Expr checkHasType(Expr e, Ty t) {
        Thir.Expr out = check(e, t);
        if (!fcx.infcx.unify(t, out.ty())) {
            if (fcx.infcx.shallowResolve(out.ty()) instanceof Ty.Never) return new Thir.NeverToAny(out, t, out.span());
            fcx.mismatch(e.span(), t, out.ty());
        }
        return out;
    }

    private Thir.Expr checkInner(Expr e, Ty expected) {
        return switch (e) {
            case Expr.LitExpr l -> literal(l, expected);
            case Expr.PathExpr p -> calls.path(p, expected);
            case Expr.Paren p -> check(p.inner(), expected);
            case Expr.Call c -> calls.call(c, expected);
            case Expr.MethodCall m -> calls.methodCall(m, expected);
            case Expr.Field f -> places.field(f);
            case Expr.OffsetOf o -> places.offsetOf(o);
            case Expr.Index i -> places.index(i);
            case Expr.Unary u -> u.op() == Expr.UnOp.DEREF ? places.deref(u) : fcx.ops.unary(u, expected);
            case Expr.Binary b -> fcx.ops.binary(b, expected);
            case Expr.AssignOp a -> fcx.ops.assignOp(a);
            case Expr.Assign a -> assign(a);
            case Expr.AddrOf a -> addrOf(a, expected);
            case Expr.Cast c -> fcx.casts.check(c);
            case Expr.Range r -> range(r, expected);
            case Expr.Tuple t -> tuple(t, expected);
            case Expr.Array a -> array(a, expected);
            case Expr.Repeat r -> repeat(r, expected);
            case Expr.Struct s -> calls.structLit(s, expected);
            case Expr.If i -> ifExpr(i, expected);
            case Expr.Let l -> letExpr(l);
            case Expr.While w -> whileLoop(w);
            case Expr.Loop l -> loop(l, expected);
            case Expr.ForLoop f -> forLoop(f);
            case Expr.Match m -> match(m, expected);
            case Expr.BlockExpr b -> blockExpr(b, expected);
            case Expr.ConstBlock cb -> new Thir.BlockExpr(block(cb.block(), expected, -1));
            case Expr.Closure c -> fcx.closures.check(c, expected);
            case Expr.Break b -> breakExpr(b);
            case Expr.Continue c -> continueExpr(c);
            case Expr.Return r -> returnExpr(r);
            case Expr.Try t -> tryExpr(t);
            case Expr.FormatArgs f -> fcx.formats.check(f);
            case Expr.Async a -> unsupported(a.span(), "`async` blocks");
            case Expr.Await a -> unsupported(a.span(), "`.await`");
            case Expr.Underscore u -> {
                fcx.error(u.span(), null, "in expressions, `_` can only be used on the left-hand side of an assignment",
                    "`_` not allowed here");
                yield error(u.span());
            }
            case Expr.Mac m -> error(m.span());
            case Expr.Err err -> error(err.span());
        };
    }

    Thir.Expr error(Span span) {
        if (fcx.firstErrorExpr == null) fcx.firstErrorExpr = span;
        return new Thir.Literal(new Thir.Const.Unit(), Ty.ERROR, span);
    }

    Thir.Expr unsupported(Span span, String what) {
        fcx.error(span, null, "unsupported: " + what, "");
        return error(span);
    }

    // ------------------------------------------------------------------ literals

    private Thir.Expr literal(Expr.LitExpr l, Ty expected) {
        Lit lit = l.lit();
        Span span = l.span();
        return switch (lit.kind()) {
            case INT -> {
                Ty t;
                if (lit.suffix() != null) {
                    t = suffixType(lit.suffix());
                    if (t == null) {
                        fcx.error(span, null, "invalid suffix `" + lit.suffix() + "` for number literal", "invalid suffix `" + lit.suffix() + "`");
                        t = Ty.ERROR;
                    }
                } else {
                    Ty exp = expected == null ? null : fcx.infcx.shallowResolve(expected);
                    if (exp instanceof Ty.Int || exp instanceof Ty.Infer v && v.kind() == Ty.InferKind.INT) t = exp;
                    else if (exp instanceof Ty.Float || exp instanceof Ty.Infer fv && fv.kind() == Ty.InferKind.FLOAT) {
                        t = fcx.infcx.newVar(Ty.InferKind.INT);   // rustc: an integer literal is never a float
                    } else t = fcx.infcx.newVar(Ty.InferKind.INT);
                }
                if (t instanceof Ty.Float) yield new Thir.Literal(new Thir.Const.Float(lit.intValue().doubleValue()), t, span);
                yield new Thir.Literal(new Thir.Const.Int(lit.intValue()), t, span);
            }
            case FLOAT -> {
                Ty t;
                if (lit.suffix() != null) t = lit.suffix().equals("f32") ? Ty.F32 : Ty.F64;
                else {
                    Ty exp = expected == null ? null : fcx.infcx.shallowResolve(expected);
                    t = exp instanceof Ty.Float || exp instanceof Ty.Infer v && v.kind() == Ty.InferKind.FLOAT ? exp
                        : fcx.infcx.newVar(Ty.InferKind.FLOAT);
                }
                yield new Thir.Literal(new Thir.Const.Float(Double.parseDouble(lit.symbol().replace("_", ""))), t, span);
            }
            case STR, RAW_STR -> new Thir.Literal(new Thir.Const.Str(lit.cooked()), Ty.STATIC_STR, span);
            case BYTE_STR, RAW_BYTE_STR -> {
                byte[] bytes = new byte[lit.cooked().length()];
                for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) lit.cooked().charAt(i);
                yield new Thir.Literal(new Thir.Const.ByteStr(bytes), new Ty.Ref(new Ty.Array(Ty.U8, new Ty.ConstValue(bytes.length)), false), span);
            }
            case CHAR -> new Thir.Literal(new Thir.Const.Char(lit.cooked().codePointAt(0)), Ty.CHAR, span);
            case BYTE -> new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(lit.cooked().charAt(0))), Ty.U8, span);
            case BOOL -> new Thir.Literal(new Thir.Const.Bool(lit.symbol().equals("true")), Ty.BOOL, span);
            case C_STR, RAW_C_STR -> {
                // a `&'static CStr` to the bytes and their nul (CStr is a slice of c_char: its length counts the nul)
                byte[] bytes = new byte[lit.cooked().length() + 1];
                for (int i = 0; i < bytes.length - 1; i++) bytes[i] = (byte) lit.cooked().charAt(i);
                DefId cstr = fcx.tcx.lang.get("CStr");
                if (cstr == null) yield unsupported(span, "C string literals (no CStr in this std)");
                Ty t = new Ty.Ref(new Ty.Adt(fcx.tcx.adtDef(cstr), List.of()), false);
                yield new Thir.Literal(new Thir.Const.ByteStr(bytes), t, span);
            }
            default -> unsupported(span, "literal " + lit);
        };
    }

    static Ty suffixType(String suffix) {
        Ty.IntTy it = Ty.IntTy.byName(suffix);
        if (it != null) return Ty.intTy(it);
        return switch (suffix) {
            case "f32" -> Ty.F32;
            case "f64" -> Ty.F64;
            default -> null;
        };
    }

    // ------------------------------------------------------------------ blocks and statements

    Thir.Expr checkBlockExpr(Block b, Ty expected) { return new Thir.BlockExpr(block(b, expected, -1)); }

    private Thir.Expr blockExpr(Expr.BlockExpr be, Ty expected) {
        if (be.label() == null) return new Thir.BlockExpr(block(be.block(), expected, -1));
        int id = fcx.newLabel();
        Ty breakTy = expected != null ? expected : fcx.infcx.newVar();
        FnCtxt.Breakable brk = new FnCtxt.Breakable(be.label().name(), id, false, breakTy);
        fcx.breakables.push(brk);
        Thir.Block b;
        try {
            b = block(be.block(), breakTy, id);
        } finally {
            fcx.breakables.pop();
        }
        Thir.Block coerced = b.expr() == null ? b : new Thir.Block(b.stmts(), fcx.coercion.coerce(b.expr(), breakTy, b.expr().span()),
            b.unsafe(), id, breakTy, b.span());
        if (b.expr() == null && !fcx.infcx.unify(breakTy, b.ty())) fcx.mismatch(be.span(), breakTy, b.ty());
        return new Thir.BlockExpr(new Thir.Block(coerced.stmts(), coerced.expr(), coerced.unsafe(), id, breakTy, b.span()));
    }

    Thir.Block block(Block b, Ty expected, int label) {
        if (b.unsafe()) unsafeDepth++;
        try {
            List<Thir.Stmt> stmts = new ArrayList<>();
            Thir.Expr tail = null;
            List<Stmt> ss = b.stmts();
            int last = ss.size() - 1;
            while (last >= 0 && (ss.get(last) instanceof Stmt.Empty || ss.get(last) instanceof Stmt.ItemStmt)) last--;
            boolean hasTail = last >= 0 && ss.get(last) instanceof Stmt.ExprStmt es && !es.semi()
                && rustmem.resolve.Cfg.enabled(es.attrs());
            for (int i = 0; i < ss.size(); i++) {
                Stmt s = ss.get(i);
                if (hasTail && i == last) {
                    tail = check(((Stmt.ExprStmt) s).expr(), expected);
                    continue;
                }
                Thir.Stmt st = stmt(s);
                if (st != null) stmts.add(st);
            }
            Ty ty;
            if (tail != null) ty = tail.ty();
            else if (fcx.diverges) ty = fcx.infcx.newDivergingVar();   // a block that never ends has type `!`
            else ty = Ty.UNIT;
            return new Thir.Block(stmts, tail, b.unsafe(), label, ty, b.span());
        } finally {
            if (b.unsafe()) unsafeDepth--;
        }
    }

    private Thir.Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.Let l -> rustmem.resolve.Cfg.enabled(l.attrs()) ? letStmt(l) : null;
            case Stmt.ExprStmt es -> {
                if (!rustmem.resolve.Cfg.enabled(es.attrs())) yield null;
                Thir.Expr e;
                if (!es.semi() && isBlockLike(es.expr())) {
                    // a block-like expression statement without `;` must be `()`
                    e = checkCoercible(es.expr(), Ty.UNIT);
                } else {
                    e = check(es.expr(), null);
                }
                yield new Thir.ExprStmt(e, es.span());
            }
            case Stmt.ItemStmt is -> null;
            case Stmt.Empty em -> null;
        };
    }

    private static boolean isBlockLike(Expr e) {
        return e instanceof Expr.If || e instanceof Expr.Match || e instanceof Expr.BlockExpr || e instanceof Expr.Loop
            || e instanceof Expr.While || e instanceof Expr.ForLoop;
    }

    private Thir.Stmt letStmt(Stmt.Let l) {
        Ty declared = l.type() == null ? null : fcx.normalize(fcx.lowering.lower(l.type()), l.span());
        Thir.Expr init = null;
        Ty ty;
        if (l.init() != null) {
            if (declared != null) {
                init = checkCoercible(l.init(), declared);
                ty = declared;
            } else {
                init = check(l.init(), null);
                ty = init.ty();
            }
        } else {
            ty = declared != null ? declared : fcx.infcx.newVar();
        }
        boolean divergedBefore = fcx.diverges;
        Thir.Pat pat = fcx.pats.checkLet(l.pat(), ty, l.init() != null && l.elseBlock() == null);
        Thir.Block elseBlock = null;
        if (l.elseBlock() != null) {
            boolean saved = fcx.diverges;
            fcx.diverges = false;
            elseBlock = block(l.elseBlock(), null, -1);
            if (!fcx.diverges && !(fcx.infcx.shallowResolve(elseBlock.ty()) instanceof Ty.Never)) {
                fcx.error(l.elseBlock().span(), "E0308", "`else` clause of `let...else` does not diverge",
                    "expected `!`, found `" + fcx.display(elseBlock.ty()) + "`");
            }
            fcx.diverges = saved;
        }
        fcx.diverges = divergedBefore || fcx.diverges && l.elseBlock() == null;
        return new Thir.LetStmt(pat, init, elseBlock, l.span());
    }

    // ------------------------------------------------------------------ control flow

    private Thir.Expr ifExpr(Expr.If i, Ty expected) {
        boolean before = fcx.diverges;
        Thir.Expr cond = condition(i.cond());
        boolean condDiverges = fcx.diverges;
        fcx.diverges = false;
        if (i.elseBranch() == null) {
            Thir.Block then = block(i.then(), Ty.UNIT, -1);
            Thir.Expr thenE = fcx.coercion.coerce(new Thir.BlockExpr(then), Ty.UNIT, i.then().span());
            fcx.diverges = before || condDiverges;
            return new Thir.If(cond, thenE, null, Ty.UNIT, i.span());
        }
        CoerceMany arms = new CoerceMany(fcx, expected);
        Thir.Block then = block(i.then(), expected, -1);
        boolean thenDiverges = fcx.diverges;
        fcx.diverges = false;
        Thir.Expr thenE = arms.add(new Thir.BlockExpr(then), i.then().span());
        Thir.Expr elseE = check(i.elseBranch(), arms.target());
        boolean elseDiverges = fcx.diverges;
        elseE = arms.add(elseE, i.elseBranch().span());
        fcx.diverges = before || condDiverges || thenDiverges && elseDiverges;
        Thir.Expr t2 = arms.finish(thenE);
        return new Thir.If(cond, t2, arms.finish(elseE), arms.target(), i.span());
    }

    /** An `if`/`while` condition: a bool, or `let` chains joined by `&&`. */
    Thir.Expr condition(Expr cond) {
        if (cond instanceof Expr.Binary b && b.op() == Expr.BinOp.AND && containsLet(cond)) {
            Thir.Expr l = condition(b.lhs());
            Thir.Expr r = condition(b.rhs());
            return new Thir.LogicalOp(true, l, r, Ty.BOOL, cond.span());
        }
        if (cond instanceof Expr.Paren p && containsLet(p.inner())) return condition(p.inner());
        if (cond instanceof Expr.Let l) return letExpr(l);
        return checkCoercible(cond, Ty.BOOL);
    }

    private static boolean containsLet(Expr e) {
        return e instanceof Expr.Let || e instanceof Expr.Binary b && b.op() == Expr.BinOp.AND && (containsLet(b.lhs()) || containsLet(b.rhs()))
            || e instanceof Expr.Paren p && containsLet(p.inner());
    }

    private Thir.Expr letExpr(Expr.Let l) {
        Thir.Expr scrut = check(l.scrutinee(), null);
        Thir.Pat pat = fcx.pats.checkTop(l.pat(), scrut.ty(), false);
        return new Thir.Let(pat, scrut, Ty.BOOL, l.span());
    }

    private Thir.Expr whileLoop(Expr.While w) {
        int id = fcx.newLabel();
        FnCtxt.Breakable brk = new FnCtxt.Breakable(w.label() == null ? null : w.label().name(), id, true, null);
        boolean before = fcx.diverges;
        fcx.breakables.push(brk);
        Thir.Expr loopBody;
        try {
            Thir.Expr cond = condition(w.cond());
            fcx.diverges = false;
            Thir.Block body = block(w.body(), Ty.UNIT, -1);
            Thir.Expr bodyE = fcx.coercion.coerce(new Thir.BlockExpr(body), Ty.UNIT, w.body().span());
            Thir.Expr brkE = new Thir.Break(id, null, Ty.NEVER, w.span());
            loopBody = new Thir.If(cond, bodyE, new Thir.NeverToAny(brkE, Ty.UNIT, w.span()), Ty.UNIT, w.span());
        } finally {
            fcx.breakables.pop();
        }
        fcx.diverges = before;
        return new Thir.Loop(loopBody, id, Ty.UNIT, w.span());
    }

    private Thir.Expr loop(Expr.Loop l, Ty expected) {
        int id = fcx.newLabel();
        Ty breakTy = expected != null ? expected : fcx.infcx.newVar();
        FnCtxt.Breakable brk = new FnCtxt.Breakable(l.label() == null ? null : l.label().name(), id, true, breakTy);
        boolean before = fcx.diverges;
        fcx.breakables.push(brk);
        Thir.Block body;
        try {
            body = block(l.body(), Ty.UNIT, -1);
        } finally {
            fcx.breakables.pop();
        }
        Thir.Expr bodyE = fcx.coercion.coerce(new Thir.BlockExpr(body), Ty.UNIT, l.body().span());
        if (!brk.mayBreak) {
            // a loop without break never ends: its value is `!`
            fcx.diverges = true;
            return new Thir.Loop(bodyE, id, Ty.NEVER, l.span());
        }
        fcx.diverges = before;
        return new Thir.Loop(bodyE, id, brk.breakTy, l.span());
    }

    /**
     * rustc's desugaring: {@code match IntoIterator::into_iter(iter) { mut it => loop { match Iterator::next(&mut it)
     * { None => break, Some(pat) => body } } }}.
     */
    private Thir.Expr forLoop(Expr.ForLoop f) {
        Span span = f.span();
        Thir.Expr iter = check(f.iter(), null);
        DefId intoIter = fcx.tcx.lang.require("into_iter");
        DefId next = fcx.tcx.lang.require("next");
        Thir.Expr iterator = calls.callTraitFn(intoIter, iter.ty(), List.of(), List.of(iter), f.iter().span());
        Ty itTy = iterator.ty();
        int itLocal = fcx.syntheticLocal("iter", itTy, true, f.iter().span());
        Thir.Expr itRef = new Thir.Borrow(true, new Thir.VarRef(itLocal, itTy, f.iter().span()), new Ty.Ref(itTy, true), f.iter().span());
        Thir.Expr nextCall = calls.callTraitFn(next, itTy, List.of(), List.of(itRef), f.iter().span());
        Ty optTy = fcx.resolve(nextCall.ty());
        Ty item = fcx.infcx.newVar();
        AdtDef option = fcx.tcx.adtDef(fcx.tcx.lang.require("Option"));
        fcx.demandEq(span, new Ty.Adt(option, List.of(item)), optTy);
        int id = fcx.newLabel();
        FnCtxt.Breakable brk = new FnCtxt.Breakable(f.label() == null ? null : f.label().name(), id, true, null);
        boolean before = fcx.diverges;
        Thir.Pat pat = fcx.pats.checkTop(f.pat(), item, true);
        fcx.breakables.push(brk);
        Thir.Block body;
        try {
            body = block(f.body(), Ty.UNIT, -1);
        } finally {
            fcx.breakables.pop();
        }
        fcx.diverges = before;
        Thir.Expr bodyE = fcx.coercion.coerce(new Thir.BlockExpr(body), Ty.UNIT, f.body().span());
        int none = option.variantIndex(fcx.tcx.lang.require("None"));
        int some = option.variantIndex(fcx.tcx.lang.require("Some"));
        List<Ty> optArgs = List.of(item);
        Thir.Arm noneArm = new Thir.Arm(new Thir.Variant(option, optArgs, none, List.of(), optTy, span), null,
            new Thir.NeverToAny(new Thir.Break(id, null, Ty.NEVER, span), Ty.UNIT, span), span);
        Thir.Arm someArm = new Thir.Arm(new Thir.Variant(option, optArgs, some, List.of(new Thir.FieldPat(0, pat)), optTy, span), null,
            bodyE, span);
        Thir.Expr inner = new Thir.Match(nextCall, List.of(noneArm, someArm), Ty.UNIT, span);
        Thir.Expr loopE = new Thir.Loop(inner, id, Ty.UNIT, span);
        Thir.Pat itPat = new Thir.Binding(itLocal, "iter", Thir.BindingMode.VALUE, true, null, itTy, itTy, f.iter().span());
        return new Thir.Match(iterator, List.of(new Thir.Arm(itPat, null, loopE, span)), Ty.UNIT, span);
    }

    private Thir.Expr match(Expr.Match m, Ty expected) {
        boolean before = fcx.diverges;
        Thir.Expr scrut = check(m.scrutinee(), null);
        boolean scrutDiverges = fcx.diverges;
        CoerceMany arms = new CoerceMany(fcx, expected);
        List<Thir.Arm> out = new ArrayList<>();
        List<Thir.Expr> bodies = new ArrayList<>();
        boolean allDiverge = !m.arms().isEmpty();
        for (Expr.Arm arm : m.arms()) {
            if (!rustmem.resolve.Cfg.enabled(arm.attrs())) continue;
            fcx.diverges = false;
            Thir.Pat pat = fcx.pats.checkTop(arm.pat(), scrut.ty(), false);
            Thir.Expr guard = arm.guard() == null ? null : condition(arm.guard());
            fcx.diverges = false;
            Thir.Expr body = check(arm.body(), arms.target());
            allDiverge &= fcx.diverges;
            body = arms.add(body, arm.body().span());
            out.add(new Thir.Arm(pat, guard, body, arm.span()));
            bodies.add(body);
        }
        List<Thir.Arm> finished = new ArrayList<>();
        for (Thir.Arm a : out) finished.add(new Thir.Arm(a.pat(), a.guard(), arms.finish(a.body()), a.span()));
        fcx.diverges = before || scrutDiverges || allDiverge;
        Ty ty = m.arms().isEmpty() ? fcx.infcx.newDivergingVar() : arms.target();
        if (m.arms().isEmpty()) fcx.diverges = true;
        return new Thir.Match(scrut, finished, ty, m.span());
    }

    private Thir.Expr breakExpr(Expr.Break b) {
        FnCtxt.Breakable target = fcx.findBreakable(b.label(), b.span(), false);
        Thir.Expr value = null;
        if (target == null) {
            if (b.value() != null) check(b.value(), null);
            return new Thir.Break(-1, null, Ty.NEVER, b.span());
        }
        target.mayBreak = true;
        if (b.value() != null) {
            if (target.breakTy == null) {
                fcx.error(b.span(), "E0571", "`break` with value from a `" + (target.isLoop ? "while" : "for") + "` loop",
                    "can only break with a value inside `loop` or breakable block");
                check(b.value(), null);
            } else {
                value = checkCoercible(b.value(), target.breakTy);
            }
        } else if (target.breakTy != null) {
            if (!fcx.infcx.unify(target.breakTy, Ty.UNIT)) fcx.mismatch(b.span(), target.breakTy, Ty.UNIT);
        }
        fcx.diverges = true;
        return new Thir.Break(target.id, value, Ty.NEVER, b.span());
    }

    private Thir.Expr continueExpr(Expr.Continue c) {
        FnCtxt.Breakable target = fcx.findBreakable(c.label(), c.span(), true);
        fcx.diverges = true;
        return new Thir.Continue(target == null ? -1 : target.id, Ty.NEVER, c.span());
    }

    private Thir.Expr returnExpr(Expr.Return r) {
        FnCtxt.ClosureFrame cf = fcx.currentClosure();
        Ty ret = cf != null ? cf.returnTy() : fcx.returnTy;
        Thir.Expr value;
        if (r.value() != null) {
            value = checkCoercible(r.value(), ret);
        } else {
            if (!fcx.infcx.unify(ret, Ty.UNIT)) {
                fcx.error(r.span(), "E0069", "`return;` in a function whose return type is not `()`", "return type is not `()`");
            }
            value = null;
        }
        fcx.diverges = true;
        return new Thir.Return(value, Ty.NEVER, r.span());
    }

    // ------------------------------------------------------------------ other expressions

    private Thir.Expr assign(Expr.Assign a) {
        if (a.lhs() instanceof Expr.Tuple || a.lhs() instanceof Expr.Array || a.lhs() instanceof Expr.Struct
            || a.lhs() instanceof Expr.Call || a.lhs() instanceof Expr.Underscore) {
            return destructuringAssign(a);
        }
        places.assigning(a.lhs());
        Thir.Expr lhs = places.checkPlace(a.lhs(), true);
        Thir.Expr rhs = checkCoercible(a.rhs(), lhs.ty());
        places.requireAssignable(lhs, a.lhs(), a.span());
        return new Thir.Assign(lhs, rhs, Ty.UNIT, a.span());
    }

    /** `(a, b) = (b, a)` as rustc desugars it: `{ let (x, y) = rhs; a = x; b = y; }`. */
    private Thir.Expr destructuringAssign(Expr.Assign a) {
        Thir.Expr rhs = check(a.rhs(), null);
        List<Thir.Stmt> assigns = new ArrayList<>();
        Thir.Pat pat = destructure(a.lhs(), rhs.ty(), assigns);
        List<Thir.Stmt> stmts = new ArrayList<>();
        stmts.add(new Thir.LetStmt(pat, rhs, null, a.span()));
        stmts.addAll(assigns);
        return new Thir.BlockExpr(new Thir.Block(stmts, null, false, -1, Ty.UNIT, a.span()));
    }

    private Thir.Pat destructure(Expr lhs, Ty ty, List<Thir.Stmt> assigns) {
        Ty t = fcx.resolve(ty);
        switch (lhs) {
            case Expr.Underscore u -> { return new Thir.Wild(ty, u.span()); }
            case Expr.Paren p -> { return destructure(p.inner(), ty, assigns); }
            case Expr.Tuple tu -> {
                List<Ty> elems = new ArrayList<>();
                for (int i = 0; i < tu.elements().size(); i++) elems.add(fcx.infcx.newVar());
                fcx.demandEq(tu.span(), Ty.tuple(elems), t);
                List<Thir.FieldPat> fields = new ArrayList<>();
                for (int i = 0; i < tu.elements().size(); i++) {
                    if (tu.elements().get(i) instanceof Expr.Range r && r.start() == null && r.end() == null) {
                        return unsupportedPat(tu.span(), "`..` in destructuring assignments");
                    }
                    fields.add(new Thir.FieldPat(i, destructure(tu.elements().get(i), elems.get(i), assigns)));
                }
                return new Thir.Leaf(fields, ty, tu.span());
            }
            default -> {
                Thir.Expr place = places.checkPlace(lhs, true);
                int tmp = fcx.syntheticLocal("lhs", ty, false, lhs.span());
                fcx.demandEq(lhs.span(), place.ty(), ty);
                places.requireAssignable(place, lhs, lhs.span());
                assigns.add(new Thir.ExprStmt(new Thir.Assign(place, new Thir.VarRef(tmp, ty, lhs.span()), Ty.UNIT, lhs.span()), lhs.span()));
                return new Thir.Binding(tmp, "lhs", Thir.BindingMode.VALUE, false, null, ty, ty, lhs.span());
            }
        }
    }

    private Thir.Pat unsupportedPat(Span span, String what) {
        fcx.error(span, null, "unsupported: " + what, "");
        return new Thir.Wild(Ty.ERROR, span);
    }

    private Thir.Expr addrOf(Expr.AddrOf a, Ty expected) {
        Ty exp = expected == null ? null : fcx.infcx.shallowResolve(expected);
        Ty inner = exp instanceof Ty.Ref r ? r.pointee() : exp instanceof Ty.RawPtr p ? p.pointee() : null;
        // `&[1, 2]` where a slice is expected checks the array against the element type
        Thir.Expr operand;
        if (a.raw()) {
            Expr base = a.operand();
            while (true) {
                if (base instanceof Expr.Paren p) base = p.inner();
                else if (base instanceof Expr.Field f) base = f.base();
                else if (base instanceof Expr.Index ix) base = ix.base();
                else break;
            }
            rustmem.source.Span saved = rawStaticPath;
            rawStaticPath = base instanceof Expr.PathExpr pe ? pe.span() : null;
            try {
                operand = places.checkPlace(a.operand(), a.mutable(), inner);
            } finally {
                rawStaticPath = saved;
            }
        } else if (a.mutable()) {
            operand = places.checkPlace(a.operand(), a.mutable(), inner);
        } else {
            operand = places.checkPlaceOrValue(a.operand(), inner);
        }
        if (a.mutable()) places.requireMutableBorrow(operand, a.operand(), a.span());
        if (a.raw()) return new Thir.RawBorrow(a.mutable(), operand, new Ty.RawPtr(operand.ty(), a.mutable()), a.span());
        return new Thir.Borrow(a.mutable(), operand, new Ty.Ref(operand.ty(), a.mutable()), a.span());
    }

    private Thir.Expr tuple(Expr.Tuple t, Ty expected) {
        Ty exp = expected == null ? null : fcx.infcx.shallowResolve(expected);
        List<Ty> expElems = exp instanceof Ty.Tuple et && et.elements().size() == t.elements().size() ? et.elements() : null;
        List<Thir.Expr> elems = new ArrayList<>();
        List<Ty> tys = new ArrayList<>();
        for (int i = 0; i < t.elements().size(); i++) {
            Ty e = expElems == null ? null : expElems.get(i);
            Thir.Expr x = e != null ? checkCoercible(t.elements().get(i), e) : check(t.elements().get(i), null);
            elems.add(x);
            tys.add(x.ty());
        }
        return new Thir.Tuple(elems, Ty.tuple(tys), t.span());
    }

    private Thir.Expr array(Expr.Array a, Ty expected) {
        Ty exp = expected == null ? null : fcx.infcx.shallowResolve(expected);
        Ty elem = exp instanceof Ty.Array ea ? ea.element() : exp instanceof Ty.Slice es ? es.element() : null;
        CoerceMany many = new CoerceMany(fcx, elem);
        List<Thir.Expr> elems = new ArrayList<>();
        for (Expr e : a.elements()) elems.add(many.add(check(e, many.target()), e.span()));
        List<Thir.Expr> finished = new ArrayList<>();
        for (Thir.Expr e : elems) finished.add(many.finish(e));
        Ty et = a.elements().isEmpty() && elem == null ? fcx.infcx.newVar() : many.target();
        return new Thir.Array(finished, new Ty.Array(et, new Ty.ConstValue(a.elements().size())), a.span());
    }

    private Thir.Expr repeat(Expr.Repeat r, Ty expected) {
        Ty exp = expected == null ? null : fcx.infcx.shallowResolve(expected);
        Ty elem = exp instanceof Ty.Array ea ? ea.element() : exp instanceof Ty.Slice es ? es.element() : null;
        Thir.Expr value = elem == null ? check(r.value(), null) : checkCoercible(r.value(), elem);
        Ty count = fcx.lowering.lowerArrayLength(r.count());
        if (!(count instanceof Ty.ConstValue cv && cv.value() <= 1) && !isConstOperand(r.value())) {
            DefId copy = fcx.tcx.lang.require("copy");
            fcx.registerTrait(copy, List.of(value.ty()), r.value().span());
        }
        return new Thir.Repeat(value, count, new Ty.Array(value.ty(), count), r.span());
    }

    /** A constant (a path to a `const` item, an inline `const { … }`) may be repeated even when its type is not Copy. */
    private boolean isConstOperand(Expr e) {
        if (e instanceof Expr.Paren p) return isConstOperand(p.inner());
        return e instanceof Expr.ConstBlock || e instanceof Expr.PathExpr p && fcx.tcx.res.partialRes(p) != null
            && fcx.tcx.res.partialRes(p).base() instanceof rustmem.resolve.Res.Def d && d.kind() == rustmem.resolve.DefKind.CONST;
    }

    /** Ranges are std's structs: `a..b` is Range { start: a, end: b }, `a..=b` RangeInclusive::new(a, b). */
    private Thir.Expr range(Expr.Range r, Ty expected) {
        String lang;
        boolean inclusive = r.limits() == Expr.RangeLimits.CLOSED;
        if (r.start() != null && r.end() != null) lang = inclusive ? "RangeInclusive" : "Range";
        else if (r.start() != null) lang = "RangeFrom";
        else if (r.end() != null) lang = inclusive ? "RangeToInclusive" : "RangeTo";
        else lang = "RangeFull";
        if (lang.equals("RangeInclusive")) {
            DefId ctor = fcx.tcx.lang.require("range_inclusive_new");
            return calls.callPath(ctor, List.of(r.start(), r.end()), r.span(), expected);
        }
        DefId did = fcx.tcx.lang.require(lang);
        AdtDef adt = fcx.tcx.adtDef(did);
        List<Ty> args = new ArrayList<>();
        for (int i = 0; i < fcx.tcx.generics(did).count(); i++) args.add(fcx.infcx.newVar());
        Ty ty = new Ty.Adt(adt, args);
        if (expected != null) fcx.infcx.probe(() -> fcx.infcx.unify(expected, ty));
        List<Thir.FieldExpr> fields = new ArrayList<>();
        AdtDef.VariantDef v = adt.nonEnumVariant();
        if (r.start() != null) fields.add(new Thir.FieldExpr(v.fieldIndex("start"),
            checkCoercible(r.start(), fcx.tcx.fieldTy(v.fields().get(v.fieldIndex("start")), args))));
        if (r.end() != null) fields.add(new Thir.FieldExpr(v.fieldIndex("end"),
            checkCoercible(r.end(), fcx.tcx.fieldTy(v.fields().get(v.fieldIndex("end")), args))));
        return new Thir.Adt(adt, 0, args, fields, null, ty, r.span());
    }

    /**
     * `e?` as rustc desugars it: {@code match Try::branch(e) { Continue(v) => v, Break(r) => return
     * FromResidual::from_residual(r) }}.
     */
    private Thir.Expr tryExpr(Expr.Try t) {
        Span span = t.span();
        Thir.Expr operand = check(t.operand(), null);
        DefId branch = fcx.tcx.lang.require("branch");
        DefId fromResidual = fcx.tcx.lang.require("from_residual");
        Thir.Expr branched = calls.callTraitFn(branch, operand.ty(), List.of(), List.of(operand), span);
        Ty cf = fcx.resolve(branched.ty());
        if (!(cf instanceof Ty.Adt cfAdt)) return error(span);
        Ty output = cfAdt.args().get(1);
        Ty residual = cfAdt.args().get(0);
        int contIdx = cfAdt.def().variantIndex(fcx.tcx.lang.require("Continue"));
        int breakIdx = cfAdt.def().variantIndex(fcx.tcx.lang.require("Break"));
        FnCtxt.ClosureFrame cfr = fcx.currentClosure();
        Ty ret = cfr != null ? cfr.returnTy() : fcx.returnTy;
        int v = fcx.syntheticLocal("val", output, false, span);
        int r = fcx.syntheticLocal("residual", residual, false, span);
        Thir.Expr residualValue = new Thir.VarRef(r, residual, span);
        Thir.Expr converted = calls.callTraitFn(fromResidual, ret, List.of(residual), List.of(residualValue), span);
        fcx.demandEq(span, ret, converted.ty());
        Thir.Expr ret2 = new Thir.Return(converted, Ty.NEVER, span);
        Thir.Arm cont = new Thir.Arm(new Thir.Variant(cfAdt.def(), cfAdt.args(), contIdx, List.of(new Thir.FieldPat(0,
            new Thir.Binding(v, "val", Thir.BindingMode.VALUE, false, null, output, output, span))), cf, span), null,
            new Thir.VarRef(v, output, span), span);
        Thir.Arm brk = new Thir.Arm(new Thir.Variant(cfAdt.def(), cfAdt.args(), breakIdx, List.of(new Thir.FieldPat(0,
            new Thir.Binding(r, "residual", Thir.BindingMode.VALUE, false, null, residual, residual, span))), cf, span), null,
            new Thir.NeverToAny(ret2, output, span), span);
        return new Thir.Match(branched, List.of(cont, brk), output, span);
    }
}
