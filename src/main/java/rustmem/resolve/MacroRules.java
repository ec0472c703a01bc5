package rustmem.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;
import rustmem.syntax.Parser;
import rustmem.syntax.Token;
import rustmem.syntax.TokenKind;
import rustmem.syntax.TokenTrees;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.TokenTree;

/**
 * One {@code macro_rules!} macro (rustc_expand's mbe): its rules, matching a call's input against them in order
 * ({@code $x:frag} fragments found by the tokens rustc lets follow them and checked by the parser, {@code $(…) sep op}
 * repetitions), and transcribing the first rule that matches. Tokens the definition contributes take the call's
 * span (rustc reports locations inside an expansion at its outermost call site); {@code $crate} becomes the
 * defining crate's root.
 */
final class MacroRules {
    private sealed interface Matcher {}

    private record Literal(Token token) implements Matcher {}

    private record Group(TokenTree.Delim delim, List<Matcher> inner) implements Matcher {}

    private record Fragment(String name, String kind) implements Matcher {}

    private record Repetition(List<Matcher> inner, Token separator, char op) implements Matcher {}

    private record Rule(List<Matcher> matcher, List<TokenTree> transcriber) {}

    /** What a fragment variable captured: its trees (for `expr`, also the parsed expression), or one capture per repetition. */
    sealed interface Capture {}

    record Leaf(List<TokenTree> trees, String kind, Expr expr) implements Capture {}

    record Seq(List<Capture> items) implements Capture {}

    final String name;
    final int crate;
    private final List<Rule> rules = new ArrayList<>();
    private final Expander x;

    MacroRules(String name, int crate, TokenTree.Delimited body, Expander x) {
        this.name = name;
        this.crate = crate;
        this.x = x;
        List<TokenTree> trees = body.trees();
        for (int i = 0; i < trees.size(); ) {
            if (i + 2 >= trees.size() || !(trees.get(i) instanceof TokenTree.Delimited lhs) || !isToken(trees.get(i + 1), TokenKind.FATARROW)
                || !(trees.get(i + 2) instanceof TokenTree.Delimited rhs)) {
                throw Expander.error(trees.get(i).span(), "unsupported: this form of `macro_rules!` rule");
            }
            rules.add(new Rule(matchers(lhs.trees()), rhs.trees()));
            i += 3;
            if (i < trees.size() && isToken(trees.get(i), TokenKind.SEMI)) i++;
        }
    }

    private List<Matcher> matchers(List<TokenTree> trees) {
        List<Matcher> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            if (isToken(t, TokenKind.DOLLAR) && i + 1 < trees.size()) {
                TokenTree next = trees.get(i + 1);
                if (next instanceof TokenTree.Leaf id && id.token().isIdent() && i + 3 < trees.size() && isToken(trees.get(i + 2), TokenKind.COLON)
                    && trees.get(i + 3) instanceof TokenTree.Leaf kind && kind.token().isIdent()) {
                    out.add(new Fragment(id.token().text(), kind.token().text()));
                    i += 3;
                    continue;
                }
                if (next instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.PAREN) {
                    RepetitionTail tail = repetitionTail(trees, i + 2);
                    if (tail == null) throw Expander.error(next.span(), "expected one of: `*`, `+`, or `?`");
                    out.add(new Repetition(matchers(d.trees()), tail.separator(), tail.op()));
                    i = tail.end();
                    continue;
                }
            }
            out.add(t instanceof TokenTree.Delimited d ? new Group(d.delim(), matchers(d.trees())) : new Literal(((TokenTree.Leaf) t).token()));
        }
        return out;
    }

    private record RepetitionTail(Token separator, char op, int end) {}

    private static RepetitionTail repetitionTail(List<TokenTree> trees, int at) {
        Token sep = null;
        if (at < trees.size() && !isRepOp(trees.get(at)) && trees.get(at) instanceof TokenTree.Leaf s) {
            sep = s.token();
            at++;
        }
        if (at >= trees.size() || !isRepOp(trees.get(at))) return null;
        return new RepetitionTail(sep, ((TokenTree.Leaf) trees.get(at)).token().text().charAt(0), at);
    }

    private static boolean isRepOp(TokenTree t) {
        return t instanceof TokenTree.Leaf l && (l.token().is(TokenKind.STAR) || l.token().is(TokenKind.PLUS) || l.token().is(TokenKind.QUESTION));
    }

    static boolean isToken(TokenTree t, TokenKind k) { return t instanceof TokenTree.Leaf l && l.token().is(k); }

    /** The expansion of a call, as token trees; callSite is the span its own tokens take. */
    List<TokenTree> expand(List<TokenTree> input, Span callSite) {
        for (Rule rule : rules) {
            Map<String, Capture> caps = new HashMap<>();
            if (match(rule.matcher(), 0, input, 0, caps)) return transcribe(rule.transcriber(), caps, callSite);
        }
        throw Expander.error(callSite, "no rules expected this token in macro call");
    }

    // ------------------------------------------------------------------ matching

    private boolean match(List<Matcher> ms, int mi, List<TokenTree> in, int ii, Map<String, Capture> caps) {
        if (mi == ms.size()) return ii == in.size();
        Matcher m = ms.get(mi);
        switch (m) {
            case Literal l -> {
                return ii < in.size() && in.get(ii) instanceof TokenTree.Leaf t && sameToken(t.token(), l.token())
                    && match(ms, mi + 1, in, ii + 1, caps);
            }
            case Group g -> {
                if (!(ii < in.size() && in.get(ii) instanceof TokenTree.Delimited d && d.delim() == g.delim())) return false;
                Map<String, Capture> inner = new HashMap<>(caps);
                if (!match(g.inner(), 0, d.trees(), 0, inner)) return false;
                if (!match(ms, mi + 1, in, ii + 1, inner)) return false;
                caps.putAll(inner);
                return true;
            }
            case Fragment f -> {
                for (int end : fragmentEnds(f.kind(), in, ii)) {
                    Map<String, Capture> next = new HashMap<>(caps);
                    List<TokenTree> trees = List.copyOf(in.subList(ii, end));
                    Expr expr = null;
                    Leaf substitutedBefore = trees.size() == 1 ? x.fragmentGroup(trees.get(0)) : null;
                    if (f.kind().equals("expr") && substitutedBefore != null) {
                        expr = substitutedBefore.expr();
                    } else if (f.kind().equals("expr")) {
                        Object parsed = Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.EXPR, x.quiet());
                        if (parsed == null) continue;
                        expr = (Expr) parsed;
                    } else if (!parses(f.kind(), trees)) {
                        continue;
                    }
                    next.put(f.name(), new Leaf(trees, f.kind(), expr));
                    if (match(ms, mi + 1, in, end, next)) {
                        caps.putAll(next);
                        return true;
                    }
                }
                return false;
            }
            case Repetition r -> {
                return repeat(r, new ArrayList<>(), ms, mi, in, ii, caps);
            }
        }
    }

    private boolean repeat(Repetition r, List<Map<String, Capture>> done, List<Matcher> ms, int mi, List<TokenTree> in, int ii,
                           Map<String, Capture> caps) {
        boolean mayGoOn = r.op() != '?' || done.isEmpty();
        if (mayGoOn && ii < in.size()) {
            int start = ii;
            if (!done.isEmpty() && r.separator() != null) {
                if (!(in.get(ii) instanceof TokenTree.Leaf s && sameToken(s.token(), r.separator()))) start = -1;
                else start = ii + 1;
            }
            if (start >= 0) {
                for (int end = in.size(); end > start; end--) {
                    Map<String, Capture> one = new HashMap<>();
                    if (!match(r.inner(), 0, in.subList(start, end), 0, one)) continue;
                    List<Map<String, Capture>> more = new ArrayList<>(done);
                    more.add(one);
                    if (repeat(r, more, ms, mi, in, end, caps)) return true;
                }
            }
        }
        if (r.op() == '+' && done.isEmpty()) return false;
        Map<String, Capture> next = new HashMap<>(caps);
        for (String v : variables(r.inner())) {
            List<Capture> items = new ArrayList<>();
            for (Map<String, Capture> it : done) items.add(it.get(v));
            next.put(v, new Seq(items));
        }
        if (!match(ms, mi + 1, in, ii, next)) return false;
        caps.putAll(next);
        return true;
    }

    private static List<String> variables(List<Matcher> ms) {
        List<String> out = new ArrayList<>();
        for (Matcher m : ms) {
            switch (m) {
                case Fragment f -> out.add(f.name());
                case Group g -> out.addAll(variables(g.inner()));
                case Repetition r -> out.addAll(variables(r.inner()));
                case Literal l -> { }
            }
        }
        return out;
    }

    private List<Integer> fragmentEnds(String kind, List<TokenTree> in, int ii) {
        List<Integer> ends = new ArrayList<>();
        switch (kind) {
            case "tt", "ident", "lifetime", "block" -> { if (ii < in.size()) ends.add(ii + 1); }
            case "literal" -> {
                if (ii < in.size() && isToken(in.get(ii), TokenKind.MINUS)) ends.add(ii + 2);
                else if (ii < in.size()) ends.add(ii + 1);
            }
            case "vis" -> {
                if (ii < in.size() && in.get(ii) instanceof TokenTree.Leaf l && l.token().isKeyword("pub")) {
                    ends.add(ii + 1 < in.size() && in.get(ii + 1) instanceof TokenTree.Delimited ? ii + 2 : ii + 1);
                }
                ends.add(ii);
            }
            case "expr", "stmt", "ty", "path", "pat", "pat_param", "item", "meta" -> {
                int angle = 0;
                for (int j = ii; j < in.size(); j++) {
                    if (j > ii && angle == 0 && follows(kind, in.get(j))) ends.add(0, j);
                    if (in.get(j) instanceof TokenTree.Leaf l && (kind.equals("ty") || kind.equals("path"))) {
                        if (l.token().is(TokenKind.LT)) angle++;
                        if (l.token().is(TokenKind.GT)) angle--;
                    }
                }
                if (in.size() > ii) ends.add(0, in.size());
            }
            default -> throw Expander.error(in.isEmpty() ? null : in.get(Math.min(ii, in.size() - 1)).span(),
                "unsupported: `$x:" + kind + "` fragments in macro_rules!");
        }
        return ends;
    }

    private static boolean follows(String kind, TokenTree t) {
        if (!(t instanceof TokenTree.Leaf l)) return (kind.equals("ty") || kind.equals("path")) && t instanceof TokenTree.Delimited d
            && d.delim() != TokenTree.Delim.PAREN;
        Token tok = l.token();
        return switch (kind) {
            case "expr", "stmt" -> tok.is(TokenKind.FATARROW) || tok.is(TokenKind.COMMA) || tok.is(TokenKind.SEMI);
            case "pat", "pat_param" -> tok.is(TokenKind.FATARROW) || tok.is(TokenKind.COMMA) || tok.is(TokenKind.EQ)
                || tok.isKeyword("if") || tok.isKeyword("in") || kind.equals("pat_param") && tok.is(TokenKind.OR);
            case "item", "meta" -> false;
            default -> tok.is(TokenKind.FATARROW) || tok.is(TokenKind.COMMA) || tok.is(TokenKind.EQ) || tok.is(TokenKind.OR)
                || tok.is(TokenKind.SEMI) || tok.is(TokenKind.COLON) || tok.is(TokenKind.GT) || tok.isKeyword("as")
                || tok.isKeyword("where");
        };
    }

    private boolean parses(String kind, List<TokenTree> trees) {
        Diagnostics quiet = x.quiet();
        return switch (kind) {
            case "ident" -> trees.size() == 1 && trees.get(0) instanceof TokenTree.Leaf l && l.token().isIdent();
            case "lifetime" -> trees.size() == 1 && isToken(trees.get(0), TokenKind.LIFETIME);
            case "block" -> trees.size() == 1 && trees.get(0) instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.BRACE;
            case "literal" -> trees.get(trees.size() - 1) instanceof TokenTree.Leaf l
                && (l.token().is(TokenKind.LITERAL) || l.token().isKeyword("true") || l.token().isKeyword("false"));
            case "ty", "path" -> Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.TYPE, quiet) != null;
            case "pat", "pat_param" -> Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.PAT, quiet) != null;
            case "stmt" -> Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.STMTS, quiet) != null;
            case "item" -> Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.ITEMS, quiet) != null;
            default -> true;
        };
    }

    private static boolean sameToken(Token a, Token b) { return a.kind() == b.kind() && a.text().equals(b.text()); }

    // ------------------------------------------------------------------ transcription

    private List<TokenTree> transcribe(List<TokenTree> rhs, Map<String, Capture> caps, Span site) {
        List<TokenTree> out = new ArrayList<>();
        for (int i = 0; i < rhs.size(); i++) {
            TokenTree t = rhs.get(i);
            if (isToken(t, TokenKind.DOLLAR) && i + 1 < rhs.size()) {
                TokenTree next = rhs.get(i + 1);
                if (next instanceof TokenTree.Leaf id && id.token().isIdent()) {
                    String var = id.token().text();
                    if (var.equals("crate")) {
                        if (crate == Definitions.STD_CRATE) {
                            out.add(leaf(TokenKind.PATHSEP, "::", site));
                            out.add(leaf(TokenKind.IDENT, "std", site));
                        } else {
                            out.add(leaf(TokenKind.IDENT, "crate", site));
                        }
                        i++;
                        continue;
                    }
                    Capture c = caps.get(var);
                    if (c instanceof Leaf leaf) {
                        out.add(x.substituted(leaf));
                        i++;
                        continue;
                    }
                    if (c instanceof Seq) throw Expander.error(site, "variable `" + var + "` is still repeating at this depth");
                }
                RepetitionTail tail = next instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.PAREN
                    ? repetitionTail(rhs, i + 2) : null;
                if (tail != null) {
                    TokenTree.Delimited d = (TokenTree.Delimited) next;
                    int count = -1;
                    for (String v : used(d.trees())) {
                        if (caps.get(v) instanceof Seq s) {
                            if (count >= 0 && count != s.items().size()) {
                                throw Expander.error(site, "meta-variable repeats " + count + " times, but another repeats "
                                    + s.items().size() + " times");
                            }
                            count = s.items().size();
                        }
                    }
                    if (count < 0) throw Expander.error(site, "attempted to repeat an expression containing no syntax variables matched as repeating at this depth");
                    for (int k = 0; k < count; k++) {
                        if (k > 0 && tail.separator() != null) out.add(respan(new TokenTree.Leaf(tail.separator()), site));
                        Map<String, Capture> one = new HashMap<>(caps);
                        for (var e : caps.entrySet()) if (e.getValue() instanceof Seq s) one.put(e.getKey(), s.items().get(k));
                        out.addAll(transcribe(d.trees(), one, site));
                    }
                    i = tail.end();
                    continue;
                }
            }
            out.add(t instanceof TokenTree.Delimited d ? new TokenTree.Delimited(d.delim(), transcribe(d.trees(), caps, site), site)
                : respan(t, site));
        }
        return out;
    }

    private static TokenTree leaf(TokenKind kind, String text, Span site) {
        return new TokenTree.Leaf(new Token(kind, text, site.lo(), site.hi(), null));
    }

    private static TokenTree respan(TokenTree t, Span site) {
        Token tok = ((TokenTree.Leaf) t).token();
        return new TokenTree.Leaf(new Token(tok.kind(), tok.text(), site.lo(), site.hi(), tok.lit()));
    }

    private static List<String> used(List<TokenTree> trees) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            if (isToken(trees.get(i), TokenKind.DOLLAR) && i + 1 < trees.size() && trees.get(i + 1) instanceof TokenTree.Leaf l && l.token().isIdent()) {
                out.add(l.token().text());
            }
            if (trees.get(i) instanceof TokenTree.Delimited d) out.addAll(used(d.trees()));
        }
        return out;
    }

    @SuppressWarnings("unused")
    private static Diagnostic unused() { return null; }
}
