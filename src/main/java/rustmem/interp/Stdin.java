package rustmem.interp;

import java.io.IOException;
import java.io.InputStream;

/** The process's standard input (fd 0). */
final class Stdin {
    private Stdin() {}

    static InputStream in = System.in;

    static byte[] read(int max) {
        try {
            byte[] buf = new byte[Math.max(0, max)];
            int n = in.read(buf, 0, buf.length);
            return n <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
