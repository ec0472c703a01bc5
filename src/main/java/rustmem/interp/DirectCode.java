package rustmem.interp;

import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.function.Consumer;
import rustmem.syntax.ast.Expr.BinOp;

/**
 * The bytecode of the nodes the second tier computes itself ({@link Registers}): integer arithmetic, comparisons,
 * casts and copies of scalars and wide pointers, checked arithmetic into a (value, overflowed) pair, branches on a
 * scalar; references to what a pointer in a local points to (`&*p`, `&(*p).f`, `&(*s)[i]`) and slices' lengths; loads
 * and stores of scalars behind such pointers (by {@link Machine#read} and {@link Machine#write}, with every check
 * they make); constants known before the run and the intrinsics that are one operation (pointer offsets and words,
 * slices from parts, wrapping arithmetic). Each computes what its node's exec does (Scalars' operators, with the same
 * wrapping to the type's width), its operands and result in registers or, for a local that is not one, in the frame's
 * bytes as the node reads and writes them.
 */
final class DirectCode {
    private static final ClassDesc CD_MACHINE = desc(Machine.class);
    private static final ClassDesc CD_FRAME = desc(Frame.class);
    private static final ClassDesc CD_SCALARS = desc(Scalars.class);
    private static final MethodTypeDesc MTD_READ = MethodTypeDesc.of(CD_long, CD_int, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_WRITE = MethodTypeDesc.of(CD_void, CD_int, CD_int, CD_long);
    private static final MethodTypeDesc MTD_READ_AT = MethodTypeDesc.of(CD_long, CD_long, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_WRITE_AT = MethodTypeDesc.of(CD_void, CD_long, CD_int, CD_long);
    private static final MethodTypeDesc MTD_CHECK_ACCESS = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_long);
    private static final ClassDesc CD_MEMORY = desc(rustmem.machine.Memory.class);
    private static final MethodTypeDesc MTD_OVERFLOWS = MethodTypeDesc.of(CD_boolean, CD_long, CD_long, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_LONG_LONG = MethodTypeDesc.of(CD_long, CD_long);
    private static final MethodTypeDesc MTD_SHIFT_OVERFLOWS = MethodTypeDesc.of(CD_boolean, CD_long, CD_int, CD_boolean);

    private final CodeBuilder c;
    private final Registers regs;
    /** The JVM locals of the frame and of the registers' array. */
    private final int frame, array;
    /** Loads the machine (a constant of the class). */
    private final Consumer<CodeBuilder> machine;
    /** Loads an object as a constant of the class. */
    private final java.util.function.BiConsumer<CodeBuilder, Object> constant;
    /** Two long locals for a checked operation's operands, and one for a value stored. */
    private final int x, y, w;

    DirectCode(CodeBuilder c, Registers regs, int frame, int array, java.util.function.BiConsumer<CodeBuilder, Object> constant,
               Consumer<CodeBuilder> machine) {
        this.c = c;
        this.regs = regs;
        this.frame = frame;
        this.array = array;
        this.constant = constant;
        this.machine = machine;
        this.x = c.allocateLocal(TypeKind.LONG);
        this.y = c.allocateLocal(TypeKind.LONG);
        this.w = c.allocateLocal(TypeKind.LONG);
    }

    /**
     * The registers' array (null when there are none), the frame's ({@link Frame#registers}), filled from the frame, into
     * its JVM local (code entry): in a fresh frame (its JVM local fresh true), the arguments' registers (the other locals
     * are assigned before they are read); in a frame that ran blocks before, all of them.
     */
    void enter(int fresh, int argCount) {
        if (regs.isEmpty()) {
            c.aconst_null();
            c.astore(array);
            return;
        }
        c.aload(frame);
        c.loadConstant(regs.slots.size());
        c.invokevirtual(CD_FRAME, "registers", MethodTypeDesc.of(desc(long[].class), CD_int));
        c.astore(array);
        java.util.List<Registers.Slot> args = regs.slots.stream().filter(s -> s.local >= 1 && s.local <= argCount).toList();
        Label all = c.newLabel(), done = c.newLabel();
        c.iload(fresh);
        c.ifeq(all);
        reload(args);
        c.goto_(done);
        c.labelBinding(all);
        // every register, by Machine.rawLocals over the slots' layout (a constant of the class)
        int[] layout = new int[regs.slots.size() * 2];
        for (Registers.Slot s : regs.slots) {
            layout[2 * s.index] = s.off;
            layout[2 * s.index + 1] = s.signed ? -s.size : s.size;
        }
        machine.accept(c);
        c.aload(array);
        c.aload(frame);
        c.getfield(CD_FRAME, "base", CD_int);
        constant.accept(c, layout);
        c.invokevirtual(CD_MACHINE, "rawLocals", MethodTypeDesc.of(CD_void, desc(long[].class), CD_int, desc(int[].class)));
        c.labelBinding(done);
    }

    /**
     * Whether the code computes a statement itself: of a shape it knows, touching a register, straddling none. A copy
     * through a pointer must have a register on its local side: a typed scalar, read and written as a number (the
     * node copies the bytes as they are, uninitialised ones too, which only a value of another type may hold).
     */
    boolean direct(Statements.Stmt s) {
        // a zero-sized value assigned (`()`) writes nothing
        if (s instanceof Statements.AssignCopy a && a.dst instanceof Places.Local && (a.src instanceof Operands.Const k && k.size == 0
            || a.src instanceof Operands.LocalOpnd l && l.size == 0)) {
            return true;
        }
        if (!Registers.directShape(s)) return false;
        switch (s) {
            case Statements.SlotLive l -> { return direct(l.then); }
            case Statements.AssignScalarLocal a -> {
                uses(a.off, a.size);
                exprUses(a.e);
            }
            case Statements.AssignScalar a -> {
                placeUses(a.dst);
                exprUses(a.e);
            }
            case Statements.AssignChecked a -> {
                int off = ((Places.Local) a.dst).off;
                if ((regs.slot(off, a.size) == null) != (regs.slot((int) (off + a.flagOffset), 1) == null)) return false;
                uses(off, a.size);
                uses((int) (off + a.flagOffset), 1);
                operandUses(a.a);
                operandUses(a.b);
            }
            case Statements.AssignCopy a when a.dst instanceof Places.Local d && a.src instanceof Operands.LocalOpnd l -> {
                for (int k = 0; k < l.size; k += 8) {
                    uses(d.off + k, Math.min(8, l.size - k));
                    uses(l.off + k, Math.min(8, l.size - k));
                }
            }
            case Statements.AssignCopy a when a.dst instanceof Places.Local d -> {
                // a load: into a register
                if (regs.slot(d.off, a.src.size) == null) return false;
                uses(d.off, a.src.size);
                operandUses(a.src);
            }
            case Statements.AssignCopy a -> {
                // a store: from a register
                if (regs.slot(a.src) == null) return false;
                placeUses(a.dst);
                operandUses(a.src);
            }
            case Statements.AssignRef a -> {
                int off = ((Places.Local) a.dst).off;
                uses(off, 8);
                placeUses(a.place);
                if (a.fat) {
                    uses(off + 8, 8);
                    metaUses(a.place);
                }
            }
            case Statements.AssignLen a -> {
                uses(((Places.Local) a.dst).off, 8);
                metaUses(a.place);
            }
            case Statements.AssignDiscriminant a -> {
                if (wholeNiche(a.tags, ((Places.Local) a.place).off) == null) return false;
                uses(((Places.Local) a.dst).off, a.size);
            }
            case Statements.AssignAggregate a -> {
                if (wholeNiche(a.tags, ((Places.Local) a.dst).off) == null) return false;
                int fields = 0;
                for (int i = 0; i < a.ops.length; i++) {
                    if (a.ops[i].size == 0) continue;
                    // the untagged variant's one field, which fills the value
                    if (a.variant != a.tags.untagged || a.offsets[i] != 0 || a.ops[i].size != a.tags.tagSize) return false;
                    operandUses(a.ops[i]);
                    fields++;
                }
                if (fields != (a.variant == a.tags.untagged ? 1 : 0)) return false;
            }
            case Statements.SetDiscriminant sd -> {
                if (wholeNiche(sd.tags, ((Places.Local) sd.place).off) == null) return false;
            }
            default -> { return false; }
        }
        return verdict();
    }

    /** Whether the code runs a terminator itself (a branch on a register, or an operation touching one). */
    boolean direct(Terminators.Term t) {
        if (!Registers.directShape(t)) return false;
        switch (t) {
            case Terminators.SwitchInt sw -> { return regs.slot(sw.discr) != null; }
            case Terminators.Assert a -> { return regs.slot(a.cond) != null; }
            case Terminators.Known k -> uses(((Places.Local) k.dest).off, k.value.length);
            case IntrinsicNodes.PtrWord w -> {
                Operands.LocalOpnd p = (Operands.LocalOpnd) w.ptr;
                uses(((Places.Local) w.dest).off, 8);
                uses(p.off + 8 * w.word, 8);
                if (p.size == 16) uses(p.off + 8 - 8 * w.word, 8);
            }
            case IntrinsicNodes.Offset o -> {
                uses(((Places.Local) o.dest).off, 8);
                operandUses(o.ptr);
                operandUses(o.count);
            }
            case IntrinsicNodes.SliceFromParts sp -> {
                int off = ((Places.Local) sp.dest).off;
                uses(off, 8);
                uses(off + 8, 8);
                operandUses(sp.data);
                operandUses(sp.len);
            }
            case IntrinsicNodes.Wrapping w -> {
                uses(((Places.Local) w.dest).off, w.op.size);
                exprUses(w.op);
            }
            case IntrinsicNodes.Checked k -> { return direct(k.op); }
            case IntrinsicNodes.ReadInt r -> {
                uses(((Places.Local) r.dest).off, r.size);
                operandUses(r.ptr);
            }
            default -> { return false; }
        }
        return verdict();
    }

    /** The register of an enum that is its niche (Tags.wholeNiche) at frame offset off, or null; marks it used. */
    private Registers.Slot wholeNiche(Tags tags, int off) {
        Registers.Slot s = regs.slot(off, tags.tagSize);
        if (s == null || !tags.wholeNiche(s.size)) return null;
        uses(off, s.size);
        return s;
    }

    /** Whether a statement the code computes may fail (a pointer's target read or written, a division): its position is set first. */
    static boolean mayFail(Statements.Stmt s) {
        return switch (s) {
            case Statements.SlotLive l -> mayFail(l.then);
            case Statements.AssignScalarLocal a -> mayFail(a.e);
            case Statements.AssignScalar a -> true;
            case Statements.AssignChecked a -> a.a instanceof Operands.PlaceOpnd || a.b instanceof Operands.PlaceOpnd;
            case Statements.AssignCopy a -> !(a.dst instanceof Places.Local && a.src instanceof Operands.LocalOpnd)
                && !(a.src instanceof Operands.Const);
            case Statements.AssignRef a -> checksTarget(a.place);
            case Statements.AssignAggregate a -> java.util.Arrays.stream(a.ops).anyMatch(o -> o instanceof Operands.PlaceOpnd);
            default -> false;
        };
    }

    /** Whether computing a place's address checks a raw pointer's target (which may fail), at any depth. */
    private static boolean checksTarget(Places.PlaceNode p) {
        return switch (p) {
            case Places.RawDeref r -> true;
            case Places.Offset o -> checksTarget(o.base);
            case Places.Index ix -> checksTarget(ix.base);
            default -> false;
        };
    }

    /** Whether a terminator the code runs itself may fail (an operand behind a pointer read). */
    static boolean mayFail(Terminators.Term t) {
        return switch (t) {
            case IntrinsicNodes.Offset o -> o.ptr instanceof Operands.PlaceOpnd || o.count instanceof Operands.PlaceOpnd;
            case IntrinsicNodes.SliceFromParts sp -> sp.data instanceof Operands.PlaceOpnd || sp.len instanceof Operands.PlaceOpnd;
            case IntrinsicNodes.Wrapping w -> mayFail(w.op);
            case IntrinsicNodes.Checked k -> mayFail(k.op);
            case IntrinsicNodes.ReadInt r -> true;
            default -> false;
        };
    }

    private static boolean mayFail(Scalars.Expr e) {
        for (Operands.Opnd o : operands(e)) if (o instanceof Operands.PlaceOpnd) return true;
        return e instanceof Scalars.IntBin b && (b.op == BinOp.DIV || b.op == BinOp.REM);
    }

    private static Operands.Opnd[] operands(Scalars.Expr e) {
        return switch (e) {
            case Scalars.Of o -> new Operands.Opnd[] {o.op};
            case Scalars.IntBin b -> new Operands.Opnd[] {b.a, b.b};
            case Scalars.IntUnary u -> new Operands.Opnd[] {u.a};
            case Scalars.Cast k -> new Operands.Opnd[] {k.a};
            case Scalars.PtrCmp p -> new Operands.Opnd[] {p.a, p.b};
            case Scalars.ExposeAddr x -> new Operands.Opnd[] {x.a};
            default -> throw new IllegalStateException(e.toString());
        };
    }

    // what a statement or terminator touches: whether a register, and whether bytes straddling one
    private boolean touchesRegister, straddles;

    /** Bytes [off, off + size) of the frame, read or written as one number. */
    private void uses(int off, int size) {
        if (size == 0) return;
        if (regs.straddles(off, size)) straddles = true;
        else if (regs.slot(off, size) != null) touchesRegister = true;
    }

    private void operandUses(Operands.Opnd o) {
        switch (o) {
            case Operands.LocalOpnd l -> uses(l.off, l.size);
            case Operands.PlaceOpnd p -> placeUses(p.place);
            default -> { }
        }
    }

    private void exprUses(Scalars.Expr e) { for (Operands.Opnd o : operands(e)) operandUses(o); }

    /** The locals a place's address is computed from: its pointer, an index. */
    private void placeUses(Places.PlaceNode p) {
        switch (p) {
            case Places.DerefLocal d -> uses(d.off, 8);
            case Places.Offset o -> placeUses(o.base);
            case Places.RawDeref r -> placeUses(r.place);
            case Places.Index ix -> {
                placeUses(ix.base);
                uses(ix.indexOff, 8);
            }
            default -> throw new IllegalStateException(p.toString());
        }
    }

    /** The local a place's metadata is read from: its pointer's second word. */
    private void metaUses(Places.PlaceNode p) {
        switch (p) {
            case Places.DerefLocal d -> uses(d.off + 8, 8);
            case Places.Offset o -> metaUses(o.base);
            case Places.RawDeref r -> metaUses(r.place);
            default -> throw new IllegalStateException(p.toString());
        }
    }

    private boolean verdict() {
        boolean yes = touchesRegister && !straddles;
        touchesRegister = straddles = false;
        return yes;
    }

    // ------------------------------------------------------------------ statements

    void statement(Statements.Stmt s) {
        switch (s) {
            case Statements.AssignCopy a -> copy(a);
            case Statements.AssignScalar a -> {
                expr(a.e);
                writeAt(a.dst, a.size);
            }
            case Statements.AssignRef a -> {
                int off = ((Places.Local) a.dst).off;
                address(a.place);
                store(off, 8);
                if (a.fat) {
                    pushMeta(a.place);
                    store(off + 8, 8);
                }
            }
            case Statements.AssignLen a -> {
                pushMeta(a.place);
                store(((Places.Local) a.dst).off, 8);
            }
            case Statements.SlotLive l -> {
                c.aload(frame);
                c.loadConstant(l.local);
                c.invokevirtual(CD_FRAME, "slotLive", MethodTypeDesc.of(CD_void, CD_int));
                statement(l.then);
            }
            case Statements.AssignScalarLocal a -> {
                expr(a.e);
                store(a.off, a.size);
            }
            case Statements.AssignChecked a -> checked(a);
            case Statements.AssignDiscriminant a -> {
                constant.accept(c, a.tags);
                loadChunk(((Places.Local) a.place).off, a.tags.tagSize);
                c.invokevirtual(desc(Tags.class), "nicheDiscriminant", MTD_LONG_LONG);
                store(((Places.Local) a.dst).off, a.size);
            }
            case Statements.AssignAggregate a -> {
                Operands.Opnd field = null;
                for (Operands.Opnd o : a.ops) if (o.size > 0) field = o;
                if (field != null) load(field);
                else c.loadConstant(a.tags.nicheTag(a.variant));
                store(((Places.Local) a.dst).off, a.tags.tagSize);
            }
            case Statements.SetDiscriminant sd -> {
                if (sd.variant == sd.tags.untagged) return;
                c.loadConstant(sd.tags.nicheTag(sd.variant));
                store(((Places.Local) sd.place).off, sd.tags.tagSize);
            }
            default -> throw new IllegalStateException(s.toString());
        }
    }

    /** A copy between locals (word by word), a load into a register, or a store from one (see {@link #direct}). */
    private void copy(Statements.AssignCopy a) {
        if (a.src.size == 0) return;
        if (a.dst instanceof Places.Local d) {
            if (a.src instanceof Operands.LocalOpnd l) {
                for (int k = 0; k < l.size; k += 8) {
                    int n = Math.min(8, l.size - k);
                    loadChunk(l.off + k, n);
                    store(d.off + k, n);
                }
            } else {
                if (a.src instanceof Operands.PlaceOpnd p) read(p.place, p.size, regs.slot(d.off, p.size).signed);
                else load(a.src);
                store(d.off, a.src.size);
            }
            return;
        }
        load(a.src);
        writeAt(a.dst, a.src.size);
    }

    /** Writes the long on the stack (computed first, as the node computes its value first) to a place behind a pointer. */
    private void writeAt(Places.PlaceNode dst, int size) {
        c.lstore(w);
        machine.accept(c);
        address(dst);
        c.loadConstant(size);
        c.lload(w);
        c.invokevirtual(CD_MACHINE, "write", MTD_WRITE_AT);
    }

    // ------------------------------------------------------------------ terminators

    /** A terminator the code runs itself (not a branch): its result stored; the caller counts the step and jumps. */
    void terminator(Terminators.Term t) {
        switch (t) {
            case Terminators.Known k -> {
                long v = 0;
                for (int i = k.value.length - 1; i >= 0; i--) v = v << 8 | (k.value[i] & 0xff);
                c.loadConstant(v);
                store(((Places.Local) k.dest).off, k.value.length);
            }
            case IntrinsicNodes.PtrWord p -> {
                Operands.LocalOpnd ptr = (Operands.LocalOpnd) p.ptr;
                loadWord(ptr.off + 8 * p.word);
                if (p.word == 0) c.invokestatic(CD_MEMORY, "address", MTD_LONG_LONG);
                store(((Places.Local) p.dest).off, 8);
            }
            case IntrinsicNodes.Offset o -> {
                load(o.ptr);
                load(o.count);
                c.loadConstant(o.size);
                c.lmul();
                c.ladd();
                store(((Places.Local) o.dest).off, 8);
            }
            case IntrinsicNodes.SliceFromParts sp -> {
                int off = ((Places.Local) sp.dest).off;
                load(sp.data);
                c.lstore(x);
                load(sp.len);
                c.lstore(y);
                c.lload(x);
                store(off, 8);
                c.lload(y);
                store(off + 8, 8);
            }
            case IntrinsicNodes.Wrapping wr -> {
                expr(wr.op);
                store(((Places.Local) wr.dest).off, wr.op.size);
            }
            case IntrinsicNodes.Checked k -> checked(k.op);
            case IntrinsicNodes.ReadInt r -> {
                machine.accept(c);
                checkAccess(() -> load(r.ptr), r.align, r.size);
                c.loadConstant(r.size);
                c.loadConstant(r.signed ? 1 : 0);
                c.invokevirtual(CD_MACHINE, "read", MTD_READ_AT);
                store(((Places.Local) r.dest).off, r.size);
            }
            default -> throw new IllegalStateException(t.toString());
        }
    }

    /** Pushes the 8 bytes at frame offset off: a register, or the frame's bytes. */
    private void loadWord(int off) { loadChunk(off, 8); }

    /** Pushes bytes [off, off + size) of the frame: a register, or the frame's bytes (zero-extended). */
    private void loadChunk(int off, int size) {
        Registers.Slot s = regs.slot(off, size);
        if (s != null) loadRegister(s);
        else readFrame(off, size, false, "readLocal");
    }

    /** Pushes the address that address pushes, checked for a raw pointer's access of size bytes (Machine.checkAccess). */
    private void checkAccess(Runnable address, long align, long size) {
        machine.accept(c);
        address.run();
        c.loadConstant(align);
        c.loadConstant(size);
        c.invokevirtual(CD_MACHINE, "checkAccess", MTD_CHECK_ACCESS);
    }

    // ------------------------------------------------------------------ places behind pointers

    /** Pushes the address of a place behind a pointer (what its node's addr computes, with the same checks). */
    private void address(Places.PlaceNode p) {
        switch (p) {
            case Places.DerefLocal d -> loadWord(d.off);
            case Places.Offset o -> {
                address(o.base);
                if (o.off != 0) {
                    c.loadConstant(o.off);
                    c.ladd();
                }
            }
            case Places.RawDeref r -> {
                // (the address computed before the machine is pushed: the code's operand stack stays shallow)
                address(r.place);
                c.lstore(y);
                checkAccess(() -> c.lload(y), r.align, r.size);
            }
            case Places.Index ix -> {
                address(ix.base);
                loadWord(ix.indexOff);
                c.loadConstant(ix.elemSize);
                c.lmul();
                c.ladd();
            }
            default -> throw new IllegalStateException(p.toString());
        }
    }

    /** Pushes a place's metadata: the second word of the wide pointer it is behind. */
    private void pushMeta(Places.PlaceNode p) {
        switch (p) {
            case Places.DerefLocal d -> loadWord(d.off + 8);
            case Places.Offset o -> pushMeta(o.base);
            case Places.RawDeref r -> pushMeta(r.place);
            default -> throw new IllegalStateException(p.toString());
        }
    }

    /** Pushes the scalar of size bytes at a place behind a pointer (Machine.read, as the node's operand reads it). */
    private void read(Places.PlaceNode p, int size, boolean signed) {
        machine.accept(c);
        address(p);
        c.loadConstant(size);
        c.loadConstant(signed ? 1 : 0);
        c.invokevirtual(CD_MACHINE, "read", MTD_READ_AT);
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Scalars.Expr e) {
        switch (e) {
            case Scalars.Of o -> load(o.op);
            case Scalars.IntBin b -> {
                load(b.a);
                load(b.b);
                intOp(b.op, b.size, b.signed);
            }
            case Scalars.IntUnary u -> {
                load(u.a);
                if (u.neg) {
                    c.lneg();
                } else {
                    c.ldc(-1L);
                    c.lxor();
                }
                norm(u.size, u.signed);
            }
            case Scalars.Cast k -> {
                load(k.a);
                if (k.op == Scalars.CastOp.INT_TO_INT) norm(k.toSize, k.toSigned);
                if (k.op == Scalars.CastOp.FROM_ADDR) c.invokestatic(CD_MEMORY, "fromAddress", MTD_LONG_LONG);
            }
            case Scalars.PtrCmp p -> {
                load(p.a);
                c.invokestatic(CD_MEMORY, "address", MTD_LONG_LONG);
                load(p.b);
                c.invokestatic(CD_MEMORY, "address", MTD_LONG_LONG);
                intOp(p.op, 8, false);
            }
            case Scalars.ExposeAddr x -> {
                // memory.expose(ptr), then its address
                load(x.a);
                c.lstore(w);
                constant.accept(c, x.memory);
                c.lload(w);
                c.invokevirtual(CD_MEMORY, "expose", MethodTypeDesc.of(CD_void, CD_long));
                c.lload(w);
                c.invokestatic(CD_MEMORY, "address", MTD_LONG_LONG);
                norm(x.toSize, x.toSigned);
            }
            default -> throw new IllegalStateException(e.toString());
        }
    }

    /** (x op y, overflowed) into the pair at the node's place: Scalars.intOp and Scalars.overflows. */
    private void checked(Statements.AssignChecked a) {
        int off = ((Places.Local) a.dst).off;
        load(a.a);
        c.lstore(x);
        load(a.b);
        c.lstore(y);
        c.lload(x);
        c.lload(y);
        intOp(a.op, a.size, a.signed);
        store(off, a.size);
        if (a.op == BinOp.SHL || a.op == BinOp.SHR) {
            c.lload(y);
            c.loadConstant(a.size * 8);
            c.loadConstant(a.rhsSigned ? 1 : 0);
            c.invokestatic(CD_SCALARS, "shiftOverflows", MTD_SHIFT_OVERFLOWS);
        } else {
            c.lload(x);
            c.lload(y);
            c.loadConstant(a.size);
            c.loadConstant(a.signed ? 1 : 0);
            String helper = switch (a.op) {
                case ADD -> "addOverflows";
                case SUB -> "subOverflows";
                default -> "mulOverflows";
            };
            c.invokestatic(CD_SCALARS, helper, MTD_OVERFLOWS);
        }
        c.i2l();
        store((int) (off + a.flagOffset), 1);
    }

    /** Scalars.intOp of the two longs on the stack. */
    private void intOp(BinOp op, int size, boolean signed) {
        int bits = size * 8;
        switch (op) {
            case ADD -> { c.ladd(); norm(size, signed); }
            case SUB -> { c.lsub(); norm(size, signed); }
            case MUL -> { c.lmul(); norm(size, signed); }
            case DIV, REM -> {
                // Scalars.intOp: signed, or narrower than 64 bits (zero-extended), the JVM's division; else unsigned
                if (signed || size < 8) {
                    if (op == BinOp.DIV) c.ldiv();
                    else c.lrem();
                } else {
                    c.invokestatic(desc(Long.class), op == BinOp.DIV ? "divideUnsigned" : "remainderUnsigned",
                        MethodTypeDesc.of(CD_long, CD_long, CD_long));
                }
                norm(size, signed);
            }
            case BIT_AND -> c.land();
            case BIT_OR -> c.lor();
            case BIT_XOR -> { c.lxor(); norm(size, signed); }
            case SHL -> {
                shiftAmount(bits);
                c.lshl();
                norm(size, signed);
            }
            case SHR -> {
                shiftAmount(bits);
                if (signed) {
                    c.lshr();
                } else {
                    // (an unsigned operand is zero-extended already: Scalars' norm(x, size, false) changes nothing)
                    c.lushr();
                }
            }
            case EQ, NE, LT, LE, GT, GE -> compare(op, size, signed);
            default -> throw new IllegalStateException(op.toString());
        }
    }

    /** The shift amount (a long on the stack) as the int the JVM shifts by, masked to the width. */
    private void shiftAmount(int bits) {
        c.l2i();
        if (bits < 64) {
            c.loadConstant(bits - 1);
            c.iand();
        }
    }

    /** x op y as 1 or 0 (Scalars.cmp: signed, or narrower than 64 bits, compare as signed). */
    private void compare(BinOp op, int size, boolean signed) {
        if (signed || size < 8) {
            c.lcmp();
        } else {
            c.invokestatic(desc(Long.class), "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
        }
        Label yes = c.newLabel(), done = c.newLabel();
        switch (op) {
            case EQ -> c.ifeq(yes);
            case NE -> c.ifne(yes);
            case LT -> c.iflt(yes);
            case LE -> c.ifle(yes);
            case GT -> c.ifgt(yes);
            default -> c.ifge(yes);
        }
        c.lconst_0();
        c.goto_(done);
        c.labelBinding(yes);
        c.lconst_1();
        c.labelBinding(done);
    }

    /** Scalars.norm of the long on the stack: truncated to size bytes, then sign- or zero-extended. */
    private void norm(int size, boolean signed) {
        if (size >= 8) return;
        int shift = 64 - size * 8;
        c.loadConstant(shift);
        c.lshl();
        c.loadConstant(shift);
        if (signed) c.lshr();
        else c.lushr();
    }

    // ------------------------------------------------------------------ operands and places

    /** Pushes an operand's scalar: a constant, a register, or the frame's bytes as the node reads them. */
    void load(Operands.Opnd o) {
        switch (o) {
            case Operands.Const k -> c.loadConstant(k.bits);
            case Operands.LocalOpnd l -> {
                Registers.Slot s = regs.slot(l);
                if (s != null) loadRegister(s);
                else readFrame(l.off, l.size, l.signed, "readLocal");
            }
            case Operands.PlaceOpnd p -> read(p.place, p.size, p.signed);
            default -> throw new IllegalStateException(o.toString());
        }
    }

    /** Stores the long on the stack into bytes [off, off + size) of the frame: its register, or the bytes themselves. */
    private void store(int off, int size) {
        Registers.Slot s = regs.slot(off, size);
        if (s != null) norm(s.size, s.signed);
        c.lstore(w);
        if (s != null) storeRegister(s, () -> c.lload(w));
        else writeFrame(off, size, () -> c.lload(w));
    }

    /** A scratch long local (a branch's operand). */
    int scratch() { return x; }

    /** Writes registers to the frame's bytes (before a node that names their locals runs). */
    void spill(Iterable<Registers.Slot> slots) {
        for (Registers.Slot s : slots) writeFrame(s.off, s.size, () -> loadRegister(s));
    }

    /** Reads registers back from the frame's bytes (after a node that assigns their local ran). */
    void reload(Iterable<Registers.Slot> slots) {
        for (Registers.Slot s : slots) storeRegister(s, () -> readFrame(s.off, s.size, s.signed, "rawLocal"));
    }

    private void loadRegister(Registers.Slot s) {
        c.aload(array);
        c.loadConstant(s.index);
        c.laload();
    }

    /** Stores the long that value pushes into a register. */
    private void storeRegister(Registers.Slot s, Runnable value) {
        c.aload(array);
        c.loadConstant(s.index);
        value.run();
        c.lastore();
    }

    /** Writes the long that value pushes to bytes [off, off + size) of the frame (Machine.writeLocal). */
    private void writeFrame(int off, int size, Runnable value) {
        machine.accept(c);
        frameIndex(off);
        c.loadConstant(size);
        value.run();
        c.invokevirtual(CD_MACHINE, "writeLocal", MTD_WRITE);
    }

    private void readFrame(int off, int size, boolean signed, String how) {
        machine.accept(c);
        frameIndex(off);
        c.loadConstant(size);
        c.loadConstant(signed ? 1 : 0);
        c.invokevirtual(CD_MACHINE, how, MTD_READ);
    }

    /** The stack index of a frame offset: f.base + off. */
    private void frameIndex(int off) {
        c.aload(frame);
        c.getfield(CD_FRAME, "base", CD_int);
        if (off != 0) {
            c.loadConstant(off);
            c.iadd();
        }
    }

    private static ClassDesc desc(Class<?> k) { return k.describeConstable().orElseThrow(); }
}
