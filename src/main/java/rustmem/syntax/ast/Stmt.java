package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;

/** A statement in a block. */
public sealed interface Stmt extends Node {

    /** {@code let pat: ty = init else { … };}; ty, init and elseBlock may be null. */
    record Let(List<Attribute> attrs, Pat pat, Type type, Expr init, Block elseBlock, Span span) implements Stmt {}

    record ItemStmt(Item item) implements Stmt {
        public Span span() { return item.span(); }
    }

    /** An expression statement; semi is false for a block's tail and for block-like expressions without {@code ;}. */
    record ExprStmt(List<Attribute> attrs, Expr expr, boolean semi, Span span) implements Stmt {}

    /** A lone {@code ;}. */
    record Empty(Span span) implements Stmt {}
}
