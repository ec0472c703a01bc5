package rustmem.ir;

import java.util.Map;
import rustmem.resolve.DefId;
import rustmem.syntax.ast.AstImage;
import rustmem.types.TyCtxt;

/**
 * std's function bodies checked and built once, when rustmem is built (rustc's crate metadata holds a library's MIR
 * so that its users never type-check it again): `println!` alone reaches some 120 of std's bodies, whose checking and
 * building was a quarter of `run hello.rs`. The build ({@code rustmem.build.StdMirImage}) checks every body of std
 * that type-checks without an error in a compilation of an empty program and writes {@value #RESOURCE}: an index
 * of DefIds, then each body's bytes ({@link MirCodec}), and the same for its closures' signatures, kinds and captures
 * (which a run needs of a closure it makes, and which the check of its function would give). A run reads the file's
 * index once and a body's bytes when the interpreter first needs it; a body the image lacks is checked and built as before.
 *
 * <p>std's bodies do not depend on the program (their types and calls are std's own; a program's impls cannot apply to
 * them), so the image's are the ones a run would build; a test compares them with bodies built during runs. The
 * image holds std's DefIds: it is used only with std read from its own image ({@code resolve.StdImage}), whose
 * DefIds are the same in every compilation.
 */
public final class MirImage {
    static final String RESOURCE = "/std-mir.image";
    /** "RMMI", then the format's version: a different one is not read. */
    private static final int MAGIC = 0x524d4d49, VERSION = 2;

    /** Where the image's bytes are read from (by position from its file, a run reading ~100 bodies of the 8 MB). */
    private final AstImage.Source image;
    /** The bodies' and the closures' tables: the DefIds held (ascending), and each one's bytes' start (one more: the end). */
    private final Table bodies, closures;

    private record Table(int[] defs, int[] starts) {
        /** def's bytes' start and end, or null. */
        int[] range(DefId def) {
            int i = java.util.Arrays.binarySearch(defs, def.index());
            return i < 0 ? null : new int[] {starts[i], starts[i + 1]};
        }
    }

    private MirImage(AstImage.Source image, Table bodies, Table closures) {
        this.image = image;
        this.bodies = bodies;
        this.closures = closures;
    }

    /** The image's bytes from start to end. */
    private byte[] range(int start, int end) { return image.read(start, end - start); }

    /** The bodies held. */
    public int size() { return bodies.defs.length; }

    /** The DefIds of the bodies held, ascending. */
    public int[] defs() { return bodies.defs.clone(); }

    /** The body of def as the image holds it (its ADTs tcx's), or null when it holds none. */
    public Mir.Body body(DefId def, TyCtxt tcx) {
        int[] r = bodies.range(def);
        return r == null ? null : MirCodec.decode(range(r[0], r[1]), 0, r[1] - r[0], tcx);
    }

    /** The bytes of def's body, or null (for tests comparing bodies). */
    public byte[] bytesOf(DefId def) {
        int[] r = bodies.range(def);
        return r == null ? null : range(r[0], r[1]);
    }

    /**
     * What the check of closure def's function found of it (signature, kind, captures: their binding ids -1, see
     * {@link MirCodec#encodeClosure}), or null when the image holds none: a run needs a std closure's kind and captured
     * types (the layout of its value) without checking the function it is in again.
     */
    public rustmem.types.ClosureInfo closure(DefId def, TyCtxt tcx) {
        int[] r = closures.range(def);
        return r == null ? null : MirCodec.decodeClosure(range(r[0], r[1]), 0, r[1] - r[0], tcx);
    }

    /** The bytes of closure def's info as the image holds it, or null (for tests). */
    public byte[] closureBytesOf(DefId def) {
        int[] r = closures.range(def);
        return r == null ? null : range(r[0], r[1]);
    }

    /** A body's bytes as the image would hold them (an IllegalArgumentException when it cannot hold it). */
    public static byte[] encode(Mir.Body body) { return MirCodec.encode(body); }

    /** A closure's info's bytes as the image would hold them. */
    public static byte[] encodeClosure(rustmem.types.ClosureInfo info) { return MirCodec.encodeClosure(info); }

    /** The image of these bodies' and closures' infos' bytes, by DefId index. */
    public static byte[] write(Map<Integer, byte[]> bodies, Map<Integer, byte[]> closures) {
        int total = 0;
        for (byte[] b : bodies.values()) total += b.length;
        for (byte[] b : closures.values()) total += b.length;
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(8 + 2 * 8 + 8 * (bodies.size() + closures.size()) + total);
        out.putInt(MAGIC).putInt(VERSION);
        int start = index(out, bodies, 0);
        index(out, closures, start);
        for (int d : sorted(bodies)) out.put(bodies.get(d));
        for (int d : sorted(closures)) out.put(closures.get(d));
        return out.array();
    }

    private static int[] sorted(Map<Integer, byte[]> parts) { return parts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray(); }

    /** Writes a table's count, DefIds and starts (its bytes from start on); the end of its bytes. */
    private static int index(java.nio.ByteBuffer out, Map<Integer, byte[]> parts, int start) {
        int[] defs = sorted(parts);
        out.putInt(defs.length);
        for (int d : defs) {
            out.putInt(d).putInt(start);
            start += parts.get(d).length;
        }
        out.putInt(start);
        return start;
    }

    /**
     * The image in source: its tables read now and each body's bytes when it is asked for (the 8 MB are not read at
     * every start), or null when it is of another format.
     */
    static MirImage read(AstImage.Source image) {
        java.nio.ByteBuffer head = java.nio.ByteBuffer.wrap(image.read(0, 8));
        if (head.getInt() != MAGIC || head.getInt() != VERSION) return null;
        long at = 8;
        Table[] tables = new Table[2];
        for (int k = 0; k < 2; k++) {
            int n = java.nio.ByteBuffer.wrap(image.read(at, 4)).getInt();
            tables[k] = table(n, java.nio.ByteBuffer.wrap(image.read(at + 4, (2 * n + 1) * 4)));
            at += 4 + (2 * n + 1) * 4L;
        }
        return new MirImage(image, based(tables[0], (int) at), based(tables[1], (int) at));
    }

    /** A table of n DefIds from in: each DefId and its bytes' start, then the end (starts relative to the tables' end). */
    private static Table table(int n, java.nio.ByteBuffer in) {
        int[] pairs = new int[2 * n + 1];
        in.asIntBuffer().get(pairs);
        in.position(in.position() + pairs.length * 4);
        int[] defs = new int[n], starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            defs[i] = pairs[2 * i];
            starts[i] = pairs[2 * i + 1];
        }
        starts[n] = pairs[2 * n];
        return new Table(defs, starts);
    }

    /** The table with its starts made absolute: base is where the bytes after the tables begin. */
    private static Table based(Table t, int base) {
        for (int i = 0; i < t.starts.length; i++) t.starts[i] += base;
        return t;
    }

    private static volatile MirImage std;
    private static volatile boolean loaded;

    /** std's image in rustmem's classes, read the first time it is asked for; null when the build made none. */
    public static MirImage std() {
        if (!loaded) {
            synchronized (MirImage.class) {
                if (!loaded) {
                    AstImage.Source image = rustmem.resolve.StdImage.resourceSource(RESOURCE);
                    std = image == null ? null : read(image);
                    loaded = true;
                }
            }
        }
        return std;
    }
}
