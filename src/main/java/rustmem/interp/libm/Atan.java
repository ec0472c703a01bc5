package rustmem.interp.libm;

import static rustmem.interp.libm.Fp.*;

/**
 * glibc 2.36's atan (sysdeps/ieee754/dbl-64/s_atan.c) and atan2 (e_atan2.c): x86_64's FMA variants; atanf and
 * atan2f (flt-32/s_atanf.c, e_atan2f.c): no FMA variants.
 */
public final class Atan {
    private Atan() {}

    // atnat.h, atnat2.h
    private static final double D3 = words(0xbfd55555, 0x55555555), D5 = words(0x3fc99999, 0x999997fd),
            D7 = words(0xbfc24924, 0x923f7603), D9 = words(0x3fbc71c6, 0xe5129a3b), D11 = words(0xbfb74580, 0x22b13c25),
            D13 = words(0x3fb375f0, 0x8b31cbce);
    private static final double A = words(0x3e4bb67a, 0), B = 0x1p-4, C = 1.0, D = 16.0, E = words(0x43349ff2, 0);
    private static final double HPI = words(0x3ff921fb, 0x54442d18), MHPI = -HPI, HPI1 = words(0x3c91a626, 0x33145c07);
    private static final double OPI = words(0x400921fb, 0x54442d18), MOPI = -OPI, OPI1 = words(0x3ca1a626, 0x33145c07);
    private static final double QPI = words(0x3fe921fb, 0x54442d18), TQPI = words(0x4002d97c, 0x7f3321d2);
    private static final double INV16 = 0x1p-4, TWO500 = 0x1p500, TWOM500 = 0x1p-500;
    private static final double TWO52 = 0x1p52;
    private static final double[] CIJ = AtanData.CIJ;

    /** d3 + v*(d5 + ... + v*d13) */
    private static double poly(double v) {
        double yy = Math.fma(v, D13, D11);
        yy = Math.fma(v, yy, D9);
        yy = Math.fma(v, yy, D7);
        yy = Math.fma(v, yy, D5);
        return Math.fma(v, yy, D3);
    }

    /** cij[i][2] + z*(cij[i][3] + ... + z*cij[i][6]), i*7 = k */
    private static double cpoly(int k, double z) {
        double yy = Math.fma(CIJ[k + 6], z, CIJ[k + 5]);
        yy = Math.fma(z, yy, CIJ[k + 4]);
        yy = Math.fma(z, yy, CIJ[k + 3]);
        return Math.fma(z, yy, CIJ[k + 2]);
    }

    /** the cij row (times 7) for u in [1/16, 1) */
    private static int row(double u) {
        int i = (int) (Math.fma(u, 256, TWO52) - TWO52);
        return (i - 16) * 7;
    }

    public static double atan(double x) {
        int ux = hi(x), dx = lo(x);
        if ((ux & 0x7ff00000) == 0x7ff00000 && ((ux & 0x000fffff) | dx) != 0) return x * 2.0;
        double u = x < 0 ? -x : x;
        if (u < C) {
            if (u < B) {
                if (u < A) return x;
                double v = x * x;
                return Math.fma(x * v, poly(v), x);
            }
            int k = row(u);
            double z = u - CIJ[k];
            return Math.copySign(Math.fma(z, cpoly(k, z), CIJ[k + 1]), x);
        }
        if (u < D) {
            double w = 1 / u;
            double t1 = u * w;
            double t2 = Math.fma(u, w, -t1);
            int k = row(w);
            double z = Math.fma((1.0 - t1) - t2, w, w - CIJ[k]);
            double yy = Math.fma(-z, cpoly(k, z), HPI1);
            return Math.copySign(yy + (HPI - CIJ[k + 1]), x);
        }
        if (u < E) {
            double w = 1 / u;
            double v = w * w;
            double t1 = u * w;
            double t2 = Math.fma(u, w, -t1);
            double yy = (w * v) * poly(v);
            double ww = ((1.0 - t1) - t2) * w;
            // ESUB (HPI, w, t3, cor)
            double t3 = HPI - w;
            double cor = Math.abs(w) < HPI ? (HPI - t3) - w : HPI - (w + t3);
            yy = ((cor + HPI1) - ww) - yy;
            return Math.copySign(t3 + yy, x);
        }
        return x > 0 ? HPI : MHPI;
    }

    public static double atan2(double y, double x) {
        int ux = hi(x), dx = lo(x), uy = hi(y), dy = lo(y);
        if ((ux & 0x7ff00000) == 0x7ff00000 && ((ux & 0x000fffff) | dx) != 0) return add(x, y);
        if ((uy & 0x7ff00000) == 0x7ff00000 && ((uy & 0x000fffff) | dy) != 0) return y * 2.0;
        // y = +-0
        if (uy == 0x00000000) {
            if (dy == 0) return (ux & 0x80000000) == 0 ? 0 : OPI;
        } else if (uy == 0x80000000) {
            if (dy == 0) return (ux & 0x80000000) == 0 ? -0.0 : MOPI;
        }
        // x = +-0
        if (x == 0) return (uy & 0x80000000) == 0 ? HPI : MHPI;
        // x = +-INF
        if (ux == 0x7ff00000) {
            if (dx == 0) {
                if (uy == 0x7ff00000) {
                    if (dy == 0) return QPI;
                } else if (uy == 0xfff00000) {
                    if (dy == 0) return -QPI;
                } else {
                    return (uy & 0x80000000) == 0 ? 0 : -0.0;
                }
            }
        } else if (ux == 0xfff00000) {
            if (dx == 0) {
                if (uy == 0x7ff00000) {
                    if (dy == 0) return TQPI;
                } else if (uy == 0xfff00000) {
                    if (dy == 0) return -TQPI;
                } else {
                    return (uy & 0x80000000) == 0 ? OPI : MOPI;
                }
            }
        }
        // y = +-INF
        if (uy == 0x7ff00000) {
            if (dy == 0) return HPI;
        } else if (uy == 0xfff00000) {
            if (dy == 0) return MHPI;
        }
        double ax = x < 0 ? -x : x;
        double ay = y < 0 ? -y : y;
        int de = (uy & 0x7ff00000) - (ux & 0x7ff00000);
        if (de >= 59768832) return y > 0 ? HPI : MHPI;
        if (de <= -59768832) {
            if (x > 0) return Math.copySign(ay / ax, y);
            return y > 0 ? OPI : MOPI;
        }
        if (ax < TWOM500 || ay < TWOM500) {
            ax *= TWO500;
            ay *= TWO500;
        }
        if (ax > TWO500 || ay > TWO500) {
            ax *= TWOM500;
            ay *= TWOM500;
        }
        double u, du;
        if (ay < ax) {
            u = ay / ax;
            double v = ax * u;
            double vv = Math.fma(ax, u, -v);
            du = ((ay - v) - vv) / ax;
        } else {
            u = ax / ay;
            double v = ay * u;
            double vv = Math.fma(ay, u, -v);
            du = ((ax - v) - vv) / ay;
        }
        if (x > 0) {
            // (i) x > 0, |y| < |x|: atan(ay/ax)
            if (ay < ax) {
                if (u < INV16) {
                    double v = u * u;
                    double zz = Math.fma(u * v, poly(v), du);
                    return Math.copySign(u + zz, y);
                }
                int k = row(u);
                double t3 = u - CIJ[k];
                // EADD (t3, du, v, dv)
                double v = du + t3;
                double dv = Math.abs(t3) > Math.abs(du) ? (t3 - v) + du : (du - v) + t3;
                double t1 = CIJ[k + 1], t2 = CIJ[k + 2];
                double p = Math.fma(Math.fma(Math.fma(CIJ[k + 6], v, CIJ[k + 5]), v, CIJ[k + 4]), v, CIJ[k + 3]);
                double zz = Math.fma(v, t2, Math.fma(dv, t2, (v * v) * p));
                return Math.copySign(t1 + zz, y);
            }
            // (ii) x > 0, |x| <= |y|: pi/2 - atan(ax/ay)
            if (u < INV16) {
                double v = u * u;
                double zz = (u * v) * poly(v);
                double t2 = HPI - u;
                double cor = Math.abs(u) < HPI ? (HPI - t2) - u : HPI - (u + t2);
                double t3 = ((cor + HPI1) - du) - zz;
                return Math.copySign(t2 + t3, y);
            }
            int k = row(u);
            double v = (u - CIJ[k]) + du;
            double zz = Math.fma(-cpoly(k, v), v, HPI1);
            return Math.copySign(zz + (HPI - CIJ[k + 1]), y);
        }
        // (iii) x < 0, |x| < |y|: pi/2 + atan(ax/ay)
        if (ax < ay) {
            if (u < INV16) {
                double v = u * u;
                double zz = (v * u) * poly(v);
                double t2 = u + HPI;
                double cor = Math.abs(u) < HPI ? (HPI - t2) + u : (u - t2) + HPI;
                double t3 = ((cor + HPI1) + du) + zz;
                return Math.copySign(t2 + t3, y);
            }
            int k = row(u);
            double v = (u - CIJ[k]) + du;
            double zz = Math.fma(cpoly(k, v), v, HPI1);
            return Math.copySign(zz + (CIJ[k + 1] + HPI), y);
        }
        // (iv) x < 0, |y| <= |x|: pi - atan(ax/ay)
        if (u < INV16) {
            double v = u * u;
            double zz = (v * u) * poly(v);
            double t2 = OPI - u;
            double cor = Math.abs(u) < OPI ? (OPI - t2) - u : OPI - (t2 + u);
            double t3 = ((cor + OPI1) - du) - zz;
            return Math.copySign(t2 + t3, y);
        }
        int k = row(u);
        double v = (u - CIJ[k]) + du;
        double zz = Math.fma(-cpoly(k, v), v, OPI1);
        return Math.copySign(zz + (OPI - CIJ[k + 1]), y);
    }

    private static final float[] ATANHI = {4.6364760399e-01f, 7.8539812565e-01f, 9.8279368877e-01f, 1.5707962513e+00f};
    private static final float[] ATANLO = {5.0121582440e-09f, 3.7748947079e-08f, 3.4473217170e-08f, 7.5497894159e-08f};
    private static final float[] AT = {
        3.3333334327e-01f, -2.0000000298e-01f, 1.4285714924e-01f, -1.1111110449e-01f, 9.0908870101e-02f,
        -7.6918758452e-02f, 6.6610731184e-02f, -5.8335702866e-02f, 4.9768779427e-02f, -3.6531571299e-02f,
        1.6285819933e-02f,
    };

    public static float atanf(float x) {
        int hx = bits(x);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x4c000000) {
            // |x| >= 2^25
            if (ix > 0x7f800000) return x + x;
            return hx > 0 ? ATANHI[3] + ATANLO[3] : -ATANHI[3] - ATANLO[3];
        }
        if (ix < 0x3ee00000) {
            // |x| < 0.4375
            if (ix < 0x31000000) return x;
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3f980000) {
                if (ix < 0x3f300000) {
                    id = 0;
                    x = (2.0f * x - 1.0f) / (2.0f + x);
                } else {
                    id = 1;
                    x = (x - 1.0f) / (x + 1.0f);
                }
            } else if (ix < 0x401c0000) {
                id = 2;
                x = (x - 1.5f) / (1.0f + 1.5f * x);
            } else {
                id = 3;
                x = -1.0f / x;
            }
        }
        float z = x * x;
        float w = z * z;
        float s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        float s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) return x - x * (s1 + s2);
        z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
        return hx < 0 ? -z : z;
    }

    public static float atan2f(float y, float x) {
        final float tiny = 1.0e-30f, piO4 = 7.8539818525e-01f, piO2 = 1.5707963705e+00f, pi = 3.1415927410e+00f,
                piLo = -8.7422776573e-08f;
        int hx = bits(x), hy = bits(y);
        int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;
        if (ix > 0x7f800000 || iy > 0x7f800000) return add(x, y);
        if (hx == 0x3f800000) return atanf(y);
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if (iy == 0) {
            switch (m) {
                case 0, 1: return y;
                case 2: return pi + tiny;
                default: return -pi - tiny;
            }
        }
        if (ix == 0) return hy < 0 ? -piO2 - tiny : piO2 + tiny;
        if (ix == 0x7f800000) {
            if (iy == 0x7f800000) {
                switch (m) {
                    case 0: return piO4 + tiny;
                    case 1: return -piO4 - tiny;
                    case 2: return 3.0f * piO4 + tiny;
                    default: return -3.0f * piO4 - tiny;
                }
            }
            switch (m) {
                case 0: return 0.0f;
                case 1: return -0.0f;
                case 2: return pi + tiny;
                default: return -pi - tiny;
            }
        }
        if (iy == 0x7f800000) return hy < 0 ? -piO2 - tiny : piO2 + tiny;
        int k = (iy - ix) >> 23;
        float z;
        if (k > 60) z = piO2 + 0.5f * piLo;
        else if (hx < 0 && k < -60) z = 0.0f;
        else z = atanf(Math.abs(y / x));
        switch (m) {
            case 0: return z;
            case 1: return flt(bits(z) ^ 0x80000000);
            case 2: return pi - (z - piLo);
            default: return (z - piLo) - pi;
        }
    }
}
