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
    final CompiledBody body;
    final int base;
    final long addr;
    final boolean[] init;
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
    /** Per local: whether its scope ended (an address-taken variable's StorageDead) and it was not assigned since; null when none did. */
    private boolean[] dead;
    /** Per local: the provenance tag of pointers to it ({@link Machine#localPointer}), 0 until its address is taken; null when none was. */
    int[] slotTags;
    /** Per local: the paths (field projections) moved out of it while it stays initialized, or null. */
    List<List<Mir.Proj>>[] moved;

    Frame(CompiledBody body, int base, long addr) {
        this.body = body;
        this.base = base;
        this.addr = addr;
        this.init = new boolean[body.localCount];
    }

    @SuppressWarnings("unchecked")
    List<List<Mir.Proj>> movedOf(int local) {
        if (moved == null) moved = new List[body.localCount];
        if (moved[local] == null) moved[local] = new ArrayList<>();
        return moved[local];
    }

    void slotDead(int local) {
        if (dead == null) dead = new boolean[body.localCount];
        dead[local] = true;
    }

    void slotLive(int local) { if (dead != null) dead[local] = false; }

    boolean isDead(int local) { return dead != null && dead[local]; }

    boolean partlyMoved(int local) { return moved != null && moved[local] != null && !moved[local].isEmpty(); }
}
