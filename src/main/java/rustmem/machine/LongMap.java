package rustmem.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * A hash map from addresses to values without boxing the keys: open addressing with linear
 * probing and backward-shift deletion. The allocator looks a block up on every malloc, free and
 * realloc; a java.util map would box each address.
 */
final class LongMap<V> {
    private long[] keys = new long[64];
    private Object[] values = new Object[64];
    private int size;

    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) return value(i);
        }
        return null;
    }

    boolean containsKey(long key) { return get(key) != null; }

    /** Maps key to value (not null); returns the previous value. */
    V put(long key, V value) {
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                V old = value(i);
                values[i] = value;
                return old;
            }
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return null;
    }

    V remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) i = (i + 1) & mask;
        if (values[i] == null) return null;
        V old = value(i);
        // shift later entries of the probe run back into the hole, so that no search stops early
        int hole = i;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
        size--;
        return old;
    }

    List<V> values() {
        List<V> out = new ArrayList<>(size);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) out.add(value(i));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private V value(int i) { return (V) values[i]; }

    private static int slot(long key, int mask) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;   // Fibonacci hashing: addresses differ in their middle bits
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) put(oldKeys[i], value(oldValues, i));
        }
    }

    @SuppressWarnings("unchecked")
    private V value(Object[] vs, int i) { return (V) vs[i]; }
}
