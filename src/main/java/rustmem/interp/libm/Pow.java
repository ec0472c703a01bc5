package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/** glibc 2.36's pow (sysdeps/ieee754/dbl-64/e_pow.c) and powf (flt-32/e_powf.c): x86_64's FMA variants. */
public final class Pow {
    private Pow() {}

    private static final long OFF = 0x3fe6955500000000L;
    private static final int SIGN_BIAS = 0x800 << 7;

    private static int top12(double x) { return (int) (bits(x) >>> 52); }

    /** log(x) as hi + lo (returned in tail[0]) with ~15 more bits; ix is x's bits, subnormals normalized */
    private static double logInline(long ix, double[] tail) {
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 45) & 127;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & 0xfffL << 52);
        double z = dbl(iz);
        double kd = k;
        double invc = PowLogData.INVC[i], logc = PowLogData.LOGC[i], logctail = PowLogData.LOGCTAIL[i];
        double[] a = PowLogData.POLY;
        double r = Math.fma(z, invc, -1.0);
        double t1 = Math.fma(kd, PowLogData.LN2HI, logc);
        double t2 = r + t1;
        double lo1 = Math.fma(kd, PowLogData.LN2LO, logctail);
        double lo2 = r + (t1 - t2);
        double ar = r * a[0];
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Math.fma(r, ar, -ar2);
        double lo4 = ar2 + (t2 - hi);
        double q = Math.fma(ar2, Math.fma(ar2, Math.fma(r, a[6], a[5]), Math.fma(r, a[4], a[3])), Math.fma(r, a[2], a[1]));
        double lo = Math.fma(ar3, q, lo4 + (lo3 + (lo1 + lo2)));
        double y = hi + lo;
        tail[0] = lo + (hi - y);
        return y;
    }

    /** sign * exp(x + xtail) */
    private static double expInline(double x, double xtail, int signBias) {
        int abstop = top12(x) & 0x7ff;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop - 0x3c9 < 0) {
                double one = 1.0 + x;
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) return bits(x) < 0 ? uflow(signBias) : oflow(signBias);
            abstop = 0;
        }
        double kd = Math.fma(x, ExpData.INVLN2N, ExpData.SHIFT);
        long ki = bits(kd);
        kd -= ExpData.SHIFT;
        double r = xtail + Math.fma(kd, ExpData.NEGLN2LON, Math.fma(kd, ExpData.NEGLN2HIN, x));
        int idx = 2 * (int) (ki & 127);
        long top = (ki + (signBias & 0xFFFF_FFFFL)) << 45;
        double tail = dbl(ExpData.TAB[idx]);
        long sbits = top + ExpData.TAB[idx + 1];
        double[] c = ExpData.POLY;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, c[3], c[2]), Math.fma(r2, Math.fma(r, c[1], c[0]), r + tail));
        if (abstop == 0) return specialcase(tmp, sbits, ki);
        double scale = dbl(sbits);
        return Math.fma(tmp, scale, scale);
    }

    private static double specialcase(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            sbits -= 1009L << 52;
            double scale = dbl(sbits);
            return Math.fma(tmp, scale, scale) * 0x1p1009;
        }
        sbits += 1022L << 52;
        double scale = dbl(sbits);
        double st = tmp * scale;
        double y = scale + st;
        if (Math.abs(y) < 1.0) {
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = st + (scale - y);
            double hi = y + one;
            lo = lo + (y + (one - hi));
            y = (hi + lo) - one;
            if (y == 0.0) y = dbl(sbits & 0x8000000000000000L);
        }
        return y * 0x1p-1022;
    }

    /** 0 if not an integer, 1 if odd, 2 if even; iy is a non-zero finite value's bits */
    private static int checkint(long iy) {
        int e = (int) (iy >>> 52) & 0x7ff;
        if (e < 0x3ff) return 0;
        if (e > 0x3ff + 52) return 2;
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) return 0;
        if ((iy & (1L << (0x3ff + 52 - e))) != 0) return 1;
        return 2;
    }

    /** whether i is the bits of 0, infinity or NaN */
    private static boolean zeroinfnan(long i) {
        return Long.compareUnsigned(2 * i - 1, 2 * bits(Double.POSITIVE_INFINITY) - 1) >= 0;
    }

    static boolean issignaling(double x) {
        long ix = bits(x);
        return Long.compareUnsigned(2 * (ix ^ 0x0008000000000000L), 2 * 0x7ff8000000000000L) > 0;
    }

    public static double pow(double x, double y) {
        int signBias = 0;
        long ix = bits(x), iy = bits(y);
        int topx = top12(x), topy = top12(y);
        if (Integer.compareUnsigned(topx - 0x001, 0x7ff - 0x001) >= 0
                || Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
            if (zeroinfnan(iy)) {
                if (2 * iy == 0) return issignaling(x) ? add(x, y) : 1.0;
                if (ix == bits(1.0)) return issignaling(y) ? add(x, y) : 1.0;
                long inf2 = 2 * bits(Double.POSITIVE_INFINITY);
                if (Long.compareUnsigned(2 * ix, inf2) > 0 || Long.compareUnsigned(2 * iy, inf2) > 0) return add(x, y);
                if (2 * ix == 2 * bits(1.0)) return 1.0;
                if ((Long.compareUnsigned(2 * ix, 2 * bits(1.0)) < 0) == (iy >= 0)) return 0.0;
                return y * y;
            }
            if (zeroinfnan(ix)) {
                double x2 = x * x;
                if (ix < 0 && checkint(iy) == 1) {
                    x2 = -x2;
                    signBias = 1;
                }
                if (2 * ix == 0 && iy < 0) return divzero(signBias);
                return iy < 0 ? 1 / x2 : x2;
            }
            // x and y are non-zero finite
            if (ix < 0) {
                int yint = checkint(iy);
                if (yint == 0) return invalid(x);
                if (yint == 1) signBias = SIGN_BIAS;
                ix &= 0x7fffffffffffffffL;
                topx &= 0x7ff;
            }
            if (Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
                if (ix == bits(1.0)) return 1.0;
                if ((topy & 0x7ff) < 0x3be) return Long.compareUnsigned(ix, bits(1.0)) > 0 ? 1.0 + y : 1.0 - y;
                return (Long.compareUnsigned(ix, bits(1.0)) > 0) == (topy < 0x800) ? oflow(0) : uflow(0);
            }
            if (topx == 0) {
                // normalize subnormal x so its exponent becomes negative
                ix = bits(x * 0x1p52);
                ix &= 0x7fffffffffffffffL;
                ix -= 52L << 52;
            }
        }
        double[] lo = new double[1];
        double hi = logInline(ix, lo);
        double ehi = y * hi;
        double elo = Math.fma(y, lo[0], Math.fma(y, hi, -ehi));
        return expInline(ehi, elo, signBias);
    }

    private static int checkintf(int iy) {
        int e = (iy >>> 23) & 0xff;
        if (e < 0x7f) return 0;
        if (e > 0x7f + 23) return 2;
        if ((iy & ((1 << (0x7f + 23 - e)) - 1)) != 0) return 0;
        if ((iy & (1 << (0x7f + 23 - e))) != 0) return 1;
        return 2;
    }

    private static boolean zeroinfnanf(int ix) {
        return Integer.compareUnsigned(2 * ix - 1, 2 * 0x7f800000 - 1) >= 0;
    }

    static boolean issignalingf(float x) {
        int ix = bits(x);
        return Integer.compareUnsigned(2 * (ix ^ 0x00400000), 2 * 0x7fc00000) > 0;
    }

    public static float powf(float x, float y) {
        int signBias = 0;
        int ix = bits(x), iy = bits(y);
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0 || zeroinfnanf(iy)) {
            if (zeroinfnanf(iy)) {
                if (2 * iy == 0) return issignalingf(x) ? add(x, y) : 1.0f;
                if (ix == 0x3f800000) return issignalingf(y) ? add(x, y) : 1.0f;
                if (Integer.compareUnsigned(2 * ix, 2 * 0x7f800000) > 0 || Integer.compareUnsigned(2 * iy, 2 * 0x7f800000) > 0) {
                    return add(x, y);
                }
                if (2 * ix == 2 * 0x3f800000) return 1.0f;
                if ((Integer.compareUnsigned(2 * ix, 2 * 0x3f800000) < 0) == (iy >= 0)) return 0.0f;
                return y * y;
            }
            if (zeroinfnanf(ix)) {
                float x2 = x * x;
                if (ix < 0 && checkintf(iy) == 1) {
                    x2 = -x2;
                    signBias = 1;
                }
                if (2 * ix == 0 && iy < 0) return divzerof(signBias);
                return iy < 0 ? 1 / x2 : x2;
            }
            // x and y are non-zero finite
            if (ix < 0) {
                int yint = checkintf(iy);
                if (yint == 0) return invalidf(x);
                if (yint == 1) signBias = 1 << (5 + 11);
                ix &= 0x7fffffff;
            }
            if (ix < 0x00800000) {
                ix = bits(x * 0x1p23f);
                ix &= 0x7fffffff;
                ix -= 23 << 23;
            }
        }
        // log2_inline
        int tmp = ix - 0x3f330000;
        int i = (tmp >>> 19) & 15;
        int top = tmp & 0xff800000;
        int iz = ix - top;
        int k = top >> 23;
        double invc = PowfLog2Data.INVC[i], logc = PowfLog2Data.LOGC[i];
        double z = flt(iz);
        double[] a = PowfLog2Data.POLY;
        double r = Math.fma(invc, z, -1.0);
        double y0 = logc + k;
        double r2 = r * r;
        double yy = Math.fma(r, a[0], a[1]);
        double p = Math.fma(r, a[2], a[3]);
        double r4 = r2 * r2;
        double q = Math.fma(r, a[4], y0);
        q = Math.fma(r2, p, q);
        double logx = Math.fma(yy, r4, q);
        double ylogx = (double) y * logx;
        if (((bits(ylogx) >>> 47) & 0xffff) >= (bits(126.0) >>> 47)) {
            // |y*log(x)| >= 126
            if (ylogx > 0x1.fffffffd1d571p+6) return oflowf(signBias);
            if (ylogx <= -150.0) return uflowf(signBias);
            if (ylogx < -149.0) return mayUflowf(signBias);
        }
        // exp2_inline
        double kd = ylogx + Exp2fData.SHIFT_SCALED;
        long ki = bits(kd);
        kd -= Exp2fData.SHIFT_SCALED;
        double rr = ylogx - kd;
        return (float) Exp.exp2fTail(rr, ki, signBias, Exp2fData.POLY);
    }
}
