package rustmem.ir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.types.AdtDef;
import rustmem.types.ClosureInfo;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * One MIR body as bytes and back (what rustc's crate metadata holds of a function's MIR), for {@link MirImage}. The
 * encoding follows the records' components ({@link MirRecords}, generated from their declarations): each value a
 * tag, then its contents. A type or string met before in the same body is a back reference to it
 * (bodies are read one at a time, each on its own); a record is its class's number, then its components. An
 * ADT's definition is written as its DefId and read back from the type context, the one object of its compilation.
 */
final class MirCodec {
    private MirCodec() {}

    private static final int NULL = 0, BACKREF = 1, STRING = 2, LIST = 3, INTS = 4, LONGS = 5, BYTES = 6, BIGINT = 7,
        SPAN = 8, DEFID = 9, ADTDEF = 10, ENUM = 11, INTEGER = 12, LONG = 13, DOUBLE = 14, BOOLEAN = 15, RECORD = 16;

    /** Each record and enum class's number in {@link MirRecords}. */
    private static final Map<Class<?>, Integer> RECORD_NUMBERS = numbers(MirRecords.RECORDS), ENUM_NUMBERS = numbers(MirRecords.ENUM_CLASSES);

    private static Map<Class<?>, Integer> numbers(Class<?>[] classes) {
        Map<Class<?>, Integer> out = new HashMap<>();
        for (int i = 0; i < classes.length; i++) out.put(classes[i], i);
        return out;
    }

    // ------------------------------------------------------------------ writing

    /** The bytes of a body as built (no inlined scopes); an IllegalArgumentException when it holds what cannot be written. */
    static byte[] encode(Mir.Body body) {
        Writer w = new Writer();
        w.value(body.def);
        w.value(body.locals);
        w.u(body.argCount);
        w.u(body.blocks.size());
        for (Mir.BasicBlock b : body.blocks) {
            w.value(b.statements);
            w.value(b.terminator);
        }
        w.value(body.span);
        w.value(body.closure);
        w.value(body.scopes);
        w.value(body.blockScope);
        return w.bytes();
    }

    /**
     * The bytes of what a closure's check found (its signature, kind and captures) without the captured variables'
     * binding ids, which number the bindings of the compilation that checked it (a run's differ): -1 in each capture.
     */
    static byte[] encodeClosure(ClosureInfo info) {
        Writer w = new Writer();
        w.value(info.sig);
        w.value(info.kind);
        w.value(info.captures.stream().map(c -> new ClosureInfo.Capture(-1, c.projections(), c.tys(), c.kind(), c.fieldTy())).toList());
        return w.bytes();
    }

    static final class Writer {
        private byte[] buf = new byte[1024];
        private int len;
        /** Types and strings written (back references). */
        private final Map<Object, Integer> seen = new HashMap<>();

        byte[] bytes() { return java.util.Arrays.copyOf(buf, len); }

        private void raw(int b) {
            if (len == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            buf[len++] = (byte) b;
        }

        void u(long v) {
            while ((v & ~0x7fL) != 0) {
                raw((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            raw((int) v);
        }

        void z(long v) { u((v << 1) ^ (v >> 63)); }

        private void utf8(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u(b.length);
            for (byte x : b) raw(x);
        }

        private boolean backref(Object v) {
            Integer i = seen.get(v);
            if (i == null) return false;
            u(BACKREF);
            u(i);
            return true;
        }

        void value(Object v) {
            switch (v) {
                case null -> u(NULL);
                case String s -> {
                    if (backref(s)) return;
                    u(STRING);
                    utf8(s);
                    seen.put(s, seen.size());
                }
                case List<?> l -> {
                    u(LIST);
                    u(l.size());
                    for (Object o : l) value(o);
                }
                case int[] a -> {
                    u(INTS);
                    u(a.length);
                    for (int x : a) z(x);
                }
                case long[] a -> {
                    u(LONGS);
                    u(a.length);
                    for (long x : a) z(x);
                }
                case byte[] a -> {
                    u(BYTES);
                    u(a.length);
                    for (byte x : a) raw(x);
                }
                case BigInteger b -> {
                    u(BIGINT);
                    byte[] a = b.toByteArray();
                    u(a.length);
                    for (byte x : a) raw(x);
                }
                case Span s -> {
                    u(SPAN);
                    u(s.lo());
                    u(s.hi());
                }
                case DefId d -> {
                    u(DEFID);
                    u(d.index());
                }
                case AdtDef a -> {
                    u(ADTDEF);
                    u(a.did.index());
                }
                case Enum<?> e -> {
                    u(ENUM);
                    u(number(ENUM_NUMBERS, e.getDeclaringClass()));
                    u(e.ordinal());
                }
                case Integer i -> {
                    u(INTEGER);
                    z(i);
                }
                case Long l -> {
                    u(LONG);
                    z(l);
                }
                case Double d -> {
                    u(DOUBLE);
                    z(Double.doubleToRawLongBits(d));
                }
                case Boolean b -> {
                    u(BOOLEAN);
                    u(b ? 1 : 0);
                }
                case Record r -> {
                    if (r instanceof Ty && backref(r)) return;
                    int cls = number(RECORD_NUMBERS, r.getClass());
                    u(RECORD);
                    u(cls);
                    MirRecords.write(this, cls, r);
                    if (r instanceof Ty) seen.put(r, seen.size());
                }
                default -> throw new IllegalArgumentException("MIR holds a " + v.getClass().getName());
            }
        }

        private static int number(Map<Class<?>, Integer> numbers, Class<?> c) {
            Integer n = numbers.get(c);
            if (n == null) throw new IllegalArgumentException("MIR holds a " + c.getName() + " (regenerate MirRecords)");
            return n;
        }
    }

    // ------------------------------------------------------------------ reading

    /** The body whose bytes are buf[off, off + len), its ADTs those of tcx. */
    static Mir.Body decode(byte[] buf, int off, int len, TyCtxt tcx) {
        Reader r = new Reader(buf, off, tcx);
        DefId def = (DefId) r.value();
        @SuppressWarnings("unchecked") List<Mir.LocalDecl> locals = (List<Mir.LocalDecl>) r.value();
        int argCount = (int) r.u();
        int n = (int) r.u();
        List<Mir.BasicBlock> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Mir.BasicBlock b = new Mir.BasicBlock();
            for (Object s : (List<?>) r.value()) b.statements.add((Mir.Statement) s);
            b.terminator = (Mir.Terminator) r.value();
            blocks.add(b);
        }
        Span span = (Span) r.value();
        Ty.Closure closure = (Ty.Closure) r.value();
        @SuppressWarnings("unchecked") List<Mir.InlinedScope> scopes = (List<Mir.InlinedScope>) r.value();
        int[] blockScope = (int[]) r.value();
        if (r.pos != off + len) throw new IllegalStateException("a body's bytes not all read");
        return new Mir.Body(def, locals, argCount, blocks, span, closure, scopes, blockScope);
    }

    /** What {@link #encodeClosure} wrote at buf[off, off + len), its ADTs those of tcx. */
    @SuppressWarnings("unchecked")
    static ClosureInfo decodeClosure(byte[] buf, int off, int len, TyCtxt tcx) {
        Reader r = new Reader(buf, off, tcx);
        ClosureInfo info = new ClosureInfo((rustmem.types.FnSig) r.value());
        info.kind = (ClosureInfo.Kind) r.value();
        info.captures = (List<ClosureInfo.Capture>) r.value();
        if (r.pos != off + len) throw new IllegalStateException("a closure's bytes not all read");
        return info;
    }

    static final class Reader {
        private final byte[] buf;
        private int pos;
        private final TyCtxt tcx;
        private final List<Object> seen = new ArrayList<>();

        Reader(byte[] buf, int pos, TyCtxt tcx) {
            this.buf = buf;
            this.pos = pos;
            this.tcx = tcx;
        }

        long u() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7f) << shift;
                if (b >= 0) return v;
            }
        }

        long z() {
            long v = u();
            return (v >>> 1) ^ -(v & 1);
        }

        private byte[] raw(int n) {
            byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }

        private String utf8() {
            int n = (int) u();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        Object value() {
            int tag = (int) u();
            switch (tag) {
                case NULL -> { return null; }
                case BACKREF -> { return seen.get((int) u()); }
                case STRING -> {
                    String s = utf8();
                    seen.add(s);
                    return s;
                }
                case LIST -> {
                    int n = (int) u();
                    Object[] items = new Object[n];
                    boolean nulls = false;
                    for (int i = 0; i < n; i++) nulls |= (items[i] = value()) == null;
                    // (the lists the builder makes: List.of's, which take no null)
                    return nulls ? java.util.Collections.unmodifiableList(java.util.Arrays.asList(items)) : List.of(items);
                }
                case INTS -> {
                    int[] a = new int[(int) u()];
                    for (int i = 0; i < a.length; i++) a[i] = (int) z();
                    return a;
                }
                case LONGS -> {
                    long[] a = new long[(int) u()];
                    for (int i = 0; i < a.length; i++) a[i] = z();
                    return a;
                }
                case BYTES -> { return raw((int) u()); }
                case BIGINT -> { return new BigInteger(raw((int) u())); }
                case SPAN -> { return new Span((int) u(), (int) u()); }
                case DEFID -> { return new DefId((int) u()); }
                case ADTDEF -> { return tcx.adtDef(new DefId((int) u())); }
                case ENUM -> { return MirRecords.ENUMS[(int) u()][(int) u()]; }
                case INTEGER -> { return (int) z(); }
                case LONG -> { return z(); }
                case DOUBLE -> { return Double.longBitsToDouble(z()); }
                case BOOLEAN -> { return u() != 0; }
                case RECORD -> {
                    Object r = MirRecords.read(this, (int) u());
                    if (r instanceof Ty) seen.add(r);
                    return r;
                }
                default -> throw new IllegalStateException("MIR image: tag " + tag);
            }
        }
    }
}
