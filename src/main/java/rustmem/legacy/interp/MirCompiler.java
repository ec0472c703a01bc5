package rustmem.legacy.interp;

import rustmem.syntax.ast.FormatTemplate;
import java.util.ArrayList;
import java.util.List;
import rustmem.legacy.interp.CompiledBody.Block;
import rustmem.legacy.interp.CompiledBody.Scalar;
import rustmem.legacy.interp.CompiledBody.Arg;
import rustmem.legacy.interp.CompiledBody.Stmt;
import rustmem.legacy.interp.CompiledBody.Term;
import rustmem.legacy.interp.Interpreter.Frame;
import rustmem.legacy.interp.Interpreter.FrameLayout;
import rustmem.legacy.ir.Mir;
import rustmem.layout.Layout;
import rustmem.machine.Allocation;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.thir.Intrinsic;
import rustmem.legacy.types.thir.Thir;

/**
 * Compiles a body's MIR to nodes once, the first time it is called (then {@link BodyCodegen} makes
 * bytecode of them). Scalar assignments, integer arithmetic with its overflow checks, copies,
 * borrows, jumps, calls and returns get nodes with their frame offsets, sizes and operations
 * resolved, as do drops, formatting and the std calls loops make most ({@link ShimNodes}); the rest
 * (enum tags, floats, other std shims) runs through the interpreter's general code from a generic node.
 */
final class MirCompiler {
    private final Interpreter in;
    private final Mir.Body body;
    private final FrameLayout frame;

    private MirCompiler(Interpreter in, Mir.Body body, FrameLayout frame) {
        this.in = in;
        this.body = body;
        this.frame = frame;
    }

    static CompiledBody compile(Interpreter in, Mir.Body body, FrameLayout frame) {
        return new MirCompiler(in, body, frame).compile();
    }

    private CompiledBody compile() {
        Block[] blocks = new Block[body.blocks().size()];
        for (int i = 0; i < blocks.length; i++) {
            Mir.BasicBlock bb = body.blocks().get(i);
            List<Stmt> statements = new ArrayList<>();
            for (Mir.Statement s : bb.statements) {
                switch (s) {
                    case Mir.StorageLive sl -> { }   // storage is the frame's from the call on
                    case Mir.StorageDead sd -> { }
                    case Mir.Assign(Mir.Place p, Mir.Use(Mir.Constant k), Span sp) when place(p).size == 0 -> { }   // `()`: no bytes
                    case Mir.Assign a -> statements.add(assign(a));
                    case Mir.Drop d when !in.needsDrop(place(d.place()).ty) -> { }
                    case Mir.Drop d -> statements.add(drop(d));
                    default -> statements.add(new GenericStmt(in, s));
                }
            }
            blocks[i] = new Block(statements.toArray(Stmt[]::new), terminator(bb.terminator));
        }
        return new CompiledBody(blocks);
    }

    // ------------------------------------------------------------------ statements

    private Stmt assign(Mir.Assign a) {
        CompiledPlace dst = place(a.place());
        Stmt fast = switch (a.rvalue()) {
            case Mir.Use u when isScalar(dst.ty, dst.size) -> new WriteScalar(in, dst, dst.size, scalar(u.operand()));
            case Mir.Use(Mir.Copy c) -> new CopyPlace(in, dst, place(c.place()));
            case Mir.BinaryOp b when isScalar(dst.ty, dst.size) -> {
                Scalar s = binary(b);
                yield s == null ? null : new WriteScalar(in, dst, dst.size, s);
            }
            case Mir.CheckedBinaryOp c -> checked(dst, c);
            case Mir.UnaryOp u when dst.ty instanceof Ty.Int || dst.ty instanceof Ty.Bool -> {
                Scalar s = scalar(u.operand());
                yield switch (u.op()) {
                    case NOT -> new WriteScalar(in, dst, dst.size, new Not(s, dst.ty instanceof Ty.Bool, dst.size, dst.signed));
                    case NEG -> new WriteScalar(in, dst, dst.size, new Neg(s, dst.size));
                    case DEREF -> null;
                };
            }
            case Mir.Cast c when dst.ty instanceof Ty.Int && isIntLike(type(c.operand())) && isScalar(dst.ty, dst.size) ->
                new WriteScalar(in, dst, dst.size, new IntCast(scalar(c.operand()), dst.size, dst.signed));
            case Mir.Ref r -> new WriteScalar(in, dst, 8, new AddressOf(in, place(r.place())));
            default -> null;
        };
        return fast != null ? fast : new GenericStmt(in, a);
    }

    /** Comparisons, bit operations and wrapping arithmetic on integers, bools and chars (null: other types). */
    private Scalar binary(Mir.BinaryOp b) {
        Ty lt = type(b.lhs());
        if (!isIntLike(lt) || !isScalar(lt, size(lt))) return null;
        Scalar l = scalar(b.lhs());
        Scalar r = scalar(b.rhs());
        boolean signed = lt instanceof Ty.Int i && i.kind().signed;
        int bytes = lt instanceof Ty.Int ? size(lt) : 8;
        return switch (b.op()) {
            case EQ, NE, LT, LE, GT, GE, BIT_AND, BIT_OR, BIT_XOR, ADD, SUB, MUL, DIV, REM -> new IntBinary(b.op(), l, r, bytes, signed);
            default -> null;
        };
    }

    private Stmt checked(CompiledPlace dst, Mir.CheckedBinaryOp c) {
        if (!(type(c.lhs()) instanceof Ty.Int lt) || size(lt) > 8) throw new IllegalStateException("checked arithmetic on " + type(c.lhs()).display());
        Layout pair = in.layout(dst.ty);
        return new Checked(in, dst, c.op(), scalar(c.lhs()), scalar(c.rhs()), size(lt), lt.kind().signed,
            type(c.rhs()) instanceof Ty.Int rt && rt.kind().signed, (int) pair.fields().offset(0), (int) pair.fields().offset(1));
    }

    // ------------------------------------------------------------------ terminators

    private Term terminator(Mir.Terminator t) {
        return switch (t) {
            case null -> new CompiledBody.Unreachable();   // a block lowering left behind, never entered
            case Mir.Unreachable u -> new CompiledBody.Unreachable();
            case Mir.Goto g -> new CompiledBody.Goto(g.target());
            case Mir.SwitchInt sw when sw.values().length == 1 ->
                new CompiledBody.If(scalar(sw.discr()), sw.values()[0], sw.targets()[0], sw.otherwise());
            case Mir.SwitchInt sw -> new CompiledBody.Switch(scalar(sw.discr()), sw.values(), sw.targets(), sw.otherwise());
            case Mir.Assert a -> new CompiledBody.Assert(scalar(a.cond()), a.expected(), a.target(), new AssertFailure(in, a.msg(), a.span()));
            case Mir.Call c -> call(c);
            case Mir.CallIndirect c ->
                new CompiledBody.Effect(new CallIndirect(in, scalar(c.fn()), c.args(), place(c.destination())), c.target());
            case Mir.CallVirtual c ->
                new CompiledBody.Effect(new CallVirtual(in, scalar(c.receiver()), c.method(), c.args(), place(c.destination())), c.target());
            case Mir.Return r -> new CompiledBody.Return();
            case Mir.IntrinsicCall c when c.op() == Intrinsic.VEC_INDEX -> new CompiledBody.Effect(new VecIndex(in,
                scalar(c.args().get(0)), scalar(c.args().get(1)), in.heap.vecLayout(((Ty.Ref) c.argTys().get(0)).pointee()),
                place(c.destination()), c.span()), c.target());
            case Mir.IntrinsicCall c when shim(c) instanceof Stmt node -> new CompiledBody.Effect(node, c.target());
            case Mir.IntrinsicCall c -> new CompiledBody.Effect(new GenericShim(in, c), c.target());
            case Mir.Print p -> new CompiledBody.Effect(print(p), p.target());
            case Mir.StdCall c -> new CompiledBody.Effect(new StdCall(in, c), c.target());
            case Mir.Unsupported u -> new CompiledBody.Effect(f -> {
                throw new rustmem.legacy.ir.Lowering.Unsupported(u.span(), u.message());
            }, -1);
            default -> throw new IllegalStateException("terminator " + t);
        };
    }

    private Stmt drop(Mir.Drop d) {
        CompiledPlace p = place(d.place());
        boolean vec = p.ty instanceof Ty.Adt a && a.def().fromStd() && (a.def().name().equals("Vec") || a.def().name().equals("String"));
        return new ShimNodes.DropPlace(in, d.flag() < 0 ? -1 : frame.offsets()[d.flag()], p, vec ? in.heap.vecLayout(p.ty) : null,
            rustmem.legacy.types.StdCalls.isHeapOwner(p.ty));
    }

    private Stmt print(Mir.Print p) {
        ShimNodes.FormatArg[] args = new ShimNodes.FormatArg[p.args().size()];
        for (int i = 0; i < args.length; i++) {
            Mir.Operand op = p.args().get(i);
            Ty t = p.argTys().get(i);
            boolean scalar = isScalar(t, size(t)) && !(op instanceof Mir.Constant k && (k.wide() || k.value() instanceof Thir.Const.Str
                || k.value() instanceof Thir.Const.Bytes));
            args[i] = i == 0 && p.kind() == Thir.PrintKind.WRITE ? new ShimNodes.FormatterArg()
                : scalar && t instanceof Ty.Int it ? new ShimNodes.IntArg(scalar(op), size(t) * 8, it.kind().signed)
                : scalar && t instanceof Ty.Bool ? new ShimNodes.BoolArg(scalar(op))
                : scalar && t instanceof Ty.Char ? new ShimNodes.CharArg(scalar(op))
                : new ShimNodes.ValueArg(in, op, t);
        }
        // every slot a plain `{}` of an integer: the digits without the general formatter
        List<ShimNodes.IntArg> slots = new ArrayList<>();
        for (var piece : p.template().pieces()) {
            if (!(piece instanceof rustmem.syntax.ast.FormatTemplate.Slot slot)) continue;
            if (slot.spec().equals(rustmem.syntax.ast.FormatTemplate.Spec.DEFAULT) && args[slot.argument()] instanceof ShimNodes.IntArg ia) {
                slots.add(ia);
            } else {
                return new ShimNodes.Print(in, p, args);
            }
        }
        return new ShimNodes.PrintIntegers(in, p, slots.toArray(ShimNodes.IntArg[]::new));
    }

    /** A node of its own for a std call loops make on every iteration; null for the rest. */
    private Stmt shim(Mir.IntrinsicCall c) {
        List<Mir.Operand> args = c.args();
        Ty receiver = c.argTys().isEmpty() || !(c.argTys().get(0) instanceof Ty.Ref r) ? null : r.pointee();
        if (!(receiver instanceof Ty.Adt adt) || !adt.def().fromStd()) return null;
        return switch (c.op()) {
            case STR_LEN, VEC_LEN -> new ShimNodes.VecLen(in, scalar(args.get(0)), in.heap.vecLayout(receiver).len(),
                place(c.destination()));
            case STRING_AS_STR -> new ShimNodes.StringAsStr(in, scalar(args.get(0)), in.heap.vecLayout(receiver),
                place(c.destination()));
            case STRING_PUSH_STR -> {
                CompiledPlace str = args.get(1) instanceof Mir.Copy cp ? place(cp.place()) : null;
                yield new ShimNodes.PushStr(in, scalar(args.get(0)), in.heap.vecLayout(receiver),
                    new ShimNodes.StrOperand(in, args.get(1), str != null && str.inFrame() ? str.start : -1), c.span());
            }
            case VEC_PUSH -> {
                StdShims.VecLayout v = in.heap.vecLayout(receiver);
                yield v.elemSize() > 0 && isScalar(v.elem(), (int) v.elemSize())
                    ? new ShimNodes.VecPush(in, scalar(args.get(0)), v, scalar(args.get(1)), c.span()) : null;
            }
            default -> null;
        };
    }

    private Term call(Mir.Call c) {
        Interpreter.Function callee = in.function(c.fn());
        Mir.Body cb = callee.body;
        Arg[] args = new Arg[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            Ty t = cb.locals().get(i + 1).ty();
            int size = size(t);
            Mir.Operand op = c.args().get(i);
            args[i] = isScalar(t, size) ? new ScalarArg(scalar(op), callee.layout.offsets()[i + 1], size)
                : new GenericArg(in, op, t, i + 1);
        }
        return new CompiledBody.Call(callee, args, place(c.destination()), c.target());
    }

    // ------------------------------------------------------------------ operands and places

    private CompiledPlace place(Mir.Place p) { return in.compiled(body, frame, p); }

    private Scalar scalar(Mir.Operand op) {
        return switch (op) {
            case Mir.Constant k when k.wide() || k.value() instanceof Thir.Const.Str || k.value() instanceof Thir.Const.Bytes ->
                new GenericRead(in, op);
            case Mir.Constant k -> new Const(k.bits());
            case Mir.Copy c -> {
                CompiledPlace p = place(c.place());
                if (!isScalar(p.ty, p.size)) yield new GenericRead(in, op);
                if (!p.inFrame()) yield new PlaceRead(in, p);
                yield new FrameRead(p.start, p.size, p.signed);
            }
        };
    }

    private Ty type(Mir.Operand op) {
        return switch (op) {
            case Mir.Copy c -> place(c.place()).ty;
            case Mir.Constant k -> k.ty();
        };
    }

    private int size(Ty t) { return (int) in.layout(t).size(); }

    private static boolean isIntLike(Ty t) { return t instanceof Ty.Int || t instanceof Ty.Bool || t instanceof Ty.Char; }

    /** Values held in one register: integers up to 64 bits, floats, bool, char, thin pointers. */
    private static boolean isScalar(Ty t, int size) {
        boolean kind = t instanceof Ty.Int || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.Float
            || t instanceof Ty.Ref || t instanceof Ty.RawPtr;
        return kind && (size == 1 || size == 2 || size == 4 || size == 8);
    }

    // ------------------------------------------------------------------ scalar nodes
    // Records: BodyCodegen reads their parts to emit the same operation as bytecode.

    record Const(long bits) implements Scalar {
        @Override public long get(Frame f) { return bits; }
    }

    /** A scalar of the frame at a fixed offset from its base. */
    record FrameRead(int off, int size, boolean signed) implements Scalar {
        @Override public long get(Frame f) { return Allocation.read(f.mem, f.base + off, size, signed); }
    }

    /** A scalar behind a pointer, an index or in a static. */
    record PlaceRead(Interpreter in, CompiledPlace p) implements Scalar {
        @Override public long get(Frame f) {
            int off = in.resolve(f, p);
            return Allocation.read(in.placeMem, off, p.size, p.signed);
        }
    }

    /** An operand the general code reads (128-bit constants report themselves unsupported there). */
    record GenericRead(Interpreter in, Mir.Operand op) implements Scalar {
        @Override public long get(Frame f) { return in.scalar(f, op); }
    }

    record AddressOf(Interpreter in, CompiledPlace p) implements Scalar {
        @Override public long get(Frame f) {
            if (p.inFrame()) return f.alloc.base + f.base + p.start;
            int off = in.resolve(f, p);
            return in.placeAlloc.base + off;
        }
    }

    /** Comparisons, bit operations and arithmetic (whose overflow was checked before, or wraps) on integers. */
    record IntBinary(BinOp op, Scalar l, Scalar r, int bytes, boolean signed) implements Scalar {
        @Override public long get(Frame f) { return IntOps.binary(op, l.get(f), r.get(f), bytes, signed); }
    }

    /** `!` on a bool (flips bit 0) or an integer of size bytes. */
    record Not(Scalar s, boolean bool, int size, boolean signed) implements Scalar {
        @Override public long get(Frame f) {
            long v = s.get(f);
            return bool ? v ^ 1 : IntOps.normalize(~v, size, signed);
        }
    }

    record Neg(Scalar s, int size) implements Scalar {
        @Override public long get(Frame f) { return IntOps.normalize(-s.get(f), size, true); }
    }

    /** `as` from an integer, bool or char to an integer: truncation or extension. */
    record IntCast(Scalar s, int size, boolean signed) implements Scalar {
        @Override public long get(Frame f) { return IntOps.normalize(s.get(f), size, signed); }
    }

    // ------------------------------------------------------------------ statement nodes

    record WriteScalar(Interpreter in, CompiledPlace dst, int size, Scalar value) implements Stmt {
        @Override public void exec(Frame f) {
            long v = value.get(f);
            if (dst.inFrame()) {
                Allocation.write(f.mem, f.base + dst.start, size, v);
            } else {
                int off = in.resolve(f, dst);
                Allocation.write(in.placeMem, off, size, v);
            }
        }
    }

    /** A move or copy of a value of any size (the source place has the destination's type). */
    record CopyPlace(Interpreter in, CompiledPlace dst, CompiledPlace src) implements Stmt {
        @Override public void exec(Frame f) {
            int size = src.size;
            if (size == 0) return;
            byte[] from;
            int at;
            if (src.inFrame()) {
                from = f.mem;
                at = f.base + src.start;
            } else {
                at = in.resolve(f, src);
                from = in.placeMem;
            }
            int to = in.destination(f, dst);
            System.arraycopy(from, at, in.placeMem, to, size);
        }
    }

    /**
     * An integer operation producing (result, overflowed), as rustc's debug MIR checks +, -, *, /, %, <<, >>;
     * the pair's value at valueOffset, its flag at flagOffset.
     */
    record Checked(Interpreter in, CompiledPlace dst, BinOp op, Scalar l, Scalar r, int bytes, boolean signed,
                   boolean rhsSigned, int valueOffset, int flagOffset) implements Stmt {
        @Override public void exec(Frame f) {
            long a = l.get(f);
            long b = r.get(f);
            boolean overflow;
            long v;
            switch (op) {
                case SHL, SHR -> {
                    overflow = Long.compareUnsigned(b, bytes * 8L) >= 0 || (rhsSigned && b < 0);
                    int sh = (int) (b & (bytes * 8 - 1));
                    v = op == BinOp.SHL ? a << sh : signed ? a >> sh : a >>> sh;
                }
                default -> {
                    overflow = IntOps.overflows(op, a, b, bytes, signed);
                    v = IntOps.binary(op, a, b, bytes, signed);
                }
            }
            int off = in.destination(f, dst);
            byte[] mem = in.placeMem;
            Allocation.write(mem, off + valueOffset, bytes, IntOps.normalize(v, bytes, signed));
            mem[off + flagOffset] = (byte) (overflow ? 1 : 0);
        }
    }

    /** Drops, enum tags and rvalues without a node of their own: the interpreter's general code. */
    record GenericStmt(Interpreter in, Mir.Statement s) implements Stmt {
        @Override public void exec(Frame f) { in.statement(f, s); }
    }

    // ------------------------------------------------------------------ terminator nodes

    /** The panic of a failed assert terminator (overflow, division by zero, bounds check). */
    record AssertFailure(Interpreter in, Mir.AssertKind msg, Span span) {
        RustPanic raise(Frame f) { return new RustPanic(in.assertMessage(f, msg), span); }
    }

    /** A scalar argument, written at its offset in the callee's frame. */
    record ScalarArg(Scalar value, int off, int size) implements Arg {
        @Override public void store(Frame caller, Frame callee) {
            Allocation.write(callee.mem, callee.base + off, size, value.get(caller));
        }
    }

    record GenericArg(Interpreter in, Mir.Operand op, Ty ty, int local) implements Arg {
        @Override public void store(Frame caller, Frame callee) { in.store(caller, op, callee.mem, callee.off(local), ty); }
    }

    /** A call through a fn pointer: the body is the one at the pointer's address; arguments stored by its locals' types. */
    record CallIndirect(Interpreter in, Scalar pointer, List<Mir.Operand> operands, CompiledPlace destination) implements Stmt {
        @Override public void exec(Frame f) { in.invokeDynamic(f, in.functionAt(pointer.get(f)), null, operands, destination); }
    }

    /**
     * A call through a trait object: receiver points to the fat pointer, whose vtable names the body; the
     * data pointer is its self, the operands the rest of its arguments.
     */
    record CallVirtual(Interpreter in, Scalar receiver, String method, List<Mir.Operand> operands, CompiledPlace destination)
            implements Stmt {
        @Override public void exec(Frame f) {
            long fat = receiver.get(f);
            Integer body = in.vtables.at(in.heap.word(fat + 8)).methods().get(method);
            if (body == null) throw new rustmem.machine.UndefinedBehavior("the vtable has no method `" + method + "`");
            in.invokeDynamic(f, in.function(body), in.heap.word(fat), operands, destination);
        }
    }

    /** {@code v[i]} on a Vec: the element's address after std's bounds check (the shim's, without its look-ups). */
    record VecIndex(Interpreter in, Scalar vec, Scalar index, StdShims.VecLayout layout, CompiledPlace destination, Span span)
            implements Stmt {
        @Override public void exec(Frame f) {
            long v = vec.get(f);
            long i = index.get(f);
            long len = in.heap.word(v + layout.len());
            if (Long.compareUnsigned(i, len) >= 0) {
                throw new RustPanic("index out of bounds: the len is " + len + " but the index is " + Long.toUnsignedString(i), span);
            }
            long element = in.heap.word(v + layout.ptr()) + i * layout.elemSize();
            int off = in.destination(f, destination);
            Allocation.write(in.placeMem, off, 8, element);
        }
    }

    /** A std function known by its signature: {@link StdFnShims}. */
    private record StdCall(Interpreter in, Mir.StdCall call) implements Stmt {
        @Override public void exec(Frame f) { in.stdCall(f, call); }
    }

    /** Std shims without a node of their own: the interpreter's general code. */
    private record GenericShim(Interpreter in, Mir.IntrinsicCall call) implements Stmt {
        @Override public void exec(Frame f) { in.intrinsic(f, call); }
    }
}
