package rustmem.legacy.types;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Stmt;

/**
 * Evaluates the integer constant expressions that types depend on: array lengths and enum
 * discriminants ({@code 1 << 4}, {@code N * 2}, {@code -1}, {@code u8::MAX as usize + 1}).
 */
final class ConstEval {
    /** Thrown for expressions outside what can be evaluated here; the caller reports it. */
    static final class Unsupported extends RuntimeException {
        final Expr at;

        Unsupported(Expr at, String what) {
            super(what, null, false, false);
            this.at = at;
        }
    }

    private final Map<String, Expr> consts;
    private final Set<String> evaluating = new HashSet<>();

    ConstEval(Map<String, Expr> consts) { this.consts = consts; }

    BigInteger eval(Expr e) {
        return switch (e) {
            case Expr.LitExpr l -> switch (l.lit().kind()) {
                case INT -> l.lit().intValue();
                case BOOL -> l.lit().symbol().equals("true") ? BigInteger.ONE : BigInteger.ZERO;
                case CHAR, BYTE -> BigInteger.valueOf(l.lit().cooked().codePointAt(0));
                default -> throw new Unsupported(e, "a " + l.lit().kind().name().toLowerCase() + " literal is not an integer");
            };
            case Expr.Paren p -> eval(p.inner());
            case Expr.Unary u -> switch (u.op()) {
                case NEG -> eval(u.operand()).negate();
                case NOT -> eval(u.operand()).not();
                case DEREF -> throw new Unsupported(e, "dereference in a constant");
            };
            case Expr.Binary b -> binary(b);
            case Expr.Cast c -> cast(eval(c.operand()), c);
            case Expr.BlockExpr b -> block(b.block(), e);
            case Expr.ConstBlock b -> block(b.block(), e);
            case Expr.PathExpr p -> path(p);
            default -> throw new Unsupported(e, "this constant expression");
        };
    }

    private BigInteger block(Block b, Expr at) {
        if (b.stmts().size() == 1 && b.stmts().get(0) instanceof Stmt.ExprStmt es && !es.semi()) return eval(es.expr());
        throw new Unsupported(at, "a block in a constant");
    }

    private BigInteger binary(Expr.Binary b) {
        BigInteger l = eval(b.lhs());
        BigInteger r = eval(b.rhs());
        return switch (b.op()) {
            case ADD -> l.add(r);
            case SUB -> l.subtract(r);
            case MUL -> l.multiply(r);
            case DIV -> {
                if (r.signum() == 0) throw new Unsupported(b, "division by zero");
                yield l.divide(r);
            }
            case REM -> {
                if (r.signum() == 0) throw new Unsupported(b, "remainder by zero");
                yield l.remainder(r);
            }
            case SHL -> l.shiftLeft(r.intValueExact());
            case SHR -> l.shiftRight(r.intValueExact());
            case BIT_AND -> l.and(r);
            case BIT_OR -> l.or(r);
            case BIT_XOR -> l.xor(r);
            default -> throw new Unsupported(b, "operator `" + b.op().symbol + "` in a constant");
        };
    }

    private BigInteger cast(BigInteger v, Expr.Cast c) {
        if (c.type() instanceof rustmem.syntax.ast.Type.PathType pt && pt.path().isSingle()) {
            Ty.IntTy t = Ty.IntTy.byName(pt.path().last().name());
            if (t != null) return truncate(v, t.fixedSize == 0 ? 8 : t.fixedSize, t.signed);
        }
        return v;
    }

    static BigInteger truncate(BigInteger v, int bytes, boolean signed) {
        BigInteger mod = BigInteger.ONE.shiftLeft(bytes * 8);
        BigInteger u = v.mod(mod);
        if (signed && u.testBit(bytes * 8 - 1)) u = u.subtract(mod);
        return u;
    }

    private BigInteger path(Expr.PathExpr p) {
        var segs = p.path().segments();
        if (p.qself() == null && segs.size() == 2) {
            Ty.IntTy t = Ty.IntTy.byName(segs.get(0).ident().name());
            String c = segs.get(1).ident().name();
            if (t != null && (c.equals("MAX") || c.equals("MIN") || c.equals("BITS"))) {
                int bits = (t.fixedSize == 0 ? 8 : t.fixedSize) * 8;
                return switch (c) {
                    case "BITS" -> BigInteger.valueOf(bits);
                    case "MAX" -> BigInteger.ONE.shiftLeft(t.signed ? bits - 1 : bits).subtract(BigInteger.ONE);
                    default -> t.signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
                };
            }
        }
        if (p.qself() == null && !segs.isEmpty()) {
            String name = segs.get(segs.size() - 1).ident().name();
            Expr value = consts.get(name);
            if (value != null) {
                if (!evaluating.add(name)) throw new Unsupported(p, "a cycle in constant `" + name + "`");
                try {
                    return eval(value);
                } finally {
                    evaluating.remove(name);
                }
            }
        }
        throw new Unsupported(p, "constant `" + p.path() + "`");
    }

}
