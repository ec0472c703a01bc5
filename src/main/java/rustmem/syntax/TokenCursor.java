package rustmem.syntax;

import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;

/**
 * The parser's view of the token list: the current token, look-ahead, splitting of compound
 * punctuation ({@code >>} into {@code >} {@code >}), and the "expected one of …" bookkeeping
 * behind rustc-shaped syntax errors.
 */
abstract class TokenCursor {
    /** Thrown to abandon the current item or statement after a syntax error was reported. */
    static final class ParseError extends RuntimeException {
        ParseError() { super(null, null, false, false); }
    }

    private static final int MAX_EXPECTED = 24;

    protected final List<Token> tokens;
    protected final Diagnostics diags;
    /** The edition the tokens are parsed in: which words are keywords. */
    protected rustmem.source.Edition edition = rustmem.source.Edition.DEFAULT;
    protected Token tok;
    /** Index of the token after {@link #tok}. */
    private int next;
    protected int prevHi;
    private final String[] expected = new String[MAX_EXPECTED];
    private int expectedCount;

    TokenCursor(List<Token> tokens, Diagnostics diags) {
        this.tokens = tokens;
        this.diags = diags;
        this.tok = tokens.get(0);
        this.next = 1;
    }

    /** Whether a word is a keyword (not an identifier) in this parse's edition. */
    protected final boolean reserved(String word) { return Keywords.isReserved(word, edition); }

    protected final void bump() {
        prevHi = tok.hi();
        expectedCount = 0;
        if (tok.kind() != TokenKind.EOF) {
            tok = tokens.get(Math.min(next, tokens.size() - 1));
            if (next < tokens.size()) next++;
        }
    }

    /** The index of the current token in the list, or -1 when it is the rest of a split compound token. */
    protected final int position() {
        int i = next - 1;
        if (tok.kind() == TokenKind.EOF) return tokens.size() - 1;
        return tokens.get(i) == tok ? i : -1;
    }

    /** The token n places ahead of the current one (0 = current). */
    protected final Token peek(int n) {
        if (n == 0) return tok;
        int i = next + n - 1;
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    protected final Span prevSpan(int lo) { return new Span(lo, Math.max(lo, prevHi)); }

    private void expect(String what) {
        if (expectedCount < MAX_EXPECTED) {
            for (int i = 0; i < expectedCount; i++) if (expected[i].equals(what)) return;
            expected[expectedCount++] = what;
        }
    }

    protected final boolean check(TokenKind kind) {
        if (tok.kind() == kind) return true;
        expect("`" + kind.spelling + "`");
        return false;
    }

    protected final boolean eat(TokenKind kind) {
        if (check(kind)) { bump(); return true; }
        return false;
    }

    protected final boolean checkKw(String word) {
        if (tok.isKeyword(word)) return true;
        expect("`" + word + "`");
        return false;
    }

    protected final boolean eatKw(String word) {
        if (checkKw(word)) { bump(); return true; }
        return false;
    }

    protected final void expectKind(TokenKind kind) {
        if (!eat(kind)) throw unexpected();
    }

    protected final void expectKw(String word) {
        if (!eatKw(word)) throw unexpected();
    }

    /** Notes that an item of this description would have been accepted here. */
    protected final void expectedThing(String what) { expect(what); }

    /** Replaces the current compound token by its remainder after the first {@code n} chars. */
    private void splitFirst(TokenKind rest, int n) {
        prevHi = tok.lo() + n;
        expectedCount = 0;
        tok = new Token(rest, rest.spelling, tok.lo() + n, tok.hi(), null);
    }

    /** Eats a {@code >}, splitting {@code >>}, {@code >=}, {@code >>=}. */
    protected final boolean eatGt() {
        switch (tok.kind()) {
            case GT -> bump();
            case SHR -> splitFirst(TokenKind.GT, 1);
            case GE -> splitFirst(TokenKind.EQ, 1);
            case SHREQ -> splitFirst(TokenKind.GE, 1);
            default -> { expect("`>`"); return false; }
        }
        return true;
    }

    /** Eats a {@code <}, splitting {@code <<}, {@code <=}, {@code <-}. */
    protected final boolean eatLt() {
        switch (tok.kind()) {
            case LT -> bump();
            case SHL -> splitFirst(TokenKind.LT, 1);
            case LE -> splitFirst(TokenKind.EQ, 1);
            case LARROW -> splitFirst(TokenKind.MINUS, 1);
            default -> { expect("`<`"); return false; }
        }
        return true;
    }

    protected final boolean checkLt() { return tok.kind() == TokenKind.LT || tok.kind() == TokenKind.SHL; }

    /** Eats a {@code &}, splitting {@code &&}. */
    protected final boolean eatAnd() {
        switch (tok.kind()) {
            case AND -> bump();
            case ANDAND -> splitFirst(TokenKind.AND, 1);
            default -> { expect("`&`"); return false; }
        }
        return true;
    }

    /** Eats a {@code |}, splitting {@code ||}. */
    protected final boolean eatOr() {
        switch (tok.kind()) {
            case OR -> bump();
            case OROR -> splitFirst(TokenKind.OR, 1);
            default -> { expect("`|`"); return false; }
        }
        return true;
    }

    /** Reports "expected one of …, found …" at the current token and returns the error to throw. */
    protected final ParseError unexpected() {
        String found = describe(tok);
        String msg;
        if (expectedCount == 0) {
            msg = "expected item, found " + found;
        } else if (expectedCount == 1) {
            msg = "expected " + expected[0] + ", found " + found;
        } else {
            StringBuilder b = new StringBuilder("expected one of ");
            String[] sorted = java.util.Arrays.copyOf(expected, expectedCount);
            java.util.Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                if (i > 0) b.append(i < sorted.length - 1 ? ", " : sorted.length == 2 ? " or " : ", or ");
                b.append(sorted[i]);
            }
            msg = b.append(", found ").append(found).toString();
        }
        if (expectedCount > 1 && expectedCount <= MAX_EXPECTED) {
            diags.emit(Diagnostic.error(msg).span(tok.span(), "expected one of " + expectedCount + " possible tokens"));
        } else {
            diags.emit(Diagnostic.error(msg).span(tok.span(), expectedCount == 1 ? "expected " + expected[0] : null));
        }
        return new ParseError();
    }

    protected final ParseError error(Span span, String message, String label) {
        diags.emit(Diagnostic.error(message).span(span, label));
        return new ParseError();
    }

    static String describe(Token t) {
        return switch (t.kind()) {
            case EOF -> "`<eof>`";
            case IDENT -> (Keywords.isReserved(t.text()) ? "keyword `" : "`") + t.text() + "`";
            case LITERAL -> "`" + t.lit().spelling() + "`";
            case DOC_COMMENT -> "doc comment";
            default -> "`" + t.spelling() + "`";
        };
    }
}
