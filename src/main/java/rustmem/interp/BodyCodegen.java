package rustmem.interp;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a compiled body into a hidden class of its own ({@link BodyCode}), so that HotSpot compiles each Rust
 * function to machine code: the blocks become straight-line code and jumps, and each statement and terminator a call
 * of its node's own class, a constant of the class (its class data). Every call site is then of one node of one
 * class, which the JIT inlines, where the node walk's one loop calls every kind of node from the same place.
 *
 * <p>Each block's statements are a method of their own, with those of the blocks its jump is the only way into (a
 * chain, {@link #chainNext}: an inlined callee's blocks mostly); the code is entered at a chain's first block only.
 *
 * <p>What the nodes do is unchanged: the code calls them in the order {@link Interpreter#run} would, counts the same
 * steps, and keeps {@link Frame#pc} so that what a node throws is reported at its statement. Some it computes itself,
 * on the body's registers ({@link Registers}, {@link DirectCode}): integer arithmetic, comparisons and branches.
 */
final class BodyCodegen {
    // run's JVM locals: this, the frame, the block to start at, whether the frame is fresh, the block a terminator
    // answered, the registers' array
    private static final int FRAME = 1;
    private static final int START = 2;
    private static final int FRESH = 3;
    private static final int NEXT = 4;
    private static final int REGS = 5;
    /** The steps counted since the interpreter's count was last brought up to date (see {@link #step}). */
    private static final int PENDING = 6;
    // a block method's: the frame, the registers' array
    private static final int B_FRAME = 0;
    private static final int B_REGS = 1;

    private static final ClassDesc CD_BODY_CODE = desc(BodyCode.class);
    private static final ClassDesc CD_FRAME = desc(Frame.class);
    private static final ClassDesc CD_INTERPRETER = desc(Interpreter.class);
    private static final ClassDesc CD_LONGS = desc(long[].class);
    private static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_void, CD_FRAME, CD_int, ConstantDescs.CD_boolean);
    private static final MethodTypeDesc MTD_BLOCK = MethodTypeDesc.of(CD_void, CD_FRAME, CD_LONGS);
    /** A block's method that runs its terminator's node too: the block the node answers. */
    private static final MethodTypeDesc MTD_BLOCK_NODE = MethodTypeDesc.of(CD_int, CD_FRAME, CD_LONGS);
    private static final MethodTypeDesc MTD_STMT = MethodTypeDesc.of(CD_void, CD_FRAME);
    private static final MethodTypeDesc MTD_TERM = MethodTypeDesc.of(CD_int, CD_FRAME);
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final java.util.concurrent.atomic.AtomicInteger classes = new java.util.concurrent.atomic.AtomicInteger();

    /** The class data: the objects the code loads as constants. */
    private final List<Object> data = new ArrayList<>();
    private final Map<Object, Integer> indexes = new IdentityHashMap<>();
    private final Interpreter in;
    private final CompiledBody body;
    private final Registers regs;

    private BodyCodegen(Interpreter in, CompiledBody body) {
        this.in = in;
        this.body = body;
        this.regs = Registers.plan(in, body);
        this.backEdges = backEdges(body);
        this.chainNext = chains(body, backEdges);
        in.registers += regs.slots.size();
    }

    /** The body's code, or null when it does not fit in one JVM method (64 KiB of bytecode): the node walk runs it. */
    static BodyCode generate(Interpreter in, CompiledBody body) {
        if (body.blocks.length == 0) return null;
        return new BodyCodegen(in, body).define();
    }

    private ClassDesc self;

    private BodyCode define() {
        // named after its function too, for profiles (Body12_alloc_vec_Vec_push)
        Instance inst = body.instance;
        String fn = inst.def() == null ? inst.kind().name() : in.tcx.defs.pathString(inst.def());
        self = ClassDesc.of(BodyCodegen.class.getPackageName() + ".Body" + classes.getAndIncrement() + "_"
            + fn.replaceAll("[^A-Za-z0-9_]+", "_"));
        byte[] bytes;
        try {
            bytes = ClassFile.of().build(self, cls -> {
                cls.withSuperclass(CD_BODY_CODE);
                cls.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
                cls.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, 0, c -> {
                    c.aload(0);
                    c.invokespecial(CD_BODY_CODE, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                    c.return_();
                });
                cls.withMethodBody("run", MTD_RUN, 0, this::run);
                // each block's statements a method of their own: HotSpot inlines the nodes they call within each
                // method's budget (DesiredMethodLimit), which one method for the whole body would exhaust
                CompiledBody.Block[] blocks = body.blocks;
                for (int i = 0; i < blocks.length; i++) {
                    int block = i;
                    if (!entries[i]) {
                        // (its statements are in the method of the chain it ends or continues)
                    } else if (nodeAtEnd[last(i)]) {
                        cls.withMethodBody("b" + i, MTD_BLOCK_NODE, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, c -> statements(c, block));
                    } else if (hasStatements(i)) {
                        cls.withMethodBody("b" + i, MTD_BLOCK, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, c -> statements(c, block));
                    }
                    if (blocks[i].term instanceof Terminators.Assert && !nodeAtEnd[i]) {
                        // an assertion the code tests: its failure, the node reporting it
                        cls.withMethodBody("f" + i, MTD_BLOCK_NODE, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, c -> failure(c, block));
                    }
                }
            });
        } catch (IllegalArgumentException tooLarge) {
            return null;
        }
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClassWithClassData(bytes, List.copyOf(data), true);
            BodyCode code = (BodyCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            code.entries(entries);
            return code;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("defining the code of " + body.name(), t);
        }
    }

    private void run(CodeBuilder c) {
        if (c.allocateLocal(TypeKind.INT) != NEXT || c.allocateLocal(TypeKind.REFERENCE) != REGS
            || c.allocateLocal(TypeKind.INT) != PENDING) {
            throw new IllegalStateException("locals");
        }
        c.iconst_0();
        c.istore(PENDING);
        direct = directCode(c, FRAME, REGS);
        direct.enter(FRESH, body.mir.argCount);
        CompiledBody.Block[] blocks = body.blocks;
        opAtEnd = new boolean[blocks.length];
        nodeAtEnd = new boolean[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            Terminators.Term t = blocks[i].term;
            boolean computed = direct.direct(t);
            opAtEnd[i] = (t instanceof IntrinsicNodes.Node || t instanceof Terminators.Known) && computed;
            nodeAtEnd[i] = !computed && !(t instanceof Terminators.Return || t instanceof Terminators.Goto || t instanceof Terminators.InlinedReturn);
        }
        entries = new boolean[blocks.length];
        java.util.Arrays.fill(entries, true);
        for (int i = 0; i < blocks.length; i++) {
            if (chainNext[i] < 0) continue;
            entries[chainNext[i]] = false;
            in.chainedBlocks++;
        }
        labels = new Label[blocks.length];
        List<SwitchCase> all = new ArrayList<>();
        Label ret = c.newLabel(), dispatch = c.newLabel(), notEntry = c.newLabel();
        for (int i = 0; i < blocks.length; i++) {
            labels[i] = entries[i] ? c.newLabel() : notEntry;
            all.add(SwitchCase.of(i, labels[i]));
        }
        c.iload(START);
        c.tableswitch(0, blocks.length - 1, ret, all);
        for (int i = 0; i < blocks.length; i++) {
            if (!entries[i]) continue;
            c.labelBinding(labels[i]);
            int last = last(i), jumps = 0;
            for (int b = i; b != last; b = chainNext[b]) if (blocks[b].term instanceof Terminators.Goto) jumps++;
            if (jumps > 0) c.iinc(PENDING, jumps);   // (the chain's jumps: a step each, never back)
            if (nodeAtEnd[last]) {
                // (the steps so far counted before the node runs: a call's callee looks at the limits)
                flush(c);
                c.aload(FRAME);
                c.aload(REGS);
                c.invokestatic(self, "b" + i, MTD_BLOCK_NODE);
            } else if (hasStatements(i)) {
                c.aload(FRAME);
                c.aload(REGS);
                c.invokestatic(self, "b" + i, MTD_BLOCK);
            }
            terminator(c, last, ret, dispatch);
        }
        c.labelBinding(dispatch);
        c.iload(NEXT);
        c.tableswitch(0, blocks.length - 1, ret, all);
        c.labelBinding(notEntry);
        c.new_(desc(IllegalStateException.class));
        c.dup();
        c.invokespecial(desc(IllegalStateException.class), ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
        c.athrow();
        c.labelBinding(ret);
        flush(c);
        c.return_();
    }

    /**
     * Per block: the block its jump goes on to when the two are one chain (-1 when not): a jump (`Goto`, or an inlined
     * callee's return) to a block no other jump reaches, which then runs in the same method as the block before it.
     * A body of about 600 blocks after inlining (sort's sift_down) would otherwise make run too large for HotSpot to
     * inline the blocks' methods into it (8,000 bytes of bytecode) and call 600 methods.
     */
    private final int[] chainNext;

    /** Per block: whether the code may be entered there (the first block of a chain; every block when none is merged). */
    private boolean[] entries;

    /** The chains of a body's blocks (see {@link #chainNext}): none when a terminator may answer any block. */
    private static int[] chains(CompiledBody body, java.util.Set<Long> backEdges) {
        int n = body.blocks.length;
        int[] next = new int[n], preds = new int[n];
        java.util.Arrays.fill(next, -1);
        for (CompiledBody.Block b : body.blocks) {
            int[] succ = b.term.successors();
            if (succ == null) {
                if (b.term instanceof Terminators.Return) continue;
                return next;
            }
            for (int t : succ) preds[t]++;
        }
        for (int i = 0; i < n; i++) {
            int t = switch (body.blocks[i].term) {
                case Terminators.Goto g -> g.target;
                case Terminators.InlinedReturn r -> r.target;
                default -> -1;
            };
            if (t > 0 && t != i && preds[t] == 1 && !backEdges.contains(edge(i, t))) next[i] = t;
        }
        return next;
    }

    /** The last block of the chain starting at block i. */
    private int last(int i) {
        while (chainNext[i] >= 0) i = chainNext[i];
        return i;
    }

    /** Whether the chain starting at block i has a method: statements, or a terminator computed or run at its end. */
    private boolean hasStatements(int i) {
        int last = last(i);
        if (opAtEnd[last] || nodeAtEnd[last]) return true;
        for (int b = i; b >= 0; b = chainNext[b]) if (body.blocks[b].stmts.length > 0) return true;
        return false;
    }

    /**
     * The statements of a chain's blocks (see {@link #chainNext}; most chains are one block), in a static method of
     * their own taking the frame and the registers: those the code computes itself, and the nodes of the others (each
     * node's registers spilled before it and read back after); then the last block's terminator when it is computed
     * or runs as a node here.
     */
    private void statements(CodeBuilder c, int head) {
        DirectCode direct = directCode(c, B_FRAME, B_REGS);
        for (int i = head; ; i = chainNext[i]) {
            CompiledBody.Block b = body.blocks[i];
            int pc = body.blockStart[i];
            for (int j = 0; j < b.stmts.length; j++) {
                pc = body.blockStart[i] + b.mirIndex[j];
                Statements.Stmt s = b.stmts[j];
                if (direct.direct(s)) {
                    if (DirectCode.mayFail(s)) position(c, B_FRAME, pc);
                    direct.statement(s);
                    continue;
                }
                direct.spill(regs.named(b.mir[j]));
                position(c, B_FRAME, pc);
                if (s instanceof Statements.AssignAggregate agg && agg.ops.length <= 64) {
                    aggregate(c, agg);
                } else {
                    node(c, s, Statements.Stmt.class);
                    c.aload(B_FRAME);
                    c.invokevirtual(exactDesc(s, Statements.Stmt.class), "exec", MTD_STMT);
                }
                direct.reload(regs.assigned(b.mir[j]));
            }
            pc = body.blockStart[i] + b.mirCount;
            if (chainNext[i] >= 0) continue;
            if (opAtEnd[i]) {
                if (DirectCode.mayFail(b.term)) position(c, B_FRAME, pc);
                direct.terminator(b.term);
            }
            if (nodeAtEnd[i]) {
                Object mir = body.mir.blocks.get(i).terminator;
                runNode(c, direct, B_FRAME, b.term, mir, pc);
                int next = c.allocateLocal(TypeKind.INT);
                c.istore(next);
                direct.reload(regs.assigned(mir));
                c.iload(next);
                c.ireturn();
                return;
            }
            c.return_();
            return;
        }
    }

    private static final MethodTypeDesc MTD_ADDR = MethodTypeDesc.of(ConstantDescs.CD_long, CD_FRAME);
    private static final MethodTypeDesc MTD_COPY_TO = MethodTypeDesc.of(CD_void, CD_FRAME, ConstantDescs.CD_long);
    private static final MethodTypeDesc MTD_TAGS_WRITE = MethodTypeDesc.of(CD_void, desc(Machine.class), ConstantDescs.CD_long, CD_int);

    /**
     * What {@link Statements.AssignAggregate#exec} does, one call for each field (of an aggregate of up to 64): each of its
     * operands' calls is then of one class, which the JIT inlines (the node's loop calls every kind of operand from one place).
     */
    private void aggregate(CodeBuilder c, Statements.AssignAggregate agg) {
        int dst = c.allocateLocal(TypeKind.LONG);
        node(c, agg.dst, Places.PlaceNode.class);
        c.aload(B_FRAME);
        c.invokevirtual(exactDesc(agg.dst, Places.PlaceNode.class), "addr", MTD_ADDR);
        c.lstore(dst);
        for (int i = 0; i < agg.ops.length; i++) copyOperand(c, B_FRAME, agg.ops[i], b -> b.lload(dst), agg.offsets[i]);
        if (agg.tags != null) {
            node(c, agg.tags, Tags.class);
            node(c, agg.m, Machine.class);
            c.lload(dst);
            c.loadConstant(agg.variant);
            c.invokevirtual(desc(Tags.class), "write", MTD_TAGS_WRITE);
        }
    }

    /**
     * `op.copyTo(frame, base + offset); op.used(frame)`, each a call of op's own class (base: code leaving an address on
     * the stack).
     */
    private void copyOperand(CodeBuilder c, int frame, Operands.Opnd op, java.util.function.Consumer<CodeBuilder> base, long offset) {
        node(c, op, Operands.Opnd.class);
        c.aload(frame);
        base.accept(c);
        if (offset != 0) {
            c.loadConstant(offset);
            c.ladd();
        }
        c.invokevirtual(exactDesc(op, Operands.Opnd.class), "copyTo", MTD_COPY_TO);
        node(c, op, Operands.Opnd.class);
        c.aload(frame);
        c.invokevirtual(exactDesc(op, Operands.Opnd.class), "used", MTD_STMT);
    }

    /** The direct code of a method whose frame and registers' array are in JVM locals frame and array. */
    private DirectCode directCode(CodeBuilder c, int frame, int array) {
        return new DirectCode(c, regs, frame, array, (b, o) -> node(b, o, o.getClass()), b -> node(b, in.m, Machine.class));
    }

    /** An assertion's failure: its node run (the registers it names spilled first), which reports it. */
    private void failure(CodeBuilder c, int i) {
        DirectCode direct = directCode(c, B_FRAME, B_REGS);
        runNode(c, direct, B_FRAME, body.blocks[i].term, body.mir.blocks.get(i).terminator,
            body.blockStart[i] + body.blocks[i].mirCount);
        c.ireturn();
    }

    /** The blocks whose terminator runs as a node, at the end of the block's method (which answers the node's block). */
    private boolean[] nodeAtEnd;

    /** The blocks whose terminator is an operation the code computes itself, at the end of the block's method. */
    private boolean[] opAtEnd;

    private Label[] labels;
    /** run's code computed directly (its registers' array in REGS). */
    private DirectCode direct;

    private void terminator(CodeBuilder c, int i, Label ret, Label dispatch) {
        Terminators.Term t = body.blocks[i].term;
        if (t instanceof Terminators.Return) {
            flush(c);
            c.return_();
            return;
        }
        if (t instanceof Terminators.Goto g) {
            step(c, i, g.target);
            c.goto_(labels[g.target]);
            return;
        }
        if (t instanceof Terminators.InlinedReturn r) {
            // not a step (the node takes back the one its block's end counts): a jump, the limits as they were
            if (backEdges.contains(edge(i, r.target))) flush(c);
            c.goto_(labels[r.target]);
            return;
        }
        if (direct.direct(t) && t instanceof Terminators.SwitchInt sw) {
            int v = direct.scratch();
            direct.load(sw.discr);
            c.lstore(v);
            int[] targets = java.util.Arrays.copyOf(sw.targets, sw.targets.length + 1);
            targets[sw.targets.length] = sw.otherwise;
            step(c, i, targets);
            for (int k = 0; k < sw.values.length; k++) {
                c.lload(v);
                c.loadConstant(sw.values[k]);
                c.lcmp();
                c.ifeq(labels[sw.targets[k]]);
            }
            c.goto_(labels[sw.otherwise]);
            return;
        }
        if (direct.direct(t) && t instanceof Terminators.Assert a) {
            // the test computed here; a failure runs the node, which reports it
            Label ok = c.newLabel();
            direct.load(a.cond);
            c.lconst_0();
            c.lcmp();
            if (a.expected) c.ifne(ok);
            else c.ifeq(ok);
            flush(c);
            c.aload(FRAME);
            c.aload(REGS);
            c.invokestatic(self, "f" + i, MTD_BLOCK_NODE);
            c.pop();
            c.return_();
            c.labelBinding(ok);
            step(c, i, a.target);
            c.goto_(labels[a.target]);
            return;
        }
        if (opAtEnd[i]) {
            // an operation whose result goes to a local (a register), computed by the block's method: the block after
            step(c, i, t.successors()[0]);
            c.goto_(labels[t.successors()[0]]);
            return;
        }
        // the node ran at the end of the block's method, which answered its block
        c.istore(NEXT);
        c.iload(NEXT);
        c.iflt(ret);
        int[] next = t.successors();
        step(c, i, next == null || next.length == 0 ? new int[] {-1} : next);
        if (next == null || next.length == 0) {
            c.goto_(dispatch);
        } else if (next.length == 1) {
            c.goto_(labels[next[0]]);
        } else {
            List<SwitchCase> cases = java.util.Arrays.stream(next).distinct().sorted()
                .mapToObj(s -> SwitchCase.of(s, labels[s])).toList();
            c.iload(NEXT);
            c.lookupswitch(dispatch, cases);
        }
    }

    /** Runs a terminator's node (its registers spilled first) at position pc; the block it answers is on the stack. */
    private void runNode(CodeBuilder c, DirectCode direct, int frame, Terminators.Term t, Object mir, int pc) {
        direct.spill(regs.named(mir));
        position(c, frame, pc);
        if (t instanceof Terminators.Call call && call.inParts() && call.args.length <= 64) {
            callItem(c, frame, call);
            return;
        }
        node(c, t, Terminators.Term.class);
        c.aload(frame);
        c.invokevirtual(exactDesc(t, Terminators.Term.class), "exec", MTD_TERM);
    }

    private static final ClassDesc CD_CALL = desc(Terminators.Call.class);

    /**
     * What {@link Terminators.Call#exec} does for an item whose body is known, with the copy of each argument into the
     * callee's frame a call of its own (its operand's class, which the JIT inlines, as in {@link #aggregate}); the
     * block the call goes on to is left on the stack.
     */
    private void callItem(CodeBuilder c, int frame, Terminators.Call call) {
        int loc = c.allocateLocal(TypeKind.LONG), dest = c.allocateLocal(TypeKind.LONG), sp = c.allocateLocal(TypeKind.INT);
        int callee = c.allocateLocal(TypeKind.REFERENCE);
        node(c, call, Terminators.Call.class);
        c.aload(frame);
        c.invokevirtual(CD_CALL, "itemLocation", MTD_ADDR);
        c.lstore(loc);
        node(c, call, Terminators.Call.class);
        c.aload(frame);
        c.invokevirtual(CD_CALL, "destAddr", MTD_ADDR);
        c.lstore(dest);
        node(c, call, Terminators.Call.class);
        c.invokevirtual(CD_CALL, "sp", MethodTypeDesc.of(CD_int));
        c.istore(sp);
        node(c, call, Terminators.Call.class);
        c.invokevirtual(CD_CALL, "push", MethodTypeDesc.of(CD_FRAME));
        c.astore(callee);
        int[] offsets = call.body().offsets;
        for (int i = 0; i < call.args.length; i++) {
            copyOperand(c, frame, call.args[i], b -> {
                b.aload(callee);
                b.getfield(CD_FRAME, "addr", ConstantDescs.CD_long);
            }, offsets[i + 1]);
        }
        node(c, call, Terminators.Call.class);
        c.aload(frame);
        c.aload(callee);
        c.lload(dest);
        c.lload(loc);
        c.iload(sp);
        c.invokevirtual(CD_CALL, "finish", MethodTypeDesc.of(CD_int, CD_FRAME, CD_FRAME, ConstantDescs.CD_long, ConstantDescs.CD_long, CD_int));
    }

    /** Frame.pc = pc (the frame in JVM local frame). */
    private static void position(CodeBuilder c, int frame, int pc) {
        c.aload(frame);
        c.loadConstant(pc);
        c.putfield(CD_FRAME, "pc", CD_int);
    }

    /**
     * A block of run's ran, to jump to one of targets (-1: a block not known here): its step counted in a JVM local,
     * added to the interpreter's count ({@link Interpreter#tick}) when the jump may go back — code that can run again, as
     * a loop's — and before a node, a return or the code's end. A step then reaches the interpreter's count a few
     * blocks later than in the node walk, but before anything the program does could be seen (a call's output), and no
     * loop runs without its steps counted and the limits looked at.
     */
    private void step(CodeBuilder c, int from, int... targets) {
        c.iinc(PENDING, 1);
        for (int t : targets) {
            if (t < 0 || backEdges.contains(edge(from, t))) {
                flush(c);
                return;
            }
        }
    }

    /** The jumps of the body's blocks that close a cycle (back edges of a depth-first search): every loop has one. */
    private final java.util.Set<Long> backEdges;

    private static long edge(int from, int to) { return (long) from << 32 | to; }

    private static java.util.Set<Long> backEdges(CompiledBody body) {
        int n = body.blocks.length;
        byte[] state = new byte[n];   // 0: not reached yet, 1: on the search's path, 2: done
        java.util.Set<Long> out = new java.util.HashSet<>();
        java.util.ArrayDeque<int[]> path = new java.util.ArrayDeque<>();   // (block, its next successor's index)
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) continue;
            state[root] = 1;
            path.push(new int[] {root, 0});
            while (!path.isEmpty()) {
                int[] top = path.peek();
                int[] next = body.blocks[top[0]].term.successors();
                if (next == null || top[1] >= next.length) {
                    state[top[0]] = 2;
                    path.pop();
                    continue;
                }
                int to = next[top[1]++];
                if (state[to] == 1) {
                    out.add(edge(top[0], to));
                } else if (state[to] == 0) {
                    state[to] = 1;
                    path.push(new int[] {to, 0});
                }
            }
        }
        return out;
    }

    /** The steps pending added to the interpreter's count, the limits looked at now and then. */
    private void flush(CodeBuilder c) {
        node(c, in, Interpreter.class);
        c.iload(PENDING);
        c.invokevirtual(CD_INTERPRETER, "tick", MethodTypeDesc.of(CD_void, CD_int));
        c.iconst_0();
        c.istore(PENDING);
    }

    /** Loads a node, typed as its own class when the code may name it (else as base). */
    private void node(CodeBuilder c, Object o, Class<?> base) {
        int index = indexes.computeIfAbsent(o, k -> {
            data.add(k);
            return data.size() - 1;
        });
        c.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, exactDesc(o, base), index));
    }

    /** The class of a node the generated class can name (a final class of this package), else the base class. */
    private static ClassDesc exactDesc(Object o, Class<?> base) {
        Class<?> k = o.getClass();
        boolean nameable = !k.isHidden() && !k.isAnonymousClass() && Modifier.isFinal(k.getModifiers())
            && k.getPackageName().equals(BodyCodegen.class.getPackageName());
        return desc(nameable ? k : base);
    }

    private static ClassDesc desc(Class<?> c) { return c.describeConstable().orElseThrow(); }
}
