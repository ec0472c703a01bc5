package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/** glibc 2.36's hypot (sysdeps/ieee754/dbl-64/e_hypot.c) and hypotf (flt-32/e_hypotf.c): no FMA variants. */
public final class Hypot {
    private Hypot() {}

    private static final double SCALE = 0x1p-600, LARGE_VAL = 0x1p+511, TINY_VAL = 0x1p-459, EPS = 0x1p-54;

    /** sqrt(ax^2 + ay^2) for ax >= ay >= 0 whose squares neither overflow nor underflow, with Borges' correction */
    private static double kernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1, t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        h -= (t1 + t2) / (2.0 * h);
        return h;
    }

    public static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if ((Double.isInfinite(x) || Double.isInfinite(y)) && !Pow.issignaling(x) && !Pow.issignaling(y)) {
                return Double.POSITIVE_INFINITY;
            }
            return add(x, y);
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = x < y ? y : x;
        double ay = x < y ? x : y;
        if (ax > LARGE_VAL) {
            if (ay <= ax * EPS) return ax + ay;
            return kernel(ax * SCALE, ay * SCALE) / SCALE;
        }
        if (ay < TINY_VAL) {
            if (ax >= ay / EPS) return ax + ay;
            return kernel(ax / SCALE, ay / SCALE) * SCALE;
        }
        if (ay <= ax * EPS) return ax + ay;
        return kernel(ax, ay);
    }

    public static float hypotf(float x, float y) {
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            if ((Float.isInfinite(x) || Float.isInfinite(y)) && !Pow.issignalingf(x) && !Pow.issignalingf(y)) {
                return Float.POSITIVE_INFINITY;
            }
            return add(x, y);
        }
        return (float) Math.sqrt((double) x * (double) x + (double) y * (double) y);
    }
}
