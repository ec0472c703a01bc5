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
import rustmem.types.AdtDef;
import rustmem.types.AssocItem;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Patterns to MIR: each arm's pattern is tested against the scrutinee's place (discriminants switched on,
 * constants and ranges compared, slice lengths checked) and, when it matches, its variables are bound by copy,
 * move or reference. A guard sees its arm's variables bound by copy (the scrutinee keeps its value): they are
 * forgotten if the guard fails and bound for real (moved) when it holds.
 */
final class Matches {
    private final Builder b;
    /** The locals an arm's bindings made, for forgetting them when its guard fails. */
    private List<Integer> armLocals;

    Matches(Builder b) { this.b = b; }

    void matchExpr(Place dest, Thir.Match m) {
        Place scrut = b.exprs.asPlace(m.scrutinee());
        int end = b.newBlock();
        for (Thir.Arm arm : m.arms()) {
            int fail = b.newBlock();
            b.pushScope();
            test(arm.pat(), scrut, fail);
            if (arm.guard() != null) {
                List<Integer> saved = armLocals;
                armLocals = new ArrayList<>();
                bind(arm.pat(), scrut, true);
                List<Integer> bound = armLocals;
                armLocals = saved;
                int guardFail = b.newBlock();
                b.condition(arm.guard(), guardFail);
                // the guard's copies end; the arm binds its variables anew (rustc keeps them in other locals)
                for (int l : bound) b.push(new Mir.StorageDead(l, arm.span()));
                bind(arm.pat(), scrut, false);
                int body = b.newBlock();
                b.gotoBlock(body);
                b.startBlock(guardFail);
                for (int l : bound) b.push(new Mir.StorageDead(l, arm.span()));
                b.gotoBlock(fail);
                b.startBlock(body);
            } else {
                bind(arm.pat(), scrut, false);
            }
            b.pushScope();
            b.exprs.into(dest, arm.body());
            b.popScope(arm.span());
            b.popScope(arm.span());
            b.gotoBlock(end);
            b.startBlock(fail);
        }
        b.terminate(new Mir.Unreachable(m.span()));
        b.startBlock(end);
    }

    /** Binds an irrefutable pattern (a parameter's, a `let`'s) to the value at place. */
    void bindIrrefutable(Thir.Pat pat, Place place) { bind(pat, place, false); }

    /** `let pat;` without a value: the variables exist, uninitialized. */
    void declareBindings(Thir.Pat pat) {
        rustmem.types.thir.ThirVisitor.walkPat(pat, p -> {
            if (p instanceof Thir.Binding bd) b.varLocal(bd);
        });
    }

    // ------------------------------------------------------------------ tests

    /** Continues in a new block when pat matches the value at place; jumps to fail when it does not. */
    void test(Thir.Pat pat, Place place, int fail) {
        Span s = pat.span();
        switch (pat) {
            case Thir.Wild w -> { }
            case Thir.Binding bd -> {
                if (bd.sub() != null) test(bd.sub(), place, fail);
            }
            case Thir.Variant v -> {
                AdtDef adt = v.adt();
                if (adt.isEnum() && adt.variants.size() > 1) {
                    Ty dt = Exprs.discrTy(adt);
                    int d = b.newLocal(dt, false, null, s);
                    b.assign(Place.local(d), new Mir.Discriminant(place), s);
                    switchEq(new Mir.Copy(Place.local(d)), adt.variants.get(v.variant()).discr().longValue(), fail, s);
                }
                Place vp = adt.isEnum() ? place.downcast(v.variant()) : place;
                for (Thir.FieldPat fp : v.fields()) test(fp.pat(), vp.field(fp.field(), fp.pat().ty()), fail);
            }
            case Thir.Leaf l -> {
                for (Thir.FieldPat fp : l.fields()) test(fp.pat(), place.field(fp.field(), fp.pat().ty()), fail);
            }
            case Thir.DerefPat d -> test(d.sub(), place.deref(), fail);
            case Thir.Constant c -> constant(c.value(), c.ty(), place, fail, s);
            case Thir.ConstRef c -> {
                Operand value = new Mir.Constant(new Mir.Const.Named(c.def(), c.args()), c.ty());
                if (c.ty().isScalar()) compareEq(new Mir.Copy(place), value, fail, s);
                else partialEq(place, value, c.ty(), fail, s);
            }
            case Thir.Range r -> range(r, place, fail, s);
            case Thir.Slice sl -> slice(sl, place, fail, s);
            case Thir.Or o -> {
                int success = b.newBlock();
                List<Thir.Pat> alts = o.alternatives();
                for (int i = 0; i < alts.size(); i++) {
                    int altFail = i == alts.size() - 1 ? fail : b.newBlock();
                    test(alts.get(i), place, altFail);
                    b.gotoBlock(success);
                    if (i < alts.size() - 1) b.startBlock(altFail);
                }
                b.startBlock(success);
            }
        }
    }

    private void switchEq(Operand op, long value, int fail, Span s) {
        int next = b.newBlock();
        b.terminate(new Mir.SwitchInt(op, new long[] {value}, new int[] {next}, fail, s));
        b.startBlock(next);
    }

    /** Jumps to fail unless the bool operand is true. */
    private void requireTrue(Operand cond, int fail, Span s) {
        int next = b.newBlock();
        b.terminate(new Mir.SwitchInt(cond, new long[] {0}, new int[] {fail}, next, s));
        b.startBlock(next);
    }

    private void compareEq(Operand l, Operand r, int fail, Span s) {
        requireTrue(binary(BinOp.EQ, l, r, s), fail, s);
    }

    private Operand binary(BinOp op, Operand l, Operand r, Span s) {
        int t = b.newLocal(Ty.BOOL, false, null, s);
        b.assign(Place.local(t), new Mir.BinaryOp(op, l, r), s);
        return new Mir.Copy(Place.local(t));
    }

    private void constant(Thir.Const c, Ty ty, Place place, int fail, Span s) {
        switch (c) {
            case Thir.Const.Bool bo -> switchEq(new Mir.Copy(place), bo.value() ? 1 : 0, fail, s);
            case Thir.Const.Char ch -> switchEq(new Mir.Copy(place), ch.codePoint(), fail, s);
            case Thir.Const.Int i when ty instanceof Ty.Int it && it.kind().size <= 8 -> switchEq(new Mir.Copy(place), i.value().longValue(), fail, s);
            case Thir.Const.Str st -> partialEqDeref(place, new Mir.Constant(new Mir.Const.Str(st.value()), ty), Ty.STR, Ty.STR, fail, s);
            case Thir.Const.ByteStr bs -> {
                Ty constTy = new Ty.Ref(new Ty.Array(Ty.U8, new Ty.ConstValue(bs.value().length)), false);
                Ty placePointee = ty instanceof Ty.Ref r ? r.pointee() : new Ty.Slice(Ty.U8);
                partialEqDeref(place, new Mir.Constant(new Mir.Const.ByteStr(bs.value()), constTy), placePointee,
                    ((Ty.Ref) constTy).pointee(), fail, s);
            }
            default -> compareEq(new Mir.Copy(place), new Mir.Constant(Exprs.constOf(c), ty), fail, s);
        }
    }

    /** `<L as PartialEq<R>>::eq(place, value)` where place holds a `&L` and value is a `&R`. */
    private void partialEqDeref(Place place, Operand value, Ty l, Ty r, int fail, Span s) {
        Operand result = callEq(List.of(new Mir.Copy(place), value), l, r, s);
        requireTrue(result, fail, s);
    }

    /** A named constant of a non-scalar type is matched by `PartialEq::eq(&place, &constant)`. */
    private void partialEq(Place place, Operand value, Ty ty, int fail, Span s) {
        int lr = b.newLocal(new Ty.Ref(ty, false), false, null, s);
        b.assign(Place.local(lr), new Mir.Ref(false, place), s);
        int cv = b.newLocal(ty, false, null, s);
        b.assign(Place.local(cv), new Mir.Use(value), s);
        int rr = b.newLocal(new Ty.Ref(ty, false), false, null, s);
        b.assign(Place.local(rr), new Mir.Ref(false, Place.local(cv)), s);
        requireTrue(callEq(List.of(new Mir.Move(Place.local(lr)), new Mir.Move(Place.local(rr))), ty, ty, s), fail, s);
    }

    private Operand callEq(List<Operand> args, Ty l, Ty r, Span s) {
        DefId trait = b.tcx.lang.require("eq");
        DefId eq = b.tcx.traitItem(trait, "eq", AssocItem.Kind.FN).def();
        int result = b.newLocal(Ty.BOOL, false, null, s);
        b.exprs.emitCall(new Mir.Constant(Mir.ZST, new Ty.FnDef(eq, List.of(l, r))), args, Place.local(result), Ty.BOOL, s);
        return new Mir.Copy(Place.local(result));
    }

    private void range(Thir.Range r, Place place, int fail, Span s) {
        if (r.lo() != null) {
            requireTrue(binary(BinOp.LE, new Mir.Constant(Exprs.constOf(r.lo()), r.ty()), new Mir.Copy(place), s), fail, s);
        }
        if (r.hi() != null) {
            requireTrue(binary(r.inclusive() ? BinOp.LE : BinOp.LT, new Mir.Copy(place),
                new Mir.Constant(Exprs.constOf(r.hi()), r.ty()), s), fail, s);
        }
    }

    private void slice(Thir.Slice sl, Place place, int fail, Span s) {
        int fixed = sl.prefix().size() + sl.suffix().size();
        if (!(sl.ty() instanceof Ty.Array)) {
            int len = b.newLocal(Ty.USIZE, false, null, s);
            b.assign(Place.local(len), new Mir.Len(place), s);
            Operand n = Exprs.intConst(BigInteger.valueOf(fixed), Ty.USIZE);
            requireTrue(binary(sl.rest() == null ? BinOp.EQ : BinOp.GE, new Mir.Copy(Place.local(len)), n, s), fail, s);
        }
        forEachElement(sl, place, (p, at) -> test(p, at, fail));
    }

    private void forEachElement(Thir.Slice sl, Place place, java.util.function.BiConsumer<Thir.Pat, Place> f) {
        int fixed = sl.prefix().size() + sl.suffix().size();
        for (int i = 0; i < sl.prefix().size(); i++) {
            Thir.Pat p = sl.prefix().get(i);
            f.accept(p, place.project(new Mir.Proj.ConstantIndex(i, fixed, false)));
        }
        for (int i = 0; i < sl.suffix().size(); i++) {
            Thir.Pat p = sl.suffix().get(i);
            f.accept(p, place.project(new Mir.Proj.ConstantIndex(sl.suffix().size() - i, fixed, true)));
        }
        if (sl.rest() != null) {
            f.accept(sl.rest(), place.project(new Mir.Proj.Subslice(sl.prefix().size(), sl.suffix().size(), true)));
        }
    }

    // ------------------------------------------------------------------ bindings

    /** Binds pat's variables to the parts of place (pat is known to match); forGuard copies instead of moving. */
    void bind(Thir.Pat pat, Place place, boolean forGuard) {
        Span s = pat.span();
        switch (pat) {
            case Thir.Binding bd -> {
                int l = b.varLocal(bd);
                if (armLocals != null) armLocals.add(l);
                Mir.Rvalue rv = switch (bd.mode()) {
                    case VALUE -> new Mir.Use(forGuard || b.facts.isCopy(bd.ty()) ? new Mir.Copy(place) : new Mir.Move(place));
                    case REF -> new Mir.Ref(false, place);
                    case REF_MUT -> new Mir.Ref(true, place);
                };
                b.assign(Place.local(l), rv, s);
                if (bd.sub() != null) bind(bd.sub(), place, forGuard);
            }
            case Thir.Variant v -> {
                Place vp = v.adt().isEnum() ? place.downcast(v.variant()) : place;
                for (Thir.FieldPat fp : v.fields()) bind(fp.pat(), vp.field(fp.field(), fp.pat().ty()), forGuard);
            }
            case Thir.Leaf l -> {
                for (Thir.FieldPat fp : l.fields()) bind(fp.pat(), place.field(fp.field(), fp.pat().ty()), forGuard);
            }
            case Thir.DerefPat d -> bind(d.sub(), place.deref(), forGuard);
            case Thir.Slice sl -> forEachElement(sl, place, (p, at) -> bind(p, at, forGuard));
            case Thir.Or o -> {
                if (!hasBindings(o)) return;
                int join = b.newBlock();
                List<Thir.Pat> alts = o.alternatives();
                for (int i = 0; i < alts.size(); i++) {
                    if (i < alts.size() - 1) {
                        int next = b.newBlock();
                        test(alts.get(i), place, next);
                        bind(alts.get(i), place, forGuard);
                        b.gotoBlock(join);
                        b.startBlock(next);
                    } else {
                        bind(alts.get(i), place, forGuard);
                        b.gotoBlock(join);
                    }
                }
                b.startBlock(join);
            }
            default -> { }
        }
    }

    private static boolean hasBindings(Thir.Pat p) {
        boolean[] any = {false};
        rustmem.types.thir.ThirVisitor.walkPat(p, q -> {
            if (q instanceof Thir.Binding) any[0] = true;
        });
        return any[0];
    }
}
