package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** A block {@code { stmts }}; its value is the last statement when that is an expression without semicolon. */
public record Block(List<Stmt> stmts, boolean unsafe, Span span) implements Node {}
