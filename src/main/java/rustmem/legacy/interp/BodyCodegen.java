package rustmem.legacy.interp;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_byte;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustmem.legacy.interp.CompiledBody.Block;
import rustmem.legacy.interp.CompiledBody.Scalar;
import rustmem.legacy.interp.CompiledBody.Stmt;
import rustmem.legacy.interp.MirCompiler.Checked;
import rustmem.legacy.interp.MirCompiler.Const;
import rustmem.legacy.interp.MirCompiler.CopyPlace;
import rustmem.legacy.interp.MirCompiler.FrameRead;
import rustmem.legacy.interp.MirCompiler.IntBinary;
import rustmem.legacy.interp.MirCompiler.IntCast;
import rustmem.legacy.interp.MirCompiler.Neg;
import rustmem.legacy.interp.MirCompiler.Not;
import rustmem.legacy.interp.MirCompiler.ScalarArg;
import rustmem.legacy.interp.MirCompiler.WriteScalar;

/**
 * Turns a compiled body into a hidden JVM class of its own, so that HotSpot compiles each Rust
 * function to machine code: scalar reads, writes, integer arithmetic with its overflow checks,
 * jumps and calls become bytecode on the frame's bytes; every other node is a constant of the
 * class (its class data) that the generated code calls, which the JIT then inlines as well.
 *
 * <p>The generated {@code int run(Frame f, int block)} starts at block (the entry, 0, or a loop head)
 * and returns -1 at the body's return, or the loop head a backward jump goes to (see {@link BodyCode}).
 */
final class BodyCodegen {
    // the JVM locals of run: the frame and the block to start at (its parameters), the frame's bytes
    // (the stack's) and its base offset in them
    private static final int FRAME = 1;
    private static final int START = 2;
    private static final int MEM = 3;
    private static final int BASE = 4;

    private static final ClassDesc CD_BODY_CODE = desc(BodyCode.class);
    private static final ClassDesc CD_FRAME = desc(Interpreter.Frame.class);
    private static final ClassDesc CD_INTERPRETER = desc(Interpreter.class);
    private static final ClassDesc CD_FUNCTION = desc(Interpreter.Function.class);
    private static final ClassDesc CD_PLACE = desc(CompiledPlace.class);
    private static final ClassDesc CD_STMT = desc(Stmt.class);
    private static final ClassDesc CD_SCALAR = desc(Scalar.class);
    private static final ClassDesc CD_ARG = desc(CompiledBody.Arg.class);
    private static final ClassDesc CD_ASSERT_FAILURE = desc(MirCompiler.AssertFailure.class);
    private static final ClassDesc CD_PANIC = desc(RustPanic.class);
    private static final ClassDesc CD_UB = desc(rustmem.machine.UndefinedBehavior.class);
    private static final ClassDesc CD_ALLOCATION = desc(rustmem.machine.Allocation.class);
    private static final ClassDesc CD_INT_OPS = desc(IntOps.class);
    private static final ClassDesc CD_BYTES = CD_byte.arrayType();

    private static final MethodTypeDesc MTD_READ = MethodTypeDesc.of(CD_long, CD_BYTES, CD_int, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_WRITE = MethodTypeDesc.of(CD_void, CD_BYTES, CD_int, CD_int, CD_long);
    private static final MethodTypeDesc MTD_NORMALIZE = MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_OVERFLOWS = MethodTypeDesc.of(CD_boolean, CD_long, CD_long, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_DIV = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_boolean);
    private static final MethodTypeDesc MTD_FRAME_VOID = MethodTypeDesc.of(CD_void, CD_FRAME);
    private static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_int, CD_FRAME, CD_int);

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final Interpreter in;
    /** The class data: objects the code loads as constants (index 0 the interpreter). */
    private final List<Object> data = new ArrayList<>();
    private final Map<Object, Integer> indexes = new IdentityHashMap<>();
    private Label[] blockLabels;
    /** Per loop head, the code returning its index to the caller's loop (made when a backward jump needs it). */
    private final Map<Integer, Label> backEdges = new java.util.TreeMap<>();

    private BodyCodegen(Interpreter in) {
        this.in = in;
        constant(in);
    }

    /** The body's code: its own class, or its nodes walked when it is too large for one method. */
    static BodyCode generate(Interpreter in, String name, CompiledBody body) {
        try {
            return new BodyCodegen(in).define(name, body);
        } catch (IllegalArgumentException tooLarge) {
            return new TreeBody(in, body);   // the JVM's limit of 64 KiB of bytecode per method
        }
    }

    private BodyCode define(String name, CompiledBody body) {
        ClassDesc self = ClassDesc.of(BodyCodegen.class.getPackageName() + ".Body_" + name.replaceAll("[^A-Za-z0-9_]", "_"));
        byte[] bytes = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.ofClassLoading(LOOKUP)))
            .build(self, cls -> {
                cls.withSuperclass(CD_BODY_CODE);
                cls.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
                cls.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, 0, c -> {
                    c.aload(0);
                    c.invokespecial(CD_BODY_CODE, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                    c.return_();
                });
                cls.withMethodBody("run", MTD_RUN, 0, c -> run(c, body));
            });
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClassWithClassData(bytes, List.copyOf(data), true);
            return (BodyCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("defining the code of " + name, t);
        }
    }

    private void run(CodeBuilder c, CompiledBody body) {
        // slots 3 and 4, taken before any temporary
        if (c.allocateLocal(TypeKind.REFERENCE) != MEM || c.allocateLocal(TypeKind.INT) != BASE) throw new IllegalStateException("locals");
        c.aload(FRAME);
        c.getfield(CD_FRAME, "mem", CD_BYTES);
        c.astore(MEM);
        c.aload(FRAME);
        c.getfield(CD_FRAME, "base", CD_int);
        c.istore(BASE);
        Block[] blocks = body.blocks();
        blockLabels = new Label[blocks.length];
        for (int i = 0; i < blocks.length; i++) blockLabels[i] = c.newLabel();
        // enter at block 0 or at a loop head
        boolean[] heads = body.loopHeads();
        List<java.lang.classfile.instruction.SwitchCase> entries = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            if (i == 0 || heads[i]) entries.add(java.lang.classfile.instruction.SwitchCase.of(i, blockLabels[i]));
        }
        Label badEntry = c.newLabel();
        c.iload(START);
        c.lookupswitch(badEntry, entries);
        for (int i = 0; i < blocks.length; i++) {
            c.labelBinding(blockLabels[i]);
            for (Stmt s : blocks[i].statements()) statement(c, s);
            terminator(c, i, blocks[i].terminator());
        }
        for (var e : backEdges.entrySet()) {
            c.labelBinding(e.getValue());
            c.loadConstant(e.getKey());
            c.ireturn();
        }
        c.labelBinding(badEntry);
        unreachable(c);
    }

    // ------------------------------------------------------------------ statements

    private void statement(CodeBuilder c, Stmt s) {
        switch (s) {
            case WriteScalar w when w.dst().inFrame() -> {
                c.aload(MEM);
                frameOffset(c, w.dst().start);
                c.loadConstant(w.size());
                scalar(c, w.value());
                c.invokestatic(CD_ALLOCATION, "write", MTD_WRITE);
            }
            case CopyPlace cp when cp.dst().inFrame() && cp.src().inFrame() -> copyInFrame(c, cp.src().start, cp.dst().start, cp.src().size);
            case Checked k when k.dst().inFrame() && (k.op() == rustmem.syntax.ast.Expr.BinOp.ADD
                || k.op() == rustmem.syntax.ast.Expr.BinOp.SUB || k.op() == rustmem.syntax.ast.Expr.BinOp.MUL) -> checked(c, k);
            default -> {
                loadConstant(c, s, CD_STMT);
                c.aload(1);
                c.invokeinterface(CD_STMT, "exec", MTD_FRAME_VOID);
            }
        }
    }

    /** A value of size bytes moved within the frame: one scalar read and write, or an arraycopy. */
    private void copyInFrame(CodeBuilder c, int from, int to, int size) {
        if (size == 0) return;
        if (size == 1 || size == 2 || size == 4 || size == 8) {
            c.aload(MEM);
            frameOffset(c, to);
            c.loadConstant(size);
            c.aload(MEM);
            frameOffset(c, from);
            read(c, size, false);
            c.invokestatic(CD_ALLOCATION, "write", MTD_WRITE);
        } else {
            c.aload(MEM);
            frameOffset(c, from);
            c.aload(MEM);
            frameOffset(c, to);
            c.loadConstant(size);
            c.invokestatic(desc(System.class), "arraycopy",
                MethodTypeDesc.of(CD_void, CD_Object, CD_int, CD_Object, CD_int, CD_int));
        }
    }

    /** Add, subtract or multiply with overflow: the wrapped value and the overflow flag written to the pair. */
    private void checked(CodeBuilder c, Checked k) {
        int a = c.allocateLocal(TypeKind.LONG);
        int b = c.allocateLocal(TypeKind.LONG);
        scalar(c, k.l());
        c.lstore(a);
        scalar(c, k.r());
        c.lstore(b);
        String overflows = switch (k.op()) {
            case ADD -> "addOverflows";
            case SUB -> "subOverflows";
            default -> "mulOverflows";
        };
        c.aload(MEM);
        frameOffset(c, k.dst().start + k.flagOffset());
        c.lload(a);
        c.lload(b);
        c.loadConstant(k.bytes());
        c.loadConstant(k.signed() ? 1 : 0);
        c.invokestatic(CD_INT_OPS, overflows, MTD_OVERFLOWS);
        c.bastore();
        c.aload(MEM);
        frameOffset(c, k.dst().start + k.valueOffset());
        c.loadConstant(k.bytes());
        c.lload(a);
        c.lload(b);
        switch (k.op()) {
            case ADD -> c.ladd();
            case SUB -> c.lsub();
            default -> c.lmul();
        }
        normalize(c, k.bytes(), k.signed());
        c.invokestatic(CD_ALLOCATION, "write", MTD_WRITE);
    }

    // ------------------------------------------------------------------ terminators

    /** The terminator of block from. */
    private void terminator(CodeBuilder c, int from, CompiledBody.Term t) {
        switch (t) {
            case CompiledBody.Goto g -> jump(c, from, g.target());
            case CompiledBody.If i -> {
                scalar(c, i.discr());
                c.loadConstant(i.value());
                c.lcmp();
                c.ifeq(target(c, from, i.target()));
                jump(c, from, i.otherwise());
            }
            case CompiledBody.Switch s -> {
                int v = c.allocateLocal(TypeKind.LONG);
                scalar(c, s.discr());
                c.lstore(v);
                for (int k = 0; k < s.values().length; k++) {
                    c.lload(v);
                    c.loadConstant(s.values()[k]);
                    c.lcmp();
                    c.ifeq(target(c, from, s.targets()[k]));
                }
                jump(c, from, s.otherwise());
            }
            case CompiledBody.Assert a -> {
                scalar(c, a.cond());
                c.lconst_0();
                c.lcmp();
                if (a.expected()) c.ifne(target(c, from, a.target()));
                else c.ifeq(target(c, from, a.target()));
                loadConstant(c, a.failure(), CD_ASSERT_FAILURE);
                c.aload(1);
                c.invokevirtual(CD_ASSERT_FAILURE, "raise", MethodTypeDesc.of(CD_PANIC, CD_FRAME));
                c.athrow();
            }
            case CompiledBody.Call call -> call(c, from, call);
            case CompiledBody.Effect e -> {
                loadConstant(c, e.node(), CD_STMT);
                c.aload(1);
                c.invokeinterface(CD_STMT, "exec", MTD_FRAME_VOID);
                jump(c, from, e.target());
            }
            case CompiledBody.Return r -> {
                c.iconst_m1();
                c.ireturn();
            }
            case CompiledBody.Unreachable u -> unreachable(c);
        }
    }

    /**
     * A call of a known body: its frame pushed, the arguments stored, its code run (a call site of this
     * class alone, so the JIT sees one target and can inline it), the frame popped and the result copied.
     */
    private void call(CodeBuilder c, int from, CompiledBody.Call call) {
        int callee = c.allocateLocal(TypeKind.REFERENCE);
        loadInterpreter(c);
        loadConstant(c, call.callee(), CD_FUNCTION);
        c.invokevirtual(CD_INTERPRETER, "pushFrame", MethodTypeDesc.of(CD_FRAME, CD_FUNCTION));
        c.astore(callee);
        for (CompiledBody.Arg arg : call.args()) {
            if (arg instanceof ScalarArg sa) {
                c.aload(MEM);
                c.aload(callee);
                c.getfield(CD_FRAME, "base", CD_int);
                c.loadConstant(sa.off());
                c.iadd();
                c.loadConstant(sa.size());
                scalar(c, sa.value());
                c.invokestatic(CD_ALLOCATION, "write", MTD_WRITE);
            } else {
                loadConstant(c, arg, CD_ARG);
                c.aload(1);
                c.aload(callee);
                c.invokeinterface(CD_ARG, "store", MethodTypeDesc.of(CD_void, CD_FRAME, CD_FRAME));
            }
        }
        // Interpreter.runToReturn, inlined: this call site sees one body, which the JIT can inline
        int code = c.allocateLocal(TypeKind.REFERENCE);
        int block = c.allocateLocal(TypeKind.INT);
        loadInterpreter(c);
        loadConstant(c, call.callee(), CD_FUNCTION);
        c.invokevirtual(CD_INTERPRETER, "code", MethodTypeDesc.of(CD_BODY_CODE, CD_FUNCTION));
        c.astore(code);
        c.iconst_0();
        c.istore(block);
        Label iteration = c.newLabel();
        c.labelBinding(iteration);
        loadInterpreter(c);
        c.invokevirtual(CD_INTERPRETER, "step", ConstantDescs.MTD_void);
        c.aload(code);
        c.aload(callee);
        c.iload(block);
        c.invokevirtual(CD_BODY_CODE, "run", MTD_RUN);
        c.dup();
        c.istore(block);
        c.ifge(iteration);
        loadInterpreter(c);
        c.aload(callee);
        c.invokevirtual(CD_INTERPRETER, "popFrame", MTD_FRAME_VOID);
        int size = (int) call.callee().layout.layouts()[0].size();
        int ret = call.callee().layout.offsets()[0];
        CompiledPlace dst = call.destination();
        if (size > 0 && dst.inFrame() && (size == 1 || size == 2 || size == 4 || size == 8)) {
            c.aload(MEM);
            frameOffset(c, dst.start);
            c.loadConstant(size);
            c.aload(MEM);
            c.aload(callee);
            c.getfield(CD_FRAME, "base", CD_int);
            c.loadConstant(ret);
            c.iadd();
            read(c, size, false);
            c.invokestatic(CD_ALLOCATION, "write", MTD_WRITE);
        } else if (size > 0) {
            loadInterpreter(c);
            c.aload(1);
            c.aload(callee);
            loadConstant(c, dst, CD_PLACE);
            c.invokevirtual(CD_INTERPRETER, "copyResult", MethodTypeDesc.of(CD_void, CD_FRAME, CD_FRAME, CD_PLACE));
        }
        jump(c, from, call.target());
    }

    /** Continues in block target; a call of a diverging function (target -1) that returned is unreachable code. */
    private void jump(CodeBuilder c, int from, int target) {
        if (target >= 0) c.goto_(target(c, from, target));
        else unreachable(c);
    }

    /** Where a jump from block from to block target goes: the block, or for a backward jump the return to the caller's loop. */
    private Label target(CodeBuilder c, int from, int target) {
        return target > from ? blockLabels[target] : backEdges.computeIfAbsent(target, t -> c.newLabel());
    }

    private void unreachable(CodeBuilder c) {
        loadInterpreter(c);
        c.invokevirtual(CD_INTERPRETER, "unreachable", MethodTypeDesc.of(CD_UB));
        c.athrow();
    }

    // ------------------------------------------------------------------ scalars

    /** Pushes the scalar's value as a long. */
    private void scalar(CodeBuilder c, Scalar s) {
        switch (s) {
            case Const k -> c.loadConstant(k.bits());
            case FrameRead r -> {
                c.aload(MEM);
                frameOffset(c, r.off());
                read(c, r.size(), r.signed());
            }
            case IntBinary b -> binary(c, b);
            case Not n -> {
                scalar(c, n.s());
                if (n.bool()) {
                    c.lconst_1();
                    c.lxor();
                } else {
                    c.loadConstant(-1L);
                    c.lxor();
                    normalize(c, n.size(), n.signed());
                }
            }
            case Neg n -> {
                scalar(c, n.s());
                c.lneg();
                normalize(c, n.size(), true);
            }
            case IntCast ic -> {
                scalar(c, ic.s());
                normalize(c, ic.size(), ic.signed());
            }
            default -> {
                loadConstant(c, s, CD_SCALAR);
                c.aload(1);
                c.invokeinterface(CD_SCALAR, "get", MethodTypeDesc.of(CD_long, CD_FRAME));
            }
        }
    }

    private void binary(CodeBuilder c, IntBinary b) {
        scalar(c, b.l());
        scalar(c, b.r());
        switch (b.op()) {
            case BIT_AND -> c.land();
            case BIT_OR -> c.lor();
            case BIT_XOR -> c.lxor();
            case ADD -> { c.ladd(); normalize(c, b.bytes(), b.signed()); }
            case SUB -> { c.lsub(); normalize(c, b.bytes(), b.signed()); }
            case MUL -> { c.lmul(); normalize(c, b.bytes(), b.signed()); }
            case DIV -> { c.loadConstant(b.signed() ? 1 : 0); c.invokestatic(CD_INT_OPS, "div", MTD_DIV); }
            case REM -> { c.loadConstant(b.signed() ? 1 : 0); c.invokestatic(CD_INT_OPS, "rem", MTD_DIV); }
            case EQ, NE, LT, LE, GT, GE -> {
                if (b.signed() || b.op() == rustmem.syntax.ast.Expr.BinOp.EQ || b.op() == rustmem.syntax.ast.Expr.BinOp.NE) {
                    c.lcmp();
                } else {
                    c.invokestatic(ConstantDescs.CD_Long, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
                }
                Label holds = c.newLabel();
                Label end = c.newLabel();
                switch (b.op()) {
                    case EQ -> c.ifeq(holds);
                    case NE -> c.ifne(holds);
                    case LT -> c.iflt(holds);
                    case LE -> c.ifle(holds);
                    case GT -> c.ifgt(holds);
                    default -> c.ifge(holds);
                }
                c.lconst_0();
                c.goto_(end);
                c.labelBinding(holds);
                c.lconst_1();
                c.labelBinding(end);
            }
            default -> throw new IllegalStateException("no bytecode for " + b.op());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Pushes base + off: an offset in the frame's bytes. */
    private static void frameOffset(CodeBuilder c, int off) {
        c.iload(BASE);
        if (off != 0) {
            c.loadConstant(off);
            c.iadd();
        }
    }

    /** Consumes (bytes, offset), pushes the scalar there as a long. */
    private static void read(CodeBuilder c, int size, boolean signed) {
        c.loadConstant(size);
        c.loadConstant(signed ? 1 : 0);
        c.invokestatic(CD_ALLOCATION, "read", MTD_READ);
    }

    private static void normalize(CodeBuilder c, int bytes, boolean signed) {
        if (bytes >= 8) return;
        c.loadConstant(bytes);
        c.loadConstant(signed ? 1 : 0);
        c.invokestatic(CD_INT_OPS, "normalize", MTD_NORMALIZE);
    }

    private void loadInterpreter(CodeBuilder c) { loadConstant(c, in, CD_INTERPRETER); }

    /** Loads o from the class data: a constant of the class, which the JIT folds (and inlines calls on). */
    private void loadConstant(CodeBuilder c, Object o, ClassDesc type) {
        c.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, type, constant(o)));
    }

    private int constant(Object o) {
        return indexes.computeIfAbsent(o, k -> {
            data.add(k);
            return data.size() - 1;
        });
    }

    private static ClassDesc desc(Class<?> c) { return c.describeConstable().orElseThrow(); }
}
