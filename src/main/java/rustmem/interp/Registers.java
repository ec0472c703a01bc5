package rustmem.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.ir.Mir;
import rustmem.ir.Visit;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.types.Ty;

/**
 * Which locals of a body the second tier keeps in registers (a {@code long[]} of its code, made when the frame enters
 * it) instead of the frame's bytes, and which of its nodes that code computes itself ({@link DirectCode}) rather than
 * calls.
 *
 * <p>A register is a scalar of up to 8 bytes — an integer, bool, char, thin pointer or fn pointer — one of the two
 * words of a wide pointer, or one of the two fields of a checked operation's (value, overflowed) pair (or of a struct
 * whose one field is such a value, or an enum that is its niche such as `Option<&T>`), in a local whose address the
 * body never takes and that needs no drop: nothing but the body's own statements can then read or write its bytes. The code computes integer arithmetic, comparisons, casts
 * and copies between registers itself, reads and writes through pointers in registers, and branches on them; every
 * other node runs as before, on the frame's bytes: the registers its MIR names are written to the frame before it
 * (spilled) and those it assigns read back after. A local is a register when more of its uses are computed by the code
 * than run as nodes.
 *
 * <p>Nothing the program can observe changes: a local without its address taken is seen only through the body's own
 * statements. A traced run has no registers (its views read every frame's bytes).
 */
final class Registers {
    /** A register: bytes [off, off + size) of the frame, as a long (sign-extended when signed); index: its place in the array. */
    static final class Slot {
        final int local, off, size;
        final boolean signed;
        int index;

        Slot(int local, int off, int size, boolean signed) {
            this.local = local;
            this.off = off;
            this.size = size;
            this.signed = signed;
        }
    }

    final List<Slot> slots = new ArrayList<>();
    private final Map<Integer, Slot> byOff = new HashMap<>();
    private final Slot[][] byLocal;
    private final CompiledBody cb;

    private Registers(CompiledBody cb) {
        this.cb = cb;
        this.byLocal = new Slot[cb.localCount][];
    }

    /** The body's registers (none in a traced run, or when no local gains by one). */
    static Registers plan(Interpreter in, CompiledBody cb) {
        Registers r = new Registers(cb);
        if (in.trace != null) return r;
        Slot[][] candidates = candidates(in, cb);
        int[] direct = new int[cb.localCount], other = new int[cb.localCount];
        for (int b = 0; b < cb.blocks.length; b++) {
            CompiledBody.Block block = cb.blocks[b];
            for (int i = 0; i < block.stmts.length; i++) {
                boolean d = directShape(block.stmts[i]);
                for (int l : mentioned(block.mir[i])) (d ? direct : other)[l]++;
            }
            boolean d = directShape(block.term);
            for (int l : mentioned(cb.mir.blocks.get(b).terminator)) (d ? direct : other)[l]++;
        }
        for (int l = 0; l < cb.localCount; l++) {
            if (candidates[l] == null || direct[l] == 0 || other[l] > direct[l]) continue;
            r.byLocal[l] = candidates[l];
            for (Slot s : candidates[l]) {
                s.index = r.slots.size();
                r.slots.add(s);
                r.byOff.put(s.off, s);
            }
        }
        return r;
    }

    boolean isEmpty() { return slots.isEmpty(); }

    /**
     * The locals that may be registers, with their slots: address not taken, not dropped, of a type whose bytes are
     * always all initialised: a scalar, a wide pointer (two slots: its address and its metadata), a checked operation's
     * pair, or a struct whose one field of any size is one of those (`NonNull<T>`, `Unique<T>`, a newtype).
     */
    private static Slot[][] candidates(Interpreter in, CompiledBody cb) {
        Slot[][] out = new Slot[cb.localCount][];
        boolean[] taken = BodyCompiler.addressTaken(cb.mir, false);
        // (the return place is read by the caller, from the frame)
        for (int l = 1; l < cb.localCount; l++) {
            if (taken[l] || cb.tracked[l] || cb.sizes[l] == 0) continue;
            out[l] = parts(in, l, cb.tys[l], cb.offsets[l], cb.sizes[l]);
        }
        return out;
    }

    /** The slots of a value of type t (size bytes at frame offset off) in local l, or null when it cannot be in registers. */
    private static Slot[] parts(Interpreter in, int l, Ty t, int off, int size) {
        if (scalar(t, size)) return new Slot[] {new Slot(l, off, size, signed(t))};
        return switch (t) {
            case Ty.Ref r when size == 16 -> new Slot[] {new Slot(l, off, 8, false), new Slot(l, off + 8, 8, false)};
            case Ty.RawPtr p when size == 16 -> new Slot[] {new Slot(l, off, 8, false), new Slot(l, off + 8, 8, false)};
            case Ty.Tuple tu when tu.elements().size() == 2 && tu.elements().get(0) instanceof Ty.Int v && v.kind().size <= 8
                && tu.elements().get(1) instanceof Ty.Bool -> {
                long flag = in.layouts.layoutOf(t).fields().offset(1);
                yield new Slot[] {new Slot(l, off, v.kind().size, v.kind().signed), new Slot(l, (int) (off + flag), 1, false)};
            }
            case Ty.Adt a when a.def().isEnum() && in.tags(t).wholeNiche(size) -> new Slot[] {new Slot(l, off, size, false)};
            case Ty.Adt a when a.def().isStruct() -> {
                // a newtype: its one field that is not zero-sized fills it (so it is at offset 0)
                Ty only = null;
                for (rustmem.types.AdtDef.FieldDef f : a.def().nonEnumVariant().fields()) {
                    Ty ft = in.layouts.fieldTy(f, a.args());
                    if (in.layouts.layoutOf(ft).size() == 0) continue;
                    if (only != null) yield null;
                    only = ft;
                }
                yield only != null && in.layouts.layoutOf(only).size() == size ? parts(in, l, only, off, size) : null;
            }
            default -> null;
        };
    }

    private static boolean scalar(Ty t, int size) {
        return switch (t) {
            case Ty.Int i -> i.kind().size <= 8;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.RawPtr p -> size == 8;
            case Ty.Ref r -> size == 8;
            case Ty.FnPtr f -> true;
            default -> false;
        };
    }

    private static boolean signed(Ty t) { return t instanceof Ty.Int i && i.kind().signed; }

    // ------------------------------------------------------------------ what the code computes itself

    /** The integer operators the code computes (a division by zero throws as the node's does). */
    static boolean directOp(BinOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR, EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    /** Whether a statement is of a kind the code computes itself (when it touches a register). */
    static boolean directShape(Statements.Stmt s) {
        return switch (s) {
            case Statements.AssignScalarLocal a -> directShape(a.e);
            case Statements.AssignScalar a -> addressed(a.dst) && directShape(a.e);
            // (an address-taken variable assigned: its slot live again, then the assignment)
            case Statements.SlotLive l -> l.then != null && directShape(l.then);
            case Statements.AssignChecked a -> a.dst instanceof Places.Local && simple(a.a) && simple(a.b)
                && switch (a.op) { case ADD, SUB, MUL, SHL, SHR -> true; default -> false; };
            case Statements.AssignCopy a -> a.dst instanceof Places.Local && (a.src instanceof Operands.LocalOpnd l && l.size <= 16
                || a.src instanceof Operands.Const k && k.size == 0 || simple(a.src))
                || addressed(a.dst) && a.src instanceof Operands.LocalOpnd l && l.size <= 8 && l.size > 0;
            case Statements.AssignRef a -> a.dst instanceof Places.Local && a.local < 0 && addressed(a.place)
                && (!a.fat || hasMeta(a.place));
            case Statements.AssignLen a -> a.dst instanceof Places.Local && hasMeta(a.place);
            // an enum that is its niche (see Tags.wholeNiche): its discriminant read, a variant built, a tag set
            case Statements.AssignDiscriminant a -> a.dst instanceof Places.Local && a.place instanceof Places.Local && a.tags.kind == 2;
            case Statements.AssignAggregate a -> a.dst instanceof Places.Local && a.tags != null && a.tags.kind == 2
                && java.util.Arrays.stream(a.ops).allMatch(o -> o.size == 0 || simple(o));
            case Statements.SetDiscriminant sd -> sd.place instanceof Places.Local && sd.tags.kind == 2;
            default -> false;
        };
    }

    private static boolean directShape(Scalars.Expr e) {
        return switch (e) {
            case Scalars.Of o -> simple(o.op);
            case Scalars.IntBin b -> directOp(b.op) && simple(b.a) && simple(b.b);
            case Scalars.IntUnary u -> simple(u.a);
            case Scalars.Cast c -> (c.op == Scalars.CastOp.INT_TO_INT || c.op == Scalars.CastOp.BITS || c.op == Scalars.CastOp.FROM_ADDR)
                && simple(c.a);
            case Scalars.PtrCmp p -> directOp(p.op) && simple(p.a) && simple(p.b);
            case Scalars.ExposeAddr x -> simple(x.a);
            default -> false;
        };
    }

    /**
     * Whether a terminator is one the code runs itself: a branch on a scalar (an assertion's failure runs the node),
     * a constant known before the run, or one of the intrinsics on pointers and integers that are one operation.
     */
    static boolean directShape(Terminators.Term t) {
        return switch (t) {
            case Terminators.SwitchInt s -> s.discr instanceof Operands.LocalOpnd l && l.size <= 8;
            case Terminators.Assert a -> a.cond instanceof Operands.LocalOpnd l && l.size <= 8;
            case Terminators.Known k -> k.dest instanceof Places.Local && k.value.length <= 8;
            case IntrinsicNodes.PtrWord w -> w.dest instanceof Places.Local && w.ptr instanceof Operands.LocalOpnd l
                && (l.size == 8 && w.word == 0 || l.size == 16);
            case IntrinsicNodes.Offset o -> o.dest instanceof Places.Local && simple(o.ptr) && simple(o.count);
            case IntrinsicNodes.SliceFromParts sp -> sp.dest instanceof Places.Local && simple(sp.data) && simple(sp.len);
            case IntrinsicNodes.Wrapping w -> w.dest instanceof Places.Local && directShape(w.op);
            case IntrinsicNodes.Checked k -> directShape(k.op);
            case IntrinsicNodes.ReadInt r -> r.dest instanceof Places.Local && simple(r.ptr);
            default -> false;
        };
    }

    /** An operand the code reads itself: a local's scalar (a register, or the frame's bytes), a constant, or a scalar behind a pointer. */
    static boolean simple(Operands.Opnd o) {
        return o instanceof Operands.Const k && k.size <= 8 && k.size > 0 || o instanceof Operands.LocalOpnd l && l.size <= 8
            || o instanceof Operands.PlaceOpnd p && p.size <= 8 && p.size > 0 && addressed(p.place);
    }

    /**
     * A place the code computes the address of itself: what a pointer in a local points to (`*p`), a field of it, an
     * element of it at an index in a local, or a raw pointer's target (with the node's alignment and liveness check).
     */
    static boolean addressed(Places.PlaceNode p) {
        return switch (p) {
            case Places.DerefLocal d -> true;
            case Places.Offset o -> addressed(o.base);
            case Places.RawDeref r -> addressed(r.place);
            case Places.Index ix -> addressed(ix.base);
            default -> false;
        };
    }

    /** A place whose pointer's metadata the code reads itself (the second word of a wide pointer in a local). */
    static boolean hasMeta(Places.PlaceNode p) {
        return switch (p) {
            case Places.DerefLocal d -> true;
            case Places.Offset o -> hasMeta(o.base);
            case Places.RawDeref r -> hasMeta(r.place);
            default -> false;
        };
    }

    /** The register an operand reads, or null (a constant, or a local in the frame's bytes). */
    Slot slot(Operands.Opnd o) { return o instanceof Operands.LocalOpnd l ? slot(l.off, l.size) : null; }

    /** The register holding bytes [off, off + size) of the frame, or null. */
    Slot slot(int off, int size) {
        Slot s = byOff.get(off);
        return s != null && s.size == size ? s : null;
    }

    /** Whether bytes [off, off + size) of the frame overlap a register without being exactly one. */
    boolean straddles(int off, int size) {
        for (Slot s : slots) {
            if (off < s.off + s.size && s.off < off + size && !(s.off == off && s.size == size)) return true;
        }
        return false;
    }

    /** The registers of a local (null when it is in the frame's bytes). */
    Slot[] of(int local) { return byLocal[local]; }

    // ------------------------------------------------------------------ the locals a node reads and writes

    /** The registers of the locals a statement or terminator names (what must be in the frame's bytes before its node runs). */
    Set<Slot> named(Object mir) {
        Set<Slot> out = new LinkedHashSet<>();
        for (int l : mir instanceof Mir.Statement s ? mentioned(s) : mentioned((Mir.Terminator) mir)) {
            if (byLocal[l] != null) out.addAll(List.of(byLocal[l]));
        }
        return out;
    }

    /** The registers of the local a statement or terminator assigns (what must be read back after its node ran). */
    Set<Slot> assigned(Object mir) {
        Mir.Place p = switch (mir) {
            case Mir.Assign a -> a.place();
            case Mir.SetDiscriminant sd -> sd.place();
            case Mir.Call c -> c.destination();
            default -> null;
        };
        Set<Slot> out = new LinkedHashSet<>();
        if (p != null && p.inLocal() && byLocal[p.local()] != null) out.addAll(List.of(byLocal[p.local()]));
        return out;
    }

    private static List<Integer> mentioned(Mir.Statement s) {
        List<Integer> out = new ArrayList<>();
        switch (s) {
            case Mir.Assign a -> {
                place(a.place(), out);
                Visit.rvalue(a.rvalue(), p -> place(p, out));
            }
            case Mir.SetDiscriminant sd -> place(sd.place(), out);
            case Mir.StorageLive l -> out.add(l.local());
            case Mir.StorageDead d -> out.add(d.local());
        }
        return out;
    }

    private static List<Integer> mentioned(Mir.Terminator t) {
        List<Integer> out = new ArrayList<>();
        switch (t) {
            case Mir.SwitchInt s -> operand(s.discr(), out);
            case Mir.Drop d -> place(d.place(), out);
            case Mir.Call c -> {
                operand(c.func(), out);
                for (Mir.Operand o : c.args()) operand(o, out);
                place(c.destination(), out);
            }
            case Mir.Assert a -> {
                operand(a.cond(), out);
                switch (a.msg()) {
                    case Mir.AssertKind.Overflow o -> {
                        operand(o.lhs(), out);
                        operand(o.rhs(), out);
                    }
                    case Mir.AssertKind.OverflowNeg o -> operand(o.operand(), out);
                    case Mir.AssertKind.DivisionByZero d -> operand(d.operand(), out);
                    case Mir.AssertKind.RemainderByZero r -> operand(r.operand(), out);
                    case Mir.AssertKind.BoundsCheck b -> {
                        operand(b.len(), out);
                        operand(b.index(), out);
                    }
                }
            }
            case Mir.Return r -> out.add(0);
            default -> { }
        }
        return out;
    }

    private static void operand(Mir.Operand o, List<Integer> out) { Visit.operand(o, p -> place(p, out)); }

    private static void place(Mir.Place p, List<Integer> out) {
        out.add(p.local());
        for (Mir.Proj pr : p.projection()) if (pr instanceof Mir.Proj.Index ix) out.add(ix.local());
    }
}
