package rustmem.borrowck;

import java.util.function.Consumer;
import rustmem.ir.Mir;
import rustmem.ir.Mir.Operand;
import rustmem.ir.Mir.Place;

/** The places an rvalue or operand reads. */
final class Visit {
    private Visit() {}

    static void operand(Operand o, Consumer<Place> f) {
        if (o instanceof Mir.Copy c) f.accept(c.place());
        else if (o instanceof Mir.Move m) f.accept(m.place());
    }

    static void rvalue(Mir.Rvalue rv, Consumer<Place> f) {
        switch (rv) {
            case Mir.Use u -> operand(u.operand(), f);
            case Mir.Repeat r -> operand(r.value(), f);
            case Mir.Ref r -> f.accept(r.place());
            case Mir.RawPtr r -> f.accept(r.place());
            case Mir.Len l -> f.accept(l.place());
            case Mir.Cast c -> operand(c.operand(), f);
            case Mir.BinaryOp b -> {
                operand(b.lhs(), f);
                operand(b.rhs(), f);
            }
            case Mir.CheckedBinaryOp b -> {
                operand(b.lhs(), f);
                operand(b.rhs(), f);
            }
            case Mir.UnaryOp u -> operand(u.operand(), f);
            case Mir.Discriminant d -> f.accept(d.place());
            case Mir.Aggregate a -> { for (Operand o : a.operands()) operand(o, f); }
            case Mir.NullaryOp n -> { }
            case Mir.ShallowInitBox s -> operand(s.pointer(), f);
        }
    }
}
