package rustmem.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rustmem.types.Ty;

/**
 * A body's statements and terminators moved into another body, as inlining does (rustc's {@code Integrator}):
 * every local shifted by localBase, every block by blockBase, every type mapped (the callee's generic parameters
 * replaced by the call's arguments).
 */
public final class MirRemap {
    private final int localBase, blockBase;
    private final UnaryOperator<Ty> ty;

    public MirRemap(int localBase, int blockBase, UnaryOperator<Ty> ty) {
        this.localBase = localBase;
        this.blockBase = blockBase;
        this.ty = ty;
    }

    public int local(int l) { return l + localBase; }

    public int block(int b) { return b < 0 ? b : b + blockBase; }

    public Ty ty(Ty t) { return t == null ? null : ty.apply(t); }

    private List<Ty> tys(List<Ty> ts) {
        List<Ty> out = new ArrayList<>(ts.size());
        for (Ty t : ts) out.add(ty(t));
        return List.copyOf(out);
    }

    public Mir.LocalDecl local(Mir.LocalDecl d) { return new Mir.LocalDecl(ty(d.ty()), d.mutable(), d.name(), d.span()); }

    public Mir.Place place(Mir.Place p) {
        List<Mir.Proj> ps = new ArrayList<>(p.projection().size());
        for (Mir.Proj pr : p.projection()) {
            ps.add(switch (pr) {
                case Mir.Proj.Field f -> new Mir.Proj.Field(f.index(), ty(f.ty()));
                case Mir.Proj.Index i -> new Mir.Proj.Index(local(i.local()));
                default -> pr;
            });
        }
        return new Mir.Place(local(p.local()), List.copyOf(ps));
    }

    public Mir.Operand operand(Mir.Operand o) {
        return switch (o) {
            case Mir.Copy c -> new Mir.Copy(place(c.place()));
            case Mir.Move m -> new Mir.Move(place(m.place()));
            case Mir.Constant k -> new Mir.Constant(constant(k.value()), ty(k.ty()));
        };
    }

    private List<Mir.Operand> operands(List<Mir.Operand> os) {
        List<Mir.Operand> out = new ArrayList<>(os.size());
        for (Mir.Operand o : os) out.add(operand(o));
        return out;
    }

    private Mir.Const constant(Mir.Const c) {
        return switch (c) {
            case Mir.Const.Named n -> new Mir.Const.Named(n.def(), tys(n.args()));
            case Mir.Const.Param p -> new Mir.Const.Param(ty(p.value()));
            default -> c;
        };
    }

    public Mir.Rvalue rvalue(Mir.Rvalue r) {
        return switch (r) {
            case Mir.Use u -> new Mir.Use(operand(u.operand()));
            case Mir.Repeat rp -> new Mir.Repeat(operand(rp.value()), ty(rp.count()));
            case Mir.Ref rf -> new Mir.Ref(rf.mutable(), place(rf.place()), rf.twoPhase());
            case Mir.RawPtr rp -> new Mir.RawPtr(rp.mutable(), place(rp.place()));
            case Mir.Len l -> new Mir.Len(place(l.place()));
            case Mir.Cast c -> new Mir.Cast(c.kind(), operand(c.operand()), ty(c.ty()));
            case Mir.BinaryOp b -> new Mir.BinaryOp(b.op(), operand(b.lhs()), operand(b.rhs()));
            case Mir.CheckedBinaryOp b -> new Mir.CheckedBinaryOp(b.op(), operand(b.lhs()), operand(b.rhs()));
            case Mir.UnaryOp u -> new Mir.UnaryOp(u.op(), operand(u.operand()));
            case Mir.Discriminant d -> new Mir.Discriminant(place(d.place()));
            case Mir.Aggregate a -> new Mir.Aggregate(switch (a.kind()) {
                case Mir.AggregateKind.Array ar -> new Mir.AggregateKind.Array(ty(ar.element()));
                case Mir.AggregateKind.Tuple t -> t;
                case Mir.AggregateKind.Adt ad -> new Mir.AggregateKind.Adt(ad.def(), ad.variant(), tys(ad.args()), ad.activeField());
                case Mir.AggregateKind.Closure cl -> new Mir.AggregateKind.Closure(cl.def(), tys(cl.args()));
            }, operands(a.operands()));
            case Mir.NullaryOp n -> new Mir.NullaryOp(n.op(), ty(n.ty()), n.fields());
            case Mir.ShallowInitBox b -> new Mir.ShallowInitBox(operand(b.pointer()), ty(b.ty()));
        };
    }

    public Mir.Statement statement(Mir.Statement s) {
        return switch (s) {
            case Mir.Assign a -> new Mir.Assign(place(a.place()), rvalue(a.rvalue()), a.span());
            case Mir.SetDiscriminant d -> new Mir.SetDiscriminant(place(d.place()), d.variant(), d.span());
            case Mir.StorageLive l -> new Mir.StorageLive(local(l.local()), l.span());
            case Mir.StorageDead d -> new Mir.StorageDead(local(d.local()), d.span());
        };
    }

    /** A terminator moved (a Return stays a Return: the inliner replaces it). */
    public Mir.Terminator terminator(Mir.Terminator t) {
        return switch (t) {
            case Mir.Goto g -> new Mir.Goto(block(g.target()), g.span(), g.returns());
            case Mir.SwitchInt sw -> {
                int[] targets = new int[sw.targets().length];
                for (int i = 0; i < targets.length; i++) targets[i] = block(sw.targets()[i]);
                yield new Mir.SwitchInt(operand(sw.discr()), sw.values(), targets, block(sw.otherwise()), sw.span());
            }
            case Mir.Return r -> r;
            case Mir.Unreachable u -> u;
            case Mir.Drop d -> new Mir.Drop(place(d.place()), block(d.target()), d.span());
            case Mir.Call c -> new Mir.Call(operand(c.func()), operands(c.args()), place(c.destination()), block(c.target()), c.span(),
                c.argSpans());
            case Mir.Assert a -> new Mir.Assert(operand(a.cond()), a.expected(), switch (a.msg()) {
                case Mir.AssertKind.Overflow o -> new Mir.AssertKind.Overflow(o.op(), operand(o.lhs()), operand(o.rhs()));
                case Mir.AssertKind.OverflowNeg o -> new Mir.AssertKind.OverflowNeg(operand(o.operand()));
                case Mir.AssertKind.DivisionByZero d -> new Mir.AssertKind.DivisionByZero(operand(d.operand()));
                case Mir.AssertKind.RemainderByZero r -> new Mir.AssertKind.RemainderByZero(operand(r.operand()));
                case Mir.AssertKind.BoundsCheck b -> new Mir.AssertKind.BoundsCheck(operand(b.len()), operand(b.index()));
            }, block(a.target()), a.span());
            case Mir.Unsupported u -> u;
        };
    }

    /** A copy of a block with the same statements and terminator (for editing one without touching the original). */
    public static Mir.BasicBlock copy(Mir.BasicBlock b) {
        Mir.BasicBlock out = new Mir.BasicBlock();
        out.statements.addAll(b.statements);
        out.terminator = b.terminator;
        return out;
    }
}
