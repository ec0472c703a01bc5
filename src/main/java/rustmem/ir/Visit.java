package rustmem.ir;

import java.util.function.Consumer;
import rustmem.ir.Mir.Operand;
import rustmem.ir.Mir.Place;

/** The operands and places an rvalue reads (the borrow checker's uses, the second tier's registers). */
public final class Visit {
    private Visit() {}

    /** The place an operand reads, or null for a constant. */
    public static Place place(Operand o) {
        return o instanceof Mir.Copy c ? c.place() : o instanceof Mir.Move m ? m.place() : null;
    }

    public static void operand(Operand o, Consumer<Place> f) {
        Place p = place(o);
        if (p != null) f.accept(p);
    }

    /** The operands of an rvalue (none for those that read a place directly: `&p`, `len(p)` …). */
    public static void operands(Mir.Rvalue rv, Consumer<Operand> f) {
        switch (rv) {
            case Mir.Use u -> f.accept(u.operand());
            case Mir.Repeat r -> f.accept(r.value());
            case Mir.Cast c -> f.accept(c.operand());
            case Mir.BinaryOp b -> {
                f.accept(b.lhs());
                f.accept(b.rhs());
            }
            case Mir.CheckedBinaryOp b -> {
                f.accept(b.lhs());
                f.accept(b.rhs());
            }
            case Mir.UnaryOp u -> f.accept(u.operand());
            case Mir.Aggregate a -> { for (Operand o : a.operands()) f.accept(o); }
            case Mir.ShallowInitBox s -> f.accept(s.pointer());
            case Mir.Ref r -> { }
            case Mir.RawPtr r -> { }
            case Mir.Len l -> { }
            case Mir.Discriminant d -> { }
            case Mir.NullaryOp n -> { }
        }
    }

    /** Every place an rvalue reads: its operands' and the one it borrows or inspects. */
    public static void rvalue(Mir.Rvalue rv, Consumer<Place> f) {
        switch (rv) {
            case Mir.Ref r -> f.accept(r.place());
            case Mir.RawPtr r -> f.accept(r.place());
            case Mir.Len l -> f.accept(l.place());
            case Mir.Discriminant d -> f.accept(d.place());
            default -> operands(rv, o -> operand(o, f));
        }
    }
}
