package rustmem.types;

import java.util.IdentityHashMap;

/**
 * A front for a map keyed by types (or instances) that answers by the key's identity: the interpreter asks for the
 * same facts (a layout, drop glue, a body) with the very objects its nodes hold, millions of times, and a {@link Ty}'s
 * structural hash and equality walk the whole type. Bounded: keys made afresh at each ask (a type substituted at run
 * time) only cost a miss, never memory; at the bound the front starts over.
 */
public final class IdentityCache<K, V> {
    private static final int BOUND = 4096;
    private final IdentityHashMap<K, V> map = new IdentityHashMap<>();

    /** The value cached for this very object, or null. */
    public V get(K key) { return map.get(key); }

    /** The value for key: this very object's, else the one backing (the structural map this fronts) holds, or null. */
    public V get(K key, java.util.Map<K, V> backing) {
        V v = map.get(key);
        if (v == null && (v = backing.get(key)) != null) put(key, v);
        return v;
    }

    public void put(K key, V value) {
        if (map.size() >= BOUND) map.clear();
        map.put(key, value);
    }
}
