package rustmem.legacy.interp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import rustmem.legacy.ir.Lowering;
import rustmem.legacy.ir.Mir;
import rustmem.layout.Layout;
import rustmem.machine.Allocator;
import rustmem.machine.Memory;
import rustmem.legacy.types.Ty;

import static rustmem.legacy.interp.Interpreter.fieldTy;

/**
 * std's HashMap and HashSet as hashbrown builds them: one heap block per table, the (K, V) buckets stored
 * downwards before the control bytes (EMPTY 0xFF, DELETED 0x80, or the top 7 bits of a full bucket's hash,
 * the first 16 mirrored after the last), probed a 16-byte group at a time (SSE2); the capacity 3, 7, then 7/8
 * of a power of two buckets; a new table when it is full. An empty map points to a static group of EMPTY
 * bytes and allocates nothing. Keys hash with SipHash-1-3 under the map's RandomState keys (chosen per
 * process by std; rustmem's are fixed, so its iteration order is one the real program could show).
 */
final class HashMaps {
    private static final int WIDTH = 16;
    private static final byte EMPTY = (byte) 0xFF;
    private static final byte DELETED = (byte) 0x80;

    private final Interpreter in;
    private final StdShims heap;
    private final Memory memory;
    private final Allocator allocator;
    private long emptyGroup;
    /** The call being run (where an unsupported key type is reported). */
    private rustmem.source.Span span;
    /** RandomState::new's keys: std's per-thread keys, k0 one more for each map. */
    private long nextK0 = 0x0706050403020100L;

    HashMaps(Interpreter in, StdShims heap, Memory memory, Allocator allocator) {
        this.in = in;
        this.heap = heap;
        this.memory = memory;
        this.allocator = allocator;
    }

    /** Where a map's parts are, for a HashMap<K, V> or HashSet<T> (= a map to ()) at addr. */
    private record Table(long k0At, long k1At, long maskAt, long ctrlAt, long growthAt, long itemsAt, Ty entry, long size,
                         long keyOff, long valueOff, Ty key, Ty value) {}

    private Table table(long map, Ty mapTy) {
        Ty.Adt a = (Ty.Adt) mapTy;
        boolean set = a.def().name().equals("HashSet");
        Ty key = a.args().get(0);
        Ty value = set ? Ty.UNIT : a.args().get(1);
        long base = in.field(map, mapTy, "base");
        Ty baseTy = fieldTy(mapTy, "base");
        long hb = in.field(base, baseTy, "hash_builder");
        Ty stateTy = fieldTy(baseTy, "hash_builder");
        Ty rawTy = fieldTy(baseTy, "table");
        long inner = in.field(in.field(base, baseTy, "table"), rawTy, "table");
        Ty innerTy = fieldTy(rawTy, "table");
        Ty entry = new Ty.Tuple(List.of(key, value));
        Layout l = in.layout(entry);
        return new Table(in.field(hb, stateTy, "k0"), in.field(hb, stateTy, "k1"), in.field(inner, innerTy, "bucket_mask"),
            in.field(inner, innerTy, "ctrl"), in.field(inner, innerTy, "growth_left"), in.field(inner, innerTy, "items"), entry, l.size(),
            l.fields().offset(0), l.fields().offset(1), key, value);
    }

    private long word(long addr) { return heap.word(addr); }

    private byte ctrl(long ctrl, long i) { return (byte) in.readScalar(ctrl + i, 1, false); }

    /** Sets a control byte and its mirror after the last bucket. */
    private void setCtrl(Table t, long i, byte v) {
        long ctrl = word(t.ctrlAt()), mask = word(t.maskAt());
        in.writeScalar(ctrl + i, 1, v);
        in.writeScalar(ctrl + ((i - WIDTH) & mask) + WIDTH, 1, v);
    }

    /** Bucket i's element: buckets lie below the control bytes, the first one last. */
    private long bucket(Table t, long i) { return word(t.ctrlAt()) - (i + 1) * t.size(); }

    // ------------------------------------------------------------------ making maps

    /** HashMap::new / HashSet::new / with_capacity: the RandomState, and the empty group or a table for capacity. */
    void create(long dest, Ty mapTy, long capacity, Object site) {
        Table t = table(dest, mapTy);
        heap.setWord(t.k0At(), nextK0++);
        heap.setWord(t.k1At(), 0x0f0e0d0c0b0a0908L);
        heap.setWord(t.maskAt(), 0);
        heap.setWord(t.ctrlAt(), emptyGroup());
        heap.setWord(t.growthAt(), 0);
        heap.setWord(t.itemsAt(), 0);
        if (capacity > 0) resize(t, capacity, site);
    }

    private long emptyGroup() {
        if (emptyGroup == 0) {
            byte[] group = new byte[WIDTH];
            java.util.Arrays.fill(group, EMPTY);
            emptyGroup = memory.allocateRodata(group, "hashbrown's empty control group").base;
        }
        return emptyGroup;
    }

    /** Where a table's control bytes start in its block: after the buckets, aligned to the group (TableLayout). */
    private long ctrlOffset(Table t, long buckets) {
        long align = Math.max(in.layout(t.entry()).align(), WIDTH);
        return (t.size() * buckets + align - 1) & -align;
    }

    private static long capacityToBuckets(long cap) {
        if (cap < 8) return cap < 4 ? 4 : 8;
        return Long.highestOneBit(cap * 8 / 7 - 1) << 1;
    }

    private static long bucketMaskToCapacity(long mask) { return mask < 8 ? mask : (mask + 1) / 8 * 7; }

    /** A new table for capacity items (the old one's elements moved in, then its block freed). */
    private void resize(Table t, long capacity, Object site) {
        long buckets = capacityToBuckets(capacity);
        long ctrlOffset = ctrlOffset(t, buckets);
        long block = allocator.malloc(ctrlOffset + buckets + WIDTH, new StdShims.AllocSite("HashMap's table", site));
        long ctrl = block + ctrlOffset;
        byte[] empty = new byte[(int) (buckets + WIDTH)];
        java.util.Arrays.fill(empty, EMPTY);
        heap.writeBytes(ctrl, empty);
        long oldCtrl = word(t.ctrlAt()), oldMask = word(t.maskAt()), items = word(t.itemsAt());
        boolean hadTable = oldCtrl != emptyGroup();
        List<long[]> moving = new ArrayList<>();   // old element address, its hash
        if (hadTable) {
            for (long i = 0; i <= oldMask; i++) {
                if ((ctrl(oldCtrl, i) & 0x80) == 0) {
                    long e = oldCtrl - (i + 1) * t.size();
                    moving.add(new long[] {e, hash(t, e + t.keyOff(), t.key())});
                }
            }
        }
        heap.setWord(t.ctrlAt(), ctrl);
        heap.setWord(t.maskAt(), buckets - 1);
        for (long[] m : moving) {
            long slot = insertSlot(t, m[1]);
            setCtrl(t, slot, h2(m[1]));
            heap.copy(m[0], bucket(t, slot), t.size());
        }
        heap.setWord(t.growthAt(), bucketMaskToCapacity(buckets - 1) - items);
        if (hadTable) allocator.free(oldCtrl - ctrlOffset(t, oldMask + 1));
    }

    // ------------------------------------------------------------------ probing

    private static byte h2(long hash) { return (byte) (hash >>> 57); }

    /** The bucket holding a key equal to the one at keyAt (of type keyTy), or -1. */
    private long find(Table t, long hash, long keyAt, Ty keyTy) {
        long ctrl = word(t.ctrlAt()), mask = word(t.maskAt());
        long pos = hash & mask;
        for (long stride = 0; ; ) {
            byte[] group = heap.read(ctrl + pos, WIDTH);
            for (int bit = 0; bit < WIDTH; bit++) {
                if (group[bit] == h2(hash)) {
                    long i = (pos + bit) & mask;
                    if (heap.compare().compare(bucket(t, i) + t.keyOff(), t.key(), keyAt, keyTy) == 0) return i;
                }
            }
            for (byte b : group) if (b == EMPTY) return -1;
            stride += WIDTH;
            pos = (pos + stride) & mask;
        }
    }

    /** The first EMPTY or DELETED bucket on the key's probe sequence. */
    private long insertSlot(Table t, long hash) {
        long ctrl = word(t.ctrlAt()), mask = word(t.maskAt());
        long pos = hash & mask;
        for (long stride = 0; ; ) {
            byte[] group = heap.read(ctrl + pos, WIDTH);
            for (int bit = 0; bit < WIDTH; bit++) {
                if ((group[bit] & 0x80) != 0) {
                    long i = (pos + bit) & mask;
                    if ((ctrl(ctrl, i) & 0x80) != 0) return i;
                    // a table smaller than a group: the special byte was a trailing one; the first group has one
                    byte[] first = heap.read(ctrl, WIDTH);
                    for (int b = 0; b < WIDTH; b++) if ((first[b] & 0x80) != 0) return b;
                }
            }
            stride += WIDTH;
            pos = (pos + stride) & mask;
        }
    }

    private void reserveOne(Table t, Object site) { reserve(t, 1, site); }

    /** hashbrown's reserve: a bigger table (or the same one rehashed, after many removals) when there is too little room. */
    private void reserve(Table t, long additional, Object site) {
        if (additional <= word(t.growthAt())) return;
        long items = word(t.itemsAt());
        long full = bucketMaskToCapacity(word(t.maskAt()));
        if (word(t.ctrlAt()) != emptyGroup() && items + additional <= full / 2) {
            rehashInPlace(t);
        } else {
            resize(t, Math.max(items + additional, full + 1), site);
        }
    }

    /** Extend's first step: room for the iterator's size_hint().0 (half of it when the set has elements). */
    void reserveFor(long set, Ty setTy, long hint, Object site) {
        Table t = table(set, setTy);
        reserve(t, word(t.itemsAt()) == 0 ? hint : (hint + 1) / 2, site);
    }

    /** The DELETED markers cleared: every element put back on its probe sequence in the same table. */
    private void rehashInPlace(Table t) {
        long ctrl = word(t.ctrlAt()), mask = word(t.maskAt());
        List<byte[]> elements = new ArrayList<>();
        for (long i = 0; i <= mask; i++) {
            if ((ctrl(ctrl, i) & 0x80) == 0) elements.add(heap.read(bucket(t, i), t.size()));
        }
        byte[] empty = new byte[(int) (mask + 1 + WIDTH)];
        java.util.Arrays.fill(empty, EMPTY);
        heap.writeBytes(ctrl, empty);
        long scratch = in.stackSlot(Math.max(t.size(), 1));
        try {
            for (byte[] e : elements) {
                heap.writeBytes(scratch, e);
                long hash = hash(t, scratch + t.keyOff(), t.key());
                long slot = insertSlot(t, hash);
                setCtrl(t, slot, h2(hash));
                heap.writeBytes(bucket(t, slot), e);
            }
        } finally {
            in.releaseStackSlot(scratch);
        }
        heap.setWord(t.growthAt(), bucketMaskToCapacity(mask) - elements.size());
    }

    /** A new element in the bucket for hash: its control byte set, the counts updated; the element's address. */
    private long claim(Table t, long hash) {
        long slot = insertSlot(t, hash);
        if (ctrl(word(t.ctrlAt()), slot) == EMPTY) heap.setWord(t.growthAt(), word(t.growthAt()) - 1);
        setCtrl(t, slot, h2(hash));
        heap.setWord(t.itemsAt(), word(t.itemsAt()) + 1);
        return bucket(t, slot);
    }

    // ------------------------------------------------------------------ the methods

    /** insert(&mut self, k, v): Some(the old value) with the new key dropped, or None with a new element. For a set, a bool. */
    void insert(Interpreter.Frame f, Mir.StdCall c, long dest, Ty destTy) {
        span = c.span();
        Ty mapTy = ((Ty.Ref) c.argTys().get(0)).pointee();
        Table t = table(in.scalar(f, c.args().get(0)), mapTy);
        reserveOne(t, heap.site(c.span()));
        long k = in.spill(f, c.args().get(1), t.key());
        try {
            long hash = hash(t, k, t.key());
            long found = find(t, hash, k, t.key());
            boolean set = t.value().equals(Ty.UNIT) && c.args().size() == 2;
            if (found >= 0) {
                in.dropInPlace(k, t.key());   // the map keeps its own key
                if (set) {
                    in.writeScalar(dest, 1, 0);
                    return;
                }
                long v = bucket(t, found) + t.valueOff();
                heap.copy(v, dest + in.variantFieldOffset(destTy, 1, 0), in.layout(t.value()).size());
                in.storeAt(f, c.args().get(2), v, t.value());
                in.writeVariant(dest, destTy, 1);
                return;
            }
            long e = claim(t, hash);
            heap.copy(k, e + t.keyOff(), in.layout(t.key()).size());
            if (set) {
                in.writeScalar(dest, 1, 1);
            } else {
                in.storeAt(f, c.args().get(2), e + t.valueOff(), t.value());
                in.writeVariant(dest, destTy, 0);
            }
        } finally {
            in.releaseStackSlot(k);
        }
    }

    /** The element for the key &Q (args[1]): its address, or -1; Q may be a borrowed form (&str for a String key). */
    private long lookup(Interpreter.Frame f, Mir.StdCall c, Table t) {
        Ty qRef = c.argTys().get(1);
        long q = in.spill(f, c.args().get(1), qRef);
        try {
            long i = find(t, hash(t, q, qRef), q, qRef);
            return i < 0 ? -1 : bucket(t, i);
        } finally {
            in.releaseStackSlot(q);
        }
    }

    /** get, get_mut (Option<&V>), contains_key / contains (bool), remove (Option<V>, or bool for a set). */
    void query(Interpreter.Frame f, Mir.StdCall c, long dest, Ty destTy) {
        span = c.span();
        Ty mapTy = ((Ty.Ref) c.argTys().get(0)).pointee();
        Table t = table(in.scalar(f, c.args().get(0)), mapTy);
        long e = lookup(f, c, t);
        String method = c.path().substring(c.path().indexOf("::") + 2);
        switch (method) {
            case "contains_key", "contains" -> in.writeScalar(dest, 1, e >= 0 ? 1 : 0);
            case "get", "get_mut" -> {
                if (e >= 0) heap.setWord(dest + in.variantFieldOffset(destTy, 1, 0), e + t.valueOff());
                in.writeVariant(dest, destTy, e >= 0 ? 1 : 0);
            }
            default -> {   // remove
                boolean set = destTy instanceof Ty.Bool;
                if (e >= 0) {
                    if (set) in.writeScalar(dest, 1, 1);
                    else heap.copy(e + t.valueOff(), dest + in.variantFieldOffset(destTy, 1, 0), in.layout(t.value()).size());
                    in.dropInPlace(e + t.keyOff(), t.key());
                    erase(t, (word(t.ctrlAt()) - e) / t.size() - 1);
                } else if (set) {
                    in.writeScalar(dest, 1, 0);
                }
                if (!set) in.writeVariant(dest, destTy, e >= 0 ? 1 : 0);
            }
        }
    }

    /** Empties bucket i: EMPTY when a probe could not have passed it, else DELETED (a tombstone). */
    private void erase(Table t, long i) {
        long ctrl = word(t.ctrlAt()), mask = word(t.maskAt());
        int before = emptyMask(heap.read(ctrl + ((i - WIDTH) & mask), WIDTH));
        int after = emptyMask(heap.read(ctrl + i, WIDTH));
        boolean tombstone = Integer.numberOfLeadingZeros(before << 16) + Integer.numberOfTrailingZeros(after | 0x10000) >= WIDTH;
        if (!tombstone) heap.setWord(t.growthAt(), word(t.growthAt()) + 1);
        setCtrl(t, i, tombstone ? DELETED : EMPTY);
        heap.setWord(t.itemsAt(), word(t.itemsAt()) - 1);
    }

    private static int emptyMask(byte[] group) {
        int m = 0;
        for (int b = 0; b < WIDTH; b++) if (group[b] == EMPTY) m |= 1 << b;
        return m;
    }

    long len(long map, Ty mapTy) { return word(table(map, mapTy).itemsAt()); }

    /**
     * entry(key): Occupied { the bucket, the table } (the key dropped), or Vacant { hash, key, table } after
     * reserving room for it (hashbrown's rustc_entry).
     */
    void entry(Interpreter.Frame f, Mir.StdCall c, long dest, Ty entryTy) {
        span = c.span();
        Ty mapTy = ((Ty.Ref) c.argTys().get(0)).pointee();
        long map = in.scalar(f, c.args().get(0));
        Table t = table(map, mapTy);
        long k = in.spill(f, c.args().get(1), t.key());
        try {
            long hash = hash(t, k, t.key());
            long found = find(t, hash, k, t.key());
            long tableAt = in.field(in.field(map, mapTy, "base"), fieldTy(mapTy, "base"), "table");
            int variant = found >= 0 ? 0 : 1;   // Occupied, Vacant
            Ty wrapper = fieldTy(entryTy, variant, 0);
            Ty base = fieldTy(wrapper, "base");
            long b = in.field(dest + in.variantFieldOffset(entryTy, variant, 0), wrapper, "base");
            if (found >= 0) {
                in.dropInPlace(k, t.key());
                Ty bucketTy = fieldTy(base, "elem");
                heap.setWord(in.field(in.field(b, base, "elem"), bucketTy, "ptr"), bucket(t, found) + t.size());
            } else {
                reserveOne(t, heap.site(c.span()));
                heap.setWord(in.field(b, base, "hash"), hash);
                heap.copy(k, in.field(b, base, "key"), in.layout(t.key()).size());
            }
            heap.setWord(in.field(b, base, "table"), tableAt);
            in.writeVariant(dest, entryTy, variant);
        } finally {
            in.releaseStackSlot(k);
        }
    }

    /** Entry::or_insert(default) / or_default(): &mut to the value, inserted from the Vacant entry if needed. */
    void orInsert(Interpreter.Frame f, Mir.StdCall c, long dest) {
        Ty entryTy = c.argTys().get(0);
        long entry = in.spill(f, c.args().get(0), entryTy);
        try {
            Ty.Adt e = (Ty.Adt) entryTy;
            Ty key = e.args().get(0), value = e.args().get(1);
            Ty tuple = new Ty.Tuple(List.of(key, value));
            long keyOff = in.layout(tuple).fields().offset(0), valueOff = in.layout(tuple).fields().offset(1);
            int variant = in.variantAt(entry, entryTy);
            Ty wrapper = fieldTy(entryTy, variant, 0);
            Ty base = fieldTy(wrapper, "base");
            long b = in.field(entry + in.variantFieldOffset(entryTy, variant, 0), wrapper, "base");
            boolean withDefault = c.args().size() == 2;
            if (variant == 0) {
                long elem = word(in.field(in.field(b, base, "elem"), fieldTy(base, "elem"), "ptr")) - in.layout(tuple).size();
                if (withDefault) {
                    long d = in.spill(f, c.args().get(1), value);
                    in.dropInPlace(d, value);
                    in.releaseStackSlot(d);
                }
                heap.setWord(dest, elem + valueOff);
                return;
            }
            Table t = tableAt(word(in.field(b, base, "table")), ((Ty.Ref) fieldTy(base, "table")).pointee(), key, value);
            long hash = word(in.field(b, base, "hash"));
            long el = claim(t, hash);
            heap.copy(in.field(b, base, "key"), el + keyOff, in.layout(key).size());
            if (withDefault) in.storeAt(f, c.args().get(1), el + valueOff, value);
            else defaultValue(el + valueOff, value, c.span());
            heap.setWord(dest, el + valueOff);
        } finally {
            in.releaseStackSlot(entry);
        }
    }

    /** The parts of the RawTable<(K, V)> at rawTable (an entry's view of its map's table; it never hashes). */
    private Table tableAt(long rawTable, Ty rawTy, Ty key, Ty value) {
        Ty entry = new Ty.Tuple(List.of(key, value));
        Ty innerTy = fieldTy(rawTy, "table");
        long inner = in.field(rawTable, rawTy, "table");
        Layout l = in.layout(entry);
        return new Table(0, 0, in.field(inner, innerTy, "bucket_mask"), in.field(inner, innerTy, "ctrl"), in.field(inner, innerTy, "growth_left"),
            in.field(inner, innerTy, "items"), entry, l.size(), l.fields().offset(0), l.fields().offset(1), key, value);
    }

    /** Default::default() of the value types or_default makes: numbers, bool, char (zero bytes), String and Vec. */
    private void defaultValue(long at, Ty ty, rustmem.source.Span span) {
        long size = in.layout(ty).size();
        if (ty instanceof Ty.Int || ty instanceof Ty.Float || ty instanceof Ty.Bool) {
            heap.writeBytes(at, new byte[(int) size]);
        } else if (ty instanceof Ty.Adt a && a.def().fromStd() && (a.def().name().equals("String") || a.def().name().equals("Vec"))) {
            heap.emptyVec(at, ty);
        } else {
            throw new Lowering.Unsupported(span, "`or_default` for `" + ty.display() + "`");
        }
    }

    // ------------------------------------------------------------------ iteration, drop, formatting

    /** The addresses of the full buckets' elements, in hashbrown's iteration order (by bucket index). */
    List<Long> elements(long map, Ty mapTy) {
        Table t = table(map, mapTy);
        List<Long> out = new ArrayList<>();
        long ctrl = word(t.ctrlAt());
        if (ctrl == emptyGroup()) return out;
        for (long i = 0; i <= word(t.maskAt()); i++) if ((ctrl(ctrl, i) & 0x80) == 0) out.add(bucket(t, i));
        return out;
    }

    /** iter/keys/values: RawIter { RawIterRange { data, next_ctrl, end, current_group }, items } at dest. */
    void iter(long map, Ty mapTy, long dest, Ty iterTy) {
        Table t = table(map, mapTy);
        long raw = rawIter(dest, iterTy);
        Ty rawTy = rawIterTy(iterTy);
        Ty rangeTy = fieldTy(rawTy, "iter");
        long range = in.field(raw, rawTy, "iter");
        long ctrl = word(t.ctrlAt());
        heap.setWord(in.field(in.field(range, rangeTy, "data"), fieldTy(rangeTy, "data"), "ptr"), ctrl);
        heap.setWord(in.field(range, rangeTy, "next_ctrl"), ctrl + WIDTH);
        heap.setWord(in.field(range, rangeTy, "end"), ctrl + word(t.maskAt()) + 1);
        int full = ~emptyOrDeleted(heap.read(ctrl, WIDTH)) & 0xFFFF;
        in.writeScalar(in.field(range, rangeTy, "current_group"), 2, full);
        heap.setWord(in.field(raw, rawTy, "items"), word(t.itemsAt()));
    }

    private static int emptyOrDeleted(byte[] group) {
        int m = 0;
        for (int b = 0; b < WIDTH; b++) if ((group[b] & 0x80) != 0) m |= 1 << b;
        return m;
    }

    /** The RawIter inside a map or set iterator (HashMapIter, Keys, Values, HashSetIter), and its type. */
    private long rawIter(long it, Ty iterTy) {
        return switch (((Ty.Adt) iterTy).def().name()) {
            case "HashMapIter" -> in.field(in.field(it, iterTy, "base"), fieldTy(iterTy, "base"), "inner");
            case "Keys", "Values" -> rawIter(in.field(it, iterTy, "inner"), fieldTy(iterTy, "inner"));
            case "HashSetIter" -> {
                Ty sb = fieldTy(iterTy, "base");
                Ty keys = fieldTy(sb, "iter");
                yield rawIter(in.field(in.field(in.field(it, iterTy, "base"), sb, "iter"), keys, "inner"), fieldTy(keys, "inner"));
            }
            case "HashbrownIter" -> in.field(it, iterTy, "inner");
            default -> throw new IllegalStateException("not a map iterator: " + iterTy.display());
        };
    }

    private static Ty rawIterTy(Ty iterTy) {
        return switch (((Ty.Adt) iterTy).def().name()) {
            case "HashMapIter" -> fieldTy(fieldTy(iterTy, "base"), "inner");
            case "Keys", "Values" -> rawIterTy(fieldTy(iterTy, "inner"));
            case "HashSetIter" -> rawIterTy(fieldTy(fieldTy(fieldTy(iterTy, "base"), "iter"), "inner"));
            case "HashbrownKeys" -> rawIterTy(fieldTy(iterTy, "inner"));
            default -> fieldTy(iterTy, "inner");   // HashbrownIter
        };
    }

    /** Iterator::next of a map or set iterator: the next full bucket's element, as the item's references. */
    boolean next(long it, Ty iterTy, long out) {
        long raw = rawIter(it, iterTy);
        Ty rawTy = rawIterTy(iterTy);
        long itemsAt = in.field(raw, rawTy, "items");
        if (word(itemsAt) == 0) return false;
        Ty rangeTy = fieldTy(rawTy, "iter");
        long range = in.field(raw, rawTy, "iter");
        Ty entry = ((Ty.Adt) fieldTy(fieldTy(rangeTy, "data"), "ptr")).args().get(0);
        long size = in.layout(entry).size();
        long dataAt = in.field(in.field(range, rangeTy, "data"), fieldTy(rangeTy, "data"), "ptr");
        long groupAt = in.field(range, rangeTy, "current_group");
        while (true) {
            int group = (int) in.readScalar(groupAt, 2, false);
            if (group != 0) {
                int bit = Integer.numberOfTrailingZeros(group);
                group &= group - 1;
                in.writeScalar(groupAt, 2, group);
                long element = word(dataAt) - (bit + 1) * size;
                heap.setWord(itemsAt, word(itemsAt) - 1);
                writeItem(element, entry, iterTy, out);
                return true;
            }
            long next = word(in.field(range, rangeTy, "next_ctrl"));
            int full = ~emptyOrDeleted(heap.read(next, WIDTH)) & 0xFFFF;
            in.writeScalar(groupAt, 2, full);
            heap.setWord(dataAt, word(dataAt) - WIDTH * size);
            heap.setWord(in.field(range, rangeTy, "next_ctrl"), next + WIDTH);
        }
    }

    private void writeItem(long element, Ty entry, Ty iterTy, long out) {
        Layout l = in.layout(entry);
        switch (((Ty.Adt) iterTy).def().name()) {
            case "HashMapIter" -> {
                Ty item = new Ty.Tuple(List.of(new Ty.Ref(((Ty.Tuple) entry).elements().get(0), false),
                    new Ty.Ref(((Ty.Tuple) entry).elements().get(1), false)));
                heap.setWord(out + in.layout(item).fields().offset(0), element + l.fields().offset(0));
                heap.setWord(out + in.layout(item).fields().offset(1), element + l.fields().offset(1));
            }
            case "Values" -> heap.setWord(out, element + l.fields().offset(1));
            default -> heap.setWord(out, element + l.fields().offset(0));   // Keys, a set's elements
        }
    }

    /** Drop glue: every element's key and value, then the table's block (none for the empty group). */
    void drop(long map, Ty mapTy) {
        Table t = table(map, mapTy);
        long ctrl = word(t.ctrlAt());
        if (ctrl == emptyGroup()) return;
        for (long e : elements(map, mapTy)) {
            in.dropInPlace(e + t.keyOff(), t.key());
            in.dropInPlace(e + t.valueOff(), t.value());
        }
        allocator.free(ctrl - ctrlOffset(t, word(t.maskAt()) + 1));
    }

    // ------------------------------------------------------------------ hashing

    /** SipHash-1-3 of the value at addr (of type ty) under the map's keys, as its Hash impl feeds the hasher. */
    private long hash(Table t, long addr, Ty ty) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        feed(bytes, addr, ty);
        return Sip13.hash(word(t.k0At()), word(t.k1At()), bytes.toByteArray());
    }

    /** The bytes std's Hash impls write for the value at addr. */
    private void feed(ByteArrayOutputStream out, long addr, Ty ty) {
        switch (ty) {
            case Ty.Int i -> out.writeBytes(heap.read(addr, in.layout(ty).size()));
            case Ty.Bool b -> out.writeBytes(heap.read(addr, 1));
            case Ty.Char ch -> out.writeBytes(heap.read(addr, 4));
            case Ty.Ref r when r.pointee() instanceof Ty.Str -> str(out, word(addr), word(addr + 8));
            case Ty.Ref r when r.pointee() instanceof Ty.Slice s -> {
                long len = word(addr + 8);
                out.writeBytes(le(len));
                long size = in.layout(s.element()).size();
                for (long i = 0; i < len; i++) feed(out, word(addr) + i * size, s.element());
            }
            case Ty.Ref r -> feed(out, word(addr), r.pointee());
            case Ty.Tuple tu -> {
                for (int i = 0; i < tu.elements().size(); i++) feed(out, addr + in.layout(ty).fields().offset(i), tu.elements().get(i));
            }
            case Ty.Adt a when a.def().fromStd() && a.def().name().equals("String") -> {
                String s = heap.stringText(addr, ty);
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(b);
                out.write(0xFF);
            }
            case Ty.Adt a when a.def().fromStd() && a.def().name().equals("Box") -> feed(out, word(addr), a.args().get(0));
            // #[derive(Hash)]: a struct's fields in order; an enum's discriminant (as isize), then its variant's fields
            case Ty.Adt a when !a.def().fromStd() && a.def().isStruct() && a.def().derives().contains("Hash") -> {
                for (int i = 0; i < a.def().variants().get(0).fields().size(); i++) {
                    feed(out, addr + in.layout(ty).fields().offset(i), fieldTy(ty, -1, i));
                }
            }
            case Ty.Adt a when a.def().isEnum() && (a.def().fromStd() ? a.def().name().equals("Option") : a.def().derives().contains("Hash")) -> {
                int v = in.variantAt(addr, ty);
                out.writeBytes(le(in.discriminantValue(a.def(), v)));
                for (int i = 0; i < a.def().variants().get(v).fields().size(); i++) {
                    feed(out, addr + in.variantFieldOffset(ty, v, i), fieldTy(ty, v, i));
                }
            }
            default -> throw new Lowering.Unsupported(span, "hashing a `" + ty.display() + "`");
        }
    }

    private void str(ByteArrayOutputStream out, long ptr, long len) {
        out.writeBytes(heap.read(ptr, len));
        out.write(0xFF);
    }

    private static byte[] le(long v) {
        return java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(v).array();
    }
}
