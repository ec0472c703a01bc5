package rustmem.legacy.interp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import rustmem.legacy.types.Ty;

/**
 * {@code <[T]>::sort}, {@code sort_unstable} and {@code sort_by_key} on the simulated memory. Up to 20
 * elements std sorts by insertion (core's insertion_sort_shift_left), and so does this, calling the
 * key function exactly when std does (twice per comparison, first for the element being inserted).
 * Longer slices: the values are ordered as any correct sort orders them (stable where std's is); the
 * stable sort's scratch buffer is allocated and freed on the heap when it does not fit std's 4 KiB
 * stack buffer, as driftsort does; a key function over more than 20 elements is refused, since
 * driftsort's call order is not reproduced.
 */
final class SliceSort {
    private static final int MAX_INSERTION = 20;
    private static final long STACK_SCRATCH_BYTES = 4096;
    private static final long MAX_FULL_ALLOC_BYTES = 8_000_000;
    private static final long SMALL_SORT_GENERAL_SCRATCH_LEN = 48;

    private final Interpreter in;
    private final StdShims heap;

    SliceSort(Interpreter in, StdShims heap) {
        this.in = in;
        this.heap = heap;
    }

    /** A way to order two elements given their addresses. */
    private interface Less {
        boolean test(long a, long b);
    }

    void sort(long ptr, long len, Ty elem, boolean stable, Object site) {
        long size = in.layout(elem).size();
        if (size == 0 || len < 2) return;
        Less less = (a, b) -> compare(a, b, elem) < 0;
        if (len <= MAX_INSERTION) {
            insertionSort(ptr, len, size, less);
            return;
        }
        long scratch = 0;
        if (stable) {
            long allocLen = Math.max(Math.max(len - len / 2, Math.min(len, MAX_FULL_ALLOC_BYTES / size)), SMALL_SORT_GENERAL_SCRATCH_LEN);
            if (allocLen * size > STACK_SCRATCH_BYTES) scratch = heap.allocator.malloc(allocLen * size, site);
        }
        List<byte[]> values = new ArrayList<>();
        for (long i = 0; i < len; i++) values.add(heap.read(ptr + i * size, size));
        long tmp = in.stackSlot(size * 2);
        try {
            values.sort(Comparator.comparing(v -> v, (x, y) -> {
                heap.writeBytes(tmp, x);
                heap.writeBytes(tmp + size, y);
                return compare(tmp, tmp + size, elem);
            }));
        } finally {
            in.releaseStackSlot(tmp);
        }
        for (int i = 0; i < len; i++) heap.writeBytes(ptr + i * size, values.get(i));
        if (scratch != 0) heap.allocator.free(scratch);
    }

    /** sort_by_key with the closure at keyFn: keys compared as the integers, chars or bools they are. */
    void sortByKey(long ptr, long len, Ty elem, Ty.Closure key, long keyFn) {
        long size = in.layout(elem).size();
        if (size == 0 || len < 2) return;
        if (len > MAX_INSERTION) {
            throw new Interpreter.LimitExceeded("unsupported: `sort_by_key` on more than " + MAX_INSERTION
                + " elements (std's driftsort calls the key function in an order rustmem does not reproduce)");
        }
        Ty keyTy = key.ret();
        if (!(keyTy instanceof Ty.Int || keyTy instanceof Ty.Char || keyTy instanceof Ty.Bool)) {
            throw new Interpreter.LimitExceeded("unsupported: `sort_by_key` with keys of type `" + keyTy.display() + "`");
        }
        int keySize = (int) in.layout(keyTy).size();
        boolean signed = keyTy instanceof Ty.Int i && i.kind().signed;
        long slot = in.stackSlot(32);   // the &T argument, then the key
        try {
            Less less = (a, b) -> {
                long ka = keyOf(key, keyFn, a, slot, keySize, signed);
                long kb = keyOf(key, keyFn, b, slot, keySize, signed);
                return IntOps.compare(ka, kb, signed) < 0;
            };
            insertionSort(ptr, len, size, less);
        } finally {
            in.releaseStackSlot(slot);
        }
    }

    private long keyOf(Ty.Closure key, long keyFn, long element, long slot, int keySize, boolean signed) {
        heap.setWord(slot, element);
        in.callClosure(key, keyFn, List.of(slot), slot + 16);
        return in.readScalar(slot + 16, keySize, signed);
    }

    /** core's insertion_sort_shift_left: each element in turn is inserted into the sorted prefix before it. */
    private void insertionSort(long ptr, long len, long size, Less less) {
        long tmp = in.stackSlot(size);
        try {
            for (long i = 1; i < len; i++) {
                long tail = ptr + i * size;
                long sift = tail - size;
                if (!less.test(tail, sift)) continue;
                heap.copy(tail, tmp, size);
                long gap;
                while (true) {
                    heap.copy(sift, sift + size, size);
                    gap = sift;
                    if (sift == ptr) break;
                    sift -= size;
                    if (!less.test(tmp, sift)) break;
                }
                heap.copy(tmp, gap, size);
            }
        } finally {
            in.releaseStackSlot(tmp);
        }
    }

    /** Ord::cmp of two elements of a type sort accepts (integers, chars, bools, &str, String). */
    private int compare(long a, long b, Ty elem) {
        return switch (elem) {
            case Ty.Int i -> {
                int size = (int) in.layout(elem).size();
                yield IntOps.compare(in.readScalar(a, size, i.kind().signed), in.readScalar(b, size, i.kind().signed), i.kind().signed);
            }
            case Ty.Char c -> Long.compare(in.readScalar(a, 4, false), in.readScalar(b, 4, false));
            case Ty.Bool t -> Long.compare(in.readScalar(a, 1, false), in.readScalar(b, 1, false));
            case Ty.Ref r -> Arrays.compareUnsigned(heap.read(heap.word(a), heap.word(a + 8)), heap.read(heap.word(b), heap.word(b + 8)));
            default -> {
                StdShims.VecLayout v = heap.vecLayout(elem);
                yield Arrays.compareUnsigned(heap.read(heap.word(a + v.ptr()), heap.word(a + v.len())),
                    heap.read(heap.word(b + v.ptr()), heap.word(b + v.len())));
            }
        };
    }
}
