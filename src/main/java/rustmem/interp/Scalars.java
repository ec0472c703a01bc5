package rustmem.interp;

import rustmem.machine.Memory;
import rustmem.syntax.ast.Expr.BinOp;

/**
 * Scalar computations of up to 8 bytes on compiled operands: integer, float, bool, char and pointer operators
 * and casts, with Rust's semantics (wrapping to the type's width, overflow flags for the checked forms,
 * saturating float-to-int casts).
 */
final class Scalars {
    private Scalars() {}

    abstract static class Expr {
        abstract long eval(Frame f);
    }

    static final class Of extends Expr {
        final Operands.Opnd op;

        Of(Operands.Opnd op) { this.op = op; }

        @Override
        long eval(Frame f) {
            long v = op.scalar(f);
            op.used(f);
            return v;
        }
    }

    /** A 64-bit number read as unsigned, as a BigInteger (128-bit arithmetic's operand). */
    static java.math.BigInteger unsigned(long v) {
        return v >= 0 ? java.math.BigInteger.valueOf(v) : java.math.BigInteger.valueOf(v).add(TWO_64);
    }

    private static final java.math.BigInteger TWO_64 = java.math.BigInteger.ONE.shiftLeft(64);

    /** v truncated to size bytes, then sign- or zero-extended. */
    static long norm(long v, int size, boolean signed) {
        if (size >= 8) return v;
        int shift = 64 - size * 8;
        return signed ? (v << shift) >> shift : (v << shift) >>> shift;
    }

    /** A comparison of wide pointers (`*const str`, `&[T]`, `*const dyn Tr`): address first, then metadata. */
    static final class FatPtrCmp extends Expr {
        final Machine m;
        final BinOp op;
        final Operands.Opnd a, b;

        FatPtrCmp(Machine m, BinOp op, Operands.Opnd a, Operands.Opnd b) {
            this.m = m;
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        long eval(Frame f) {
            long pa = a.addr(f), pb = b.addr(f);
            long xa = Memory.address(m.readPtr(pa)), xm = m.readPtr(pa + 8), ya = Memory.address(m.readPtr(pb)), ym = m.readPtr(pb + 8);
            a.used(f);
            b.used(f);
            int c = xa != ya ? Long.compareUnsigned(xa, ya) : Long.compareUnsigned(xm, ym);
            boolean r = switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                default -> throw new IllegalStateException("wide pointer " + op);
            };
            return r ? 1 : 0;
        }
    }

    // ------------------------------------------------------------------ integers

    static final class IntBin extends Expr {
        final BinOp op;
        final Operands.Opnd a, b;
        final int size;
        final boolean signed;

        IntBin(BinOp op, Operands.Opnd a, Operands.Opnd b, int size, boolean signed) {
            this.op = op;
            this.a = a;
            this.b = b;
            this.size = size;
            this.signed = signed;
        }

        @Override
        long eval(Frame f) {
            long x = a.scalar(f), y = b.scalar(f);
            a.used(f);
            b.used(f);
            return intOp(op, x, y, size, signed);
        }
    }

    /** A comparison of thin pointers: of their addresses (not their provenance). */
    static final class PtrCmp extends Expr {
        final BinOp op;
        final Operands.Opnd a, b;

        PtrCmp(BinOp op, Operands.Opnd a, Operands.Opnd b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        long eval(Frame f) {
            long x = Memory.address(a.scalar(f)), y = Memory.address(b.scalar(f));
            a.used(f);
            b.used(f);
            return intOp(op, x, y, 8, false);
        }
    }

    static long intOp(BinOp op, long x, long y, int size, boolean signed) {
        int bits = size * 8;
        return switch (op) {
            case ADD -> norm(x + y, size, signed);
            case SUB -> norm(x - y, size, signed);
            case MUL -> norm(x * y, size, signed);
            case DIV -> norm(signed || size < 8 ? x / y : Long.divideUnsigned(x, y), size, signed);
            case REM -> norm(signed || size < 8 ? x % y : Long.remainderUnsigned(x, y), size, signed);
            case BIT_AND -> x & y;
            case BIT_OR -> x | y;
            case BIT_XOR -> norm(x ^ y, size, signed);
            case SHL -> norm(x << (y & (bits - 1)), size, signed);
            case SHR -> signed ? x >> (y & (bits - 1)) : norm(x, size, false) >>> (y & (bits - 1));
            case EQ -> x == y ? 1 : 0;
            case NE -> x != y ? 1 : 0;
            case LT -> cmp(x, y, size, signed) < 0 ? 1 : 0;
            case LE -> cmp(x, y, size, signed) <= 0 ? 1 : 0;
            case GT -> cmp(x, y, size, signed) > 0 ? 1 : 0;
            case GE -> cmp(x, y, size, signed) >= 0 ? 1 : 0;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    static int cmp(long x, long y, int size, boolean signed) {
        return signed || size < 8 ? Long.compare(x, y) : Long.compareUnsigned(x, y);
    }

    /** Whether x op y overflows the type (for +, -, *, and shifts by at least the width). */
    static boolean overflows(BinOp op, long x, long y, int size, boolean signed, boolean rhsSigned) {
        return switch (op) {
            case SHL, SHR -> shiftOverflows(y, size * 8, rhsSigned);
            case ADD -> addOverflows(x, y, size, signed);
            case SUB -> subOverflows(x, y, size, signed);
            case MUL -> mulOverflows(x, y, size, signed);
            default -> throw new IllegalStateException(op.toString());
        };
    }

    // (one small method an operator: the second tier's code calls them with the size and signedness constant)

    static boolean shiftOverflows(long y, int bits, boolean rhsSigned) {
        return rhsSigned ? y < 0 || y >= bits : Long.compareUnsigned(y, bits) >= 0;
    }

    static boolean addOverflows(long x, long y, int size, boolean signed) {
        if (size < 8) return norm(x + y, size, signed) != x + y;
        return signed ? (((x ^ (x + y)) & (y ^ (x + y))) < 0) : Long.compareUnsigned(x + y, x) < 0;
    }

    static boolean subOverflows(long x, long y, int size, boolean signed) {
        if (size < 8) return norm(x - y, size, signed) != x - y;
        return signed ? (((x ^ y) & (x ^ (x - y))) < 0) : Long.compareUnsigned(x, y) < 0;
    }

    static boolean mulOverflows(long x, long y, int size, boolean signed) {
        // u32 * u32 fits in a long only as unsigned
        if (size == 4 && !signed) return Long.compareUnsigned(x * y, 0xFFFF_FFFFL) > 0;
        if (size < 8) return norm(x * y, size, signed) != x * y;
        return signed ? Math.multiplyHigh(x, y) != ((x * y) >> 63) : Math.unsignedMultiplyHigh(x, y) != 0;
    }

    static final class IntUnary extends Expr {
        final boolean neg;
        final Operands.Opnd a;
        final int size;
        final boolean signed;

        IntUnary(boolean neg, Operands.Opnd a, int size, boolean signed) {
            this.neg = neg;
            this.a = a;
            this.size = size;
            this.signed = signed;
        }

        @Override
        long eval(Frame f) {
            long x = a.scalar(f);
            a.used(f);
            return norm(neg ? -x : ~x, size, signed);
        }
    }

    // ------------------------------------------------------------------ floats

    static double f(long bits, boolean f32) { return f32 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits); }

    static long bits(double v, boolean f32) {
        return f32 ? Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(v);
    }

    static final class FloatBin extends Expr {
        final BinOp op;
        final Operands.Opnd a, b;
        final boolean f32;

        FloatBin(BinOp op, Operands.Opnd a, Operands.Opnd b, boolean f32) {
            this.op = op;
            this.a = a;
            this.b = b;
            this.f32 = f32;
        }

        @Override
        long eval(Frame fr) {
            long xa = a.scalar(fr), xb = b.scalar(fr);
            a.used(fr);
            b.used(fr);
            if (f32) {
                float x = Float.intBitsToFloat((int) xa), y = Float.intBitsToFloat((int) xb);
                return switch (op) {
                    case ADD -> Float.floatToRawIntBits(x + y) & 0xFFFF_FFFFL;
                    case SUB -> Float.floatToRawIntBits(x - y) & 0xFFFF_FFFFL;
                    case MUL -> Float.floatToRawIntBits(x * y) & 0xFFFF_FFFFL;
                    case DIV -> Float.floatToRawIntBits(x / y) & 0xFFFF_FFFFL;
                    case REM -> Float.floatToRawIntBits(x % y) & 0xFFFF_FFFFL;
                    default -> cmpF(op, x, y);
                };
            }
            double x = Double.longBitsToDouble(xa), y = Double.longBitsToDouble(xb);
            return switch (op) {
                case ADD -> Double.doubleToRawLongBits(x + y);
                case SUB -> Double.doubleToRawLongBits(x - y);
                case MUL -> Double.doubleToRawLongBits(x * y);
                case DIV -> Double.doubleToRawLongBits(x / y);
                case REM -> Double.doubleToRawLongBits(x % y);
                default -> cmpF(op, x, y);
            };
        }

        private static long cmpF(BinOp op, double x, double y) {
            boolean r = switch (op) {
                case EQ -> x == y;
                case NE -> x != y;
                case LT -> x < y;
                case LE -> x <= y;
                case GT -> x > y;
                case GE -> x >= y;
                default -> throw new IllegalStateException(op.toString());
            };
            return r ? 1 : 0;
        }
    }

    static final class FloatNeg extends Expr {
        final Operands.Opnd a;
        final boolean f32;

        FloatNeg(Operands.Opnd a, boolean f32) {
            this.a = a;
            this.f32 = f32;
        }

        @Override
        long eval(Frame f) {
            long x = a.scalar(f);
            a.used(f);
            return f32 ? (x ^ 0x8000_0000L) & 0xFFFF_FFFFL : x ^ Long.MIN_VALUE;
        }
    }

    // ------------------------------------------------------------------ casts

    /** FROM_ADDR: an integer to a pointer, with wildcard provenance. */
    enum CastOp { INT_TO_INT, INT_TO_FLOAT, FLOAT_TO_INT, FLOAT_TO_FLOAT, BITS, FROM_ADDR }

    /** `ptr as usize`: the pointer's address; its provenance is exposed (pointers made from integers may use it). */
    static final class ExposeAddr extends Expr {
        final Memory memory;
        final Operands.Opnd a;
        final int toSize;
        final boolean toSigned;

        ExposeAddr(Memory memory, Operands.Opnd a, int toSize, boolean toSigned) {
            this.memory = memory;
            this.a = a;
            this.toSize = toSize;
            this.toSigned = toSigned;
        }

        @Override
        long eval(Frame f) {
            long x = a.scalar(f);
            a.used(f);
            memory.expose(x);
            return norm(Memory.address(x), toSize, toSigned);
        }
    }

    static final class Cast extends Expr {
        final CastOp op;
        final Operands.Opnd a;
        final boolean fromSigned, fromF32;
        final int toSize;
        final boolean toSigned, toF32;

        Cast(CastOp op, Operands.Opnd a, boolean fromSigned, boolean fromF32, int toSize, boolean toSigned, boolean toF32) {
            this.op = op;
            this.a = a;
            this.fromSigned = fromSigned;
            this.fromF32 = fromF32;
            this.toSize = toSize;
            this.toSigned = toSigned;
            this.toF32 = toF32;
        }

        @Override
        long eval(Frame fr) {
            long x = a.scalar(fr);
            a.used(fr);
            return switch (op) {
                case INT_TO_INT -> norm(x, toSize, toSigned);
                case BITS -> x;
                case FROM_ADDR -> Memory.fromAddress(x);
                case INT_TO_FLOAT -> {
                    if (fromSigned || a.size < 8 || x >= 0) yield toF32 ? bits((float) x, true) : bits((double) x, false);
                    // an unsigned 64-bit value above i64::MAX
                    java.math.BigDecimal d = new java.math.BigDecimal(Long.toUnsignedString(x));
                    yield toF32 ? bits(d.floatValue(), true) : bits(d.doubleValue(), false);
                }
                case FLOAT_TO_FLOAT -> bits(f(x, fromF32), toF32);
                case FLOAT_TO_INT -> floatToInt(f(x, fromF32), toSize, toSigned);
            };
        }
    }

    /** Rust's saturating float-to-integer cast (NaN to 0). */
    static long floatToInt(double v, int size, boolean signed) {
        if (Double.isNaN(v)) return 0;
        if (signed) {
            if (size == 8) return (long) v;
            long min = -(1L << (size * 8 - 1)), max = (1L << (size * 8 - 1)) - 1;
            double t = v < 0 ? Math.ceil(v) : Math.floor(v);
            return t <= min ? min : t >= max ? max : (long) t;
        }
        if (v <= 0) return 0;
        if (size == 8) {
            if (v >= 18446744073709551615.0) return -1L;
            if (v < 9.223372036854775807E18) return (long) v;
            return new java.math.BigDecimal(Math.floor(v)).toBigInteger().longValue();
        }
        long max = (1L << (size * 8)) - 1;
        double t = Math.floor(v);
        return t >= max ? max : (long) t;
    }
}
