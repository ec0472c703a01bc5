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
 * casts and copies of scalars, checked arithmetic into a (value, overflowed) pair, and branches on a scalar. Each
 * computes what its node's exec does (Scalars' operators, with the same wrapping to the type's width), its operands
 * and result in registers or, for a local that is not one, in the frame's bytes as the node reads and writes them.
 */
final class DirectCode {
    private static final ClassDesc CD_MACHINE = desc(Machine.class);
    private static final ClassDesc CD_FRAME = desc(Frame.class);
    private static final ClassDesc CD_SCALARS = desc(Scalars.class);
    private static final MethodTypeDesc MTD_READ = MethodTypeDesc.of(CD_long, CD_int, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_WRITE = MethodTypeDesc.of(CD_void, CD_int, CD_int, CD_long);
    private static final MethodTypeDesc MTD_OVERFLOWS = MethodTypeDesc.of(CD_boolean, CD_long, CD_long, CD_int, CD_boolean);
    private static final MethodTypeDesc MTD_SHIFT_OVERFLOWS = MethodTypeDesc.of(CD_boolean, CD_long, CD_int, CD_boolean);

    private final CodeBuilder c;
    private final Registers regs;
    /** The JVM locals of the frame and of the registers' array. */
    private final int frame, array;
    /** Loads the machine (a constant of the class). */
    private final Consumer<CodeBuilder> machine;
    /** Two long locals for a checked operation's operands, and one for a value stored. */
    private final int x, y, w;

    DirectCode(CodeBuilder c, Registers regs, int frame, int array, Consumer<CodeBuilder> machine) {
        this.c = c;
        this.regs = regs;
        this.frame = frame;
        this.array = array;
        this.machine = machine;
        this.x = c.allocateLocal(TypeKind.LONG);
        this.y = c.allocateLocal(TypeKind.LONG);
        this.w = c.allocateLocal(TypeKind.LONG);
    }

    /** The registers' array (null when there are none) made and filled from the frame, into its JVM local (code entry). */
    void enter() {
        if (regs.isEmpty()) {
            c.aconst_null();
            c.astore(array);
            return;
        }
        c.loadConstant(regs.slots.size());
        c.newarray(TypeKind.LONG);
        c.astore(array);
        reload(regs.slots);
    }

    /** Whether the code computes a statement itself: of a shape it knows, touching a register, straddling none. */
    boolean direct(Statements.Stmt s) {
        // a zero-sized constant assigned (`()`) writes nothing
        if (s instanceof Statements.AssignCopy a && a.src instanceof Operands.Const k && k.size == 0 && a.dst instanceof Places.Local) return true;
        if (!Registers.directShape(s)) return false;
        return switch (s) {
            case Statements.SlotLive l -> direct(l.then);
            case Statements.AssignScalarLocal a -> touches(a.off, a.size, operands(a.e));
            case Statements.AssignChecked a -> {
                int off = ((Places.Local) a.dst).off;
                yield touches(off, a.size, a.a, a.b) && !regs.straddles((int) (off + a.flagOffset), 1)
                    && (regs.slot(off, a.size) == null) == (regs.slot((int) (off + a.flagOffset), 1) == null);
            }
            default -> false;
        };
    }

    /** Whether the code runs a terminator itself (a branch on a register). */
    boolean direct(Terminators.Term t) {
        if (!Registers.directShape(t)) return false;
        Operands.Opnd o = t instanceof Terminators.SwitchInt s ? s.discr : ((Terminators.Assert) t).cond;
        return regs.slot(o) != null;
    }

    private static Operands.Opnd[] operands(Scalars.Expr e) {
        return switch (e) {
            case Scalars.Of o -> new Operands.Opnd[] {o.op};
            case Scalars.IntBin b -> new Operands.Opnd[] {b.a, b.b};
            case Scalars.IntUnary u -> new Operands.Opnd[] {u.a};
            case Scalars.Cast k -> new Operands.Opnd[] {k.a};
            default -> throw new IllegalStateException(e.toString());
        };
    }

    private boolean touches(int dstOff, int dstSize, Operands.Opnd... ops) {
        if (regs.straddles(dstOff, dstSize)) return false;
        boolean any = regs.slot(dstOff, dstSize) != null;
        for (Operands.Opnd o : ops) {
            if (o instanceof Operands.LocalOpnd l && regs.straddles(l.off, l.size)) return false;
            any |= regs.slot(o) != null;
        }
        return any;
    }

    // ------------------------------------------------------------------ statements

    void statement(Statements.Stmt s) {
        switch (s) {
            case Statements.AssignCopy a -> { }
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
            default -> throw new IllegalStateException(s.toString());
        }
    }

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
