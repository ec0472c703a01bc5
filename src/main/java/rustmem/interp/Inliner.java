package rustmem.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import rustmem.ir.Mir;
import rustmem.ir.MirRemap;
import rustmem.types.Ty;

/**
 * Inlining of std's small functions into the function that calls them (rustc's MIR inliner, on one instance): `v[i]`
 * runs `Index::index`, `Deref::deref`, `as_slice`, `as_ptr`, `from_raw_parts` … fifteen calls deep, each a frame of its
 * own in the node walk. Once a body is hot, its calls of small std bodies already run become the callees' blocks in a
 * body of its own, their locals the caller's (below the frame's base, {@link BodyCompiler#compile(Interpreter, Instance,
 * Mir.Body, int)}), their returns jumps back; the calls of the blocks that ran most are inlined first, then, in a
 * function of the program, those of its loops that have not run yet (a loop after the hot one goes on in this version);
 * other calls of blocks that never ran not at all.
 *
 * <p>Only std's functions are inlined: the program's keep their frames (what `trace` and the reports show), and a
 * callee is inlined only when it has run before or is called in a loop of the program's (a call on another cold path is
 * not type-checked for it). What the program sees does not change: the same statements run in the same order, a
 * panic's location is the one the callee's `#[track_caller]` chain gives ({@link Mir.Body#scopes}), undefined
 * behaviour is reported inside the callee.
 */
final class Inliner {
    /** A callee of more blocks or statements than this keeps its frame. */
    private static final int MAX_BLOCKS = 24, MAX_STATEMENTS = 80;
    /** Statements a body may grow by, and how deep inlined calls nest. */
    private static final int BUDGET = 600, MAX_DEPTH = 8;
    /**
     * ... a function of the program: its loops run in one frame, in code HotSpot compiles while it runs (on-stack
     * replacement), which takes the longer the larger the body.
     */
    private static final int PROGRAM_BUDGET = 1000;

    private final Interpreter in;
    private final CompiledBody caller;
    private final List<Mir.LocalDecl> locals;
    private final List<Mir.BasicBlock> blocks = new ArrayList<>();
    private final List<Integer> blockScope = new ArrayList<>();
    /** How often each block ran in the node walk (a callee's blocks: as often as the block calling it). */
    private final List<Long> heat = new ArrayList<>();
    private final List<Mir.InlinedScope> scopes = new ArrayList<>();
    private int budget;
    /**
     * Per block: whether it is in a loop of a function of the program's (whose calls are inlined even before they ran:
     * a loop after the one that made the function hot runs in the inlined version too).
     */
    private final List<Boolean> inLoop = new ArrayList<>();

    private Inliner(Interpreter in, CompiledBody caller) {
        this.in = in;
        this.caller = caller;
        this.locals = new ArrayList<>(caller.mir.locals);
        boolean std = in.tcx.defs.isStd(caller.instance.def());
        this.budget = std ? BUDGET : PROGRAM_BUDGET;
        boolean[] loops = std ? new boolean[caller.blocks.length] : inLoops(caller.mir.blocks);
        for (int i = 0; i < caller.mir.blocks.size(); i++) {
            blocks.add(MirRemap.copy(caller.mir.blocks.get(i)));
            blockScope.add(-1);
            heat.add((long) caller.blocks[i].runs);
            inLoop.add(loops[i]);
        }
    }

    /** The caller's body with its small std callees inlined, or null when none is. */
    static Mir.Body inline(Interpreter in, CompiledBody caller) {
        return new Inliner(in, caller).run();
    }

    private Mir.Body run() {
        // the calls of the blocks that ran most first; a call in a block that never ran keeps its frame
        PriorityQueue<Integer> work = new PriorityQueue<>((x, y) -> {
            long hx = heat.get(x), hy = heat.get(y);
            return hx != hy ? Long.compare(hy, hx) : Integer.compare(x, y);
        });
        for (int b = 0; b < blocks.size(); b++) if (heat.get(b) > 0 || inLoop.get(b)) work.add(b);
        while (!work.isEmpty()) {
            int b = work.poll();
            if (!(blocks.get(b).terminator instanceof Mir.Call call) || call.target() < 0) continue;
            Instance callee = callee(call, b);
            if (callee == null) continue;
            Mir.Body body = heat.get(b) > 0 ? in.builtMir(callee.def()) : inLoop.get(b) ? coldMir(callee) : null;
            int size = body == null ? -1 : size(body);
            if (size < 0 || size > budget) continue;
            int first = blocks.size();
            splice(b, call, callee, body);
            budget -= size;
            for (int nb = first; nb < blocks.size(); nb++) {
                heat.add(heat.get(b));   // (a callee's blocks run as often as its call, at most)
                inLoop.add(inLoop.get(b));
                work.add(nb);
            }
        }
        if (scopes.isEmpty()) return null;
        int[] bs = new int[blockScope.size()];
        for (int i = 0; i < bs.length; i++) bs[i] = blockScope.get(i);
        Mir.Body m = caller.mir;
        return new Mir.Body(m.def, List.copyOf(locals), m.argCount, List.copyOf(blocks), m.span, m.closure, List.copyOf(scopes), bs);
    }

    /** The std function a call in block b calls, when it may be inlined there; else null. */
    private Instance callee(Mir.Call call, int b) {
        if (!(call.func() instanceof Mir.Constant k)) return null;
        // (an inlined block's types are the callee's, substituted already: the caller's arguments change nothing there)
        Ty t = in.resolver.normalize(k.ty().subst(caller.instance.args()));
        if (!(t instanceof Ty.FnDef fd) || !in.tcx.defs.isStd(fd.def())) return null;
        Instance c;
        try {
            c = in.resolver.resolve(fd.def(), fd.args());
        } catch (RuntimeException e) {
            return null;   // resolved (and reported) when the call runs
        }
        if (c.kind() != Instance.Kind.ITEM || !in.tcx.defs.isStd(c.def()) || c.def().equals(caller.instance.def())) return null;
        int depth = 0;
        for (int s = blockScope.get(b); s >= 0; s = scopes.get(s).parent(), depth++) {
            if (scopes.get(s).callee().equals(c.def())) return null;   // recursion
        }
        return depth < MAX_DEPTH ? c : null;
    }

    /**
     * Which blocks are in a cycle of the control flow: Tarjan's strongly connected components of more than one block,
     * and blocks that jump to themselves.
     */
    private static boolean[] inLoops(List<Mir.BasicBlock> blocks) {
        int n = blocks.size();
        int[] index = new int[n], low = new int[n];
        java.util.Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n], out = new boolean[n];
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        int[] counter = {0};
        for (int b = 0; b < n; b++) if (index[b] < 0) strongConnect(b, blocks, index, low, onStack, stack, counter, out);
        return out;
    }

    private static void strongConnect(int v, List<Mir.BasicBlock> blocks, int[] index, int[] low, boolean[] onStack,
                                      java.util.ArrayDeque<Integer> stack, int[] counter, boolean[] out) {
        index[v] = low[v] = counter[0]++;
        stack.push(v);
        onStack[v] = true;
        for (int w : Mir.successors(blocks.get(v).terminator)) {
            if (w == v) out[v] = true;
            if (index[w] < 0) {
                strongConnect(w, blocks, index, low, onStack, stack, counter, out);
                low[v] = Math.min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = Math.min(low[v], index[w]);
            }
        }
        if (low[v] != index[v]) return;
        List<Integer> scc = new ArrayList<>();
        int w;
        do {
            w = stack.pop();
            onStack[w] = false;
            scc.add(w);
        } while (w != v);
        if (scc.size() > 1) for (int x : scc) out[x] = true;
    }

    /**
     * The body of a callee whose call has not run yet (a loop of the program's after the one that made it hot), built
     * now; null when it cannot be (it keeps its frame, and is reported when its call runs).
     */
    private Mir.Body coldMir(Instance callee) {
        try {
            return in.mirOf(callee.def());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** What inlining a callee costs the budget (its statements and terminators), or -1 when it keeps its frame. */
    private static int size(Mir.Body body) {
        if (body.closure != null || body.blocks.size() > MAX_BLOCKS) return -1;
        int statements = 0;
        for (Mir.BasicBlock bb : body.blocks) {
            statements += bb.statements.size();
            if (bb.terminator instanceof Mir.Unsupported) return -1;
        }
        return statements <= MAX_STATEMENTS ? statements + body.blocks.size() : -1;
    }

    /**
     * Replaces the call ending block b by the callee's blocks: its arguments assigned to the callee's parameters,
     * a jump to its first block, each return a move of its result to the call's destination and a jump to the call's
     * target.
     */
    private void splice(int b, Mir.Call call, Instance callee, Mir.Body body) {
        int localBase = locals.size(), blockBase = blocks.size();
        List<Ty> args = callee.args();
        MirRemap remap = new MirRemap(localBase, blockBase, t -> args.isEmpty() ? t : t.subst(args));
        for (Mir.LocalDecl d : body.locals) locals.add(remap.local(d));
        int scope = scopes.size();
        scopes.add(new Mir.InlinedScope(callee.def(), args, call.span(), blockScope.get(b)));
        for (Mir.BasicBlock cb : body.blocks) {
            Mir.BasicBlock nb = new Mir.BasicBlock();
            for (Mir.Statement s : cb.statements) nb.statements.add(remap.statement(s));
            if (cb.terminator instanceof Mir.Return r) {
                nb.statements.add(new Mir.Assign(call.destination(), new Mir.Use(new Mir.Move(Mir.Place.local(localBase))), r.span()));
                // the return place and parameters end here, as a frame's would: the uninitialised bytes a `MaybeUninit`
                // leaves in them go (see BodyCompiler's StorageDead)
                for (int l = 0; l <= body.argCount; l++) {
                    if (in.mayHoldUninit(in.resolver.normalize(locals.get(localBase + l).ty()))) {
                        nb.statements.add(new Mir.StorageDead(localBase + l, r.span()));
                    }
                }
                nb.terminator = new Mir.Goto(call.target(), r.span(), true);
            } else {
                nb.terminator = remap.terminator(cb.terminator);
            }
            blocks.add(nb);
            blockScope.add(scope);
        }
        Mir.BasicBlock site = blocks.get(b);
        for (int i = 0; i < call.args().size(); i++) {
            site.statements.add(new Mir.Assign(Mir.Place.local(localBase + 1 + i), new Mir.Use(call.args().get(i)), call.argSpan(i)));
        }
        site.terminator = new Mir.Goto(blockBase, call.span());
    }
}
