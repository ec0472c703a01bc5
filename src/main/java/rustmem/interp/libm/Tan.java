package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/**
 * glibc 2.36's tan (sysdeps/ieee754/dbl-64/s_tan.c, x86_64's FMA variant) and tanf (flt-32/s_tanf.c and
 * k_tanf.c with s_sincosf.h's range reduction, no FMA variant).
 */
public final class Tan {
    private Tan() {}

    // utan.h
    private static final double D3 = words(0x3FD55555, 0x55555555), D5 = words(0x3FC11111, 0x111107C6),
            D7 = words(0x3FABA1BA, 0x1CDB8745), D9 = words(0x3F9664ED, 0x49CFC666), D11 = words(0x3F82385A, 0x3CF2E4EA);
    private static final double E0 = words(0x3FD55555, 0x55554DBD), E1 = words(0x3FC11112, 0xE0A6B45F);
    private static final double MFFTNHF = -15.5;
    private static final double G1 = words(0x3e4b096c, 0), G2 = words(0x3faf212d, 0), G3 = words(0x3fe92f1a, 0),
            G4 = 25.0, G5 = words(0x4197d784, 0), GY2 = G2;
    private static final double MP1 = words(0x3FF921FB, 0x58000000), MP2 = words(0xBE4DDE97, 0x3C000000),
            MP3 = words(0xBC8CB3B3, 0x99D747F2), PP3 = words(0xBC8CB3B3, 0x98000000), PP4 = words(0xbacd747f, 0x23e32ed7);
    private static final double HPINV = words(0x3FE45F30, 0x6DC9C883), TOINT = 0x1.8p52;
    private static final double[] XFG = TanData.XFG;

    /** the odd polynomial for |x| <= 0.0608: d3 + x2*(d5 + ...) */
    private static double poly(double x2) {
        double t2 = Math.fma(x2, D11, D9);
        t2 = Math.fma(x2, t2, D7);
        t2 = Math.fma(x2, t2, D5);
        return Math.fma(x2, t2, D3);
    }

    public static double tan(double x) {
        int ux = hi(x);
        if ((ux & 0x7ff00000) == 0x7ff00000) return x - x;
        double w = x < 0.0 ? -x : x;
        // (I) |x| <= 1.259e-8
        if (w <= G1) return x;
        // (II) |x| <= 0.0608
        if (w <= G2) {
            double x2 = x * x;
            return Math.fma(x * x2, poly(x2), x);
        }
        // (III) |x| <= 0.787
        if (w <= G3) {
            int i = (int) Math.fma(w, 256, MFFTNHF);
            double z = w - XFG[4 * i];
            double z2 = z * z;
            double s = x < 0.0 ? -1 : 1;
            double pz = Math.fma(z * z2, Math.fma(z2, E1, E0), z);
            double fi = XFG[4 * i + 1], gi = XFG[4 * i + 2];
            double t2 = ((fi + gi) * pz) / (gi - pz);
            return s * (fi + t2);
        }
        double a, da;
        int n;
        if (w <= G4) {
            // range reduction by algorithm i
            double t = Math.fma(x, HPINV, TOINT);
            double xn = t - TOINT;
            double t1 = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
            n = lo(t) & 1;
            a = Math.fma(-xn, MP3, t1);
            da = Math.fma(-xn, MP3, t1 - a);
        } else {
            if (w <= G5) {
                // range reduction by algorithm ii
                double t = Math.fma(x, HPINV, TOINT);
                double xn = t - TOINT;
                double t1 = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
                n = lo(t) & 1;
                t = Math.fma(-xn, PP3, t1);
                da = Math.fma(-xn, PP3, t1 - t);
                a = Math.fma(-xn, PP4, t);
                da = da + Math.fma(-xn, PP4, t - a);
            } else {
                // range reduction by algorithm iii
                double[] r = new double[2];
                n = Branred.branred(x, r) & 1;
                a = r[0];
                da = r[1];
            }
            // EADD (a, da, t1, t2)
            double t1 = a + da;
            double t2 = Math.abs(a) > Math.abs(da) ? (a - t1) + da : (da - t1) + a;
            a = t1;
            da = t2;
        }
        double ya, yya, sy;
        if (a < 0.0) {
            ya = -a;
            yya = -da;
            sy = -1;
        } else {
            ya = a;
            yya = da;
            sy = 1;
        }
        // 0 < |y| <= 0.0608
        if (ya <= GY2) {
            double a2 = a * a;
            double t2 = Math.fma(a * a2, poly(a2), da);
            double b = a + t2;
            if (n == 0) return b; // tan
            // -cot: EADD (a, t2, b, db); DIV2 (1.0, 0.0, b, db, c, dc, ...)
            double db = Math.abs(a) > Math.abs(t2) ? (a - b) + t2 : (t2 - b) + a;
            double c = 1.0 / b;
            double u = c * b;
            double uu = Math.fma(c, b, -u);
            double cc = Math.fma(-db, c, ((1.0 - u) - uu) + 0.0) / b;
            double z = c + cc;
            double zz = (c - z) + cc;
            return -(z + zz);
        }
        // 0.0608 < |y| <= 0.787
        int i = (int) Math.fma(ya, 256, MFFTNHF);
        double z0 = ya - XFG[4 * i];
        double z = yya + z0;
        double z2 = z * z;
        double pz = Math.fma(z * z2, Math.fma(z2, E1, E0), z);
        double fi = XFG[4 * i + 1], gi = XFG[4 * i + 2];
        double p = pz * (fi + gi);
        if (n != 0) return -sy * (gi - p / (pz + fi)); // -cot
        return sy * (fi + p / (gi - pz));
    }

    private static final float[] T = {
        3.3333334327e-01f, 1.3333334029e-01f, 5.3968254477e-02f, 2.1869488060e-02f, 8.8632395491e-03f,
        3.5920790397e-03f, 1.4562094584e-03f, 5.8804126456e-04f, 2.4646313977e-04f, 7.8179444245e-05f,
        7.1407252108e-05f, -1.8558637748e-05f, 2.5907305826e-05f,
    };
    private static final float PIO4 = 7.8539812565e-01f, PIO4LO = 3.7748947079e-08f;

    public static float tanf(float x) {
        int ix = bits(x) & 0x7fffffff;
        if (ix <= 0x3f490fda) return kernelTanf(x, 0.0f, 1);
        if (ix >= 0x7f800000) return x - x;
        // rem_pio2f
        double dx = x;
        int n;
        int[] np = new int[1];
        if (((ix >>> 20) & 0x7ff) < 0x42f) {
            // s_sincosf.h's reduce_fast, without FMA
            double r = dx * SincosfData.HPI_INV0;
            n = ((int) r + 0x800000) >> 24;
            dx = dx - n * SincosfData.HPI0;
        } else {
            dx = SinCos.reduceLarge(bits(x), np);
            n = np[0];
            if (bits(x) < 0) dx = -dx;
        }
        float y0 = (float) dx;
        float y1 = (float) (dx - y0);
        return kernelTanf(y0, y1, 1 - ((n & 1) << 1));
    }

    /** tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1) for |x + y| <~ pi/4 */
    private static float kernelTanf(float x, float y, int iy) {
        int hx = bits(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x39000000) {
            // |x| < 2^-13
            if ((int) x == 0) {
                if ((ix | (iy + 1)) == 0) return 1.0f / Math.abs(x);
                else if (iy == 1) return x;
                else return -1.0f / x;
            }
        }
        if (ix >= 0x3f2ca140) {
            // |x| >= 0.6744
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            float z = PIO4 - x;
            float w = PIO4LO - y;
            x = z + w;
            y = 0.0f;
            if (Math.abs(x) < 0x1p-13f) return (1 - ((hx >> 30) & 2)) * iy * (1.0f - 2 * iy * x);
        }
        float z = x * x;
        float w = z * z;
        float r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        float v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        float s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (ix >= 0x3f2ca140) {
            v = (float) iy;
            return (float) (1 - ((hx >> 30) & 2)) * (v - 2.0f * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) return w;
        // -1/(x + r), accurately
        z = flt(bits(w) & 0xfffff000);
        v = r - (z - x);
        float a = -1.0f / w;
        float t = flt(bits(a) & 0xfffff000);
        s = 1.0f + t * z;
        return t + a * (s + t * v);
    }
}
