package rustmem.syntax;

import java.util.ArrayList;
import java.util.List;
import rustmem.syntax.ast.TokenTree;

/** Helpers for macro input: flattening token trees back to tokens, splitting at top-level commas. */
public final class TokenTrees {
    private TokenTrees() {}

    /** The tokens of the trees, delimiters included, in source order. */
    public static List<Token> flatten(List<TokenTree> trees) {
        List<Token> out = new ArrayList<>();
        for (TokenTree t : trees) flattenInto(t, out);
        return out;
    }

    private static void flattenInto(TokenTree t, List<Token> out) {
        switch (t) {
            case TokenTree.Leaf l -> out.add(l.token());
            case TokenTree.Delimited d -> {
                TokenKind open = switch (d.delim()) {
                    case PAREN -> TokenKind.OPEN_PAREN;
                    case BRACKET -> TokenKind.OPEN_BRACKET;
                    case BRACE -> TokenKind.OPEN_BRACE;
                };
                TokenKind close = switch (d.delim()) {
                    case PAREN -> TokenKind.CLOSE_PAREN;
                    case BRACKET -> TokenKind.CLOSE_BRACKET;
                    case BRACE -> TokenKind.CLOSE_BRACE;
                };
                out.add(new Token(open, open.spelling, d.span().lo(), d.span().lo() + 1, null));
                for (TokenTree inner : d.trees()) flattenInto(inner, out);
                out.add(new Token(close, close.spelling, d.span().hi() - 1, d.span().hi(), null));
            }
        }
    }

    /** Splits at commas outside delimiters; a trailing comma gives no empty last part. */
    public static List<List<TokenTree>> splitCommas(List<TokenTree> trees) {
        List<List<TokenTree>> parts = new ArrayList<>();
        List<TokenTree> cur = new ArrayList<>();
        for (TokenTree t : trees) {
            if (t instanceof TokenTree.Leaf l && l.token().is(TokenKind.COMMA)) {
                parts.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        if (!cur.isEmpty()) parts.add(cur);
        return parts;
    }

    /** Groups balanced tokens into trees (each delimited group spanning from its opening to its closing token). */
    public static List<TokenTree> build(List<Token> tokens) {
        List<TokenTree> out = new ArrayList<>();
        build(tokens, 0, out);
        return out;
    }

    private static int build(List<Token> tokens, int i, List<TokenTree> out) {
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            TokenTree.Delim d = switch (t.kind()) {
                case OPEN_PAREN -> TokenTree.Delim.PAREN;
                case OPEN_BRACKET -> TokenTree.Delim.BRACKET;
                case OPEN_BRACE -> TokenTree.Delim.BRACE;
                default -> null;
            };
            if (d != null) {
                List<TokenTree> inner = new ArrayList<>();
                int close = build(tokens, i + 1, inner);
                int hi = close < tokens.size() ? tokens.get(close).hi() : t.hi();
                out.add(new TokenTree.Delimited(d, inner, new rustmem.source.Span(t.lo(), hi)));
                i = close + 1;
                continue;
            }
            if (t.is(TokenKind.CLOSE_PAREN) || t.is(TokenKind.CLOSE_BRACKET) || t.is(TokenKind.CLOSE_BRACE)) return i;
            out.add(new TokenTree.Leaf(t));
            i++;
        }
        return i;
    }
}
