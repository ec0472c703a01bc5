package rustmem.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An allocation's init mask (a bit per byte, words looked at only between its low and high marks) answers as a
 * boolean per byte would, after any sequence of marks, writes and copies (overlapping ones too).
 */
class InitMaskProperties {
    /** kind 0 marks [a, b) uninitialised, 1 marks it written, 2 copies [a, b)'s state to c (as memmove). */
    record Op(int kind, double a, double b, double c) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(Arbitraries.integers().between(0, 2), at, at, at).as(Op::new).list().ofMaxSize(12);
    }

    @Property(tries = 400)
    void answersAsABooleanPerByte(@ForAll("ops") List<Op> ops, @ForAll("sizes") int size) {
        Allocation x = new Allocation(0, 0, size, AllocKind.HEAP, "test");
        boolean[] uninit = new boolean[size];
        for (Op op : ops) {
            int from = (int) (op.a() * size), to = from + (int) (op.b() * (size - from));
            switch (op.kind()) {
                case 0 -> x.markUninit(from, to);
                case 1 -> x.markInit(from, to);
                default -> {
                    int dst = (int) (op.c() * (size - (to - from)));
                    x.copyInit(x, from, dst, to - from);
                    boolean[] moved = java.util.Arrays.copyOfRange(uninit, from, to);
                    System.arraycopy(moved, 0, uninit, dst, moved.length);
                }
            }
            if (op.kind() < 2) java.util.Arrays.fill(uninit, from, to, op.kind() == 0);
            int qFrom = (int) (op.c() * size), qTo = qFrom + (int) (op.a() * (size - qFrom));
            assertEquals(any(uninit, qFrom, qTo), x.anyUninit(qFrom, qTo));
            assertArrayEquals(runs(uninit, qFrom, qTo), x.uninitRuns(qFrom, qTo));
            assertEquals(any(uninit, 0, size), x.hasUninit());
        }
    }

    @Provide
    Arbitrary<Integer> sizes() { return Arbitraries.integers().between(1, 300).edgeCases(c -> c.add(1, 63, 64, 65, 128)); }

    static boolean any(boolean[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i]) return true;
        return false;
    }

    static int[] runs(boolean[] b, int from, int to) {
        if (!any(b, from, to)) return null;
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!b[i]) continue;
            int j = i;
            while (j < to && b[j]) j++;
            out.add(i - from);
            out.add(j - from);
            i = j;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
