package rustmem.legacy.interp;

import rustmem.legacy.types.Ty;

/**
 * std's PartialEq and PartialOrd on values in memory, as std's impls and the derives compute them:
 * numbers by value (NaN unordered), references, Box and Rc by what they point to, tuples, structs and
 * arrays field by field, enums by variant then fields, and sequences (str and String by their bytes,
 * slices, arrays, Vecs) lexicographically.
 */
final class ValueCompare {
    private final Interpreter in;
    private final StdShims heap;

    ValueCompare(Interpreter in, StdShims heap) {
        this.in = in;
        this.heap = heap;
    }

    /** A sequence's elements: where the first is, how many, their type and stride. */
    private record Elements(long ptr, long len, Ty elem, long stride) {}

    /** -1, 0 or 1 as a is less than, equal to or greater than b; null when unordered (a NaN inside). */
    Integer compare(long a, Ty at, long b, Ty bt) {
        // a reference compares as what it points to (a &str or &[T] is a sequence of its own)
        if (at instanceof Ty.Ref r && !isSequenceRef(r)) return compare(in.readScalar(a, 8, false), r.pointee(), b, bt);
        if (bt instanceof Ty.Ref r && !isSequenceRef(r)) return compare(a, at, in.readScalar(b, 8, false), r.pointee());
        Elements as = elements(a, at);
        if (as != null) return sequence(as, elements(b, bt));
        return switch (at) {
            case Ty.Int i -> {
                int size = (int) in.layout(at).size();
                long x = in.readScalar(a, size, i.kind().signed);
                long y = in.readScalar(b, size, i.kind().signed);
                yield i.kind().signed ? Long.compare(x, y) : Long.compareUnsigned(x, y);
            }
            case Ty.Float fl when fl.kind() == Ty.FloatTy.F32 ->
                floats(Float.intBitsToFloat((int) in.readScalar(a, 4, false)), Float.intBitsToFloat((int) in.readScalar(b, 4, false)));
            case Ty.Float fl -> floats(Double.longBitsToDouble(in.readScalar(a, 8, false)), Double.longBitsToDouble(in.readScalar(b, 8, false)));
            case Ty.Bool bo -> Long.compare(in.readScalar(a, 1, false), in.readScalar(b, 1, false));
            case Ty.Char c -> Long.compare(in.readScalar(a, 4, false), in.readScalar(b, 4, false));
            case Ty.Tuple t -> {
                var fields = in.layout(at).fields();
                for (int i = 0; i < t.elements().size(); i++) {
                    long off = fields.offset(i);
                    Integer c = compare(a + off, t.elements().get(i), b + off, ((Ty.Tuple) bt).elements().get(i));
                    if (c == null || c != 0) yield c;
                }
                yield 0;
            }
            case Ty.Adt adt when adt.def().fromStd() && (adt.def().name().equals("Box") || adt.def().name().equals("Rc")
                || adt.def().name().equals("Arc")) -> {
                boolean counted = !adt.def().name().equals("Box");
                yield compare(heap.word(a) + (counted ? heap.rcLayout(at).value() : 0), adt.args().get(0),
                    heap.word(b) + (counted ? heap.rcLayout(bt).value() : 0), ((Ty.Adt) bt).args().get(0));
            }
            case Ty.Adt adt when adt.def().isEnum() -> {
                int va = in.variantAt(a, at);
                int vb = in.variantAt(b, bt);
                // derived PartialOrd orders variants by their discriminants (`A = 5` comes after `B = 1`)
                if (va != vb) yield Long.compare(in.discriminantValue(adt.def(), va), in.discriminantValue(adt.def(), vb));
                for (int i = 0; i < adt.def().variants().get(va).fields().size(); i++) {
                    long oa = in.variantFieldOffset(at, va, i);
                    long ob = in.variantFieldOffset(bt, vb, i);
                    Integer c = compare(a + oa, Interpreter.fieldTy(at, va, i), b + ob, Interpreter.fieldTy(bt, vb, i));
                    if (c == null || c != 0) yield c;
                }
                yield 0;
            }
            case Ty.Adt adt -> {
                var fa = in.layout(at).fields();
                var fb = in.layout(bt).fields();
                for (int i = 0; i < adt.def().variants().get(0).fields().size(); i++) {
                    Integer c = compare(a + fa.offset(i), Interpreter.fieldTy(at, -1, i), b + fb.offset(i), Interpreter.fieldTy(bt, -1, i));
                    if (c == null || c != 0) yield c;
                }
                yield 0;
            }
            default -> throw new IllegalStateException("comparing " + at.display());
        };
    }

    private static boolean isSequenceRef(Ty.Ref r) { return r.pointee() instanceof Ty.Str || r.pointee() instanceof Ty.Slice; }

    private static Integer floats(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) return null;
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** Lexicographic: the first unequal element decides, else the shorter sequence is less. */
    private Integer sequence(Elements a, Elements b) {
        long n = Math.min(a.len, b.len);
        for (long i = 0; i < n; i++) {
            Integer c = compare(a.ptr + i * a.stride, a.elem, b.ptr + i * b.stride, b.elem);
            if (c == null || c != 0) return c;
        }
        return Long.compare(a.len, b.len);
    }

    /** The elements of a str, slice, array, String or Vec value (a &str or &[T] is the reference itself); null for others. */
    private Elements elements(long addr, Ty t) {
        return switch (t) {
            case Ty.Ref r when r.pointee() instanceof Ty.Str ->
                new Elements(in.readScalar(addr, 8, false), in.readScalar(addr + 8, 8, false), Ty.of(Ty.IntTy.U8), 1);
            case Ty.Ref r when r.pointee() instanceof Ty.Slice sl ->
                new Elements(in.readScalar(addr, 8, false), in.readScalar(addr + 8, 8, false), sl.element(), in.layout(sl.element()).size());
            case Ty.Array arr -> new Elements(addr, arr.length(), arr.element(), in.layout(arr.element()).size());
            case Ty.Adt adt when adt.def().fromStd() && (adt.def().name().equals("String") || adt.def().name().equals("Vec")) -> {
                StdShims.VecLayout v = heap.vecLayout(t);
                Ty elem = adt.def().name().equals("String") ? Ty.of(Ty.IntTy.U8) : v.elem();
                yield new Elements(heap.word(addr + v.ptr()), heap.word(addr + v.len()), elem, v.elemSize());
            }
            default -> null;
        };
    }

    /** Whether op (`==`, `!=`, `<`, `<=`, `>`, `>=`) holds for an ordering (null: unordered, where only `!=` holds). */
    static boolean holds(rustmem.syntax.ast.Expr.BinOp op, Integer c) {
        if (c == null) return op == rustmem.syntax.ast.Expr.BinOp.NE;
        return IntOps.holds(op, c);
    }
}
