package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/**
 * glibc 2.36's sinh, cosh (sysdeps/ieee754/dbl-64/e_sinh.c, e_cosh.c) and tanh (s_tanh.c), compiled without
 * FMA but calling the FMA variants of exp and expm1; sinhf, coshf and tanhf (flt-32/e_sinhf.c, e_coshf.c,
 * s_tanhf.c) likewise; and Rust std's asinh, acosh and atanh (f64 and f32), which std computes from ln_1p,
 * hypot, ln and sqrt.
 */
public final class Hyperbolic {
    private Hyperbolic() {}

    public static double sinh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            // |x| < 22
            if (ix < 0x3e300000) return x;
            double t = Exp.expm1(Math.abs(x));
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) return h * Exp.exp(Math.abs(x));
        int lx = lo(x);
        if (ix < 0x408633ce || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            double w = Exp.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    public static double cosh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) {
                if (ix < 0x3c800000) return 1.0;
                double t = Exp.expm1(Math.abs(x));
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Exp.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) return 0.5 * Exp.exp(Math.abs(x));
        long fix = bits(x) & 0x7fffffffffffffffL;
        if (fix <= 0x408633ce8fb9f87dL) {
            double w = Exp.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) return x * x;
        return Double.POSITIVE_INFINITY;
    }

    public static double tanh(double x) {
        int jx = hi(x), lx = lo(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        double z;
        if (ix < 0x40360000) {
            if ((ix | lx) == 0) return x;
            if (ix < 0x3c800000) return x * (1.0 + x);
            if (ix >= 0x3ff00000) {
                double t = Exp.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = Exp.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - 1.0e-300;
        }
        return jx >= 0 ? z : -z;
    }

    public static float sinhf(float x) {
        int jx = bits(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7f800000) return x + x;
        float h = jx < 0 ? -0.5f : 0.5f;
        if (ix < 0x41b00000) {
            // |x| < 22
            if (ix < 0x31800000) return x;
            float t = Exp.expm1f(Math.abs(x));
            if (ix < 0x3f800000) return h * (2.0f * t - t * t / (t + 1.0f));
            return h * (t + t / (t + 1.0f));
        }
        if (ix < 0x42b17180) return h * Exp.expf(Math.abs(x));
        if (ix <= 0x42b2d4fc) {
            float w = Exp.expf(0.5f * Math.abs(x));
            float t = h * w;
            return t * w;
        }
        return x * 1.0e37f;
    }

    public static float coshf(float x) {
        int ix = bits(x) & 0x7fffffff;
        if (ix < 0x41b00000) {
            if (ix < 0x3eb17218) {
                if (ix < 0x24000000) return 1.0f;
                float t = Exp.expm1f(Math.abs(x));
                float w = 1.0f + t;
                return 1.0f + (t * t) / (w + w);
            }
            float t = Exp.expf(Math.abs(x));
            return 0.5f * t + 0.5f / t;
        }
        if (ix < 0x42b17180) return 0.5f * Exp.expf(Math.abs(x));
        if (ix <= 0x42b2d4fc) {
            float w = Exp.expf(0.5f * Math.abs(x));
            float t = 0.5f * w;
            return t * w;
        }
        if (ix >= 0x7f800000) return x * x;
        return Float.POSITIVE_INFINITY;
    }

    public static float tanhf(float x) {
        int jx = bits(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7f800000) return jx >= 0 ? 1.0f / x + 1.0f : 1.0f / x - 1.0f;
        float z;
        if (ix < 0x41b00000) {
            if (ix == 0) return x;
            if (ix < 0x24000000) return x * (1.0f + x);
            if (ix >= 0x3f800000) {
                float t = Exp.expm1f(2.0f * Math.abs(x));
                z = 1.0f - 2.0f / (t + 2.0f);
            } else {
                float t = Exp.expm1f(-2.0f * Math.abs(x));
                z = -t / (t + 2.0f);
            }
        } else {
            z = 1.0f - 1.0e-30f;
        }
        return jx >= 0 ? z : -z;
    }

    // Rust std (library/std/src/num/f64.rs, f32.rs)

    public static double asinh(double x) {
        double ax = Math.abs(x);
        double ix = 1.0 / ax;
        return Math.copySign(Log.log1p(ax + (ax / (Hypot.hypot(1.0, ix) + ix))), x);
    }

    public static double acosh(double x) {
        if (x < 1.0) return Double.NaN;
        return Log.log(x + (Math.sqrt(x - 1.0) * Math.sqrt(x + 1.0)));
    }

    public static double atanh(double x) {
        return 0.5 * Log.log1p((2.0 * x) / (1.0 - x));
    }

    public static float asinhf(float x) {
        float ax = Math.abs(x);
        float ix = 1.0f / ax;
        return Math.copySign(Log.log1pf(ax + (ax / (Hypot.hypotf(1.0f, ix) + ix))), x);
    }

    public static float acoshf(float x) {
        if (x < 1.0f) return Float.NaN;
        return Log.logf(x + ((float) Math.sqrt(x - 1.0f) * (float) Math.sqrt(x + 1.0f)));
    }

    public static float atanhf(float x) {
        return 0.5f * Log.log1pf((2.0f * x) / (1.0f - x));
    }
}
