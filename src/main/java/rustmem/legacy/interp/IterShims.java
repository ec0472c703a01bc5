package rustmem.legacy.interp;

import java.util.List;
import rustmem.layout.Layout;
import rustmem.legacy.types.IteratorCalls;
import rustmem.legacy.types.Ty;

/**
 * std's iterators on their real layouts: slice::Iter and IterMut (a pointer and an end pointer, or
 * the remaining length for zero-sized elements), vec::IntoIter (its buffer, capacity and the
 * remaining range), and the adapters, which hold the iterator they wrap and advance it. Closures of
 * map and filter run on the simulated stack, called as std's adapters call them; an adapter's item in
 * flight lives in a stack slot below the current frame.
 */
final class IterShims {
    private static final int NONE = 0;
    private static final int SOME = 1;

    private final Interpreter in;
    private final StdShims heap;
    final StrIterShims strs;

    IterShims(Interpreter in, StdShims heap) {
        this.in = in;
        this.heap = heap;
        this.strs = new StrIterShims(in, heap);
    }

    // ------------------------------------------------------------------ making iterators

    /** slice::Iter or IterMut over len elements from ptr, written at dest (of type iterTy). */
    void sliceIter(long ptr, long len, long dest, Ty iterTy) {
        Layout l = in.layout(iterTy);
        long elem = elemSize(iterTy);
        heap.setWord(dest + l.fields().offset(0), ptr);
        // zero-sized elements: the second word counts what is left
        heap.setWord(dest + l.fields().offset(1), elem == 0 ? len : ptr + len * elem);
    }

    /** Vec::into_iter: the Vec's buffer, capacity and elements move into a vec::IntoIter at dest. */
    void vecIntoIter(long vec, Ty vecTy, long dest, Ty iterTy) {
        StdShims.VecLayout v = heap.vecLayout(vecTy);
        Layout l = in.layout(iterTy);
        long ptr = heap.word(vec + v.ptr());
        long len = heap.word(vec + v.len());
        heap.setWord(dest + l.fields().offset(0), ptr);
        heap.setWord(dest + l.fields().offset(2), heap.word(vec + v.cap()));
        heap.setWord(dest + l.fields().offset(4), ptr);
        heap.setWord(dest + l.fields().offset(5), ptr + (v.elemSize() == 0 ? len : len * v.elemSize()));
    }

    /** array::IntoIter from the array's bytes at from: data copied in, alive = 0..N. */
    void arrayIntoIter(long from, Ty iterTy, long dest) {
        Ty.Array data = (Ty.Array) ((Ty.Adt) iterTy).args().get(0);
        Layout l = in.layout(iterTy);
        heap.copy(from, dest + l.fields().offset(0), in.layout(data).size());
        long alive = dest + l.fields().offset(1);
        heap.setWord(alive, 0);
        heap.setWord(alive + 8, data.length());
    }

    /** Drops an array::IntoIter: the elements still alive. */
    void dropArrayIntoIter(long it, Ty iterTy) {
        Ty elem = item(iterTy);
        long size = in.layout(elem).size();
        long data = in.field(it, iterTy, 0);
        long alive = in.field(it, iterTy, 1);
        for (long i = heap.word(alive); i < heap.word(alive + 8); i++) in.dropInPlace(data + i * size, elem);
    }

    /** Drops a vec::IntoIter: the elements not taken yet, then the buffer. */
    void dropIntoIter(long it, Ty iterTy) {
        Layout l = in.layout(iterTy);
        Ty elem = ((Ty.Adt) iterTy).args().get(0);
        long size = in.layout(elem).size();
        long ptr = heap.word(it + l.fields().offset(4));
        long end = heap.word(it + l.fields().offset(5));
        for (long p = ptr; size > 0 && p < end; p += size) in.dropInPlace(p, elem);
        if (heap.word(it + l.fields().offset(2)) > 0 && size > 0) heap.allocator.free(heap.word(it + l.fields().offset(0)));
    }

    // ------------------------------------------------------------------ Iterator::next

    /** Iterator::next(&mut it): writes Some(item) or None at dest. */
    void next(long it, Ty iterTy, long dest, Ty optionTy) {
        long item = dest + in.variantFieldOffset(optionTy, SOME, 0);
        boolean some = next(it, iterTy, item, false);
        in.writeVariant(dest, optionTy, some ? SOME : NONE);
    }

    private Ty item(Ty iterTy) {
        return IteratorCalls.item(iterTy, t -> t, t -> {
            rustmem.legacy.ir.Mir.ProgramIterator own = in.program().iterators().get(t);
            return own == null ? null : own.item();
        });
    }

    private long elemSize(Ty iterTy) { return in.layout(((Ty.Adt) iterTy).args().get(0)).size(); }

    private Ty fieldTy(Ty ty, int i) { return Interpreter.fieldTy(ty, -1, i); }

    /** Iterator::size_hint().0: what the iterator at it certainly still yields (0 where a filter may drop all). */
    long sizeHint(long it, Ty ty) {
        Ty.Adt a = (Ty.Adt) ty;
        return switch (a.def().name()) {
            case "Iter", "IterMut" -> {
                long size = elemSize(ty), ptr = heap.word(in.field(it, ty, 0)), end = heap.word(in.field(it, ty, 1));
                yield size == 0 ? end : (end - ptr) / size;
            }
            case "IntoIter" -> {
                long size = elemSize(ty), ptr = heap.word(in.field(it, ty, 4)), end = heap.word(in.field(it, ty, 5));
                yield size == 0 ? end - ptr : (end - ptr) / size;
            }
            case "Range" -> Math.max(0, heap.word(in.field(it, ty, 1)) - heap.word(in.field(it, ty, 0)));
            case "Chars" -> {
                long iter = in.field(it, ty, 0);
                Ty iterTy = fieldTy(ty, 0);
                yield (heap.word(in.field(iter, iterTy, 1)) - heap.word(in.field(iter, iterTy, 0)) + 3) / 4;
            }
            case "Map", "Enumerate", "Copied", "Cloned", "Rev" -> sizeHint(in.field(it, ty, 0), fieldTy(ty, 0));
            default -> 0;
        };
    }

    /**
     * Advances the iterator at it (from the back when back), writing the item at out; false when
     * it has no more.
     */
    private boolean next(long it, Ty ty, long out, boolean back) {
        Ty.Adt a = (Ty.Adt) ty;
        switch (a.def().name()) {
            case "Iter", "IterMut" -> {
                long size = elemSize(ty);
                long ptrAt = in.field(it, ty, 0);
                long endAt = in.field(it, ty, 1);
                long ptr = heap.word(ptrAt);
                long end = heap.word(endAt);
                if (size == 0) {
                    if (end == 0) return false;
                    heap.setWord(endAt, end - 1);
                    heap.setWord(out, ptr);
                    return true;
                }
                if (ptr == end) return false;
                if (back) {
                    heap.setWord(endAt, end - size);
                    heap.setWord(out, end - size);
                } else {
                    heap.setWord(ptrAt, ptr + size);
                    heap.setWord(out, ptr);
                }
                return true;
            }
            case "IntoIter" -> {
                long size = elemSize(ty);
                long ptrAt = in.field(it, ty, 4);
                long endAt = in.field(it, ty, 5);
                long ptr = heap.word(ptrAt);
                long end = heap.word(endAt);
                if (ptr == end) return false;
                long step = size == 0 ? 1 : size;
                long from = back ? end - step : ptr;
                if (back) heap.setWord(endAt, end - step);
                else heap.setWord(ptrAt, ptr + step);
                heap.copy(from, out, size);
                return true;
            }
            case "ArrayIntoIter" -> {
                long size = in.layout(item(ty)).size();
                long alive = in.field(it, ty, 1);
                long start = heap.word(alive);
                long end = heap.word(alive + 8);
                if (start == end) return false;
                long index = back ? end - 1 : start;
                heap.setWord(back ? alive + 8 : alive, back ? end - 1 : start + 1);
                heap.copy(in.field(it, ty, 0) + index * size, out, size);
                return true;
            }
            case "Range", "RangeInclusive" -> {
                // start..end, or start..=end whose `exhausted` flag marks the last value given (end may be the
                // type's maximum): the next value from the front, or the last from the back
                boolean inclusive = a.def().name().equals("RangeInclusive");
                Ty t = a.args().get(0);
                int size = (int) in.layout(t).size();
                boolean signed = t instanceof Ty.Int i && i.kind().signed;
                long startAt = in.field(it, ty, 0);
                long endAt = in.field(it, ty, 1);
                long start = in.readScalar(startAt, size, signed);
                long end = in.readScalar(endAt, size, signed);
                int c = IntOps.compare(start, end, signed);
                long doneAt = inclusive ? in.field(it, ty, 2) : -1;
                if (inclusive ? in.readScalar(doneAt, 1, false) != 0 || c > 0 : c >= 0) return false;
                in.writeScalar(out, size, back ? (inclusive ? end : end - 1) : start);
                if (inclusive && start == end) in.writeScalar(doneAt, 1, 1);
                else if (back) in.writeScalar(endAt, size, end - 1);
                else in.writeScalar(startAt, size, start + 1);
                return true;
            }
            case "Map" -> {
                Ty inner = fieldTy(ty, 0);
                long slot = in.stackSlot(in.layout(item(inner)).size());
                try {
                    if (!next(in.field(it, ty, 0), inner, slot, back)) return false;
                    in.callClosure((Ty.Closure) fieldTy(ty, 1), in.field(it, ty, 1), List.of(slot), out);
                    return true;
                } finally {
                    in.releaseStackSlot(slot);
                }
            }
            case "Filter" -> {
                Ty inner = fieldTy(ty, 0);
                Ty itemTy = item(inner);
                long slot = in.stackSlot(16);   // &item, then the predicate's bool
                try {
                    while (next(in.field(it, ty, 0), inner, out, back)) {
                        heap.setWord(slot, out);
                        in.callClosure((Ty.Closure) fieldTy(ty, 1), in.field(it, ty, 1), List.of(slot), slot + 8);
                        if (in.readScalar(slot + 8, 1, false) != 0) return true;
                        in.dropInPlace(out, itemTy);
                    }
                    return false;
                } finally {
                    in.releaseStackSlot(slot);
                }
            }
            case "FilterMap" -> {
                // the closure's Option<B> lands in a slot; Some's payload is the item
                Ty inner = fieldTy(ty, 0);
                Ty.Closure f = (Ty.Closure) fieldTy(ty, 1);
                Ty optionTy = f.ret();
                long argSlot = in.stackSlot(in.layout(item(inner)).size());
                long resultSlot = in.stackSlot(in.layout(optionTy).size());
                try {
                    while (next(in.field(it, ty, 0), inner, argSlot, back)) {
                        in.callClosure(f, in.field(it, ty, 1), List.of(argSlot), resultSlot);
                        if (in.variantAt(resultSlot, optionTy) == SOME) {
                            heap.copy(resultSlot + in.variantFieldOffset(optionTy, SOME, 0), out, in.layout(item(ty)).size());
                            return true;
                        }
                    }
                    return false;
                } finally {
                    in.releaseStackSlot(resultSlot);
                    in.releaseStackSlot(argSlot);
                }
            }
            case "Enumerate" -> {
                Layout pair = in.layout(item(ty));
                if (!next(in.field(it, ty, 0), fieldTy(ty, 0), out + pair.fields().offset(1), false)) return false;
                long countAt = in.field(it, ty, 1);
                long count = heap.word(countAt);
                heap.setWord(out + pair.fields().offset(0), count);
                heap.setWord(countAt, count + 1);
                return true;
            }
            case "Rev" -> {
                return next(in.field(it, ty, 0), fieldTy(ty, 0), out, !back);
            }
            case "Copied", "Cloned" -> {
                Ty inner = fieldTy(ty, 0);
                long slot = in.stackSlot(8);
                try {
                    if (!next(in.field(it, ty, 0), inner, slot, back)) return false;
                    heap.copy(heap.word(slot), out, in.layout(item(ty)).size());
                    return true;
                } finally {
                    in.releaseStackSlot(slot);
                }
            }
            case "Windows", "Chunks" -> {
                // the slice left (pointer, length) and the window or chunk size; the item is a sub-slice
                long size = elemSize(ty);
                long vAt = in.field(it, ty, 0);
                long ptr = heap.word(vAt);
                long len = heap.word(vAt + 8);
                long n = heap.word(in.field(it, ty, 1));
                boolean windows = a.def().name().equals("Windows");
                if (windows ? len < n : len == 0) return false;
                long take = windows ? n : back ? (len % n == 0 ? n : len % n) : Math.min(n, len);
                long start = back ? ptr + (len - take) * size : ptr;
                heap.setWord(out, start);
                heap.setWord(out + 8, take);
                long step = windows ? 1 : take;
                if (!back) heap.setWord(vAt, ptr + step * size);
                heap.setWord(vAt + 8, len - step);
                return true;
            }
            case "Take" -> {
                long nAt = in.field(it, ty, 1);
                long n = heap.word(nAt);
                if (n == 0) return false;
                heap.setWord(nAt, n - 1);
                return next(in.field(it, ty, 0), fieldTy(ty, 0), out, false);
            }
            case "Skip" -> {
                Ty inner = fieldTy(ty, 0);
                long nAt = in.field(it, ty, 1);
                for (long n = heap.word(nAt); n > 0; n = heap.word(nAt)) {
                    heap.setWord(nAt, n - 1);
                    if (!next(in.field(it, ty, 0), inner, out, false)) return false;
                    in.dropInPlace(out, item(inner));
                }
                return next(in.field(it, ty, 0), inner, out, false);
            }
            case "HashMapIter", "Keys", "Values", "HashSetIter" -> {
                if (back) throw new IllegalStateException("map iterators are not run from the back");
                return heap.maps.next(it, ty, out);
            }
            case "Receiver" -> {
                // `for m in rx`: recv until every sender is gone
                byte[] message = in.threads().take(it, ty, null);
                if (message == null) return false;
                heap.writeBytes(out, message);
                return true;
            }
            case "Chars", "CharIndices", "Split", "Lines", "SplitWhitespace" -> {
                if (back) throw new IllegalStateException("str iterators are not run from the back");
                return strs.next(it, ty, out);
            }
            default -> {
                // the program's own iterator: its `next(&mut self) -> Option<Item>`, the item moved out of the Some
                rustmem.legacy.ir.Mir.ProgramIterator own = in.program().iterators().get(ty);
                if (own == null || back) throw new IllegalStateException("no Iterator::next for " + ty.display());
                Ty option = in.program().bodies().get(own.next()).locals().get(0).ty();
                long slot = in.stackSlot(in.layout(option).size());
                try {
                    in.call(own.next(), slot, it);
                    if (in.variantAt(slot, option) == 0) return false;
                    heap.copy(slot + in.variantFieldOffset(option, 1, 0), out, in.layout(own.item()).size());
                    return true;
                } finally {
                    in.releaseStackSlot(slot);
                }
            }
        }
    }
}
