package rustmem.syntax;

import rustmem.source.Span;

/**
 * One token: its kind, the text that identifies it (an identifier's name, a lifetime with its
 * quote, a doc comment's text, a punctuation's spelling), its source range, and for literals the
 * parsed literal.
 */
public record Token(TokenKind kind, String text, int lo, int hi, Lit lit) {

    public Span span() { return new Span(lo, hi); }

    public boolean isIdent() { return kind == TokenKind.IDENT || kind == TokenKind.RAW_IDENT; }

    /** True for the keyword or reserved word {@code word} (never for a raw identifier). */
    public boolean isKeyword(String word) { return kind == TokenKind.IDENT && text.equals(word); }

    public boolean is(TokenKind k) { return kind == k; }

    /** How the token is written in source (raw identifiers with their {@code r#}). */
    public String spelling() {
        return switch (kind) {
            case RAW_IDENT -> "r#" + text;
            case LITERAL -> lit.spelling();
            case EOF -> "<eof>";
            default -> text;
        };
    }

    @Override
    public String toString() { return spelling(); }
}
