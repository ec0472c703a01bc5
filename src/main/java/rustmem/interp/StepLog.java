package rustmem.interp;

import java.nio.ByteBuffer;

/**
 * The bytes of a recording ({@link Replay}): what each step changed, appended as the run goes and read back from
 * any position, and the checkpoints' memory. Numbers are LEB128. The bytes live in chunks outside the Java heap, so
 * the log grows without copying what it holds, and the garbage collector neither scans nor moves it.
 */
final class StepLog {
    private static final int CHUNK_SHIFT = 20, CHUNK = 1 << CHUNK_SHIFT;
    private ByteBuffer[] chunks = new ByteBuffer[4];
    private long size;

    long size() { return size; }

    private ByteBuffer chunk(long pos) {
        int c = (int) (pos >>> CHUNK_SHIFT);
        if (c == chunks.length) chunks = java.util.Arrays.copyOf(chunks, c * 2);
        if (chunks[c] == null) chunks[c] = ByteBuffer.allocateDirect(CHUNK);
        return chunks[c];
    }

    void put(int b) {
        chunk(size).put((int) (size & (CHUNK - 1)), (byte) b);
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
        while (n > 0) {
            int at = (int) (size & (CHUNK - 1)), k = Math.min(n, CHUNK - at);
            chunk(size).put(at, b, off, k);
            size += k;
            off += k;
            n -= k;
        }
    }

    /** Forgets what it holds (keeping its chunks). */
    void clear() { size = 0; }

    /** Appends what it holds to log. */
    void appendTo(StepLog log) {
        if (size == 0) return;
        byte[] b = new byte[(int) Math.min(size, CHUNK)];
        for (long i = 0; i < size; i += CHUNK) {
            int n = (int) Math.min(CHUNK, size - i);
            chunks[(int) (i >>> CHUNK_SHIFT)].get(0, b, 0, n);
            log.putBytes(b, 0, n);
        }
    }

    /** The bytes it holds outside the heap. */
    long footprint() { return (long) CHUNK * ((size + CHUNK - 1) >>> CHUNK_SHIFT); }

    /** A reader from position pos. */
    Reader reader(long pos) { return new Reader(pos); }

    final class Reader {
        private long pos;

        private Reader(long pos) { this.pos = pos; }

        long position() { return pos; }

        boolean atEnd() { return pos >= size; }

        int peek() { return chunks[(int) (pos >>> CHUNK_SHIFT)].get((int) (pos & (CHUNK - 1))) & 0xFF; }

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
            while (n > 0) {
                int at = (int) (pos & (CHUNK - 1)), k = Math.min(n, CHUNK - at);
                chunks[(int) (pos >>> CHUNK_SHIFT)].get(at, into, off, k);
                pos += k;
                off += k;
                n -= k;
            }
        }
    }
}
