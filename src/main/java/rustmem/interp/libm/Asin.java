package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/**
 * glibc 2.36's asin and acos (sysdeps/ieee754/dbl-64/e_asin.c, x86_64's FMA variant) with the result of
 * their SVID compatibility wrappers for |x| > 1 (math/w_asin_compat.c: a NaN with the sign bit clear); asinf
 * and acosf (flt-32/e_asinf.c, e_acosf.c, no FMA variants) likewise.
 */
public final class Asin {
    private Asin() {}

    // uasncs.h
    private static final double HP0 = words(0x3FF921FB, 0x54442D18), HP1 = words(0x3C91A626, 0x33145C07);
    private static final double F1 = 1.66666666666664110590506577996662E-01, F2 = 7.50000000026122686814431784722623E-02,
            F3 = 4.46428561421059750978517350006940E-02, F4 = 3.03821268582119319911193410625235E-02,
            F5 = 2.23551211026525610742786300334557E-02, F6 = 1.81382903404565056280372531963613E-02;
    private static final double T24 = 16777216.0, T27 = 134217728.0;
    private static final double RT0 = 9.99999999859990725855365213134618E-01, RT1 = 4.99999999495955425917856814202739E-01,
            RT2 = 3.75017500867345182581453026130850E-01, RT3 = 3.12523626554518656309172508769531E-01;
    private static final double[] ASNCS = AsinData.ASNCS, INROOT = AsinData.INROOT, POWTWO = AsinData.POWTWO;

    /** f1 + z*(f2 + ... + z*f6) */
    private static double fpoly(double z) {
        double p = Math.fma(z, F6, F5);
        p = Math.fma(p, z, F4);
        p = Math.fma(p, z, F3);
        p = Math.fma(p, z, F2);
        return Math.fma(p, z, F1);
    }

    /** the table row n and its polynomial degree m for 0.125 <= |x| < 0.96875 (k the high word of |x|) */
    private static int row(int k) {
        if (k < 0x3fe00000) return k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
        if (k < 0x3fe80000) return 1056 + ((k & 0x000fe000) >> 11) * 3;
        if (k < 0x3fed8000) return 992 + ((k & 0x000fe000) >> 13) * 13;
        if (k < 0x3fee8000) return 884 + ((k & 0x000fe000) >> 13) * 14;
        return 768 + ((k & 0x000fe000) >> 13) * 15;
    }

    private static int degree(int k) {
        if (k < 0x3fe00000) return 5;
        if (k < 0x3fe80000) return 6;
        if (k < 0x3fed8000) return 7;
        if (k < 0x3fee8000) return 8;
        return 9;
    }

    /** asncs[n+1]*xx + (xx*xx*(asncs[n+2] + ... ) + asncs[n+m+2]): the correction to asncs[n+m+3] */
    private static double tablePoly(int n, int m, double xx) {
        double p = ASNCS[n + 1 + m];
        for (int j = n + m; j >= n + 2; j--) p = Math.fma(p, xx, ASNCS[j]);
        p = Math.fma(xx * xx, p, ASNCS[n + 2 + m]);
        return Math.fma(ASNCS[n + 1], xx, p);
    }

    /** sqrt(z) as y + cc with y's low bits clear (by y = (c + t24) - t24 for asin, (t27*c + c) - t27*c for acos) */
    private static double[] root(double z, boolean asin) {
        int k = hi(z);
        double t = INROOT[(k & 0x001fffff) >> 14] * POWTWO[511 - (k >> 21)];
        double r = Math.fma(-(t * t), z, 1.0);
        t = Math.fma(Math.fma(Math.fma(r, RT3, RT2), r, RT1), r, RT0) * t;
        double c = z * t;
        double h = Math.fma(-(t * 0.5), c, 1.5);
        double y = asin ? (c + T24) - T24 : Math.fma(-c, T27, Math.fma(c, T27, c));
        double cc = Math.fma(-y, y, z) / Math.fma(h, c, y);
        return new double[] {y, cc};
    }

    public static double asin(double x) {
        int m = hi(x);
        int k = 0x7fffffff & m;
        if (k < 0x3e500000) return x;
        if (k < 0x3fc00000) {
            double x2 = x * x;
            return Math.fma(fpoly(x2), x * x2, x);
        }
        if (k < 0x3fef0000) {
            int n = row(k), deg = degree(k);
            double xx = (m > 0 ? x : -x) - ASNCS[n];
            double res = ASNCS[n + deg + 3] + tablePoly(n, deg, xx);
            return m > 0 ? res : -res;
        }
        if (k < 0x3ff00000) {
            double z = (m > 0 ? 1.0 - x : x + 1.0) * 0.5;
            double[] r = root(z, true);
            double y = r[0], cc = r[1];
            double p = fpoly(z) * z;
            double cor = Math.fma(-((y + cc) * 2.0), p, Math.fma(-cc, 2.0, HP1));
            double res = cor + Math.fma(-y, 2.0, HP0);
            return m > 0 ? res : -res;
        }
        if (k == 0x3ff00000 && lo(x) == 0) return m > 0 ? HP0 : -HP0;
        if (k > 0x7ff00000 || (k == 0x7ff00000 && lo(x) != 0)) return x * 2.0;
        return Double.NaN;
    }

    public static double acos(double x) {
        int m = hi(x);
        int k = 0x7fffffff & m;
        if (k < 0x3c880000) return HP0;
        if (k < 0x3fc00000) {
            double x2 = x * x;
            double r = HP0 - x;
            double cor = Math.fma(-fpoly(x2), x * x2, (((HP0 - r) - x) + HP1));
            return r + cor;
        }
        if (k < 0x3fef0000) {
            int n = row(k), deg = degree(k);
            double xx = (m > 0 ? x : -x) - ASNCS[n];
            double t = tablePoly(n, deg, xx);
            double a = ASNCS[n + deg + 3];
            double y = m > 0 ? HP0 - a : a + HP0;
            t = m > 0 ? HP1 - t : t + HP1;
            return t + y;
        }
        if (k < 0x3ff00000) {
            double z = (m > 0 ? 1.0 - x : x + 1.0) * 0.5;
            double[] r = root(z, false);
            double y = r[0], cc = r[1];
            double p = fpoly(z) * z;
            double pc = p * (y + cc);
            if (m < 0) {
                double cor = (HP1 - cc) - pc;
                double res = cor + (HP0 - y);
                return res * 2.0;
            }
            double res = y + (cc + pc);
            return res * 2.0;
        }
        if (k == 0x3ff00000 && lo(x) == 0) return m > 0 ? 0 : 2.0 * HP0;
        if (k > 0x7ff00000 || (k == 0x7ff00000 && lo(x) != 0)) return x * 2.0;
        return Double.NaN;
    }

    public static float asinf(float x) {
        final float pio2Hi = 1.57079637050628662109375f, pio2Lo = -4.37113900018624283e-8f,
                pio4Hi = 0.785398185253143310546875f;
        final float p0 = 1.666675248e-1f, p1 = 7.495297643e-2f, p2 = 4.547037598e-2f, p3 = 2.417951451e-2f,
                p4 = 4.216630880e-2f;
        int hx = bits(x);
        int ix = hx & 0x7fffffff;
        if (ix == 0x3f800000) return x * pio2Hi + x * pio2Lo;
        if (ix > 0x3f800000) return Float.isNaN(x) ? (x - x) / (x - x) : Float.NaN;
        if (ix < 0x3f000000) {
            // |x| < 0.5
            if (ix < 0x32000000) return x;
            float t = x * x;
            float w = t * (p0 + t * (p1 + t * (p2 + t * (p3 + t * p4))));
            return x + x * w;
        }
        float w = 1.0f - Math.abs(x);
        float t = w * 0.5f;
        float p = t * (p0 + t * (p1 + t * (p2 + t * (p3 + t * p4))));
        float s = (float) Math.sqrt(t);
        if (ix >= 0x3F79999A) {
            t = pio2Hi - (2.0f * (s + s * p) - pio2Lo);
        } else {
            w = flt(bits(s) & 0xfffff000);
            float c = (t - w * w) / (s + w);
            float r = p;
            p = 2.0f * s * r - (pio2Lo - 2.0f * c);
            float q = pio4Hi - 2.0f * w;
            t = pio4Hi - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    public static float acosf(float x) {
        final float pi = 3.1415925026e+00f, pio2Hi = 1.5707962513e+00f, pio2Lo = 7.5497894159e-08f;
        final float pS0 = 1.6666667163e-01f, pS1 = -3.2556581497e-01f, pS2 = 2.0121252537e-01f,
                pS3 = -4.0055535734e-02f, pS4 = 7.9153501429e-04f, pS5 = 3.4793309169e-05f;
        final float qS1 = -2.4033949375e+00f, qS2 = 2.0209457874e+00f, qS3 = -6.8828397989e-01f, qS4 = 7.7038154006e-02f;
        int hx = bits(x);
        int ix = hx & 0x7fffffff;
        if (ix == 0x3f800000) return hx > 0 ? 0.0f : pi + 2.0f * pio2Lo;
        if (ix > 0x3f800000) return Float.isNaN(x) ? (x - x) / (x - x) : Float.NaN;
        if (ix < 0x3f000000) {
            // |x| < 0.5
            if (ix <= 0x32800000) return pio2Hi + pio2Lo;
            float z = x * x;
            float p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
            float q = 1.0f + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
            float r = p / q;
            return pio2Hi - (x - (pio2Lo - x * r));
        }
        if (hx < 0) {
            // x < -0.5
            float z = (1.0f + x) * 0.5f;
            float p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
            float q = 1.0f + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
            float s = (float) Math.sqrt(z);
            float r = p / q;
            float w = r * s - pio2Lo;
            return pi - 2.0f * (s + w);
        }
        // x > 0.5
        float z = (1.0f - x) * 0.5f;
        float s = (float) Math.sqrt(z);
        float df = flt(bits(s) & 0xfffff000);
        float c = (z - df * df) / (s + df);
        float p = z * (pS0 + z * (pS1 + z * (pS2 + z * (pS3 + z * (pS4 + z * pS5)))));
        float q = 1.0f + z * (qS1 + z * (qS2 + z * (qS3 + z * qS4)));
        float r = p / q;
        float w = r * s + c;
        return 2.0f * (df + w);
    }
}
