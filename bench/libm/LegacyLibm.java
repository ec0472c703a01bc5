package rustmem.interp;

/** The StrictMath-based Libm as it was before the glibc ports (kept for scripts/libm-agreement.sh's "before" column). The C math library functions std's float methods call (glibc's libm), by name. */
final class LegacyLibm {
    private LegacyLibm() {}

    static double call(String name, double a, double b) {
        return switch (name) {
            case "sin" -> StrictMath.sin(a);
            case "cos" -> StrictMath.cos(a);
            case "tan" -> StrictMath.tan(a);
            case "asin" -> StrictMath.asin(a);
            case "acos" -> StrictMath.acos(a);
            case "atan" -> StrictMath.atan(a);
            case "atan2" -> StrictMath.atan2(a, b);
            case "sinh" -> StrictMath.sinh(a);
            case "cosh" -> StrictMath.cosh(a);
            case "tanh" -> StrictMath.tanh(a);
            case "asinh" -> a == Double.NEGATIVE_INFINITY ? a : Math.log(a + Math.sqrt(a * a + 1));
            case "acosh" -> Math.log(a + Math.sqrt(a * a - 1));
            case "atanh" -> 0.5 * Math.log1p(2 * a / (1 - a));
            case "exp" -> StrictMath.exp(a);
            case "exp2" -> StrictMath.pow(2, a);
            case "expm1" -> StrictMath.expm1(a);
            case "log", "ln" -> StrictMath.log(a);
            case "log2" -> log2(a);
            case "log10" -> StrictMath.log10(a);
            case "log1p" -> StrictMath.log1p(a);
            case "pow" -> StrictMath.pow(a, b);
            case "cbrt" -> StrictMath.cbrt(a);
            case "hypot" -> StrictMath.hypot(a, b);
            case "fmod" -> a % b;
            case "fdim" -> a > b ? a - b : 0;
            case "fmax" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
            case "fmin" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
            default -> throw new UnsupportedFeature("the libm function `" + name + "`", null);
        };
    }

    /** log2, exact for powers of two as glibc's is. */
    private static double log2(double a) {
        if (a > 0 && Double.isFinite(a) && (Double.doubleToRawLongBits(a) & 0x000F_FFFF_FFFF_FFFFL) == 0) {
            return Math.getExponent(a);
        }
        return StrictMath.log(a) / StrictMath.log(2);
    }
}
