package rustmem.legacy.ir;

import java.util.List;
import java.util.stream.Collectors;
import rustmem.legacy.types.thir.Thir;

/** Prints MIR as text close to rustc's `--emit=mir` (for `run --emit-mir` and for reading what the lowering made). */
public final class MirPrinter {
    private MirPrinter() {}

    public static String print(Mir.Program program) {
        StringBuilder sb = new StringBuilder();
        List<String> names = program.bodies().stream().map(Mir.Body::name).toList();
        for (Mir.Body body : program.bodies()) sb.append(print(body, names)).append('\n');
        return sb.toString();
    }

    private static String print(Mir.Body body, List<String> names) {
        StringBuilder sb = new StringBuilder();
        List<Mir.LocalDecl> locals = body.locals();
        String params = java.util.stream.IntStream.rangeClosed(1, body.argCount())
            .mapToObj(i -> "_" + i + ": " + locals.get(i).ty().display()).collect(Collectors.joining(", "));
        sb.append("fn ").append(body.name()).append('(').append(params).append(") -> ")
            .append(locals.get(0).ty().display()).append(" {\n");
        for (int i = body.argCount() + 1; i < locals.size(); i++) {
            Mir.LocalDecl l = locals.get(i);
            sb.append("    let _").append(i).append(": ").append(l.ty().display()).append(';');
            if (l.name() != null && !l.name().isEmpty()) sb.append(" // ").append(l.name());
            sb.append('\n');
        }
        for (int b = 0; b < body.blocks().size(); b++) {
            Mir.BasicBlock bb = body.blocks().get(b);
            if (bb.terminator == null && bb.statements.isEmpty()) continue;   // left behind by the lowering, never entered
            sb.append("\n    bb").append(b).append(": {\n");
            for (Mir.Statement s : bb.statements) sb.append("        ").append(statement(s)).append(";\n");
            sb.append("        ").append(terminator(bb.terminator, names)).append(";\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    private static String statement(Mir.Statement s) {
        return switch (s) {
            case Mir.Assign a -> place(a.place()) + " = " + rvalue(a.rvalue());
            case Mir.Drop d -> "drop(" + place(d.place()) + (d.flag() >= 0 ? ") if _" + d.flag() : ")");
            case Mir.SetDiscriminant sd -> "discriminant(" + place(sd.place()) + ") = " + sd.variant();
            case Mir.StorageLive sl -> "StorageLive(_" + sl.local() + ")";
            case Mir.StorageDead sd -> "StorageDead(_" + sd.local() + ")";
        };
    }

    private static String rvalue(Mir.Rvalue r) {
        return switch (r) {
            case Mir.Use u -> operand(u.operand());
            case Mir.BinaryOp b -> name(b.op()) + "(" + operand(b.lhs()) + ", " + operand(b.rhs()) + ")";
            case Mir.CheckedBinaryOp c -> name(c.op()) + "WithOverflow(" + operand(c.lhs()) + ", " + operand(c.rhs()) + ")";
            case Mir.UnaryOp u -> u.op().name().charAt(0) + u.op().name().substring(1).toLowerCase() + "(" + operand(u.operand()) + ")";
            case Mir.Cast c -> operand(c.operand()) + " as " + c.target().display();
            case Mir.Aggregate a -> a.operands().stream().map(MirPrinter::operand).collect(Collectors.joining(", ", "(", ")"));
            case Mir.Repeat rep -> "[" + operand(rep.value()) + "; " + rep.count() + "]";
            case Mir.Discriminant d -> "discriminant(" + place(d.place()) + ")";
            case Mir.LayoutOf lo -> lo.query() + "(" + lo.of().display() + ")";
            case Mir.Ref ref -> (ref.mutable() ? "&mut " : "&") + place(ref.place());
            case Mir.MakeDyn m -> operand(m.data()) + " as dyn " + m.trait() + " (PointerCoercion(Unsize))";
        };
    }

    private static String name(rustmem.syntax.ast.Expr.BinOp op) {
        String[] words = op.name().toLowerCase().split("_");
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return sb.toString();
    }

    private static String terminator(Mir.Terminator t, List<String> names) {
        return switch (t) {
            case null -> "unreachable";
            case Mir.Goto g -> "goto -> bb" + g.target();
            case Mir.SwitchInt sw -> {
                StringBuilder sb = new StringBuilder("switchInt(" + operand(sw.discr()) + ") -> [");
                for (int i = 0; i < sw.values().length; i++) sb.append(sw.values()[i]).append(": bb").append(sw.targets()[i]).append(", ");
                yield sb.append("otherwise: bb").append(sw.otherwise()).append(']').toString();
            }
            case Mir.Return r -> "return";
            case Mir.Call c -> place(c.destination()) + " = " + names.get(c.fn()) + args(c.args()) + " -> bb" + c.target();
            case Mir.CallIndirect c -> place(c.destination()) + " = (" + operand(c.fn()) + ")" + args(c.args()) + " -> bb" + c.target();
            case Mir.CallVirtual c -> place(c.destination()) + " = (*" + operand(c.receiver()) + ")." + c.method() + args(c.args())
                + " -> bb" + c.target();
            case Mir.Assert a -> "assert(" + (a.expected() ? "" : "!") + operand(a.cond()) + ", " + assertKind(a.msg()) + ") -> bb"
                + a.target();
            case Mir.Print p -> (p.destination() == null ? "" : place(p.destination()) + " = ") + p.kind().name().toLowerCase()
                + args(p.args()) + (p.target() < 0 ? "" : " -> bb" + p.target());
            case Mir.IntrinsicCall c -> place(c.destination()) + " = " + c.op() + args(c.args()) + " -> bb" + c.target();
            case Mir.StdCall c -> place(c.destination()) + " = " + c.path() + args(c.args()) + " -> bb" + c.target();
            case Mir.Unreachable u -> "unreachable";
            case Mir.Unsupported u -> "unsupported(\"" + u.message() + "\")";
        };
    }

    private static String assertKind(Mir.AssertKind k) {
        return switch (k) {
            case Mir.AssertKind.Overflow o -> "\"attempt to compute `{} " + o.op().symbol + " {}`, which would overflow\"";
            case Mir.AssertKind.OverflowNeg n -> "\"attempt to negate `{}`, which would overflow\"";
            case Mir.AssertKind.DivisionByZero d -> "\"attempt to divide `{}` by zero\"";
            case Mir.AssertKind.RemainderByZero r -> "\"attempt to calculate the remainder of `{}` with a divisor of zero\"";
            case Mir.AssertKind.BoundsCheck b -> "\"index out of bounds: the length is {} but the index is {}\", "
                + operand(b.len()) + ", " + operand(b.index());
        };
    }

    private static String args(List<Mir.Operand> args) {
        return args.stream().map(MirPrinter::operand).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String operand(Mir.Operand op) {
        return switch (op) {
            case Mir.Copy c -> "copy " + place(c.place());
            case Mir.Constant k -> "const " + switch (k.value()) {
                case Thir.Const.Str s -> "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
                case Thir.Const.Bytes b -> "b\"(" + b.value().length + " bytes)\"";
                case Thir.Const.Unit u -> "()";
                case Thir.Const.Int i -> i.value() + "_" + k.ty().display();
                case Thir.Const.Float f -> f.value() + "_" + k.ty().display();
                case Thir.Const.Bool b -> String.valueOf(b.value());
                case Thir.Const.Char c -> "'" + Character.toString(c.codePoint()) + "'";
            };
        };
    }

    private static String place(Mir.Place p) {
        String s = p.isStatic() ? "static#" + (-1 - p.local()) : "_" + p.local();
        for (Mir.Proj proj : p.projection()) {
            s = switch (proj) {
                case Mir.Proj.Field f -> s + "." + f.index();
                case Mir.Proj.Index i -> s + "[_" + i.local() + "]";
                case Mir.Proj.Deref d -> "(*" + s + ")";
                case Mir.Proj.Downcast d -> "(" + s + " as variant#" + d.variant() + ")";
            };
        }
        return s;
    }
}
