package rustmem.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Memory finds, for every address, the live allocation holding it, after any sequence of allocations and frees an
 * allocator makes (live blocks never overlap; a new block may start anywhere in freed ones' memory, as glibc's
 * coalesced chunks and tcache reuse put them), and reports an access outside every live block as undefined behaviour.
 */
class MemoryLookupProperties {
    private static final long BASE = 0x5555_0000L;
    private static final long SPAN = 256;

    /** free: free the live block numbered `pick` (modulo how many live), else allocate [BASE+at, BASE+at+size) if free. */
    record Op(boolean free, int pick, long at, long size) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 7),
            Arbitraries.longs().between(0, SPAN - 1).map(a -> a & ~15), Arbitraries.longs().between(1, 64))
            .as(Op::new).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void findsTheLiveBlockAtEveryAddress(@ForAll("ops") List<Op> ops) {
        Memory mem = new Memory();
        List<Allocation> live = new ArrayList<>();
        for (Op op : ops) {
            if (op.free()) {
                if (live.isEmpty()) continue;
                mem.free(live.remove(op.pick() % live.size()));
            } else if (live.stream().noneMatch(a -> a.base < BASE + op.at() + op.size() && BASE + op.at() < a.base + a.size())) {
                live.add(mem.allocate(BASE + op.at(), op.size(), AllocKind.HEAP, "block"));
            }
        }
        forgetRecent(mem);
        // from the top down: a look-up below a block's start would remember it for the addresses above (the cache
        // of recent blocks would hide what the tree holds)
        for (long addr = BASE + SPAN + 63; addr >= BASE; addr--) {
            long a = addr;
            Allocation holder = live.stream().filter(b -> a >= b.base && a < b.base + b.size()).findFirst().orElse(null);
            if (holder != null) assertSame(holder, mem.find(addr, 1), "at +" + (addr - BASE));
            else assertThrows(UndefinedBehavior.class, () -> mem.find(a, 1), "at +" + (addr - BASE));
        }
    }

    /** Fills the cache of recently found blocks with others, far from those the test looks at. */
    private static void forgetRecent(Memory mem) {
        for (int i = 0; i < 8; i++) mem.find(mem.allocate(BASE + 0x10000 + 64L * i, 8, AllocKind.HEAP, "elsewhere").base, 8);
    }

    /** The case that was wrong: a block inside a freed one's range, freed in turn, then a block where the first was. */
    @Test
    void aBlockReusingAFreedBlocksStartHidesTheDeadOnesInsideIt() {
        Memory mem = new Memory();
        mem.free(mem.allocate(BASE, 192, AllocKind.HEAP, "first"));
        mem.free(mem.allocate(BASE + 16, 192, AllocKind.HEAP, "inside the first's memory"));
        Allocation again = mem.allocate(BASE, 192, AllocKind.HEAP, "where the first was");
        forgetRecent(mem);
        assertSame(again, mem.find(BASE + 100, 8));
        assertEquals(again.id, mem.find(BASE + 191, 1).id);
    }
}
