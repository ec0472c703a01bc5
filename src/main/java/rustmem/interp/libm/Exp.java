package rustmem.interp.libm;

import static rustmem.interp.libm.ExpData.*;
import static rustmem.interp.libm.Fp.*;

/**
 * glibc 2.36's exp (sysdeps/ieee754/dbl-64/e_exp.c, x86_64's FMA variant), exp2 (e_exp2.c, no FMA variant),
 * expm1 (s_expm1.c, FMA variant), expf and exp2f (flt-32/e_expf.c, e_exp2f.c, FMA variants), expm1f
 * (flt-32/s_expm1f.c, no FMA variant).
 */
public final class Exp {
    private Exp() {}

    private static final int N = 1 << 7;

    private static int top12(double x) { return (int) (bits(x) >>> 52); }

    public static double exp(double x) {
        int abstop = top12(x) & 0x7ff;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop - 0x3c9 < 0) return 1.0 + x; // tiny x (0 is common)
            if (abstop >= 0x409) {
                if (bits(x) == bits(Double.NEGATIVE_INFINITY)) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x;
                return bits(x) < 0 ? uflow(0) : oflow(0);
            }
            abstop = 0; // large x: special-cased below
        }
        // exp(x) = 2^(k/N) * exp(r), with exp(r) in [2^(-1/2N),2^(1/2N)]
        double kd = Math.fma(INVLN2N, x, SHIFT);
        long ki = bits(kd);
        kd -= SHIFT;
        double r = Math.fma(NEGLN2LON, kd, Math.fma(NEGLN2HIN, kd, x));
        int idx = 2 * (int) (ki & (N - 1));
        long top = ki << 45;
        double tail = dbl(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(POLY[3], r, POLY[2]), Math.fma(Math.fma(POLY[1], r, POLY[0]), r2, r + tail));
        if (abstop == 0) return specialcase(tmp, sbits, ki);
        double scale = dbl(sbits);
        return Math.fma(tmp, scale, scale);
    }

    /** e_exp.c's specialcase: scale * (1 + tmp) where that may overflow or underflow */
    private static double specialcase(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            // k > 0: the exponent of scale might have overflowed by <= 460
            sbits -= 1009L << 52;
            double scale = dbl(sbits);
            return 0x1p1009 * Math.fma(tmp, scale, scale);
        }
        return subnormal(tmp, sbits);
    }

    /** the k < 0 half of specialcase (e_exp.c and e_exp2.c): round before scaling into the subnormal range */
    private static double subnormal(double tmp, long sbits) {
        sbits += 1022L << 52;
        double scale = dbl(sbits);
        double st = tmp * scale;
        double y = scale + st;
        if (y < 1.0) {
            double lo = st + (scale - y);
            double hi = y + 1.0;
            lo = lo + (y + (1.0 - hi));
            y = (hi + lo) - 1.0;
            if (y == 0.0) y = 0.0;
        }
        return 0x1p-1022 * y;
    }

    public static double exp2(double x) {
        int abstop = top12(x) & 0x7ff;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop - 0x3c9 < 0) return 1.0 + x;
            if (abstop >= 0x409) {
                if (bits(x) == bits(Double.NEGATIVE_INFINITY)) return 0.0;
                if (abstop >= 0x7ff) return 1.0 + x;
                if (bits(x) >= 0) return oflow(0);
                else if (Long.compareUnsigned(bits(x), bits(-1075.0)) >= 0) return uflow(0);
            }
            if (Long.compareUnsigned(2 * bits(x), 2 * bits(928.0)) > 0) abstop = 0;
        }
        // exp2(x) = 2^(k/N) * 2^r, with 2^r in [2^(-1/2N),2^(1/2N)]
        double kd = x + EXP2_SHIFT;
        long ki = bits(kd);
        kd -= EXP2_SHIFT;
        double r = x - kd;
        int idx = 2 * (int) (ki & (N - 1));
        long top = ki << 45;
        double tail = dbl(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double[] c = EXP2_POLY;
        double tmp = tail + r * c[0] + r2 * (c[1] + r * c[2]) + r2 * r2 * (c[3] + r * c[4]);
        if (abstop == 0) {
            if ((ki & 0x80000000L) == 0) {
                // k > 0: the exponent of scale might have overflowed by 1
                double scale = dbl(sbits - (1L << 52));
                return 2 * (scale + scale * tmp);
            }
            return subnormal(tmp, sbits);
        }
        double scale = dbl(sbits);
        return scale + scale * tmp;
    }

    public static float expf(float x) {
        double xd = x;
        int abstop = (bits(x) >>> 20) & 0x7ff;
        if (abstop >= 0x42b) {
            // |x| >= 88 or x is nan
            if (bits(x) == bits(Float.NEGATIVE_INFINITY)) return 0.0f;
            if (abstop >= 0x7f8) return x * 2.0f;
            if (x > 0x1.62e42ep6f) return oflowf(0);
            if (x < -0x1.9fe368p6f) return uflowf(0);
            if (x < -0x1.9d1d9ep6f) return mayUflowf(0);
        }
        double kd = Math.fma(Exp2fData.INVLN2_SCALED, xd, Exp2fData.SHIFT);
        long ki = bits(kd);
        kd -= Exp2fData.SHIFT;
        double r = Math.fma(Exp2fData.INVLN2_SCALED, xd, -kd);
        return (float) exp2fTail(r, ki, 0, Exp2fData.POLY_SCALED);
    }

    public static float exp2f(float x) {
        double xd = x;
        int abstop = (bits(x) >>> 20) & 0x7ff;
        if (abstop >= 0x430) {
            // |x| >= 128 or x is nan
            if (bits(x) == bits(Float.NEGATIVE_INFINITY)) return 0.0f;
            if (abstop >= 0x7f8) return x * 2.0f;
            if (x > 0.0f) return oflowf(0);
            if (x <= -150.0f) return uflowf(0);
            if (x < -149.0f) return mayUflowf(0);
        }
        double kd = Exp2fData.SHIFT_SCALED + xd;
        long ki = bits(kd);
        kd -= Exp2fData.SHIFT_SCALED;
        double r = xd - kd;
        return (float) exp2fTail(r, ki, 0, Exp2fData.POLY);
    }

    /** 2^(k/N) * 2^(r/N) (expf, exp2f and powf's exp2_inline): s * (c0*r^3 + c1*r^2 + c2*r + 1) */
    static double exp2fTail(double r, long ki, long signBias, double[] c) {
        long t = Exp2fData.TAB[(int) (ki & 31)];
        t += (ki + signBias) << 47;
        double s = dbl(t);
        double z = Math.fma(c[0], r, c[1]);
        double r2 = r * r;
        double y = Math.fma(c[2], r, 1.0);
        y = Math.fma(z, r2, y);
        return y * s;
    }

    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
    private static final double INVLN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
            Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;

    public static double expm1(double x) {
        int hx = hi(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) {
            // |x| >= 56*ln2
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) return x * 2.0;
                    return xsb == 0 ? x : -1.0;
                }
                if (x > O_THRESHOLD) return Double.POSITIVE_INFINITY;
            }
            if (xsb != 0) return -1.0;
        }
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) {
            // |x| > 0.5 ln2
            double hi, lo;
            if (hx < 0x3FF0A2B2) {
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (x * INVLN2 + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {
            return x; // |x| < 2^-54
        } else {
            k = 0;
        }
        double hfx = x * 0.5;
        double hxs = x * hfx;
        double r1 = Math.fma(hxs, Q1, 1.0);
        double h2 = hxs * hxs;
        double r2 = Math.fma(hxs, Q3, Q2);
        double h4 = h2 * h2;
        double r3 = Math.fma(hxs, Q5, Q4);
        r1 = Math.fma(h4, r3, Math.fma(h2, r2, r1));
        double t = Math.fma(-hfx, r1, 3.0);
        double e = ((r1 - t) / Math.fma(-x, t, 6.0)) * hxs;
        if (k == 0) return x - Math.fma(x, e, -hxs);
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) return Math.fma(x - e, 0.5, -0.5);
        if (k == 1) {
            if (x < -0.25) return (e - (x + 0.5)) * -2.0;
            return Math.fma(x - e, 2.0, 1.0);
        }
        if (k <= -2 || k > 56) {
            double y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            t = words(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
            y = t - (e - x);
        } else {
            t = words((0x3ff - k) << 20, 0); // 2^-k
            y = x - (e + t);
            y += 1.0;
        }
        return withHi(y, hi(y) + (k << 20));
    }

    public static float expm1f(float x) {
        final float oThreshold = 8.8721679688e+01f, ln2Hi = 6.9313812256e-01f, ln2Lo = 9.0580006145e-06f,
                invln2 = 1.4426950216e+00f;
        final float q1 = -3.3333335072e-02f, q2 = 1.5873016091e-03f, q3 = -7.9365076090e-05f, q4 = 4.0082177293e-06f,
                q5 = -2.0109921195e-07f;
        int hx = bits(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        if (hx >= 0x4195b844) {
            // |x| >= 27*ln2
            if (hx >= 0x42b17218) {
                if (hx > 0x7f800000) return x + x;
                if (hx == 0x7f800000) return xsb == 0 ? x : -1.0f;
                if (x > oThreshold) return Float.POSITIVE_INFINITY;
            }
            if (xsb != 0) return -1.0f;
        }
        float c = 0;
        int k;
        if (hx > 0x3eb17218) {
            // |x| > 0.5 ln2
            float hi, lo;
            if (hx < 0x3F851592) {
                if (xsb == 0) {
                    hi = x - ln2Hi;
                    lo = ln2Lo;
                    k = 1;
                } else {
                    hi = x + ln2Hi;
                    lo = -ln2Lo;
                    k = -1;
                }
            } else {
                k = (int) (invln2 * x + (xsb == 0 ? 0.5f : -0.5f));
                float t = k;
                hi = x - t * ln2Hi;
                lo = t * ln2Lo;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x33000000) {
            return x; // |x| < 2^-25
        } else {
            k = 0;
        }
        float hfx = 0.5f * x;
        float hxs = x * hfx;
        float r1 = 1.0f + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))));
        float t = 3.0f - r1 * hfx;
        float e = hxs * ((r1 - t) / (6.0f - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) return 0.5f * (x - e) - 0.5f;
        if (k == 1) {
            if (x < -0.25f) return -2.0f * (e - (x + 0.5f));
            return 1.0f + 2.0f * (x - e);
        }
        float y;
        if (k <= -2 || k > 56) {
            y = 1.0f - (e - x);
            y = flt(bits(y) + (k << 23));
            return y - 1.0f;
        }
        if (k < 23) {
            t = flt(0x3f800000 - (0x1000000 >> k)); // 1 - 2^-k
            y = t - (e - x);
        } else {
            t = flt((0x7f - k) << 23); // 2^-k
            y = x - (e + t);
            y += 1.0f;
        }
        return flt(bits(y) + (k << 23));
    }
}
