package rustmem.interp.libm;

/**
 * Bit access and the error-handling tails of glibc's libm (sysdeps/ieee754/dbl-64/math_err.c,
 * flt-32/math_errf.c), computed at run time as glibc does so that NaN signs and payloads come out as on x86
 * (whose default NaN, from 0/0 or inf-inf, has the sign bit set).
 *
 * <p>The ports in this package follow glibc 2.36's C source operation by operation. Where glibc's x86_64 build
 * compiles a function with -mfma (the ifunc variant this machine's CPU selects), GCC contracts some
 * {@code a * b + c} into fused multiply-adds; the ports use {@link Math#fma} exactly where GCC 12 did (read
 * from its -fdump-tree-widening_mul output, see bench/libm/fma-dump.sh), so the results are bit-identical.
 */
final class Fp {
    private Fp() {}

    static long bits(double x) { return Double.doubleToRawLongBits(x); }

    static double dbl(long bits) { return Double.longBitsToDouble(bits); }

    static int bits(float x) { return Float.floatToRawIntBits(x); }

    static float flt(int bits) { return Float.intBitsToFloat(bits); }

    /** the high 32 bits of x's representation */
    static int hi(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 32); }

    /** the low 32 bits of x's representation */
    static int lo(double x) { return (int) Double.doubleToRawLongBits(x); }

    static double words(int hi, int lo) { return Double.longBitsToDouble((long) hi << 32 | (lo & 0xFFFF_FFFFL)); }

    /** x with its high word replaced */
    static double withHi(double x, int hi) { return words(hi, lo(x)); }

    /**
     * a + b as x86's addsd computes it with a as its first operand: when both are NaN, the result is a
     * (quieted). Java's + may have its operands swapped by the JIT, so NaN + NaN would be nondeterministic.
     */
    static double add(double a, double b) {
        if (Double.isNaN(a)) return dbl(bits(a) | 0x0008000000000000L);
        if (Double.isNaN(b)) return dbl(bits(b) | 0x0008000000000000L);
        return a + b;
    }

    /** a + b as x86's addss computes it with a as its first operand (see {@link #add(double, double)}) */
    static float add(float a, float b) {
        if (Float.isNaN(a)) return flt(bits(a) | 0x00400000);
        if (Float.isNaN(b)) return flt(bits(b) | 0x00400000);
        return a + b;
    }

    // math_err.c

    static double oflow(int sign) { return xflow(sign, 0x1p769); }

    static double uflow(int sign) { return xflow(sign, 0x1p-767); }

    private static double xflow(int sign, double y) { return (sign != 0 ? -y : y) * y; }

    static double divzero(int sign) { return (sign != 0 ? -1.0 : 1.0) / zero(); }

    static double invalid(double x) { return (x - x) / (x - x); }

    // math_errf.c

    static float oflowf(int sign) { return xflowf(sign, 0x1p97f); }

    static float uflowf(int sign) { return xflowf(sign, 0x1p-95f); }

    static float mayUflowf(int sign) { return xflowf(sign, 0x1.4p-75f); }

    private static float xflowf(int sign, float y) { return (sign != 0 ? -y : y) * y; }

    static float divzerof(int sign) { return (sign != 0 ? -1.0f : 1.0f) / (float) zero(); }

    static float invalidf(float x) { return (x - x) / (x - x); }

    /** 0.0 that javac cannot fold into constant expressions (so that 0/0 is the hardware's NaN) */
    static double zero() { return ZERO[0]; }

    private static final double[] ZERO = {0.0};
}
