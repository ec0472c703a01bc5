package rustmem.interp;

import rustmem.machine.ProcessImage;

/**
 * The C functions a program may declare in an {@code extern "C"} block and call (Miri's foreign-item shims): what
 * glibc's would do, on the simulated process. malloc and friends are the same allocator Rust's heap uses.
 * Others are refused as unsupported, by name.
 */
final class ForeignShims {
    private final Interpreter in;
    private final Machine m;

    ForeignShims(Interpreter in) {
        this.in = in;
        this.m = in.m;
    }

    void call(Instance c, long[] a, int[] sizes, long dest) {
        String name = in.tcx.name(c.def());
        switch (name) {
            case "abs" -> m.write(dest, 4, Math.abs((int) m.read(a[0], 4, true)));
            case "labs", "llabs" -> m.write(dest, 8, Math.abs(m.read(a[0], 8, true)));
            case "strlen" -> m.writePtr(dest, strlen(m.readPtr(a[0])));
            case "toupper" -> m.write(dest, 4, asciiCase((int) m.read(a[0], 4, true), true));
            case "tolower" -> m.write(dest, 4, asciiCase((int) m.read(a[0], 4, true), false));
            case "isdigit" -> m.write(dest, 4, isAscii(a, c0 -> c0 >= '0' && c0 <= '9'));
            case "isalpha" -> m.write(dest, 4, isAscii(a, c0 -> Character.isLetter(c0) && c0 < 128));
            case "isspace" -> m.write(dest, 4, isAscii(a, c0 -> c0 == ' ' || c0 >= '\t' && c0 <= '\r'));
            case "atoi" -> m.write(dest, 4, (int) atol(m.readPtr(a[0])));
            case "atol", "atoll" -> m.write(dest, 8, atol(m.readPtr(a[0])));
            case "malloc" -> m.writePtr(dest, m.malloc(m.readPtr(a[0]), "malloc"));
            case "calloc" -> {
                long count = m.readPtr(a[0]), each = m.readPtr(a[1]);
                long n = count * each;
                boolean overflows = Math.unsignedMultiplyHigh(count, each) != 0;   // calloc answers null
                long p = overflows ? 0 : m.malloc(n, "calloc");
                if (p != 0) m.fill(p, (byte) 0, n);
                m.writePtr(dest, p);
            }
            case "realloc" -> m.writePtr(dest, m.realloc(m.readPtr(a[0]), m.readPtr(a[1]), "realloc"));
            case "free" -> {
                long p = m.readPtr(a[0]);
                if (p != 0) m.free(p);
            }
            case "memcpy", "memmove" -> {
                m.copy(m.readPtr(a[0]), m.readPtr(a[1]), m.readPtr(a[2]));
                m.writePtr(dest, m.readPtr(a[0]));
            }
            case "memset" -> {
                m.fill(m.readPtr(a[0]), (byte) m.read(a[1], 4, true), m.readPtr(a[2]));
                m.writePtr(dest, m.readPtr(a[0]));
            }
            case "getpid" -> m.write(dest, 4, ProcessImage.PID);
            case "sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "exp", "exp2", "expm1",
                 "log", "log10", "log2", "log1p", "pow", "hypot", "fmod", "floor", "ceil", "fabs", "round", "trunc" -> m.write(dest, 8, Double.doubleToRawLongBits(libm(name, a)));
            default -> throw new UnsupportedFeature("the foreign function `" + name + "`", in.tcx.defs.span(c.def()));
        }
    }

    private double libm(String name, long[] a) {
        double x = Double.longBitsToDouble(m.read(a[0], 8, false));
        double y = a.length > 1 ? Double.longBitsToDouble(m.read(a[1], 8, false)) : 0;
        return switch (name) {
            case "sqrt" -> Math.sqrt(x);
            case "fabs" -> Math.abs(x);
            case "floor" -> Math.floor(x);
            case "ceil" -> Math.ceil(x);
            case "round" -> x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
            case "trunc" -> x < 0 ? Math.ceil(x) : Math.floor(x);
            default -> Libm.call(name, x, y);
        };
    }

    /** The C locale's toupper/tolower: ASCII letters only. */
    private static int asciiCase(int c, boolean upper) {
        if (upper && c >= 'a' && c <= 'z') return c - 32;
        if (!upper && c >= 'A' && c <= 'Z') return c + 32;
        return c;
    }

    private int isAscii(long[] a, java.util.function.IntPredicate p) {
        int c = (int) m.read(a[0], 4, true);
        return c >= 0 && c < 128 && p.test(c) ? 1 : 0;
    }

    private long strlen(long p) {
        long n = 0;
        while (m.read(p + n, 1, false) != 0) n++;
        return n;
    }

    /** glibc's atol: leading blanks, a sign, decimal digits (wrapping as the C code does on overflow). */
    private long atol(long p) {
        long i = 0;
        int c = (int) m.read(p, 1, false);
        while (c == ' ' || c >= '\t' && c <= '\r') c = (int) m.read(p + ++i, 1, false);
        boolean neg = c == '-';
        if (c == '-' || c == '+') c = (int) m.read(p + ++i, 1, false);
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = (int) m.read(p + ++i, 1, false);
        }
        return neg ? -v : v;
    }
}
