package rustmem.ir.build;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustmem.ir.Mir;
import rustmem.ir.Mir.Operand;
import rustmem.ir.Mir.Place;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.types.AdtDef;
import rustmem.types.ClosureInfo;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Expressions to MIR (rustc's as_place, as_operand, as_rvalue and expr_into_dest): a value is written into a
 * destination place, read from a place (copied or moved by its type), or computed into a temporary. Integer
 * arithmetic is checked as in a debug build.
 */
final class Exprs {
    private final Builder b;
    /** While a `let` initializer is lowered: the block scope its extended temporaries belong to. */
    Builder.Scope extendInto;
    /** Whether the expression being lowered is in an extending position of that initializer. */
    private boolean extending;

    Exprs(Builder b) { this.b = b; }

    // ------------------------------------------------------------------ into a destination

    /** Evaluates e for its effects (its value, if any, in a temporary dropped with the statement). */
    void effect(Thir.Expr e) {
        switch (e) {
            case Thir.Assign a -> assign(a);
            case Thir.AssignOp a -> assignOp(a);
            default -> into(Place.local(b.newTemp(e.ty(), e.span())), e);
        }
    }

    /** A `let` initializer into its variable, temporaries it borrows living as long as the variable. */
    void intoExtending(Place dest, Thir.Expr e) {
        extending = extendInto != null;
        into(dest, e);
        extending = false;
    }

    void into(Place dest, Thir.Expr e) {
        boolean ext = extending;
        extending = false;
        Span s = e.span();
        switch (e) {
            case Thir.BlockExpr be -> b.block(dest, be.block());
            case Thir.If i -> b.ifExpr(dest, i);
            case Thir.Match m -> b.matches.matchExpr(dest, m);
            case Thir.Loop l -> b.loop(dest, l);
            case Thir.LogicalOp l -> logical(dest, l);
            case Thir.Let l -> {
                int f = b.newBlock(), end = b.newBlock();
                b.condition(l, f);
                b.assign(dest, new Mir.Use(boolConst(true)), s);
                b.gotoBlock(end);
                b.startBlock(f);
                b.assign(dest, new Mir.Use(boolConst(false)), s);
                b.gotoBlock(end);
                b.startBlock(end);
            }
            case Thir.Call c -> call(dest, c);
            case Thir.Assign a -> assign(a);
            case Thir.AssignOp a -> assignOp(a);
            case Thir.Break br -> b.breakExpr(br);
            case Thir.Continue c -> b.continueExpr(c);
            case Thir.Return r -> b.returnExpr(r);
            case Thir.NeverToAny n -> {
                effect(n.operand());
                b.terminate(new Mir.Unreachable(s));
            }
            case Thir.BoxNew bn -> boxNew(dest, bn.value(), bn.ty(), s);
            case Thir.Tuple t -> {
                List<Operand> ops = new ArrayList<>();
                for (Thir.Expr x : t.elements()) ops.add(operandExtending(x, ext));
                b.assign(dest, new Mir.Aggregate(new Mir.AggregateKind.Tuple(), ops), s);
            }
            case Thir.Array a -> {
                List<Operand> ops = new ArrayList<>();
                for (Thir.Expr x : a.elements()) ops.add(operandExtending(x, ext));
                Ty elem = ((Ty.Array) a.ty()).element();
                b.assign(dest, new Mir.Aggregate(new Mir.AggregateKind.Array(elem), ops), s);
            }
            case Thir.Adt a -> adt(dest, a, ext);
            case Thir.Closure c -> {
                List<Operand> ops = new ArrayList<>();
                for (Thir.Expr x : c.upvars()) ops.add(asOperand(x));
                b.assign(dest, new Mir.Aggregate(new Mir.AggregateKind.Closure(c.def(), c.args()), ops), s);
            }
            case Thir.Borrow br -> b.assign(dest, new Mir.Ref(br.mutable(), asPlace(br.place(), ext ? extendInto : null), br.twoPhase()), s);
            case Thir.PointerCoercion pc when ext -> {
                // `&temp as &dyn Tr`, `&vec` unsized to a slice: the borrow stays extending
                extending = true;
                Operand op = asOperand(pc.operand());
                extending = false;
                b.assign(dest, castOf(pc, op), s);
            }
            default -> {
                if (isPlaceExpr(e)) b.assign(dest, new Mir.Use(asOperand(e)), s);
                else b.assign(dest, asRvalue(e), s);
            }
        }
    }

    private Operand operandExtending(Thir.Expr x, boolean ext) {
        if (!ext) return asOperand(x);
        extending = true;
        Operand o = asOperand(x);
        extending = false;
        return o;
    }

    /** `a && b`: b only when a is true, else false; `a || b`: b only when a is false, else true (dest written once). */
    private void logical(Place dest, Thir.LogicalOp l) {
        int lhs = b.newLocal(Ty.BOOL, false, null, l.lhs().span());
        into(Place.local(lhs), l.lhs());
        int rhs = b.newBlock(), shortCircuit = b.newBlock(), end = b.newBlock();
        long[] zero = {0};
        if (l.and()) b.terminate(new Mir.SwitchInt(new Mir.Copy(Place.local(lhs)), zero, new int[] {shortCircuit}, rhs, l.span()));
        else b.terminate(new Mir.SwitchInt(new Mir.Copy(Place.local(lhs)), zero, new int[] {rhs}, shortCircuit, l.span()));
        b.startBlock(shortCircuit);
        b.assign(dest, new Mir.Use(boolConst(!l.and())), l.span());
        b.gotoBlock(end);
        b.startBlock(rhs);
        b.pushScope();
        into(dest, l.rhs());
        b.popScope(l.span());
        b.gotoBlock(end);
        b.startBlock(end);
    }

    private void adt(Place dest, Thir.Adt a, boolean ext) {
        AdtDef.VariantDef v = a.def().variants.get(a.variant());
        Operand[] ops = new Operand[v.fields().size()];
        for (Thir.FieldExpr f : a.fields()) ops[f.field()] = operandExtending(f.value(), ext);
        if (a.base() != null) {
            Place base = asPlace(a.base());
            for (int i = 0; i < ops.length; i++) {
                if (ops[i] != null) continue;
                Ty ft = b.tcx.typeOf(v.fields().get(i).did()).subst(a.args());
                Place fp = base.field(i, ft);
                ops[i] = b.facts.isCopy(ft) ? new Mir.Copy(fp) : new Mir.Move(fp);
            }
        }
        if (a.def().isUnion()) {
            int active = a.fields().get(0).field();
            b.assign(dest, new Mir.Aggregate(new Mir.AggregateKind.Adt(a.def(), 0, a.args(), active), List.of(ops[active])), a.span());
            return;
        }
        b.assign(dest, new Mir.Aggregate(new Mir.AggregateKind.Adt(a.def(), a.variant(), a.args(), -1), List.of(ops)), a.span());
    }

    // ------------------------------------------------------------------ calls

    private void call(Place dest, Thir.Call c) {
        // a method call's location (what #[track_caller] reports) is its method name's
        Span s = c.fromMethod() ? c.fun().span().to(c.span()) : c.span();
        Operand func;
        List<Operand> args = new ArrayList<>();
        Ty ft = c.fun().ty();
        if (ft instanceof Ty.FnDef fd && b.tcx.lang.is(fd.def(), "box_new")) {
            boxNew(dest, c.args().get(0), c.ty(), s);
            return;
        }
        if (ft instanceof Ty.Closure cl) {
            // a closure called where it is known: its body, with the closure by reference or by value
            Place callee = asPlace(c.fun());
            ClosureInfo.Kind kind = b.tcx.closures.get(cl.def()).kind;
            Operand env = switch (kind) {
                case FN -> refTemp(callee, false, cl, s);
                case FN_MUT -> refTemp(callee, true, cl, s);
                case FN_ONCE -> b.facts.isCopy(cl) ? new Mir.Copy(callee) : new Mir.Move(callee);
            };
            func = new Mir.Constant(Mir.ZST, new Ty.FnDef(cl.def(), cl.args()));
            args.add(env);
        } else if (ft instanceof Ty.FnDef) {
            func = new Mir.Constant(Mir.ZST, ft);
        } else {
            func = asOperand(c.fun());
        }
        List<Span> argSpans = new ArrayList<>();
        if (!args.isEmpty()) argSpans.add(c.fun().span());
        for (int i = 0; i < c.args().size(); i++) {
            Thir.Expr a = c.args().get(i);
            // as rustc's as_call_operand: a place is read into a temporary where it is written, before the later
            // arguments run (`self.next.map(|n| self.next = …)` copies `self.next` before the closure borrows it);
            // when the later arguments only read, reading the place at the call is the same; an unsized value
            // (`*boxed_fn_once`) is passed in place
            boolean readNow = isPlaceExpr(a) && !(a.ty() instanceof Ty.Dynamic || a.ty() instanceof Ty.Slice || a.ty() instanceof Ty.Str)
                && c.args().subList(i + 1, c.args().size()).stream().anyMatch(x -> !onlyReads(x));
            args.add(readNow ? new Mir.Move(Place.local(asTemp(a, null))) : asOperand(a));
            argSpans.add(a.span());
        }
        emitCall(func, args, dest, c.ty(), s, argSpans);
    }

    /** An argument whose evaluation borrows, writes or calls nothing: a constant, a place (indexed by places), a tuple of them. */
    private boolean onlyReads(Thir.Expr e) {
        return switch (e) {
            case Thir.Literal l -> true;
            case Thir.NamedConst n -> true;
            case Thir.FnItem f -> true;
            case Thir.VarRef v -> true;
            case Thir.UpvarRef u -> true;
            case Thir.Field f -> onlyReads(f.base());
            case Thir.Index ix -> onlyReads(ix.base()) && onlyReads(ix.index());
            case Thir.Deref d -> !(d.operand() instanceof Thir.Call) && onlyReads(d.operand());
            case Thir.Tuple t -> t.elements().stream().allMatch(this::onlyReads);
            default -> false;
        };
    }

    void emitCall(Operand func, List<Operand> args, Place dest, Ty resultTy, Span s) { emitCall(func, args, dest, resultTy, s, List.of()); }

    void emitCall(Operand func, List<Operand> args, Place dest, Ty resultTy, Span s, List<Span> argSpans) {
        List<Span> spans = List.copyOf(argSpans);
        if (resultTy instanceof Ty.Never) {
            b.terminate(new Mir.Call(func, args, dest, -1, s, spans));
        } else {
            b.terminateTo(next -> new Mir.Call(func, args, dest, next, s, spans));
        }
    }

    private Operand refTemp(Place p, boolean mutable, Ty pointee, Span s) {
        int t = b.newLocal(new Ty.Ref(pointee, mutable), false, null, s);
        b.assign(Place.local(t), new Mir.Ref(mutable, p), s);
        return new Mir.Move(Place.local(t));
    }

    /** `box_new(x)`: the allocation first, then x computed into it (rustc's ShallowInitBox). */
    private void boxNew(Place dest, Thir.Expr value, Ty boxTy, Span s) {
        Ty t = ((Ty.Adt) boxTy).args().get(0);
        DefId malloc = b.tcx.lang.require("exchange_malloc");
        int ptr = b.newLocal(new Ty.RawPtr(t, true), false, null, s);
        emitCall(new Mir.Constant(Mir.ZST, new Ty.FnDef(malloc, List.of(t))), List.of(), Place.local(ptr), Ty.UNIT, s);
        b.assign(dest, new Mir.ShallowInitBox(new Mir.Move(Place.local(ptr)), t), s);
        into(dest.deref(), value);
    }

    // ------------------------------------------------------------------ assignment

    private void assign(Thir.Assign a) {
        Operand rhs = readBeforeLhs(asOperand(a.rhs()), a.rhs());
        Place lhs = asPlace(a.lhs());
        if (b.facts.mayNeedDrop(a.lhs().ty())) b.terminateTo(next -> new Mir.Drop(lhs, next, a.span()));
        b.assign(lhs, new Mir.Use(rhs), a.span());
    }

    private void assignOp(Thir.AssignOp a) {
        Operand rhs = readBeforeLhs(asOperand(a.rhs()), a.rhs());
        Place lhs = asPlace(a.lhs());
        Mir.Rvalue rv = arith(a.op(), new Mir.Copy(lhs), rhs, a.lhs().ty(), a.span());
        b.assign(lhs, rv, a.span());
    }

    /**
     * Assignments evaluate right to left, as rustc builds them: a right side that is a place other than a local
     * (`v[j]` in `v[i] = v[j]`, `v[i] += v[i - 1]`) is read into a temporary before the left side's place is
     * evaluated, so that an `IndexMut` borrow of the left side does not overlap the read.
     */
    private Operand readBeforeLhs(Operand rhs, Thir.Expr e) {
        Place p = rhs instanceof Mir.Copy c ? c.place() : rhs instanceof Mir.Move m ? m.place() : null;
        if (p == null || p.isLocal()) return rhs;
        int t = b.newLocal(e.ty(), false, null, e.span());
        b.assign(Place.local(t), new Mir.Use(rhs), e.span());
        return rhs instanceof Mir.Copy ? new Mir.Copy(Place.local(t)) : new Mir.Move(Place.local(t));
    }

    // ------------------------------------------------------------------ places

    static boolean isPlaceExpr(Thir.Expr e) {
        return e instanceof Thir.VarRef || e instanceof Thir.UpvarRef || e instanceof Thir.Field || e instanceof Thir.Deref
            || e instanceof Thir.Index || e instanceof Thir.StaticRef;
    }

    Place asPlace(Thir.Expr e) { return asPlace(e, null); }

    /** The place of e; a value that is not a place goes to a temporary (of tempScope, when given). */
    Place asPlace(Thir.Expr e, Builder.Scope tempScope) {
        Span s = e.span();
        return switch (e) {
            case Thir.VarRef v -> Place.local(b.varLocal(v.local(), s));
            case Thir.UpvarRef u -> upvar(u);
            case Thir.Field f -> asPlace(f.base(), tempScope).field(f.field(), f.ty());
            // `*&p` is p; `*&mut p` (a `&mut` coerced to `&`) keeps its mutable borrow, which needs p mutable (E0596)
            case Thir.Deref d when d.operand() instanceof Thir.Borrow br && !br.mutable() -> asPlace(br.place(), tempScope);
            case Thir.Deref d -> asPlace(d.operand(), tempScope).deref();
            case Thir.Index ix -> index(ix);
            case Thir.StaticRef st -> {
                Ty ptr = new Ty.RawPtr(st.ty(), true);
                int t = b.newLocal(ptr, false, null, s);
                b.assign(Place.local(t), new Mir.Use(new Mir.Constant(new Mir.Const.StaticRef(st.def()), ptr)), s);
                yield Place.local(t).deref();
            }
            case Thir.Call c when tempScope != null && isDerefCall(c) && c.args().get(0) instanceof Thir.Borrow br -> {
                // `*Deref::deref(&temp)` (a deref coercion) in an extending place: temp lives as long as the variable
                Place inner = asPlace(br.place(), tempScope);
                int r = b.newLocal(br.ty(), false, null, s);
                b.assign(Place.local(r), new Mir.Ref(br.mutable(), inner), s);
                int t = b.newLocal(c.ty(), false, null, s);
                emitCall(new Mir.Constant(Mir.ZST, c.fun().ty()), List.of(new Mir.Move(Place.local(r))), Place.local(t), c.ty(), s);
                yield Place.local(t);
            }
            default -> Place.local(asTemp(e, tempScope));
        };
    }

    private boolean isDerefCall(Thir.Call c) {
        if (!(c.fun().ty() instanceof Ty.FnDef fd) || c.args().size() != 1) return false;
        DefId trait = b.tcx.traitOfItem(fd.def());
        return trait != null && (b.tcx.lang.is(trait, "deref") || b.tcx.lang.is(trait, "deref_mut"));
    }

    private Place upvar(Thir.UpvarRef u) {
        ClosureInfo info = b.tcx.closures.get(u.closure());
        Place env = Place.local(1);
        if (b.closureKind != ClosureInfo.Kind.FN_ONCE) env = env.deref();
        Place p = env.field(u.index(), info.captures.get(u.index()).fieldTy());
        return u.byRef() ? p.deref() : p;
    }

    private Place index(Thir.Index ix) {
        Span s = ix.span();
        Place base = asPlace(ix.base());
        int idx = b.newLocal(Ty.USIZE, false, null, s);
        b.assign(Place.local(idx), new Mir.Use(asOperand(ix.index())), s);
        Operand len;
        if (ix.base().ty() instanceof Ty.Array arr) {
            len = new Mir.Constant(new Mir.Const.Param(arr.length()), Ty.USIZE);
        } else {
            int l = b.newLocal(Ty.USIZE, false, null, s);
            b.assign(Place.local(l), new Mir.Len(base), s);
            len = new Mir.Copy(Place.local(l));
        }
        int lt = b.newLocal(Ty.BOOL, false, null, s);
        b.assign(Place.local(lt), new Mir.BinaryOp(BinOp.LT, new Mir.Copy(Place.local(idx)), len), s);
        assertThat(new Mir.Copy(Place.local(lt)), true, new Mir.AssertKind.BoundsCheck(len, new Mir.Copy(Place.local(idx))), s);
        return base.project(new Mir.Proj.Index(idx));
    }

    // ------------------------------------------------------------------ operands and values

    Operand asOperand(Thir.Expr e) {
        return switch (e) {
            case Thir.Literal l -> new Mir.Constant(constOf(l.value()), l.ty());
            // `-5` is a negative literal, not a negation that could overflow (`-2147483648i32`)
            case Thir.Unary u when u.op() == UnOp.NEG && u.method() == null && u.operand() instanceof Thir.Literal l
                && (l.value() instanceof Thir.Const.Int || l.value() instanceof Thir.Const.Float) ->
                new Mir.Constant(switch (constOf(l.value())) {
                    case Mir.Const.Int i -> new Mir.Const.Int(i.value().negate());
                    case Mir.Const.Float f -> new Mir.Const.Float(-f.value());
                    default -> throw new IllegalStateException();
                }, u.ty());
            case Thir.NamedConst n -> new Mir.Constant(new Mir.Const.Named(n.def(), n.args()), n.ty());
            case Thir.ConstParam c -> new Mir.Constant(new Mir.Const.Param(c.param()), c.ty());
            case Thir.FnItem f -> new Mir.Constant(Mir.ZST, f.ty());
            default -> {
                if (isPlaceExpr(e)) {
                    Place p = asPlace(e);
                    yield b.facts.isCopy(e.ty()) ? new Mir.Copy(p) : new Mir.Move(p);
                }
                yield new Mir.Move(Place.local(asTemp(e, extending ? extendInto : null)));
            }
        };
    }

    private int asTemp(Thir.Expr e, Builder.Scope scope) {
        int t;
        if (scope != null) {
            t = b.newLocal(e.ty(), true, null, e.span());
            if (b.facts.mayNeedDrop(e.ty())) scope.drops.add(t);
            scope.storage.add(t);
        } else {
            t = b.newTemp(e.ty(), e.span());
        }
        into(Place.local(t), e);
        return t;
    }

    static Mir.Const constOf(Thir.Const c) {
        return switch (c) {
            case Thir.Const.Int i -> new Mir.Const.Int(i.value());
            case Thir.Const.Float f -> new Mir.Const.Float(f.value());
            case Thir.Const.Bool bo -> new Mir.Const.Bool(bo.value());
            case Thir.Const.Char ch -> new Mir.Const.Char(ch.codePoint());
            case Thir.Const.Str st -> new Mir.Const.Str(st.value());
            case Thir.Const.ByteStr bs -> new Mir.Const.ByteStr(bs.value());
            case Thir.Const.Unit u -> Mir.ZST;
        };
    }

    static Operand boolConst(boolean v) { return new Mir.Constant(new Mir.Const.Bool(v), Ty.BOOL); }

    private Mir.Rvalue asRvalue(Thir.Expr e) {
        Span s = e.span();
        return switch (e) {
            case Thir.Binary bin -> {
                Operand l = asOperand(bin.lhs());
                Operand r = asOperand(bin.rhs());
                yield arith(bin.op(), l, r, bin.lhs().ty(), s);
            }
            case Thir.Unary u when u.op() == UnOp.NEG && u.operand() instanceof Thir.Literal -> new Mir.Use(asOperand(u));
            case Thir.Unary u -> unary(u);
            case Thir.Cast c -> cast(c);
            case Thir.PointerCoercion pc -> castOf(pc, asOperand(pc.operand()));
            case Thir.RawBorrow rb -> new Mir.RawPtr(rb.mutable(), asPlace(rb.place()));
            case Thir.Borrow br -> new Mir.Ref(br.mutable(), asPlace(br.place()), br.twoPhase());
            case Thir.Repeat r -> new Mir.Repeat(asOperand(r.value()), r.count());
            case Thir.OffsetOf o -> new Mir.NullaryOp(Mir.NullOp.OFFSET_OF, o.container(), o.fields());
            default -> new Mir.Use(asOperand(e));
        };
    }

    private static Mir.Rvalue castOf(Thir.PointerCoercion pc, Operand op) {
        return new Mir.Cast(switch (pc.kind()) {
            case UNSIZE -> Mir.CastKind.UNSIZE;
            case REIFY_FN_POINTER -> Mir.CastKind.REIFY_FN_POINTER;
            case CLOSURE_FN_POINTER -> Mir.CastKind.CLOSURE_FN_POINTER;
            case MUT_TO_CONST_POINTER -> Mir.CastKind.MUT_TO_CONST;
        }, op, pc.ty());
    }

    /** A built-in binary operator; on integers +, -, *, shifts are checked, / and % assert their divisor. */
    Mir.Rvalue arith(BinOp op, Operand l, Operand r, Ty lhsTy, Span s) {
        if (!(lhsTy instanceof Ty.Int it) || op.isComparison()) return new Mir.BinaryOp(op, l, r);
        switch (op) {
            case ADD, SUB, MUL, SHL, SHR -> {
                int t = b.newLocal(Ty.tuple(List.of(lhsTy, Ty.BOOL)), false, null, s);
                b.assign(Place.local(t), new Mir.CheckedBinaryOp(op, l, r), s);
                assertThat(new Mir.Copy(Place.local(t).field(1, Ty.BOOL)), false, new Mir.AssertKind.Overflow(op, l, r), s);
                return new Mir.Use(new Mir.Copy(Place.local(t).field(0, lhsTy)));
            }
            case DIV, REM -> {
                int z = b.newLocal(Ty.BOOL, false, null, s);
                b.assign(Place.local(z), new Mir.BinaryOp(BinOp.EQ, r, intConst(BigInteger.ZERO, lhsTy)), s);
                assertThat(new Mir.Copy(Place.local(z)), false, op == BinOp.DIV ? new Mir.AssertKind.DivisionByZero(l)
                    : new Mir.AssertKind.RemainderByZero(l), s);
                if (it.kind().signed) {
                    int m1 = b.newLocal(Ty.BOOL, false, null, s), min = b.newLocal(Ty.BOOL, false, null, s),
                        both = b.newLocal(Ty.BOOL, false, null, s);
                    b.assign(Place.local(m1), new Mir.BinaryOp(BinOp.EQ, r, intConst(BigInteger.ONE.negate(), lhsTy)), s);
                    b.assign(Place.local(min), new Mir.BinaryOp(BinOp.EQ, l, intConst(minOf(it.kind()), lhsTy)), s);
                    b.assign(Place.local(both), new Mir.BinaryOp(BinOp.BIT_AND, new Mir.Copy(Place.local(m1)),
                        new Mir.Copy(Place.local(min))), s);
                    assertThat(new Mir.Copy(Place.local(both)), false, new Mir.AssertKind.Overflow(op, l, r), s);
                }
                return new Mir.BinaryOp(op, l, r);
            }
            default -> {
                return new Mir.BinaryOp(op, l, r);
            }
        }
    }

    private Mir.Rvalue unary(Thir.Unary u) {
        Operand o = asOperand(u.operand());
        if (u.op() == UnOp.NEG && u.operand().ty() instanceof Ty.Int it && it.kind().signed) {
            int t = b.newLocal(Ty.BOOL, false, null, u.span());
            b.assign(Place.local(t), new Mir.BinaryOp(BinOp.EQ, o, intConst(minOf(it.kind()), u.operand().ty())), u.span());
            assertThat(new Mir.Copy(Place.local(t)), false, new Mir.AssertKind.OverflowNeg(o), u.span());
        }
        return new Mir.UnaryOp(u.op(), o);
    }

    private Mir.Rvalue cast(Thir.Cast c) {
        Ty from = c.operand().ty(), to = c.ty();
        if (from instanceof Ty.Adt a && a.def().isEnum()) {
            // an enum to an integer: its discriminant
            Place p = asPlace(c.operand());
            Ty dt = discrTy(a.def());
            int d = b.newLocal(dt, false, null, c.span());
            b.assign(Place.local(d), new Mir.Discriminant(p), c.span());
            return new Mir.Cast(Mir.CastKind.INT_TO_INT, new Mir.Copy(Place.local(d)), to);
        }
        Operand o = asOperand(c.operand());
        return new Mir.Cast(castKind(from, to), o, to);
    }

    static Mir.CastKind castKind(Ty from, Ty to) {
        boolean fromInt = from instanceof Ty.Int || from instanceof Ty.Bool || from instanceof Ty.Char;
        if (fromInt && (to instanceof Ty.Int || to instanceof Ty.Char)) return Mir.CastKind.INT_TO_INT;
        if (fromInt && to instanceof Ty.Float) return Mir.CastKind.INT_TO_FLOAT;
        if (from instanceof Ty.Float && to instanceof Ty.Int) return Mir.CastKind.FLOAT_TO_INT;
        if (from instanceof Ty.Float && to instanceof Ty.Float) return Mir.CastKind.FLOAT_TO_FLOAT;
        if (fromInt && to instanceof Ty.RawPtr) return Mir.CastKind.ADDR_TO_PTR;
        if ((from instanceof Ty.RawPtr || from instanceof Ty.FnPtr) && to instanceof Ty.Int) return Mir.CastKind.PTR_TO_ADDR;
        if (from instanceof Ty.FnPtr) return Mir.CastKind.FN_PTR_TO_PTR;
        if (from instanceof Ty.FnDef) return Mir.CastKind.REIFY_FN_POINTER;
        if (from instanceof Ty.Closure) return Mir.CastKind.CLOSURE_FN_POINTER;
        return Mir.CastKind.PTR_TO_PTR;
    }

    /** The type an enum's discriminant has: its repr integer, else isize. */
    static Ty discrTy(AdtDef adt) {
        var it = adt.repr.intTy();
        if (it == null) return Ty.ISIZE;
        int size = it.fixedSize();
        for (Ty.IntTy k : Ty.IntTy.values()) {
            if (k.signed == it.signed() && (size == 0 ? k.pointerSized() : k.size == size && !k.pointerSized())) return Ty.intTy(k);
        }
        return Ty.ISIZE;
    }

    static BigInteger minOf(Ty.IntTy k) {
        return k.signed ? BigInteger.ONE.shiftLeft(k.size * 8 - 1).negate() : BigInteger.ZERO;
    }

    static Operand intConst(BigInteger v, Ty ty) { return new Mir.Constant(new Mir.Const.Int(v), ty); }

    void assertThat(Operand cond, boolean expected, Mir.AssertKind kind, Span s) {
        b.terminateTo(next -> new Mir.Assert(cond, expected, kind, next, s));
    }
}
