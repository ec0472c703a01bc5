package rustmem.interp;

import java.math.BigInteger;
import java.util.List;
import rustmem.ir.Mir;
import rustmem.types.Ty;
import rustmem.machine.Allocation;
import rustmem.syntax.ast.Expr.BinOp;

/** Compiled statements: assignments of each kind of value, tags, and the end of a local's storage. */
final class Statements {
    private Statements() {}

    abstract static class Stmt {
        abstract void exec(Frame f);
    }

    /** A scalar computed into a place. */
    static final class AssignScalar extends Stmt {
        final Machine m;
        final Places.PlaceNode dst;
        final int size;
        final Scalars.Expr e;

        AssignScalar(Machine m, Places.PlaceNode dst, int size, Scalars.Expr e) {
            this.m = m;
            this.dst = dst;
            this.size = size;
            this.e = e;
        }

        @Override
        void exec(Frame f) {
            long v = e.eval(f);
            dst.store(m, f, size, v);
        }
    }

    /** A scalar computed into a local of the frame. */
    static final class AssignScalarLocal extends Stmt {
        final Machine m;
        final int off;
        final int size;
        final Scalars.Expr e;

        AssignScalarLocal(Machine m, int off, int size, Scalars.Expr e) {
            this.m = m;
            this.off = off;
            this.size = size;
            this.e = e;
        }

        @Override
        void exec(Frame f) { m.writeLocal(f.base + off, size, e.eval(f)); }
    }

    /** A value copied (or moved) into a place. */
    static final class AssignCopy extends Stmt {
        final Places.PlaceNode dst;
        final Operands.Opnd src;

        AssignCopy(Places.PlaceNode dst, Operands.Opnd src) {
            this.dst = dst;
            this.src = src;
        }

        @Override
        void exec(Frame f) {
            src.copyTo(f, dst.addr(f));
            src.used(f);
        }
    }

    /** (a op b, overflowed) of a checked + - * << >> on integers of up to 8 bytes. */
    static final class AssignChecked extends Stmt {
        final Machine m;
        final Places.PlaceNode dst;
        final BinOp op;
        final Operands.Opnd a, b;
        final int size;
        final boolean signed, rhsSigned;
        final long flagOffset;

        AssignChecked(Machine m, Places.PlaceNode dst, BinOp op, Operands.Opnd a, Operands.Opnd b, int size, boolean signed,
                      boolean rhsSigned, long flagOffset) {
            this.m = m;
            this.dst = dst;
            this.op = op;
            this.a = a;
            this.b = b;
            this.size = size;
            this.signed = signed;
            this.rhsSigned = rhsSigned;
            this.flagOffset = flagOffset;
        }

        @Override
        void exec(Frame f) {
            long x = a.scalar(f), y = b.scalar(f);
            boolean over = Scalars.overflows(op, x, y, size, signed, rhsSigned);
            long r = Scalars.intOp(op, x, y, size, signed);
            long d = dst.addr(f);
            m.write(d, size, r);
            m.write(d + flagOffset, 1, over ? 1 : 0);
        }
    }

    /** Arithmetic on 128-bit integers (and their casts), computed exactly with BigInteger. */
    static final class AssignWide extends Stmt {
        final Machine m;
        final Places.PlaceNode dst;
        final Mir.Rvalue rv;
        final Operands.Opnd a, b;
        final int aSize, bSize, dstSize;
        final boolean aSigned, bSigned, dstSigned;
        final long flagOffset;
        /** A cast from a float to a 128-bit integer (a is the float), or from one to a float (the destination is). */
        final boolean aFloat, dstFloat;

        AssignWide(Machine m, Places.PlaceNode dst, Mir.Rvalue rv, Operands.Opnd a, Operands.Opnd b, int aSize, boolean aSigned,
                   int bSize, boolean bSigned, int dstSize, boolean dstSigned, long flagOffset, boolean aFloat, boolean dstFloat) {
            this.m = m;
            this.dst = dst;
            this.rv = rv;
            this.a = a;
            this.b = b;
            this.aSize = aSize;
            this.bSize = bSize;
            this.dstSize = dstSize;
            this.aSigned = aSigned;
            this.bSigned = bSigned;
            this.dstSigned = dstSigned;
            this.flagOffset = flagOffset;
            this.aFloat = aFloat;
            this.dstFloat = dstFloat;
        }

        private BigInteger value(Frame f, Operands.Opnd o, int size, boolean signed) {
            if (size == 16) return m.read128(o.addr(f), signed);
            long v = o.scalar(f);
            return signed || size < 8 ? BigInteger.valueOf(v) : Scalars.unsigned(v);
        }

        static BigInteger wrap(BigInteger v, int size, boolean signed) {
            BigInteger mod = BigInteger.ONE.shiftLeft(size * 8);
            BigInteger u = v.mod(mod);
            return signed && u.testBit(size * 8 - 1) ? u.subtract(mod) : u;
        }

        /**
         * `x as u128` / `x as i128` of a float: toward zero, NaN 0, out of range the type's bound (Rust's saturating
         * cast).
         */
        private BigInteger fromFloat(long bits) {
            double d = Scalars.f(bits, aSize == 4);
            BigInteger max = dstSigned ? BigInteger.ONE.shiftLeft(dstSize * 8 - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(dstSize * 8).subtract(BigInteger.ONE);
            BigInteger min = dstSigned ? max.negate().subtract(BigInteger.ONE) : BigInteger.ZERO;
            if (Double.isNaN(d)) return BigInteger.ZERO;
            if (Double.isInfinite(d)) return d > 0 ? max : min;
            BigInteger v = new java.math.BigDecimal(d).toBigInteger();
            return v.max(min).min(max);
        }

        @Override
        void exec(Frame f) {
            if (aFloat) {
                BigInteger v = fromFloat(a.scalar(f));
                if (dstSize == 16) m.write128(dst.addr(f), v);
                else m.write(dst.addr(f), dstSize, v.longValue());
                return;
            }
            BigInteger x = value(f, a, aSize, aSigned);
            if (dstFloat) {
                // correctly rounded (to nearest, ties to even), as rustc's u128/i128 to float conversions
                // (an f32 rounded from the integer itself: through an f64 it would be rounded twice)
                m.write(dst.addr(f), dstSize, Scalars.bits(dstSize == 4 ? x.floatValue() : x.doubleValue(), dstSize == 4));
                return;
            }
            BigInteger y = b == null ? null : value(f, b, bSize, bSigned);
            long d = dst.addr(f);
            int bits = aSize * 8;
            BigInteger r;
            boolean over = false;
            switch (rv) {
                case Mir.BinaryOp bo -> {
                    r = exact(bo.op(), x, y, bits);
                    if (bo.op().isComparison()) {
                        m.write(d, 1, r.signum() != 0 ? 1 : 0);
                        return;
                    }
                }
                case Mir.CheckedBinaryOp co -> {
                    r = exact(co.op(), x, y, bits);
                    if (co.op() == BinOp.SHL || co.op() == BinOp.SHR) over = y.signum() < 0 || y.compareTo(BigInteger.valueOf(bits)) >= 0;
                    else over = !wrap(r, aSize, aSigned).equals(r);
                }
                case Mir.UnaryOp uo -> r = uo.op() == rustmem.syntax.ast.Expr.UnOp.NEG ? x.negate() : x.not();
                default -> r = x;   // a cast
            }
            BigInteger w = wrap(r, dstSize, dstSigned);
            if (dstSize == 16) m.write128(d, w);
            else m.write(d, dstSize, w.longValue());
            if (rv instanceof Mir.CheckedBinaryOp) m.write(d + flagOffset, 1, over ? 1 : 0);
        }

        private static BigInteger exact(BinOp op, BigInteger x, BigInteger y, int bits) {
            return switch (op) {
                case ADD -> x.add(y);
                case SUB -> x.subtract(y);
                case MUL -> x.multiply(y);
                case DIV -> x.divide(y);
                case REM -> x.remainder(y);
                case BIT_AND -> x.and(y);
                case BIT_OR -> x.or(y);
                case BIT_XOR -> x.xor(y);
                case SHL -> x.shiftLeft(y.intValue() & (bits - 1));
                case SHR -> x.shiftRight(y.intValue() & (bits - 1));
                case EQ -> b(x.equals(y));
                case NE -> b(!x.equals(y));
                case LT -> b(x.compareTo(y) < 0);
                case LE -> b(x.compareTo(y) <= 0);
                case GT -> b(x.compareTo(y) > 0);
                case GE -> b(x.compareTo(y) >= 0);
                default -> throw new IllegalStateException(op.toString());
            };
        }

        private static BigInteger b(boolean v) { return v ? BigInteger.ONE : BigInteger.ZERO; }
    }

    /**
     * A reference or raw pointer to a place (with its metadata when the place is unsized); into a local of the frame
     * (`&x`, `&mut x.f`, `&raw const a[i]`: local is its number, else -1), with the variable's provenance
     * ({@link Machine#localPointer}).
     */
    static final class AssignRef extends Stmt {
        final Machine m;
        final Places.PlaceNode dst, place;
        final boolean fat;
        final int local;

        AssignRef(Machine m, Places.PlaceNode dst, Places.PlaceNode place, boolean fat, int local) {
            this.m = m;
            this.dst = dst;
            this.place = place;
            this.fat = fat;
            this.local = local;
        }

        @Override
        void exec(Frame f) {
            if (dst instanceof Places.Local) {
                long a = place.addr(f), p = local < 0 ? a : m.localPointer(f, local, a);
                if (fat) dst.storePair(m, f, p, place.meta(f));
                else dst.store(m, f, 8, p);
                return;
            }
            long d = dst.addr(f), a = place.addr(f);
            m.writePtr(d, local < 0 ? a : m.localPointer(f, local, a));
            if (fat) m.writePtr(d + 8, place.meta(f));
        }
    }

    /**
     * `&t` of a temporary rustc promotes (built only of constants, see ir.Promotion): the reference points to the value
     * in .rodata, where it outlives the frame (`v.get(i).unwrap_or(&0)` may be returned).
     */
    static final class AssignPromotedRef extends Stmt {
        final Machine m;
        final Places.PlaceNode dst, place;
        final int size;
        /** The value last promoted here and its address (most executions promote the same bytes). */
        private byte[] last;
        private long lastAddr;

        AssignPromotedRef(Machine m, Places.PlaceNode dst, Places.PlaceNode place, int size) {
            this.m = m;
            this.dst = dst;
            this.place = place;
            this.size = size;
        }

        @Override
        void exec(Frame f) {
            byte[] value = m.readBytes(place.addr(f), size);
            if (last == null || !java.util.Arrays.equals(value, last)) {
                lastAddr = m.promoted(value);
                last = value;
            }
            dst.store(m, f, 8, lastAddr);
        }
    }

    static final class AssignLen extends Stmt {
        final Machine m;
        final Places.PlaceNode dst, place;

        AssignLen(Machine m, Places.PlaceNode dst, Places.PlaceNode place) {
            this.m = m;
            this.dst = dst;
            this.place = place;
        }

        @Override
        void exec(Frame f) { dst.store(m, f, 8, place.meta(f)); }
    }

    static final class AssignDiscriminant extends Stmt {
        final Machine m;
        final Places.PlaceNode dst, place;
        final int size;
        final Tags tags;

        AssignDiscriminant(Machine m, Places.PlaceNode dst, int size, Places.PlaceNode place, Tags tags) {
            this.m = m;
            this.dst = dst;
            this.size = size;
            this.place = place;
            this.tags = tags;
        }

        @Override
        void exec(Frame f) { m.write(dst.addr(f), size, tags.discriminant(m, place.addr(f))); }
    }

    /** A tuple, array, struct, variant or closure built from operands at their field offsets (and the tag). */
    static final class AssignAggregate extends Stmt {
        final Machine m;
        final Places.PlaceNode dst;
        final long[] offsets;
        final Operands.Opnd[] ops;
        final Tags tags;
        final int variant;

        AssignAggregate(Machine m, Places.PlaceNode dst, long[] offsets, Operands.Opnd[] ops, Tags tags, int variant) {
            this.m = m;
            this.dst = dst;
            this.offsets = offsets;
            this.ops = ops;
            this.tags = tags;
            this.variant = variant;
        }

        @Override
        void exec(Frame f) {
            long d = dst.addr(f);
            for (int i = 0; i < ops.length; i++) {
                ops[i].copyTo(f, d + offsets[i]);
                ops[i].used(f);
            }
            if (tags != null) tags.write(m, d, variant);
        }
    }

    /** A union built from one field: its other bytes hold nothing (uninitialised), `MaybeUninit::uninit()`'s all of them. */
    static final class AssignUnion extends Stmt {
        final Machine m;
        final Places.PlaceNode dst;
        final long size;
        final Operands.Opnd field;

        AssignUnion(Machine m, Places.PlaceNode dst, long size, Operands.Opnd field) {
            this.m = m;
            this.dst = dst;
            this.size = size;
            this.field = field;
        }

        @Override
        void exec(Frame f) {
            long d = dst.addr(f);
            m.markUninit(d, size);
            field.copyTo(f, d);
            field.used(f);
        }
    }

    /** `[value; count]`: the value written once, then the bytes written so far copied after them (log2(count) copies). */
    static final class AssignRepeat extends Stmt {
        final Machine m;
        final Places.PlaceNode dst;
        final Operands.Opnd value;
        final long count, stride;

        AssignRepeat(Machine m, Places.PlaceNode dst, Operands.Opnd value, long count, long stride) {
            this.m = m;
            this.dst = dst;
            this.value = value;
            this.count = count;
            this.stride = stride;
        }

        @Override
        void exec(Frame f) {
            long d = dst.addr(f);
            if (value.size != stride) {   // (an element with padding after the value: the padding is not written)
                for (long i = 0; i < count; i++) value.copyTo(f, d + i * stride);
            } else if (count > 0) {
                value.copyTo(f, d);
                long total = count * stride;
                for (long done = stride; done < total; ) {
                    long n = Math.min(done, total - done);
                    m.copy(d + done, d, n);
                    done += n;
                }
            }
            value.used(f);
        }
    }

    static final class SetDiscriminant extends Stmt {
        final Machine m;
        final Places.PlaceNode place;
        final Tags tags;
        final int variant;

        SetDiscriminant(Machine m, Places.PlaceNode place, Tags tags, int variant) {
            this.m = m;
            this.place = place;
            this.tags = tags;
            this.variant = variant;
        }

        @Override
        void exec(Frame f) { tags.write(m, place.addr(f), variant); }
    }

    /** A pointer cast that changes its metadata (unsizing) or a function/closure reified to a pointer. */
    static final class AssignWith extends Stmt {
        final java.util.function.BiConsumer<Frame, Long> body;
        final Places.PlaceNode dst;

        AssignWith(Places.PlaceNode dst, java.util.function.BiConsumer<Frame, Long> body) {
            this.dst = dst;
            this.body = body;
        }

        @Override
        void exec(Frame f) { body.accept(f, dst.addr(f)); }
    }

    /**
     * A pointer unsized to a fat one whose metadata is the same for every pointer ({@link Interpreter#hasConstantMetadata}):
     * worked out at the statement's first run (a vtable is laid out in .rodata when a program first needs it).
     */
    static final class UnsizePointer extends Stmt {
        final Interpreter in;
        final Machine m;
        final Places.PlaceNode dst;
        final Operands.Opnd src;
        final Ty from, to;
        private boolean known;
        private long meta;

        UnsizePointer(Interpreter in, Machine m, Places.PlaceNode dst, Operands.Opnd src, Ty from, Ty to) {
            this.in = in;
            this.m = m;
            this.dst = dst;
            this.src = src;
            this.from = from;
            this.to = to;
        }

        @Override
        void exec(Frame f) {
            if (!known) {
                meta = in.constantMetadata(from, to);
                known = true;
            }
            long d = dst.addr(f);
            m.writePtr(d, m.readPtr(src.addr(f)));
            m.writePtr(d + 8, meta);
            src.used(f);
        }
    }

    /** The value of a local that needs dropping is now there (or the moved-out part of it is back). */
    static final class Initialized extends Stmt {
        final Stmt inner;
        final int local;
        final List<Mir.Proj> path;

        Initialized(Stmt inner, int local, List<Mir.Proj> path) {
            this.inner = inner;
            this.local = local;
            this.path = path;
        }

        @Override
        void exec(Frame f) {
            inner.exec(f);
            if (path.isEmpty()) {
                f.init[local] = true;
                if (f.moved != null) f.moved[local] = null;
            } else if (f.partlyMoved(local)) {
                f.moved[local].removeIf(p -> p.size() >= path.size() && p.subList(0, path.size()).equals(path));
            }
        }
    }

    /** The end of a local's storage: its value is gone without being dropped. */
    static final class StorageDead extends Stmt {
        final int local;

        StorageDead(int local) { this.local = local; }

        @Override
        void exec(Frame f) {
            f.init[local] = false;
            if (f.moved != null) f.moved[local] = null;
        }
    }

    /** A variable whose address is taken is assigned (then the assignment, if any): pointers to its slot are valid again. */
    static final class SlotLive extends Stmt {
        final Machine m;
        final int local;
        final Stmt then;

        SlotLive(Machine m, int local, Stmt then) {
            this.m = m;
            this.local = local;
            this.then = then;
        }

        @Override
        void exec(Frame f) {
            m.slotLive(f, local);
            if (then != null) then.exec(f);
        }
    }

    /**
     * The end of a local that may hold uninitialised bytes (its type has a union: a `MaybeUninit`): its marks go
     * (then what the end does besides, if anything). Reading a dead local is an error of its own.
     */
    static final class ForgetUninit extends Stmt {
        final Machine m;
        final int off, size;
        final Stmt then;

        ForgetUninit(Machine m, int off, int size, Stmt then) {
            this.m = m;
            this.off = off;
            this.size = size;
            this.then = then;
        }

        @Override
        void exec(Frame f) {
            m.forgetUninit(f.base + off, size);
            if (then != null) then.exec(f);
        }
    }

    /** ... goes out of scope (StorageDead; then what a tracked local's end does, if any): pointers to its slot dangle. */
    static final class SlotDead extends Stmt {
        final Machine m;
        final int local;
        final Stmt then;

        SlotDead(Machine m, int local, Stmt then) {
            this.m = m;
            this.local = local;
            this.then = then;
        }

        @Override
        void exec(Frame f) {
            m.slotDead(f, local);
            if (then != null) then.exec(f);
        }
    }
}
