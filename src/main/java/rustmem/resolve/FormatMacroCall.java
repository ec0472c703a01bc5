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
        return parse(TokenTrees.splitCommas(mac.args().trees()), mac.span(), diags);
    }

    /** The part as an expression, or null when it is none; reports nothing. */
    private static Expr parseQuietly(List<TokenTree> part, Diagnostics diags) {
        if (part.isEmpty()) return null;
        Diagnostics scratch = new Diagnostics(diags.file());
        Expr e = Parser.parseExprOnly(TokenTrees.flatten(part), scratch);
        return scratch.hasErrors() ? null : e;
    }

    /** Two parts with the comma between them put back. */
    private static List<TokenTree> joined(List<TokenTree> part, List<TokenTree> next) {
        List<TokenTree> out = new ArrayList<>(part);
        int at = part.get(part.size() - 1).span().hi();
        out.add(new TokenTree.Leaf(new Token(TokenKind.COMMA, ",", at, at, null)));
        out.addAll(next);
        return out;
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
            Expr e = parseQuietly(part, diags);
            // a comma inside a turbofish's generic arguments (`size_of::<Pair<u8, u16>>()`) does not end the argument
            while (e == null && i + 1 < parts.size() && startsGenericArgs(part)) {
                part = joined(part, parts.get(++i));
                e = parseQuietly(part, diags);
            }
            if (e == null) e = Parser.parseExprOnly(TokenTrees.flatten(part), diags);   // reports why it is none
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
