package rustmem.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A pointer to a heap block keeps the block's provenance: an access through it is allowed exactly when it stays
 * inside that block while the block is live, whatever other blocks come and go at the same addresses (a realloc in
 * place makes a new block at the old one's address); a pointer without provenance is checked where it lands.
 */
class ProvenanceProperties {
    private static final long BASE = 0x5555_0000L;

    /** free: free the live block numbered `pick`; resize: resize it in place to size; else allocate at BASE+at. */
    record Op(int what, int pick, long at, long size) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 7),
            Arbitraries.longs().between(0, 255).map(a -> a & ~15), Arbitraries.longs().between(1, 64))
            .as(Op::new).list().ofMaxSize(30);
    }

    /** A block and the pointer the program got for it. */
    private record Block(Allocation a, long pointer) {}

    @Property(tries = 300)
    void anAccessIsAllowedOnlyInsideTheLiveBlockItsPointerCameFrom(@ForAll("ops") List<Op> ops) {
        Memory mem = new Memory();
        List<Block> live = new ArrayList<>(), all = new ArrayList<>();
        for (Op op : ops) {
            if (op.what() == 0 && !live.isEmpty()) {
                mem.free(live.remove(op.pick() % live.size()).a());
            } else if (op.what() == 1 && !live.isEmpty()) {
                Block b = live.remove(op.pick() % live.size());
                long end = b.a().base + op.size();
                if (live.stream().noneMatch(o -> o.a().base < end && b.a().base < o.a().base + o.a().size())) {
                    Allocation r = mem.resize(b.a(), op.size());
                    Block nb = new Block(r, Memory.pointerTo(r));
                    live.add(nb);
                    all.add(nb);
                } else {
                    live.add(b);
                }
            } else if (live.stream().noneMatch(o -> o.a().base < BASE + op.at() + op.size() && BASE + op.at() < o.a().base + o.a().size())) {
                Allocation a = mem.allocate(BASE + op.at(), op.size(), AllocKind.HEAP, "block");
                Block b = new Block(a, Memory.pointerTo(a));
                live.add(b);
                all.add(b);
            }
        }
        for (Block b : all) {
            for (long off = -8; off < b.a().size() + 8; off++) {
                long p = b.pointer() + off, at = b.a().base + off;
                boolean inside = live.contains(b) && off >= 0 && off < b.a().size();
                if (inside) assertEquals(at, mem.access(p, 1), "block " + b.a().id + " +" + off);
                else assertThrows(UndefinedBehavior.class, () -> mem.access(p, 1), "block " + b.a().id + " +" + off);
            }
        }
    }

    @Test
    void aPointerWithoutProvenanceIsCheckedWhereItLands() {
        Memory mem = new Memory();
        Allocation first = mem.allocate(BASE, 16, AllocKind.HEAP, "first");
        Allocation next = mem.allocate(BASE + 32, 16, AllocKind.HEAP, "next");
        // from the first block's pointer, the next block is out of bounds; from its address cast back, it is not
        UndefinedBehavior ub = assertThrows(UndefinedBehavior.class, () -> mem.access(Memory.pointerTo(first) + 32, 8));
        assertTrue(ub.getMessage().contains("alloc" + first.id + "+0x20 which is at or beyond the end of the allocation of size 16"),
            ub.getMessage());
        assertEquals(next.base, mem.access(Memory.address(Memory.pointerTo(first) + 32), 8));
    }

    @Test
    void aReallocInPlaceEndsTheOldPointersProvenance() {
        Memory mem = new Memory();
        Allocation old = mem.allocate(BASE, 16, AllocKind.HEAP, "vec buffer");
        long stale = Memory.pointerTo(old);
        Allocation grown = mem.resize(old, 64);
        assertEquals(BASE + 8, mem.access(Memory.pointerTo(grown) + 8, 8));
        UndefinedBehavior ub = assertThrows(UndefinedBehavior.class, () -> mem.access(stale, 8));
        assertEquals("memory access failed: alloc" + old.id + " has been freed, so this pointer is dangling", ub.getMessage());
        assertThrows(UndefinedBehavior.class, () -> mem.heapPointer(stale), "freeing the old pointer is a double free");
    }

    /** Heap tags repeat after 16,383 blocks: a long-lived block's pointer must still work (no false report). */
    @Test
    void aLongLivedBlocksPointerOutlivesItsTagsReuse() {
        Memory mem = new Memory();
        Allocation kept = mem.allocate(BASE, 24, AllocKind.HEAP, "kept");
        long p = Memory.pointerTo(kept);
        for (int i = 0; i < 70_000; i++) mem.free(mem.allocate(BASE + 64, 16, AllocKind.HEAP, "temporary"));
        assertEquals(BASE + 16, mem.access(p + 16, 8));
        mem.free(kept);
        assertThrows(UndefinedBehavior.class, () -> mem.access(p, 8));
    }

    private static final long STACK = 0x7fff_ffff_e000L;

    /**
     * A pointer to a stack variable carries the variable's tag: inside it the access is allowed, past its end (into
     * the next variable) or before its start it is out of bounds, and once the variable ends it is freed — while a
     * pointer without provenance into the same bytes is checked where it lands, as before.
     */
    @Test
    void aPointerToAStackVariableStaysInsideItWhileItLives() {
        Memory mem = new Memory();
        mem.allocate(STACK, 4096, AllocKind.STACK, "stack");
        int primes = mem.slotTag(STACK + 16, 16, "primes", 1, "main");
        long p = Memory.withTag(primes, STACK + 16);
        assertTrue(Memory.slotTagged(p));
        assertEquals(STACK + 28, mem.access(p + 12, 4));
        assertEquals(STACK + 32, mem.access(p + 16, 0), "a zero-sized access one past the end");
        UndefinedBehavior ub = assertThrows(UndefinedBehavior.class, () -> mem.access(p + 16, 4));
        assertEquals("memory access failed: attempting to access 4 bytes, but got `primes`+0x10 which is at or beyond the end of the "
            + "allocation of size 16 bytes (a variable of `main`)", ub.getMessage());
        ub = assertThrows(UndefinedBehavior.class, () -> mem.access(p - 4, 4));
        assertTrue(ub.getMessage().contains("`primes`-0x4 which is before the beginning"), ub.getMessage());
        assertEquals(STACK + 32, mem.access(Memory.address(p) + 16, 4), "no provenance: the bytes are the stack's");
        mem.slotEnded(primes, "its function returned");
        ub = assertThrows(UndefinedBehavior.class, () -> mem.access(p, 4));
        assertEquals("memory access failed: the stack slot of `primes` (a variable of `main`) at 0x7fffffffe010 has been freed "
            + "(its function returned), so this pointer is dangling", ub.getMessage());
        assertEquals(STACK + 16, Memory.address(p));
    }

    /** Slot tags are given round robin and free again when their slot ends; when all are taken a pointer gets none. */
    @Test
    void slotTagsAreReusedOnlyOnceFreeAndRunOutGracefully() {
        Memory mem = new Memory();
        mem.allocate(STACK, 4096, AllocKind.STACK, "stack");
        List<Integer> tags = new ArrayList<>();
        for (int t; (t = mem.slotTag(STACK, 8, "x", 1, "f")) != 0; ) tags.add(t);
        assertEquals(StackSlots.LAST - StackSlots.FIRST + 1, tags.size());
        assertEquals(tags.size(), tags.stream().distinct().count(), "no tag is given twice while its slot lives");
        assertTrue(tags.stream().allMatch(t -> Memory.slotTagged(Memory.withTag(t, STACK))));
        int freed = tags.get(tags.size() / 2);
        mem.slotEnded(freed, "its variable's scope ended");
        assertEquals(freed, mem.slotTag(STACK + 8, 8, "y", 2, "f"), "the only free tag");
        assertEquals(0, mem.slotTag(STACK, 8, "z", 3, "f"));
        // a heap block's tag is never a slot's
        Allocation block = mem.allocate(BASE, 16, AllocKind.HEAP, "block");
        assertTrue(!Memory.slotTagged(Memory.pointerTo(block)));
    }

    /** Miri's exposed provenance: a pointer made from an integer may access a heap block only once its address was exposed. */
    @Test
    void aPointerMadeFromAnIntegerNeedsAnExposedBlock() {
        Memory mem = new Memory();
        Allocation block = mem.allocate(BASE, 16, AllocKind.HEAP, "block");
        long fromInt = Memory.fromAddress(BASE + 8);
        UndefinedBehavior ub = assertThrows(UndefinedBehavior.class, () -> mem.access(fromInt, 4));
        assertTrue(ub.getMessage().contains("its address was never exposed"), ub.getMessage());
        mem.expose(Memory.pointerTo(block) + 4);
        assertEquals(BASE + 8, mem.access(fromInt, 4));
        assertEquals(BASE + 8, Memory.address(fromInt));
        // freed, its exposed address still names it: a use after free, even with a new block at the address
        Allocation grown = mem.resize(block, 32);
        ub = assertThrows(UndefinedBehavior.class, () -> mem.access(fromInt, 4));
        assertTrue(ub.getMessage().contains("alloc" + block.id + " has been freed"), ub.getMessage());
        mem.expose(Memory.pointerTo(grown));
        assertEquals(BASE + 8, mem.access(fromInt, 4));
        // not heap memory (a literal, the stack): a pointer made from an integer reaches it
        Allocation literal = mem.allocateRodata(new byte[] {1, 2, 3}, "literal");
        assertEquals(literal.base, mem.access(Memory.fromAddress(literal.base), 1));
        // null and addresses above user space get no provenance
        assertEquals(0, Memory.fromAddress(0));
        assertEquals(-1L, Memory.fromAddress(-1L));
        assertEquals(-1L, Memory.address(-1L));
    }
}
