package rustmem.syntax;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.Edition;
import rustmem.source.SourceFile;
import rustmem.source.Span;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Lifetime;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;

/**
 * Recursive-descent parser for Rust (items, statements, patterns, types) with a Pratt parser for
 * expressions. Syntax errors are reported to {@link Diagnostics}; the parser then skips to the next
 * statement or item and goes on, so one run reports several errors. It never throws to its caller.
 * This top layer parses items, statements and blocks; the layers below it are {@link ExprParser},
 * {@link PatParser}, {@link TypeParser} and {@link PathParser}.
 */
public final class Parser extends ExprParser {
    public Parser(List<Token> tokens, Diagnostics diags) { super(tokens, diags); }

    /** Lexes and parses a whole file. */
    public static Crate parseFile(SourceFile file, Diagnostics diags) { return parseFile(file, diags, Edition.DEFAULT); }

    /** Lexes and parses a whole file written to an edition. */
    public static Crate parseFile(SourceFile file, Diagnostics diags, Edition edition) {
        List<Token> tokens = Lexer.tokenize(file, diags);
        return new Parser(tokens, diags, edition).parseCrate();
    }

    private Parser(List<Token> tokens, Diagnostics diags, Edition edition) {
        super(tokens, diags);
        this.edition = edition;
    }

    /** Parses macro input tokens as exactly one expression; null after a (reported) syntax error. */
    public static Expr parseExprOnly(List<Token> tokens, Diagnostics diags) { return parseExprOnly(tokens, diags, Edition.DEFAULT); }

    /** Parses macro input tokens as exactly one expression of an edition; null after a (reported) syntax error. */
    public static Expr parseExprOnly(List<Token> tokens, Diagnostics diags, Edition edition) {
        List<Token> withEof = new java.util.ArrayList<>(tokens);
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).hi();
        withEof.add(new Token(TokenKind.EOF, "", end, end, null));
        Parser p = new Parser(withEof, diags, edition);
        int before = diags.errorCount();
        try {
            Expr e = p.parseExpr();
            if (!p.tok.is(TokenKind.EOF)) throw p.unexpected();
            return diags.errorCount() > before ? null : e;
        } catch (ParseError err) {
            return null;
        }
    }

    /** What a macro's expansion is parsed as, by where the macro was called. */
    public enum Fragment { EXPR, TYPE, PAT, ITEMS, STMTS }

    /**
     * Parses tokens (a macro's expansion, or a fragment its matcher captured) as exactly one expression,
     * type or pattern, or as items or block statements (a {@code Block}); null after a syntax error, which
     * is reported.
     */
    public static Object parseFragment(List<Token> tokens, Fragment kind, Diagnostics diags) {
        return parseFragment(tokens, kind, diags, Edition.DEFAULT);
    }

    /** {@link #parseFragment(List, Fragment, Diagnostics)} in an edition. */
    public static Object parseFragment(List<Token> tokens, Fragment kind, Diagnostics diags, Edition edition) {
        List<Token> in = new java.util.ArrayList<>();
        int lo = tokens.isEmpty() ? 0 : tokens.get(0).lo();
        int hi = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).hi();
        if (kind == Fragment.STMTS) in.add(new Token(TokenKind.OPEN_BRACE, "{", lo, lo, null));
        in.addAll(tokens);
        if (kind == Fragment.STMTS) in.add(new Token(TokenKind.CLOSE_BRACE, "}", hi, hi, null));
        in.add(new Token(TokenKind.EOF, "", hi, hi, null));
        Parser p = new Parser(in, diags, edition);
        int before = diags.errorCount();
        try {
            Object out = switch (kind) {
                case EXPR -> p.parseExpr();
                case TYPE -> p.parseType();
                case PAT -> p.parsePat();
                case ITEMS -> p.parseItemsUntil(TokenKind.EOF);
                case STMTS -> p.parseBlock();
            };
            if (!p.tok.is(TokenKind.EOF)) throw p.unexpected();
            return diags.errorCount() > before ? null : out;
        } catch (ParseError err) {
            return null;
        }
    }

    /** A fragment parsed from the start of a token list, and how many tokens it took. */
    public record Prefix(Object node, int consumed) {}

    /**
     * Parses the longest fragment of the given kind at the start of tokens (a macro matcher's `$x:expr`, `$t:ty`
     * …, which extend as far as the parser goes); null when none parses there. Reports nothing.
     */
    public static Prefix parsePrefix(List<Token> tokens, Fragment kind, Diagnostics quiet) {
        return parsePrefix(tokens, kind, quiet, Edition.DEFAULT);
    }

    /** {@link #parsePrefix(List, Fragment, Diagnostics)} in an edition. */
    public static Prefix parsePrefix(List<Token> tokens, Fragment kind, Diagnostics quiet, Edition edition) {
        List<Token> in = new java.util.ArrayList<>(tokens.size() + 1);
        in.addAll(tokens);
        int hi = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).hi();
        in.add(new Token(TokenKind.EOF, "", hi, hi, null));
        Parser p = new Parser(in, quiet, edition);
        int before = quiet.errorCount();
        try {
            Object out = switch (kind) {
                case EXPR -> p.parseExpr();
                case TYPE -> p.parseType();
                case PAT -> p.parsePat();
                case ITEMS -> p.parseItemOrNull();
                case STMTS -> p.parseStmtOrNull();
            };
            if (out == null || quiet.errorCount() > before) return null;
            int at = p.position();
            return at < 0 ? null : new Prefix(out, at);
        } catch (ParseError err) {
            return null;
        }
    }

    /** Parses a file that holds just one type (as given to {@code layout --type}); null after an error. */
    public static Type parseTypeOnly(SourceFile file, Diagnostics diags) {
        Parser p = new Parser(Lexer.tokenize(file, diags), diags);
        try {
            Type t = p.parseType();
            if (!p.tok.is(TokenKind.EOF)) throw p.unexpected();
            return diags.hasErrors() ? null : t;
        } catch (ParseError e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ crate and items

    public Crate parseCrate() {
        int lo = tok.lo();
        try {
            List<Attribute> attrs = safeInnerAttrs();
            List<Item> items = parseItemsUntil(TokenKind.EOF);
            return new Crate(attrs, items, prevSpan(lo));
        } catch (StackOverflowError e) {
            // MAX_DEPTH normally stops first; a small thread stack may not hold even that much
            diags.emit(Diagnostic.error("this code nests too deeply for the parser's stack").span(tok.span()));
            return new Crate(List.of(), List.of(), prevSpan(lo));
        }
    }

    private List<Attribute> safeInnerAttrs() {
        try {
            return parseInnerAttrs();
        } catch (ParseError e) {
            recoverToItem(false);
            return List.of();
        }
    }

    /** Items until the closing token (EOF or {@code }}), which is not consumed. */
    private List<Item> parseItemsUntil(TokenKind close) {
        List<Item> items = new ArrayList<>();
        while (!tok.is(close) && !tok.is(TokenKind.EOF)) {
            int before = positionMarker();
            try {
                List<Attribute> attrs = parseOuterAttrs();
                Item item = parseItem(attrs);
                if (item == null) {
                    if (tok.is(TokenKind.SEMI) && attrs.isEmpty()) {
                        error(tok.span(), "expected item, found `;`", "help: remove this semicolon");
                        bump();
                        continue;
                    }
                    expectedThing("item");
                    throw unexpected();
                }
                items.add(item);
            } catch (ParseError e) {
                recoverToItem(close == TokenKind.CLOSE_BRACE);
                if (positionMarker() == before && !tok.is(close)) bump();
            }
        }
        return items;
    }

    /** One item (with its outer attributes), or null when none starts here. */
    Item parseItemOrNull() { return parseItem(parseOuterAttrs()); }

    /** One statement. */
    Stmt parseStmtOrNull() { return parseStmt(); }

    private int positionMarker() { return tok.lo() * 2 + (tok.is(TokenKind.EOF) ? 1 : 0); }

    /** Skips tokens to what may start the next item, balancing delimiters. */
    private void recoverToItem(boolean insideBraces) {
        int depthHere = 0;
        while (!tok.is(TokenKind.EOF)) {
            TokenKind k = tok.kind();
            if (k.isOpenDelim()) depthHere++;
            else if (k.isCloseDelim()) {
                if (depthHere == 0) {
                    if (insideBraces && k == TokenKind.CLOSE_BRACE) return;
                    bump();
                    continue;
                }
                depthHere--;
                bump();
                if (depthHere == 0 && k == TokenKind.CLOSE_BRACE) return;
                continue;
            } else if (depthHere == 0 && k == TokenKind.SEMI) {
                bump();
                return;
            } else if (depthHere == 0 && startsItem()) {
                return;
            }
            bump();
        }
    }

    private boolean startsItem() {
        if (tok.kind() != TokenKind.IDENT) return tok.is(TokenKind.POUND);
        return switch (tok.text()) {
            case "fn", "struct", "enum", "impl", "trait", "mod", "use", "static", "type", "pub", "extern" -> true;
            case "const" -> !peek(1).is(TokenKind.OPEN_BRACE);
            case "unsafe" -> !peek(1).is(TokenKind.OPEN_BRACE);
            case "union" -> peek(1).kind() == TokenKind.IDENT;
            case "macro_rules" -> peek(1).is(TokenKind.NOT);
            default -> false;
        };
    }

    /** Parses an item after its outer attributes; returns null (consuming nothing) when none starts here. */
    private Item parseItem(List<Attribute> attrs) {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parseItemUnchecked(attrs);
        } finally {
            depth--;
        }
    }

    private Item parseItemUnchecked(List<Attribute> attrs) {
        int lo = attrs.isEmpty() ? tok.lo() : attrs.get(0).span().lo();
        int save = tok.lo();
        Item.Visibility vis = parseVisibility();
        Item.ItemKind kind = parseItemKind(vis);
        if (kind == null) {
            if (tok.lo() != save) {
                expectedThing("item");
                throw unexpected();
            }
            if (!attrs.isEmpty()) {
                throw error(attrs.get(attrs.size() - 1).span(), "expected item after attributes", null);
            }
            return null;
        }
        return new Item(attrs, vis, kind, prevSpan(lo));
    }

    private Item.Visibility parseVisibility() {
        int lo = tok.lo();
        if (!tok.isKeyword("pub")) return Item.Visibility.inherited(tok.span().shrinkToLo());
        bump();
        if (tok.is(TokenKind.OPEN_PAREN)) {
            Token t1 = peek(1);
            Token t2 = peek(2);
            boolean simple = t2.is(TokenKind.CLOSE_PAREN)
                && (t1.isKeyword("crate") || t1.isKeyword("super") || t1.isKeyword("self"));
            if (simple) {
                bump();
                Item.Visibility.Kind k = switch (tok.text()) {
                    case "crate" -> Item.Visibility.Kind.CRATE;
                    case "super" -> Item.Visibility.Kind.SUPER;
                    default -> Item.Visibility.Kind.SELF;
                };
                bump();
                bump();
                return new Item.Visibility(k, null, prevSpan(lo));
            }
            if (t1.isKeyword("in")) {
                bump();
                bump();
                Path path = parsePath(PathStyle.MOD);
                expectKind(TokenKind.CLOSE_PAREN);
                return new Item.Visibility(Item.Visibility.Kind.IN_PATH, path, prevSpan(lo));
            }
        }
        return new Item.Visibility(Item.Visibility.Kind.PUB, null, prevSpan(lo));
    }

    private Item.ItemKind parseItemKind(Item.Visibility vis) {
        if (tok.kind() != TokenKind.IDENT) {
            if (isMacroCallStart()) return parseMacroItem();
            return null;
        }
        switch (tok.text()) {
            case "use" -> {
                bump();
                Item.UseTree tree = parseUseTree();
                expectKind(TokenKind.SEMI);
                return new Item.Use(tree);
            }
            case "struct" -> { bump(); return parseStruct(false); }
            case "enum" -> { bump(); return parseEnum(); }
            case "type" -> { bump(); return parseTypeAlias(); }
            case "trait" -> { bump(); return parseTrait(false, false); }
            case "impl" -> { bump(); return parseImpl(false); }
            case "mod" -> { bump(); return parseMod(false); }
            case "static" -> {
                if (peek(1).is(TokenKind.OR) || peek(1).is(TokenKind.OROR) || peek(1).isKeyword("move")) return null;
                bump();
                return parseStatic();
            }
            case "fn" -> { return parseFn(Item.FnHeader.NONE); }
            case "const" -> {
                Token n = peek(1);
                if (n.is(TokenKind.OPEN_BRACE) || n.isKeyword("move") || n.is(TokenKind.OR) || n.is(TokenKind.OROR)) {
                    return null;
                }
                if (n.isKeyword("fn") || n.isKeyword("unsafe") || n.isKeyword("async") || n.isKeyword("extern")) {
                    return parseFn(parseFnHeader());
                }
                bump();
                return parseConst();
            }
            case "async" -> {
                if (peek(1).isKeyword("fn") || peek(1).isKeyword("unsafe") || peek(1).isKeyword("extern")) {
                    return parseFn(parseFnHeader());
                }
                return null;
            }
            case "unsafe" -> {
                Token n = peek(1);
                if (n.isKeyword("impl")) { bump(); bump(); return parseImpl(true); }
                if (n.isKeyword("trait")) { bump(); bump(); return parseTrait(true, false); }
                if (n.isKeyword("auto")) { bump(); bump(); expectKw("trait"); return parseTrait(true, true); }
                if (n.isKeyword("mod")) { bump(); bump(); return parseMod(true); }
                if (n.isKeyword("extern") && (peek(2).is(TokenKind.OPEN_BRACE)
                    || peek(2).is(TokenKind.LITERAL) && peek(3).is(TokenKind.OPEN_BRACE))) {
                    bump();
                    bump();
                    return parseForeignMod(true);
                }
                if (n.isKeyword("fn") || n.isKeyword("extern")) return parseFn(parseFnHeader());
                return null;
            }
            case "extern" -> {
                Token n = peek(1);
                if (n.isKeyword("crate")) {
                    bump();
                    bump();
                    Ident name = parseIdentOrSelf();
                    Ident rename = null;
                    if (eatKw("as")) rename = parseIdentOrUnderscore();
                    expectKind(TokenKind.SEMI);
                    return new Item.ExternCrate(name, rename);
                }
                if (n.is(TokenKind.OPEN_BRACE) || (n.is(TokenKind.LITERAL) && peek(2).is(TokenKind.OPEN_BRACE))) {
                    bump();
                    return parseForeignMod(false);
                }
                return parseFn(parseFnHeader());
            }
            case "union" -> {
                if (peek(1).kind() == TokenKind.IDENT && !reserved(peek(1).text())) {
                    bump();
                    return parseStruct(true);
                }
                return null;
            }
            case "auto" -> {
                if (peek(1).isKeyword("trait")) { bump(); bump(); return parseTrait(false, true); }
                return null;
            }
            case "macro_rules" -> {
                if (peek(1).is(TokenKind.NOT) && peek(2).isIdent()) {
                    bump();
                    bump();
                    Ident name = parseIdent();
                    TokenTree.Delimited body = parseDelimited();
                    if (body.delim() != TokenTree.Delim.BRACE) expectKind(TokenKind.SEMI);
                    return new Item.MacroRules(name, body, false);
                }
                return parseMacroItemOrNull();
            }
            case "macro" -> {
                // a declarative macro 2.0 (`macro name($x:ty) { … }`, std's `mem::offset_of`): scoped as an item;
                // the one-rule form is kept as the rules `{ ($x:ty) => { … } }`
                if (!peek(1).isIdent()) return null;
                bump();
                Ident name = parseIdent();
                TokenTree.Delimited body = parseDelimited();
                if (body.delim() == TokenTree.Delim.PAREN) {
                    TokenTree.Delimited rhs = parseDelimited();
                    if (rhs.delim() != TokenTree.Delim.BRACE) throw unexpected();
                    Token arrow = new Token(TokenKind.FATARROW, "=>", body.span().hi(), body.span().hi(), null);
                    body = new TokenTree.Delimited(TokenTree.Delim.BRACE, List.of(body, new TokenTree.Leaf(arrow), rhs),
                        new rustmem.source.Span(body.span().lo(), rhs.span().hi()));
                } else if (body.delim() != TokenTree.Delim.BRACE) {
                    throw unexpected();
                }
                return new Item.MacroRules(name, body, true);
            }
            default -> {
                return parseMacroItemOrNull();
            }
        }
    }

    private Item.ItemKind parseMacroItemOrNull() {
        return isMacroCallStart() ? parseMacroItem() : null;
    }

    private Item.ItemKind parseMacroItem() {
        MacCall mac = parseMacCall(parsePath(PathStyle.MOD), tok.lo());
        if (mac.args().delim() != TokenTree.Delim.BRACE) expectKind(TokenKind.SEMI);
        return new Item.MacItem(mac);
    }

    private Item.FnHeader parseFnHeader() {
        boolean isConst = eatKw("const");
        boolean isAsync = eatKw("async");
        boolean unsafe = eatKw("unsafe");
        if (!unsafe && tok.isKeyword("safe")) bump();
        String abi = eatKw("extern") ? parseAbi() : null;
        return new Item.FnHeader(isConst, isAsync, unsafe, abi);
    }

    private Item.Fn parseFn(Item.FnHeader header) {
        expectKw("fn");
        Ident name = parseIdent();
        Generics generics = parseGenerics();
        expectKind(TokenKind.OPEN_PAREN);
        List<Item.Param> params = new ArrayList<>();
        boolean variadic = false;
        while (!tok.is(TokenKind.CLOSE_PAREN)) {
            if (tok.is(TokenKind.DOTDOTDOT)) {
                bump();
                variadic = true;
            } else {
                params.add(parseParam(params.isEmpty()));
            }
            if (!eat(TokenKind.COMMA)) break;
        }
        expectKind(TokenKind.CLOSE_PAREN);
        Type output = null;
        if (eat(TokenKind.RARROW)) output = parseType();
        Generics withWhere = parseWhereClause(generics);
        Block body = null;
        if (!eat(TokenKind.SEMI)) {
            if (!tok.is(TokenKind.OPEN_BRACE)) {
                check(TokenKind.SEMI);
                expectedThing("`where`");
                check(TokenKind.OPEN_BRACE);
                if (output == null) check(TokenKind.RARROW);
                throw unexpected();
            }
            body = parseBlock();
        }
        return new Item.Fn(header, name, withWhere, new Item.FnDecl(params, output, variadic), body);
    }

    private Item.Param parseParam(boolean first) {
        int lo = tok.lo();
        List<Attribute> attrs = parseOuterAttrs();
        if (first) {
            Item.Param self = parseSelfParam(attrs, lo);
            if (self != null) return self;
        }
        Pat pat = parsePatNoTopAlt();
        expectKind(TokenKind.COLON);
        Type type = parseType();
        return new Item.Param(attrs, pat, type, Item.SelfKind.NONE, prevSpan(lo));
    }

    private Item.Param parseSelfParam(List<Attribute> attrs, int lo) {
        Item.SelfKind kind;
        boolean mutBinding = false;
        Lifetime lifetime = null;
        if (tok.is(TokenKind.AND) || tok.is(TokenKind.ANDAND)) {
            // &self, &mut self, &'a self, &'a mut self
            int i = 1;
            if (peek(i).is(TokenKind.LIFETIME)) i++;
            boolean isMut = peek(i).isKeyword("mut");
            if (isMut) i++;
            if (!peek(i).isKeyword("self") || tok.is(TokenKind.ANDAND)) return null;
            bump();
            if (tok.is(TokenKind.LIFETIME)) lifetime = parseLifetime();
            if (isMut) bump();
            kind = isMut ? Item.SelfKind.REF_MUT : Item.SelfKind.REF;
        } else if (tok.isKeyword("self") && !peek(1).is(TokenKind.PATHSEP)) {
            kind = Item.SelfKind.VALUE;
        } else if (tok.isKeyword("mut") && peek(1).isKeyword("self") && !peek(2).is(TokenKind.PATHSEP)) {
            bump();
            mutBinding = true;
            kind = Item.SelfKind.VALUE;
        } else {
            return null;
        }
        Span selfSpan = tok.span();
        bump();
        Pat pat = new Pat.IdentPat(false, mutBinding, new Ident("self", selfSpan), null, prevSpan(selfSpan.lo()));
        Type type;
        if (kind == Item.SelfKind.VALUE && eat(TokenKind.COLON)) {
            type = parseType();
            kind = Item.SelfKind.EXPLICIT;
        } else {
            Type self = new Type.ImplicitSelf(selfSpan);
            type = kind == Item.SelfKind.VALUE ? self
                : new Type.Ref(lifetime, kind == Item.SelfKind.REF_MUT, self, prevSpan(lo));
        }
        return new Item.Param(attrs, pat, type, kind, prevSpan(lo));
    }

    private Item.ItemKind parseStruct(boolean union) {
        Ident name = parseIdent();
        Generics generics = parseGenerics();
        Item.VariantData data;
        if (tok.isKeyword("where")) generics = parseWhereClause(generics);
        if (eat(TokenKind.SEMI)) {
            data = new Item.VariantData(Item.VariantData.Kind.UNIT, List.of());
        } else if (tok.is(TokenKind.OPEN_BRACE)) {
            data = parseNamedFields();
        } else if (!union && tok.is(TokenKind.OPEN_PAREN)) {
            data = parseTupleFields();
            generics = parseWhereClause(generics);
            expectKind(TokenKind.SEMI);
        } else {
            check(TokenKind.SEMI);
            check(TokenKind.OPEN_BRACE);
            if (!union) check(TokenKind.OPEN_PAREN);
            check(TokenKind.LT);
            expectedThing("`where`");
            throw unexpected();
        }
        return union ? new Item.Union(name, generics, data) : new Item.Struct(name, generics, data);
    }

    private Item.VariantData parseNamedFields() {
        expectKind(TokenKind.OPEN_BRACE);
        return new Item.VariantData(Item.VariantData.Kind.NAMED, commaSeq(TokenKind.CLOSE_BRACE, () -> fieldDef(true)).items());
    }

    private Item.VariantData parseTupleFields() {
        expectKind(TokenKind.OPEN_PAREN);
        return new Item.VariantData(Item.VariantData.Kind.TUPLE, commaSeq(TokenKind.CLOSE_PAREN, () -> fieldDef(false)).items());
    }

    /** {@code #[attr] pub name: Type} or, in a tuple struct, {@code #[attr] pub Type}. */
    private Item.FieldDef fieldDef(boolean named) {
        int lo = tok.lo();
        List<Attribute> attrs = parseOuterAttrs();
        Item.Visibility vis = parseVisibility();
        Ident name = null;
        if (named) {
            name = parseIdent();
            expectKind(TokenKind.COLON);
        }
        Type type = parseType();
        return new Item.FieldDef(attrs, vis, name, type, prevSpan(lo));
    }

    private Item.ItemKind parseEnum() {
        Ident name = parseIdent();
        Generics generics = parseWhereClause(parseGenerics());
        expectKind(TokenKind.OPEN_BRACE);
        List<Item.Variant> variants = new ArrayList<>();
        while (!tok.is(TokenKind.CLOSE_BRACE)) {
            int lo = tok.lo();
            List<Attribute> attrs = parseOuterAttrs();
            Item.Visibility vis = parseVisibility();
            Ident vname = parseIdent();
            Item.VariantData data;
            if (tok.is(TokenKind.OPEN_BRACE)) data = parseNamedFields();
            else if (tok.is(TokenKind.OPEN_PAREN)) data = parseTupleFields();
            else data = new Item.VariantData(Item.VariantData.Kind.UNIT, List.of());
            Expr disc = null;
            if (eat(TokenKind.EQ)) disc = parseExpr();
            variants.add(new Item.Variant(attrs, vis, vname, data, disc, prevSpan(lo)));
            if (!eat(TokenKind.COMMA)) break;
        }
        expectKind(TokenKind.CLOSE_BRACE);
        return new Item.Enum(name, generics, variants);
    }

    private Item.ItemKind parseTypeAlias() {
        Ident name = parseIdent();
        Generics generics = parseGenerics();
        List<GenericBound> bounds = List.of();
        if (eat(TokenKind.COLON)) bounds = parseBounds();
        generics = parseWhereClause(generics);
        Type type = null;
        if (eat(TokenKind.EQ)) type = parseType();
        generics = parseWhereClause(generics);
        expectKind(TokenKind.SEMI);
        return new Item.TypeAlias(name, generics, bounds, type);
    }

    private Item.ItemKind parseConst() {
        Ident name = parseIdentOrUnderscore();
        Generics generics = parseGenerics();
        expectKind(TokenKind.COLON);
        Type type = parseType();
        Expr value = null;
        if (eat(TokenKind.EQ)) value = parseExpr();
        expectKind(TokenKind.SEMI);
        return new Item.Const(name, generics, type, value);
    }

    private Item.ItemKind parseStatic() {
        boolean mutable = eatKw("mut");
        Ident name = parseIdent();
        expectKind(TokenKind.COLON);
        Type type = parseType();
        Expr value = null;
        if (eat(TokenKind.EQ)) value = parseExpr();
        expectKind(TokenKind.SEMI);
        return new Item.Static(name, mutable, type, value);
    }

    private Item.ItemKind parseTrait(boolean unsafe, boolean auto) {
        Ident name = parseIdent();
        Generics generics = parseGenerics();
        List<GenericBound> supertraits = List.of();
        if (eat(TokenKind.COLON)) supertraits = parseBounds();
        generics = parseWhereClause(generics);
        List<Item> items = parseAssocItems();
        return new Item.Trait(unsafe, auto, name, generics, supertraits, items);
    }

    private Item.ItemKind parseImpl(boolean unsafe) {
        Generics generics = Generics.empty(tok.span().shrinkToLo());
        if (checkLt() && genericsFollow()) generics = parseGenerics();
        eatKw("const");
        boolean negative = false;
        if (tok.is(TokenKind.NOT) && !peek(1).is(TokenKind.OPEN_BRACE)) {
            bump();
            negative = true;
        }
        Type first = parseType();
        Path traitRef = null;
        Type selfType = first;
        if (eatKw("for")) {
            if (!(first instanceof Type.PathType pt) || pt.qself() != null) {
                throw error(first.span(), "expected a trait, found type", "not a trait");
            }
            traitRef = pt.path();
            selfType = parseType();
        }
        generics = parseWhereClause(generics);
        List<Item> items = parseAssocItems();
        return new Item.Impl(unsafe, generics, negative, traitRef, selfType, items);
    }

    /** After {@code impl}, {@code <} starts generic parameters unless it starts a qualified path. */
    private boolean genericsFollow() {
        if (tok.is(TokenKind.SHL)) return false;
        Token t1 = peek(1);
        if (t1.is(TokenKind.GT) || t1.is(TokenKind.LIFETIME) || t1.isKeyword("const") || t1.is(TokenKind.POUND)) return true;
        if (!t1.isIdent()) return false;
        Token t2 = peek(2);
        return t2.is(TokenKind.GT) || t2.is(TokenKind.COMMA) || t2.is(TokenKind.COLON) || t2.is(TokenKind.EQ);
    }

    private List<Item> parseAssocItems() {
        expectKind(TokenKind.OPEN_BRACE);
        parseInnerAttrs();
        List<Item> items = new ArrayList<>();
        while (!tok.is(TokenKind.CLOSE_BRACE) && !tok.is(TokenKind.EOF)) {
            int before = positionMarker();
            try {
                List<Attribute> attrs = parseOuterAttrs();
                int lo = attrs.isEmpty() ? tok.lo() : attrs.get(0).span().lo();
                Item.Visibility vis = parseVisibility();
                if (tok.isKeyword("default") && peek(1).kind() == TokenKind.IDENT && reserved(peek(1).text())) {
                    bump();
                }
                Item.ItemKind kind = parseItemKind(vis);
                if (kind == null) {
                    if (eat(TokenKind.SEMI)) continue;
                    expectedThing("item");
                    throw unexpected();
                }
                items.add(new Item(attrs, vis, kind, prevSpan(lo)));
            } catch (ParseError e) {
                recoverToItem(true);
                if (positionMarker() == before && !tok.is(TokenKind.CLOSE_BRACE)) bump();
            }
        }
        expectKind(TokenKind.CLOSE_BRACE);
        return items;
    }

    private Item.ItemKind parseMod(boolean unsafe) {
        Ident name = parseIdent();
        if (eat(TokenKind.SEMI)) return new Item.Mod(unsafe, name, null);
        expectKind(TokenKind.OPEN_BRACE);
        parseInnerAttrs();
        List<Item> items = parseItemsUntil(TokenKind.CLOSE_BRACE);
        expectKind(TokenKind.CLOSE_BRACE);
        return new Item.Mod(unsafe, name, items);
    }

    private Item.ItemKind parseForeignMod(boolean unsafe) {
        String abi = parseAbi();
        expectKind(TokenKind.OPEN_BRACE);
        parseInnerAttrs();
        List<Item> items = new ArrayList<>();
        while (!tok.is(TokenKind.CLOSE_BRACE) && !tok.is(TokenKind.EOF)) {
            List<Attribute> attrs = parseOuterAttrs();
            int lo = attrs.isEmpty() ? tok.lo() : attrs.get(0).span().lo();
            Item.Visibility vis = parseVisibility();
            if (tok.isKeyword("safe") && (peek(1).isKeyword("fn") || peek(1).isKeyword("static"))) {
                // `safe fn` in an `unsafe extern` block: callable without `unsafe` (kept as a marker attribute)
                Span at = tok.span();
                bump();
                attrs = new ArrayList<>(attrs);
                attrs.add(new Attribute(false, new rustmem.syntax.ast.Path(false, List.of(new rustmem.syntax.ast.Path.PathSegment(
                    new Ident("rustmem_safe_foreign", at), null, at)), at), new Attribute.Empty(), false, at));
            }
            Item.ItemKind kind = parseItemKind(vis);
            if (kind == null) {
                expectedThing("item");
                throw unexpected();
            }
            items.add(new Item(attrs, vis, kind, prevSpan(lo)));
        }
        expectKind(TokenKind.CLOSE_BRACE);
        return new Item.ForeignMod(unsafe, abi, items);
    }

    private Item.UseTree parseUseTree() {
        int lo = tok.lo();
        boolean global = eat(TokenKind.PATHSEP);
        List<Path.PathSegment> segs = new ArrayList<>();
        while (true) {
            if (tok.is(TokenKind.STAR)) {
                bump();
                return new Item.UseTree(new Path(global, segs, prevSpan(lo)), Item.UseTree.Kind.GLOB, null, List.of(),
                    prevSpan(lo));
            }
            if (tok.is(TokenKind.OPEN_BRACE)) {
                bump();
                List<Item.UseTree> nested = new ArrayList<>();
                while (!tok.is(TokenKind.CLOSE_BRACE)) {
                    nested.add(parseUseTree());
                    if (!eat(TokenKind.COMMA)) break;
                }
                expectKind(TokenKind.CLOSE_BRACE);
                return new Item.UseTree(new Path(global, segs, prevSpan(lo)), Item.UseTree.Kind.NESTED, null, nested,
                    prevSpan(lo));
            }
            Ident id = parsePathSegmentIdent();
            segs.add(new Path.PathSegment(id, null, id.span()));
            if (!eat(TokenKind.PATHSEP)) break;
        }
        Path prefix = new Path(global, segs, prevSpan(lo));
        Ident rename = null;
        if (eatKw("as")) rename = parseIdentOrUnderscore();
        return new Item.UseTree(prefix, Item.UseTree.Kind.SIMPLE, rename, List.of(), prevSpan(lo));
    }

    // ------------------------------------------------------------------ statements and blocks

    public Block parseBlock() {
        int lo = tok.lo();
        int points = nestedPoints;
        boolean unsafe = eatKw("unsafe");
        expectKind(TokenKind.OPEN_BRACE);
        parseInnerAttrs();
        List<Stmt> stmts = new ArrayList<>();
        while (!tok.is(TokenKind.CLOSE_BRACE)) {
            if (tok.is(TokenKind.EOF)) {
                diags.emit(Diagnostic.error("this file contains an unclosed delimiter").span(tok.span())
                    .secondary(new Span(lo, lo + 1), "unclosed delimiter"));
                throw new ParseError();
            }
            int before = positionMarker();
            try {
                Stmt s = parseStmt();
                if (s != null) stmts.add(s);
            } catch (ParseError e) {
                recoverInBlock();
                if (positionMarker() == before && !tok.is(TokenKind.CLOSE_BRACE) && !tok.is(TokenKind.EOF)) bump();
            }
        }
        bump();
        return new Block(stmts, unsafe, prevSpan(lo), nestedPoints != points);
    }

    /** Skips to the end of the broken statement: past a {@code ;} or to the block's {@code }}. */
    private void recoverInBlock() {
        int level = 0;
        while (!tok.is(TokenKind.EOF)) {
            TokenKind k = tok.kind();
            if (k.isOpenDelim()) level++;
            else if (k.isCloseDelim()) {
                if (level == 0) return;
                level--;
                if (level == 0 && k == TokenKind.CLOSE_BRACE) {
                    bump();
                    return;
                }
            } else if (level == 0 && k == TokenKind.SEMI) {
                bump();
                return;
            }
            bump();
        }
    }

    private Stmt parseStmt() {
        int lo = tok.lo();
        if (eat(TokenKind.SEMI)) return new Stmt.Empty(prevSpan(lo));
        List<Attribute> attrs = parseOuterAttrs();
        if (tok.isKeyword("let")) {
            bump();
            Pat pat = parsePat();
            Type type = null;
            if (eat(TokenKind.COLON)) type = parseType();
            Expr init = null;
            Block elseBlock = null;
            if (eat(TokenKind.EQ)) {
                init = parseExpr();
                if (eatKw("else")) elseBlock = parseBlock();
            }
            if (!eat(TokenKind.SEMI)) {
                if (init == null) {
                    check(TokenKind.EQ);
                    if (type == null) check(TokenKind.COLON);
                } else if (elseBlock == null) {
                    checkKw("else");
                }
                throw missingSemicolon();
            }
            return new Stmt.Let(attrs, pat, type, init, elseBlock, prevSpan(lo));
        }
        if (startsItem() && !(tok.isKeyword("unsafe") && peek(1).is(TokenKind.OPEN_BRACE))
            && !tok.is(TokenKind.POUND)) {
            Item item = parseItem(attrs);
            if (item != null) {
                nestedPoints++;
                return new Stmt.ItemStmt(item);
            }
        }
        if (isMacroCallStart() && peek(isMacroCallStartLength()).is(TokenKind.OPEN_BRACE)) {
            // `m! { … }` as a statement needs no semicolon
            Path p = parsePath(PathStyle.MOD);
            MacCall mac = parseMacCall(p, lo);
            Expr e = new Expr.Mac(mac);
            if (tok.is(TokenKind.DOT) || tok.is(TokenKind.QUESTION)) {
                e = parseAssocRest(parsePostfix(e, 0), 0, 0);
                return finishExprStmt(attrs, e, lo);
            }
            boolean semi = eat(TokenKind.SEMI);
            return new Stmt.ExprStmt(attrs, e, semi, prevSpan(lo));
        }
        if (!canBeginExpr()) {
            if (!attrs.isEmpty() && tok.is(TokenKind.CLOSE_BRACE)) {
                throw error(attrs.get(attrs.size() - 1).span(), "expected statement after outer attribute", null);
            }
            expectedThing("expression");
            check(TokenKind.CLOSE_BRACE);
            throw unexpected();
        }
        Expr e = parseExprWith(STMT);
        return finishExprStmt(attrs, e, lo);
    }

    /** Number of tokens a macro call's path and {@code !} take (the delimiter follows). */
    private int isMacroCallStartLength() {
        int i = 0;
        if (peek(i).is(TokenKind.PATHSEP)) i++;
        while (true) {
            i++;
            if (peek(i).is(TokenKind.PATHSEP)) { i++; continue; }
            return i + 1;
        }
    }

    private Stmt finishExprStmt(List<Attribute> attrs, Expr e, int lo) {
        if (eat(TokenKind.SEMI)) return new Stmt.ExprStmt(attrs, e, true, prevSpan(lo));
        if (tok.is(TokenKind.CLOSE_BRACE) || isBlockLike(e)) return new Stmt.ExprStmt(attrs, e, false, prevSpan(lo));
        check(TokenKind.SEMI);
        check(TokenKind.CLOSE_BRACE);
        throw missingSemicolon();
    }

    /**
     * A statement not followed by {@code ;}: when the next token starts a new line rustc points
     * after the statement ("expected `;`, found …" with "add `;` here").
     */
    private ParseError missingSemicolon() {
        boolean newLine = diags.file() != null && prevHi < tok.lo()
            && diags.file().line(prevHi) < diags.file().line(tok.lo());
        if (!newLine || tok.is(TokenKind.EOF)) return unexpected();
        diags.emit(Diagnostic.error("expected `;`, found " + describe(tok))
            .span(new Span(prevHi, prevHi), "help: add `;` here")
            .secondary(tok.span(), "unexpected token"));
        return new ParseError();
    }
}
