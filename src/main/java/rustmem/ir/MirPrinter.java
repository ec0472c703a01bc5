package rustmem.ir;

import java.util.List;
import java.util.stream.Collectors;
import rustmem.types.TyCtxt;

/** MIR as text in rustc's `-Zunpretty=mir` style (for `rustmem mir` and for debugging). */
public final class MirPrinter {
    private final TyCtxt tcx;
    private final StringBuilder out = new StringBuilder();

    private MirPrinter(TyCtxt tcx) { this.tcx = tcx; }

    public static String print(TyCtxt tcx, Mir.Body body) {
        MirPrinter p = new MirPrinter(tcx);
        p.body(body);
        return p.out.toString();
    }

    private void body(Mir.Body body) {
        out.append("fn ").append(tcx.defs.pathString(body.def)).append("(");
        for (int i = 1; i <= body.argCount; i++) {
            if (i > 1) out.append(", ");
            out.append("_").append(i).append(": ").append(tcx.display(body.locals.get(i).ty()));
        }
        out.append(") -> ").append(tcx.display(body.locals.get(0).ty())).append(" {\n");
        for (int i = body.argCount + 1; i < body.locals.size(); i++) {
            Mir.LocalDecl d = body.locals.get(i);
            out.append("    let ").append(d.mutable() ? "mut " : "").append("_").append(i).append(": ").append(tcx.display(d.ty()))
                .append(";").append(d.name() != null ? "    // " + d.name() : "").append("\n");
        }
        for (int i = 0; i < body.blocks.size(); i++) {
            Mir.BasicBlock bb = body.blocks.get(i);
            out.append("\n    bb").append(i).append(": {\n");
            for (Mir.Statement s : bb.statements) out.append("        ").append(statement(s)).append(";\n");
            out.append("        ").append(terminator(bb.terminator)).append(";\n    }\n");
        }
        out.append("}\n");
    }

    private String statement(Mir.Statement s) {
        return switch (s) {
            case Mir.Assign a -> place(a.place()) + " = " + rvalue(a.rvalue());
            case Mir.SetDiscriminant d -> "discriminant(" + place(d.place()) + ") = " + d.variant();
            case Mir.StorageLive l -> "StorageLive(_" + l.local() + ")";
            case Mir.StorageDead l -> "StorageDead(_" + l.local() + ")";
        };
    }

    private String terminator(Mir.Terminator t) {
        return switch (t) {
            case Mir.Goto g -> "goto -> bb" + g.target();
            case Mir.SwitchInt sw -> {
                StringBuilder b = new StringBuilder("switchInt(" + operand(sw.discr()) + ") -> [");
                for (int i = 0; i < sw.values().length; i++) b.append(sw.values()[i]).append(": bb").append(sw.targets()[i]).append(", ");
                yield b.append("otherwise: bb").append(sw.otherwise()).append("]").toString();
            }
            case Mir.Return r -> "return";
            case Mir.Unreachable u -> "unreachable";
            case Mir.Drop d -> "drop(" + place(d.place()) + ") -> bb" + d.target();
            case Mir.Call c -> place(c.destination()) + " = " + operand(c.func()) + "(" + operands(c.args()) + ")"
                + (c.target() >= 0 ? " -> bb" + c.target() : "");
            case Mir.Assert a -> "assert(" + (a.expected() ? "" : "!") + operand(a.cond()) + ", " + a.msg().getClass().getSimpleName()
                + ") -> bb" + a.target();
            case Mir.Unsupported u -> "unsupported(" + u.message() + ")";
        };
    }

    private String operands(List<Mir.Operand> ops) { return ops.stream().map(this::operand).collect(Collectors.joining(", ")); }

    private String rvalue(Mir.Rvalue rv) {
        return switch (rv) {
            case Mir.Use u -> operand(u.operand());
            case Mir.Repeat r -> "[" + operand(r.value()) + "; " + tcx.display(r.count()) + "]";
            case Mir.Ref r -> "&" + (r.mutable() ? "mut " : "") + place(r.place());
            case Mir.RawPtr r -> "&raw " + (r.mutable() ? "mut " : "const ") + place(r.place());
            case Mir.Len l -> "Len(" + place(l.place()) + ")";
            case Mir.Cast c -> operand(c.operand()) + " as " + tcx.display(c.ty()) + " (" + c.kind() + ")";
            case Mir.BinaryOp b -> b.op() + "(" + operand(b.lhs()) + ", " + operand(b.rhs()) + ")";
            case Mir.CheckedBinaryOp b -> "Checked" + b.op() + "(" + operand(b.lhs()) + ", " + operand(b.rhs()) + ")";
            case Mir.UnaryOp u -> u.op() + "(" + operand(u.operand()) + ")";
            case Mir.Discriminant d -> "discriminant(" + place(d.place()) + ")";
            case Mir.Aggregate a -> switch (a.kind()) {
                case Mir.AggregateKind.Array ar -> "[" + operands(a.operands()) + "]";
                case Mir.AggregateKind.Tuple tu -> "(" + operands(a.operands()) + ")";
                case Mir.AggregateKind.Adt ad -> ad.def().name + "::" + ad.def().variants.get(ad.variant()).name() + "(" + operands(a.operands()) + ")";
                case Mir.AggregateKind.Closure cl -> "{closure}(" + operands(a.operands()) + ")";
            };
            case Mir.NullaryOp n -> n.op() + "(" + tcx.display(n.ty()) + (n.op() == Mir.NullOp.OFFSET_OF ? ", " + n.fields() : "") + ")";
            case Mir.ShallowInitBox s -> "ShallowInitBox(" + operand(s.pointer()) + ", " + tcx.display(s.ty()) + ")";
        };
    }

    private String operand(Mir.Operand o) {
        return switch (o) {
            case Mir.Copy c -> "copy " + place(c.place());
            case Mir.Move m -> "move " + place(m.place());
            case Mir.Constant c -> "const " + constant(c.value()) + "_" + tcx.display(c.ty());
        };
    }

    private String constant(Mir.Const c) {
        return switch (c) {
            case Mir.Const.Int i -> i.value().toString();
            case Mir.Const.Float f -> Double.toString(f.value());
            case Mir.Const.Bool b -> Boolean.toString(b.value());
            case Mir.Const.Char ch -> "'" + new String(Character.toChars(ch.codePoint())) + "'";
            case Mir.Const.Str s -> "\"" + s.value().replace("\n", "\\n") + "\"";
            case Mir.Const.ByteStr b -> "b\"..\"";
            case Mir.Const.Zst z -> "ZST";
            case Mir.Const.Named n -> tcx.defs.pathString(n.def());
            case Mir.Const.StaticRef s -> "&" + tcx.defs.pathString(s.def());
            case Mir.Const.Param p -> tcx.display(p.value());
        };
    }

    private String place(Mir.Place p) {
        String s = "_" + p.local();
        for (Mir.Proj pr : p.projection()) {
            s = switch (pr) {
                case Mir.Proj.Deref d -> "(*" + s + ")";
                case Mir.Proj.Field f -> s + "." + f.index();
                case Mir.Proj.Index i -> s + "[_" + i.local() + "]";
                case Mir.Proj.ConstantIndex ci -> s + "[" + (ci.fromEnd() ? "-" : "") + ci.offset() + " of " + ci.minLength() + "]";
                case Mir.Proj.Subslice ss -> s + "[" + ss.from() + ":" + (ss.fromEnd() ? "-" : "") + ss.to() + "]";
                case Mir.Proj.Downcast dc -> "(" + s + " as " + dc.variant() + ")";
            };
        }
        return s;
    }
}
