package rustmem.syntax.ast;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Span;

/**
 * A compact binary image of AST nodes (what rustc's crate metadata is for a compiled crate's items): std's
 * expanded AST is written once, when rustmem is built, and read by every compilation instead of parsing and
 * expanding std's source again. Nodes keep their identity: a node reached twice is written once and read back
 * as one object, so that tables keyed by node identity see the same tree. {@link AstCodec} (generated) reads and
 * writes each record class's components; this class holds the encoding of values: unsigned LEB128 numbers,
 * zigzag for signed ones, strings by index into a table at the image's start, spans as two numbers.
 *
 * <p>The image's bytes: where its table of regions and its tail start (two four-byte numbers), the string table,
 * what the main writer wrote, the table of regions, then the tail: the regions, each read from the image's
 * {@link Source} when first wanted ({@link Part}s, {@link Writer#tailBlob}s: most of std's image, which a run never
 * reads).
 */
public final class AstImage {
    private AstImage() {}

    /**
     * Object tags: 0 is null, 1 a node written before (its index follows), 2 a node of the image's main part written
     * before a part ({@link Writer#items}: its index in the main part follows), 3 + i a node of the AST's
     * class i (AstNodes').
     */
    static final int NULL = 0, BACKREF = 1, OUTER_BACKREF = 2, FIRST_CLASS = 3;

    /** Writes nodes, strings and numbers; {@link #toByteArray} prepends the string table. */
    public static final class Writer {
        private byte[] buf = new byte[1 << 16];
        private int len;
        private final Map<String, Integer> strings;
        private final List<String> stringList;
        private final Map<Object, Integer> written;
        /** A blob's writer ({@link #blob(java.util.function.Consumer)}): it writes references to nodes only. */
        private final boolean referencesOnly;
        /** The image's main writer, when this one writes a part of it ({@link #items}), else null. */
        private final Writer outer;
        /** The part this writer writes (its index in the main writer's parts), or -1. */
        private final int part;
        /** The main writer's: whether a module's impls are parts of their own, the parts, which part numbered a node. */
        private boolean partsEnabled;
        private final List<Writer> parts = new ArrayList<>();
        private final Map<Object, Integer> partOf = new IdentityHashMap<>();
        /** The main writer's: the regions of the tail, in order (a part's writer, or a tail blob's bytes). */
        private final List<Object> regions = new ArrayList<>();
        /**
         * The main writer's: nodes that a part and another part, or a part and the main part, both hold (in the order
         * found). A writer given them ({@link #hoist}) writes them first, in the main part, where every part refers to them.
         */
        private final java.util.LinkedHashMap<Object, Boolean> shared = new java.util.LinkedHashMap<>();

        public Writer() { this(new HashMap<>(), new ArrayList<>(), new IdentityHashMap<>(), false, null, -1); }

        /**
         * A writer of a part read on its own: a lazy list's (the same strings, nodes of its own) or a blob's (the same
         * strings and nodes, to which it may only refer).
         */
        private Writer(Map<String, Integer> strings, List<String> stringList, Map<Object, Integer> written,
                       boolean referencesOnly) {
            this(strings, stringList, written, referencesOnly, null, -1);
        }

        private Writer(Map<String, Integer> strings, List<String> stringList, Map<Object, Integer> written,
                       boolean referencesOnly, Writer outer, int part) {
            this.strings = strings;
            this.stringList = stringList;
            this.written = written;
            this.referencesOnly = referencesOnly;
            this.outer = outer;
            this.part = part;
        }

        /**
         * Writes each impl of a module, and each function with a body, as a part of its own, read when first used
         * ({@link Part}); nodes it shares with the rest must be given first ({@link #hoist}): a writer that wrote the
         * image once finds them ({@link #sharedNodes}).
         */
        public void enableParts() { partsEnabled = true; }

        /** The nodes a part shares with another part or with the main part (a first writing of the image finds them). */
        public List<Object> sharedNodes() { return List.copyOf(shared.keySet()); }

        /** Writes nodes in the main part, before anything else refers to them (the shared nodes of a first writing). */
        public void hoist(List<Object> nodes) { list(nodes); }

        /** The part that numbered a node (-1: the main part, or none). */
        public int partOf(Object node) {
            Integer p = partOf.get(node);
            return p == null ? -1 : p;
        }

        /** The number a part gave a node ({@link #partOf}). */
        public int indexInPart(Object node) { return parts.get(partOf(node)).written.get(node); }

        /** How many parts the writer wrote. */
        public int partCount() { return parts.size(); }

        /**
         * A blob written in part p's terms: its references may be to p's nodes and to the main part's, as a reader of p
         * reads them ({@link Part#reader}).
         */
        public void partBlob(int p, java.util.function.Consumer<Writer> content) {
            Writer pw = parts.get(p);
            Writer b = new Writer(strings, stringList, pw.written, true, this, p);
            content.accept(b);
            u(pw.len);   // (where in the part's region: the part's reader reads it, {@link Reader#partBlob})
            pw.bytes(b.buf, 0, b.len);
        }

        /** Bytes in the tail, read from the image's source when wanted ({@link Reader#tailBlob}). */
        public void tailBlob(byte[] b) {
            u(regions.size());
            regions.add(b);
        }

        /**
         * A module's items: in the main writer of an image with parts, each impl and each function with a body (an
         * intrinsic, without one, stays) a part of its own read when first used (its nodes numbered on their own, its
         * references to the main part's nodes by their numbers there); otherwise a list.
         */
        public void items(List<?> items) {
            if (items == null) {
                u(0);
                return;
            }
            if (!partsEnabled) {
                u(1);
                list(items);
                return;
            }
            u(2);
            u(items.size());
            for (Object o : items) {
                if (o instanceof Item i && (i.kind() instanceof Item.Impl || i.kind() instanceof Item.Fn f && f.body() != null)) {
                    u(1);
                    part(p -> p.node(o));
                } else {
                    u(0);
                    node(o);
                }
            }
        }

        /** A part of the image: what content writes, in a writer of its own, a region of the tail. */
        private void part(java.util.function.Consumer<Writer> content) {
            Writer p = new Writer(strings, stringList, new IdentityHashMap<>(), false, this, parts.size());
            parts.add(p);
            content.accept(p);
            u(regions.size());
            regions.add(p);
        }

        private void bytes(byte[] b, int off, int n) {
            if (len + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        public void u(long v) {
            if (len + 10 > buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            while ((v & ~0x7fL) != 0) {
                buf[len++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        public void s(long v) { u((v << 1) ^ (v >> 63)); }

        public void bool(boolean b) { u(b ? 1 : 0); }

        public void str(String str) {
            if (str == null) {
                u(0);
                return;
            }
            u(stringIndex(str) + 1);
        }

        public void enumValue(Enum<?> e) { u(e == null ? 0 : e.ordinal() + 1); }

        /** A string's number in the image's table (added if new): what {@link Reader#string} reads back. */
        public int stringIndex(String str) {
            Integer i = strings.get(str);
            if (i == null) {
                i = stringList.size();
                strings.put(str, i);
                stringList.add(str);
            }
            return i;
        }

        /** Numbers written as four bytes each, little-endian, read back at once ({@link Reader#ints}). */
        public void ints(int[] values) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * 4).order(LITTLE_ENDIAN);
            b.asIntBuffer().put(values);
            u(values.length);
            bytes(b.array(), 0, values.length * 4);
        }

        /** Bytes the reader passes over, to be read from the image when wanted ({@link Reader#blob}). */
        public void blob(byte[] b) {
            u(b.length);
            bytes(b, 0, b.length);
        }

        /**
         * What content writes, as bytes the reader passes over and reads when wanted ({@link Reader#at}): numbers,
         * strings and references to nodes written before (not new nodes: the reader would not number them).
         */
        public void blob(java.util.function.Consumer<Writer> content) {
            Writer part = new Writer(strings, stringList, written, true);
            content.accept(part);
            u(part.len);
            bytes(part.buf, 0, part.len);
        }

        public void span(Span sp) {
            if (sp == null) {
                u(0);
                return;
            }
            u(sp.lo() + 1L);
            s((long) sp.hi() - sp.lo());
        }

        public void list(List<?> list) {
            if (list == null) {
                u(0);
                return;
            }
            u(list.size() + 1L);
            for (Object o : list) node(o);
        }

        public void stringList(List<String> list) {
            if (list == null) {
                u(0);
                return;
            }
            u(list.size() + 1L);
            for (String o : list) str(o);
        }

        /**
         * A list of nodes that is read when first used, not with the rest: its bytes follow their length, and its
         * nodes are numbered on their own (a node it shares with the rest of the image is written in both).
         */
        public void lazyList(List<?> list) {
            if (list == null) {
                u(0);
                return;
            }
            Writer part = new Writer(strings, stringList, new IdentityHashMap<>(), false);
            part.list(list);
            u(part.len + 1L);
            bytes(part.buf, 0, part.len);
        }

        /**
         * A function's body: its statements are read when first used (a program calls few of std's functions), unless
         * it holds closures or items: those are read with the rest, as the definitions and resolutions made at
         * start (and kept in the image) point into them.
         */
        public void fnBody(Block b) {
            if (b == null || b.nested()) {
                u(b == null ? 0 : 2);
                if (b != null) node(b);
                return;
            }
            u(1);
            lazyList(b.stmts());
            bool(b.unsafe());
            span(b.span());
            bool(b.nested());
        }

        /** A node (one of AstCodec's records) or null; a node written before is written as a reference to it. */
        public void node(Object o) {
            if (o == null) {
                u(NULL);
                return;
            }
            Integer seen = written.get(o);
            if (seen != null) {
                u(BACKREF);
                u(seen);
                return;
            }
            if (outer != null) {
                Integer main = outer.written.get(o);
                if (main != null) {
                    u(OUTER_BACKREF);
                    u(main);
                    return;
                }
            }
            if (referencesOnly) throw new IllegalStateException("a blob may only refer to nodes written before it");
            Writer root = outer != null ? outer : this;
            if (root.partsEnabled && (outer != null || written == root.written)) {
                Integer other = root.partOf.putIfAbsent(o, part);
                if (other != null && other != part) root.shared.put(o, Boolean.TRUE);
            }
            int cls = AstNodes.classIndex(o.getClass());
            if (cls < 0) throw new IllegalArgumentException("not an AST node: " + o.getClass().getName());
            u(FIRST_CLASS + cls);
            AstCodec.write(this, cls, o);
            written.put(o, written.size());   // numbered after its children, as the reader makes it
        }

        /** The number of a node this writer wrote (not in a part read on its own), or -1. */
        public int indexOf(Object node) {
            Integer i = written.get(node);
            return i == null ? -1 : i;
        }

        /** The image: where the regions' table and the tail start, the string table, what was written, the regions. */
        public byte[] toByteArray() {
            Writer head = new Writer();
            head.u(stringList.size());
            for (String str : stringList) {
                byte[] b = str.getBytes(StandardCharsets.UTF_8);
                head.u(b.length);
                head.bytes(b, 0, b.length);
            }
            int[] starts = new int[regions.size() + 1];
            for (int i = 0; i < regions.size(); i++) {
                starts[i + 1] = starts[i] + (regions.get(i) instanceof Writer w ? w.len : ((byte[]) regions.get(i)).length);
            }
            int table = 8 + head.len + len, tail = table + 4 * (starts.length + 1);
            java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(tail + starts[regions.size()]).order(LITTLE_ENDIAN);
            out.putInt(table).putInt(tail).put(head.buf, 0, head.len).put(buf, 0, len);
            out.putInt(starts.length);
            for (int s : starts) out.putInt(s);
            for (Object r : regions) {
                if (r instanceof Writer w) out.put(w.buf, 0, w.len);
                else out.put((byte[]) r);
            }
            return out.array();
        }
    }

    /** Bytes of an image, at offset: a {@link Writer#blob} (a {@link Writer#partBlob}: its length not known, -1). */
    public record Blob(int offset, int length) {}

    /** Where an image's bytes are: in memory, or in a file read by position. */
    public interface Source {
        /** n bytes of the image from at on. */
        byte[] read(long at, int n);
    }

    /** An image in memory. */
    public static Source source(byte[] image) { return (at, n) -> java.util.Arrays.copyOfRange(image, (int) at, (int) at + n); }

    /** Reads what a {@link Writer} wrote, in the same order. */
    public static final class Reader {
        private final byte[] buf;
        private int pos;
        /** Where what this reader reads ends: the main writer's bytes' end (the regions' table follows), or buf's. */
        private final int end;
        /** The main reader's: the image's source, where its tail starts, each region's start in it (one more: the end). */
        private final Source source;
        private final int tail;
        private final int[] regionStarts;
        private final String[] strings;
        private final ArrayList<Object> nodes;
        /** A part's reader: the main part's nodes (its OUTER_BACKREFs' targets); else null. */
        private final List<Object> outerNodes;
        /** The main reader's: the parts, in the order read. */
        private final List<Part> parts = new ArrayList<>();

        public Reader(byte[] image) { this(source(image)); }

        /** The reader of the image in source: the bytes before its tail read now, each region when first wanted. */
        public Reader(Source source) {
            java.nio.ByteBuffer head = java.nio.ByteBuffer.wrap(source.read(0, 8)).order(LITTLE_ENDIAN);
            int table = head.getInt();
            this.tail = head.getInt();
            this.source = source;
            this.buf = source.read(0, tail);
            this.end = table;
            java.nio.IntBuffer starts = java.nio.ByteBuffer.wrap(buf, table, tail - table).order(LITTLE_ENDIAN).asIntBuffer();
            this.regionStarts = new int[starts.get()];
            starts.get(regionStarts);
            this.pos = 8;
            this.outerNodes = null;
            this.nodes = new ArrayList<>(1 << 16);
            strings = new String[(int) u()];
            for (int i = 0; i < strings.length; i++) {
                int n = (int) u();
                strings[i] = new String(buf, pos, n, StandardCharsets.UTF_8);
                pos += n;
            }
        }

        /** A reader of a part written by {@link Writer#lazyList}, from its first byte. */
        private Reader(byte[] image, String[] strings, int pos) {
            this(image, strings, pos, new ArrayList<>());
        }

        private Reader(byte[] image, String[] strings, int pos, ArrayList<Object> nodes) {
            this(image, strings, pos, nodes, null);
        }

        private Reader(byte[] image, String[] strings, int pos, ArrayList<Object> nodes, List<Object> outerNodes) {
            this.buf = image;
            this.end = image.length;
            this.source = null;
            this.tail = 0;
            this.regionStarts = null;
            this.strings = strings;
            this.pos = pos;
            this.nodes = nodes;
            this.outerNodes = outerNodes;
        }

        /**
         * A reader of a blob this reader passed over ({@link Writer#blob(java.util.function.Consumer)}): its references
         * are to this reader's nodes, which it only reads (readers of blobs may run at once, after this one is done).
         */
        public Reader at(Blob b) { return new Reader(buf, strings, b.offset(), nodes, outerNodes); }

        /** The node this reader numbered i. */
        public Object numbered(int i) { return nodes.get(i); }

        /** The parts read so far, in order ({@link Writer#items}). */
        public List<Part> parts() { return java.util.Collections.unmodifiableList(parts); }

        /** A module's items ({@link Writer#items}): an impl in a part of its own is read when first used. */
        @SuppressWarnings("unchecked")
        public <T> List<T> items() {
            return switch (i()) {
                case 0 -> null;
                case 1 -> list();
                default -> {
                    Object[] items = new Object[i()];
                    for (int k = 0; k < items.length; k++) items[k] = i() == 1 ? part() : node();
                    yield (List<T>) new PartedList(items);
                }
            };
        }

        /** A part the reader passes over (its region's number). */
        private Part part() {
            Part p = new Part(this, parts.size(), i());
            parts.add(p);
            return p;
        }

        /** The bytes of the tail's region i, read from the image's source. */
        private byte[] region(int i) { return source.read((long) tail + regionStarts[i], regionStarts[i + 1] - regionStarts[i]); }

        /** What a {@link Writer#tailBlob} wrote: its bytes, read from the image's source when asked for. */
        public java.util.function.Supplier<byte[]> tailBlob() {
            int region = i();
            return () -> region(region);
        }

        /** Where a {@link Writer#partBlob} wrote its bytes in a part's region: the part's reader reads them ({@link #at}). */
        public Blob partBlob() { return new Blob(i(), -1); }

        public long u() {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = buf[pos++];
                v |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            return v;
        }

        public int i() { return (int) u(); }

        /** The string of a number {@link Writer#stringIndex} gave. */
        public String string(int i) { return strings[i]; }

        /** What {@link Writer#ints} wrote (a bulk copy: no loop runs cold here). */
        public int[] ints() {
            int[] out = new int[i()];
            java.nio.ByteBuffer.wrap(buf, pos, out.length * 4).order(LITTLE_ENDIAN).asIntBuffer().get(out);
            pos += out.length * 4;
            return out;
        }

        public long s() {
            long v = u();
            return (v >>> 1) ^ -(v & 1);
        }

        public boolean bool() { return u() != 0; }

        public String str() {
            int i = (int) u();
            return i == 0 ? null : strings[i - 1];
        }

        /** Passes over bytes a {@link Writer#blob} wrote: where they are in the image, and how many. */
        public Blob blob() {
            int n = i();
            Blob b = new Blob(pos, n);
            pos += n;
            return b;
        }

        /** An enum constant of values (the enum's values()), or null. */
        public <E> E enumValue(E[] values) {
            int i = (int) u();
            return i == 0 ? null : values[i - 1];
        }

        public Span span() {
            long lo = u();
            if (lo == 0) return null;
            return new Span((int) (lo - 1), (int) (lo - 1 + s()));
        }

        @SuppressWarnings("unchecked")
        public <T> List<T> list() {
            int n = (int) u();
            if (n == 0) return null;
            ArrayList<Object> out = new ArrayList<>(n - 1);
            for (int k = 1; k < n; k++) out.add(node());
            return (List<T>) out;
        }

        public List<String> stringList() {
            int n = (int) u();
            if (n == 0) return null;
            ArrayList<String> out = new ArrayList<>(n - 1);
            for (int k = 1; k < n; k++) out.add(str());
            return out;
        }

        /** A list written by {@link Writer#lazyList}: its nodes are read when it is first used. */
        public <T> List<T> lazyList() {
            int n = (int) u();
            if (n == 0) return null;
            LazyList<T> out = new LazyList<>(buf, strings, pos);
            pos += n - 1;
            return out;
        }

        public Block fnBody() {
            return switch ((int) u()) {
                case 0 -> null;
                case 2 -> node();
                default -> new Block(lazyList(), bool(), span(), bool());
            };
        }

        @SuppressWarnings("unchecked")
        public <T> T node() {
            int tag = (int) u();
            if (tag == NULL) return null;
            if (tag == BACKREF) return (T) nodes.get((int) u());
            if (tag == OUTER_BACKREF) return (T) outerNodes.get((int) u());
            Object o = AstCodec.read(this, tag - FIRST_CLASS);
            nodes.add(o);
            return (T) o;
        }

        /** Whether everything was read. */
        public boolean atEnd() { return pos == end; }
    }

    /**
     * An impl of a module, read from the image when first used, with what the image says of its nodes (std's resolution
     * of the paths in it, the definitions it makes: {@link #onRead}, set by whoever reads those tables). std's AST is
     * shared by the compilations of a process: a part is read under the main reader's lock, and a process that
     * compiles programs at once (serve) reads every part first ({@link #readAll}), so that none changes a shared table
     * while another compilation looks in it.
     */
    public static final class Part {
        private final Reader main;
        private final int index;
        /** Its region of the image's tail. */
        private final int region;
        private volatile Reader reader;
        /** The part's node, read. */
        private Object root;
        private java.util.function.Consumer<Reader> onRead;

        Part(Reader main, int index, int region) {
            this.main = main;
            this.index = index;
            this.region = region;
        }

        public int index() { return index; }

        /** What to do with the part's reader once its nodes are read (before anyone sees them). */
        public void onRead(java.util.function.Consumer<Reader> f) { this.onRead = f; }

        /** The reader of the part's nodes, which it has read: blobs written in its terms are read with {@code at}. */
        public Reader reader() {
            Reader r = reader;
            if (r == null) {
                synchronized (main) {
                    r = reader;
                    if (r == null) {
                        r = new Reader(main.region(region), main.strings, 0, new ArrayList<>(), main.nodes);
                        root = r.node();
                        partsRead.incrementAndGet();
                        if (onRead != null) onRead.accept(r);
                        reader = r;   // (published last: a reader seen is one whose tables are filled)
                    }
                }
            }
            return r;
        }

        /** The part's node (an impl). */
        Object node() {
            reader();
            return root;
        }
    }

    /** A module's items, of which impls in parts of their own are read when first asked for. */
    private static final class PartedList extends java.util.AbstractList<Object> implements java.util.RandomAccess {
        private final Object[] items;

        PartedList(Object[] items) { this.items = items; }

        @Override
        public Object get(int index) {
            Object o = items[index];
            return o instanceof Part p ? p.node() : o;
        }

        @Override
        public int size() { return items.length; }
    }

    /** Reads every part of the image the reader read (a process that compiles programs at once). */
    public static void readAll(Reader main) {
        for (Part p : main.parts) p.reader();
    }

    private static final java.util.concurrent.atomic.AtomicInteger partsRead = new java.util.concurrent.atomic.AtomicInteger();

    /** How many parts have been read, in this process (tests and measurements look). */
    public static int partsRead() { return partsRead.get(); }

    /** How many lazily read lists have been read, in this process (tests and measurements look). */
    private static final java.util.concurrent.atomic.AtomicInteger lazyListsRead = new java.util.concurrent.atomic.AtomicInteger();

    public static int lazyListsRead() { return lazyListsRead.get(); }

    /**
     * A list of nodes read from the image when it is first used. std's AST is shared by the compilations of a
     * process (serve's run concurrently), so the first use reads it under the list's lock.
     */
    private static final class LazyList<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final byte[] image;
        private final String[] strings;
        private final int start;
        private volatile List<T> items;

        LazyList(byte[] image, String[] strings, int start) {
            this.image = image;
            this.strings = strings;
            this.start = start;
        }

        private List<T> items() {
            List<T> l = items;
            if (l == null) {
                synchronized (this) {
                    l = items;
                    if (l == null) {
                        items = l = java.util.Collections.unmodifiableList(new Reader(image, strings, start).list());
                        lazyListsRead.incrementAndGet();
                    }
                }
            }
            return l;
        }

        @Override
        public T get(int index) { return items().get(index); }

        @Override
        public int size() { return items().size(); }
    }
}
