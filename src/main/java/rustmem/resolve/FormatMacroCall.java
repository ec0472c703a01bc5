package rustmem.resolve;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;
import rustmem.syntax.Lit;
import rustmem.syntax.Parser;
import rustmem.syntax.Token;
import rustmem.syntax.TokenKind;
import rustmem.syntax.TokenTrees;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.TokenTree;

/**
 * The input of a format_args!-style macro (println!, print!, eprintln!, eprint!, panic!, format!):
 * the format string, then positional and {@code name = value} arguments, parsed as expressions.
 */
public record FormatMacroCall(Lit format, Span formatSpan, List<Expr> positional, List<String> names,
                              List<Expr> namedValues) {

    /** Parses the macro's input; null (after reporting) when it is malformed. An empty input gives a null format. */
    public static FormatMacroCall parse(MacCall mac, Diagnostics diags) {
        return parse(joinGenericCommas(TokenTrees.splitCommas(mac.args().trees()), diags), mac.span(), diags);
    }

    /**
     * The comma-separated parts with those rejoined whose comma is inside generic arguments
     * (`size_of::<Pair<u8, u16>>()`): a part that does not parse as an expression takes the next one in.
     */
    private static List<List<TokenTree>> joinGenericCommas(List<List<TokenTree>> parts, Diagnostics diags) {
        List<List<TokenTree>> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<TokenTree> part = new ArrayList<>(parts.get(i));
            int j = i;
            while (j + 1 < parts.size() && !part.isEmpty() && !parses(part, diags)) {
                List<TokenTree> joined = new ArrayList<>(part);
                joined.add(new TokenTree.Leaf(new Token(TokenKind.COMMA, ",", part.get(part.size() - 1).span().hi(),
                    part.get(part.size() - 1).span().hi(), null)));
                joined.addAll(parts.get(j + 1));
                if (!parses(joined, diags) && !startsGenericArgs(part)) break;
                part = joined;
                j++;
            }
            out.add(part);
            i = j;
        }
        return out;
    }

    /** Whether the part parses as an expression (a named argument `x = e` by its value), reporting nothing. */
    private static boolean parses(List<TokenTree> part, Diagnostics diags) {
        List<TokenTree> value = part.size() >= 2 && part.get(0) instanceof TokenTree.Leaf n && n.token().isIdent()
            && part.get(1) instanceof TokenTree.Leaf eq && eq.token().is(TokenKind.EQ) ? part.subList(2, part.size()) : part;
        if (value.isEmpty()) return false;
        Diagnostics scratch = new Diagnostics(diags.file());
        return Parser.parseExprOnly(TokenTrees.flatten(value), scratch) != null && !scratch.hasErrors();
    }

    /** Whether the part has an unclosed `<` of a turbofish (`::<`), which a later comma may continue. */
    private static boolean startsGenericArgs(List<TokenTree> part) {
        for (int k = 0; k + 1 < part.size(); k++) {
            if (part.get(k) instanceof TokenTree.Leaf a && a.token().is(TokenKind.PATHSEP)
                && part.get(k + 1) instanceof TokenTree.Leaf b && (b.token().is(TokenKind.LT) || b.token().is(TokenKind.SHL))) {
                return true;
            }
        }
        return false;
    }

    /** Parses comma-separated parts (the format string first) of a macro's input. */
    public static FormatMacroCall parse(List<List<TokenTree>> parts, Span macSpan, Diagnostics diags) {
        if (parts.isEmpty()) return new FormatMacroCall(null, macSpan, List.of(), List.of(), List.of());
        List<TokenTree> first = parts.get(0);
        if (first.size() != 1 || !(first.get(0) instanceof TokenTree.Leaf leaf) || leaf.token().kind() != TokenKind.LITERAL
            || !(leaf.token().lit().kind() == Lit.Kind.STR || leaf.token().lit().kind() == Lit.Kind.RAW_STR)) {
            Span at = first.isEmpty() ? macSpan : first.get(0).span();
            diags.emit(Diagnostic.error("format argument must be a string literal").span(at));
            return null;
        }
        Lit fmt = leaf.token().lit();
        List<Expr> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Expr> namedValues = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            List<TokenTree> part = parts.get(i);
            if (part.isEmpty()) {
                diags.emit(Diagnostic.error("expected expression, found `,`").span(macSpan));
                return null;
            }
            String name = null;
            if (part.size() >= 2 && part.get(0) instanceof TokenTree.Leaf n && n.token().isIdent()
                && part.get(1) instanceof TokenTree.Leaf eq && eq.token().is(TokenKind.EQ)) {
                name = n.token().text();
                part = part.subList(2, part.size());
            }
            List<Token> tokens = TokenTrees.flatten(part);
            Expr e = Parser.parseExprOnly(tokens, diags);
            if (e == null) return null;
            if (name != null) {
                names.add(name);
                namedValues.add(e);
            } else {
                if (!names.isEmpty()) {
                    diags.emit(Diagnostic.error("positional arguments cannot follow named arguments").span(e.span()));
                    return null;
                }
                positional.add(e);
            }
        }
        return new FormatMacroCall(fmt, leaf.token().span(), positional, names, namedValues);
    }
}
