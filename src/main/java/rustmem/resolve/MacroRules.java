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
    /** A macro 2.0 (`macro name …`): found by path or import, not as every exported macro_rules! is. */
    final boolean scoped;
    /** The definition's rules as written (what std's image keeps of the macro). */
    final TokenTree.Delimited body;
    private final List<Rule> rules;
    /** The expander the macro's calls are expanded by (its fragments and quiet diagnostics). */
    private final Expander x;

    MacroRules(String name, int crate, TokenTree.Delimited body, Expander x, boolean scoped) {
        this.name = name;
        this.crate = crate;
        this.scoped = scoped;
        this.body = body;
        this.x = x;
        this.rules = new ArrayList<>();
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

    private MacroRules(MacroRules of, Expander x) {
        this.name = of.name;
        this.crate = of.crate;
        this.scoped = of.scoped;
        this.body = of.body;
        this.rules = of.rules;
        this.x = x;
    }

    /** The same macro, its calls expanded by another expander (std's macros in a program's expansion). */
    MacroRules boundTo(Expander other) { return new MacroRules(this, other); }

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
        flats.clear();
        for (Rule rule : rules) {
            Map<String, Capture> caps = new HashMap<>();
            if (match(rule.matcher(), 0, input, 0, caps)) return transcribe(rule.transcriber(), caps, callSite);
        }
        throw Expander.error(callSite, "no rules expected this token in macro call");
    }

    // ------------------------------------------------------------------ matching

    /**
     * Matches matchers left to right without backtracking over fragment lengths, as rustc's macro parser does:
     * a fragment takes what the parser parses there (expressions, types and patterns as far as they go), a
     * repetition repeats while its next iteration matches (a separator taken only when an iteration follows).
     * Returns the input position after the match, or -1.
     */
    private int matchSeq(List<Matcher> ms, int mi, List<TokenTree> in, int ii, Map<String, Capture> caps) {
        int pos = ii;
        for (int k = mi; k < ms.size(); k++) {
            pos = matchOne(ms, k, in, pos, caps);
            if (pos < 0) return -1;
        }
        return pos;
    }

    private boolean match(List<Matcher> ms, int mi, List<TokenTree> in, int ii, Map<String, Capture> caps) {
        return matchSeq(ms, mi, in, ii, caps) == in.size();
    }

    private int matchOne(List<Matcher> ms, int k, List<TokenTree> in, int ii, Map<String, Capture> caps) {
        Matcher m = ms.get(k);
        switch (m) {
            case Literal l -> {
                return ii < in.size() && in.get(ii) instanceof TokenTree.Leaf t && sameToken(t.token(), l.token()) ? ii + 1 : -1;
            }
            case Group g -> {
                if (!(ii < in.size() && in.get(ii) instanceof TokenTree.Delimited d && d.delim() == g.delim())) return -1;
                Map<String, Capture> inner = new HashMap<>(caps);
                if (!match(g.inner(), 0, d.trees(), 0, inner)) return -1;
                caps.putAll(inner);
                return ii + 1;
            }
            case Fragment f -> {
                int end = fragmentEnd(f.kind(), in, ii, caps, f.name());
                return end;
            }
            case Repetition r -> {
                List<Map<String, Capture>> done = new ArrayList<>();
                int pos = ii;
                while (pos < in.size() && (r.op() != '?' || done.isEmpty())) {
                    int start = pos;
                    if (!done.isEmpty() && r.separator() != null) {
                        if (!(in.get(pos) instanceof TokenTree.Leaf s && sameToken(s.token(), r.separator()))) break;
                        start = pos + 1;
                    }
                    // an iteration must not start with what follows the repetition when the repetition could stop
                    Map<String, Capture> one = new HashMap<>();
                    int end = matchSeq(r.inner(), 0, in, start, one);
                    if (end < 0 || end == start && r.inner().size() > 0) break;
                    done.add(one);
                    pos = end;
                }
                if (r.op() == '+' && done.isEmpty()) return -1;
                for (String v : variables(r.inner())) {
                    List<Capture> items = new ArrayList<>();
                    for (Map<String, Capture> it : done) items.add(it.get(v));
                    caps.put(v, new Seq(items));
                }
                return pos;
            }
        }
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

    /** Where a fragment starting at ii ends (recording its capture), or -1 when none matches there. */
    private int fragmentEnd(String kind, List<TokenTree> in, int ii, Map<String, Capture> caps, String name) {
        if (ii > in.size()) return -1;
        switch (kind) {
            case "tt" -> {
                if (ii >= in.size()) return -1;
                caps.put(name, new Leaf(List.of(in.get(ii)), kind, null));
                return ii + 1;
            }
            case "ident" -> {
                if (ii >= in.size() || !(in.get(ii) instanceof TokenTree.Leaf l) || !l.token().isIdent()) return -1;
                caps.put(name, new Leaf(List.of(in.get(ii)), kind, null));
                return ii + 1;
            }
            case "lifetime" -> {
                if (ii >= in.size() || !isToken(in.get(ii), TokenKind.LIFETIME)) return -1;
                caps.put(name, new Leaf(List.of(in.get(ii)), kind, null));
                return ii + 1;
            }
            case "block" -> {
                if (ii >= in.size() || !(in.get(ii) instanceof TokenTree.Delimited d) || d.delim() != TokenTree.Delim.BRACE) return -1;
                caps.put(name, new Leaf(List.of(in.get(ii)), kind, null));
                return ii + 1;
            }
            case "literal" -> {
                int end = ii < in.size() && isToken(in.get(ii), TokenKind.MINUS) ? ii + 2 : ii + 1;
                if (end > in.size() || !(in.get(end - 1) instanceof TokenTree.Leaf l)
                    || !(l.token().is(TokenKind.LITERAL) || l.token().isKeyword("true") || l.token().isKeyword("false"))) {
                    return -1;
                }
                caps.put(name, new Leaf(List.copyOf(in.subList(ii, end)), kind, null));
                return end;
            }
            case "vis" -> {
                int end = ii;
                if (ii < in.size() && in.get(ii) instanceof TokenTree.Leaf l && l.token().isKeyword("pub")) {
                    end = ii + 1 < in.size() && in.get(ii + 1) instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.PAREN
                        ? ii + 2 : ii + 1;
                }
                caps.put(name, new Leaf(List.copyOf(in.subList(ii, end)), kind, null));
                return end;
            }
            case "expr", "ty", "path", "pat", "pat_param", "stmt", "item", "meta" -> {
                if (ii >= in.size()) return -1;
                if (kind.equals("expr") && in.size() - ii >= 1) {
                    Leaf group = x.fragmentGroup(in.get(ii));
                    if (group != null && (ii + 1 == in.size() || !continuesExpr(in.get(ii + 1)))) {
                        caps.put(name, new Leaf(List.of(in.get(ii)), kind, group.expr()));
                        return ii + 1;
                    }
                }
                Parser.Fragment pk = switch (kind) {
                    case "expr" -> Parser.Fragment.EXPR;
                    case "ty", "path" -> Parser.Fragment.TYPE;
                    case "pat", "pat_param" -> Parser.Fragment.PAT;
                    case "stmt" -> Parser.Fragment.STMTS;
                    case "item" -> Parser.Fragment.ITEMS;
                    default -> null;
                };
                Flat flat = flat(in);
                int end;
                Object node = null;
                if (pk == null) {
                    // meta: a path and what follows it up to a comma
                    end = ii;
                    while (end < in.size() && !isToken(in.get(end), TokenKind.COMMA)) end++;
                } else {
                    Parser.Prefix pre = Parser.parsePrefix(flat.tokens.subList(flat.start[ii], flat.tokens.size()), pk, x.quiet(), x.edition);
                    if (pre == null) return -1;
                    end = flat.treeAt(flat.start[ii] + pre.consumed());
                    if (end < 0) return -1;
                    node = pre.node();
                    if (kind.equals("pat_param") && node instanceof rustmem.syntax.ast.Pat.Or) return -1;
                }
                if (end == ii) return -1;
                caps.put(name, new Leaf(List.copyOf(in.subList(ii, end)), kind, node instanceof Expr e ? e : null));
                return end;
            }
            default -> throw Expander.error(in.isEmpty() ? null : in.get(Math.min(ii, in.size() - 1)).span(),
                "unsupported: `$x:" + kind + "` fragments in macro_rules!");
        }
    }

    /** Whether a tree after a parenthesised fragment would continue an expression (an operator, a call …). */
    private static boolean continuesExpr(TokenTree t) {
        if (!(t instanceof TokenTree.Leaf l)) return true;
        Token tok = l.token();
        return !(tok.is(TokenKind.COMMA) || tok.is(TokenKind.SEMI) || tok.is(TokenKind.FATARROW));
    }

    /** A tree list's tokens, with where each tree starts among them (so a parse's end maps back to a tree). */
    private static final class Flat {
        final List<Token> tokens = new ArrayList<>();
        final int[] start;

        Flat(List<TokenTree> trees) {
            start = new int[trees.size() + 1];
            for (int i = 0; i < trees.size(); i++) {
                start[i] = tokens.size();
                tokens.addAll(TokenTrees.flatten(List.of(trees.get(i))));
            }
            start[trees.size()] = tokens.size();
        }

        /** The tree starting at token index t, or -1 when t is inside a tree. */
        int treeAt(int t) {
            int i = java.util.Arrays.binarySearch(start, t);
            while (i > 0 && start[i - 1] == t) i--;
            return i >= 0 ? i : -1;
        }
    }

    private final Map<List<TokenTree>, Flat> flats = new java.util.IdentityHashMap<>();

    private Flat flat(List<TokenTree> in) { return flats.computeIfAbsent(in, Flat::new); }

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
                        out.addAll(x.substituted(leaf));
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
