package rustmem.ir;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import rustmem.resolve.DefId;
import rustmem.types.TyCtxt;

/**
 * std's function bodies checked and built once, when rustmem is built (rustc's crate metadata holds a library's MIR
 * so that its users never type-check it again): `println!` alone reaches some 120 of std's bodies, whose checking and
 * building was a quarter of `run hello.rs`. The build ({@code rustmem.build.StdMirImage}) checks every body of std
 * that type-checks without an error in a compilation of an empty program and writes {@value #RESOURCE}: an index
 * of DefIds, then each body's bytes ({@link MirCodec}). A run reads the file once and decodes a body when the
 * interpreter first needs it; a body the image lacks is checked and built as before.
 *
 * <p>std's bodies do not depend on the program (their types and calls are std's own; a program's impls cannot apply to
 * them), so the image's are the ones a run would build; a test compares them with bodies built during runs. The
 * image holds std's DefIds: it is used only with std read from its own image ({@code resolve.StdImage}), whose
 * DefIds are the same in every compilation.
 */
public final class MirImage {
    static final String RESOURCE = "/std-mir.image";
    /** "RMMI", then the format's version: a different one is not read. */
    private static final int MAGIC = 0x524d4d49, VERSION = 1;

    private final byte[] bytes;
    /** The DefIds held (ascending), and each body's start in bytes (one more: the end of the last). */
    private final int[] defs, starts;

    private MirImage(byte[] bytes, int[] defs, int[] starts) {
        this.bytes = bytes;
        this.defs = defs;
        this.starts = starts;
    }

    /** The bodies held. */
    public int size() { return defs.length; }

    /** The DefIds of the bodies held, ascending. */
    public int[] defs() { return defs.clone(); }

    /** The body of def as the image holds it (its ADTs tcx's), or null when it holds none. */
    public Mir.Body body(DefId def, TyCtxt tcx) {
        int i = java.util.Arrays.binarySearch(defs, def.index());
        return i < 0 ? null : MirCodec.decode(bytes, starts[i], starts[i + 1] - starts[i], tcx);
    }

    /** The bytes of def's body, or null (for tests comparing bodies). */
    public byte[] bytesOf(DefId def) {
        int i = java.util.Arrays.binarySearch(defs, def.index());
        return i < 0 ? null : java.util.Arrays.copyOfRange(bytes, starts[i], starts[i + 1]);
    }

    /** A body's bytes as the image would hold them (an IllegalArgumentException when it cannot hold it). */
    public static byte[] encode(Mir.Body body) { return MirCodec.encode(body); }

    /** The image of these bodies' bytes, by DefId index. */
    public static byte[] write(Map<Integer, byte[]> bodies) {
        int[] defs = bodies.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int total = 0;
        for (byte[] b : bodies.values()) total += b.length;
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(12 + 8 * defs.length + 4 + total);
        out.putInt(MAGIC).putInt(VERSION).putInt(defs.length);
        int start = 0;
        for (int d : defs) {
            out.putInt(d).putInt(start);
            start += bodies.get(d).length;
        }
        out.putInt(start);
        for (int d : defs) out.put(bodies.get(d));
        return out.array();
    }

    /** The image read from bytes, or null when it is of another format. */
    static MirImage read(byte[] image) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(image);
        if (image.length < 12 || in.getInt() != MAGIC || in.getInt() != VERSION) return null;
        int n = in.getInt();
        int[] defs = new int[n], starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            defs[i] = in.getInt();
            starts[i] = in.getInt();
        }
        starts[n] = in.getInt();
        int base = in.position();
        for (int i = 0; i <= n; i++) starts[i] += base;
        return new MirImage(image, defs, starts);
    }

    private static volatile MirImage std;
    private static volatile boolean loaded;

    /** std's image in rustmem's classes, read the first time it is asked for; null when the build made none. */
    public static MirImage std() {
        if (!loaded) {
            synchronized (MirImage.class) {
                if (!loaded) {
                    try (InputStream in = MirImage.class.getResourceAsStream(RESOURCE)) {
                        std = in == null ? null : read(in.readAllBytes());
                    } catch (IOException e) {
                        std = null;
                    }
                    loaded = true;
                }
            }
        }
        return std;
    }
}
