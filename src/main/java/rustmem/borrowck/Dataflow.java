package rustmem.borrowck;

import java.util.ArrayDeque;
import java.util.BitSet;

/**
 * A forward "may" dataflow analysis over a body (rustc_mir_dataflow, with union as join): the state on entry of
 * each block, from which a cursor recomputes the state before any location.
 */
final class Dataflow {
    /** The effect of one location (statement or terminator) on the state. */
    interface Transfer {
        void apply(BitSet state, int loc);
    }

    private final BodyIndex idx;
    private final Transfer transfer;
    final BitSet[] entry;

    Dataflow(BodyIndex idx, BitSet start, Transfer transfer) {
        this.idx = idx;
        this.transfer = transfer;
        int n = idx.body.blocks.size();
        entry = new BitSet[n];
        for (int b = 0; b < n; b++) entry[b] = new BitSet();
        entry[0].or(start);
        boolean[] queued = new boolean[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int b : idx.reversePostorder()) {
            work.add(b);
            queued[b] = true;
        }
        while (!work.isEmpty()) {
            int b = work.poll();
            queued[b] = false;
            BitSet s = (BitSet) entry[b].clone();
            for (int loc = idx.blockStart[b]; loc < idx.blockStart[b + 1]; loc++) transfer.apply(s, loc);
            for (int succ : idx.successors[b]) {
                BitSet e = entry[succ];
                BitSet before = (BitSet) e.clone();
                e.or(s);
                if (!e.equals(before) && !queued[succ]) {
                    queued[succ] = true;
                    work.add(succ);
                }
            }
        }
    }

    /** The state before loc, recomputed from its block's entry. */
    BitSet before(int loc) {
        int b = idx.blockOf[loc];
        BitSet s = (BitSet) entry[b].clone();
        for (int l = idx.blockStart[b]; l < loc; l++) transfer.apply(s, l);
        return s;
    }

    /** Applies loc's effect to a state that was the one before loc. */
    void step(BitSet state, int loc) { transfer.apply(state, loc); }
}
