package rustmem.interp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Checks rustmem's Libm against the records bench/libm/stress.c writes (glibc's results on many inputs: every
 * STRIDE-th float, or random bit patterns) and prints the count of mismatches and the first few.
 * Usage: stress f32|f64 NAME N | java -cp CLASSES rustmem.interp.LibmStress f32|f64 NAME
 */
public final class LibmStress {
    private LibmStress() {}

    public static void main(String[] args) throws IOException {
        boolean f32 = args[0].equals("f32");
        String name = args[1];
        boolean binary = name.equals("pow") || name.equals("atan2") || name.equals("hypot");
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 20));
        long n = 0, bad = 0;
        try {
            while (true) {
                if (f32) {
                    int x = Integer.reverseBytes(in.readInt());
                    int y = binary ? Integer.reverseBytes(in.readInt()) : 0;
                    int want = Integer.reverseBytes(in.readInt());
                    int got = Float.floatToRawIntBits(Libm.callF32(name, Float.intBitsToFloat(x), Float.intBitsToFloat(y)));
                    n++;
                    if (got != want && bad++ < 5) {
                        System.out.printf("%s(%08x, %08x): glibc %08x, rustmem %08x%n", name, x, y, want, got);
                    }
                } else {
                    long x = Long.reverseBytes(in.readLong());
                    long y = Long.reverseBytes(in.readLong());
                    long want = Long.reverseBytes(in.readLong());
                    long got = Double.doubleToRawLongBits(Libm.call(name, Double.longBitsToDouble(x), Double.longBitsToDouble(y)));
                    n++;
                    if (got != want && bad++ < 5) {
                        System.out.printf("%s(%016x, %016x): glibc %016x, rustmem %016x%n", name, x, y, want, got);
                    }
                }
            }
        } catch (EOFException end) {
            // done
        }
        System.out.printf("%s %s: %d mismatches of %d%n", args[0], name, bad, n);
    }
}
