package rustmem.interp;

import rustmem.interp.libm.Asin;
import rustmem.interp.libm.Atan;
import rustmem.interp.libm.Cbrt;
import rustmem.interp.libm.Exp;
import rustmem.interp.libm.Hyperbolic;
import rustmem.interp.libm.Hypot;
import rustmem.interp.libm.Log;
import rustmem.interp.libm.Pow;
import rustmem.interp.libm.SinCos;
import rustmem.interp.libm.Tan;

/**
 * The C math library functions std's float methods call, by name, bit-exact with what a rustc binary computes on
 * x86_64 Linux: glibc 2.36's libm (the FMA variants its ifuncs select on CPUs with FMA), ported to Java in
 * {@code rustmem.interp.libm}; cbrt and powi as compiler-builtins computes them; asinh, acosh and atanh as Rust std
 * computes them. scripts/libm-agreement.sh measures the agreement (docs/libm.md).
 */
final class Libm {
    private Libm() {}

    /** an f64 method's libm function */
    static double call(String name, double a, double b) {
        return switch (name) {
            case "sin" -> SinCos.sin(a);
            case "cos" -> SinCos.cos(a);
            case "tan" -> Tan.tan(a);
            case "asin" -> Asin.asin(a);
            case "acos" -> Asin.acos(a);
            case "atan" -> Atan.atan(a);
            case "atan2" -> Atan.atan2(a, b);
            case "sinh" -> Hyperbolic.sinh(a);
            case "cosh" -> Hyperbolic.cosh(a);
            case "tanh" -> Hyperbolic.tanh(a);
            case "asinh" -> Hyperbolic.asinh(a);
            case "acosh" -> Hyperbolic.acosh(a);
            case "atanh" -> Hyperbolic.atanh(a);
            case "exp" -> Exp.exp(a);
            case "exp2" -> Exp.exp2(a);
            case "expm1" -> Exp.expm1(a);
            case "log", "ln" -> Log.log(a);
            case "log2" -> Log.log2(a);
            case "log10" -> Log.log10(a);
            case "log1p" -> Log.log1p(a);
            case "pow" -> Pow.pow(a, b);
            case "cbrt" -> Cbrt.cbrt(a);
            case "hypot" -> Hypot.hypot(a, b);
            case "sqrt" -> Math.sqrt(a);
            case "fmod" -> a % b;
            case "fdim" -> a > b ? a - b : 0;
            case "fmax" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
            case "fmin" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
            default -> throw new UnsupportedFeature("the libm function `" + name + "`", null);
        };
    }

    /**
     * an f32 method's libm function (sinf, expf ...: glibc computes them in float or double arithmetic of their
     * own, so they are not the f64 functions rounded to f32)
     */
    static float callF32(String name, float a, float b) {
        return switch (name) {
            case "sin" -> SinCos.sinf(a);
            case "cos" -> SinCos.cosf(a);
            case "tan" -> Tan.tanf(a);
            case "asin" -> Asin.asinf(a);
            case "acos" -> Asin.acosf(a);
            case "atan" -> Atan.atanf(a);
            case "atan2" -> Atan.atan2f(a, b);
            case "sinh" -> Hyperbolic.sinhf(a);
            case "cosh" -> Hyperbolic.coshf(a);
            case "tanh" -> Hyperbolic.tanhf(a);
            case "asinh" -> Hyperbolic.asinhf(a);
            case "acosh" -> Hyperbolic.acoshf(a);
            case "atanh" -> Hyperbolic.atanhf(a);
            case "exp" -> Exp.expf(a);
            case "exp2" -> Exp.exp2f(a);
            case "expm1" -> Exp.expm1f(a);
            case "log", "ln" -> Log.logf(a);
            case "log2" -> Log.log2f(a);
            case "log10" -> Log.log10f(a);
            case "log1p" -> Log.log1pf(a);
            case "pow" -> Pow.powf(a, b);
            case "cbrt" -> Cbrt.cbrtf(a);
            case "hypot" -> Hypot.hypotf(a, b);
            default -> (float) call(name, a, b); // sqrt, fmod, fdim, fmax, fmin: exact in double, then exact in f32
        };
    }

    /** f64::powi as compiler-builtins' __powidf2 (and LLVM's expansion for constant exponents) computes it. */
    static double powi(double x, int n) {
        boolean recip = n < 0;
        long pow = Math.abs((long) n);
        double mul = 1.0;
        while (true) {
            if ((pow & 1) != 0) mul *= x;
            pow >>>= 1;
            if (pow == 0) break;
            x *= x;
        }
        return recip ? 1.0 / mul : mul;
    }

    /** f32::powi as compiler-builtins' __powisf2 computes it (in f32). */
    static float powi(float x, int n) {
        boolean recip = n < 0;
        long pow = Math.abs((long) n);
        float mul = 1.0f;
        while (true) {
            if ((pow & 1) != 0) mul *= x;
            pow >>>= 1;
            if (pow == 0) break;
            x *= x;
        }
        return recip ? 1.0f / mul : mul;
    }
}
