package rustmem.legacy.types;

import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.legacy.types.thir.Intrinsic;
import rustmem.legacy.types.thir.Thir;

/**
 * `==`, `!=`, `<`, `<=`, `>`, `>=` on values that are not scalars: std's PartialEq and PartialOrd impls
 * for references, tuples, arrays, slices, str, String, Vec, Box, Rc, Option and Result, and the
 * program's types that derive them. Such a comparison is the COMPARE shim on references to both sides.
 */
final class Comparisons {
    /** Whether a type implements a comparison trait; UNKNOWN where rustmem cannot tell (never a false error). */
    enum Answer { YES, NO, UNKNOWN }

    private final FnCtxt cx;
    private final InferCtxt infcx;

    Comparisons(FnCtxt cx, InferCtxt infcx) {
        this.cx = cx;
        this.infcx = infcx;
    }

    /** Whether t implements PartialEq (ord: PartialOrd). */
    Answer implemented(Ty t, boolean ord) {
        t = infcx.shallow(t);
        return switch (t) {
            case Ty.Int i -> Answer.YES;
            case Ty.Float f -> Answer.YES;
            case Ty.Bool b -> Answer.YES;
            case Ty.Char c -> Answer.YES;
            case Ty.Str s -> Answer.YES;
            case Ty.Infer i -> i.kind() == Ty.InferKind.GENERAL ? Answer.UNKNOWN : Answer.YES;
            case Ty.Ref r -> implemented(r.pointee(), ord);
            case Ty.Slice s -> implemented(s.element(), ord);
            case Ty.Array a -> implemented(a.element(), ord);
            case Ty.Tuple tu -> all(tu.elements(), ord);
            case Ty.Param p -> cx.hasBound(p, ord ? "PartialOrd" : "PartialEq") ? Answer.YES : Answer.NO;
            case Ty.Adt a when a.def().fromStd() -> switch (a.def().name()) {
                case "String", "Ordering" -> Answer.YES;
                case "Vec", "Box", "Rc", "Option" -> implemented(a.args().get(0), ord);   // not the allocator
                case "Result" -> all(a.args(), ord);
                default -> Answer.UNKNOWN;
            };
            case Ty.Adt a when a.def().isUnion() -> Answer.NO;
            case Ty.Adt a -> {
                // the program's own impl runs only where the operator is applied to the type itself
                if (cx.implementsTrait(a, ord ? "PartialOrd" : "PartialEq")) yield Answer.UNKNOWN;
                if (!a.def().derives().contains(ord ? "PartialOrd" : "PartialEq")) yield Answer.NO;
                Answer fields = Answer.YES;
                for (var v : a.def().variants()) {
                    for (var f : v.fields()) {
                        Answer fa = implemented(f.type().subst(a.args()), ord);
                        if (fa != Answer.YES) fields = Answer.UNKNOWN;   // rustc reports that at the derive
                    }
                }
                yield fields;
            }
            default -> Answer.UNKNOWN;
        };
    }

    private Answer all(List<Ty> tys, boolean ord) {
        Answer all = Answer.YES;
        for (Ty t : tys) {
            Answer a = implemented(t, ord);
            if (a == Answer.NO) return Answer.NO;
            if (a == Answer.UNKNOWN) all = Answer.UNKNOWN;
        }
        return all;
    }

    /** A sequence type's element type: Vec<T>, [T; N], [T] and references to them; null for other types. */
    private Ty sequenceElement(Ty t) {
        t = infcx.shallow(t);
        if (t instanceof Ty.Ref r) t = infcx.shallow(r.pointee());
        return switch (t) {
            case Ty.Array a -> a.element();
            case Ty.Slice s -> s.element();
            case Ty.Adt a when a.def().fromStd() && a.def().name().equals("Vec") -> a.args().get(0);
            default -> null;
        };
    }

    /** Whether l and r are sequences of different kinds (Vec and array, array and slice …), which `==` compares. */
    boolean sequencePair(Ty l, Ty r) {
        Ty ls = infcx.shallow(l), rs = infcx.shallow(r);
        if (sequenceElement(ls) == null || sequenceElement(rs) == null) return false;
        return !ls.getClass().equals(rs.getClass()) || ls instanceof Ty.Ref lr && rs instanceof Ty.Ref rr
            && !infcx.shallow(lr.pointee()).getClass().equals(infcx.shallow(rr.pointee()).getClass());
    }

    /**
     * Checks r against l (the same type, or for `==` a sequence of the same elements: Vec == array,
     * Vec == &[T] …) and builds `l op r`; shown is l's type as written, for rustc's E0369.
     */
    Thir.Expr compare(BinOp op, Thir.Expr l, Thir.Expr r, Ty shown, Span span) {
        boolean ord = !(op == BinOp.EQ || op == BinOp.NE);
        Ty lt = infcx.shallow(l.ty());
        Answer a = implemented(lt, ord);
        if (a == Answer.NO) {
            throw new TypeError(Diagnostic.error("binary operation `" + op.symbol + "` cannot be applied to type `"
                + infcx.resolve(shown, false).display() + "`").code("E0369").span(span).build());
        }
        if (a == Answer.UNKNOWN) throw new Unsupported(span, "comparing values of type `" + infcx.resolve(lt, false).display() + "`");
        boolean unified = !ord && sequencePair(lt, r.ty()) ? infcx.unify(sequenceElement(lt), sequenceElement(r.ty()))
            : infcx.unify(l.ty(), r.ty());
        if (!unified) {
            throw new TypeError(Diagnostic.error("mismatched types").code("E0308").span(r.span(), "expected `"
                + infcx.resolve(l.ty(), false).display() + "`, found `" + infcx.resolve(r.ty(), false).display() + "`").build());
        }
        Thir.Expr code = new Thir.Literal(new Thir.Const.Int(java.math.BigInteger.valueOf(op.ordinal())), Ty.of(Ty.IntTy.U8), span);
        // a slice or str compares through its (fat) reference: the shim's operands stay thin pointers
        if (lt instanceof Ty.Slice || lt instanceof Ty.Str) {
            l = ref(l);
            r = ref(r);
        }
        return new Thir.IntrinsicCall(Intrinsic.COMPARE, List.of(ref(l), ref(r), code), Ty.BOOL, span);
    }

    private static Thir.Expr ref(Thir.Expr e) {
        return new Thir.AddrOf(e, false, new Ty.Ref(e.ty(), false), e.span());
    }
}
