package rustmem.legacy.interp;

import rustmem.syntax.ast.Expr.BinOp;

/**
 * Integer arithmetic on values held in a long, for every width up to 64 bits, with the
 * overflow rules of a debug build. Values are kept sign-extended (signed types) or
 * zero-extended (unsigned types) to 64 bits; results wrap, and the *Overflows methods say
 * whether the mathematically exact result did not fit.
 */
final class IntOps {
    private IntOps() {}

    /** Truncates v to the type's width and re-extends it. */
    static long normalize(long v, int bytes, boolean signed) {
        return switch (bytes) {
            case 1 -> signed ? (byte) v : v & 0xFFL;
            case 2 -> signed ? (short) v : v & 0xFFFFL;
            case 4 -> signed ? (int) v : v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    private static boolean fits(long v, int bytes, boolean signed) { return normalize(v, bytes, signed) == v; }

    static boolean addOverflows(long a, long b, int bytes, boolean signed) {
        if (bytes < 8) return !fits(a + b, bytes, signed);
        long r = a + b;
        return signed ? ((a ^ r) & (b ^ r)) < 0 : Long.compareUnsigned(r, a) < 0;
    }

    static boolean subOverflows(long a, long b, int bytes, boolean signed) {
        if (bytes < 8) return !fits(a - b, bytes, signed);
        long r = a - b;
        return signed ? ((a ^ b) & (a ^ r)) < 0 : Long.compareUnsigned(a, b) < 0;
    }

    static boolean mulOverflows(long a, long b, int bytes, boolean signed) {
        if (bytes <= 4) return !fits(a * b, bytes, signed);
        if (signed) return Math.multiplyHigh(a, b) != ((a * b) >> 63);
        return Math.unsignedMultiplyHigh(a, b) != 0;
    }

    /** Whether + - * / % overflows the type (a division by zero is not an overflow: callers test for it first). */
    static boolean overflows(BinOp op, long a, long b, int bytes, boolean signed) {
        return switch (op) {
            case ADD -> addOverflows(a, b, bytes, signed);
            case SUB -> subOverflows(a, b, bytes, signed);
            case MUL -> mulOverflows(a, b, bytes, signed);
            case DIV, REM -> b != 0 && divOverflows(a, b, bytes, signed);
            default -> throw new IllegalStateException("overflow of " + op.symbol);
        };
    }

    /** MIN / -1 and MIN % -1 overflow for signed types. */
    static boolean divOverflows(long a, long b, int bytes, boolean signed) {
        return signed && b == -1 && a == normalize(1L << (bytes * 8 - 1), bytes, true);
    }

    static long div(long a, long b, boolean signed) { return signed ? a / b : Long.divideUnsigned(a, b); }

    static long rem(long a, long b, boolean signed) { return signed ? a % b : Long.remainderUnsigned(a, b); }

    static int compare(long a, long b, boolean signed) { return signed ? Long.compare(a, b) : Long.compareUnsigned(a, b); }

    /** Whether a comparison operator holds for a three-way comparison result c. */
    static boolean holds(BinOp op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException("not a comparison: " + op.symbol);
        };
    }

    /**
     * A binary operator on integers (bool and char as integers of 8 bytes): comparisons give 0 or 1, bit
     * operations and arithmetic wrap to the type (overflow was checked before, when the MIR asks for it).
     */
    static long binary(BinOp op, long a, long b, int bytes, boolean signed) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> holds(op, compare(a, b, signed)) ? 1 : 0;
            case BIT_AND -> a & b;
            case BIT_OR -> a | b;
            case BIT_XOR -> a ^ b;
            case ADD -> normalize(a + b, bytes, signed);
            case SUB -> normalize(a - b, bytes, signed);
            case MUL -> normalize(a * b, bytes, signed);
            case DIV -> div(a, b, signed);
            case REM -> rem(a, b, signed);
            default -> throw new IllegalStateException(op.symbol);
        };
    }
}
