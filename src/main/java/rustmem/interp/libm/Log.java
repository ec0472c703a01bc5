package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/**
 * glibc 2.36's log (sysdeps/ieee754/dbl-64/e_log.c), log2 (e_log2.c), log1p (s_log1p.c), logf and log2f
 * (flt-32/e_logf.c, e_log2f.c): x86_64's FMA variants; log10 (e_log10.c, no FMA variant, with its SVID
 * compatibility wrapper math/w_log10_compat.c), log10f and log1pf (flt-32/e_log10f.c, s_log1pf.c, no FMA
 * variants).
 */
public final class Log {
    private Log() {}

    private static final long OFF = 0x3fe6000000000000L;

    public static double log(double x) {
        double[] b = LogData.POLY1, a = LogData.POLY;
        long ix = bits(x);
        int top = (int) (ix >>> 48);
        long lo0 = bits(1.0 - 0x1p-4), hi0 = bits(1.0 + 0x1.09p-4);
        if (Long.compareUnsigned(ix - lo0, hi0 - lo0) < 0) {
            // close to 1.0
            if (ix == bits(1.0)) return 0;
            double r = x - 1.0;
            double r2 = r * r;
            double r3 = r * r2;
            double p = Math.fma(Math.fma(Math.fma(b[10], r3, Math.fma(b[9], r2, Math.fma(b[8], r, b[7]))),
                    r3, Math.fma(b[6], r2, Math.fma(b[5], r, b[4]))), r3, Math.fma(b[3], r2, Math.fma(b[2], r, b[1])));
            double w = Math.fma(r, 0x1p27, r);
            double rhi = Math.fma(-r, 0x1p27, w);
            double rlo = r - rhi;
            double w2 = rhi * rhi;
            double hi = Math.fma(w2, b[0], r);
            double lo = Math.fma(w2, b[0], r - hi);
            lo = Math.fma(b[0] * rlo, r + rhi, lo);
            double y = Math.fma(p, r3, lo);
            return hi + y;
        }
        if (Integer.compareUnsigned(top - 0x0010, 0x7ff0 - 0x0010) >= 0) {
            // x < 0x1p-1022 or inf or nan
            if (ix * 2 == 0) return divzero(1);
            if (ix == bits(Double.POSITIVE_INFINITY)) return x;
            if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) return invalid(x);
            // subnormal: normalize
            ix = bits(x * 0x1p52);
            ix -= 52L << 52;
        }
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 45) & 127;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & 0xfffL << 52);
        double invc = LogData.INVC[i], logc = LogData.LOGC[i];
        double z = dbl(iz);
        double r = Math.fma(invc, z, -1.0);
        double kd = k;
        double w = Math.fma(LogData.LN2HI, kd, logc);
        double hi = r + w;
        double lo = Math.fma(LogData.LN2LO, kd, (w - hi) + r);
        double r2 = r * r;
        double p = Math.fma(Math.fma(a[4], r, a[3]), r2, Math.fma(a[2], r, a[1]));
        double y = Math.fma(r * r2, p, Math.fma(a[0], r2, lo));
        return y + hi;
    }

    public static double log2(double x) {
        double[] b = Log2Data.POLY1, a = Log2Data.POLY;
        double invln2hi = Log2Data.INVLN2HI, invln2lo = Log2Data.INVLN2LO;
        long ix = bits(x);
        int top = (int) (ix >>> 48);
        long lo0 = bits(1.0 - 0x1.5b51p-5), hi0 = bits(1.0 + 0x1.6ab2p-5);
        if (Long.compareUnsigned(ix - lo0, hi0 - lo0) < 0) {
            if (ix == bits(1.0)) return 0;
            double r = x - 1.0;
            double hi = invln2hi * r;
            double lo = Math.fma(invln2lo, r, Math.fma(invln2hi, r, -hi));
            double r2 = r * r;
            double r4 = r2 * r2;
            double p = Math.fma(b[1], r, b[0]);
            double y = Math.fma(p, r2, hi);
            lo = Math.fma(p, r2, hi - y) + lo;
            double q = Math.fma(Math.fma(Math.fma(b[9], r, b[8]), r2, Math.fma(b[7], r, b[6])), r4,
                    Math.fma(Math.fma(b[5], r, b[4]), r2, Math.fma(b[3], r, b[2])));
            lo = Math.fma(q, r4, lo);
            return y + lo;
        }
        if (Integer.compareUnsigned(top - 0x0010, 0x7ff0 - 0x0010) >= 0) {
            if (ix * 2 == 0) return divzero(1);
            if (ix == bits(Double.POSITIVE_INFINITY)) return x;
            if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) return invalid(x);
            ix = bits(x * 0x1p52);
            ix -= 52L << 52;
        }
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 46) & 63;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & 0xfffL << 52);
        double invc = Log2Data.INVC[i], logc = Log2Data.LOGC[i];
        double z = dbl(iz);
        double kd = k;
        double r = Math.fma(invc, z, -1.0);
        double t1 = invln2hi * r;
        double t2 = Math.fma(invln2lo, r, Math.fma(invln2hi, r, -t1));
        double t3 = logc + kd;
        double hi = t1 + t3;
        double lo = ((t3 - hi) + t1) + t2;
        double r2 = r * r;
        double r4 = r2 * r2;
        double p = Math.fma(Math.fma(a[5], r, a[4]), r4, Math.fma(Math.fma(a[3], r, a[2]), r2, Math.fma(a[1], r, a[0])));
        return Math.fma(r2, p, lo) + hi;
    }

    public static float logf(float x) {
        int ix = bits(x);
        if (ix == 0x3f800000) return 0;
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
            // x < 0x1p-126 or inf or nan
            if (ix * 2 == 0) return divzerof(1);
            if (ix == 0x7f800000) return x;
            if (ix < 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) return invalidf(x);
            ix = bits(x * 0x1p23f);
            ix -= 23 << 23;
        }
        int tmp = ix - 0x3f330000;
        int i = (tmp >>> 19) & 15;
        int k = tmp >> 23;
        int iz = ix - (tmp & 0xff800000);
        double invc = LogfData.INVC[i], logc = LogfData.LOGC[i];
        double z = flt(iz);
        double[] a = LogfData.POLY;
        double r = Math.fma(invc, z, -1.0);
        double y0 = Math.fma(k, LogfData.LN2, logc);
        double r2 = r * r;
        double y = Math.fma(a[1], r, a[2]);
        y = Math.fma(a[0], r2, y);
        return (float) Math.fma(r2, y, r + y0);
    }

    public static float log2f(float x) {
        int ix = bits(x);
        if (ix == 0x3f800000) return 0;
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
            if (ix * 2 == 0) return divzerof(1);
            if (ix == 0x7f800000) return x;
            if (ix < 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) return invalidf(x);
            ix = bits(x * 0x1p23f);
            ix -= 23 << 23;
        }
        int tmp = ix - 0x3f330000;
        int i = (tmp >>> 19) & 15;
        int top = tmp & 0xff800000;
        int iz = ix - top;
        int k = tmp >> 23;
        double invc = Log2fData.INVC[i], logc = Log2fData.LOGC[i];
        double z = flt(iz);
        double[] a = Log2fData.POLY;
        double r = Math.fma(invc, z, -1.0);
        double y0 = k + logc;
        double r2 = r * r;
        double y = Math.fma(a[1], r, a[2]);
        y = Math.fma(a[0], r2, y);
        double p = Math.fma(a[3], r, y0);
        return (float) Math.fma(r2, y, p);
    }

    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double IVLN10 = 4.34294481903251816668e-01, LOG10_2HI = 3.01029995663611771306e-01,
            LOG10_2LO = 3.69423907715893078616e-13;

    public static double log10(double x) {
        // the wrapper: log10(0) = -inf, log10(x < 0) = NaN
        if (x <= 0.0) return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        long hx = bits(x);
        int k = 0;
        if (hx < 0x0010000000000000L) {
            if ((hx & 0x7fffffffffffffffL) == 0) return -TWO54 / Math.abs(x);
            if (hx < 0) return (x - x) / (x - x);
            k -= 54;
            x *= TWO54;
            hx = bits(x);
        }
        if (hx >= 0x7ff0000000000000L) return x + x;
        k += (int) ((hx >> 52) - 1023);
        int i = k >>> 31;
        hx = (hx & 0x000fffffffffffffL) | ((long) (0x3ff - i) << 52);
        double y = k + i;
        x = dbl(hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    private static final double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
    private static final double LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01,
            LP3 = 2.857142874366239149e-01, LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01,
            LP6 = 1.531383769920937332e-01, LP7 = 1.479819860511658591e-01;

    public static double log1p(double x) {
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        double f = 0, c = 0;
        if (hx < 0x3FDA827A) {
            // x < 0.41422
            if (ax >= 0x3ff00000) {
                // x <= -1.0
                if (x == -1.0) return Double.NEGATIVE_INFINITY;
                return (x - x) / (x - x);
            }
            if (ax < 0x3e200000) {
                // |x| < 2^-29
                if (ax < 0x3c900000) return x;
                return Math.fma(-(x * x), 0.5, x);
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {
                // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x * 2.0;
        }
        double hfsq;
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
            hfsq = (f * 0.5) * f;
            if (hu == 0) {
                // |f| < 2^-20
                double kd = k;
                if (f == 0.0) {
                    if (k == 0) return 0.0;
                    c = Math.fma(kd, LN2_LO, c);
                    return Math.fma(kd, LN2_HI, c);
                }
                double r = Math.fma(-f, 0.66666666666666666, 1.0) * hfsq;
                if (k == 0) return f - r;
                return Math.fma(kd, LN2_HI, -((r - Math.fma(kd, LN2_LO, c)) - f));
            }
        } else {
            hfsq = x * (x * 0.5);
        }
        double s = f / (f + 2.0);
        double z = s * s;
        double z2 = z * z;
        double r2 = Math.fma(z, LP3, LP2);
        double z4 = z2 * z2;
        double r3 = Math.fma(z, LP5, LP4);
        double z6 = z2 * z4;
        double r4 = Math.fma(z, LP7, LP6);
        double r = Math.fma(z6, r4, Math.fma(z4, r3, Math.fma(z, LP1, z2 * r2)));
        double sr = s * (r + hfsq);
        if (k == 0) return f - (hfsq - sr);
        double kd = k;
        return Math.fma(kd, LN2_HI, -(((hfsq - (Math.fma(kd, LN2_LO, c) + sr)) - f)));
    }

    public static float log10f(float x) {
        // the wrapper (math/w_log10f_compat.c): log10f(0) = -inf, log10f(x < 0) = NaN
        if (x <= 0.0f) return x == 0.0f ? Float.NEGATIVE_INFINITY : Float.NaN;
        int hx = bits(x);
        int k = 0;
        if (hx < 0x00800000) {
            if ((hx & 0x7fffffff) == 0) return -3.3554432000e+07f / Math.abs(x);
            if (hx < 0) return (x - x) / (x - x);
            k -= 25;
            x *= 3.3554432000e+07f;
            hx = bits(x);
        }
        if (hx >= 0x7f800000) return x + x;
        k += (hx >> 23) - 127;
        int i = k >>> 31;
        hx = (hx & 0x007fffff) | ((0x7f - i) << 23);
        float y = k + i;
        x = flt(hx);
        float z = y * 7.9034151668e-07f + 4.3429449201e-01f * logf(x);
        return z + y * 3.0102920532e-01f;
    }

    public static float log1pf(float x) {
        final float ln2Hi = 6.9313812256e-01f, ln2Lo = 9.0580006145e-06f;
        final float lp1 = 6.6666668653e-01f, lp2 = 4.0000000596e-01f, lp3 = 2.8571429849e-01f,
                lp4 = 2.2222198546e-01f, lp5 = 1.8183572590e-01f, lp6 = 1.5313838422e-01f, lp7 = 1.4798198640e-01f;
        int hx = bits(x);
        int ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        float f = 0, c = 0;
        if (hx < 0x3ed413d7) {
            // x < 0.41422
            if (ax >= 0x3f800000) {
                if (x == -1.0f) return Float.NEGATIVE_INFINITY;
                return (x - x) / (x - x);
            }
            if (ax < 0x31000000) {
                // |x| < 2^-29
                if (ax < 0x24800000) return x;
                return x - x * x * 0.5f;
            }
            if (hx > 0 || hx <= 0xbe95f61f) {
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7f800000) return x + x;
        if (k != 0) {
            float u;
            if (hx < 0x5a000000) {
                u = 1.0f + x;
                hu = bits(u);
                k = (hu >> 23) - 127;
                c = k > 0 ? 1.0f - (u - x) : x - (u - 1.0f);
                c /= u;
            } else {
                u = x;
                hu = bits(u);
                k = (hu >> 23) - 127;
                c = 0;
            }
            hu &= 0x007fffff;
            if (hu < 0x3504f7) {
                u = flt(hu | 0x3f800000);
            } else {
                k += 1;
                u = flt(hu | 0x3f000000);
                hu = (0x00800000 - hu) >> 2;
            }
            f = u - 1.0f;
        }
        float hfsq = 0.5f * f * f;
        if (hu == 0) {
            // |f| < 2^-20
            if (f == 0.0f) {
                if (k == 0) return 0.0f;
                c += k * ln2Lo;
                return k * ln2Hi + c;
            }
            float r = hfsq * (1.0f - 0.66666666666666666f * f);
            if (k == 0) return f - r;
            return k * ln2Hi - ((r - (k * ln2Lo + c)) - f);
        }
        float s = f / (2.0f + f);
        float z = s * s;
        float r = z * (lp1 + z * (lp2 + z * (lp3 + z * (lp4 + z * (lp5 + z * (lp6 + z * lp7))))));
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return k * ln2Hi - ((hfsq - (s * (hfsq + r) + (k * ln2Lo + c))) - f);
    }
}
