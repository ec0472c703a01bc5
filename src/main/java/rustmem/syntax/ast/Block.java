package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/**
 * A block {@code { stmts }}; its value is the last statement when that is an expression without semicolon.
 * {@code nested} says whether it holds, at any depth, what the passes after parsing look for inside bodies:
 * a macro call, an item or a closure. Expansion and definition collection pass over a block without.
 */
public record Block(List<Stmt> stmts, boolean unsafe, Span span, boolean nested) implements Node {
    /** A block that may hold anything (the conservative default). */
    public Block(List<Stmt> stmts, boolean unsafe, Span span) { this(stmts, unsafe, span, true); }
}
