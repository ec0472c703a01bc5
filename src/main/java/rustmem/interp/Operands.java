package rustmem.interp;

import java.util.List;
import rustmem.ir.Mir;
import rustmem.machine.Allocation;

/**
 * Compiled operands: a value read from a place (a move also marks the place's value gone, for the drops
 * that follow) or a constant. A scalar of up to 8 bytes is read as a long (sign-extended when its type is
 * signed); any value can be copied to an address.
 */
final class Operands {
    private Operands() {}

    abstract static class Opnd {
        final int size;

        Opnd(int size) { this.size = size; }

        /** The value of a scalar operand (at most 8 bytes). */
        abstract long scalar(Frame f);

        /** Writes the value's bytes at dst. */
        abstract void copyTo(Frame f, long dst);

        /** After the value has been used: a move marks its place moved out. */
        void used(Frame f) { }

        /** The address the value is read from (a constant's is made on demand), for passing large values. */
        abstract long addr(Frame f);
    }

    static final class PlaceOpnd extends Opnd {
        final Machine m;
        final Places.PlaceNode place;
        final boolean signed;

        PlaceOpnd(Machine m, Places.PlaceNode place, int size, boolean signed) {
            super(size);
            this.m = m;
            this.place = place;
            this.signed = signed;
        }

        @Override
        long scalar(Frame f) { return m.read(place.addr(f), size, signed); }

        @Override
        void copyTo(Frame f, long dst) { m.copy(dst, place.addr(f), size); }

        @Override
        long addr(Frame f) { return place.addr(f); }
    }

    /** A frame local read straight from the stack's bytes. */
    static final class LocalOpnd extends Opnd {
        final Machine m;
        final int off;
        final boolean signed;

        LocalOpnd(Machine m, int off, int size, boolean signed) {
            super(size);
            this.m = m;
            this.off = off;
            this.signed = signed;
        }

        @Override
        long scalar(Frame f) { return m.readLocal(f.base + off, size, signed); }

        @Override
        void copyTo(Frame f, long dst) { m.copyLocal(dst, f.base + off, size); }

        @Override
        long addr(Frame f) { return f.addr + off; }
    }

    /** An operand that reads as another does and adds to what its use does. */
    abstract static class Delegating extends Opnd {
        final Opnd inner;

        Delegating(Opnd inner) {
            super(inner.size);
            this.inner = inner;
        }

        @Override
        long scalar(Frame f) { return inner.scalar(f); }

        @Override
        void copyTo(Frame f, long dst) { inner.copyTo(f, dst); }

        @Override
        long addr(Frame f) { return inner.addr(f); }
    }

    /** A move out of a local that needs dropping: the whole local, or a path of fields in it. */
    static final class Move extends Delegating {
        final int local;
        final List<Mir.Proj> path;

        Move(Opnd inner, int local, List<Mir.Proj> path) {
            super(inner);
            this.local = local;
            this.path = path;
        }

        @Override
        void used(Frame f) {
            if (path.isEmpty()) f.init[local] = false;
            else if (f.init[local]) f.movedOf(local).add(path);
        }
    }

    /**
     * An unsized value (`*self` of a `Box<dyn FnOnce()>`) passed as an argument: by reference, as rustc's ABI
     * passes unsized parameters — its address and metadata.
     */
    static final class UnsizedRef extends Opnd {
        final Machine m;
        final Places.PlaceNode place;

        UnsizedRef(Machine m, Places.PlaceNode place) {
            super(16);
            this.m = m;
            this.place = place;
        }

        @Override
        long scalar(Frame f) { return place.addr(f); }

        @Override
        void copyTo(Frame f, long dst) {
            m.writePtr(dst, place.addr(f));
            m.writePtr(dst + 8, place.meta(f));
        }

        @Override
        long addr(Frame f) { throw new IllegalStateException("an unsized value has no address of its own"); }
    }

    static final class Const extends Opnd {
        final Machine m;
        final long bits;
        final byte[] bytes;
        /** The runs of bytes the constant leaves uninitialised (a `MaybeUninit::uninit()`), or null. */
        final int[] uninit;
        private long addr = -1;

        Const(Machine m, long bits, byte[] bytes) { this(m, bits, bytes, null); }

        Const(Machine m, long bits, byte[] bytes, int[] uninit) {
            super(bytes.length);
            this.m = m;
            this.bits = bits;
            this.bytes = bytes;
            this.uninit = uninit;
        }

        @Override
        long scalar(Frame f) { return bits; }

        @Override
        void copyTo(Frame f, long dst) {
            m.writeBytes(dst, bytes);
            if (uninit != null) m.markUninit(dst, uninit);
        }

        @Override
        long addr(Frame f) {
            if (addr < 0) addr = bytes.length == 0 ? rustmem.machine.ProcessImage.RODATA_BASE : m.rodata(bytes, "constant");
            return addr;
        }
    }
}
