package rustmem.interp;

/** A set of longs (open addressing), cleared in time proportional to what it held: a step's dirty lines. */
final class LongSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] table = newTable(64);
    private long[] members = new long[16];
    private int size;

    private static long[] newTable(int n) {
        long[] t = new long[n];
        java.util.Arrays.fill(t, EMPTY);
        return t;
    }

    void add(long v) {
        int mask = table.length - 1;
        for (int i = (int) (v * 0x9E3779B97F4A7C15L >>> 40) & mask; ; i = (i + 1) & mask) {
            if (table[i] == v) return;
            if (table[i] == EMPTY) {
                table[i] = v;
                break;
            }
        }
        if (size == members.length) members = java.util.Arrays.copyOf(members, size * 2);
        members[size++] = v;
        if (size * 2 > table.length) {
            table = newTable(table.length * 2);
            int n = size;
            size = 0;
            long[] old = members;
            members = new long[old.length];
            for (int k = 0; k < n; k++) add(old[k]);
        }
    }

    void forEach(java.util.function.LongConsumer action) {
        for (int k = 0; k < size; k++) action.accept(members[k]);
    }

    void clear() {
        if (size > table.length / 8) java.util.Arrays.fill(table, EMPTY);
        else {
            int mask = table.length - 1;
            for (int k = 0; k < size; k++) {
                for (int i = (int) (members[k] * 0x9E3779B97F4A7C15L >>> 40) & mask; ; i = (i + 1) & mask) {
                    if (table[i] == members[k]) {
                        table[i] = EMPTY;
                        break;
                    }
                }
            }
        }
        size = 0;
    }
}
