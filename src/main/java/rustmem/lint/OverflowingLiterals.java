package rustmem.lint;

import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.SourceMap;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.UnOp;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;
import rustmem.types.thir.ThirVisitor;

/**
 * rustc's `overflowing_literals` lint (rustc_lint's `types::literal`), an error by default: an integer literal
 * that does not fit the type it was given (a negated one with its minus sign), a float literal that becomes
 * infinite.
 */
public final class OverflowingLiterals {
    private OverflowingLiterals() {}

    public static void check(Thir.Body body, SourceMap sources, LintLevels levels, Diagnostics diags) {
        Set<Thir.Expr> negated = Collections.newSetFromMap(new IdentityHashMap<>());
        ThirVisitor.walk(body.value(), node -> {
            if (node instanceof Thir.Unary u && u.op() == UnOp.NEG && u.method() == null && u.operand() instanceof Thir.Literal lit) {
                negated.add(lit);
                literal(lit, true, u.span(), sources, levels, diags);
            } else if (node instanceof Thir.Literal lit && !negated.contains(lit)) {
                literal(lit, false, lit.span(), sources, levels, diags);
            }
        });
    }

    private static void literal(Thir.Literal lit, boolean negative, Span span, SourceMap sources, LintLevels levels, Diagnostics diags) {
        String text = sources.text(span);
        if (lit.value() instanceof Thir.Const.Int ci && lit.ty() instanceof Ty.Int t) {
            Ty.IntTy it = t.kind();
            BigInteger v = negative ? ci.value().negate() : ci.value();
            BigInteger[] range = range(it);
            if (v.compareTo(range[0]) >= 0 && v.compareTo(range[1]) <= 0) return;
            if (!levels.isError("overflowing_literals", span)) return;
            String digits = text.startsWith("-") ? text.substring(1).strip() : text;
            Diagnostic.Builder d = Diagnostic.error("literal out of range for `" + it.name + "`").span(span);
            if (digits.startsWith("0x") || digits.startsWith("0o") || digits.startsWith("0b")) {
                BigInteger wrapped = rustmem.types.ConstInt.wrap(v, it);
                d.note("the literal `" + digits + "` (decimal `" + ci.value() + "`) does not fit into the type `" + it.name
                    + "` and will become `" + wrapped + it.name + "`");
            } else {
                d.note("the literal `" + text + "` does not fit into the type `" + it.name + "` whose range is `" + range[0] + "..=" + range[1] + "`");
            }
            String fit = it.signed ? suggestion(it, ci.value(), negative) : null;
            if (fit != null) d.help("consider using the type `" + fit + "` instead");
            diags.emit(d.note("`#[deny(overflowing_literals)]` on by default"));
        } else if (lit.value() instanceof Thir.Const.Float cf && lit.ty() instanceof Ty.Float t) {
            boolean f32 = t.kind() == Ty.FloatTy.F32;
            double v = cf.value();
            boolean infinite = f32 ? Float.isInfinite((float) v) : Double.isInfinite(v);
            if (!infinite || !levels.isError("overflowing_literals", span)) return;
            String name = f32 ? "f32" : "f64";
            diags.emit(Diagnostic.error("literal out of range for `" + name + "`").span(span)
                .note("the literal `" + text + "` does not fit into the type `" + name + "` and will be converted to `" + name + "::INFINITY`")
                .note("`#[deny(overflowing_literals)]` on by default"));
        }
    }

    private static BigInteger[] range(Ty.IntTy it) {
        int bits = it.size * 8;
        if (!it.signed) return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)};
        BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
        return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
    }

    /** rustc's `get_type_suggestion` for a signed type: the unsigned type of its size, then wider signed ones. */
    private static String suggestion(Ty.IntTy it, BigInteger magnitude, boolean negative) {
        Ty.IntTy[][] order = {
            {Ty.IntTy.I8, Ty.IntTy.U8, Ty.IntTy.I16, Ty.IntTy.I32, Ty.IntTy.I64, Ty.IntTy.I128},
            {Ty.IntTy.I16, Ty.IntTy.U16, Ty.IntTy.I32, Ty.IntTy.I64, Ty.IntTy.I128},
            {Ty.IntTy.I32, Ty.IntTy.U32, Ty.IntTy.I64, Ty.IntTy.I128},
            {Ty.IntTy.I64, Ty.IntTy.U64, Ty.IntTy.I128},
            {Ty.IntTy.I128, Ty.IntTy.U128},
        };
        for (Ty.IntTy[] row : order) {
            if (row[0] != it) continue;
            if (!negative && magnitude.compareTo(range(row[1])[1]) <= 0) return row[1].name;
            for (int i = 2; i < row.length; i++) {
                BigInteger max = range(row[i])[1].add(negative ? BigInteger.ONE : BigInteger.ZERO);
                if (magnitude.compareTo(max) <= 0) return row[i].name;
            }
        }
        return null;
    }
}
