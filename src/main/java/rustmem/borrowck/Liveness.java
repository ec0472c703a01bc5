package rustmem.borrowck;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.function.IntPredicate;
import rustmem.ir.Mir;
import rustmem.ir.Visit;
import rustmem.ir.Mir.Operand;
import rustmem.ir.Mir.Place;

/**
 * Which locals are live before each location (rustc's MaybeLiveLocals): used later on some path without
 * being overwritten first. A `Drop` uses its place only when dropping can look at borrowed data (dropUses).
 * A reference held by a live local keeps its loans live: this is what makes lifetimes non-lexical.
 */
final class Liveness {
    private final BodyIndex idx;
    private final BitSet[] liveIn;

    /** Locals whose type annotation names a lifetime of the signature: what they hold must live to the end. */
    private final BitSet outliving;

    Liveness(BodyIndex idx, IntPredicate dropUses, BitSet outliving) {
        this.idx = idx;
        this.outliving = outliving;
        int nb = idx.body.blocks.size();
        liveIn = new BitSet[idx.size];
        BitSet[] blockIn = new BitSet[nb];
        for (int b = 0; b < nb; b++) blockIn[b] = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[nb];
        for (int b = nb - 1; b >= 0; b--) {
            work.add(b);
            queued[b] = true;
        }
        while (!work.isEmpty()) {
            int b = work.poll();
            queued[b] = false;
            BitSet s = new BitSet();
            for (int succ : idx.successors[b]) s.or(blockIn[succ]);
            for (int loc = idx.blockStart[b + 1] - 1; loc >= idx.blockStart[b]; loc--) {
                transfer(s, loc, dropUses);
                liveIn[loc] = (BitSet) s.clone();
            }
            if (!s.equals(blockIn[b])) {
                blockIn[b] = s;
                for (int p : idx.predecessors.get(b)) {
                    if (!queued[p]) {
                        queued[p] = true;
                        work.add(p);
                    }
                }
            }
        }
        for (int i = 0; i < liveIn.length; i++) if (liveIn[i] == null) liveIn[i] = new BitSet();
    }

    /** The locals live just before loc. */
    BitSet liveBefore(int loc) { return liveIn[loc]; }

    private void transfer(BitSet s, int loc, IntPredicate dropUses) {
        Mir.Statement st = idx.statement(loc);
        if (st != null) {
            switch (st) {
                case Mir.Assign a -> {
                    def(s, a.place());
                    Visit.rvalue(a.rvalue(), p -> s.set(p.local()));
                }
                case Mir.StorageDead d -> { if (!outliving.get(d.local())) s.clear(d.local()); }
                case Mir.SetDiscriminant sd -> { if (!sd.place().isLocal()) s.set(sd.place().local()); }
                default -> { }
            }
            return;
        }
        switch (idx.terminator(loc)) {
            case Mir.SwitchInt sw -> use(s, sw.discr());
            case Mir.Call c -> {
                def(s, c.destination());
                use(s, c.func());
                for (Operand o : c.args()) use(s, o);
            }
            case Mir.Drop d -> { if (dropUses.test(d.place().local())) s.set(d.place().local()); }
            case Mir.Assert a -> use(s, a.cond());
            case Mir.Return r -> {
                s.set(0);
                s.or(outliving);
            }
            default -> { }
        }
    }

    /** A whole local written is dead before; a place written through a pointer reads the pointer. */
    private static void def(BitSet s, Place p) {
        if (p.isLocal()) s.clear(p.local());
        else if (p.projection().contains(Mir.DEREF)) s.set(p.local());
    }

    private static void use(BitSet s, Operand o) { Visit.operand(o, p -> s.set(p.local())); }
}
