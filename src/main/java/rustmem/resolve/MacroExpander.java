package rustmem.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Span;
import rustmem.syntax.AstPrinter;
import rustmem.syntax.Lit;
import rustmem.syntax.Parser;
import rustmem.syntax.Token;
import rustmem.syntax.TokenKind;
import rustmem.syntax.TokenTrees;
import rustmem.syntax.ast.AstMap;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;

/**
 * Expands the program's `macro_rules!` macros (rustc_expand's mbe): each call's input is matched
 * against the rules in order (literal tokens, `$x:frag` fragments, `$(…) sep op` repetitions), the
 * first rule that matches is transcribed, and the result is parsed as what the call stands for (an
 * expression, statements, items, a pattern or a type) and expanded again. `stringify!` is expanded
 * here too, with expression fragments printed as rustc prints them.
 */
public final class MacroExpander {
    /** rustc's default recursion_limit. */
    private static final int RECURSION_LIMIT = 128;

    /** Thrown for a macro call rustc rejects (no rule matches, recursion limit) or rustmem cannot expand. */
    public static final class ExpandError extends RuntimeException {
        public final Diagnostic diagnostic;

        ExpandError(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    // ------------------------------------------------------------------ macro definitions

    private sealed interface Matcher {}

    private record Literal(Token token) implements Matcher {}

    private record Group(TokenTree.Delim delim, List<Matcher> inner) implements Matcher {}

    private record Fragment(String name, String kind) implements Matcher {}

    private record Repetition(List<Matcher> inner, Token separator, char op) implements Matcher {}

    private record Rule(List<Matcher> matcher, List<TokenTree> transcriber) {}

    /** What a fragment variable captured: its trees (and for `expr`, the parsed expression), or one capture per repetition. */
    private sealed interface Capture {}

    private record Leaf(List<TokenTree> trees, String kind, Expr expr) implements Capture {}

    private record Seq(List<Capture> items) implements Capture {}

    private final Map<String, List<Rule>> macros = new HashMap<>();
    private final Diagnostics diags;
    /**
     * The parenthesised groups `expr` fragments were substituted as (rustc's invisible delimiters), by their
     * span, which survives re-parsing: stringify! prints the expression itself, without the parentheses.
     */
    private final Map<Span, Leaf> invisible = new HashMap<>();
    private int depth;

    private MacroExpander(Diagnostics diags) { this.diags = diags; }

    /** The crate with every call of its macro_rules! macros (and stringify!) expanded, the definitions removed. */
    public static Crate expand(Crate crate, Diagnostics diags) {
        MacroExpander x = new MacroExpander(diags);
        boolean[] builtin = {false};
        rustmem.syntax.ast.AstWalk.walk(crate.items(), n -> {
            if (n instanceof Item.MacroRules mr) x.macros.put(mr.name().name(), x.rules(mr));
            if (n instanceof MacCall mc && isStringify(mc) || n instanceof TokenTree.Leaf l && l.token().isKeyword("stringify")) {
                builtin[0] = true;
            }
            return true;
        });
        if (x.macros.isEmpty() && !builtin[0]) return crate;
        return new Crate(crate.attrs(), x.items(crate.items()), crate.span());
    }

    private List<Rule> rules(Item.MacroRules mr) {
        List<Rule> rules = new ArrayList<>();
        List<TokenTree> body = mr.body().trees();
        for (int i = 0; i < body.size(); ) {
            if (i + 2 >= body.size() || !(body.get(i) instanceof TokenTree.Delimited lhs) || !isToken(body.get(i + 1), TokenKind.FATARROW)
                || !(body.get(i + 2) instanceof TokenTree.Delimited rhs)) {
                throw error(body.get(i).span(), "unsupported: this form of `macro_rules!` rule");
            }
            rules.add(new Rule(matchers(lhs.trees()), rhs.trees()));
            i += 3;
            if (i < body.size() && isToken(body.get(i), TokenKind.SEMI)) i++;
        }
        return rules;
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
                    if (tail == null) throw error(next.span(), "expected one of: `*`, `+`, or `?`");
                    out.add(new Repetition(matchers(d.trees()), tail.separator(), tail.op()));
                    i = tail.end();
                    continue;
                }
            }
            out.add(t instanceof TokenTree.Delimited d ? new Group(d.delim(), matchers(d.trees())) : new Literal(((TokenTree.Leaf) t).token()));
        }
        return out;
    }

    /** What follows `$( … )`: an optional separator token, then the operator (`*`, `+`, `?`) at index end. */
    private record RepetitionTail(Token separator, char op, int end) {}

    /** The separator and operator of a repetition whose parentheses end before index at; null when there is no operator. */
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

    private static boolean isToken(TokenTree t, TokenKind k) { return t instanceof TokenTree.Leaf l && l.token().is(k); }

    // ------------------------------------------------------------------ matching

    /** Whether matchers[mi..] match input[ii..] to its end, recording captures. */
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
                    Leaf substitutedBefore = trees.size() == 1 ? fragmentGroup(trees.get(0)) : null;
                    if (f.kind().equals("expr") && substitutedBefore != null) {
                        expr = substitutedBefore.expr();   // a fragment passed on to another macro stays one expression
                    } else if (f.kind().equals("expr")) {
                        Object parsed = Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.EXPR, new Diagnostics(diags.file()));
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

    /** Matches one more iteration of r greedily (then fewer), then the matchers after it. */
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
                // the iteration's own end is unknown: try each, the longest first
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

    /** Where a fragment of this kind starting at ii may end (longest first), by the tokens rustc lets follow it. */
    private List<Integer> fragmentEnds(String kind, List<TokenTree> in, int ii) {
        List<Integer> ends = new ArrayList<>();
        switch (kind) {
            case "tt" -> { if (ii < in.size()) ends.add(ii + 1); }
            case "ident", "lifetime", "block" -> { if (ii < in.size()) ends.add(ii + 1); }
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
            case "expr", "stmt", "ty", "path", "pat", "pat_param" -> {
                // up to each token that may follow such a fragment, at angle-bracket depth 0
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
            default -> throw error(in.isEmpty() ? null : in.get(Math.min(ii, in.size() - 1)).span(),
                "unsupported: `$x:" + kind + "` fragments in macro_rules!");
        }
        return ends;
    }

    private static boolean follows(String kind, TokenTree t) {
        if (!(t instanceof TokenTree.Leaf l)) return kind.equals("ty") || kind.equals("path") ? t instanceof TokenTree.Delimited d
            && d.delim() != TokenTree.Delim.PAREN : false;
        Token tok = l.token();
        return switch (kind) {
            case "expr", "stmt" -> tok.is(TokenKind.FATARROW) || tok.is(TokenKind.COMMA) || tok.is(TokenKind.SEMI);
            case "pat", "pat_param" -> tok.is(TokenKind.FATARROW) || tok.is(TokenKind.COMMA) || tok.is(TokenKind.EQ)
                || tok.isKeyword("if") || tok.isKeyword("in") || kind.equals("pat_param") && tok.is(TokenKind.OR);
            default -> tok.is(TokenKind.FATARROW) || tok.is(TokenKind.COMMA) || tok.is(TokenKind.EQ) || tok.is(TokenKind.OR)
                || tok.is(TokenKind.SEMI) || tok.is(TokenKind.COLON) || tok.is(TokenKind.GT) || tok.isKeyword("as")
                || tok.isKeyword("where");
        };
    }

    private boolean parses(String kind, List<TokenTree> trees) {
        Diagnostics quiet = new Diagnostics(diags.file());
        return switch (kind) {
            case "ident" -> trees.size() == 1 && trees.get(0) instanceof TokenTree.Leaf l && l.token().isIdent();
            case "lifetime" -> trees.size() == 1 && isToken(trees.get(0), TokenKind.LIFETIME);
            case "block" -> trees.size() == 1 && trees.get(0) instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.BRACE;
            case "literal" -> trees.get(trees.size() - 1) instanceof TokenTree.Leaf l
                && (l.token().is(TokenKind.LITERAL) || l.token().isKeyword("true") || l.token().isKeyword("false"));
            case "ty", "path" -> Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.TYPE, quiet) != null;
            case "pat", "pat_param" -> Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.PAT, quiet) != null;
            case "stmt" -> Parser.parseFragment(TokenTrees.flatten(trees), Parser.Fragment.STMTS, quiet) != null;
            default -> true;
        };
    }

    private static boolean sameToken(Token a, Token b) { return a.kind() == b.kind() && a.text().equals(b.text()); }

    // ------------------------------------------------------------------ transcription

    private List<TokenTree> transcribe(List<TokenTree> rhs, Map<String, Capture> caps) {
        List<TokenTree> out = new ArrayList<>();
        for (int i = 0; i < rhs.size(); i++) {
            TokenTree t = rhs.get(i);
            if (isToken(t, TokenKind.DOLLAR) && i + 1 < rhs.size()) {
                TokenTree next = rhs.get(i + 1);
                if (next instanceof TokenTree.Leaf id && id.token().isIdent()) {
                    String name = id.token().text();
                    if (name.equals("crate")) {
                        out.add(next);
                        i++;
                        continue;
                    }
                    Capture c = caps.get(name);
                    if (c instanceof Leaf leaf) {
                        out.add(substituted(leaf));
                        i++;
                        continue;
                    }
                    if (c instanceof Seq) throw error(id.span(), "variable `" + name + "` is still repeating at this depth");
                }
                RepetitionTail tail = next instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.PAREN
                    ? repetitionTail(rhs, i + 2) : null;
                if (tail != null) {
                    TokenTree.Delimited d = (TokenTree.Delimited) next;
                    int count = -1;
                    for (String v : used(d.trees())) {
                        if (caps.get(v) instanceof Seq s) {
                            if (count >= 0 && count != s.items().size()) {
                                throw error(d.span(), "meta-variable repeats " + count + " times, but another repeats "
                                    + s.items().size() + " times");
                            }
                            count = s.items().size();
                        }
                    }
                    if (count < 0) throw error(d.span(), "attempted to repeat an expression containing no syntax variables matched as repeating at this depth");
                    for (int k = 0; k < count; k++) {
                        if (k > 0 && tail.separator() != null) out.add(new TokenTree.Leaf(tail.separator()));
                        Map<String, Capture> one = new HashMap<>(caps);
                        for (var e : caps.entrySet()) if (e.getValue() instanceof Seq s) one.put(e.getKey(), s.items().get(k));
                        out.addAll(transcribe(d.trees(), one));
                    }
                    i = tail.end();
                    continue;
                }
            }
            out.add(t instanceof TokenTree.Delimited d ? new TokenTree.Delimited(d.delim(), transcribe(d.trees(), caps), d.span()) : t);
        }
        return out;
    }

    private Leaf fragmentGroup(TokenTree t) {
        return t instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.PAREN ? invisible.get(d.span()) : null;
    }

    /** An expression fragment keeps its grouping (rustc's invisible delimiters): it is substituted in parentheses. */
    private TokenTree substituted(Leaf leaf) {
        if (leaf.trees().size() == 1 && (!leaf.kind().equals("expr") || fragmentGroup(leaf.trees().get(0)) != null)) {
            return leaf.trees().get(0);
        }
        Span span = leaf.trees().isEmpty() ? null : new Span(leaf.trees().get(0).span().lo(), leaf.trees().get(leaf.trees().size() - 1).span().hi());
        TokenTree.Delimited group = new TokenTree.Delimited(TokenTree.Delim.PAREN, leaf.trees(), span == null ? new Span(0, 0) : span);
        if (leaf.kind().equals("expr")) invisible.put(group.span(), leaf);
        return group;
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

    /** The expansion of a call of a program macro, as token trees. */
    private List<TokenTree> expandCall(MacCall call) {
        for (Rule r : macros.get(call.path().last().name())) {
            Map<String, Capture> caps = new HashMap<>();
            if (match(r.matcher(), 0, call.args().trees(), 0, caps)) {
                requireHygiene(r.transcriber(), caps, call);
                return transcribe(r.transcriber(), caps);
            }
        }
        throw error(call.span(), "no rules expected this token in macro call");
    }

    /**
     * rustc's hygiene keeps a name the macro binds (`let x`, `for x`, `|x|`) apart from the same name in
     * the call's input; rustmem does not rename, so such a call is refused rather than run with the wrong x.
     */
    private void requireHygiene(List<TokenTree> template, Map<String, Capture> caps, MacCall call) {
        java.util.Set<String> bound = new java.util.HashSet<>();
        boundNames(template, bound);
        if (bound.isEmpty()) return;
        java.util.Set<String> input = new java.util.HashSet<>();
        for (Capture c : caps.values()) captureIdents(c, input);
        for (String name : bound) {
            if (input.contains(name)) {
                throw error(call.span(), "unsupported: a macro whose expansion binds `" + name + "`, which its input also names (hygiene)");
            }
        }
    }

    private static void boundNames(List<TokenTree> trees, java.util.Set<String> out) {
        boolean inClosureParams = false;
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            if (t instanceof TokenTree.Delimited d) {
                boundNames(d.trees(), out);
                continue;
            }
            Token tok = ((TokenTree.Leaf) t).token();
            if (tok.is(TokenKind.OR)) inClosureParams = !inClosureParams;
            boolean binder = tok.isKeyword("let") || tok.isKeyword("for") || tok.isKeyword("mut") || tok.isKeyword("ref");
            if ((binder || inClosureParams) && i + 1 < trees.size() && trees.get(i + 1) instanceof TokenTree.Leaf next
                && next.token().isIdent() && !next.token().isKeyword("mut") && !(i > 0 && isToken(trees.get(i - 1), TokenKind.DOLLAR))) {
                out.add(next.token().text());
            }
            if (inClosureParams && tok.isIdent()) out.add(tok.text());
        }
    }

    private static void captureIdents(Capture c, java.util.Set<String> out) {
        switch (c) {
            case Leaf l -> { for (Token t : TokenTrees.flatten(l.trees())) if (t.isIdent()) out.add(t.text()); }
            case Seq s -> { for (Capture item : s.items()) captureIdents(item, out); }
        }
    }

    /** Expands a call and what its expansion contains, counting the nesting against rustc's recursion limit. */
    private <T> T nested(MacCall call, java.util.function.Function<List<TokenTree>, T> expandFurther) {
        if (++depth > RECURSION_LIMIT) {
            throw error(call.span(), "recursion limit reached while expanding `" + call.path().last().name() + "!`");
        }
        try {
            return expandFurther.apply(expandCall(call));
        } finally {
            depth--;
        }
    }

    private boolean isProgramMacro(MacCall call) { return call.path().isSingle() && macros.containsKey(call.path().last().name()); }

    private static boolean isStringify(MacCall call) { return call.path().isSingle() && call.path().last().name().equals("stringify"); }

    private Object parse(List<TokenTree> trees, Parser.Fragment kind, MacCall call) {
        Object parsed = Parser.parseFragment(TokenTrees.flatten(trees), kind, diags);
        if (parsed == null) throw error(call.span(), "the expansion of `" + call.path().last().name() + "!` does not parse");
        return parsed;
    }

    // ------------------------------------------------------------------ expanding the crate

    private List<Item> items(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            switch (item.kind()) {
                case Item.MacroRules mr -> { }
                case Item.MacItem mi when isProgramMacro(mi.mac()) ->
                    out.addAll(nested(mi.mac(), ts -> items(castItems(parse(ts, Parser.Fragment.ITEMS, mi.mac())))));
                default -> out.add((Item) map(item));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Item> castItems(Object parsed) { return (List<Item>) parsed; }

    private Object map(Object node) {
        return switch (node) {
            case Block b -> block(b);
            case Item.Mod m when m.items() != null -> new Item.Mod(m.unsafe(), m.name(), items(m.items()));
            case Expr.Mac m when isStringify(m.mac()) -> new Expr.LitExpr(stringLit(stringify(m.mac().args().trees()), m.span()), m.span());
            case Expr.Mac m when isProgramMacro(m.mac()) -> nested(m.mac(), ts -> map(parse(ts, Parser.Fragment.EXPR, m.mac())));
            case Pat.Mac m when isProgramMacro(m.mac()) -> nested(m.mac(), ts -> map(parse(ts, Parser.Fragment.PAT, m.mac())));
            case Type.Mac m when isProgramMacro(m.mac()) -> nested(m.mac(), ts -> map(parse(ts, Parser.Fragment.TYPE, m.mac())));
            case MacCall mc -> new MacCall(mc.path(), new TokenTree.Delimited(mc.args().delim(), tokens(mc.args().trees()), mc.args().span()),
                mc.span());
            case Record r -> AstMap.children(r, this::map);
            default -> node;
        };
    }

    /** A block's statements with statement macros replaced by the statements they expand to. */
    private Block block(Block b) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : b.stmts()) {
            if (s instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.Mac m && isProgramMacro(m.mac())) {
                List<Stmt> stmts = nested(m.mac(), ts -> block((Block) parse(ts, Parser.Fragment.STMTS, m.mac())).stmts());
                for (int i = 0; i < stmts.size(); i++) {
                    Stmt st = stmts.get(i);
                    // the call's own `;` ends its last statement
                    if (i == stmts.size() - 1 && es.semi() && st instanceof Stmt.ExprStmt last && !last.semi()) {
                        st = new Stmt.ExprStmt(last.attrs(), last.expr(), true, last.span());
                    }
                    out.add(st);
                }
            } else if (s instanceof Stmt.ItemStmt is && is.item().kind() instanceof Item.MacroRules) {
                continue;
            } else if (s instanceof Stmt.ItemStmt is && is.item().kind() instanceof Item.MacItem mi && isProgramMacro(mi.mac())) {
                for (Item it : nested(mi.mac(), ts -> items(castItems(parse(ts, Parser.Fragment.ITEMS, mi.mac()))))) {
                    out.add(new Stmt.ItemStmt(it));
                }
            } else {
                out.add((Stmt) map(s));
            }
        }
        return new Block(out, b.unsafe(), b.span());
    }

    /** Token input of other macros (println!'s arguments …): program macro calls and stringify! in it expanded. */
    private List<TokenTree> tokens(List<TokenTree> trees) {
        List<TokenTree> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            if (t instanceof TokenTree.Leaf l && l.token().isIdent() && i + 2 < trees.size() && isToken(trees.get(i + 1), TokenKind.NOT)
                && trees.get(i + 2) instanceof TokenTree.Delimited args && !(i > 0 && isToken(trees.get(i - 1), TokenKind.PATHSEP))) {
                String name = l.token().text();
                MacCall call = new MacCall(new rustmem.syntax.ast.Path(false, List.of(new rustmem.syntax.ast.Path.PathSegment(
                    new rustmem.syntax.ast.Ident(name, l.span()), null, l.span())), l.span()), args, new Span(l.span().lo(), args.span().hi()));
                if (name.equals("stringify")) {
                    out.add(new TokenTree.Leaf(litToken(stringify(args.trees()), call.span())));
                    i += 2;
                    continue;
                }
                if (macros.containsKey(name)) {
                    // expanded in place, grouped: a block where the call was written with braces, else parentheses
                    TokenTree.Delim group = args.delim() == TokenTree.Delim.BRACE ? TokenTree.Delim.BRACE : TokenTree.Delim.PAREN;
                    out.add(new TokenTree.Delimited(group, nested(call, this::tokens), call.span()));
                    i += 2;
                    continue;
                }
            }
            out.add(t instanceof TokenTree.Delimited d && fragmentGroup(d) == null
                ? new TokenTree.Delimited(d.delim(), tokens(d.trees()), d.span()) : t);
        }
        return out;
    }

    // ------------------------------------------------------------------ stringify!

    /** The text stringify! makes of its input: an expression fragment as rustc prints it, other tokens spaced as rustc spaces them. */
    private String stringify(List<TokenTree> trees) {
        StringBuilder b = new StringBuilder();
        Token prev = null;
        for (TokenTree t : trees) {
            Leaf fragment = fragmentGroup(t);
            String text;
            Token first;
            if (fragment != null) {
                // rustc prints a fragment's expression on one line: `{ let x = 1; x }`
                text = AstPrinter.print(fragment.expr()).replaceAll("\n\\s*", " ");
                first = null;
            } else if (t instanceof TokenTree.Delimited d) {
                String open = d.delim().open, close = d.delim().close;
                String inner = stringify(d.trees());
                text = d.delim() == TokenTree.Delim.BRACE && !inner.isEmpty() ? open + " " + inner + " " + close : open + inner + close;
                first = new Token(TokenKind.OPEN_PAREN, open, 0, 0, null);
            } else {
                first = ((TokenTree.Leaf) t).token();
                text = first.kind() == TokenKind.LITERAL && first.lit() != null ? first.lit().spelling() : first.text();
            }
            if (!b.isEmpty() && spaceBetween(prev, first)) b.append(' ');
            b.append(text);
            prev = t instanceof TokenTree.Leaf l ? l.token() : new Token(TokenKind.CLOSE_PAREN, ")", 0, 0, null);
        }
        return b.toString();
    }

    private static boolean spaceBetween(Token prev, Token next) {
        if (prev == null || next == null) return true;
        if (next.is(TokenKind.COMMA) || next.is(TokenKind.SEMI) || next.is(TokenKind.DOT) || next.is(TokenKind.QUESTION)) return false;
        if (prev.is(TokenKind.DOT) || prev.is(TokenKind.PATHSEP) || next.is(TokenKind.PATHSEP) || prev.is(TokenKind.DOLLAR)) return false;
        if (next.is(TokenKind.OPEN_PAREN) && (prev.isIdent() || prev.is(TokenKind.NOT))) return false;
        return !(next.is(TokenKind.NOT) && prev.isIdent());
    }

    private static Lit stringLit(String text, Span span) {
        return new Lit(Lit.Kind.STR, escape(text), null, text, span);
    }

    private static Token litToken(String text, Span span) {
        Lit lit = stringLit(text, span);
        return new Token(TokenKind.LITERAL, lit.spelling(), span.lo(), span.hi(), lit);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private ExpandError error(Span span, String message) {
        Diagnostic.Builder b = Diagnostic.error(message);
        if (span != null) b.span(span);
        return new ExpandError(b.build());
    }
}
