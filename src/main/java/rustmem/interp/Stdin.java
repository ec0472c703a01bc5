package rustmem.interp;

import java.io.IOException;
import java.io.InputStream;

/** A process's standard input (fd 0): the JVM's own unless the run gives another. */
final class Stdin {
    private final InputStream in;

    Stdin(InputStream in) { this.in = in; }

    byte[] read(int max) {
        try {
            byte[] buf = new byte[Math.max(0, max)];
            int n = in.read(buf, 0, buf.length);
            return n <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
