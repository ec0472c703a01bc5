package rustmem.legacy.interp;

/** SipHash-1-3 (one compression round, three finalization rounds): std's DefaultHasher, over a whole message. */
final class Sip13 {
    private Sip13() {}

    static long hash(long k0, long k1, byte[] m) {
        long v0 = k0 ^ 0x736f6d6570736575L, v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L, v3 = k1 ^ 0x7465646279746573L;
        int full = m.length & ~7;
        for (int i = 0; i < full; i += 8) {
            long word = 0;
            for (int b = 7; b >= 0; b--) word = (word << 8) | (m[i + b] & 0xFFL);
            v3 ^= word;
            long[] v = round(v0, v1, v2, v3);
            v0 = v[0] ^ word;
            v1 = v[1];
            v2 = v[2];
            v3 = v[3];
        }
        long last = (long) (m.length & 0xFF) << 56;
        for (int b = m.length - 1; b >= full; b--) last |= (m[b] & 0xFFL) << (8 * (b - full));
        v3 ^= last;
        long[] v = round(v0, v1, v2, v3);
        v0 = v[0] ^ last;
        v2 = v[2] ^ 0xFF;
        v1 = v[1];
        v3 = v[3];
        for (int r = 0; r < 3; r++) {
            v = round(v0, v1, v2, v3);
            v0 = v[0];
            v1 = v[1];
            v2 = v[2];
            v3 = v[3];
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private static long[] round(long v0, long v1, long v2, long v3) {
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        return new long[] {v0, v1, v2, v3};
    }
}
