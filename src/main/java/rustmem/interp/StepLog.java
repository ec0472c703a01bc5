package rustmem.interp;

/**
 * The bytes of a recording ({@link Replay}): what each step changed, appended as the run goes and read back from
 * any position. Numbers are LEB128; the bytes live in chunks, so the log grows without copying what it holds.
 */
final class StepLog {
    private static final int CHUNK_SHIFT = 20, CHUNK = 1 << CHUNK_SHIFT;
    private byte[][] chunks = new byte[4][];
    private long size;

    long size() { return size; }

    void put(int b) {
        int c = (int) (size >>> CHUNK_SHIFT);
        if (c == chunks.length) chunks = java.util.Arrays.copyOf(chunks, c * 2);
        if (chunks[c] == null) chunks[c] = new byte[CHUNK];
        chunks[c][(int) (size & (CHUNK - 1))] = (byte) b;
        size++;
    }

    void putNumber(long v) {
        while ((v & ~0x7FL) != 0) {
            put((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        put((int) v);
    }

    void putBytes(byte[] b, int off, int n) {
        for (int i = 0; i < n; i++) put(b[off + i]);
    }

    /** Forgets what it holds (keeping its chunks). */
    void clear() { size = 0; }

    /** Appends what it holds to log. */
    void appendTo(StepLog log) {
        for (long i = 0; i < size; i++) log.put(chunks[(int) (i >>> CHUNK_SHIFT)][(int) (i & (CHUNK - 1))]);
    }

    /** The bytes Java holds for it. */
    long footprint() { return (long) CHUNK * ((size + CHUNK - 1) >>> CHUNK_SHIFT); }

    /** A reader from position pos. */
    Reader reader(long pos) { return new Reader(pos); }

    final class Reader {
        private long pos;

        private Reader(long pos) { this.pos = pos; }

        long position() { return pos; }

        boolean atEnd() { return pos >= size; }

        int peek() { return chunks[(int) (pos >>> CHUNK_SHIFT)][(int) (pos & (CHUNK - 1))] & 0xFF; }

        int get() {
            int b = peek();
            pos++;
            return b;
        }

        long number() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = get();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
        }

        int integer() { return (int) number(); }

        void bytes(byte[] into, int off, int n) {
            for (int i = 0; i < n; i++) into[off + i] = (byte) get();
        }
    }
}
