package rustmem.legacy.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr;
import rustmem.legacy.types.thir.Intrinsic;
import rustmem.legacy.types.thir.Thir;

/**
 * std's iterators as the type checker sees them: slice and Vec iterators, the adapters map, filter,
 * enumerate, rev, copied, cloned, take and skip (values of std's structs, laid out as std lays them
 * out; the interpreter's shims advance them), and the consuming methods (sum, count, collect, fold,
 * any, find …), which are written out as the loop std's default methods run: take the next item
 * until there is none.
 */
public final class IteratorCalls {
    private final FnCtxt cx;
    private final TypeCollector types;
    private final InferCtxt infcx;

    IteratorCalls(FnCtxt cx, TypeCollector types, InferCtxt infcx) {
        this.cx = cx;
        this.types = types;
        this.infcx = infcx;
    }

    /** Iterator::Item of the iterator types rustmem runs (resolving with shallow); null for other types. */
    public static Ty item(Ty t, UnaryOperator<Ty> shallow, UnaryOperator<Ty> programItem) {
        // a type of the program implementing Iterator: its `type Item`
        if (shallow.apply(t) instanceof Ty.Adt own && !own.def().fromStd()) return programItem.apply(own);
        if (!(shallow.apply(t) instanceof Ty.Adt a) || !a.def().fromStd()) return null;
        List<Ty> args = a.args();
        return switch (a.def().name()) {
            case "Iter" -> new Ty.Ref(args.get(0), false);
            case "IterMut" -> new Ty.Ref(args.get(0), true);
            case "IntoIter", "Range", "RangeInclusive", "Drain", "Receiver" -> args.get(0);
            case "Args" -> ((Ty.Adt) a.def().variants().get(0).fields().get(a.def().fieldIndex("item")).type()).args().get(0);
            case "ArrayIntoIter" -> shallow.apply(args.get(0)) instanceof Ty.Array arr && shallow.apply(arr.element()) instanceof Ty.Adt mu
                ? mu.args().get(0) : null;
            case "Map" -> shallow.apply(args.get(1)) instanceof Ty.Closure c ? c.ret() : null;
            // the closure returns Option<B>: B
            case "FilterMap" -> shallow.apply(args.get(1)) instanceof Ty.Closure c && shallow.apply(c.ret()) instanceof Ty.Adt o
                && o.def().fromStd() && o.def().name().equals("Option") ? o.args().get(0) : null;
            case "Filter", "Rev", "Take", "Skip" -> item(args.get(0), shallow, programItem);
            case "Windows", "Chunks" -> new Ty.Ref(new Ty.Slice(args.get(0)), false);
            case "HashMapIter" -> new Ty.Tuple(List.of(new Ty.Ref(args.get(0), false), new Ty.Ref(args.get(1), false)));
            case "Keys", "HashSetIter", "Difference", "Intersection", "SymmetricDifference", "Union" -> new Ty.Ref(args.get(0), false);
            case "Values" -> new Ty.Ref(args.get(1), false);
            case "Lines", "Split", "SplitWhitespace" -> Ty.STATIC_STR;
            case "Chars" -> Ty.CHAR;
            case "CharIndices" -> new Ty.Tuple(List.of(Ty.USIZE, Ty.CHAR));
            case "Enumerate" -> {
                Ty inner = item(args.get(0), shallow, programItem);
                yield inner == null ? null : new Ty.Tuple(List.of(Ty.USIZE, inner));
            }
            case "Copied", "Cloned" -> {
                Ty inner = item(args.get(0), shallow, programItem);
                yield inner != null && shallow.apply(inner) instanceof Ty.Ref r ? r.pointee() : null;
            }
            default -> null;
        };
    }

    /** Whether the interpreter can take items from the back too (DoubleEndedIterator, for rev). */
    static boolean doubleEnded(Ty t, UnaryOperator<Ty> shallow) {
        if (!(shallow.apply(t) instanceof Ty.Adt a) || !a.def().fromStd()) return false;
        return switch (a.def().name()) {
            case "Iter", "IterMut", "IntoIter", "Range", "RangeInclusive", "ArrayIntoIter", "Windows", "Chunks" -> true;
            case "Map", "Rev", "Copied", "Cloned" -> doubleEnded(a.args().get(0), shallow);
            default -> false;
        };
    }

    Ty item(Ty t) {
        return item(t, infcx::shallow, own -> {
            TypeChecker.StdImpl impl = cx.iteratorImpl(own);
            return impl == null ? null : impl.assoc().get("Item");
        });
    }

    private Ty.Adt std(String name, Ty... args) { return new Ty.Adt(types.stdAdt(name), List.of(args)); }

    private Ty option(Ty t) { return std("Option", t); }

    /** Vec::iter, Vec::iter_mut, Vec::into_iter, <[T]>::iter; null for other names. */
    Thir.Expr vecIterator(Thir.Expr vecRef, Thir.Expr vec, Ty elem, String name, List<Expr> args, Span span) {
        return switch (name) {
            case "iter" -> intrinsic(Intrinsic.VEC_ITER, vecRef, args, std("Iter", elem), span);
            case "iter_mut" -> {
                cx.requireMutableBorrowOf(vec, span);
                yield intrinsic(Intrinsic.VEC_ITER_MUT, new Thir.AddrOf(vec, true, new Ty.Ref(vec.ty(), true), span), args,
                    std("IterMut", elem), span);
            }
            case "into_iter" -> intrinsic(Intrinsic.VEC_INTO_ITER, vec, args, std("IntoIter", elem, std("Global")), span);
            default -> null;
        };
    }

    /** {@code array.into_iter()}: the array moved into an array::IntoIter, every element alive. */
    Thir.Expr arrayIntoIter(Thir.Expr array, Ty.Array arr, List<Expr> args, Span span) {
        Ty data = new Ty.Array(new Ty.Adt(types.stdAdt("MaybeUninit"), List.of(arr.element())), arr.length());
        return intrinsic(Intrinsic.ARRAY_INTO_ITER, array, args, std("ArrayIntoIter", data), span);
    }

    /** {@code slice.iter()} on a &[T]. */
    Thir.Expr sliceIterator(Thir.Expr slice, Ty elem, List<Expr> args, Span span) {
        return intrinsic(Intrinsic.SLICE_ITER, slice, args, std("Iter", elem), span);
    }

    /** <[T]>::windows(n) and <[T]>::chunks(n) of a slice reference; nameSpan is where std's panic for n = 0 points. */
    Thir.Expr sliceWindows(String name, Thir.Expr slice, Ty elem, List<Expr> args, Span span, Span nameSpan) {
        cx.checkArgCount(args, 1, span);
        Thir.Expr n = cx.coerce(cx.checkExpr(args.get(0), Ty.USIZE), Ty.USIZE, args.get(0).span());
        boolean windows = name.equals("windows");
        return new Thir.IntrinsicCall(windows ? Intrinsic.SLICE_WINDOWS : Intrinsic.SLICE_CHUNKS, List.of(slice, n),
            std(windows ? "Windows" : "Chunks", elem), nameSpan);
    }

    private Thir.Expr intrinsic(Intrinsic op, Thir.Expr arg, List<Expr> args, Ty ret, Span span) {
        cx.checkArgCount(args, 0, span);
        return new Thir.IntrinsicCall(op, List.of(arg), ret, span);
    }

    /**
     * A method called on an iterator value (base, of iterator type t); expected is the type the call's
     * context wants (what collect builds). Null when the method is not one rustmem runs.
     */
    Thir.Expr method(Thir.Expr base, Ty t, String name, List<Expr> args, Ty expected, Span span) {
        Ty item = item(t);
        switch (name) {
            case "next" -> {
                cx.checkArgCount(args, 0, span);
                cx.requireMutableBorrowOf(base, span);
                return next(new Thir.AddrOf(base, true, new Ty.Ref(t, true), span), item, span);
            }
            case "map" -> {
                cx.checkArgCount(args, 1, span);
                Ty out = infcx.fresh(Ty.InferKind.GENERAL);
                Thir.Expr f = cx.closureArg(args.get(0), List.of(item), out);
                return new Thir.StructLit(List.of(0, 1), List.of(base, f), std("Map", t, f.ty()), span);
            }
            case "filter" -> {
                cx.checkArgCount(args, 1, span);
                Thir.Expr p = cx.closureArg(args.get(0), List.of(new Ty.Ref(item, false)), Ty.BOOL);
                return new Thir.StructLit(List.of(0, 1), List.of(base, p), std("Filter", t, p.ty()), span);
            }
            case "filter_map" -> {
                cx.checkArgCount(args, 1, span);
                Ty out = option(infcx.fresh(Ty.InferKind.GENERAL));
                Thir.Expr f = cx.closureArg(args.get(0), List.of(item), out);
                return new Thir.StructLit(List.of(0, 1), List.of(base, f), std("FilterMap", t, f.ty()), span);
            }
            case "enumerate" -> {
                cx.checkArgCount(args, 0, span);
                return new Thir.StructLit(List.of(0, 1), List.of(base, usize(0, span)), std("Enumerate", t), span);
            }
            case "rev" -> {
                cx.checkArgCount(args, 0, span);
                if (!doubleEnded(t, infcx::shallow)) return null;
                return new Thir.StructLit(List.of(0), List.of(base), std("Rev", t), span);
            }
            case "copied", "cloned" -> {
                cx.checkArgCount(args, 0, span);
                if (!(infcx.shallow(item) instanceof Ty.Ref r)) return null;
                if (name.equals("copied") || !cx.needsDrop(r.pointee())) {
                    return new Thir.StructLit(List.of(0), List.of(base), std(name.equals("copied") ? "Copied" : "Cloned", t), span);
                }
                return null;
            }
            case "take", "skip" -> {
                cx.checkArgCount(args, 1, span);
                Thir.Expr n = cx.coerce(cx.checkExpr(args.get(0), Ty.USIZE), Ty.USIZE, args.get(0).span());
                return new Thir.StructLit(List.of(0, 1), List.of(base, n), std(name.equals("take") ? "Take" : "Skip", t), span);
            }
            default -> {
                return consume(base, t, item, name, args, expected, span);
            }
        }
    }

    /** The next item: std's iterators through the ITER_NEXT shim, the program's through its `next`. */
    private Thir.Expr next(Thir.Expr iterRef, Ty item, Span span) {
        Ty it = infcx.shallow(((Ty.Ref) infcx.shallow(iterRef.ty())).pointee());
        TypeChecker.StdImpl own = cx.iteratorImpl(it);
        if (own != null) {
            TypeChecker.FnSig next = own.method();
            return new Thir.Call(next.index(), List.of(iterRef), List.of(), next.ret(), span);
        }
        return new Thir.IntrinsicCall(Intrinsic.ITER_NEXT, List.of(iterRef), option(item), span);
    }

    private static Thir.Expr usize(long v, Span span) { return new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(v)), Ty.USIZE, span); }

    /** A loop over an iterator being built: its hidden locals, the statements before it, its label. */
    private final class Drain {
        final Span span;
        final int it;
        final Ty iterTy;
        final Ty item;
        final int label;
        final List<Thir.Stmt> init = new ArrayList<>();

        Drain(Thir.Expr iter, Ty iterTy, Ty item, Span span) {
            this.span = span;
            this.iterTy = iterTy;
            this.item = item;
            this.it = cx.hiddenLocal("iter", iterTy, span);
            this.label = cx.newLabel();
            init.add(new Thir.Let(new Thir.Pattern.Binding(it), iter, span));
        }

        /** A hidden local initialised before the loop. */
        Thir.Expr local(String name, Thir.Expr value) {
            int l = cx.hiddenLocal(name, value.ty(), span);
            init.add(new Thir.Let(new Thir.Pattern.Binding(l), value, span));
            return new Thir.Local(l, value.ty(), span);
        }

        Thir.Expr breakWith(Thir.Expr value) { return new Thir.Break(label, value, Ty.NEVER, span); }

        /** { init; loop { match next(&mut it) { Some(x) => step(x), None => break done } } } of type resultTy. */
        Thir.Expr build(Function<Thir.Expr, Thir.Expr> step, Thir.Expr done, Ty resultTy) {
            int x = cx.hiddenLocal("item", item, span);
            Thir.Expr iterRef = new Thir.AddrOf(new Thir.Local(it, iterTy, span), true, new Ty.Ref(iterTy, true), span);
            Thir.Pattern some = new Thir.Pattern.Variant(1, new Thir.Pattern.Fields(List.of(0), List.of(new Thir.Pattern.Binding(x))));
            Thir.Expr stepExpr = step.apply(new Thir.Local(x, item, span));
            Thir.Expr match = new Thir.Match(next(iterRef, item, span), List.of(
                new Thir.Arm(some, null, stepExpr, span),
                new Thir.Arm(new Thir.Pattern.Wild(), null, breakWith(done), span)), Ty.UNIT, span);
            Thir.Expr loop = new Thir.Loop(new Thir.Block(List.of(new Thir.ExprStmt(match, span)), null, Ty.UNIT, span),
                label, resultTy, span);
            return new Thir.Block(init, loop, resultTy, span);
        }
    }

    private Thir.Expr unit(Span span) { return new Thir.Literal(new Thir.Const.Unit(), Ty.UNIT, span); }

    private Thir.Expr seq(Span span, Thir.Expr... exprs) {
        List<Thir.Stmt> stmts = new ArrayList<>();
        for (Thir.Expr e : exprs) stmts.add(new Thir.ExprStmt(e, span));
        return new Thir.Block(stmts, null, Ty.UNIT, span);
    }

    private Thir.Expr call(Thir.Expr f, List<Thir.Expr> args, Ty ret, Span span) { return new Thir.ClosureCall(f, args, ret, span); }

    /** The value behind x when x is a reference to a number (what sum, max … compare and add). */
    private Thir.Expr value(Thir.Expr x) {
        return infcx.shallow(x.ty()) instanceof Ty.Ref r ? new Thir.Deref(x, r.pointee(), x.span()) : x;
    }

    private Thir.Expr consume(Thir.Expr base, Ty t, Ty item, String name, List<Expr> args, Ty expected, Span span) {
        Drain d;
        switch (name) {
            case "count" -> {
                cx.checkArgCount(args, 0, span);
                d = new Drain(base, t, item, span);
                Thir.Expr n = d.local("count", usize(0, span));
                return d.build(x -> seq(span, new Thir.AssignOp(Expr.BinOp.ADD, n, usize(1, span), Ty.UNIT, span)), n, Ty.USIZE);
            }
            case "sum", "product" -> {
                cx.checkArgCount(args, 0, span);
                Ty v = infcx.shallow(item) instanceof Ty.Ref r ? r.pointee() : item;
                if (!(infcx.shallow(v) instanceof Ty.Int || infcx.shallow(v) instanceof Ty.Float
                    || infcx.shallow(v) instanceof Ty.Infer i && i.kind() != Ty.InferKind.GENERAL)) {
                    return null;
                }
                d = new Drain(base, t, item, span);
                boolean isFloat = infcx.shallow(v) instanceof Ty.Float || infcx.shallow(v) instanceof Ty.Infer fi && fi.kind() == Ty.InferKind.FLOAT;
                long start = name.equals("sum") ? 0 : 1;
                Thir.Expr zero = isFloat ? new Thir.Literal(new Thir.Const.Float(start), v, span)
                    : new Thir.Literal(new Thir.Const.Int(BigInteger.valueOf(start)), v, span);
                Thir.Expr acc = d.local("acc", zero);
                Expr.BinOp op = name.equals("sum") ? Expr.BinOp.ADD : Expr.BinOp.MUL;
                return d.build(x -> seq(span, new Thir.AssignOp(op, acc, value(x), Ty.UNIT, span)), acc, v);
            }
            case "for_each" -> {
                cx.checkArgCount(args, 1, span);
                Thir.Expr f0 = cx.closureArg(args.get(0), List.of(item), Ty.UNIT);
                d = new Drain(base, t, item, span);
                Thir.Expr f = d.local("f", f0);
                return d.build(x -> seq(span, call(f, List.of(x), Ty.UNIT, span)), unit(span), Ty.UNIT);
            }
            case "fold" -> {
                cx.checkArgCount(args, 2, span);
                Thir.Expr init = cx.checkExpr(args.get(0), null);
                Thir.Expr f0 = cx.closureArg(args.get(1), List.of(init.ty(), item), init.ty());
                d = new Drain(base, t, item, span);
                Thir.Expr acc = d.local("acc", init);
                Thir.Expr f = d.local("f", f0);
                return d.build(x -> seq(span, new Thir.Assign(acc, call(f, List.of(acc, x), init.ty(), span), Ty.UNIT, span)),
                    acc, init.ty());
            }
            case "any", "all" -> {
                cx.checkArgCount(args, 1, span);
                Thir.Expr p0 = cx.closureArg(args.get(0), List.of(item), Ty.BOOL);
                d = new Drain(base, t, item, span);
                Thir.Expr p = d.local("predicate", p0);
                boolean any = name.equals("any");
                Drain dd = d;
                return d.build(x -> {
                    Thir.Expr test = call(p, List.of(x), Ty.BOOL, span);
                    if (!any) test = new Thir.Unary(Expr.UnOp.NOT, test, Ty.BOOL, span);
                    return new Thir.If(test, dd.breakWith(bool(any, span)), null, Ty.UNIT, span);
                }, bool(!any, span), Ty.BOOL);
            }
            case "find" -> {
                cx.checkArgCount(args, 1, span);
                Thir.Expr p0 = cx.closureArg(args.get(0), List.of(new Ty.Ref(item, false)), Ty.BOOL);
                d = new Drain(base, t, item, span);
                Thir.Expr p = d.local("predicate", p0);
                Ty.Adt opt = (Ty.Adt) option(item);
                Drain dd = d;
                return d.build(x -> new Thir.If(call(p, List.of(new Thir.AddrOf(x, false, new Ty.Ref(item, false), span)), Ty.BOOL, span),
                        dd.breakWith(new Thir.EnumLit(1, List.of(0), List.of(x), opt, span)), null, Ty.UNIT, span),
                    new Thir.EnumLit(0, List.of(), List.of(), opt, span), opt);
            }
            case "position" -> {
                cx.checkArgCount(args, 1, span);
                Thir.Expr p0 = cx.closureArg(args.get(0), List.of(item), Ty.BOOL);
                d = new Drain(base, t, item, span);
                Thir.Expr p = d.local("predicate", p0);
                Thir.Expr i = d.local("index", usize(0, span));
                Ty.Adt opt = (Ty.Adt) option(Ty.USIZE);
                Drain dd = d;
                return d.build(x -> seq(span,
                        new Thir.If(call(p, List.of(x), Ty.BOOL, span), dd.breakWith(new Thir.EnumLit(1, List.of(0), List.of(i), opt, span)),
                            null, Ty.UNIT, span),
                        new Thir.AssignOp(Expr.BinOp.ADD, i, usize(1, span), Ty.UNIT, span)),
                    new Thir.EnumLit(0, List.of(), List.of(), opt, span), opt);
            }
            case "last", "max", "min" -> {
                cx.checkArgCount(args, 0, span);
                Ty v = infcx.shallow(item) instanceof Ty.Ref r ? infcx.shallow(r.pointee()) : infcx.shallow(item);
                if (!name.equals("last") && !(v instanceof Ty.Int || v instanceof Ty.Char
                    || v instanceof Ty.Infer i && i.kind() == Ty.InferKind.INT)) {
                    return null;
                }
                d = new Drain(base, t, item, span);
                Ty.Adt opt = (Ty.Adt) option(item);
                Thir.Expr best = d.local("best", new Thir.EnumLit(0, List.of(), List.of(), opt, span));
                if (name.equals("last")) {
                    return d.build(x -> seq(span, new Thir.Assign(best, new Thir.EnumLit(1, List.of(0), List.of(x), opt, span), Ty.UNIT, span)),
                        best, opt);
                }
                // max keeps the last of equal items, min the first (std's max_by/min_by)
                Expr.BinOp better = name.equals("max") ? Expr.BinOp.GE : Expr.BinOp.LT;
                int m = cx.hiddenLocal("current", item, span);
                Thir.Pattern someM = new Thir.Pattern.Variant(1, new Thir.Pattern.Fields(List.of(0), List.of(new Thir.Pattern.Binding(m))));
                return d.build(x -> {
                    Thir.Expr replace = new Thir.Assign(best, new Thir.EnumLit(1, List.of(0), List.of(x), opt, span), Ty.UNIT, span);
                    Thir.Expr cmp = new Thir.Binary(better, value(x), value(new Thir.Local(m, item, span)), Ty.BOOL, span);
                    return new Thir.Match(best, List.of(
                        new Thir.Arm(someM, null, new Thir.If(cmp, replace, null, Ty.UNIT, span), span),
                        new Thir.Arm(new Thir.Pattern.Wild(), null, replace, span)), Ty.UNIT, span);
                }, best, opt);
            }
            case "collect" -> {
                cx.checkArgCount(args, 0, span);
                return collect(base, t, item, expected, span);
            }
            case "partition" -> {
                // into two Vecs (the type the context gives): the items the predicate accepts, then the rest
                cx.checkArgCount(args, 1, span);
                Ty vec = new Ty.Adt(types.stdAdt("Vec"), List.of(item, new Ty.Adt(types.stdAdt("Global"), List.of())));
                Ty pair = new Ty.Tuple(List.of(vec, vec));
                if (expected == null || !infcx.unify(expected, pair)) return null;
                Thir.Expr p0 = cx.closureArg(args.get(0), List.of(new Ty.Ref(item, false)), Ty.BOOL);
                d = new Drain(base, t, item, span);
                Thir.Expr p = d.local("predicate", p0);
                Thir.Expr yes = d.local("accepted", new Thir.IntrinsicCall(Intrinsic.VEC_NEW, List.of(), vec, span));
                Thir.Expr no = d.local("rejected", new Thir.IntrinsicCall(Intrinsic.VEC_NEW, List.of(), vec, span));
                return d.build(x -> new Thir.If(
                        call(p, List.of(new Thir.AddrOf(x, false, new Ty.Ref(item, false), span)), Ty.BOOL, span),
                        seq(span, push(yes, vec, x, span)), seq(span, push(no, vec, x, span)), Ty.UNIT, span),
                    new Thir.Tuple(List.of(yes, no), pair, span), pair);
            }
            default -> {
                return null;
            }
        }
    }

    private static Thir.Expr push(Thir.Expr vec, Ty vecTy, Thir.Expr value, Span span) {
        return new Thir.IntrinsicCall(Intrinsic.VEC_PUSH, List.of(new Thir.AddrOf(vec, true, new Ty.Ref(vecTy, true), span), value), Ty.UNIT, span);
    }

    private static Thir.Expr bool(boolean b, Span span) { return new Thir.Literal(new Thir.Const.Bool(b), Ty.BOOL, span); }

    /** {@code <[T]>::contains(&needle)}: whether an element equals it (elements compared by value). */
    Thir.Expr contains(Thir.Expr iter, Ty elem, Thir.Expr needle, Span span) {
        Ty iterTy = iter.ty();
        Drain d = new Drain(iter, iterTy, new Ty.Ref(elem, false), span);
        Thir.Expr n = d.local("needle", needle);
        return d.build(x -> new Thir.If(new Thir.Binary(Expr.BinOp.EQ, value(x), value(n), Ty.BOOL, span), d.breakWith(bool(true, span)),
            null, Ty.UNIT, span), bool(false, span), Ty.BOOL);
    }

    /** collect into a Vec, or into Result<Vec<T>, E> from items Result<T, E> (stopping at the first error). */
    private Thir.Expr collect(Thir.Expr base, Ty t, Ty item, Ty expected, Span span) {
        Ty want = expected == null ? null : infcx.shallow(expected);
        boolean intoResult = want instanceof Ty.Adt r && r.def() == types.stdAdt("Result");
        Ty vecTy = intoResult ? ((Ty.Adt) want).args().get(0) : want;
        if (vecTy == null || vecTy instanceof Ty.Infer) return null;
        if (!intoResult && infcx.shallow(vecTy) instanceof Ty.Adt set && set.def() == types.stdAdt("HashSet")) {
            return collectSet(base, t, item, set, span);
        }
        if (!(infcx.shallow(vecTy) instanceof Ty.Adt wantVec && wantVec.def() == types.stdAdt("Vec"))) return null;
        Ty elem;
        Ty error = null;
        if (intoResult) {
            if (!(infcx.shallow(item) instanceof Ty.Adt ri && ri.def() == types.stdAdt("Result"))) return null;
            elem = ri.args().get(0);
            error = ri.args().get(1);
            if (!infcx.unify(((Ty.Adt) want).args().get(1), error)) return null;
        } else {
            elem = item;
        }
        Ty vec = new Ty.Adt(types.stdAdt("Vec"), List.of(elem, new Ty.Adt(types.stdAdt("Global"), List.of())));
        if (!infcx.unify(vecTy, vec)) return null;
        Drain d = new Drain(base, t, item, span);
        Thir.Expr v = d.local("collected", new Thir.IntrinsicCall(Intrinsic.VEC_NEW, List.of(), vec, span));
        Thir.Expr vRef = new Thir.AddrOf(v, true, new Ty.Ref(vec, true), span);
        if (!intoResult) {
            return d.build(x -> seq(span, new Thir.IntrinsicCall(Intrinsic.VEC_PUSH, List.of(vRef, x), Ty.UNIT, span)), v, vec);
        }
        Ty.Adt result = (Ty.Adt) infcx.shallow(want);
        Ty errTy = error;
        int ok = cx.hiddenLocal("ok", elem, span);
        int err = cx.hiddenLocal("err", errTy, span);
        Drain dd = d;
        return d.build(x -> new Thir.Match(x, List.of(
                new Thir.Arm(new Thir.Pattern.Variant(0, new Thir.Pattern.Fields(List.of(0), List.of(new Thir.Pattern.Binding(ok)))), null,
                    seq(span, new Thir.IntrinsicCall(Intrinsic.VEC_PUSH, List.of(vRef, new Thir.Local(ok, elem, span)), Ty.UNIT, span)), span),
                new Thir.Arm(new Thir.Pattern.Variant(1, new Thir.Pattern.Fields(List.of(0), List.of(new Thir.Pattern.Binding(err)))), null,
                    dd.breakWith(new Thir.EnumLit(1, List.of(0), List.of(new Thir.Local(err, errTy, span)), result, span)), span)),
                Ty.UNIT, span),
            new Thir.EnumLit(0, List.of(0), List.of(v), result, span), result);
    }

    /** collect() into a HashSet: std's FromIterator, a new set and an insert per item. */
    private Thir.Expr collectSet(Thir.Expr base, Ty t, Ty item, Ty.Adt want, Span span) {
        Ty set = new Ty.Adt(types.stdAdt("HashSet"), List.of(item, new Ty.Adt(types.stdAdt("RandomState"), List.of())));
        if (!infcx.unify(want, set)) return null;
        Drain d = new Drain(base, t, item, span);
        Thir.Expr s = d.local("collected", new Thir.StdCall("HashSet::new", List.of(), List.of(item), set, span));
        Thir.Expr sRef = new Thir.AddrOf(s, true, new Ty.Ref(set, true), span);
        // Extend first reserves room for the iterator's size_hint().0
        Thir.Expr iterRef = new Thir.AddrOf(new Thir.Local(d.it, t, span), false, new Ty.Ref(t, false), span);
        d.local("reserved", new Thir.StdCall("HashSet::reserve_for", List.of(sRef, iterRef), List.of(), Ty.UNIT, span));
        return d.build(x -> seq(span, new Thir.StdCall("HashSet::insert", List.of(sRef, x), List.of(item), Ty.BOOL, span)), s, set);
    }

    /** {@code for pat in iter} over an iterator value: the loop std's IntoIterator for iterators runs. */
    Thir.Expr forLoop(Thir.Expr iter, Ty item, Thir.Pattern pat, Thir.Expr body, int label, Span span) {
        Ty t = iter.ty();
        int it = cx.hiddenLocal("iter", t, span);
        Thir.Expr iterRef = new Thir.AddrOf(new Thir.Local(it, t, span), true, new Ty.Ref(t, true), span);
        Thir.Pattern some = new Thir.Pattern.Variant(1, new Thir.Pattern.Fields(List.of(0), List.of(pat)));
        Thir.Expr match = new Thir.Match(next(iterRef, item, span), List.of(
            new Thir.Arm(some, null, body, span),
            new Thir.Arm(new Thir.Pattern.Wild(), null, new Thir.Break(label, null, Ty.NEVER, span), span)), Ty.UNIT, span);
        Thir.Expr loop = new Thir.Loop(new Thir.Block(List.of(new Thir.ExprStmt(match, span)), null, Ty.UNIT, span), label, Ty.UNIT, span);
        return new Thir.Block(List.of(new Thir.Let(new Thir.Pattern.Binding(it), iter, span)), loop, Ty.UNIT, span);
    }
}
