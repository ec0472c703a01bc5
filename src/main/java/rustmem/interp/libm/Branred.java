package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/** glibc 2.36's __branred (sysdeps/ieee754/dbl-64/branred.c, compiled without FMA): reduction of a large x by pi/2. */
final class Branred {
    private Branred() {}

    private static final double T576 = 0x1p576, TM600 = 0x1p-600, TM24 = 0x1p-24;
    private static final double BIG = 0x1.8p52, BIG1 = 0x1.8p54;
    private static final double HP0 = 0x1.921FB54442D18p0, HP1 = 0x1.1A62633145C07p-54;
    private static final double MP1 = 0x1.921FB58000000p0, MP2 = -0x1.DDE9740000000p-27;
    private static final double SPLIT = 134217729.0; // 2^27 + 1
    private static final double[] TOVERP = SinCosData.TOVERP;

    /** x = n*pi/2 + (a[0] + a[1]) with |a[0] + a[1]| < pi/4; returns n mod 4 */
    static int branred(double x, double[] a) {
        x *= TM600;
        double t = x * SPLIT;
        double x1 = t - (t - x);
        double x2 = x - x1;
        double[] part1 = new double[3], part2 = new double[3];
        piece(x1, part1);
        piece(x2, part2);
        double b1 = part1[0], bb1 = part1[1], sum1 = part1[2];
        double b2 = part2[0], bb2 = part2[1], sum2 = part2[2];
        double sum = sum1 + sum2;
        double b = b1 + b2;
        double bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
        if (b > 0.5) {
            b -= 1.0;
            sum += 1.0;
        } else if (b < -0.5) {
            b += 1.0;
            sum -= 1.0;
        }
        double s = b + (bb + bb1 + bb2);
        t = ((b - s) + bb) + (bb1 + bb2);
        b = s * SPLIT;
        double t1 = b - (b - s);
        double t2 = s - t1;
        b = s * HP0;
        bb = (((t1 * MP1 - b) + t1 * MP2) + t2 * MP1) + (t2 * MP2 + s * HP1 + t * HP0);
        s = b + bb;
        t = (b - s) + bb;
        a[0] = s;
        a[1] = t;
        return ((int) sum) & 3;
    }

    /** one half of branred: xi * 2/pi as b + bb (out[0], out[1]) plus a multiple of 4 ... (out[2]) */
    private static void piece(double xi, double[] out) {
        double[] r = new double[6];
        double sum = 0;
        int k = (hi(xi) >>> 20) & 2047;
        k = (k - 450) / 24;
        if (k < 0) k = 0;
        double gor = withHi(T576, hi(T576) - ((k * 24) << 20));
        for (int i = 0; i < 6; i++) {
            r[i] = xi * TOVERP[k + i] * gor;
            gor *= TM24;
        }
        double s;
        for (int i = 0; i < 3; i++) {
            s = (r[i] + BIG) - BIG;
            sum += s;
            r[i] -= s;
        }
        double t = 0;
        for (int i = 0; i < 6; i++) t += r[5 - i];
        double bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
        s = (t + BIG) - BIG;
        sum += s;
        t -= s;
        double b = t + bb;
        bb = (t - b) + bb;
        s = (sum + BIG1) - BIG1;
        sum -= s;
        out[0] = b;
        out[1] = bb;
        out[2] = sum;
    }
}
