package rustmem.legacy.interp;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.legacy.ir.Mir;
import rustmem.layout.Layout;
import rustmem.machine.Allocation;
import rustmem.machine.Allocator;
import rustmem.machine.Memory;
import rustmem.legacy.types.AdtDef;
import rustmem.legacy.types.Ty;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.legacy.types.thir.Intrinsic;

/**
 * std's Box, String and Vec operations on their real layouts: the fields the layout engine places
 * (Vec = {buf: RawVec {inner: {ptr, cap}}, len}, String = {vec: Vec<u8>}, Box = a pointer) are read and
 * written in simulated memory, buffers come from the simulated malloc, and capacities grow as
 * RawVec::grow_amortized grows them (doubling, at least 8 bytes' worth for u8, 4 elements up to 1 KiB
 * elements, else 1).
 */
final class StdShims {
    private final Interpreter in;
    private final Memory memory;
    final Allocator allocator;

    /**
     * Where a Vec's (or String's) pointer, capacity and length sit, its element's size and alignment, and
     * whether dropping it drops its elements one by one.
     */
    record VecLayout(int ptr, int cap, int len, long elemSize, long elemAlign, Ty elem, boolean elemNeedsDrop, String what) {}

    // keyed by identity: a MIR type object is looked up again and again, comparing it deeply would cost more
    private final Map<Ty, VecLayout> vecLayouts = new java.util.IdentityHashMap<>();

    StdShims(Interpreter in, Memory memory, Allocator allocator) {
        this.in = in;
        this.memory = memory;
        this.allocator = allocator;
        this.iterators = new IterShims(in, this);
        this.maps = new HashMaps(in, this, memory, allocator);
        this.sorts = new SliceSort(in, this);
        this.compare = new ValueCompare(in, this);
    }

    /** Weak::new()'s pointer: usize::MAX, never an allocation's address. */
    private static final long DANGLING_WEAK = -1L;

    private final IterShims iterators;
    final HashMaps maps;

    StrIterShims strIterators() { return iterators.strs; }

    ValueCompare compare() { return compare; }

    /** free() of a heap block whose contents moved elsewhere. */
    void freeBlock(long ptr) { allocator.free(ptr); }

    /** Iterator::size_hint().0 of the iterator at it. */
    long sizeHint(long it, Ty ty) { return iterators.sizeHint(it, ty); }

    /** String::new / Vec::new at at: no buffer yet. */
    void emptyVec(long at, Ty ty) {
        VecLayout v = vecLayout(ty);
        initVec(at, v, v.elemAlign(), 0, 0);
    }
    private final SliceSort sorts;
    private final ValueCompare compare;

    // ------------------------------------------------------------------ layouts

    VecLayout vecLayout(Ty ty) {
        VecLayout known = vecLayouts.get(ty);
        if (known == null) {
            known = computeVecLayout(ty);
            vecLayouts.put(ty, known);
        }
        return known;
    }

    private VecLayout computeVecLayout(Ty t) {
        Ty.Adt a = (Ty.Adt) t;
        if (a.def().name().equals("String")) {
            int base = fieldOffset(t, "vec");
            Ty vecTy = fieldType(t, "vec");
            VecLayout v = vecLayout(vecTy);
            return new VecLayout(base + v.ptr(), base + v.cap(), base + v.len(), 1, 1, v.elem(), false, "String buffer");
        }
        Ty elem = a.args().get(0);
        Layout el = in.layout(elem);
        int buf = fieldOffset(t, "buf");
        Ty rawVec = fieldType(t, "buf");
        int inner = buf + fieldOffset(rawVec, "inner");
        Ty innerTy = fieldType(rawVec, "inner");
        return new VecLayout(inner + fieldOffset(innerTy, "ptr"), inner + fieldOffset(innerTy, "cap"),
            fieldOffset(t, "len"), el.size(), el.align(), elem, in.needsDrop(elem), "Vec<" + elem.display() + "> buffer");
    }

    private int fieldOffset(Ty t, String field) {
        AdtDef def = ((Ty.Adt) t).def();
        return (int) in.layout(t).fields().offset(def.fieldIndex(field));
    }

    private static Ty fieldType(Ty t, String field) {
        Ty.Adt a = (Ty.Adt) t;
        return a.def().variants().get(0).fields().get(a.def().fieldIndex(field)).type().subst(a.args());
    }

    /** RawVec's smallest non-zero capacity for an element size. */
    private static long minNonZeroCap(long elemSize) {
        return elemSize == 1 ? 8 : elemSize <= 1024 ? 4 : 1;
    }

    /** Where RcInner's counts and value sit, and its size, for an Rc<T>. */
    record RcLayout(int strong, int weak, int value, long size) {}

    private final Map<Ty, RcLayout> rcLayouts = new java.util.IdentityHashMap<>();

    RcLayout rcLayout(Ty rcTy) {
        RcLayout known = rcLayouts.get(rcTy);
        if (known == null) {
            Ty inner = new Ty.Adt(((Ty.Adt) fieldPointee(rcTy, "ptr")).def(), List.of(((Ty.Adt) rcTy).args().get(0)));
            // RcInner's value field, or ArcInner's data field (the same shape)
            String value = ((Ty.Adt) inner).def().fieldIndex("value") >= 0 ? "value" : "data";
            known = new RcLayout(fieldOffset(inner, "strong"), fieldOffset(inner, "weak"), fieldOffset(inner, value),
                in.layout(inner).size());
            rcLayouts.put(rcTy, known);
        }
        return known;
    }

    /** The type a NonNull<X> field points to (X). */
    private static Ty fieldPointee(Ty t, String field) {
        Ty.Adt nonNull = (Ty.Adt) fieldType(t, field);
        return nonNull.args().get(0);
    }

    // ------------------------------------------------------------------ memory words

    long word(long addr) {
        Allocation a = memory.find(addr, 8);
        return Allocation.read(a.bytes, (int) (addr - a.base), 8, false);
    }

    void setWord(long addr, long v) {
        Allocation a = memory.find(addr, 8);
        Allocation.write(a.bytes, (int) (addr - a.base), 8, v);
    }

    void copy(long from, long to, long n) {
        if (n == 0) return;
        Allocation src = memory.find(from, n);
        Allocation dst = memory.find(to, n);
        System.arraycopy(src.bytes, (int) (from - src.base), dst.bytes, (int) (to - dst.base), (int) n);
    }

    /** The n bytes at addr. */
    byte[] read(long addr, long n) {
        if (n == 0) return new byte[0];
        Allocation a = memory.find(addr, n);
        return java.util.Arrays.copyOfRange(a.bytes, (int) (addr - a.base), (int) (addr - a.base + n));
    }

    void writeBytes(long to, byte[] bytes) {
        if (bytes.length == 0) return;
        Allocation dst = memory.find(to, bytes.length);
        System.arraycopy(bytes, 0, dst.bytes, (int) (to - dst.base), bytes.length);
    }

    /** The UTF-8 text of a String or str buffer. */
    String text(long ptr, long len) {
        if (len == 0) return "";
        Allocation a = memory.find(ptr, len);
        return new String(a.bytes, (int) (ptr - a.base), (int) len, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ operations

    /** What a heap block holds and where the program allocated it, put into words only when a report shows it. */
    record AllocSite(String what, Object where) {
        @Override
        public String toString() { return what + " at " + where; }
    }

    /** Runs one shim; the result goes to dest (an address of the destination place, and its type). */
    void call(Interpreter.Frame f, Mir.IntrinsicCall c, long dest, Ty destTy) {
        List<Mir.Operand> args = c.args();
        List<Ty> tys = c.argTys();
        Object site = in.site(c.span());
        switch (c.op()) {
            case BOX_NEW -> {
                Ty t = tys.get(0);
                Layout l = in.layout(t);
                long ptr = l.size() == 0 ? l.align() : allocator.malloc(l.size(), new AllocSite("Box::new", site));
                if (l.size() > 0) {
                    Allocation a = memory.find(ptr, l.size());
                    in.store(f, args.get(0), a.bytes, (int) (ptr - a.base), t);
                }
                setWord(dest, ptr);
            }
            case STRING_NEW, VEC_NEW -> {
                VecLayout v = vecLayout(destTy);
                initVec(dest, v, v.elemAlign(), 0, 0);
            }
            case STRING_WITH_CAPACITY, VEC_WITH_CAPACITY -> {
                VecLayout v = vecLayout(destTy);
                withCapacity(dest, v, in.scalar(f, args.get(0)), site);
            }
            case SLICE_SORT, SLICE_SORT_UNSTABLE -> sorts.sort(in.strPtr(f, args.get(0)), in.strLen(f, args.get(0)),
                ((Ty.Slice) pointee(tys.get(0))).element(), c.op() == Intrinsic.SLICE_SORT, new AllocSite("sort's scratch buffer", site));
            case SLICE_SORT_BY_KEY -> sorts.sortByKey(in.strPtr(f, args.get(0)), in.strLen(f, args.get(0)),
                ((Ty.Slice) pointee(tys.get(0))).element(), (Ty.Closure) pointee(tys.get(1)), in.scalar(f, args.get(1)));
            case FN_ADDR -> setWord(dest, in.functionAddress((int) in.scalar(f, args.get(0))));
            case VEC_JOIN -> {
                Ty vecTy = pointee(tys.get(0));
                Ty elem = vecLayout(vecTy).elem();
                StringBuilder joined = new StringBuilder();
                String sep = in.strOf(f, args.get(1));
                long[] es = elements(in.scalar(f, args.get(0)), vecTy);
                for (int i = 0; i < es.length; i++) {
                    if (i > 0) joined.append(sep);
                    joined.append(elem instanceof Ty.Ref ? text(word(es[i]), word(es[i] + 8)) : stringText(es[i], elem));
                }
                byte[] bytes = joined.toString().getBytes(StandardCharsets.UTF_8);
                VecLayout v = vecLayout(destTy);
                withCapacity(dest, v, bytes.length, site);
                writeBytes(word(dest + v.ptr()), bytes);
                setWord(dest + v.len(), bytes.length);
            }
            case STRING_FROM_STR -> {
                byte[] bytes = in.strOf(f, args.get(0)).getBytes(StandardCharsets.UTF_8);
                VecLayout v = vecLayout(destTy);
                withCapacity(dest, v, bytes.length, site);
                writeBytes(word(dest + v.ptr()), bytes);
                setWord(dest + v.len(), bytes.length);
            }
            case STRING_PUSH_STR -> {
                long n = in.strLen(f, args.get(1));
                copy(in.strPtr(f, args.get(1)), extend(in.scalar(f, args.get(0)), vecLayout(pointee(tys.get(0))), n, site), n);
            }
            case STRING_PUSH -> append(in.scalar(f, args.get(0)), tys.get(0),
                new String(Character.toChars((int) in.scalar(f, args.get(1)))).getBytes(StandardCharsets.UTF_8), site);
            case STRING_ADD -> {
                // the String is moved in: its three words are copied to dest, then appended to there
                in.storeAt(f, args.get(0), dest, tys.get(0));
                append(dest, destTy, in.strOf(f, args.get(1)).getBytes(StandardCharsets.UTF_8), site);
            }
            case STRING_AS_STR -> {
                long s = in.scalar(f, args.get(0));
                VecLayout v = vecLayout(pointee(tys.get(0)));
                setWord(dest, word(s + v.ptr()));
                setWord(dest + 8, word(s + v.len()));
            }
            case STRING_CLEAR, VEC_CLEAR -> {
                long s = in.scalar(f, args.get(0));
                setWord(s + vecLayout(pointee(tys.get(0))).len(), 0);
            }
            case STRING_CLONE, VEC_CLONE -> {
                long s = in.scalar(f, args.get(0));
                VecLayout v = vecLayout(pointee(tys.get(0)));
                long len = word(s + v.len());
                withCapacity(dest, v, len, site);
                copy(word(s + v.ptr()), word(dest + v.ptr()), len * v.elemSize());
                setWord(dest + v.len(), len);
            }
            case INT_WRAPPING, INT_CHECKED, INT_SATURATING, INT_OVERFLOWING -> integerPolicy(c.op(), in.scalar(f, args.get(0)),
                in.scalar(f, args.get(1)), rustmem.syntax.ast.Expr.BinOp.values()[(int) in.scalar(f, args.get(2))],
                (Ty.Int) tys.get(0), dest, destTy, c.span());
            case COUNT_ONES, COUNT_ZEROS, LEADING_ZEROS, TRAILING_ZEROS, IS_POWER_OF_TWO -> {
                int bits = (int) in.layout(tys.get(0)).size() * 8;
                long v = in.scalar(f, args.get(0)) & (bits == 64 ? -1L : (1L << bits) - 1);   // the type's bits only
                long r = switch (c.op()) {
                    case COUNT_ONES -> Long.bitCount(v);
                    case COUNT_ZEROS -> bits - Long.bitCount(v);
                    case LEADING_ZEROS -> Long.numberOfLeadingZeros(v) - (64 - bits);
                    case TRAILING_ZEROS -> v == 0 ? bits : Long.numberOfTrailingZeros(v);
                    default -> v != 0 && (v & (v - 1)) == 0 ? 1 : 0;
                };
                in.writeScalar(dest, (int) in.layout(destTy).size(), r);
            }
            case COMPARE -> {
                var op = rustmem.syntax.ast.Expr.BinOp.values()[(int) in.scalar(f, args.get(2))];
                Integer ordering = compare.compare(in.scalar(f, args.get(0)), pointee(tys.get(0)), in.scalar(f, args.get(1)),
                    pointee(tys.get(1)));
                in.writeScalar(dest, 1, ValueCompare.holds(op, ordering) ? 1 : 0);
            }
            case SIZE_OF_VAL, ALIGN_OF_VAL -> {
                boolean size = c.op() == Intrinsic.SIZE_OF_VAL;
                long value = switch (pointee(tys.get(0))) {
                    case Ty.Str s -> size ? in.strLen(f, args.get(0)) : 1;
                    case Ty.Slice s -> size ? in.strLen(f, args.get(0)) * in.layout(s.element()).size() : in.layout(s.element()).align();
                    default -> {
                        // the vtable's size and align words
                        long vtable = in.strLen(f, args.get(0));   // a fat pointer's second word: here the vtable
                        Layout l = in.layout(in.vtables.at(vtable).concrete());
                        yield size ? l.size() : l.align();
                    }
                };
                in.writeScalar(dest, 8, value);
            }
            case STR_AS_BYTES, SHARED_REBORROW -> {
                setWord(dest, in.strPtr(f, args.get(0)));
                setWord(dest + 8, in.strLen(f, args.get(0)));
            }
            case STR_LEN -> {
                Ty p = pointee(tys.get(0));
                in.writeScalar(dest, 8, p instanceof Ty.Str ? in.strLen(f, args.get(0))
                    : word(in.scalar(f, args.get(0)) + vecLayout(p).len()));
            }
            case STRING_CAPACITY, VEC_CAPACITY -> {
                VecLayout v = vecLayout(pointee(tys.get(0)));
                long s = in.scalar(f, args.get(0));
                in.writeScalar(dest, 8, v.elemSize() == 0 ? -1 : word(s + v.cap()));
            }
            case VEC_LEN -> {
                VecLayout v = vecLayout(pointee(tys.get(0)));
                in.writeScalar(dest, 8, word(in.scalar(f, args.get(0)) + v.len()));
            }
            case AS_PTR -> {
                Ty p = pointee(tys.get(0));
                setWord(dest, p instanceof Ty.Str || p instanceof Ty.Slice ? in.strPtr(f, args.get(0)) : word(in.scalar(f, args.get(0)) + vecLayout(p).ptr()));
            }
            case VEC_FROM_ARRAY -> {
                VecLayout v = vecLayout(destTy);
                long n = ((Ty.Array) tys.get(0)).length();
                withCapacity(dest, v, n, site);
                if (n * v.elemSize() > 0) {
                    long ptr = word(dest + v.ptr());
                    Allocation a = memory.find(ptr, n * v.elemSize());
                    in.store(f, args.get(0), a.bytes, (int) (ptr - a.base), tys.get(0));
                }
                setWord(dest + v.len(), n);
            }
            case VEC_FROM_ELEM -> {
                VecLayout v = vecLayout(destTy);
                long n = in.scalar(f, args.get(1));
                withCapacity(dest, v, n, site);
                long ptr = word(dest + v.ptr());
                for (long i = 0; i < n && v.elemSize() > 0; i++) {
                    Allocation a = memory.find(ptr + i * v.elemSize(), v.elemSize());
                    in.store(f, args.get(0), a.bytes, (int) (ptr + i * v.elemSize() - a.base), tys.get(0));
                }
                setWord(dest + v.len(), n);
            }
            case VEC_PUSH -> {
                long vec = in.scalar(f, args.get(0));
                VecLayout v = vecLayout(pointee(tys.get(0)));
                if (v.elemSize() == 0) {
                    setWord(vec + v.len(), word(vec + v.len()) + 1);
                } else {
                    long at = extend(vec, v, 1, site);
                    Allocation a = memory.find(at, v.elemSize());
                    in.store(f, args.get(1), a.bytes, (int) (at - a.base), v.elem());
                }
            }
            case VEC_POP -> {
                long vec = in.scalar(f, args.get(0));
                VecLayout v = vecLayout(pointee(tys.get(0)));
                long len = word(vec + v.len());
                if (len == 0) {
                    in.writeVariant(dest, destTy, 0);
                } else {
                    setWord(vec + v.len(), len - 1);
                    long payload = dest + in.variantFieldOffset(destTy, 1, 0);
                    copy(word(vec + v.ptr()) + (len - 1) * v.elemSize(), payload, v.elemSize());
                    in.writeVariant(dest, destTy, 1);
                }
            }
            case ENV_ARGS -> throw new Interpreter.LimitExceeded("unsupported: std::env::args (the simulated process has no command line)");
            case REFCELL_NEW -> {
                Ty t = tys.get(0);
                setWord(dest + fieldOffset(destTy, "borrow"), 0);
                in.storeAt(f, args.get(0), dest + fieldOffset(destTy, "value"), t);
            }
            case REFCELL_BORROW, REFCELL_BORROW_MUT -> {
                // the flag counts shared borrows, -1 while mutably borrowed
                long cell = in.scalar(f, args.get(0));
                Ty cellTy = pointee(tys.get(0));
                long flagAt = cell + fieldOffset(cellTy, "borrow");
                long flag = word(flagAt);
                boolean mutable = c.op() == Intrinsic.REFCELL_BORROW_MUT;
                if (mutable ? flag != 0 : flag < 0) {
                    throw new RustPanic(mutable ? "RefCell already borrowed" : "RefCell already mutably borrowed", c.span());
                }
                setWord(flagAt, mutable ? -1 : flag + 1);
                setWord(dest + fieldOffset(destTy, "value"), cell + fieldOffset(cellTy, "value"));
                setWord(dest + fieldOffset(destTy, "borrow"), flagAt);
            }
            case RC_NEW -> rcNew(f, args.get(0), tys.get(0), dest, destTy, "Rc::new", site);
            case RC_CLONE -> rcClone(in.scalar(f, args.get(0)), pointee(tys.get(0)), dest);
            // a Weak points to the Rc's block, or is std's dangling usize::MAX (Weak::new allocates nothing)
            case WEAK_NEW -> setWord(dest, DANGLING_WEAK);
            case RC_DOWNGRADE -> {
                long inner = word(in.scalar(f, args.get(0)));
                RcLayout r = rcLayout(pointee(tys.get(0)));
                setWord(inner + r.weak(), word(inner + r.weak()) + 1);
                setWord(dest, inner);
            }
            case RC_WEAK_COUNT -> {
                // the strong references together hold one weak count of their own
                long inner = word(in.scalar(f, args.get(0)));
                in.writeScalar(dest, 8, word(inner + rcLayout(pointee(tys.get(0))).weak()) - 1);
            }
            case WEAK_UPGRADE -> {
                long inner = word(in.scalar(f, args.get(0)));
                Ty rcTy = ((Ty.Adt) destTy).args().get(0);
                RcLayout r = rcLayout(rcTy);
                if (inner == DANGLING_WEAK || word(inner + r.strong()) == 0) {
                    in.writeVariant(dest, destTy, 0);
                } else {
                    setWord(inner + r.strong(), word(inner + r.strong()) + 1);
                    setWord(dest + in.variantFieldOffset(destTy, 1, 0), inner);
                    in.writeVariant(dest, destTy, 1);
                }
            }
            case RC_STRONG_COUNT -> {
                long inner = word(in.scalar(f, args.get(0)));
                in.writeScalar(dest, 8, word(inner + rcLayout(pointee(tys.get(0))).strong()));
            }
            case ABS, MIN, MAX, POW, POWI, SQRT, FLOOR, CEIL, ROUND -> number(f, c, dest, destTy);
            case ARRAY_AS_SLICE -> {
                setWord(dest, in.scalar(f, args.get(0)));
                setWord(dest + 8, ((Ty.Array) pointee(tys.get(0))).length());
            }
            case VEC_AS_SLICE -> {
                long vec = in.scalar(f, args.get(0));
                VecLayout v = vecLayout(pointee(tys.get(0)));
                setWord(dest, word(vec + v.ptr()));
                setWord(dest + 8, word(vec + v.len()));
            }
            case SLICE_LEN -> in.writeScalar(dest, 8, in.strLen(f, args.get(0)));
            case SLICE_INDEX -> {
                long ptr = in.strPtr(f, args.get(0));
                long len = in.strLen(f, args.get(0));
                long i = in.scalar(f, args.get(1));
                if (Long.compareUnsigned(i, len) >= 0) {
                    throw new RustPanic("index out of bounds: the len is " + len + " but the index is " + Long.toUnsignedString(i),
                        c.span());
                }
                setWord(dest, ptr + i * in.layout(((Ty.Slice) pointee(tys.get(0))).element()).size());
            }
            case SLICE_RANGE -> subSlice(f, c, dest);
            case CLONE -> {
                Ty t = pointee(tys.get(0));
                long size = in.layout(t).size();
                copy(in.scalar(f, args.get(0)), dest, size);
                cloneOwned(dest, t, site);
            }
            case STR_PARSE_INT -> parseInt(in.strOf(f, args.get(0)), dest, destTy);
            case STR_BYTE -> {
                long p = in.strPtr(f, args.get(0)) + in.scalar(f, args.get(1));
                Allocation a = memory.find(p, 1);
                in.writeScalar(dest, 1, a.bytes[(int) (p - a.base)] & 0xFF);
            }
            case STR_DECODE -> {
                long p = in.strPtr(f, args.get(0)) + in.scalar(f, args.get(1));
                long end = in.strPtr(f, args.get(0)) + in.strLen(f, args.get(0));
                Allocation a = memory.find(p, 1);
                int b0 = a.bytes[(int) (p - a.base)] & 0xFF;
                int n = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
                String ch = text(p, Math.min(n, end - p));
                Layout pair = in.layout(destTy);
                in.writeScalar(dest + pair.fields().offset(0), 4, ch.codePointAt(0));
                in.writeScalar(dest + pair.fields().offset(1), 8, n);
            }
            case VEC_GET, VEC_LAST -> {
                // of a Vec (by reference) or a slice (its fat pointer)
                long ptr, len, elemSize;
                if (pointee(tys.get(0)) instanceof Ty.Slice sl) {
                    ptr = in.strPtr(f, args.get(0));
                    len = in.strLen(f, args.get(0));
                    elemSize = in.layout(sl.element()).size();
                } else {
                    long vec = in.scalar(f, args.get(0));
                    VecLayout v = vecLayout(pointee(tys.get(0)));
                    ptr = word(vec + v.ptr());
                    len = word(vec + v.len());
                    elemSize = v.elemSize();
                }
                long i = c.op() == Intrinsic.VEC_LAST ? len - 1 : in.scalar(f, args.get(1));
                if (len == 0 || Long.compareUnsigned(i, len) >= 0) {
                    in.writeVariant(dest, destTy, 0);
                } else {
                    setWord(dest + in.variantFieldOffset(destTy, 1, 0), ptr + i * elemSize);
                    in.writeVariant(dest, destTy, 1);
                }
            }
            case VEC_ITER, VEC_ITER_MUT -> {
                long vec = in.scalar(f, args.get(0));
                VecLayout v = vecLayout(pointee(tys.get(0)));
                iterators.sliceIter(word(vec + v.ptr()), word(vec + v.len()), dest, destTy);
            }
            case SLICE_ITER -> iterators.sliceIter(in.strPtr(f, args.get(0)), in.strLen(f, args.get(0)), dest, destTy);
            case SLICE_WINDOWS, SLICE_CHUNKS -> {
                long n = in.scalar(f, args.get(1));
                if (n == 0) {
                    throw new RustPanic(c.op() == Intrinsic.SLICE_WINDOWS ? "window size must be non-zero" : "chunk size must be non-zero",
                        c.span());
                }
                Layout l = in.layout(destTy);
                setWord(dest + l.fields().offset(0), in.strPtr(f, args.get(0)));
                setWord(dest + l.fields().offset(0) + 8, in.strLen(f, args.get(0)));
                setWord(dest + l.fields().offset(1), n);
            }
            case VEC_INTO_ITER -> {
                int off = in.offset(f, ((Mir.Copy) args.get(0)).place());
                iterators.vecIntoIter(in.placeAlloc.base + off, tys.get(0), dest, destTy);
            }
            case ARRAY_INTO_ITER -> {
                int off = in.offset(f, ((Mir.Copy) args.get(0)).place());
                iterators.arrayIntoIter(in.placeAlloc.base + off, destTy, dest);
            }
            case ITER_NEXT -> iterators.next(in.scalar(f, args.get(0)), pointee(tys.get(0)), dest, destTy);
            case VEC_INDEX -> {
                long vec = in.scalar(f, args.get(0));
                VecLayout v = vecLayout(pointee(tys.get(0)));
                long i = in.scalar(f, args.get(1));
                long len = word(vec + v.len());
                if (Long.compareUnsigned(i, len) >= 0) {
                    throw new RustPanic("index out of bounds: the len is " + len + " but the index is "
                        + Long.toUnsignedString(i), c.span());
                }
                setWord(dest, word(vec + v.ptr()) + i * v.elemSize());
            }
        }
    }

    /**
     * {@code &s[a..b]}: std's checks and panic messages for slices (range end/start out of range, start after
     * end) and strs (out of bounds, not a char boundary, begin after end), then the fat pointer.
     */
    private void subSlice(Interpreter.Frame f, Mir.IntrinsicCall c, long dest) {
        List<Mir.Operand> args = c.args();
        boolean str = pointee(c.argTys().get(0)) instanceof Ty.Str;
        long ptr = in.strPtr(f, args.get(0));
        long len = in.strLen(f, args.get(0));
        long start = in.scalar(f, args.get(1));
        long end = in.scalar(f, args.get(2));
        boolean openEnd = end == -1;
        if (openEnd) end = len;
        else if (in.scalar(f, args.get(3)) != 0) end++;
        String s = str ? text(ptr, len) : null;
        if (str) {
            String shown = s.length() > 256 ? s.substring(0, 256) + "[...]" : s;
            if (Long.compareUnsigned(start, len) > 0 || Long.compareUnsigned(end, len) > 0) {
                long bad = Long.compareUnsigned(start, len) > 0 ? start : end;
                throw new RustPanic("byte index " + Long.toUnsignedString(bad) + " is out of bounds of `" + shown + "`", c.span());
            }
            if (Long.compareUnsigned(start, end) > 0) {
                throw new RustPanic("begin <= end (" + start + " <= " + end + ") when slicing `" + shown + "`", c.span());
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            for (long idx : new long[] {start, end}) {
                if (idx < len && (bytes[(int) idx] & 0xC0) == 0x80) {
                    int from = (int) idx;
                    while ((bytes[from] & 0xC0) == 0x80) from--;
                    int to = from + 1;
                    while (to < bytes.length && (bytes[to] & 0xC0) == 0x80) to++;
                    String ch = new String(bytes, from, to - from, StandardCharsets.UTF_8);
                    throw new RustPanic("byte index " + idx + " is not a char boundary; it is inside '" + ch + "' (bytes "
                        + from + ".." + to + ") of `" + shown + "`", c.span());
                }
            }
        } else {
            if (Long.compareUnsigned(end, len) > 0) {
                throw new RustPanic(openEnd ? "range start index " + Long.toUnsignedString(start) + " out of range for slice of length " + len
                    : "range end index " + Long.toUnsignedString(end) + " out of range for slice of length " + len, c.span());
            }
            if (Long.compareUnsigned(start, end) > 0) {
                throw new RustPanic(openEnd ? "range start index " + Long.toUnsignedString(start) + " out of range for slice of length " + len
                    : "slice index starts at " + Long.toUnsignedString(start) + " but ends at " + Long.toUnsignedString(end), c.span());
            }
        }
        long size = str ? 1 : in.layout(((Ty.Slice) pointee(c.argTys().get(0))).element()).size();
        setWord(dest, ptr + start * size);
        setWord(dest + 8, end - start);
    }

    /**
     * After a value's bytes were copied to addr: gives it its own copies of what it owns (String and Vec
     * buffers, boxed values), takes a new reference of each Rc, field by field as derived Clone impls do.
     */
    private void cloneOwned(long addr, Ty ty, Object site) {
        switch (ty) {
            case Ty.Adt a when a.def().fromStd() && (a.def().name().equals("Rc") || a.def().name().equals("Arc")) -> {
                long inner = word(addr);
                RcLayout r = rcLayout(ty);
                setWord(inner + r.strong(), word(inner + r.strong()) + 1);
            }
            case Ty.Adt a when a.def().fromStd() && a.def().name().equals("Box") -> {
                Ty t = a.args().get(0);
                long size = in.layout(t).size();
                if (size == 0) return;
                long fresh = allocator.malloc(size, new AllocSite("Box (clone)", site));
                copy(word(addr), fresh, size);
                cloneOwned(fresh, t, site);
                setWord(addr, fresh);
            }
            case Ty.Adt a when a.def().fromStd() && (a.def().name().equals("Vec") || a.def().name().equals("String")) -> {
                VecLayout v = vecLayout(ty);
                long len = word(addr + v.len());
                long from = word(addr + v.ptr());
                withCapacity(addr, v, len, site);
                long to = word(addr + v.ptr());
                copy(from, to, len * v.elemSize());
                setWord(addr + v.len(), len);
                for (long i = 0; i < len && v.elemSize() > 0; i++) cloneOwned(to + i * v.elemSize(), v.elem(), site);
            }
            case Ty.Adt a when !a.def().isUnion() -> {
                Layout l = in.layout(ty);
                int variant = a.def().isEnum() ? in.variantAt(addr, ty) : -1;
                var fields = a.def().variants().get(Math.max(variant, 0)).fields();
                Layout vl = variant >= 0 && l.variants() instanceof rustmem.layout.Variants.Multiple m ? m.variants().get(variant) : l;
                for (int i = 0; i < fields.size(); i++) {
                    cloneOwned(addr + vl.fields().offset(i), fields.get(i).type().subst(a.args()), site);
                }
            }
            case Ty.Tuple t -> {
                Layout l = in.layout(ty);
                for (int i = 0; i < t.elements().size(); i++) cloneOwned(addr + l.fields().offset(i), t.elements().get(i), site);
            }
            case Ty.Array arr -> {
                long size = in.layout(arr.element()).size();
                for (long i = 0; i < arr.length(); i++) cloneOwned(addr + i * size, arr.element(), site);
            }
            default -> { }
        }
    }

    /** i32::from_str and friends: optional sign (`-` for signed types), ASCII digits, std's error kinds. */
    private void parseInt(String s, long dest, Ty resultTy) {
        Ty.Adt result = (Ty.Adt) resultTy;
        Ty.Int t = (Ty.Int) result.args().get(0);
        int size = (int) in.layout(t).size();
        String digits = s;
        boolean negative = false;
        if (!digits.isEmpty() && (digits.charAt(0) == '+' || digits.charAt(0) == '-' && t.kind().signed)) {
            negative = digits.charAt(0) == '-';
            digits = digits.substring(1);
        }
        int kind = -1;   // IntErrorKind: Empty 0, InvalidDigit 1, PosOverflow 2, NegOverflow 3
        if (s.isEmpty()) kind = 0;
        else if (digits.isEmpty() || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) kind = 1;
        java.math.BigInteger value = java.math.BigInteger.ZERO;
        if (kind < 0) {
            value = new java.math.BigInteger(digits);
            if (negative) value = value.negate();
            if (!fits(value, size, t.kind().signed)) kind = value.signum() > 0 ? 2 : 3;
        }
        if (kind < 0) {
            in.writeScalar(dest + in.variantFieldOffset(resultTy, 0, 0), size, value.longValue());
            in.writeVariant(dest, resultTy, 0);
        } else {
            // Err(ParseIntError { kind }): the kind enum is the error's only field
            Ty err = result.args().get(1);
            long at = dest + in.variantFieldOffset(resultTy, 1, 0);
            Ty kindTy = ((Ty.Adt) err).def().variants().get(0).fields().get(0).type();
            in.writeVariant(at + in.layout(err).fields().offset(0), kindTy, kind);
            in.writeVariant(dest, resultTy, 1);
        }
    }

    /** The numeric methods: integer results checked like a debug build, floats as IEEE operations. */
    private void number(Interpreter.Frame f, Mir.IntrinsicCall c, long dest, Ty ty) {
        long a = in.scalar(f, c.args().get(0));
        int size = (int) in.layout(ty).size();
        long result;
        if (ty instanceof Ty.Float ft) {
            boolean f32 = ft.kind() == Ty.FloatTy.F32;
            double x = f32 ? Float.intBitsToFloat((int) a) : Double.longBitsToDouble(a);
            double y = c.args().size() > 1 && c.op() != Intrinsic.POWI
                ? (f32 ? Float.intBitsToFloat((int) in.scalar(f, c.args().get(1))) : Double.longBitsToDouble(in.scalar(f, c.args().get(1))))
                : 0;
            double r = switch (c.op()) {
                case ABS -> Math.abs(x);
                case SQRT -> Math.sqrt(x);
                case FLOOR -> Math.floor(x);
                case CEIL -> Math.ceil(x);
                // Rust rounds half away from zero
                case ROUND -> Double.isNaN(x) || Double.isInfinite(x) ? x : Math.copySign(Math.floor(Math.abs(x) + 0.5), x);
                case MIN -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.min(x, y);
                case MAX -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.max(x, y);
                case POWI -> powi(x, (int) in.scalar(f, c.args().get(1)), f32);
                default -> throw new IllegalStateException(c.op() + " on a float");
            };
            result = f32 ? Float.floatToRawIntBits((float) r) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(r);
        } else {
            Ty.IntTy k = ((Ty.Int) ty).kind();
            java.math.BigInteger x = big(a, size, k.signed);
            java.math.BigInteger r = switch (c.op()) {
                case ABS -> x.abs();
                case MIN -> x.min(big(in.scalar(f, c.args().get(1)), size, k.signed));
                case MAX -> x.max(big(in.scalar(f, c.args().get(1)), size, k.signed));
                case POW -> x.pow((int) in.scalar(f, c.args().get(1)));
                default -> throw new IllegalStateException(c.op() + " on an integer");
            };
            if (!fits(r, size, k.signed)) {
                // std panics inside core (its own source location), which rustmem does not reproduce
                throw new Interpreter.LimitExceeded("unsupported: overflow in `" + c.op().name().toLowerCase()
                    + "` (std panics with a location inside core) at " + in.location(c.span()));
            }
            result = r.longValue();
        }
        in.writeScalar(dest, size, result);
    }

    /** Whether v is a value of the integer type of that size and signedness. */
    private static boolean fits(java.math.BigInteger v, int size, boolean signed) {
        int bits = size * 8;
        return signed ? v.bitLength() < bits : v.signum() >= 0 && v.bitLength() <= bits;
    }

    private static java.math.BigInteger big(long bits, int size, boolean signed) {
        long v = size == 8 ? bits : signed ? (bits << (64 - size * 8)) >> (64 - size * 8) : bits & ((1L << (size * 8)) - 1);
        return signed || size < 8 ? java.math.BigInteger.valueOf(v) : new java.math.BigInteger(Long.toUnsignedString(v));
    }

    /** compiler-rt's __powidf2 / __powisf2: square-and-multiply, reciprocal for negative exponents. */
    private static double powi(double a, int b, boolean f32) {
        boolean recip = b < 0;
        double r = 1;
        while (true) {
            if ((b & 1) != 0) r = f32 ? (float) (r * a) : r * a;
            b /= 2;
            if (b == 0) break;
            a = f32 ? (float) (a * a) : a * a;
        }
        return recip ? (f32 ? (float) (1 / r) : 1 / r) : r;
    }

    private static Ty pointee(Ty t) {
        return t instanceof Ty.Ref r ? r.pointee() : t;
    }

    private void initVec(long at, VecLayout v, long ptr, long cap, long len) {
        setWord(at + v.ptr(), ptr);
        setWord(at + v.cap(), cap);
        setWord(at + v.len(), len);
    }

    /** Vec::with_capacity: exactly n elements' worth (nothing for 0 or zero-sized elements). */
    private void withCapacity(long at, VecLayout v, long n, Object site) {
        if (n == 0 || v.elemSize() == 0) {
            initVec(at, v, v.elemAlign(), 0, 0);
            return;
        }
        long bytes = Math.multiplyExact(n, v.elemSize());
        initVec(at, v, allocator.malloc(bytes, new AllocSite(v.what(), site)), n, 0);
    }

    /** RawVec::grow_amortized's new capacity: at least what is required, at least double, at least the minimum. */
    private static long amortizedCapacity(long cap, long required, long elemSize) {
        return Math.max(Math.max(cap * 2, required), minNonZeroCap(elemSize));
    }

    /** RawVec::grow_amortized: at least len + additional, at least double, at least the minimum. */
    private void grow(long vec, VecLayout v, long len, long additional, Object site) {
        long cap = word(vec + v.cap());
        long newCap = amortizedCapacity(cap, len + additional, v.elemSize());
        long bytes = Math.multiplyExact(newCap, v.elemSize());
        long ptr = cap == 0 ? allocator.malloc(bytes, new AllocSite(v.what(), site))
            : allocator.realloc(word(vec + v.ptr()), bytes, new AllocSite(v.what(), site));
        setWord(vec + v.ptr(), ptr);
        setWord(vec + v.cap(), newCap);
    }

    /** String::push_str: reserve, then copy the bytes after the current length. */
    private void append(long string, Ty stringTy, byte[] bytes, Object site) {
        writeBytes(extend(string, vecLayout(pointee(stringTy)), bytes.length, site), bytes);
    }

    /** Reserves room for n more elements (growing as RawVec does) and counts them in the length; returns where they go. */
    long extend(long vec, VecLayout v, long n, Object site) {
        long len = word(vec + v.len());
        if (word(vec + v.cap()) - len < n) grow(vec, v, len, n, site);
        setWord(vec + v.len(), len + n);
        return word(vec + v.ptr()) + len * v.elemSize();
    }

    /**
     * std's integer methods by overflow policy: the wrapped result, None on overflow (or division by zero),
     * the bound the exact result passed, or the wrapped result with the overflow flag.
     */
    private void integerPolicy(Intrinsic policy, long a, long b, rustmem.syntax.ast.Expr.BinOp op, Ty.Int t, long dest, Ty destTy,
                               rustmem.source.Span span) {
        int bytes = (int) in.layout(t).size();
        boolean signed = t.kind().signed;
        boolean byZero = (op == rustmem.syntax.ast.Expr.BinOp.DIV || op == rustmem.syntax.ast.Expr.BinOp.REM) && b == 0;
        if (byZero && policy != Intrinsic.INT_CHECKED) {
            throw new RustPanic(op == rustmem.syntax.ast.Expr.BinOp.DIV ? "attempt to divide by zero"
                : "attempt to calculate the remainder with a divisor of zero", span);
        }
        boolean overflow = IntOps.overflows(op, a, b, bytes, signed);
        // the wrapped result: MIN / -1 is MIN, MIN % -1 is 0
        long v = byZero ? 0 : IntOps.normalize(IntOps.binary(op, a, b, bytes, signed), bytes, signed);
        switch (policy) {
            case INT_WRAPPING -> in.writeScalar(dest, bytes, v);
            case INT_CHECKED -> {
                if (overflow || byZero) {
                    in.writeVariant(dest, destTy, 0);
                } else {
                    in.writeScalar(dest + in.variantFieldOffset(destTy, 1, 0), bytes, v);
                    in.writeVariant(dest, destTy, 1);
                }
            }
            case INT_SATURATING -> {
                long max = signed ? (1L << (bytes * 8 - 1)) - 1 : IntOps.normalize(-1L, bytes, false);
                long min = signed ? -max - 1 : 0;
                boolean up = switch (op) {
                    case ADD -> !signed || b > 0;
                    case SUB -> signed && b < 0;
                    default -> !signed || (a < 0) == (b < 0);
                };
                in.writeScalar(dest, bytes, overflow ? (up ? max : min) : v);
            }
            default -> {
                Layout l = in.layout(destTy);
                in.writeScalar(dest + l.fields().offset(0), bytes, v);
                in.writeScalar(dest + l.fields().offset(1), 1, overflow ? 1 : 0);
            }
        }
    }

    /** Vec::push of a scalar element of a sized type. */
    void push(long vec, VecLayout v, long element, Object site) {
        long at = extend(vec, v, 1, site);
        Allocation a = memory.find(at, v.elemSize());
        Allocation.write(a.bytes, (int) (at - a.base), (int) v.elemSize(), element);
    }

    /**
     * format!: a String of Arguments::estimated_capacity (the pieces' length, doubled when there are
     * arguments, 0 when the text starts with a short argument), then grown by each write as std's
     * fmt::Write for String grows it (each argument's output counted as one write).
     */
    void formatString(long dest, Ty stringTy, FormatTemplate template, List<String> argTexts, Object site) {
        TextPieces tp = textPieces.computeIfAbsent(template, TextPieces::of);
        StringBuffer buf = new StringBuffer(vecLayout(stringTy), new AllocSite("String buffer", site));
        buf.reserve(tp.estimatedCapacity(), true);
        byte[][] pieces = tp.before();
        for (int arg = 0; arg < argTexts.size(); arg++) {
            buf.write(pieces[arg]);
            buf.write(argTexts.get(arg).getBytes(StandardCharsets.UTF_8));
        }
        buf.write(tp.after());
        initVec(dest, buf.layout, buf.ptr, buf.cap, buf.len);
    }

    /**
     * A String being written by format!, its pointer, capacity and length held here until it is stored:
     * each write reserves as RawVec does (malloc or realloc of the heap), then copies its bytes.
     */
    private final class StringBuffer {
        final VecLayout layout;
        final AllocSite site;
        long ptr = 1;   // NonNull::dangling() for u8
        long cap;
        long len;

        StringBuffer(VecLayout layout, AllocSite site) {
            this.layout = layout;
            this.site = site;
        }

        /** Room for n more bytes: exactly n (with_capacity) or RawVec's amortized growth. */
        void reserve(long n, boolean exact) {
            if (cap - len >= n) return;
            long newCap = exact ? n : amortizedCapacity(cap, len + n, 1);
            ptr = cap == 0 ? allocator.malloc(newCap, site) : allocator.realloc(ptr, newCap, site);
            cap = newCap;
        }

        void write(byte[] bytes) {
            if (bytes.length == 0) return;
            reserve(bytes.length, false);
            writeBytes(ptr + len, bytes);
            len += bytes.length;
        }
    }

    private final Map<FormatTemplate, TextPieces> textPieces = new java.util.IdentityHashMap<>();

    /** A template's text as std's Arguments holds it: the piece before each argument, the one after the last. */
    private record TextPieces(byte[][] before, byte[] after, long estimatedCapacity) {
        static TextPieces of(FormatTemplate template) {
            List<byte[]> before = new java.util.ArrayList<>();
            StringBuilder piece = new StringBuilder();
            for (FormatTemplate.Piece p : template.pieces()) {
                if (p instanceof FormatTemplate.Text t) {
                    piece.append(t.text());
                } else {
                    before.add(piece.toString().getBytes(StandardCharsets.UTF_8));
                    piece.setLength(0);
                }
            }
            byte[] after = piece.toString().getBytes(StandardCharsets.UTF_8);
            long length = after.length;
            for (byte[] b : before) length += b.length;
            // Arguments::estimated_capacity: 0 when the text starts with an argument and is short
            long estimate = before.isEmpty() ? length
                : before.get(0).length == 0 && length < 16 ? 0 : length * 2;
            return new TextPieces(before.toArray(byte[][]::new), after, estimate);
        }
    }

    // ------------------------------------------------------------------ drop glue and formatting

    /** Rc::new and Arc::new: a block with the counts (1, 1) and the value; the pointer to it at dest. */
    void rcNew(Interpreter.Frame f, Mir.Operand value, Ty t, long dest, Ty destTy, String what, Object site) {
        RcLayout r = rcLayout(destTy);
        long ptr = allocator.malloc(r.size(), new AllocSite(what, site));
        setWord(ptr + r.strong(), 1);
        setWord(ptr + r.weak(), 1);
        in.storeAt(f, value, ptr + r.value(), t);
        setWord(dest, ptr);
    }

    /** Rc::clone and Arc::clone of the pointer at rcAt (of type rcTy): one strong count more, the same block. */
    void rcClone(long rcAt, Ty rcTy, long dest) {
        long inner = word(rcAt);
        RcLayout r = rcLayout(rcTy);
        setWord(inner + r.strong(), word(inner + r.strong()) + 1);
        setWord(dest, inner);
    }

    Object site(rustmem.source.Span span) { return in.site(span); }

    /** Drop glue of Box, Vec and String at addr: the contents first, then the heap block. */
    void drop(long addr, Ty ty) {
        Ty.Adt a = (Ty.Adt) ty;
        switch (a.def().name()) {
            case "Box" -> {
                // a Box<dyn Trait> drops and frees the value its vtable describes
                Ty t = a.args().get(0) instanceof Ty.Dynamic ? in.vtables.at(word(addr + 8)).concrete() : a.args().get(0);
                long ptr = word(addr);
                in.dropInPlace(ptr, t);
                if (in.layout(t).size() > 0) allocator.free(ptr);
            }
            case "Rc", "Arc" -> {
                // the last strong reference drops the value; the block goes when the weak count (held by
                // the strong references together) reaches zero as well
                RcLayout r = rcLayout(ty);
                long inner = word(addr);
                long strong = word(inner + r.strong()) - 1;
                setWord(inner + r.strong(), strong);
                if (strong == 0) {
                    in.dropInPlace(inner + r.value(), a.args().get(0));
                    long weak = word(inner + r.weak()) - 1;
                    setWord(inner + r.weak(), weak);
                    if (weak == 0) allocator.free(inner);
                }
            }
            case "Weak" -> {
                long inner = word(addr);
                if (inner == DANGLING_WEAK) return;
                RcLayout r = rcLayout(ty);   // Weak points to the same RcInner as Rc
                long weak = word(inner + r.weak()) - 1;
                setWord(inner + r.weak(), weak);
                if (weak == 0) allocator.free(inner);
            }
            case "Ref", "RefMut" -> {
                // the guard gives its borrow back: one shared borrow fewer, or none mutable
                long flagAt = word(addr + fieldOffset(ty, "borrow"));
                setWord(flagAt, a.def().name().equals("Ref") ? word(flagAt) - 1 : 0);
            }
            case "MutexGuard" -> in.threads().unlock(addr, ty);
            case "HashMap", "HashSet" -> maps.drop(addr, ty);
            case "JoinHandle" -> in.threads().detach(addr, ty);
            case "Sender", "Receiver" -> in.threads().dropEnd(addr, ty);
            case "IntoIter" -> iterators.dropIntoIter(addr, ty);
            case "ArrayIntoIter" -> iterators.dropArrayIntoIter(addr, ty);
            case "Vec", "String" -> dropVec(addr, vecLayout(ty));
            default -> throw new IllegalStateException("no drop glue for " + ty.display());
        }
    }

    /** Drop glue of a Vec or String: its elements in order (when they have drop glue), then its buffer. */
    void dropVec(long addr, VecLayout v) {
        long ptr = word(addr + v.ptr());
        if (v.elemNeedsDrop() && v.elemSize() > 0) {
            long len = word(addr + v.len());
            for (long i = 0; i < len; i++) in.dropInPlace(ptr + i * v.elemSize(), v.elem());
        }
        if (word(addr + v.cap()) > 0 && v.elemSize() > 0) allocator.free(ptr);
    }

    /** The element addresses of the Vec at addr, for formatting. */
    long[] elements(long addr, Ty vecTy) {
        VecLayout v = vecLayout(vecTy);
        long ptr = word(addr + v.ptr());
        long len = word(addr + v.len());
        long[] out = new long[(int) len];
        for (int i = 0; i < len; i++) out[i] = ptr + i * v.elemSize();
        return out;
    }

    String stringText(long addr, Ty stringTy) {
        VecLayout v = vecLayout(stringTy);
        return text(word(addr + v.ptr()), word(addr + v.len()));
    }
}
