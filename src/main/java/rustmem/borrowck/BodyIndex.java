package rustmem.borrowck;

import java.util.ArrayList;
import java.util.List;
import rustmem.ir.Mir;
import rustmem.source.Span;

/**
 * The locations of a body numbered in one range (rustc's Location as a point index): a block's statements in
 * order, then its terminator. Also each block's successors and predecessors for the dataflow analyses.
 */
final class BodyIndex {
    final Mir.Body body;
    final int[] blockStart;
    final int[] blockOf;
    final int size;
    final int[][] successors;
    final List<List<Integer>> predecessors = new ArrayList<>();

    BodyIndex(Mir.Body body) {
        this.body = body;
        int n = body.blocks.size();
        blockStart = new int[n + 1];
        int at = 0;
        for (int b = 0; b < n; b++) {
            blockStart[b] = at;
            at += body.blocks.get(b).statements.size() + 1;
        }
        blockStart[n] = at;
        size = at;
        blockOf = new int[size];
        successors = new int[n][];
        for (int b = 0; b < n; b++) {
            for (int i = blockStart[b]; i < blockStart[b + 1]; i++) blockOf[i] = b;
            successors[b] = Mir.successors(body.blocks.get(b).terminator);
            predecessors.add(new ArrayList<>());
        }
        for (int b = 0; b < n; b++) for (int s : successors[b]) predecessors.get(s).add(b);
    }

    boolean isTerminator(int loc) { return loc == blockStart[blockOf[loc] + 1] - 1; }

    /** The statement at loc, or null for a terminator. */
    Mir.Statement statement(int loc) {
        int b = blockOf[loc];
        int i = loc - blockStart[b];
        List<Mir.Statement> st = body.blocks.get(b).statements;
        return i < st.size() ? st.get(i) : null;
    }

    Mir.Terminator terminator(int loc) { return body.blocks.get(blockOf[loc]).terminator; }

    Span span(int loc) {
        Mir.Statement s = statement(loc);
        return s != null ? s.span() : terminator(loc).span();
    }

    /** Blocks reachable from the entry, in reverse postorder. */
    int[] reversePostorder() {
        int n = body.blocks.size();
        boolean[] seen = new boolean[n];
        int[] order = new int[n];
        int[] count = {0};
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {0, 0});
        seen[0] = true;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int[] succ = successors[top[0]];
            if (top[1] < succ.length) {
                int s = succ[top[1]++];
                if (!seen[s]) {
                    seen[s] = true;
                    stack.push(new int[] {s, 0});
                }
            } else {
                stack.pop();
                order[count[0]++] = top[0];
            }
        }
        int[] rpo = new int[count[0]];
        for (int i = 0; i < count[0]; i++) rpo[i] = order[count[0] - 1 - i];
        return rpo;
    }
}
