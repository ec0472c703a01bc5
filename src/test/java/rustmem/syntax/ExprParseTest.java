package rustmem.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Stmt;

/** Precedence and associativity as the Reference gives them, shown by fully parenthesising. */
class ExprParseTest {

    /** The expression of {@code fn main() { let _ = SRC; }}, printed with every operator bracketed. */
    private static String grouped(String src) {
        ParseHarness h = ParseHarness.parse("e.rs", "fn main() { let _ = " + src + "; }");
        assertTrue(h.ok(), h::report);
        Item.Fn main = (Item.Fn) h.crate().items().get(0).kind();
        return sexp(((Stmt.Let) main.body().stmts().get(0)).init());
    }

    private static String sexp(Expr e) {
        return switch (e) {
            case Expr.Binary b -> "(" + sexp(b.lhs()) + " " + b.op().symbol + " " + sexp(b.rhs()) + ")";
            case Expr.Unary u -> "(" + u.op().symbol + sexp(u.operand()) + ")";
            case Expr.Cast c -> "(" + sexp(c.operand()) + " as " + AstPrinter.print(c.type()) + ")";
            case Expr.Assign a -> "(" + sexp(a.lhs()) + " = " + sexp(a.rhs()) + ")";
            case Expr.AssignOp a -> "(" + sexp(a.lhs()) + " " + a.op().symbol + "= " + sexp(a.rhs()) + ")";
            case Expr.Range r -> "(" + (r.start() == null ? "" : sexp(r.start()))
                + (r.limits() == Expr.RangeLimits.CLOSED ? "..=" : "..") + (r.end() == null ? "" : sexp(r.end())) + ")";
            case Expr.AddrOf a -> "(&" + (a.mutable() ? "mut " : "") + sexp(a.operand()) + ")";
            case Expr.MethodCall m -> "(" + sexp(m.receiver()) + "." + m.method().ident() + "("
                + m.args().stream().map(ExprParseTest::sexp).collect(Collectors.joining(", ")) + "))";
            case Expr.Field f -> "(" + sexp(f.base()) + "." + f.name() + ")";
            case Expr.Try t -> "(" + sexp(t.operand()) + "?)";
            case Expr.Index i -> "(" + sexp(i.base()) + "[" + sexp(i.index()) + "])";
            case Expr.Closure c -> "(|" + c.params().size() + "| " + sexp(c.body()) + ")";
            default -> AstPrinter.print(e);
        };
    }

    @Test
    void arithmeticBindsTighterThanShiftsAndBitOps() {
        assertEquals("((1 + (2 * 3)) - ((4 / 5) % 6))", grouped("1 + 2 * 3 - 4 / 5 % 6"));
        assertEquals("(((a << 2) & b) | (c ^ d))", grouped("a << 2 & b | c ^ d"));
        assertEquals("((a + b) << c)", grouped("a + b << c"));
    }

    @Test
    void logicalOperatorsAndComparisons() {
        assertEquals("(((a == b) && (c != d)) || (!e))", grouped("a == b && c != d || !e"));
        assertEquals("((a & b) == c)", grouped("a & b == c"));
    }

    @Test
    void unaryAndCastBindTightest() {
        assertEquals("(((-((x.y).z())) as u64) + (*p))", grouped("-x.y.z() as u64 + *p"));
        assertEquals("((x as u8) as u32)", grouped("x as u8 as u32"));
        assertEquals("((-1) as u8)", grouped("-1 as u8"));
        assertEquals("(&mut (v[0]))", grouped("&mut v[0]"));
        assertEquals("(&(&x))", grouped("&&x"));
    }

    @Test
    void rangesHaveLowPrecedence() {
        assertEquals("((a + 1)..(b * 2))", grouped("a + 1..b * 2"));
        assertEquals("(..=5)", grouped("..=5"));
        assertEquals("(..)", grouped(".."));
        assertEquals("(x..)", grouped("x.."));
    }

    @Test
    void assignmentIsRightAssociative() {
        assertEquals("(a = (b = c))", grouped("a = b = c"));
        assertEquals("(a += (b * 2))", grouped("a += b * 2"));
    }

    @Test
    void postfixChains() {
        assertEquals("(((f()?).g())?)", grouped("f()?.g()?"));
        assertEquals("((a.0).1)", grouped("a.0.1"));
        assertEquals("((v[0])[1])", grouped("v[0][1]"));
    }

    @Test
    void closureBodyExtendsAsFarAsPossible() {
        assertEquals("(|1| (x + 1))", grouped("|x| x + 1"));
    }

    @Test
    void turbofishAndNestedGenericsSplitShifts() {
        ParseHarness h = ParseHarness.parse("g.rs", "fn main() { let x: Vec<Vec<u8>>= Vec::<Vec<u8>>::new(); }");
        assertTrue(h.ok(), h::report);
    }

    @Test
    void blockLikeExpressionEndsAStatement() {
        ParseHarness h = ParseHarness.parse("b.rs", "fn main() { match x { _ => {} } - 1; }");
        assertTrue(h.ok(), h::report);
        Item.Fn main = (Item.Fn) h.crate().items().get(0).kind();
        assertEquals(2, main.body().stmts().size());
        Stmt.ExprStmt second = (Stmt.ExprStmt) main.body().stmts().get(1);
        assertInstanceOf(Expr.Unary.class, second.expr());
    }

    @Test
    void structLiteralsAreNotAllowedInConditions() {
        ParseHarness h = ParseHarness.parse("c.rs", "fn main() { if x == S {} }");
        assertTrue(h.ok(), h::report);
        Item.Fn main = (Item.Fn) h.crate().items().get(0).kind();
        Expr.If ifExpr = (Expr.If) ((Stmt.ExprStmt) main.body().stmts().get(0)).expr();
        assertInstanceOf(Expr.Binary.class, ifExpr.cond());
    }

    @Test
    void severalSyntaxErrorsAreReportedInOneRun() {
        ParseHarness h = ParseHarness.parse("m.rs", "fn a() { let x = ; }\nfn b() { let y = 1 +; }\nstruct S { a u8 }\n");
        assertEquals(3, h.diags().errorCount(), h::report);
    }

    @Test
    void diagnosticsAreRenderedLikeRustc() {
        ParseHarness h = ParseHarness.parse("src/main.rs", "fn main() {\n    let x = 5 +;\n}\n");
        assertEquals("""
            error: expected expression, found `;`
             --> src/main.rs:2:16
              |
            2 |     let x = 5 +;
              |                ^ expected expression

            error: aborting due to 1 previous error
            """, h.report());
    }
}
