package rustmem.interp;

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

    /** MIN / -1 and MIN % -1 overflow for signed types. */
    static boolean divOverflows(long a, long b, int bytes, boolean signed) {
        return signed && b == -1 && a == normalize(1L << (bytes * 8 - 1), bytes, true);
    }

    static long div(long a, long b, boolean signed) { return signed ? a / b : Long.divideUnsigned(a, b); }

    static long rem(long a, long b, boolean signed) { return signed ? a % b : Long.remainderUnsigned(a, b); }

    static int compare(long a, long b, boolean signed) { return signed ? Long.compare(a, b) : Long.compareUnsigned(a, b); }
}
