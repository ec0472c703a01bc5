package rustmem.interp;

import java.util.ArrayList;
import java.util.List;
import rustmem.ir.Mir;

/**
 * One call's locals: a region of the stack (base is its index in the stack's bytes, addr its address) laid
 * out by the body, and which of the locals that need dropping hold a value now (wholly, or but for the
 * parts moved out of them), which is what the body's drops and unwinding consult.
 */
final class Frame {
    CompiledBody body;
    int base;
    long addr;
    boolean[] init;
    /** In the second tier ({@link BodyCode}): the position of the statement or terminator running (numbered as {@link CompiledBody#blockStart} does). */
    int pc;
    /** For a #[track_caller] function: the address of the Location its caller called it from. */
    long location;
    /** When tracing: the frame's number in the trace, and each local's {@link rustmem.trace.Snapshot.State} ordinal. */
    int traceId;
    byte[] traceState;
    /** When tracing: the program line the frame is at (0 before its first), and the statement there. */
    int traceLine;
    rustmem.source.Span traceSpan;
    /**
     * Per local: the provenance tag of pointers to it ({@link Machine#localPointer}), 0 until its address is taken;
     * {@link #DEAD} when its scope ended (an address-taken variable's StorageDead) and it was not assigned since.
     * Null while neither happened to any local.
     */
    int[] slots;
    static final int DEAD = -1;
    /** The locals [slotsFrom, slotsTo) hold every mark of {@link #slots} (the rest are 0): what a return ends, what a reuse clears. */
    int slotsFrom = Integer.MAX_VALUE, slotsTo;
    /** Per local: the paths (field projections) moved out of it while it stays initialized, or null. */
    List<List<Mir.Proj>>[] moved;

    Frame(CompiledBody body, int base, long addr) {
        this.body = body;
        this.base = base;
        this.addr = addr;
        this.init = new boolean[body.localCount];
    }

    /** The frame of another call at its depth ({@link CallStack}): as new, its arrays kept when they are large enough. */
    void reset(CompiledBody body, int base, long addr) {
        this.body = body;
        this.base = base;
        this.addr = addr;
        if (init.length < body.localCount) {
            init = new boolean[body.localCount];
        } else {
            // only a tracked local's flag is ever read (a drop, a move, an unwind): the others keep what they held
            boolean[] in = init;
            for (int l : body.trackedLocals()) in[l] = false;
        }
        pc = 0;
        location = 0;
        if (slots != null) {
            if (slotsFrom < slotsTo) java.util.Arrays.fill(slots, slotsFrom, slotsTo, 0);
            spareSlots = slots;
            slots = null;
            slotsFrom = Integer.MAX_VALUE;
            slotsTo = 0;
        }
        moved = null;
    }

    /** The array of {@link #slots} an earlier call at this depth had, for this one's. */
    private int[] spareSlots;

    /** In the second tier: the registers' array ({@link Registers}), at least n long, this frame's and its successors'. */
    private long[] registers;

    long[] registers(int n) {
        long[] r = registers;
        if (r == null || r.length < n) registers = r = new long[n];
        return r;
    }

    /**
     * The frame goes on in the body's version with its callees inlined (whose own locals are this body's, at the same
     * offsets, and its callees' below the base, in the stack the caller extended).
     */
    void goOnIn(CompiledBody optimized) {
        boolean[] now = new boolean[optimized.localCount];
        System.arraycopy(init, 0, now, 0, body.localCount);   // (the inlined callees' locals start uninitialised)
        init = now;
        body = optimized;
        if (slots != null) slots = java.util.Arrays.copyOf(slots, optimized.localCount);
        if (moved != null) moved = java.util.Arrays.copyOf(moved, optimized.localCount);
    }

    @SuppressWarnings("unchecked")
    List<List<Mir.Proj>> movedOf(int local) {
        if (moved == null) moved = new List[body.localCount];
        if (moved[local] == null) moved[local] = new ArrayList<>();
        return moved[local];
    }

    /** The per-local state of {@link #slots}, made at its first use (a spare one is all 0, see {@link #reset}). */
    int[] slots() {
        if (slots == null) {
            int[] spare = spareSlots;
            slots = spare != null && spare.length >= body.localCount ? spare : new int[body.localCount];
        }
        return slots;
    }

    /** Sets local's mark in {@link #slots}. */
    void setSlot(int local, int mark) {
        slots()[local] = mark;
        if (local < slotsFrom) slotsFrom = local;
        if (local >= slotsTo) slotsTo = local + 1;
    }

    void slotLive(int local) { if (slots != null && slots[local] == DEAD) slots[local] = 0; }

    boolean isDead(int local) { return slots != null && slots[local] == DEAD; }

    boolean partlyMoved(int local) { return moved != null && moved[local] != null && !moved[local].isEmpty(); }
}
