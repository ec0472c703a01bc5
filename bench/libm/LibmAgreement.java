package rustmem.interp;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement harness of scripts/libm-agreement.sh: reads the lines bench/libm/gen.rs printed (inputs and the
 * results of glibc's libm as a rustc -O binary computes them), recomputes every result with rustmem's Libm
 * (after) and with the StrictMath-based LegacyLibm (before), and prints a markdown table of the rates of
 * bit-exact agreement per function and type, then a few mismatching inputs per function.
 * Usage: java -cp CLASSES rustmem.interp.LibmAgreement OUT.txt [EXAMPLES]
 */
public final class LibmAgreement {
    private LibmAgreement() {}

    /** the name std's method passes to the libm intrinsic (see src/main/resources/std/num/float.rs) */
    private static String cName(String method) {
        return switch (method) {
            case "ln" -> "log";
            case "exp_m1" -> "expm1";
            case "ln_1p" -> "log1p";
            case "powf" -> "pow";
            default -> method;
        };
    }

    private static final class Row {
        long n, before, after;
        final List<String> examples = new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        int maxExamples = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, Row> rows = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new FileReader(args[0]), 1 << 20)) {
            String line, fn = null, type = null;
            Row row = null;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    String[] h = line.split(" ");
                    fn = h[1];
                    type = h[2];
                    row = rows.computeIfAbsent(fn + " " + type, k -> new Row());
                    continue;
                }
                String[] f = line.split(" ");
                row.n++;
                boolean f32 = type.equals("f32");
                String name = cName(fn);
                long want = Long.parseUnsignedLong(f[2], 16);
                long before, after;
                String shown;
                if (f32) {
                    float a = Float.intBitsToFloat(Integer.parseUnsignedInt(f[0], 16));
                    int bBits = Integer.parseUnsignedInt(f[1], 16);
                    float b = Float.intBitsToFloat(bBits);
                    if (fn.equals("powi")) {
                        before = bits((float) Math.pow(a, bBits));
                        after = bits(Libm.powi(a, bBits));
                        shown = a + ".powi(" + bBits + ")";
                    } else if (fn.equals("sqrt")) {
                        before = after = bits((float) Math.sqrt(a));
                        shown = a + ".sqrt()";
                    } else {
                        before = bits((float) LegacyLibm.call(name, a, b));
                        after = bits(Libm.callF32(name, a, b));
                        shown = isBinary(fn) ? a + "_f32." + fn + "(" + b + ")" : a + "_f32." + fn + "()";
                    }
                } else {
                    double a = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                    long bBits = Long.parseUnsignedLong(f[1], 16);
                    double b = Double.longBitsToDouble(bBits);
                    if (fn.equals("powi")) {
                        before = bits(Math.pow(a, (int) bBits));
                        after = bits(Libm.powi(a, (int) bBits));
                        shown = a + ".powi(" + (int) bBits + ")";
                    } else if (fn.equals("sqrt")) {
                        before = after = bits(Math.sqrt(a));
                        shown = a + ".sqrt()";
                    } else {
                        before = bits(LegacyLibm.call(name, a, b));
                        after = bits(Libm.call(name, a, b));
                        shown = isBinary(fn) ? a + "_f64." + fn + "(" + b + ")" : a + "_f64." + fn + "()";
                    }
                }
                if (before == want) row.before++;
                if (after == want) row.after++;
                else if (row.examples.size() < maxExamples) {
                    row.examples.add(String.format("`%s`: glibc %s, rustmem %s", shown, show(want, f32), show(after, f32)));
                }
            }
        }
        System.out.println("| function | f64 before (StrictMath) | f64 after | f32 before (StrictMath) | f32 after |");
        System.out.println("|---|---:|---:|---:|---:|");
        List<String> names = new ArrayList<>();
        for (String k : rows.keySet()) {
            String fn = k.split(" ")[0];
            if (!names.contains(fn)) names.add(fn);
        }
        for (String fn : names) {
            Row d = rows.get(fn + " f64"), s = rows.get(fn + " f32");
            System.out.printf("| %s | %s | %s | %s | %s |%n", fn, rate(d, true), rate(d, false), rate(s, true), rate(s, false));
        }
        boolean any = false;
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            if (e.getValue().examples.isEmpty()) continue;
            if (!any) {
                System.out.println();
                System.out.println("Mismatches after (first few per function):");
                System.out.println();
                any = true;
            }
            for (String ex : e.getValue().examples) System.out.println("- " + e.getKey() + ": " + ex);
        }
    }

    private static boolean isBinary(String fn) {
        return fn.equals("powf") || fn.equals("atan2") || fn.equals("hypot");
    }

    private static String rate(Row r, boolean before) {
        if (r == null) return "-";
        long ok = before ? r.before : r.after;
        return String.format("%.3f%% (%d)", 100.0 * ok / r.n, r.n - ok);
    }

    private static long bits(double v) { return Double.doubleToRawLongBits(v); }

    private static long bits(float v) { return Float.floatToRawIntBits(v) & 0xFFFF_FFFFL; }

    private static String show(long bits, boolean f32) {
        return f32 ? String.format("%s (0x%08x)", Float.intBitsToFloat((int) bits), bits)
                : String.format("%s (0x%016x)", Double.longBitsToDouble(bits), bits);
    }
}
