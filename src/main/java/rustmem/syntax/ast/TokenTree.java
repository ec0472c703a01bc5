package rustmem.syntax.ast;

import java.util.List;
import rustmem.source.Span;
import rustmem.syntax.Token;

/** Macro input: tokens grouped by their delimiters, expanded by a later stage. */
public sealed interface TokenTree extends Node {

    enum Delim {
        PAREN("(", ")"), BRACKET("[", "]"), BRACE("{", "}");
        public final String open, close;
        Delim(String open, String close) { this.open = open; this.close = close; }
    }

    record Leaf(Token token) implements TokenTree {
        public Span span() { return token.span(); }
    }

    record Delimited(Delim delim, List<TokenTree> trees, Span span) implements TokenTree {}
}
