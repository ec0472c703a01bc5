package rustmem.interp;

/**
 * Compiled places: each computes the address of a place in the running frame (and, for an unsized place, the
 * metadata its pointer carries: a slice's length or a trait object's vtable).
 */
final class Places {
    private Places() {}

    abstract static class PlaceNode {
        abstract long addr(Frame f);

        long meta(Frame f) { throw new IllegalStateException("a sized place has no metadata"); }

        /** The frame offset when this is a local (or a field of one, through no pointer), else -1. */
        int frameOffset() { return -1; }

        /** Writes a scalar of size bytes to the place. */
        void store(Machine m, Frame f, int size, long v) { m.write(addr(f), size, v); }

        /** Writes a wide pointer's two words to the place. */
        void storePair(Machine m, Frame f, long w0, long w1) {
            long a = addr(f);
            m.writePtr(a, w0);
            m.writePtr(a + 8, w1);
        }
    }

    static final class Local extends PlaceNode {
        final int off;

        Local(int off) { this.off = off; }

        @Override
        long addr(Frame f) { return f.addr + off; }

        @Override
        int frameOffset() { return off; }

        // (a local's bytes straight into the stack's: Machine.write would find them there after looking at the address)

        @Override
        void store(Machine m, Frame f, int size, long v) { m.writeLocal(f.base + off, size, v); }

        @Override
        void storePair(Machine m, Frame f, long w0, long w1) {
            m.writeLocal(f.base + off, 8, w0);
            m.writeLocal(f.base + off + 8, 8, w1);
        }
    }

    /** A field at a fixed offset (also an enum variant's field, a tuple's, a closure's capture). */
    static final class Offset extends PlaceNode {
        final PlaceNode base;
        final long off;

        Offset(PlaceNode base, long off) {
            this.base = base;
            this.off = off;
        }

        @Override
        long addr(Frame f) { return base.addr(f) + off; }

        @Override
        long meta(Frame f) { return base.meta(f); }
    }

    /** What a pointer (reference, raw pointer, Box) stored at ptr points to; fat when it carries metadata. */
    static final class Deref extends PlaceNode {
        final Machine m;
        final PlaceNode ptr;

        Deref(Machine m, PlaceNode ptr) {
            this.m = m;
            this.ptr = ptr;
        }

        @Override
        long addr(Frame f) { return m.readPtr(ptr.addr(f)); }

        @Override
        long meta(Frame f) { return m.readPtr(ptr.addr(f) + 8); }
    }

    /**
     * A raw pointer's target that is read or written: its address must be a multiple of the pointee's alignment
     * (Miri: undefined behaviour; a rustc debug build: the `misaligned pointer dereference` check), and on the stack
     * it must be a live variable's (not one whose scope ended or whose function returned).
     */
    static final class RawDeref extends PlaceNode {
        final Machine m;
        final PlaceNode place;
        final long align, size;

        RawDeref(Machine m, PlaceNode place, long align, long size) {
            this.m = m;
            this.place = place;
            this.align = align;
            this.size = size;
        }

        @Override
        long addr(Frame f) {
            return m.checkAccess(place.addr(f), align, size);
        }

        @Override
        long meta(Frame f) { return place.meta(f); }
    }

    /** A pointer held in a frame local: read straight from the stack. */
    static final class DerefLocal extends PlaceNode {
        final Machine m;
        final int off;

        DerefLocal(Machine m, int off) {
            this.m = m;
            this.off = off;
        }

        @Override
        long addr(Frame f) { return m.readLocal(f.base + off, 8, false); }

        @Override
        long meta(Frame f) { return m.readLocal(f.base + off + 8, 8, false); }
    }

    /** base[index], the index a usize local of the frame (already bounds-checked). */
    static final class Index extends PlaceNode {
        final Machine m;
        final PlaceNode base;
        final int indexOff;
        final long elemSize;

        Index(Machine m, PlaceNode base, int indexOff, long elemSize) {
            this.m = m;
            this.base = base;
            this.indexOff = indexOff;
            this.elemSize = elemSize;
        }

        @Override
        long addr(Frame f) {
            long i = m.readLocal(f.base + indexOff, 8, false);
            return base.addr(f) + i * elemSize;
        }
    }

    /** The element offset from the start or the end of an array (length known) or slice (length from metadata). */
    static final class ConstantIndex extends PlaceNode {
        final PlaceNode base;
        final long offset;
        final boolean fromEnd;
        final long elemSize, arrayLen;

        ConstantIndex(PlaceNode base, long offset, boolean fromEnd, long elemSize, long arrayLen) {
            this.base = base;
            this.offset = offset;
            this.fromEnd = fromEnd;
            this.elemSize = elemSize;
            this.arrayLen = arrayLen;
        }

        @Override
        long addr(Frame f) {
            if (!fromEnd) return base.addr(f) + offset * elemSize;
            long len = arrayLen >= 0 ? arrayLen : base.meta(f);
            return base.addr(f) + (len - offset) * elemSize;
        }
    }

    /** Elements from..len-to (as a slice or an array place). */
    static final class Subslice extends PlaceNode {
        final PlaceNode base;
        final long from, to, elemSize, arrayLen;

        Subslice(PlaceNode base, long from, long to, long elemSize, long arrayLen) {
            this.base = base;
            this.from = from;
            this.to = to;
            this.elemSize = elemSize;
            this.arrayLen = arrayLen;
        }

        @Override
        long addr(Frame f) { return base.addr(f) + from * elemSize; }

        @Override
        long meta(Frame f) { return (arrayLen >= 0 ? arrayLen : base.meta(f)) - from - to; }
    }

    /** The unsized last field of a struct holding a trait object: its offset rounded up to the object's alignment. */
    static final class DynField extends PlaceNode {
        final Machine m;
        final PlaceNode base;
        final long unalignedOff;

        DynField(Machine m, PlaceNode base, long unalignedOff) {
            this.m = m;
            this.base = base;
            this.unalignedOff = unalignedOff;
        }

        @Override
        long addr(Frame f) {
            long align = m.readPtr(base.meta(f) + 16);
            return base.addr(f) + ((unalignedOff + align - 1) & -align);
        }

        @Override
        long meta(Frame f) { return base.meta(f); }
    }
}
