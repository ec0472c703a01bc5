package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;
import rustmem.syntax.Lit;

/** An expression. Optional parts are null when absent. */
public sealed interface Expr extends Node {

    enum BinOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"), AND("&&"), OR("||"),
        BIT_XOR("^"), BIT_AND("&"), BIT_OR("|"), SHL("<<"), SHR(">>"),
        EQ("=="), LT("<"), LE("<="), NE("!="), GE(">="), GT(">");
        public final String symbol;
        BinOp(String symbol) { this.symbol = symbol; }

        public boolean isComparison() { return ordinal() >= EQ.ordinal(); }
    }

    enum UnOp {
        DEREF("*"), NOT("!"), NEG("-");
        public final String symbol;
        UnOp(String symbol) { this.symbol = symbol; }
    }

    enum RangeLimits { HALF_OPEN, CLOSED }

    enum CaptureBy { REF, VALUE }

    record LitExpr(Lit lit, Span span) implements Expr {}

    record PathExpr(Path.QSelf qself, Path path, Span span) implements Expr {}

    record Unary(UnOp op, Expr operand, Span span) implements Expr {}

    record Binary(BinOp op, Expr lhs, Expr rhs, Span span) implements Expr {}

    record Assign(Expr lhs, Expr rhs, Span span) implements Expr {}

    /** {@code a += b}. */
    record AssignOp(BinOp op, Expr lhs, Expr rhs, Span span) implements Expr {}

    /** {@code &e}, {@code &mut e}, {@code &raw const e}, {@code &raw mut e}. */
    record AddrOf(boolean raw, boolean mutable, Expr operand, Span span) implements Expr {}

    record Cast(Expr operand, Type type, Span span) implements Expr {}

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {}

    record MethodCall(Expr receiver, Path.PathSegment method, List<Expr> args, Span span) implements Expr {}

    /** {@code e.name} or {@code e.0}. */
    record Field(Expr base, Ident name, Span span) implements Expr {}

    record Index(Expr base, Expr index, Span span) implements Expr {}

    record Range(Expr start, Expr end, RangeLimits limits, Span span) implements Expr {}

    record Tuple(List<Expr> elements, Span span) implements Expr {}

    record Array(List<Expr> elements, Span span) implements Expr {}

    /** {@code [value; count]}. */
    record Repeat(Expr value, Expr count, Span span) implements Expr {}

    /** {@code S { a: 1, b, ..base }}; rest is true for {@code ..} without a base (base null). */
    record Struct(Path.QSelf qself, Path path, List<ExprField> fields, Expr base, boolean rest, Span span)
        implements Expr {}

    record ExprField(List<Attribute> attrs, Ident name, Expr value, boolean shorthand, Span span) implements Node {}

    /** {@code if cond { } else …}; elseBranch is a Block expression or another If. */
    record If(Expr cond, Block then, Expr elseBranch, Span span) implements Expr {}

    /** {@code let pat = expr} inside an if/while condition. */
    record Let(Pat pat, Expr scrutinee, Span span) implements Expr {}

    record While(Expr cond, Block body, Lifetime label, Span span) implements Expr {}

    record Loop(Block body, Lifetime label, Span span) implements Expr {}

    record ForLoop(Pat pat, Expr iter, Block body, Lifetime label, Span span) implements Expr {}

    record Match(Expr scrutinee, List<Arm> arms, Span span) implements Expr {}

    /** {@code pat if guard => body}. */
    record Arm(List<Attribute> attrs, Pat pat, Expr guard, Expr body, Span span) implements Node {}

    /** A block expression, possibly labelled, {@code unsafe} (flag on the block) or {@code const}. */
    record BlockExpr(Block block, Lifetime label, Span span) implements Expr {}

    record ConstBlock(Block block, Span span) implements Expr {}

    record Async(boolean move, Block block, Span span) implements Expr {}

    record Closure(CaptureBy capture, boolean async, List<ClosureParam> params, Type ret, Expr body, Span span)
        implements Expr {}

    record ClosureParam(List<Attribute> attrs, Pat pat, Type type, Span span) implements Node {}

    record Break(Lifetime label, Expr value, Span span) implements Expr {}

    record Continue(Lifetime label, Span span) implements Expr {}

    record Return(Expr value, Span span) implements Expr {}

    /** {@code e?}. */
    record Try(Expr operand, Span span) implements Expr {}

    record Await(Expr operand, Span span) implements Expr {}

    record Paren(Expr inner, Span span) implements Expr {}

    /** {@code _} on the left of a destructuring assignment. */
    record Underscore(Span span) implements Expr {}

    /**
     * {@code format_args!(…)} after expansion (rustc's {@code ExprKind::FormatArgs}): the parsed template and
     * its arguments, explicit ones first, then the captured names ({@code {x}}) as paths.
     */
    record FormatArgs(FormatTemplate template, List<Expr> args, Span span) implements Expr {}

    /**
     * {@code builtin # offset_of(Container, a.b.0)}, what std's {@code mem::offset_of!} expands to (rustc's
     * {@code ExprKind::OffsetOf}): the container type and the path of field names (tuple fields by number).
     */
    record OffsetOf(Type container, List<Ident> fields, Span span) implements Expr {}

    record Mac(MacCall mac) implements Expr {
        public Span span() { return mac.span(); }
    }

    /** Placeholder where an expression failed to parse; an error has been reported. */
    record Err(Span span) implements Expr {}
}
