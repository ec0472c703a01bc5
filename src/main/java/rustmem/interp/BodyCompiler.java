package rustmem.interp;

import java.util.ArrayList;
import java.util.List;
import rustmem.ir.Mir;
import rustmem.layout.FieldsShape;
import rustmem.layout.Layout;
import rustmem.layout.LayoutCx;
import rustmem.layout.Variants;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.types.AdtDef;
import rustmem.types.Ty;

/**
 * Compiles one instance of a MIR body into nodes: every type made concrete with the instance's arguments,
 * every local given its place in the frame, every place turned into address arithmetic, every call's callee
 * resolved when it is known before running.
 */
final class BodyCompiler {
    private final Interpreter in;
    private final Machine m;
    private final CompiledBody cb;
    private final List<Ty> args;
    /** In a traced run, for the program's own bodies: where tracing nodes report; else null. */
    private final TraceSupport trace;
    /** The temporaries rustc promotes to static memory (made at the first borrow compiled). */
    private java.util.BitSet promoted;

    private java.util.BitSet promoted() {
        if (promoted == null) promoted = rustmem.ir.Promotion.promotable(cb.mir);
        return promoted;
    }

    private BodyCompiler(Interpreter in, CompiledBody cb) {
        this.in = in;
        this.m = in.m;
        this.cb = cb;
        this.args = cb.instance.args();
        this.trace = in.trace != null && in.trace.traces(cb) ? in.trace : null;
    }

    static CompiledBody compile(Interpreter in, Instance inst, Mir.Body mir) { return compile(in, inst, mir, mir.locals.size()); }

    /**
     * Compiles a body whose locals from own on are those of the bodies inlined into it ({@link Inliner}): they go below
     * the frame's base ({@link CompiledBody#below}), so the others keep the offsets they have in the body without them
     * and a frame running that body can go on in this one.
     */
    static CompiledBody compile(Interpreter in, Instance inst, Mir.Body mir, int own) {
        CompiledBody cb = new CompiledBody(inst, mir);
        new BodyCompiler(in, cb).run(own);
        return cb;
    }

    /** The block being compiled. */
    private int block;

    private Ty mono(Ty t) { return in.resolver.normalize(args.isEmpty() ? t : t.subst(args)); }

    private Layout layout(Ty t) { return in.layouts.layoutOf(t); }

    private void run(int own) {
        long off = 0, below = 0;
        for (int i = 0; i < cb.localCount; i++) {
            Ty t = mono(cb.mir.locals.get(i).ty());
            Layout l = layout(t);
            if (i < own) {
                off = (off + l.align() - 1) & -(long) l.align();
                // a frame larger than any stack (`let a = [0; 1 << 31];`) is never pushed: its pushing overflows the stack
                cb.offsets[i] = (int) Math.min(off, Integer.MAX_VALUE);
                off += l.size();
            } else {
                below = (below + l.size() + l.align() - 1) & -(long) l.align();
                cb.offsets[i] = (int) -Math.min(below, Integer.MAX_VALUE & ~15);
            }
            cb.sizes[i] = (int) Math.min(l.size(), Integer.MAX_VALUE);
            cb.tys[i] = t;
            cb.tracked[i] = i > 0 && in.drops.needsDrop(t);
        }
        cb.below = (int) Math.min((below + 15) & ~15L, Integer.MAX_VALUE & ~15);
        // the call's return address is on the stack too, and a frame keeps the stack 16-byte aligned: even a function
        // without locals takes 16 bytes (`fn main() { main(); }` overflows after 8 MiB / 16 calls, as the binary does)
        cb.frameSize = (int) Math.min((off + 8 + 15) & ~15L, Integer.MAX_VALUE & ~15);
        cb.trackCaller = in.isTrackCaller(cb.instance.def());
        addressTaken = addressTaken();
        cb.blocks = new CompiledBody.Block[cb.mir.blocks.size()];
        // positions number the MIR's statements and terminators, so that they are known before the blocks are compiled
        cb.blockStart = new int[cb.blocks.length];
        for (int b = 0, pc = 0; b < cb.blocks.length; pc += cb.mir.blocks.get(b).statements.size() + 1, b++) cb.blockStart[b] = pc;
        // each block is compiled when it first runs (std's bodies are mostly paths that never do: panics, unwinding)
        cb.compiler = this;
        // a traced body keeps to the node walk (its tracing nodes report where the walk is)
        if (trace != null) cb.code = CompiledBody.NO_CODE;
    }

    /** Compiles block b of the body. */
    CompiledBody.Block block(int b) {
        Mir.BasicBlock bb = cb.mir.blocks.get(b);
        block = b;
        CompiledBody.Block out = new CompiledBody.Block();
        List<Statements.Stmt> stmts = new ArrayList<>();
        List<Mir.Statement> mirs = new ArrayList<>();
        int[] mirIndex = new int[bb.statements.size()];
        for (int i = 0; i < bb.statements.size(); i++) {
            Mir.Statement s = bb.statements.get(i);
            Statements.Stmt c = statement(s);
            if (trace != null) c = traced(s, c);
            if (c != null) {
                mirIndex[stmts.size()] = i;
                stmts.add(c);
                mirs.add(s);
            }
        }
        out.stmts = stmts.toArray(new Statements.Stmt[0]);
        out.mir = mirs.toArray(new Mir.Statement[0]);
        out.mirIndex = java.util.Arrays.copyOf(mirIndex, stmts.size());
        out.mirCount = bb.statements.size();
        out.term = terminator(bb.terminator);
        // ... or when a call's result is written to it
        if (bb.terminator instanceof Mir.Call call && call.destination().isLocal() && addressTaken[call.destination().local()]
            && cb.sizes[call.destination().local()] > 0) {
            out.term = new Terminators.SlotLive(m, call.destination().local(), out.term);
        }
        if (trace != null) out.term = traced(bb.terminator, out.term);
        return out;
    }

    /**
     * A reference or raw pointer to place (compiled as p): into a local of the frame, with the variable's provenance
     * — but for a temporary rustc would promote to a constant (the pointer may outlive the frame).
     */
    private Statements.Stmt ref(P dst, Mir.Place place, P p) {
        boolean local = place.inLocal() && !promoted().get(place.local());
        return new Statements.AssignRef(m, dst.node(), p.node(), layout(p.ty()).isUnsized(), local ? place.local() : -1);
    }

    /**
     * The variables whose address the body takes (`&x`, `&raw const x.f`): when their scope ends (StorageDead), a
     * pointer to their slot dangles until they are assigned again. (Named variables only: a temporary's StorageDead
     * is where rustmem's MIR builder puts it, not always as late as rustc's temporary lifetime rules.)
     */
    private boolean[] addressTaken;

    private boolean[] addressTaken() { return addressTaken(cb.mir, true); }

    /** The locals of a body whose address it takes (`&x`, `&raw const x.f`): of its named variables only, or of all. */
    static boolean[] addressTaken(Mir.Body mir, boolean named) {
        boolean[] taken = new boolean[mir.locals.size()];
        for (Mir.BasicBlock bb : mir.blocks) {
            for (Mir.Statement s : bb.statements) {
                Mir.Place p = s instanceof Mir.Assign a ? switch (a.rvalue()) {
                    case Mir.Ref r -> r.place();
                    case Mir.RawPtr r -> r.place();
                    default -> null;
                } : null;
                if (p != null && p.inLocal() && (!named || mir.locals.get(p.local()).name() != null)) taken[p.local()] = true;
            }
        }
        return taken;
    }

    // ------------------------------------------------------------------ tracing

    /** A statement of a traced body with its tracing node: its line, storage, assignment to a variable. */
    private Statements.Stmt traced(Mir.Statement s, Statements.Stmt c) {
        return switch (s) {
            case Mir.StorageLive l -> new TraceNodes.Storage(trace, c, l.local(), true, null);
            case Mir.StorageDead d -> new TraceNodes.Storage(trace, c, d.local(), false, d.span());
            // writing a zero-sized value (the `()` of a block) does nothing a view can show: no step
            case Mir.Assign a when a.place().isLocal() && cb.sizes[a.place().local()] == 0 -> c;
            case Mir.Assign a -> new TraceNodes.Stmt(trace, c, a.span(), a.place().isLocal() ? a.place().local() : -1);
            default -> new TraceNodes.Stmt(trace, c, s.span(), -1);
        };
    }

    private Terminators.Term traced(Mir.Terminator t, Terminators.Term c) {
        return switch (t) {
            case Mir.Goto g -> c;
            case Mir.Return r -> c;
            case Mir.Call call -> new TraceNodes.Term(trace, c, call.span(), call.destination().isLocal() ? call.destination().local() : -1, true);
            // a Drop runs the value's Drop impl: a call too
            case Mir.Drop d -> new TraceNodes.Term(trace, c, t.span(), -1, true);
            default -> new TraceNodes.Term(trace, c, t.span(), -1, false);
        };
    }

    // ------------------------------------------------------------------ places

    /** A compiled place: its node, its type, the variant a downcast selected, and the local and path it is in. */
    record P(Places.PlaceNode node, Ty ty, int variant, int local, List<Mir.Proj> path) {
        /** Whether it is (a field path in) a local whose drops are tracked. */
        boolean trackedIn(CompiledBody cb) { return path != null && cb.tracked[local]; }
    }

    P place(Mir.Place p) { return place(p, true); }

    /**
     * A compiled place; access: the place is read or written (or borrowed), not only its address taken (`&raw const
     * *p`): then a raw pointer it goes through must be aligned for its pointee, as rustc's debug checks and Miri require.
     */
    P place(Mir.Place p, boolean access) {
        Places.PlaceNode node = new Places.Local(cb.offsets[p.local()]);
        Ty ty = cb.tys[p.local()];
        int variant = -1;
        List<Mir.Proj> path = new ArrayList<>();
        boolean pathValid = true;
        for (Mir.Proj pr : p.projection()) {
            switch (pr) {
                case Mir.Proj.Deref d -> {
                    boolean box = ty instanceof Ty.Adt a && a.def().isBox();
                    if (!box) pathValid = false;
                    else path.add(pr);
                    node = node instanceof Places.Local l ? new Places.DerefLocal(m, l.off) : new Places.Deref(m, node);
                    if (access && ty instanceof Ty.RawPtr raw) {
                        Layout pl = raw.pointee() instanceof Ty.Dynamic ? null : layout(raw.pointee());
                        node = new Places.RawDeref(m, node, pl == null ? 1 : pl.align(), pl == null || pl.isUnsized() ? 0 : pl.size());
                    }
                    ty = pointee(ty);
                    variant = -1;
                }
                case Mir.Proj.Field f -> {
                    Layout l = layout(ty);
                    Ty fty = fieldTy(ty, variant, f.index());
                    FieldsShape fields = variant >= 0 && l.variants() instanceof Variants.Multiple mv ? mv.variants().get(variant).fields()
                        : l.fields();
                    long fo = fields.offset(f.index());
                    if (in.layouts.metadataOf(fty) == LayoutCx.PointerMetadata.VTABLE && layout(fty).isUnsized()) {
                        node = new Places.DynField(m, node, fo);
                    } else {
                        node = node instanceof Places.Local lo ? new Places.Local((int) (lo.off + fo)) : fo == 0 ? node : new Places.Offset(node, fo);
                    }
                    if (variant >= 0) path.add(new Mir.Proj.Downcast(variant));
                    path.add(new Mir.Proj.Field(f.index(), null));
                    ty = fty;
                    variant = -1;
                }
                case Mir.Proj.Index ix -> {
                    Ty elem = element(ty);
                    node = new Places.Index(m, node, cb.offsets[ix.local()], layout(elem).size());
                    ty = elem;
                    pathValid = false;
                }
                case Mir.Proj.ConstantIndex ci -> {
                    Ty elem = element(ty);
                    long n = arrayLen(ty);
                    node = new Places.ConstantIndex(node, ci.offset(), ci.fromEnd(), layout(elem).size(), n);
                    // moving out of an array's element is tracked (by its index from the start) for the array's drop
                    if (n >= 0) path.add(new Mir.Proj.ConstantIndex(ci.fromEnd() ? n - ci.offset() : ci.offset(), n, false));
                    else pathValid = false;
                    ty = elem;
                }
                case Mir.Proj.Subslice ss -> {
                    Ty elem = element(ty);
                    long n = arrayLen(ty);
                    node = new Places.Subslice(node, ss.from(), ss.to(), layout(elem).size(), n);
                    // elements from..n-to of an array: as from..end for the array's drop
                    if (n >= 0) path.add(new Mir.Proj.Subslice(ss.from(), n - ss.to(), false));
                    else pathValid = false;
                    ty = n >= 0 ? new Ty.Array(elem, new Ty.ConstValue(n - ss.from() - ss.to())) : ty;
                }
                case Mir.Proj.Downcast dc -> variant = dc.variant();
            }
        }
        return new P(node, ty, variant, p.local(), pathValid ? List.copyOf(path) : null);
    }

    private Ty pointee(Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.RawPtr r -> r.pointee();
            case Ty.Adt a when a.def().isBox() -> a.args().get(0);
            default -> throw new IllegalStateException("deref of " + t);
        };
    }

    private Ty element(Ty t) {
        return switch (t) {
            case Ty.Array a -> a.element();
            case Ty.Slice s -> s.element();
            default -> throw new IllegalStateException("index of " + t);
        };
    }

    private static long arrayLen(Ty t) { return t instanceof Ty.Array a && a.length() instanceof Ty.ConstValue cv ? cv.value() : -1; }

    /** The type of field i of a type (of the given variant of an enum). */
    Ty fieldTy(Ty t, int variant, int i) {
        return switch (t) {
            case Ty.Tuple tu -> tu.elements().get(i);
            case Ty.Closure c -> in.layouts.upvarTys(c).get(i);
            case Ty.Adt a -> {
                AdtDef.VariantDef v = a.def().variants.get(Math.max(variant, 0));
                yield mono(in.tcx.typeOf(v.fields().get(i).did()).subst(a.args()));
            }
            default -> throw new IllegalStateException("field " + i + " of " + t);
        };
    }

    // ------------------------------------------------------------------ operands

    private static boolean signed(Ty t) { return t instanceof Ty.Int i && i.kind().signed; }

    Operands.Opnd operand(Mir.Operand o) {
        return switch (o) {
            case Mir.Copy c -> placeOperand(place(c.place()));
            case Mir.Move mv -> {
                P p = place(mv.place());
                Operands.Opnd op = placeOperand(p);
                if (p.trackedIn(cb)) op = new Operands.Move(op, p.local(), p.path());
                if (trace != null && mv.place().isLocal() && cb.mir.locals.get(p.local()).name() != null) {
                    op = new TraceNodes.Move(trace, op, p.local());
                }
                yield op;
            }
            case Mir.Constant k -> {
                Ty t = mono(k.ty());
                byte[] bytes = in.consts.bytes(monoConst(k.value()), t);
                yield new Operands.Const(m, scalarBits(bytes, signed(t)), bytes, in.consts.uninitRuns(bytes));
            }
        };
    }

    /** A constant with the instance's arguments in its generic parts. */
    private Mir.Const monoConst(Mir.Const c) {
        return switch (c) {
            case Mir.Const.Named n -> new Mir.Const.Named(n.def(), in.resolver.normalizeAll(Ty.substAll(n.args(), args)));
            case Mir.Const.Param p -> new Mir.Const.Param(mono(p.value()));
            default -> c;
        };
    }

    private Operands.Opnd placeOperand(P p) {
        if (layout(p.ty()).isUnsized()) return new Operands.UnsizedRef(m, p.node());
        int size = (int) layout(p.ty()).size();
        if (p.node() instanceof Places.Local l) return new Operands.LocalOpnd(m, l.off, size, signed(p.ty()));
        return new Operands.PlaceOpnd(m, p.node(), size, signed(p.ty()));
    }

    static long scalarBits(byte[] b, boolean signed) {
        if (b.length == 0 || b.length > 8) return 0;
        long v = 0;
        for (int i = b.length - 1; i >= 0; i--) v = (v << 8) | (b[i] & 0xFF);
        return Scalars.norm(v, b.length, signed);
    }

    private Ty operandTy(Mir.Operand o) {
        return switch (o) {
            case Mir.Copy c -> place(c.place()).ty();
            case Mir.Move mv -> place(mv.place()).ty();
            case Mir.Constant k -> mono(k.ty());
        };
    }

    // ------------------------------------------------------------------ statements

    private Statements.Stmt statement(Mir.Statement s) {
        return switch (s) {
            case Mir.Assign a -> {
                P dst = place(a.place());
                Statements.Stmt st = assign(dst, a.rvalue());
                st = dst.trackedIn(cb) ? new Statements.Initialized(st, dst.local(), dst.path()) : st;
                // rustmem's MIR has no StorageLive: a variable whose address is taken is live again when it is assigned
                int l = a.place().local();
                if (addressTaken[l] && cb.sizes[l] > 0 && a.place().inLocal()) {
                    st = new Statements.SlotLive(m, l, st);
                }
                yield st;
            }
            case Mir.SetDiscriminant sd -> {
                P p = place(sd.place());
                yield new Statements.SetDiscriminant(m, p.node(), in.tags(p.ty()), sd.variant());
            }
            case Mir.StorageLive l -> null;
            case Mir.StorageDead d -> {
                int l = d.local();
                Statements.Stmt st = cb.tracked[l] ? new Statements.StorageDead(l) : null;
                if (cb.sizes[l] > 0 && in.mayHoldUninit(mono(cb.mir.locals.get(l).ty()))) {
                    st = new Statements.ForgetUninit(m, cb.offsets[l], cb.sizes[l], st);
                }
                yield addressTaken[l] && cb.sizes[l] > 0 ? new Statements.SlotDead(m, l, st) : st;
            }
        };
    }

    private Statements.Stmt scalar(P dst, Scalars.Expr e) {
        int size = (int) layout(dst.ty()).size();
        if (dst.node() instanceof Places.Local l) return new Statements.AssignScalarLocal(m, l.off, size, e);
        return new Statements.AssignScalar(m, dst.node(), size, e);
    }

    private Statements.Stmt assign(P dst, Mir.Rvalue rv) {
        switch (rv) {
            case Mir.Use u -> {
                Operands.Opnd op = operand(u.operand());
                if (op.size <= 8 && op.size > 0 && isScalar(dst.ty())) return scalar(dst, new Scalars.Of(op));
                return new Statements.AssignCopy(dst.node(), op);
            }
            case Mir.BinaryOp b -> {
                Ty t = operandTy(b.lhs());
                if (isWide(t)) return wide(dst, rv, b.lhs(), b.rhs());
                Operands.Opnd x = operand(b.lhs()), y = operand(b.rhs());
                if (x.size == 16 && b.op().isComparison()) return scalar(dst, new Scalars.FatPtrCmp(m, b.op(), x, y));
                return scalar(dst, binary(b.op(), t, x, y));
            }
            case Mir.CheckedBinaryOp b -> {
                Ty t = operandTy(b.lhs());
                if (isWide(t)) return wide(dst, rv, b.lhs(), b.rhs());
                Ty.Int it = (Ty.Int) t;
                Layout l = layout(dst.ty());
                return new Statements.AssignChecked(m, dst.node(), b.op(), operand(b.lhs()), operand(b.rhs()), it.kind().size,
                    it.kind().signed, signed(operandTy(b.rhs())), l.fields().offset(1));
            }
            case Mir.UnaryOp u -> {
                Ty t = operandTy(u.operand());
                if (isWide(t)) return wide(dst, rv, u.operand(), null);
                Operands.Opnd x = operand(u.operand());
                return scalar(dst, switch (t) {
                    case Ty.Float f -> new Scalars.FloatNeg(x, f.kind() == Ty.FloatTy.F32);
                    case Ty.Bool b -> new Scalars.IntBin(BinOp.BIT_XOR, x, new Operands.Const(m, 1, new byte[] {1}), 1, false);
                    case Ty.Int i -> new Scalars.IntUnary(u.op() == rustmem.syntax.ast.Expr.UnOp.NEG, x, i.kind().size, i.kind().signed);
                    default -> throw new IllegalStateException("unary on " + t);
                });
            }
            case Mir.Cast c -> {
                return cast(dst, c);
            }
            case Mir.Ref r -> {
                P p = place(r.place());
                Layout l = layout(p.ty());
                if (!r.mutable() && r.place().isLocal() && promoted().get(r.place().local()) && !l.isUnsized() && l.size() > 0
                    && l.align() <= 8 && !in.layouts.interiorMutable(p.ty())) {
                    return new Statements.AssignPromotedRef(m, dst.node(), p.node(), (int) l.size());
                }
                return ref(dst, r.place(), p);
            }
            case Mir.RawPtr r -> {
                return ref(dst, r.place(), place(r.place(), false));
            }
            case Mir.Len l -> {
                P p = place(l.place());
                long n = arrayLen(p.ty());
                if (n >= 0) return scalar(dst, new Scalars.Of(new Operands.Const(m, n, le(n, 8))));
                return new Statements.AssignLen(m, dst.node(), p.node());
            }
            case Mir.Discriminant d -> {
                P p = place(d.place());
                return new Statements.AssignDiscriminant(m, dst.node(), (int) layout(dst.ty()).size(), p.node(), in.tags(p.ty()));
            }
            case Mir.Aggregate a -> {
                return aggregate(dst, a);
            }
            case Mir.Repeat r -> {
                Ty.Array at = (Ty.Array) dst.ty();
                long n = ((Ty.ConstValue) at.length()).value();
                return new Statements.AssignRepeat(m, dst.node(), operand(r.value()), n, layout(at.element()).size());
            }
            case Mir.NullaryOp n -> {
                Ty t = mono(n.ty());
                long v = switch (n.op()) {
                    case SIZE_OF -> layout(t).size();
                    case ALIGN_OF -> layout(t).align();
                    case OFFSET_OF -> in.offsetOf(t, n.fields());
                };
                return scalar(dst, new Scalars.Of(new Operands.Const(m, v, le(v, 8))));
            }
            case Mir.ShallowInitBox s -> {
                return new Statements.AssignCopy(dst.node(), operand(s.pointer()));
            }
        }
    }

    static byte[] le(long v, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) b[i] = (byte) (v >>> (8 * i));
        return b;
    }

    private static boolean isWide(Ty t) { return t instanceof Ty.Int i && i.kind().size == 16; }

    /** Whether a value of the type is one scalar the machine reads and writes as a number. */
    private static boolean isScalar(Ty t) {
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
            || t instanceof Ty.FnPtr || (t instanceof Ty.RawPtr || t instanceof Ty.Ref);
    }

    private Statements.Stmt wide(P dst, Mir.Rvalue rv, Mir.Operand a, Mir.Operand b) {
        Ty at = operandTy(a);
        Ty bt = b == null ? null : operandTy(b);
        Ty dt = dst.ty();
        long flag = 0;
        int dstSize;
        boolean dstSigned;
        if (rv instanceof Mir.CheckedBinaryOp) {
            flag = layout(dt).fields().offset(1);
            dstSize = 16;
            dstSigned = signed(at);
        } else if (rv instanceof Mir.BinaryOp bo && bo.op().isComparison()) {
            dstSize = 1;
            dstSigned = false;
        } else {
            dstSize = (int) layout(dt).size();
            dstSigned = signed(dt);
        }
        return new Statements.AssignWide(m, dst.node(), rv, operand(a), b == null ? null : operand(b), (int) layout(at).size(), signed(at),
            bt == null ? 0 : (int) layout(bt).size(), bt != null && signed(bt), dstSize, dstSigned, flag,
            at instanceof Ty.Float, dt instanceof Ty.Float && rv instanceof Mir.Cast);
    }

    private Scalars.Expr binary(BinOp op, Ty t, Operands.Opnd x, Operands.Opnd y) {
        return switch (t) {
            case Ty.Float f -> new Scalars.FloatBin(op, x, y, f.kind() == Ty.FloatTy.F32);
            case Ty.Int i -> new Scalars.IntBin(op, x, y, i.kind().size, i.kind().signed);
            case Ty.Bool b -> new Scalars.IntBin(op, x, y, 1, false);
            case Ty.Char c -> new Scalars.IntBin(op, x, y, 4, false);
            case Ty.RawPtr r -> new Scalars.PtrCmp(op, x, y);   // pointers compare as addresses
            case Ty.Ref r -> new Scalars.PtrCmp(op, x, y);
            default -> new Scalars.IntBin(op, x, y, 8, false);
        };
    }

    private Statements.Stmt cast(P dst, Mir.Cast c) {
        Ty from = operandTy(c.operand());
        Ty to = mono(c.ty());
        switch (c.kind()) {
            case REIFY_FN_POINTER -> {
                Ty.FnDef fd = (Ty.FnDef) from;
                long addr = m.fnAddress(in.resolver.resolve(fd.def(), fd.args()));
                return scalar(dst, new Scalars.Of(new Operands.Const(m, addr, le(addr, 8))));
            }
            case CLOSURE_FN_POINTER -> {
                Ty.Closure cl = (Ty.Closure) from;
                long addr = m.fnAddress(new Instance(Instance.Kind.CLOSURE_CALL, cl.def(), cl.args(), cl, 3));
                return scalar(dst, new Scalars.Of(new Operands.Const(m, addr, le(addr, 8))));
            }
            case UNSIZE -> {
                Operands.Opnd src = operand(c.operand());
                if (in.hasConstantMetadata(from, to)) return new Statements.UnsizePointer(in, m, dst.node(), src, from, to);
                return new Statements.AssignWith(dst.node(), (f, d) -> {
                    in.unsize(src.addr(f), from, d, to);
                    src.used(f);
                });
            }
            default -> { }
        }
        if (isWide(from) || isWide(to)) return wide(dst, c, c.operand(), null);
        Operands.Opnd src = operand(c.operand());
        int toSize = (int) layout(to).size();
        if (c.kind() == Mir.CastKind.TRANSMUTE || toSize > 8 || toSize == 0 || !isScalar(to)) {
            return new Statements.AssignCopy(dst.node(), src);
        }
        Scalars.CastOp op = switch (c.kind()) {
            case INT_TO_INT -> Scalars.CastOp.INT_TO_INT;
            case INT_TO_FLOAT -> Scalars.CastOp.INT_TO_FLOAT;
            case FLOAT_TO_INT -> Scalars.CastOp.FLOAT_TO_INT;
            case FLOAT_TO_FLOAT -> Scalars.CastOp.FLOAT_TO_FLOAT;
            case ADDR_TO_PTR -> Scalars.CastOp.FROM_ADDR;
            default -> Scalars.CastOp.BITS;
        };
        if (src.size > 8) src = firstWord(c.operand());
        if (c.kind() == Mir.CastKind.PTR_TO_ADDR) return scalar(dst, new Scalars.ExposeAddr(m.memory, src, toSize, to instanceof Ty.Int ti && ti.kind().signed));
        return scalar(dst, new Scalars.Cast(op, src, signed(from), from instanceof Ty.Float ff && ff.kind() == Ty.FloatTy.F32, toSize,
            to instanceof Ty.Int ti && ti.kind().signed, to instanceof Ty.Float tf && tf.kind() == Ty.FloatTy.F32));
    }

    /** A fat pointer's data pointer (its first word). */
    private Operands.Opnd firstWord(Mir.Operand o) {
        return switch (o) {
            case Mir.Constant k -> {
                byte[] all = in.consts.bytes(monoConst(k.value()), mono(k.ty()));
                byte[] w = java.util.Arrays.copyOf(all, 8);
                yield new Operands.Const(m, scalarBits(w, false), w);
            }
            default -> {
                Mir.Place pl = o instanceof Mir.Copy cp ? cp.place() : ((Mir.Move) o).place();
                P p = place(pl);
                yield p.node() instanceof Places.Local l ? new Operands.LocalOpnd(m, l.off, 8, false) : new Operands.PlaceOpnd(m, p.node(), 8, false);
            }
        };
    }

    private Statements.Stmt aggregate(P dst, Mir.Aggregate a) {
        Operands.Opnd[] ops = new Operands.Opnd[a.operands().size()];
        for (int i = 0; i < ops.length; i++) ops[i] = operand(a.operands().get(i));
        Ty t = dst.ty();
        Layout l = layout(t);
        long[] offsets = new long[ops.length];
        Tags tags = null;
        int variant = 0;
        switch (a.kind()) {
            case Mir.AggregateKind.Array ar -> {
                long stride = ((FieldsShape.Array) l.fields()).stride();
                for (int i = 0; i < ops.length; i++) offsets[i] = i * stride;
            }
            case Mir.AggregateKind.Adt ad when ad.def().isEnum() -> {
                variant = ad.variant();
                FieldsShape fs = l.variants() instanceof Variants.Multiple mv ? mv.variants().get(variant).fields() : l.fields();
                // an uninhabited variant (a field of type `!`) has no fields laid out; it is never built
                for (int i = 0; i < ops.length; i++) offsets[i] = i < fs.fieldCount() ? fs.offset(i) : 0;
                tags = in.tags(t);
            }
            case Mir.AggregateKind.Adt ad when ad.def().isUnion() -> {
                return new Statements.AssignUnion(m, dst.node(), l.size(), ops[0]);
            }
            default -> {
                for (int i = 0; i < ops.length; i++) offsets[i] = l.fields().offset(i);
            }
        }
        return new Statements.AssignAggregate(m, dst.node(), offsets, ops, tags, variant);
    }

    // ------------------------------------------------------------------ terminators

    private Terminators.Term terminator(Mir.Terminator t) {
        return switch (t) {
            case Mir.Goto g -> g.returns() ? new Terminators.InlinedReturn(in, g.target()) : new Terminators.Goto(g.target());
            case Mir.Return r -> new Terminators.Return();
            case Mir.Unreachable u -> new Terminators.Unreachable(cb);
            case Mir.SwitchInt s -> new Terminators.SwitchInt(operand(s.discr()), s.values(), s.targets(), s.otherwise());
            case Mir.Drop d -> {
                P p = place(d.place());
                if (!in.drops.needsDrop(p.ty())) yield new Terminators.Goto(d.target());
                yield new Terminators.Drop(in, p.node(), p.ty(), p.path() != null ? p.local() : -1, p.path(), d.target());
            }
            case Mir.Call c -> call(c);
            case Mir.Assert a -> {
                Operands.Opnd len = null, index = null;
                if (a.msg() instanceof Mir.AssertKind.BoundsCheck bc) {
                    len = operand(bc.len());
                    index = operand(bc.index());
                }
                yield new Terminators.Assert(in, operand(a.cond()), a.expected(), a.msg(), len, index, a.target(), a.span());
            }
            case Mir.Unsupported u -> new Terminators.Unsupported(u.message(), u.span());
        };
    }

    private Terminators.Term call(Mir.Call c) {
        Instance callee = null;
        Operands.Opnd fnPtr = null;
        if (c.func() instanceof Mir.Constant k && mono(k.ty()) instanceof Ty.FnDef fd) {
            callee = in.resolver.resolve(fd.def(), fd.args());
        } else {
            fnPtr = operand(c.func());
        }
        Operands.Opnd[] as = new Operands.Opnd[c.args().size()];
        for (int i = 0; i < as.length; i++) as[i] = operand(c.args().get(i));
        P dest = place(c.destination());
        if (callee != null && callee.kind() == Instance.Kind.INTRINSIC && c.target() >= 0) {
            // an intrinsic known before running, or one operation on its operands: a node, not a call
            byte[] known = in.intrinsics.constant(callee);
            if (known != null) return new Terminators.Known(m, dest.node(), known, c.target());
            Terminators.Term lowered = in.intrinsics.lower(callee, as, dest.node(), c.target());
            if (lowered != null) return lowered;
        }
        boolean destTracked = dest.path() != null && dest.path().isEmpty() && cb.tracked[dest.local()];
        // a #[track_caller] callee gets the location of the call, or, in a body inlined here that is #[track_caller] too,
        // the location that body would have got
        rustmem.source.Span loc = c.span();
        int s = cb.mir.scopeOf(block);
        while (s >= 0 && in.isTrackCaller(cb.mir.scopes.get(s).callee())) {
            loc = cb.mir.scopes.get(s).callSite();
            s = cb.mir.scopes.get(s).parent();
        }
        return new Terminators.Call(in, callee, fnPtr, as, dest.node(), dest.local(), destTracked, c.target(), c.span(),
            s < 0 && cb.trackCaller, loc);
    }
}
