package rustmem.interp;

/**
 * Intrinsics that are one operation on their operands, run as a node of the calling body instead of a call (rustc's
 * LowerIntrinsics pass): pointer arithmetic and metadata, slices from their parts, wrapping arithmetic, writes
 * through a pointer. std's slice and string code calls them dozens of times per operation. Each does what
 * {@link Intrinsics#call} does for it, with the same checks; {@link Intrinsics#lower} picks them.
 */
final class IntrinsicNodes {
    private IntrinsicNodes() {}

    /** The base of the nodes: where the result goes, and the block after. */
    abstract static class Node extends Terminators.Term {
        final Machine m;
        final Places.PlaceNode dest;
        final int target;

        Node(Machine m, Places.PlaceNode dest, int target) {
            this.m = m;
            this.dest = dest;
            this.target = target;
        }

        @Override
        int[] successors() { return new int[] {target}; }
    }

    /** `ptr_addr` (word 0) and `ptr_metadata_len` (word 1): a word of a (thin or wide) pointer. */
    static final class PtrWord extends Node {
        final Operands.Opnd ptr;
        final int word;

        PtrWord(Machine m, Places.PlaceNode dest, int target, Operands.Opnd ptr, int word) {
            super(m, dest, target);
            this.ptr = ptr;
            this.word = word;
        }

        @Override
        int exec(Frame f) {
            long v = word == 0 && ptr.size <= 8 ? ptr.scalar(f) : m.readPtr(ptr.addr(f) + 8L * word);
            if (word == 0) v = rustmem.machine.Memory.address(v);   // `ptr.addr()`: without its provenance
            ptr.used(f);
            dest.store(m, f, 8, v);
            return target;
        }
    }

    /** `offset`: the pointer moved by count elements of size bytes. */
    static final class Offset extends Node {
        final Operands.Opnd ptr, count;
        final long size;

        Offset(Machine m, Places.PlaceNode dest, int target, Operands.Opnd ptr, Operands.Opnd count, long size) {
            super(m, dest, target);
            this.ptr = ptr;
            this.count = count;
            this.size = size;
        }

        @Override
        int exec(Frame f) {
            long v = ptr.scalar(f) + count.scalar(f) * size;
            ptr.used(f);
            count.used(f);
            dest.store(m, f, 8, v);
            return target;
        }
    }

    /** `slice_from_raw_parts(_mut)`: the wide pointer (data, len). */
    static final class SliceFromParts extends Node {
        final Operands.Opnd data, len;

        SliceFromParts(Machine m, Places.PlaceNode dest, int target, Operands.Opnd data, Operands.Opnd len) {
            super(m, dest, target);
            this.data = data;
            this.len = len;
        }

        @Override
        int exec(Frame f) {
            long d = data.scalar(f), n = len.scalar(f);
            data.used(f);
            len.used(f);
            dest.storePair(m, f, d, n);
            return target;
        }
    }

    /** `wrapping_add`/`_sub`/`_mul` of integers of up to 8 bytes: the operation `+`, `-`, `*` of a release build. */
    static final class Wrapping extends Node {
        final Scalars.IntBin op;

        Wrapping(Machine m, Places.PlaceNode dest, int target, Scalars.IntBin op) {
            super(m, dest, target);
            this.op = op;
        }

        @Override
        int exec(Frame f) {
            dest.store(m, f, op.size, op.eval(f));
            return target;
        }
    }

    /** `write_via_move`: the value moved to where the pointer points, which must be aligned and live (Miri's checks). */
    static final class WriteViaMove extends Node {
        final Operands.Opnd ptr, value;
        final long align, size;

        WriteViaMove(Machine m, Places.PlaceNode dest, int target, Operands.Opnd ptr, Operands.Opnd value, long align, long size) {
            super(m, dest, target);
            this.ptr = ptr;
            this.value = value;
            this.align = align;
            this.size = size;
        }

        @Override
        int exec(Frame f) {
            long p = ptr.scalar(f);
            if (size > 0) m.checkAccess(p, align, size);
            value.copyTo(f, p);
            ptr.used(f);
            value.used(f);
            return target;
        }
    }

    /**
     * `add_with_overflow`, `sub_with_overflow`, `mul_with_overflow` of integers of up to 8 bytes: the wrapped result and
     * whether it overflowed, into the (value, flag) pair at dest, as MIR's checked operations compute them.
     */
    static final class Checked extends Node {
        final Statements.AssignChecked op;

        Checked(Machine m, Places.PlaceNode dest, int target, Statements.AssignChecked op) {
            super(m, dest, target);
            this.op = op;
        }

        @Override
        int exec(Frame f) {
            op.exec(f);
            return target;
        }
    }

    /**
     * `read_via_copy` (`ptr::read`) of an integer: the pointer must be aligned and its target live (Miri's checks), and
     * the bytes read initialised (Miri's validity of a number).
     */
    static final class ReadInt extends Node {
        final Operands.Opnd ptr;
        final long align;
        final int size;
        final boolean signed;

        ReadInt(Machine m, Places.PlaceNode dest, int target, Operands.Opnd ptr, long align, int size, boolean signed) {
            super(m, dest, target);
            this.ptr = ptr;
            this.align = align;
            this.size = size;
            this.signed = signed;
        }

        @Override
        int exec(Frame f) {
            long p = m.checkAccess(ptr.scalar(f), align, size);
            ptr.used(f);
            dest.store(m, f, size, m.read(p, size, signed));
            return target;
        }
    }
}
