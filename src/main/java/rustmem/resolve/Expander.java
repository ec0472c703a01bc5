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
 * A test build ({@code rustc --test}) configures the program's {@code cfg}s for it and adds the test harness:
 * each {@code #[test]} function gets a descriptor and a generated main runs them with std's libtest.
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
    /** The build's configuration: a normal build's, or a test build's for the program of `rustmem test`. */
    private final Cfg cfg;
    /** The edition of the crate being expanded (its macros' fragments are parsed in it). */
    final rustmem.source.Edition edition;
    private int depth;
    /** Names the crate's `use` items bind to a path in std (`use std::ptr;` → `ptr`): `ptr::addr_of!` names std's macro. */
    private final java.util.Set<String> stdAliases = new java.util.HashSet<>();

    private Expander(int crate, Map<String, MacroRules> std, Diagnostics diags, SourceMap sources, Cfg cfg,
                     rustmem.source.Edition edition) {
        this.edition = edition;
        this.crate = crate;
        // std's macros (shared by every compilation) expand with this expander's state
        this.std = new HashMap<>();
        std.forEach((name, rules) -> this.std.put(name, rules.boundTo(this)));
        this.diags = diags;
        this.sources = sources;
        this.cfg = cfg;
    }

    /** The result of expanding a crate: the crate, and the macros it exports ({@code #[macro_export]}). */
    public record Expanded(Crate crate, Map<String, MacroRules> exported) {
        /** The names of std's macros every crate has in scope: its #[macro_export] ones (not its macros 2.0). */
        public java.util.Set<String> inScope() {
            java.util.Set<String> names = new java.util.HashSet<>();
            exported.forEach((name, rules) -> { if (!rules.scoped) names.add(name); });
            return names;
        }
    }

    /** Expands std's own source (its macros and the built-ins). */
    public static Expanded expandStd(Crate crate, Diagnostics diags, SourceMap sources) {
        Expander x = new Expander(Definitions.STD_CRATE, Map.of(), diags, sources, Cfg.BUILD, rustmem.source.Edition.E2024);
        Map<String, MacroRules> exported = new HashMap<>();
        x.collect(crate.items(), exported);
        Crate out = new Crate(crate.attrs(), x.items(crate.items()), crate.span());
        return new Expanded(out, exported);
    }

    /** An exported macro of std as its image keeps it: enough to define it again. */
    public record MacroDef(String name, TokenTree.Delimited body, boolean scoped) {}

    /** std's exported macros, as {@link #restoreStd} takes them. */
    public static List<MacroDef> macroDefs(Expanded std) {
        List<MacroDef> out = new java.util.ArrayList<>();
        std.exported().forEach((name, rules) -> out.add(new MacroDef(name, rules.body, rules.scoped)));
        return out;
    }

    /** std expanded as {@link #expandStd} made it, from its image: the expanded crate and the exported macros' definitions. */
    public static Expanded restoreStd(Crate expanded, List<MacroDef> macros, Diagnostics diags, SourceMap sources) {
        Expander x = new Expander(Definitions.STD_CRATE, Map.of(), diags, sources, Cfg.BUILD, rustmem.source.Edition.E2024);
        Map<String, MacroRules> exported = new HashMap<>();
        for (MacroDef m : macros) exported.put(m.name(), new MacroRules(m.name(), Definitions.STD_CRATE, m.body(), x, m.scoped()));
        return new Expanded(expanded, exported);
    }

    /** Expands the program with its own macros and std's exported ones. */
    public static Crate expandProgram(Crate crate, Map<String, MacroRules> stdMacros, Diagnostics diags, SourceMap sources) {
        return expandProgram(crate, stdMacros, diags, sources, false, rustmem.source.Edition.DEFAULT);
    }

    /**
     * Expands the program; for a test build (test) its cfgs are configured for it before and after expansion
     * (see {@link Cfg#configure}) and the test harness is added: the function {@link #TEST_MAIN} at the crate root
     * runs its tests.
     */
    public static Crate expandProgram(Crate crate, Map<String, MacroRules> stdMacros, Diagnostics diags, SourceMap sources,
                                      boolean test, rustmem.source.Edition edition) {
        Expander x = new Expander(Definitions.LOCAL_CRATE, stdMacros, diags, sources, Cfg.of(test), edition);
        if (test) crate = (Crate) x.configure(crate);
        x.collect(crate.items(), new HashMap<>());
        Crate out = new Crate(crate.attrs(), x.items(crate.items()), crate.span());
        if (test) out = x.testHarness((Crate) x.configure(out));
        return out;
    }

    /** Adds the names a use tree (under the path prefix) binds to std's items to {@link #stdAliases}. */
    private void stdAliases(Item.UseTree tree, List<String> prefix) {
        List<String> path = new java.util.ArrayList<>(prefix);
        for (Path.PathSegment s : tree.prefix().segments()) path.add(s.ident().name());
        switch (tree.kind()) {
            case SIMPLE -> {
                if (!path.isEmpty() && List.of("std", "core", "alloc").contains(path.get(0)) && path.size() > 1) {
                    stdAliases.add(tree.rename() != null ? tree.rename().name() : path.get(path.size() - 1));
                }
            }
            case NESTED -> tree.nested().forEach(t -> stdAliases(t, path));
            case GLOB -> { }
        }
    }

    /** Collects every macro_rules! of the crate, in functions too (rustmem does not scope them textually). */
    private void collect(List<Item> items, Map<String, MacroRules> exported) {
        AstWalk.walk(items, n -> {
            if (n instanceof Item item && item.kind() instanceof Item.Use use) stdAliases(use.tree(), List.of());
            if (n instanceof Item item && item.kind() instanceof Item.MacroRules mr) {
                if (mr.declMacro() && crate == Definitions.LOCAL_CRATE) {
                    diags.emit(Diagnostic.error("`macro` is experimental").code("E0658").span(item.span())
                        .note("see issue #39412 <https://github.com/rust-lang/rust/issues/39412> for more information"));
                }
                try {
                    MacroRules rules = new MacroRules(mr.name().name(), crate, mr.body(), this, mr.declMacro());
                    own.put(mr.name().name(), rules);
                    if (mr.declMacro() || Resolver.hasAttr(item.attrs(), "macro_export")) exported.put(mr.name().name(), rules);
                } catch (ExpandError e) {
                    diags.emit(e.diagnostic);
                }
            }
            return !(n instanceof Block b && !b.nested());   // a block without items has no macro_rules!
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
        boolean viaCrate = segs.size() > 1 && (List.of("std", "core", "alloc", "$crate").contains(segs.get(0).ident().name())
            || stdAliases.contains(segs.get(0).ident().name()) && !own.containsKey(name)) || call.path().global();
        if (segs.size() == 1 && own.containsKey(name)) return own.get(name);
        if (segs.size() == 1 || viaCrate) {
            if (crate == Definitions.STD_CRATE && own.containsKey(name)) return own.get(name);
            MacroRules rules = std.get(name);
            // a macro 2.0 of std is in scope only where it is imported (`use std::mem::offset_of;`) or named by path
            return rules != null && rules.scoped && segs.size() == 1 && !stdAliases.contains(name) ? null : rules;
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
        Object parsed = Parser.parseFragment(TokenTrees.flatten(trees), kind, diags, edition);
        if (parsed == null) throw error(call.span(), "the expansion of `" + call.path().last().name() + "!` does not parse");
        return parsed;
    }

    // ------------------------------------------------------------------ walking the crate

    private List<Item> items(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            try {
                switch (item.kind()) {
                    // an exported macro stays for the resolver, which puts it at the crate's root (`use std::println;`)
                    // and a macro 2.0 in its module (`use std::mem::offset_of;`)
                    case Item.MacroRules mr -> { if (mr.declMacro() || Resolver.hasAttr(item.attrs(), "macro_export")) out.add(item); }
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
            case Block b when !b.nested() -> b;
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
            case Expr.OffsetOf o when crate == Definitions.LOCAL_CRATE && sources.text(o.span()).startsWith("builtin") -> {
                // written by the program, not expanded from std's `offset_of!` (whose tokens take the call's span)
                int at = o.span().lo() + sources.text(o.span()).indexOf("offset_of");
                diags.emit(Diagnostic.error("`builtin #` syntax is unstable").code("E0658").span(new Span(at, at + "offset_of".length()))
                    .note("see issue #110680 <https://github.com/rust-lang/rust/issues/110680> for more information"));
                yield new Expr.Err(o.span());
            }
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
        return new Block(out, b.unsafe(), b.span());   // what the expansion brought in is not known here
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
            case "cfg" -> new Expr.LitExpr(new Lit(Lit.Kind.BOOL, cfg.holdsHere(call.args().trees()) ? "true" : "false", null, null, span),
                span);
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
        return inlineLiterals(result.template(), args, call.span());
    }

    /**
     * rustc's format_args lowering inlines literals into the template (`format_args!("{} {}", "a", 1)` is
     * `format_args!("a 1")`): a string or integer literal (under parentheses and `&`s) shown by a plain `{}`. The
     * arguments nothing else uses go; adjacent text joins, so a template left without slots is one static str (what
     * `Arguments::as_str` sees: `format!` allocates exactly, not `estimated_capacity`).
     */
    private static Expr inlineLiterals(FormatTemplate template, List<Expr> args, Span span) {
        List<FormatTemplate.Piece> pieces = new ArrayList<>();
        boolean[] inlined = new boolean[args.size()];
        boolean any = false;
        for (FormatTemplate.Piece p : template.pieces()) {
            String literal = p instanceof FormatTemplate.Slot slot
                && slot.spec().equals(FormatTemplate.Spec.DEFAULT) && slot.argument() < args.size()
                ? literalText(args.get(slot.argument())) : null;
            if (literal == null) {
                pieces.add(p);
                continue;
            }
            inlined[((FormatTemplate.Slot) p).argument()] = true;
            any = true;
            pieces.add(new FormatTemplate.Text(literal));
        }
        if (!any) return new Expr.FormatArgs(template, args, span);
        // an argument still used by a slot (or as a width or precision) stays
        for (FormatTemplate.Piece p : pieces) {
            if (!(p instanceof FormatTemplate.Slot slot)) continue;
            inlined[slot.argument()] = false;
            if (slot.spec().width().argument() >= 0) inlined[slot.spec().width().argument()] = false;
            if (slot.spec().precision().argument() >= 0) inlined[slot.spec().precision().argument()] = false;
        }
        int[] index = new int[args.size()];
        List<Expr> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            index[i] = kept.size();
            if (!inlined[i]) kept.add(args.get(i));
        }
        List<FormatTemplate.Piece> out = new ArrayList<>();
        for (FormatTemplate.Piece p : pieces) {
            if (p instanceof FormatTemplate.Text t && !out.isEmpty()
                && out.get(out.size() - 1) instanceof FormatTemplate.Text prev) {
                out.set(out.size() - 1, new FormatTemplate.Text(prev.text() + t.text()));
            } else if (p instanceof FormatTemplate.Slot slot) {
                var sp = slot.spec();
                var width = sp.width().argument() >= 0 ? new FormatTemplate.Count(-1, index[sp.width().argument()]) : sp.width();
                var precision = sp.precision().argument() >= 0
                    ? new FormatTemplate.Count(-1, index[sp.precision().argument()]) : sp.precision();
                out.add(new FormatTemplate.Slot(index[slot.argument()], new FormatTemplate.Spec(
                    sp.fill(), sp.align(), sp.plus(), sp.minus(), sp.alternate(), sp.zero(), width, precision, sp.trait(),
                    sp.debugLowerHex(), sp.debugUpperHex())));
            } else {
                out.add(p);
            }
        }
        return new Expr.FormatArgs(new FormatTemplate(out), kept, span);
    }

    /** The text a string or integer literal argument is inlined as (rustc: `peel_parens_and_refs`), or null. */
    private static String literalText(Expr e) {
        while (true) {
            if (e instanceof Expr.Paren p) e = p.inner();
            else if (e instanceof Expr.AddrOf a && !a.raw()) e = a.operand();
            else break;
        }
        if (!(e instanceof Expr.LitExpr l)) return null;
        Lit lit = l.lit();
        return switch (lit.kind()) {
            case STR, RAW_STR -> lit.cooked();
            case INT -> {
                String digits = lit.symbol().replace("_", "");
                int radix = digits.startsWith("0x") ? 16 : digits.startsWith("0o") ? 8 : digits.startsWith("0b") ? 2 : 10;
                if (radix != 10) digits = digits.substring(2);
                try {
                    yield new java.math.BigInteger(digits, radix).toString();
                } catch (NumberFormatException ex) {
                    yield null;
                }
            }
            default -> null;
        };
    }

    private static String cooked(TokenTree t) {
        return t instanceof TokenTree.Leaf l && l.token().lit() != null && l.token().lit().cooked() != null ? l.token().lit().cooked()
            : t instanceof TokenTree.Leaf l2 ? l2.token().text() : "";
    }

    private Expr concat(MacCall call) {
        StringBuilder b = new StringBuilder();
        for (List<TokenTree> part : TokenTrees.splitCommas(call.args().trees())) {
            if (part.isEmpty()) continue;
            Expr e = (Expr) map(Parser.parseExprOnly(TokenTrees.flatten(part), diags, edition));
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
            String message = "assertion failed: " + conditionText(cond);
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

    // ------------------------------------------------------------------ a test build's cfg

    /** The node with the attributes in it (its own and its descendants') configured for this build ({@link Cfg#configure}). */
    private Object configure(Object node) {
        if (!(node instanceof Record r)) return node;
        Record mapped = AstMap.children(r, this::configure);
        int at = ATTRS.get(mapped.getClass());
        if (at < 0) return mapped;
        try {
            java.lang.reflect.RecordComponent[] rcs = mapped.getClass().getRecordComponents();
            @SuppressWarnings("unchecked")
            List<Attribute> attrs = (List<Attribute>) rcs[at].getAccessor().invoke(mapped);
            List<Attribute> configured = attrs == null ? null : cfg.configure(attrs);
            if (configured == attrs) return mapped;
            Object[] values = new Object[rcs.length];
            Class<?>[] types = new Class<?>[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                values[i] = i == at ? configured : rcs[i].getAccessor().invoke(mapped);
                types[i] = rcs[i].getType();
            }
            java.lang.reflect.Constructor<?> c = mapped.getClass().getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot configure " + mapped.getClass().getSimpleName(), e);
        }
    }

    /** The index of a node type's `attrs` component (a list of attributes), or -1. */
    private static final ClassValue<Integer> ATTRS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            java.lang.reflect.RecordComponent[] rcs = type.getRecordComponents();
            if (rcs == null) return -1;
            for (int i = 0; i < rcs.length; i++) {
                if (rcs[i].getName().equals("attrs") && rcs[i].getType() == List.class) return i;
            }
            return -1;
        }
    };

    // ------------------------------------------------------------------ the test harness

    /** The function a test build's harness adds at the crate root: it runs the tests (rustc's generated `main`). */
    public static final String TEST_MAIN = "__rustmem_test_main";

    /** A test the harness found: its name (its path from the crate root, as libtest shows it) and its descriptor's path. */
    private record TestCase(String name, String descriptor) {}

    /**
     * rustc's test harness (rustc_builtin_macros' test.rs and test_harness.rs): each {@code #[test]} function in the
     * crate's modules gets a {@code const} libtest descriptor next to it (the attribute taken off), and a function
     * {@link #TEST_MAIN} at the root calls {@code std::test::test_main_static} with them, sorted by name. Modules
     * holding tests are made visible to the root (rustc's descriptors resolve there hygienically).
     */
    private Crate testHarness(Crate crate) {
        List<TestCase> tests = new ArrayList<>();
        List<Item> items = harnessItems(crate.items(), List.of(), tests);
        tests.sort((a, b) -> compareCodePoints(a.name(), b.name()));
        StringBuilder src = new StringBuilder("#[doc(hidden)] pub fn ").append(TEST_MAIN).append("() { ::std::test::test_main_static(&[");
        for (int i = 0; i < tests.size(); i++) src.append(i > 0 ? ", " : "").append("&crate::").append(tests.get(i).descriptor());
        src.append("]) }");
        Span at = new Span(crate.span().lo(), crate.span().lo());
        items.addAll(generated(src.toString(), at));
        return new Crate(crate.attrs(), items, crate.span());
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A module's items with its tests' descriptors added (tests collects them), its modules' too. */
    private List<Item> harnessItems(List<Item> items, List<String> modPath, List<TestCase> tests) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            if (!cfg.cfgsHold(item.attrs())) {
                out.add(item);   // configured out: the later passes leave it out
                continue;
            }
            if (item.kind() instanceof Item.Mod m && m.items() != null) {
                int before = tests.size();
                List<String> path = new ArrayList<>(modPath);
                path.add(m.name().name());
                List<Item> inner = harnessItems(m.items(), path, tests);
                Item.Visibility vis = item.vis();
                if (tests.size() > before && !modPath.isEmpty() && vis.kind() != Item.Visibility.Kind.PUB
                    && vis.kind() != Item.Visibility.Kind.CRATE) {
                    vis = new Item.Visibility(Item.Visibility.Kind.CRATE, null, vis.span());
                }
                out.add(new Item(item.attrs(), vis, new Item.Mod(m.unsafe(), m.name(), inner), item.span()));
                continue;
            }
            Attribute testAttr = item.attrs().stream().filter(a -> a.is("test")).findFirst().orElse(null);
            if (testAttr == null) {
                out.add(item);
                continue;
            }
            if (!(item.kind() instanceof Item.Fn fn) || fn.body() == null) {
                String what = switch (item.kind()) {
                    case Item.Struct st -> "a struct";
                    case Item.Enum en -> "an enum";
                    case Item.Const co -> "a constant item";
                    case Item.Static st -> "a static item";
                    case Item.Mod mo -> "a module";
                    case Item.Impl im -> "an implementation";
                    case Item.Trait tr -> "a trait";
                    case Item.Use us -> "a `use` import";
                    case Item.TypeAlias ta -> "a type alias";
                    default -> "an item";
                };
                diags.emit(Diagnostic.error("the `#[test]` attribute may only be used on a free function")
                    .span(testAttr.span(), "the `#[test]` macro causes a function to be run as a test and has no effect on non-functions")
                    .secondary(item.withoutAttrs(sources), "expected a non-associated function, found " + what)
                    .help("replace with conditional compilation to make the item only exist when tests are being run: `#[cfg(test)]`"));
                out.add(item);
                continue;
            }
            if (!testSignatureOk(item, fn)) {
                out.add(item);
                continue;
            }
            List<Attribute> attrs = item.attrs().stream().filter(a -> !a.is("test")).toList();
            Item function = new Item(attrs, item.vis(), item.kind(), item.span());
            List<String> path = new ArrayList<>(modPath);
            path.add(fn.name().name());
            String descriptorName = "__test_desc_" + fn.name().name();
            List<String> descriptorPath = new ArrayList<>(modPath);
            descriptorPath.add(descriptorName);
            tests.add(new TestCase(String.join("::", path), String.join("::", descriptorPath)));
            Span at = fn.decl().output() != null ? fn.decl().output().span() : item.span();
            out.addAll(generated(descriptor(item, fn, descriptorName, String.join("::", path)), at));
            out.add(function);
        }
        return out;
    }

    /** rustc's check_test_signature: the errors that keep a function from being a test. */
    private boolean testSignatureOk(Item item, Item.Fn fn) {
        String error = null;
        boolean hasOutput = fn.decl().output() != null
            && !(fn.decl().output() instanceof Type.Tuple t && t.elements().isEmpty());
        if (fn.header().unsafe()) error = "unsafe functions cannot be used for tests";
        else if (fn.header().isAsync()) error = "async functions cannot be used for tests";
        else if (!fn.decl().params().isEmpty()) error = "functions used as tests can not have any arguments";
        else if (Resolver.hasAttr(item.attrs(), "should_panic") && hasOutput) error = "functions using `#[should_panic]` must return `()`";
        else if (fn.generics() != null && fn.generics().params().stream()
            .anyMatch(p -> !(p instanceof rustmem.syntax.ast.Generics.LifetimeParam))) {
            error = "functions used as tests can not have any non-lifetime generic parameters";
        }
        if (error == null) return true;
        diags.emit(Diagnostic.error(error).span(item.withoutAttrs(sources)));
        return false;
    }

    /** The source of a test's `const` descriptor (rustc's expansion of #[test], with std's libtest as `test`). */
    private String descriptor(Item item, Item.Fn fn, String constName, String testName) {
        Span id = fn.name().span();
        SourceFile file = sources.fileOf(id);
        String ignoreMessage = null;
        boolean ignore = false;
        for (Attribute a : item.attrs()) {
            if (!a.is("ignore")) continue;
            ignore = true;
            if (ignoreMessage == null && a.args() instanceof Attribute.Eq eq) ignoreMessage = strValue(eq.value());
        }
        String shouldPanic = "No";
        for (Attribute a : item.attrs()) {
            if (!a.is("should_panic")) continue;
            String expected = null;
            if (a.args() instanceof Attribute.Eq eq) {
                expected = strValue(eq.value());
            } else if (a.args() instanceof Attribute.Delimited) {
                List<TokenTree> ts = a.tokens();
                for (int i = 0; i + 2 < ts.size(); i++) {
                    if (ts.get(i) instanceof TokenTree.Leaf k && k.token().text().equals("expected")
                        && ts.get(i + 1) instanceof TokenTree.Leaf eq && eq.token().is(TokenKind.EQ)
                        && ts.get(i + 2) instanceof TokenTree.Leaf v && v.token().lit() != null) {
                        expected = v.token().lit().cooked();
                    }
                }
            }
            shouldPanic = expected == null ? "Yes" : "YesWithMessage(\"" + escape(expected) + "\")";
            break;
        }
        String dir = file.name().contains("/") ? file.name().substring(0, file.name().lastIndexOf('/')) : "";
        String testType = dir.equals("src") || dir.endsWith("/src") ? "UnitTest"
            : dir.equals("tests") || dir.endsWith("/tests") ? "IntegrationTest" : "Unknown";
        return "#[doc(hidden)] pub const " + constName + ": ::std::test::TestDescAndFn = ::std::test::TestDescAndFn {\n"
            + "    desc: ::std::test::TestDesc {\n"
            + "        name: ::std::test::StaticTestName(\"" + escape(testName) + "\"),\n"
            + "        ignore: " + ignore + ",\n"
            + "        ignore_message: " + (ignoreMessage == null ? "::std::option::Option::None"
                : "::std::option::Option::Some(\"" + escape(ignoreMessage) + "\")") + ",\n"
            + "        source_file: \"" + escape(file.name()) + "\",\n"
            + "        start_line: " + file.line(id.lo()) + ",\n"
            + "        start_col: " + file.column(id.lo()) + ",\n"
            + "        end_line: " + file.line(id.hi()) + ",\n"
            + "        end_col: " + file.column(id.hi()) + ",\n"
            + "        compile_fail: false,\n"
            + "        no_run: false,\n"
            + "        should_panic: ::std::test::ShouldPanic::" + shouldPanic + ",\n"
            + "        test_type: ::std::test::TestType::" + testType + ",\n"
            + "    },\n"
            + "    testfn: ::std::test::StaticTestFn(|| ::std::test::assert_test_result(" + fn.name().name() + "())),\n"
            + "};\n";
    }

    private static String strValue(Expr e) {
        return e instanceof Expr.LitExpr l && l.lit().cooked() != null ? l.lit().cooked() : null;
    }

    /** Items written as source by the harness, parsed with their tokens at site. */
    private List<Item> generated(String source, Span site) {
        Object parsed = Parser.parseFragment(respanned(lex(source), site), Parser.Fragment.ITEMS, diags);
        if (parsed == null) {
            diags.emit(Diagnostic.error("internal: the test harness's items did not parse:\n" + source).span(site));
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

    /**
     * The text stringify! makes of its input, as rustc_ast_pretty's print_tts: a token written right against the next
     * one (rustc's Joint spacing) is printed against it; otherwise a space, unless rustc's space_between says none
     * (`x.y`, `x;`, `f(…)`, `m!`, `#[…]`); no space inside parentheses and brackets, braces as written; a
     * fragment (`$e`) by its own tokens, apart from its neighbours.
     */
    String stringify(List<TokenTree> trees) {
        StringBuilder b = new StringBuilder();
        TokenTree prev = null;
        for (TokenTree t : trees) {
            MacroRules.Leaf fragment = fragmentGroup(t);
            String text;
            if (fragment != null) {
                // a fragment's own tokens, spaced as written (rustc prints the invisible group's tokens)
                text = fragment.trees() != null && !fragment.trees().isEmpty() ? stringify(fragment.trees())
                    : AstPrinter.print(fragment.expr()).replaceAll("\n\\s*", " ");
            } else if (t instanceof TokenTree.Delimited d) {
                String inner = stringify(d.trees());
                if (d.delim() == TokenTree.Delim.BRACE && !inner.isEmpty()) {
                    TokenTree first = d.trees().get(0), last = d.trees().get(d.trees().size() - 1);
                    boolean openSpace = lo(first) != d.span().lo() + 1, closeSpace = hi(last) != d.span().hi() - 1;
                    text = "{" + (openSpace ? " " : "") + inner + (closeSpace ? " " : "") + "}";
                } else {
                    text = d.delim().open + inner + d.delim().close;
                }
            } else {
                Token tok = ((TokenTree.Leaf) t).token();
                text = tok.kind() == TokenKind.LITERAL && tok.lit() != null ? tok.lit().spelling() : tok.text();
            }
            if (prev != null && !(fragmentGroup(prev) == null && fragment == null && hi(prev) == lo(t)) && spaceBetween(prev, t)) {
                b.append(' ');
            }
            b.append(text);
            prev = t;
        }
        return b.toString();
    }

    /** assert!'s condition as rustc's message shows it: the expression pretty-printed (`v.len()==2` as `v.len() == 2`). */
    private String conditionText(List<TokenTree> cond) {
        Object e = Parser.parseExprOnly(TokenTrees.flatten(cond), quiet(), edition);
        boolean[] macro = {false};
        AstWalk.walk(e, n -> !(macro[0] |= n instanceof Expr.Mac));
        // (a macro call inside is left as written: rustc prints its tokens, which the printer does not keep)
        return e instanceof Expr expr && !macro[0] ? AstPrinter.print(expr).replaceAll("\n\\s*", " ") : stringify(cond);
    }

    private static int lo(TokenTree t) { return t instanceof TokenTree.Leaf l ? l.token().lo() : ((TokenTree.Delimited) t).span().lo(); }

    private static int hi(TokenTree t) { return t instanceof TokenTree.Leaf l ? l.token().hi() : ((TokenTree.Delimited) t).span().hi(); }

    /** The keywords rustc's printer joins to a following `(` (`fn(`, `Self(`, `pub(crate)`); other keywords are spaced. */
    private static final java.util.Set<String> JOINED_KEYWORDS = java.util.Set.of("fn", "Self", "pub");

    /** rustc_ast_pretty's space_between for two trees not written together. */
    private static boolean spaceBetween(TokenTree prev, TokenTree next) {
        Token p = prev instanceof TokenTree.Leaf l ? l.token() : null, n = next instanceof TokenTree.Leaf l ? l.token() : null;
        boolean prevPunct = p != null && p.kind().spelling != null, nextPunct = n != null && n.kind().spelling != null;
        if (p != null && p.is(TokenKind.DOT) && !nextPunct) return false;            // `x.y`, `t.0`
        if (n != null && n.is(TokenKind.DOT) && !prevPunct) return false;            // `x .y` is printed `x.y` too
        if (n != null && (n.is(TokenKind.SEMI) || n.is(TokenKind.COMMA)) && !prevPunct) return false;   // `x;`, `[T; 3]`, `a, b`
        // (`fn`, `Self` and `pub` are words here, as they were before JOINED_KEYWORDS: rustc spaces `Self !`)
        boolean word = p != null && (p.kind() == TokenKind.RAW_IDENT || p.kind() == TokenKind.IDENT
            && (!rustmem.syntax.Keywords.isReserved(p.text()) || JOINED_KEYWORDS.contains(p.text())));
        if (word && n != null && n.is(TokenKind.NOT)) return false;                  // `println!`
        if (p != null && (word || p.isIdent() && JOINED_KEYWORDS.contains(p.text()))
            && next instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.PAREN) {
            return false;                                                             // `f(3)`, `pub(crate)`
        }
        return !(p != null && p.is(TokenKind.POUND) && next instanceof TokenTree.Delimited d && d.delim() == TokenTree.Delim.BRACKET);
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
