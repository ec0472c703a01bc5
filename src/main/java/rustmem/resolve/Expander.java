package rustmem.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.source.Span;
import rustmem.syntax.AstPrinter;
import rustmem.syntax.Lexer;
import rustmem.syntax.Lit;
import rustmem.syntax.Parser;
import rustmem.syntax.Token;
import rustmem.syntax.TokenKind;
import rustmem.syntax.TokenTrees;
import rustmem.syntax.ast.AstMap;
import rustmem.syntax.ast.AstWalk;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;

/**
 * Macro expansion for one crate (rustc_expand): calls of {@code macro_rules!} macros (the crate's own, then std's
 * exported ones) are transcribed and parsed as what the call stands for, expanded again up to the recursion
 * limit; the compiler's built-in macros ({@code format_args!}, {@code stringify!}, {@code concat!},
 * {@code line!}, {@code file!}, {@code cfg!}, {@code assert!} …) are expanded here; {@code #[derive]}s become impls.
 */
public final class Expander {
    private static final int RECURSION_LIMIT = 128;

    /** A macro call rustc rejects or rustmem cannot expand. */
    public static final class ExpandError extends RuntimeException {
        public final Diagnostic diagnostic;

        ExpandError(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    private final int crate;
    private final Diagnostics diags;
    private final SourceMap sources;
    private final Map<String, MacroRules> own = new HashMap<>();
    private final Map<String, MacroRules> std;
    /** Expression fragments substituted in parentheses (rustc's invisible delimiters), by span. */
    private final Map<Span, MacroRules.Leaf> invisible = new HashMap<>();
    private int depth;

    private Expander(int crate, Map<String, MacroRules> std, Diagnostics diags, SourceMap sources) {
        this.crate = crate;
        this.std = std;
        this.diags = diags;
        this.sources = sources;
    }

    /** The result of expanding a crate: the crate, and the macros it exports ({@code #[macro_export]}). */
    public record Expanded(Crate crate, Map<String, MacroRules> exported) {}

    /** Expands std's own source (its macros and the built-ins). */
    public static Expanded expandStd(Crate crate, Diagnostics diags, SourceMap sources) {
        Expander x = new Expander(Definitions.STD_CRATE, Map.of(), diags, sources);
        Map<String, MacroRules> exported = new HashMap<>();
        x.collect(crate.items(), exported);
        Crate out = new Crate(crate.attrs(), x.items(crate.items()), crate.span());
        return new Expanded(out, exported);
    }

    /** Expands the program with its own macros and std's exported ones. */
    public static Crate expandProgram(Crate crate, Map<String, MacroRules> stdMacros, Diagnostics diags, SourceMap sources) {
        Expander x = new Expander(Definitions.LOCAL_CRATE, stdMacros, diags, sources);
        x.collect(crate.items(), new HashMap<>());
        return new Crate(crate.attrs(), x.items(crate.items()), crate.span());
    }

    /** Collects every macro_rules! of the crate, in functions too (rustmem does not scope them textually). */
    private void collect(List<Item> items, Map<String, MacroRules> exported) {
        AstWalk.walk(items, n -> {
            if (n instanceof Item item && item.kind() instanceof Item.MacroRules mr) {
                try {
                    MacroRules rules = new MacroRules(mr.name().name(), crate, mr.body(), this);
                    own.put(mr.name().name(), rules);
                    if (Resolver.hasAttr(item.attrs(), "macro_export")) exported.put(mr.name().name(), rules);
                } catch (ExpandError e) {
                    diags.emit(e.diagnostic);
                }
            }
            return true;
        });
    }

    Diagnostics quiet() { return new Diagnostics(diags.file()); }

    static ExpandError error(Span span, String message) {
        Diagnostic.Builder b = Diagnostic.error(message);
        if (span != null) b.span(span);
        return new ExpandError(b.build());
    }

    // ------------------------------------------------------------------ which macro a call names

    private MacroRules rulesFor(MacCall call) {
        List<Path.PathSegment> segs = call.path().segments();
        String name = call.path().last().name();
        boolean viaCrate = segs.size() > 1 && List.of("std", "core", "alloc", "$crate").contains(segs.get(0).ident().name())
            || call.path().global();
        if (segs.size() == 1 && own.containsKey(name)) return own.get(name);
        if (segs.size() == 1 || viaCrate) {
            if (crate == Definitions.STD_CRATE && own.containsKey(name)) return own.get(name);
            return std.get(name);
        }
        if (segs.size() == 2 && segs.get(0).ident().name().equals("crate")) return own.get(name);
        return null;
    }

    private static String builtinName(MacCall call) {
        List<Path.PathSegment> segs = call.path().segments();
        if (segs.size() > 1 && !List.of("std", "core", "alloc").contains(segs.get(0).ident().name())) return null;
        return switch (call.path().last().name()) {
            case "format_args", "format_args_nl", "const_format_args", "stringify", "concat", "line", "column", "file",
                 "module_path", "cfg", "compile_error", "assert", "env", "option_env", "include_str", "include_bytes",
                 "concat_idents" -> call.path().last().name();
            default -> null;
        };
    }

    private boolean expands(MacCall call) { return rulesFor(call) != null || builtinName(call) != null; }

    /** The call's expansion as token trees: a macro_rules! transcription, or a built-in that expands to tokens. */
    private List<TokenTree> expandTokens(MacCall call) {
        MacroRules rules = rulesFor(call);
        if (rules != null) return rules.expand(call.args().trees(), call.span());
        return switch (builtinName(call)) {
            case "assert" -> assertTokens(call);
            case "compile_error" -> throw error(call.span(), call.args().trees().isEmpty() ? "compile_error!"
                : cooked(call.args().trees().get(0)));
            case null, default -> {
                Expr e = builtinExpr(call);
                // an expression-only built-in in statement or item position: as a statement of its own
                yield List.of(new TokenTree.Delimited(TokenTree.Delim.PAREN, exprTokens(e), call.span()));
            }
        };
    }

    /** Expands a call and what its expansion contains, counting nesting against the recursion limit. */
    private <T> T nested(MacCall call, java.util.function.Function<List<TokenTree>, T> further) {
        if (++depth > RECURSION_LIMIT) {
            throw error(call.span(), "recursion limit reached while expanding `" + call.path().last().name() + "!`");
        }
        try {
            return further.apply(expandTokens(call));
        } finally {
            depth--;
        }
    }

    private Object parse(List<TokenTree> trees, Parser.Fragment kind, MacCall call) {
        Object parsed = Parser.parseFragment(TokenTrees.flatten(trees), kind, diags);
        if (parsed == null) throw error(call.span(), "the expansion of `" + call.path().last().name() + "!` does not parse");
        return parsed;
    }

    // ------------------------------------------------------------------ walking the crate

    private List<Item> items(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            try {
                switch (item.kind()) {
                    case Item.MacroRules mr -> { }
                    case Item.MacItem mi when expands(mi.mac()) ->
                        out.addAll(nested(mi.mac(), ts -> items(castItems(parse(ts, Parser.Fragment.ITEMS, mi.mac())))));
                    case Item.MacItem mi -> diags.emit(Diagnostic.error("cannot find macro `" + mi.mac().path().last().name()
                        + "` in this scope").span(mi.mac().path().span()));
                    default -> {
                        out.add((Item) map(item));
                        if (Cfg.enabled(item.attrs())) out.addAll(derives(item));
                    }
                }
            } catch (ExpandError e) {
                diags.emit(e.diagnostic);
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
            case Item.Trait t -> new Item.Trait(t.unsafe(), t.auto(), t.name(), (rustmem.syntax.ast.Generics) map(t.generics()),
                t.supertraits(), items(t.items()));
            case Item.Impl i -> new Item.Impl(i.unsafe(), (rustmem.syntax.ast.Generics) map(i.generics()), i.negative(), i.traitRef(),
                (Type) map(i.selfType()), items(i.items()));
            case Expr.Mac m when builtinName(m.mac()) != null && !builtinName(m.mac()).equals("assert") && rulesFor(m.mac()) == null ->
                map(builtinExpr(m.mac()));
            case Expr.Mac m when expands(m.mac()) -> nested(m.mac(), ts -> map(parse(ts, Parser.Fragment.EXPR, m.mac())));
            case Pat.Mac m when expands(m.mac()) -> nested(m.mac(), ts -> map(parse(ts, Parser.Fragment.PAT, m.mac())));
            case Type.Mac m when expands(m.mac()) -> nested(m.mac(), ts -> map(parse(ts, Parser.Fragment.TYPE, m.mac())));
            case Expr.FormatArgs f -> new Expr.FormatArgs(f.template(), f.args().stream().map(a -> (Expr) map(a)).toList(), f.span());
            case FormatTemplate t -> t;
            case Record r -> AstMap.children(r, this::map);
            default -> node;
        };
    }

    /** A block's statements with statement macros replaced by the statements they expand to. */
    private Block block(Block b) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : b.stmts()) {
            try {
                if (s instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.Mac m && expands(m.mac())
                    && !(builtinName(m.mac()) != null && !"assert".equals(builtinName(m.mac())) && rulesFor(m.mac()) == null)) {
                    List<Stmt> stmts = nested(m.mac(), ts -> block((Block) parse(ts, Parser.Fragment.STMTS, m.mac())).stmts());
                    for (int i = 0; i < stmts.size(); i++) {
                        Stmt st = stmts.get(i);
                        if (i == stmts.size() - 1 && es.semi() && st instanceof Stmt.ExprStmt last && !last.semi()) {
                            st = new Stmt.ExprStmt(last.attrs(), last.expr(), true, last.span());
                        }
                        out.add(st);
                    }
                } else if (s instanceof Stmt.ItemStmt is && is.item().kind() instanceof Item.MacroRules) {
                    continue;
                } else if (s instanceof Stmt.ItemStmt is && is.item().kind() instanceof Item.MacItem mi && expands(mi.mac())) {
                    for (Item it : nested(mi.mac(), ts -> items(castItems(parse(ts, Parser.Fragment.ITEMS, mi.mac()))))) {
                        out.add(new Stmt.ItemStmt(it));
                    }
                } else if (s instanceof Stmt.ItemStmt is) {
                    for (Item it : items(List.of(is.item()))) out.add(new Stmt.ItemStmt(it));
                } else {
                    out.add((Stmt) map(s));
                }
            } catch (ExpandError e) {
                diags.emit(e.diagnostic);
            }
        }
        return new Block(out, b.unsafe(), b.span());
    }

    // ------------------------------------------------------------------ expression fragments

    MacroRules.Leaf fragmentGroup(TokenTree t) {
        return t instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.PAREN ? invisible.get(d.span()) : null;
    }

    /**
     * An expression fragment keeps its grouping (rustc's invisible delimiters): it is substituted in parentheses;
     * other fragments are spliced as their tokens.
     */
    List<TokenTree> substituted(MacroRules.Leaf leaf) {
        if (!leaf.kind().equals("expr") || leaf.trees().size() == 1 && fragmentGroup(leaf.trees().get(0)) != null) {
            return leaf.trees();
        }
        Span span = leaf.trees().isEmpty() ? new Span(0, 0)
            : new Span(leaf.trees().get(0).span().lo(), leaf.trees().get(leaf.trees().size() - 1).span().hi());
        TokenTree.Delimited group = new TokenTree.Delimited(TokenTree.Delim.PAREN, leaf.trees(), span);
        invisible.put(group.span(), leaf);
        return List.of(group);
    }

    // ------------------------------------------------------------------ built-in macros

    private Expr builtinExpr(MacCall call) {
        String name = builtinName(call);
        Span span = call.span();
        return switch (name) {
            case "format_args", "const_format_args" -> formatArgs(call, false);
            case "format_args_nl" -> formatArgs(call, true);
            case "stringify" -> str(stringify(call.args().trees()), span);
            case "concat" -> concat(call);
            case "line" -> new Expr.LitExpr(new Lit(Lit.Kind.INT, String.valueOf(sources.fileOf(span).line(span.lo())), "u32", null, span), span);
            case "column" -> new Expr.LitExpr(new Lit(Lit.Kind.INT, String.valueOf(sources.fileOf(span).column(span.lo())), "u32", null,
                span), span);
            case "file" -> str(sources.fileOf(span).name(), span);
            case "module_path" -> str(crateName(), span);
            case "cfg" -> new Expr.LitExpr(new Lit(Lit.Kind.BOOL, Cfg.holds(call.args().trees()) ? "true" : "false", null, null, span), span);
            case "option_env" -> (Expr) Parser.parseFragment(respanned(lex("::core::option::Option::None::<&'static str>"), span),
                Parser.Fragment.EXPR, diags);
            case "env" -> throw error(span, "environment variable `" + cooked(call.args().trees().get(0)) + "` not defined at compile time");
            default -> throw error(span, "unsupported: the built-in macro `" + name + "!`");
        };
    }

    private String crateName() {
        String file = sources.primary().name();
        int slash = file.lastIndexOf('/');
        String base = file.substring(slash + 1);
        return base.endsWith(".rs") ? base.substring(0, base.length() - 3).replace('-', '_') : base;
    }

    /** format_args!(fmt, args…): the template parsed, implicit captures ({x}) appended as paths. */
    private Expr formatArgs(MacCall call, boolean newline) {
        List<List<TokenTree>> parts = TokenTrees.splitCommas(call.args().trees());
        FormatMacroCall parsed = FormatMacroCall.parse(parts, call.span(), diags);
        if (parsed == null) throw error(call.span(), "could not parse the arguments of `" + call.path().last().name() + "!`");
        if (parsed.format() == null) throw error(call.span(), "requires at least a format string argument");
        String text = parsed.format().cooked() + (newline ? "\n" : "");
        FormatParser.Result result;
        try {
            result = FormatParser.parse(text, parsed.positional().size(), parsed.names());
        } catch (FormatParser.FormatError fe) {
            throw error(parsed.formatSpan(), "invalid format string: " + fe.getMessage());
        }
        List<Expr> args = new ArrayList<>(parsed.positional());
        args.addAll(parsed.namedValues());
        for (String capture : result.captures()) {
            Span at = parsed.formatSpan();
            Ident id = new Ident(capture, at);
            args.add(new Expr.PathExpr(null, new Path(false, List.of(new Path.PathSegment(id, null, at)), at), at));
        }
        return new Expr.FormatArgs(result.template(), args, call.span());
    }

    private static String cooked(TokenTree t) {
        return t instanceof TokenTree.Leaf l && l.token().lit() != null && l.token().lit().cooked() != null ? l.token().lit().cooked()
            : t instanceof TokenTree.Leaf l2 ? l2.token().text() : "";
    }

    private Expr concat(MacCall call) {
        StringBuilder b = new StringBuilder();
        for (List<TokenTree> part : TokenTrees.splitCommas(call.args().trees())) {
            if (part.isEmpty()) continue;
            Expr e = (Expr) map(Parser.parseExprOnly(TokenTrees.flatten(part), diags));
            if (e instanceof Expr.LitExpr l) {
                b.append(switch (l.lit().kind()) {
                    case STR, RAW_STR, CHAR -> l.lit().cooked();
                    case INT, FLOAT -> l.lit().symbol().replace("_", "");
                    case BOOL -> l.lit().symbol();
                    default -> throw error(e.span(), "cannot concatenate a byte string literal");
                });
            } else if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG && u.operand() instanceof Expr.LitExpr l) {
                b.append('-').append(l.lit().symbol());
            } else {
                throw error(e == null ? call.span() : e.span(), "expected a literal");
            }
        }
        return str(b.toString(), call.span());
    }

    /** assert!(cond) and assert!(cond, fmt, args…) as rustc expands them: a test, then a panic. */
    private List<TokenTree> assertTokens(MacCall call) {
        List<List<TokenTree>> parts = TokenTrees.splitCommas(call.args().trees());
        if (parts.isEmpty() || parts.get(0).isEmpty()) throw error(call.span(), "macro requires a boolean expression as an argument");
        Span site = call.span();
        StringBuilder src = new StringBuilder("if !(");
        List<TokenTree> out = new ArrayList<>(respannedTrees(lex("if !"), site));
        List<TokenTree> cond = parts.get(0);
        out.add(new TokenTree.Delimited(TokenTree.Delim.PAREN, cond, site));
        List<TokenTree> body = new ArrayList<>();
        if (parts.size() == 1) {
            String message = "assertion failed: " + stringify(cond);
            body.addAll(respannedTrees(lex("::core::panicking::panic"), site));
            Lit lit = new Lit(Lit.Kind.STR, escape(message), null, message, site);
            body.add(new TokenTree.Delimited(TokenTree.Delim.PAREN,
                List.of(new TokenTree.Leaf(new Token(TokenKind.LITERAL, lit.spelling(), site.lo(), site.hi(), lit))), site));
        } else {
            body.addAll(respannedTrees(lex("::core::panicking::panic_fmt"), site));
            List<TokenTree> fmtArgs = new ArrayList<>(respannedTrees(lex("::core::format_args!"), site));
            List<TokenTree> rest = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                if (i > 1) rest.add(new TokenTree.Leaf(new Token(TokenKind.COMMA, ",", site.lo(), site.hi(), null)));
                rest.addAll(parts.get(i));
            }
            fmtArgs.add(new TokenTree.Delimited(TokenTree.Delim.PAREN, rest, site));
            body.add(new TokenTree.Delimited(TokenTree.Delim.PAREN, fmtArgs, site));
        }
        out.add(new TokenTree.Delimited(TokenTree.Delim.BRACE, body, site));
        src.setLength(0);
        return out;
    }

    // ------------------------------------------------------------------ derives

    private List<Item> derives(Item item) {
        List<String> names = new ArrayList<>();
        Span at = null;
        for (Attribute a : item.attrs()) {
            if (!a.is("derive")) continue;
            at = a.span();
            for (List<TokenTree> part : TokenTrees.splitCommas(a.tokens())) {
                if (!part.isEmpty() && part.get(part.size() - 1) instanceof TokenTree.Leaf l) names.add(l.token().text());
            }
        }
        if (names.isEmpty()) return List.of();
        String source;
        try {
            source = Derives.generate(item, names);
        } catch (ExpandError e) {
            diags.emit(e.diagnostic);
            return List.of();
        }
        if (source.isEmpty()) return List.of();
        Object parsed = Parser.parseFragment(respanned(lex(source), at), Parser.Fragment.ITEMS, diags);
        if (parsed == null) {
            diags.emit(Diagnostic.error("internal: a derive did not parse:\n" + source).span(at));
            return List.of();
        }
        return items(castItems(parsed));
    }

    // ------------------------------------------------------------------ tokens

    private List<Token> lex(String text) {
        List<Token> toks = Lexer.tokenize(new SourceFile("<expansion>", text), diags);
        return toks.subList(0, toks.size() - 1);   // without EOF
    }

    private static List<Token> respanned(List<Token> toks, Span site) {
        List<Token> out = new ArrayList<>(toks.size());
        for (Token t : toks) out.add(new Token(t.kind(), t.text(), site.lo(), site.hi(), t.lit()));
        return out;
    }

    private static List<TokenTree> respannedTrees(List<Token> toks, Span site) {
        return TokenTrees.build(respanned(toks, site));
    }

    /** An expression as tokens (built-ins that make expressions, used where tokens are wanted). */
    private List<TokenTree> exprTokens(Expr e) {
        return TokenTrees.build(respanned(lex(AstPrinter.print(e)), e.span()));
    }

    private static Expr str(String text, Span span) {
        return new Expr.LitExpr(new Lit(Lit.Kind.STR, escape(text), null, text, span), span);
    }

    // ------------------------------------------------------------------ stringify!

    /** The text stringify! makes of its input: expression fragments as rustc prints them, other tokens spaced as rustc spaces them. */
    String stringify(List<TokenTree> trees) {
        StringBuilder b = new StringBuilder();
        Token prev = null;
        for (TokenTree t : trees) {
            MacroRules.Leaf fragment = fragmentGroup(t);
            String text;
            Token first;
            if (fragment != null) {
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

    static String escape(String s) {
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
}
