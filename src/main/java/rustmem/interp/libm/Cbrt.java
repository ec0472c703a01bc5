package rustmem.interp.libm;

import java.math.BigDecimal;

/**
 * cbrt and cbrtf as Rust binaries compute them: not glibc's but compiler-builtins' (its libm crate's), which
 * rustc links statically. Its cbrt is CORE-MATH's correctly rounded one, so any correctly rounded cbrt agrees
 * (here: fdlibm's, off by less than 1 ulp, then corrected with exact arithmetic); its cbrtf is musl's.
 */
public final class Cbrt {
    private Cbrt() {}

    public static double cbrt(double x) {
        if (!Double.isFinite(x) || x == 0) return x + x;
        double ax = Math.abs(x);
        double y = StrictMath.cbrt(ax); // |error| < 0.667 ulp: the correctly rounded result is y or a neighbour
        if (ax >= 0x1p-900 && ax <= 0x1p900) {
            // one Newton step in double-double: cbrt(ax) = y - delta, delta = (y^3 - ax) / (3 y^2), nearly
            // exactly; fl(y - delta) is the correctly rounded result unless y - delta is near a midpoint
            double y2 = y * y, e2 = Math.fma(y, y, -y2);
            double y3 = y2 * y, e3 = Math.fma(y2, y, -y3);
            double d = (y3 - ax) + Math.fma(e2, y, e3);
            double delta = d / (3 * y2);
            double r = y - delta;
            double half = Math.ulp(r) / 2, off = Math.abs((y - r) - delta);
            if (Math.abs(off - half) > half * 0x1p-20 && off < half) return Math.copySign(r, x);
        }
        BigDecimal a = new BigDecimal(ax);
        double up = Math.nextUp(y);
        if (cube(y, up).compareTo(a) < 0) {
            y = up;
        } else {
            double down = Math.nextDown(y);
            if (cube(down, y).compareTo(a) > 0) y = down;
        }
        return Math.copySign(y, x);
    }

    /** ((lo + hi) / 2)^3, exactly */
    private static BigDecimal cube(double lo, double hi) {
        BigDecimal m = new BigDecimal(lo).add(new BigDecimal(hi)).multiply(BigDecimal.valueOf(5, 1));
        return m.multiply(m).multiply(m);
    }

    private static final int B1 = 709958130, B2 = 642849266;

    /** musl's cbrtf (compiler-builtins' libm/src/math/cbrtf.rs) */
    public static float cbrtf(float x) {
        int ui = Float.floatToRawIntBits(x);
        int hx = ui & 0x7fffffff;
        if (hx >= 0x7f800000) return x + x;
        if (hx < 0x00800000) {
            // zero or subnormal
            if (hx == 0) return x;
            ui = Float.floatToRawIntBits(x * 0x1p24f);
            hx = ui & 0x7fffffff;
            hx = Integer.divideUnsigned(hx, 3) + B2;
        } else {
            hx = Integer.divideUnsigned(hx, 3) + B1;
        }
        ui &= 0x80000000;
        ui |= hx;
        double xd = x;
        // Newton iterations (solving t*t - x/t == 0) to 16, then 47 bits
        double t = Float.intBitsToFloat(ui);
        double r = t * t * t;
        t = t * (xd + xd + r) / (xd + r + r);
        r = t * t * t;
        t = t * (xd + xd + r) / (xd + r + r);
        return (float) t;
    }
}
