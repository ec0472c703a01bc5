package rustmem.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A paged block (larger than {@link Allocation#FLAT_MAX}, its segments made when first accessed) holds the bytes and
 * initialisation a flat array of bytes and a boolean per byte would, after any sequence of fills, marks and copies
 * (overlapping ones too, across segments' ends); and only the segments written cost memory.
 */
class PagedAllocationProperties {
    private static final long SIZE = Allocation.FLAT_MAX + 3L * Allocation.SEGMENT + 5;

    /** kind 0 marks [a, b) uninitialised, 1 fills it with value, 2 copies it to c (as memmove). */
    record Op(int kind, long a, long b, long c, byte value) {}

    /** Offsets near segments' ends (where pieces split), and anywhere. */
    @Provide
    Arbitrary<Long> offsets() {
        Arbitrary<Long> nearEdge = Combinators.combine(Arbitraries.longs().between(0, SIZE / Allocation.SEGMENT),
            Arbitraries.longs().between(-20, 20)).as((seg, d) -> Math.clamp(seg * Allocation.SEGMENT + d, 0, SIZE));
        return Arbitraries.oneOf(nearEdge, Arbitraries.longs().between(0, SIZE));
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), offsets(), offsets(), offsets(), Arbitraries.bytes())
            .as((k, a, b, c, v) -> new Op(k, Math.min(a, b), Math.max(a, b), c, v)).list().ofMaxSize(8);
    }

    @Property(tries = 40)
    void holdsWhatAFlatArrayHolds(@ForAll("ops") List<Op> ops, @ForAll("offsets") long query) {
        Allocation x = new Allocation(0, 0, SIZE, AllocKind.HEAP, "test");
        x.markUninit(0L, SIZE);   // as malloc gives it
        byte[] bytes = new byte[(int) SIZE];
        boolean[] uninit = new boolean[(int) SIZE];
        java.util.Arrays.fill(uninit, true);
        for (Op op : ops) {
            int from = (int) op.a(), to = (int) op.b();
            switch (op.kind()) {
                case 0 -> {
                    x.markUninit((long) from, to);
                    java.util.Arrays.fill(uninit, from, to, true);
                }
                case 1 -> {
                    x.fill(from, to, op.value());
                    java.util.Arrays.fill(bytes, from, to, op.value());
                    java.util.Arrays.fill(uninit, from, to, false);
                }
                default -> {
                    int dst = (int) Math.min(op.c(), SIZE - (to - from));
                    x.copyFrom(x, from, dst, to - from);
                    System.arraycopy(bytes, from, bytes, dst, to - from);
                    System.arraycopy(uninit, from, uninit, dst, to - from);
                }
            }
        }
        // every byte around the query and around each segment's end
        for (long seg = 0; seg <= SIZE; seg += Allocation.SEGMENT) check(x, bytes, uninit, seg - 40, seg + 40);
        check(x, bytes, uninit, query - 300, query + 300);
        long to = Math.min(SIZE, query + 5000);
        assertEquals(InitMaskProperties.any(uninit, (int) query, (int) to), x.anyUninit(query, to));
        org.junit.jupiter.api.Assertions.assertArrayEquals(InitMaskProperties.runs(uninit, (int) query, (int) to), x.uninitRuns(query, to), "runs from " + query);
    }

    private static void check(Allocation x, byte[] bytes, boolean[] uninit, long from, long to) {
        for (long i = Math.max(0, from); i < Math.min(SIZE, to); i++) {
            Allocation h = x.holder(i);
            int at = (int) (x.base + i - h.base);
            assertEquals(uninit[(int) i], h.anyUninit(at, at + 1), "init of byte " + i);
            if (!uninit[(int) i]) assertEquals(bytes[(int) i], h.bytes[at], "byte " + i);
        }
    }

    @Test
    void onlyTheSegmentsWrittenAreBacked() {
        long size = 8L << 30;
        Allocation x = new Allocation(0, 0x7f0000000010L, size, AllocKind.HEAP, "8 GiB");
        x.fill(0, size, (byte) 0);   // calloc's zeros: no segment made
        assertEquals(0, x.backedBytes());
        assertEquals(0, x.holder(5L << 30).bytes[7]);   // reading a page the kernel maps as zeros
        assertEquals(0, x.backedBytes());
        x.holder(5L << 30).writable().bytes[7] = 1;
        Allocation y = new Allocation(1, 0x7e0000000010L, size + 1, AllocKind.HEAP, "8 GiB + 1");
        y.copyFrom(x, 0, 0, size);   // realloc: the zeros stay unbacked, the written segment is copied
        assertEquals(Allocation.SEGMENT, x.backedBytes());
        assertEquals(Allocation.SEGMENT, y.backedBytes());
        assertEquals(1, y.holder(5L << 30).bytes[7]);
        assertEquals(false, y.anyUninit(0L, size));
    }
}
