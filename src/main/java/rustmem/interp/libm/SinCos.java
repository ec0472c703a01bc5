package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;
import static rustmem.interp.libm.SincosfData.*;

/**
 * glibc 2.36's sin and cos (sysdeps/ieee754/dbl-64/s_sin.c with branred.c), sinf and cosf (flt-32/s_sinf.c,
 * s_cosf.c with x86's sincosf_poly.h): x86_64's FMA variants (branred.c has none).
 */
public final class SinCos {
    private SinCos() {}

    private static int abstop12(float x) { return (bits(x) >>> 20) & 0x7ff; }

    private static final int PIO4 = 0x3f4; // abstop12(0x1.921FB6p-1f)
    private static final int TINY = 0x398; // abstop12(0x1p-12f)
    private static final int FAST = 0x42f; // abstop12(120.0f)
    private static final int INF = 0x7f8;

    /** sinf_poly: sin (n even) or cos (n odd) of x, x2 = x*x, from polynomial set t (0 or 1) */
    private static float poly(double x, double x2, int t, int n) {
        double[] s1c2 = t == 0 ? S1C20 : S1C21, s2c3 = t == 0 ? S2C30 : S2C31, s3c4 = t == 0 ? S3C40 : S3C41;
        if ((n & 1) == 0) {
            double x3 = x2 * x;
            double s1 = Math.fma(x2, s3c4[0], s2c3[0]);
            double x7 = x2 * x3;
            double s = Math.fma(x3, s1c2[0], x);
            return (float) Math.fma(s1, x7, s);
        }
        double x4 = x2 * x2;
        double c2 = Math.fma(x2, s3c4[1], s2c3[1]);
        double c1 = Math.fma(x2, t == 0 ? C10 : C11, t == 0 ? C00 : C01);
        double x6 = x2 * x4;
        double c = Math.fma(x4, s1c2[1], c1);
        return (float) Math.fma(c2, x6, c);
    }

    /** the quadrant of x (|x| < 120) in n[0], and x minus that many pi/2 */
    private static double reduceFast(double x, int[] np) {
        double r = x * HPI_INV0;
        int n = ((int) r + 0x800000) >> 24;
        np[0] = n;
        return Math.fma(-(double) n, HPI0, x);
    }

    /** the quadrant of |xi| (a float's bits, |x| >= 2) in n[0], and |x| minus that many pi/2, with 4/pi's 192 bits */
    static double reduceLarge(int xi, int[] np) {
        int a = (xi >>> 26) & 15;
        int shift = (xi >>> 23) & 7;
        xi = (xi & 0xffffff) | 0x800000;
        xi <<= shift;
        long x = xi & 0xFFFF_FFFFL;
        long res0 = (xi * INV_PIO4[a]) & 0xFFFF_FFFFL;
        long res1 = x * (INV_PIO4[a + 4] & 0xFFFF_FFFFL);
        long res2 = x * (INV_PIO4[a + 8] & 0xFFFF_FFFFL);
        res0 = (res2 >>> 32) | (res0 << 32);
        res0 += res1;
        long n = (res0 + (1L << 61)) >>> 62;
        res0 -= n << 62;
        np[0] = (int) n;
        return (double) res0 * 0x1.921FB54442D18p-62;
    }

    public static float sinf(float y) {
        double x = y;
        int top = abstop12(y);
        if (top < PIO4) {
            if (top < TINY) return y;
            return poly(x, x * x, 0, 0);
        }
        int[] np = new int[1];
        if (top < FAST) {
            x = reduceFast(x, np);
            int n = np[0];
            double s = SIGN0[n & 3];
            return poly(x * s, x * x, (n & 2) != 0 ? 1 : 0, n);
        }
        if (top < INF) {
            int xi = bits(y);
            int sign = xi >>> 31;
            x = reduceLarge(xi, np);
            int n = np[0];
            double s = SIGN0[(n + sign) & 3];
            return poly(x * s, x * x, ((n + sign) & 2) != 0 ? 1 : 0, n);
        }
        return invalidf(y);
    }

    public static float cosf(float y) {
        double x = y;
        int top = abstop12(y);
        if (top < PIO4) {
            if (top < TINY) return 1.0f;
            return poly(x, x * x, 0, 1);
        }
        int[] np = new int[1];
        if (top < FAST) {
            x = reduceFast(x, np);
            int n = np[0];
            double s = SIGN0[n & 3];
            return poly(x * s, x * x, (n & 2) != 0 ? 1 : 0, n ^ 1);
        }
        if (top < INF) {
            int xi = bits(y);
            int sign = xi >>> 31;
            x = reduceLarge(xi, np);
            int n = np[0];
            double s = SIGN0[(n + sign) & 3];
            return poly(x * s, x * x, ((n + sign) & 2) != 0 ? 1 : 0, n ^ 1);
        }
        return invalidf(y);
    }

    // usncs.h
    private static final double S1 = -0x1.5555555555555p-3, S2 = 0x1.1111111110ECEp-7, S3 = -0x1.A01A019DB08B8p-13,
            S4 = 0x1.71DE27B9A7ED9p-19, S5 = -0x1.ADDFFC2FCDF59p-26;
    static final double BIG = 0x1.8p45, HP0 = 0x1.921FB54442D18p0, HP1 = 0x1.1A62633145C07p-54;
    static final double MP1 = 0x1.921FB58000000p0, MP2 = -0x1.DDE973C000000p-27;
    static final double PP3 = -0x1.CB3B398000000p-55, PP4 = -0x1.d747f23e32ed7p-83;
    static final double HPINV = 0x1.45F306DC9C883p-1, TOINT = 0x1.8p52;
    // s_sin.c
    private static final double SN3 = -1.66666666666664880952546298448555E-01, SN5 = 8.33333214285722277379541354343671E-03,
            CS2 = 4.99999999999999999999950396842453E-01, CS4 = -4.16666666666664434524222570944589E-02,
            CS6 = 1.38888874007937613028114285595617E-03;
    private static final double[] TAB = SinCosData.SINCOSTAB;

    /** cos(x + dx) from the table and short polynomials */
    static double doCos(double x, double dx) {
        if (x < 0) dx = -dx;
        double ax = Math.abs(x);
        double u = BIG + ax;
        x = (ax - (u - BIG)) + dx;
        double xx = x * x;
        double s = Math.fma(x * xx, Math.fma(xx, SN5, SN3), x);
        double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
        int k = lo(u) << 2;
        double sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
        double cor = Math.fma(-s, sn, Math.fma(-c, cs, Math.fma(-s, ssn, ccs)));
        return cs + cor;
    }

    /** sin(x + dx): a Taylor polynomial for |x| < 0.126, else the table */
    static double doSin(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double p = Math.fma(xx, Math.fma(xx, Math.fma(xx, Math.fma(xx, S5, S4), S3), S2), S1);
            double t = Math.fma(xx, Math.fma(p, x, -(dx * 0.5)), dx);
            return x + t;
        }
        if (x <= 0) dx = -dx;
        double ax = Math.abs(x);
        double u = BIG + ax;
        x = ax - (u - BIG);
        double xx = x * x;
        double s = x + Math.fma(x * xx, Math.fma(xx, SN5, SN3), dx);
        double c = Math.fma(x, dx, xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2));
        int k = lo(u) << 2;
        double sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
        double cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, xold);
    }

    /** x (|x| < 105414350) reduced by a multiple n of pi/2 to a[0] + a[1], with 136 bits of pi; returns n & 3 */
    static int reduceSincos(double x, double[] a) {
        double t = Math.fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
        int n = lo(t) & 3;
        double t2 = Math.fma(-xn, PP3, y);
        double db = Math.fma(-xn, PP3, y - t2);
        double b = Math.fma(-xn, PP4, t2);
        db = db + Math.fma(-xn, PP4, t2 - b);
        a[0] = b;
        a[1] = db;
        return n;
    }

    private static double doSincos(double a, double da, int n) {
        double r = (n & 1) != 0 ? doCos(a, da) : doSin(a, da);
        return (n & 2) != 0 ? -r : r;
    }

    public static double sin(double x) {
        int k = hi(x) & 0x7fffffff;
        if (k < 0x3e500000) return x;
        if (k < 0x3feb6000) return doSin(x, 0);
        if (k < 0x400368fd) return Math.copySign(doCos(HP0 - Math.abs(x), HP1), x);
        double[] a = new double[2];
        if (k < 0x419921FB) {
            int n = reduceSincos(x, a);
            return doSincos(a[0], a[1], n);
        }
        if (k < 0x7ff00000) {
            int n = Branred.branred(x, a);
            return doSincos(a[0], a[1], n);
        }
        return x / x;
    }

    public static double cos(double x) {
        int k = hi(x) & 0x7fffffff;
        if (k < 0x3e400000) return 1.0;
        if (k < 0x3feb6000) return doCos(x, 0);
        if (k < 0x400368fd) {
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da);
        }
        double[] a = new double[2];
        if (k < 0x419921FB) {
            int n = reduceSincos(x, a);
            return doSincos(a[0], a[1], n + 1);
        }
        if (k < 0x7ff00000) {
            int n = Branred.branred(x, a);
            return doSincos(a[0], a[1], n + 1);
        }
        return x / x;
    }
}
