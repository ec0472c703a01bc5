package rustmem.syntax;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.Span;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericArgs;
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
 */
public final class Parser extends TokenCursor {
    /** Deeper nesting than this is reported instead of overflowing the Java stack. */
    private static final int MAX_DEPTH = 256;

    /** Expression contexts: no struct literal (conditions), statement start (block-like ends the statement). */
    private static final int NO_STRUCT = 1, STMT = 2, ALLOW_LET = 4;

    private int depth;

    public Parser(List<Token> tokens, Diagnostics diags) { super(tokens, diags); }

    /** Lexes and parses a whole file. */
    public static Crate parseFile(SourceFile file, Diagnostics diags) {
        List<Token> tokens = Lexer.tokenize(file, diags);
        return new Parser(tokens, diags).parseCrate();
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
                if (peek(1).kind() == TokenKind.IDENT && !Keywords.isReserved(peek(1).text())) {
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
                    return new Item.MacroRules(name, body);
                }
                return parseMacroItemOrNull();
            }
            default -> {
                return parseMacroItemOrNull();
            }
        }
    }

    private Item.ItemKind parseMacroItemOrNull() {
        return isMacroCallStart() ? parseMacroItem() : null;
    }

    /** {@code path!} followed by a delimiter (a path, then {@code !}, not {@code !=}). */
    private boolean isMacroCallStart() {
        int i = 0;
        if (peek(i).is(TokenKind.PATHSEP)) i++;
        while (true) {
            Token t = peek(i);
            if (!t.isIdent() || (t.kind() == TokenKind.IDENT && Keywords.isReserved(t.text())
                && !Keywords.isPathSegmentKeyword(t.text()))) return false;
            i++;
            if (peek(i).is(TokenKind.PATHSEP)) { i++; continue; }
            return peek(i).is(TokenKind.NOT) && peek(i + 1).kind().isOpenDelim();
        }
    }

    private Item.ItemKind parseMacroItem() {
        MacCall mac = parseMacCall(parsePath(PathStyle.MOD), tok.lo());
        if (mac.args().delim() != TokenTree.Delim.BRACE) expectKind(TokenKind.SEMI);
        return new Item.MacItem(mac);
    }

    private MacCall parseMacCall(Path path, int lo) {
        expectKind(TokenKind.NOT);
        TokenTree.Delimited args = parseDelimited();
        return new MacCall(path, args, new Span(path.span().lo(), prevHi));
    }

    private Item.FnHeader parseFnHeader() {
        boolean isConst = eatKw("const");
        boolean isAsync = eatKw("async");
        boolean unsafe = eatKw("unsafe");
        if (!unsafe && tok.isKeyword("safe")) bump();
        String abi = null;
        if (eatKw("extern")) {
            abi = "C";
            if (tok.is(TokenKind.LITERAL)) {
                abi = tok.lit().cooked();
                bump();
            }
        }
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
        Type first = parseTypeNoPlus();
        Path traitRef = null;
        Type selfType = first;
        if (eatKw("for")) {
            if (!(first instanceof Type.PathType pt) || pt.qself() != null) {
                throw error(first.span(), "expected a trait, found type", "not a trait");
            }
            traitRef = pt.path();
            selfType = parseTypeNoPlus();
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
                if (tok.isKeyword("default") && peek(1).kind() == TokenKind.IDENT && Keywords.isReserved(peek(1).text())) {
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
        String abi = "C";
        if (tok.is(TokenKind.LITERAL)) {
            abi = tok.lit().cooked();
            bump();
        }
        expectKind(TokenKind.OPEN_BRACE);
        parseInnerAttrs();
        List<Item> items = new ArrayList<>();
        while (!tok.is(TokenKind.CLOSE_BRACE) && !tok.is(TokenKind.EOF)) {
            List<Attribute> attrs = parseOuterAttrs();
            int lo = attrs.isEmpty() ? tok.lo() : attrs.get(0).span().lo();
            Item.Visibility vis = parseVisibility();
            if (tok.isKeyword("safe") && (peek(1).isKeyword("fn") || peek(1).isKeyword("static"))) bump();
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

    // ------------------------------------------------------------------ attributes

    private List<Attribute> parseInnerAttrs() {
        List<Attribute> attrs = new ArrayList<>();
        while (true) {
            if (tok.is(TokenKind.POUND) && peek(1).is(TokenKind.NOT) && peek(2).is(TokenKind.OPEN_BRACKET)) {
                attrs.add(parseAttribute(true));
            } else if (tok.is(TokenKind.DOC_COMMENT) && isInnerDoc(tok.text())) {
                attrs.add(docAttribute(true));
            } else {
                return attrs;
            }
        }
    }

    private static boolean isInnerDoc(String text) { return text.startsWith("//!") || text.startsWith("/*!"); }

    List<Attribute> parseOuterAttrs() {
        List<Attribute> attrs = null;
        while (true) {
            if (tok.is(TokenKind.POUND) && peek(1).is(TokenKind.OPEN_BRACKET)) {
                if (attrs == null) attrs = new ArrayList<>();
                attrs.add(parseAttribute(false));
            } else if (tok.is(TokenKind.POUND) && peek(1).is(TokenKind.NOT) && peek(2).is(TokenKind.OPEN_BRACKET)) {
                diags.emit(Diagnostic.error("an inner attribute is not permitted in this context")
                    .span(tok.span()));
                if (attrs == null) attrs = new ArrayList<>();
                attrs.add(parseAttribute(true));
            } else if (tok.is(TokenKind.DOC_COMMENT)) {
                if (attrs == null) attrs = new ArrayList<>();
                attrs.add(docAttribute(isInnerDoc(tok.text())));
            } else {
                return attrs == null ? List.of() : attrs;
            }
        }
    }

    private Attribute docAttribute(boolean inner) {
        Token t = tok;
        bump();
        String text = t.text();
        String body = text.startsWith("/*") ? text.substring(3, Math.max(3, text.length() - 2)) : text.substring(3);
        Lit lit = new Lit(Lit.Kind.STR, text, null, body, t.span());
        Path doc = new Path(false, List.of(new Path.PathSegment(new Ident("doc", t.span()), null, t.span())), t.span());
        return new Attribute(inner, doc, new Attribute.Eq(new Expr.LitExpr(lit, t.span())), true, t.span());
    }

    private Attribute parseAttribute(boolean inner) {
        int lo = tok.lo();
        expectKind(TokenKind.POUND);
        if (inner) expectKind(TokenKind.NOT);
        expectKind(TokenKind.OPEN_BRACKET);
        boolean unsafeWrapper = tok.isKeyword("unsafe") && peek(1).is(TokenKind.OPEN_PAREN);
        if (unsafeWrapper) {
            bump();
            bump();
        }
        Path path = parsePath(PathStyle.MOD);
        Attribute.AttrArgs args;
        if (tok.kind().isOpenDelim()) {
            args = new Attribute.Delimited(parseDelimited());
        } else if (eat(TokenKind.EQ)) {
            args = new Attribute.Eq(parseExpr());
        } else {
            args = new Attribute.Empty();
        }
        if (unsafeWrapper) expectKind(TokenKind.CLOSE_PAREN);
        expectKind(TokenKind.CLOSE_BRACKET);
        return new Attribute(inner, path, args, false, prevSpan(lo));
    }

    // ------------------------------------------------------------------ token trees

    /** A delimited token tree; the current token must be an opening delimiter. */
    TokenTree.Delimited parseDelimited() {
        int lo = tok.lo();
        TokenTree.Delim delim = switch (tok.kind()) {
            case OPEN_PAREN -> TokenTree.Delim.PAREN;
            case OPEN_BRACKET -> TokenTree.Delim.BRACKET;
            case OPEN_BRACE -> TokenTree.Delim.BRACE;
            default -> {
                check(TokenKind.OPEN_PAREN);
                check(TokenKind.OPEN_BRACKET);
                check(TokenKind.OPEN_BRACE);
                throw unexpected();
            }
        };
        Span open = tok.span();
        bump();
        List<TokenTree> trees = new ArrayList<>();
        TokenKind close = closeOf(delim);
        while (!tok.is(close)) {
            TokenKind k = tok.kind();
            if (k == TokenKind.EOF) {
                diags.emit(Diagnostic.error("this file contains an unclosed delimiter")
                    .span(tok.span()).secondary(open, "unclosed delimiter"));
                throw new ParseError();
            }
            if (k.isOpenDelim()) {
                if (++depth > MAX_DEPTH) throw tooDeep();
                try {
                    trees.add(parseDelimited());
                } finally {
                    depth--;
                }
            } else if (k.isCloseDelim()) {
                diags.emit(Diagnostic.error("mismatched closing delimiter: `" + k.spelling + "`")
                    .span(tok.span(), "mismatched closing delimiter").secondary(open, "unclosed delimiter"));
                throw new ParseError();
            } else {
                trees.add(new TokenTree.Leaf(tok));
                bump();
            }
        }
        bump();
        return new TokenTree.Delimited(delim, trees, prevSpan(lo));
    }

    private static TokenKind closeOf(TokenTree.Delim d) {
        return switch (d) {
            case PAREN -> TokenKind.CLOSE_PAREN;
            case BRACKET -> TokenKind.CLOSE_BRACKET;
            case BRACE -> TokenKind.CLOSE_BRACE;
        };
    }

    private ParseError tooDeep() {
        return error(tok.span(), "this code nests too deeply (more than " + MAX_DEPTH + " levels)", null);
    }

    // ------------------------------------------------------------------ identifiers and paths

    Ident parseIdent() {
        if (tok.kind() == TokenKind.RAW_IDENT || (tok.kind() == TokenKind.IDENT && !Keywords.isReserved(tok.text())
            && !tok.text().equals("_"))) {
            Ident id = new Ident(tok.text(), tok.kind() == TokenKind.RAW_IDENT, tok.span());
            bump();
            return id;
        }
        expectedThing("identifier");
        if (tok.kind() == TokenKind.IDENT && Keywords.isReserved(tok.text())) {
            throw error(tok.span(), "expected identifier, found keyword `" + tok.text() + "`",
                "expected identifier, found keyword");
        }
        throw unexpected();
    }

    private Ident parseIdentOrUnderscore() { return tok.isKeyword("_") ? takeKeywordIdent() : parseIdent(); }

    private Ident parseIdentOrSelf() { return tok.isKeyword("self") ? takeKeywordIdent() : parseIdent(); }

    /** An identifier, or one of the keywords that may stand in a path. */
    private Ident parsePathSegmentIdent() {
        return tok.kind() == TokenKind.IDENT && Keywords.isPathSegmentKeyword(tok.text()) ? takeKeywordIdent() : parseIdent();
    }

    /** The current keyword token as an identifier ({@code self}, {@code _}, {@code crate} …). */
    private Ident takeKeywordIdent() {
        Ident id = new Ident(tok.text(), tok.span());
        bump();
        return id;
    }

    private boolean isPathStart() {
        if (tok.is(TokenKind.PATHSEP) || tok.kind() == TokenKind.RAW_IDENT) return true;
        if (tok.kind() != TokenKind.IDENT) return false;
        String t = tok.text();
        return Keywords.isPathSegmentKeyword(t) || (!Keywords.isReserved(t) && !t.equals("_"));
    }

    Lifetime parseLifetime() {
        if (!tok.is(TokenKind.LIFETIME)) {
            expectedThing("lifetime");
            throw unexpected();
        }
        Lifetime l = new Lifetime(tok.text(), tok.span());
        bump();
        return l;
    }

    /** How generic arguments are written in a path: in types directly, in expressions after {@code ::}. */
    enum PathStyle { TYPE, EXPR, MOD }

    Path parsePath(PathStyle style) {
        int lo = tok.lo();
        boolean global = eat(TokenKind.PATHSEP);
        List<Path.PathSegment> segs = new ArrayList<>();
        parsePathSegments(segs, style);
        return new Path(global, segs, prevSpan(lo));
    }

    private void parsePathSegments(List<Path.PathSegment> segs, PathStyle style) {
        while (true) {
            int lo = tok.lo();
            Ident id = parsePathSegmentIdent();
            GenericArgs args = null;
            if (style == PathStyle.TYPE) {
                boolean turbofish = tok.is(TokenKind.PATHSEP) && (peek(1).is(TokenKind.LT) || peek(1).is(TokenKind.SHL));
                if (turbofish) bump();
                if (checkLt()) {
                    args = parseAngleArgs();
                } else if (tok.is(TokenKind.OPEN_PAREN)) {
                    args = parseParenArgs();
                } else if (turbofish) {
                    throw unexpected();
                }
            } else if (style == PathStyle.EXPR && tok.is(TokenKind.PATHSEP)
                && (peek(1).is(TokenKind.LT) || peek(1).is(TokenKind.SHL))) {
                bump();
                args = parseAngleArgs();
            }
            segs.add(new Path.PathSegment(id, args, prevSpan(lo)));
            if (tok.is(TokenKind.PATHSEP) && (peek(1).isIdent())) {
                bump();
                continue;
            }
            return;
        }
    }

    private GenericArgs parseAngleArgs() {
        int lo = tok.lo();
        eatLt();
        List<GenericArgs.GenericArg> args = new ArrayList<>();
        while (!eatGt()) {
            args.add(parseGenericArg());
            if (!eat(TokenKind.COMMA)) {
                if (!eatGt()) throw unexpected();
                break;
            }
        }
        return new GenericArgs.AngleBracketed(args, prevSpan(lo));
    }

    private GenericArgs.GenericArg parseGenericArg() {
        if (tok.is(TokenKind.LIFETIME)) return new GenericArgs.LifetimeArg(parseLifetime());
        if (tok.isIdent()) {
            Token n = peek(1);
            boolean constraint = n.is(TokenKind.EQ) || n.is(TokenKind.COLON);
            int afterArgs = -1;
            if (!constraint && (n.is(TokenKind.LT))) afterArgs = skipAngles(1);
            if (afterArgs > 0 && (peek(afterArgs).is(TokenKind.EQ) || peek(afterArgs).is(TokenKind.COLON))) constraint = true;
            if (constraint) {
                int lo = tok.lo();
                Ident name = parseIdent();
                GenericArgs gargs = checkLt() ? parseAngleArgs() : null;
                if (eat(TokenKind.EQ)) {
                    if (isConstArgStart()) {
                        Expr value = parseConstArg();
                        return new GenericArgs.AssocConstraint(name, gargs, new Type.Infer(value.span()), List.of(), prevSpan(lo));
                    }
                    return new GenericArgs.AssocConstraint(name, gargs, parseType(), List.of(), prevSpan(lo));
                }
                expectKind(TokenKind.COLON);
                return new GenericArgs.AssocConstraint(name, gargs, null, parseBounds(), prevSpan(lo));
            }
        }
        if (isConstArgStart()) return new GenericArgs.ConstArg(parseConstArg());
        return new GenericArgs.TypeArg(parseType());
    }

    /** Index just past the angle-bracketed group starting at peek(i), or -1 when unbalanced soon. */
    private int skipAngles(int i) {
        int level = 0;
        for (int k = i; k < i + 64; k++) {
            TokenKind kind = peek(k).kind();
            switch (kind) {
                case LT -> level++;
                case SHL -> level += 2;
                case GT -> level--;
                case SHR -> level -= 2;
                case EOF, SEMI, OPEN_BRACE, CLOSE_BRACE -> { return -1; }
                default -> { }
            }
            if (level <= 0) return k + 1;
        }
        return -1;
    }

    private boolean isConstArgStart() {
        return tok.is(TokenKind.LITERAL) || tok.is(TokenKind.OPEN_BRACE) || tok.isKeyword("true") || tok.isKeyword("false")
            || (tok.is(TokenKind.MINUS) && peek(1).is(TokenKind.LITERAL));
    }

    private Expr parseConstArg() {
        if (tok.is(TokenKind.OPEN_BRACE)) {
            int lo = tok.lo();
            Block b = parseBlock();
            return new Expr.BlockExpr(b, null, prevSpan(lo));
        }
        return parseLitMaybeMinus();
    }

    private GenericArgs parseParenArgs() {
        int lo = tok.lo();
        expectKind(TokenKind.OPEN_PAREN);
        List<Type> inputs = new ArrayList<>();
        while (!tok.is(TokenKind.CLOSE_PAREN)) {
            inputs.add(parseType());
            if (!eat(TokenKind.COMMA)) break;
        }
        expectKind(TokenKind.CLOSE_PAREN);
        Type output = null;
        if (eat(TokenKind.RARROW)) output = parseTypeNoPlus();
        return new GenericArgs.Parenthesized(inputs, output, prevSpan(lo));
    }

    /** {@code <Type as Trait>::rest} or {@code <Type>::rest}: the qualified self and the whole path. */
    private record Qualified(Path.QSelf qself, Path path) {}

    private Qualified parseQualifiedPath(PathStyle style) {
        int lo = tok.lo();
        eatLt();
        Type self = parseType();
        List<Path.PathSegment> segs = new ArrayList<>();
        boolean global = false;
        if (eatKw("as")) {
            Path trait = parsePath(PathStyle.TYPE);
            global = trait.global();
            segs.addAll(trait.segments());
        }
        int position = segs.size();
        if (!eatGt()) throw unexpected();
        Span qspan = prevSpan(lo);
        expectKind(TokenKind.PATHSEP);
        parsePathSegments(segs, style);
        return new Qualified(new Path.QSelf(self, position, qspan), new Path(global, segs, prevSpan(lo)));
    }

    // ------------------------------------------------------------------ generics

    Generics parseGenerics() {
        int lo = tok.lo();
        if (!checkLt()) return Generics.empty(tok.span().shrinkToLo());
        eatLt();
        List<Generics.GenericParam> params = new ArrayList<>();
        while (!eatGt()) {
            params.add(parseGenericParam());
            if (!eat(TokenKind.COMMA)) {
                if (!eatGt()) throw unexpected();
                break;
            }
        }
        return new Generics(params, List.of(), prevSpan(lo));
    }

    private Generics.GenericParam parseGenericParam() {
        int lo = tok.lo();
        List<Attribute> attrs = parseOuterAttrs();
        if (tok.is(TokenKind.LIFETIME)) {
            Lifetime l = parseLifetime();
            List<Lifetime> bounds = new ArrayList<>();
            if (eat(TokenKind.COLON)) {
                while (tok.is(TokenKind.LIFETIME)) {
                    bounds.add(parseLifetime());
                    if (!eat(TokenKind.PLUS)) break;
                }
            }
            return new Generics.LifetimeParam(attrs, l, bounds, prevSpan(lo));
        }
        if (eatKw("const")) {
            Ident name = parseIdent();
            expectKind(TokenKind.COLON);
            Type type = parseType();
            Expr def = null;
            if (eat(TokenKind.EQ)) def = parseConstArg();
            return new Generics.ConstParam(attrs, name, type, def, prevSpan(lo));
        }
        Ident name = parseIdent();
        List<GenericBound> bounds = List.of();
        if (eat(TokenKind.COLON)) bounds = parseBounds();
        Type def = null;
        if (eat(TokenKind.EQ)) def = parseType();
        return new Generics.TypeParam(attrs, name, bounds, def, prevSpan(lo));
    }

    /** Adds a where-clause, when one follows, to the generics. */
    Generics parseWhereClause(Generics g) {
        if (!eatKw("where")) return g;
        List<Generics.WherePredicate> preds = new ArrayList<>(g.where());
        while (!tok.is(TokenKind.OPEN_BRACE) && !tok.is(TokenKind.SEMI) && !tok.is(TokenKind.EQ) && !tok.is(TokenKind.EOF)) {
            int lo = tok.lo();
            if (tok.is(TokenKind.LIFETIME)) {
                Lifetime l = parseLifetime();
                expectKind(TokenKind.COLON);
                List<Lifetime> bounds = new ArrayList<>();
                while (tok.is(TokenKind.LIFETIME)) {
                    bounds.add(parseLifetime());
                    if (!eat(TokenKind.PLUS)) break;
                }
                preds.add(new Generics.RegionPredicate(l, bounds, prevSpan(lo)));
            } else {
                List<Generics.GenericParam> forLts = parseForLifetimes();
                Type t = parseType();
                expectKind(TokenKind.COLON);
                List<GenericBound> bounds = parseBounds();
                preds.add(new Generics.BoundPredicate(forLts, t, bounds, prevSpan(lo)));
            }
            if (!eat(TokenKind.COMMA)) break;
        }
        return new Generics(g.params(), preds, g.span().to(prevSpan(g.span().lo())));
    }

    private List<Generics.GenericParam> parseForLifetimes() {
        if (!tok.isKeyword("for") || !(peek(1).is(TokenKind.LT))) return List.of();
        bump();
        return parseGenerics().params();
    }

    List<GenericBound> parseBounds() {
        List<GenericBound> bounds = new ArrayList<>();
        while (true) {
            int lo = tok.lo();
            if (tok.is(TokenKind.LIFETIME)) {
                bounds.add(new GenericBound.LifetimeBound(parseLifetime()));
            } else if (tok.isKeyword("use") && checkLtAt(1)) {
                bump();
                eatLt();
                List<Ident> args = new ArrayList<>();
                while (!eatGt()) {
                    if (tok.is(TokenKind.LIFETIME)) {
                        Lifetime l = parseLifetime();
                        args.add(new Ident(l.name(), l.span()));
                    } else {
                        args.add(parsePathSegmentIdent());
                    }
                    if (!eat(TokenKind.COMMA)) {
                        if (!eatGt()) throw unexpected();
                        break;
                    }
                }
                bounds.add(new GenericBound.Use(args, prevSpan(lo)));
            } else if (startsTraitBound()) {
                boolean paren = eat(TokenKind.OPEN_PAREN);
                List<Generics.GenericParam> forLts = parseForLifetimes();
                GenericBound.Modifier mod = GenericBound.Modifier.NONE;
                if (eat(TokenKind.TILDE)) {
                    expectKw("const");
                    mod = GenericBound.Modifier.MAYBE_CONST;
                } else if (tok.isKeyword("const")) {
                    bump();
                    mod = GenericBound.Modifier.CONST;
                }
                if (eat(TokenKind.QUESTION)) mod = GenericBound.Modifier.MAYBE;
                else if (eat(TokenKind.NOT)) mod = GenericBound.Modifier.NEGATIVE;
                if (forLts.isEmpty()) forLts = parseForLifetimes();
                Path path = parsePath(PathStyle.TYPE);
                if (paren) expectKind(TokenKind.CLOSE_PAREN);
                bounds.add(new GenericBound.TraitBound(forLts, mod, path, paren, prevSpan(lo)));
            } else {
                break;
            }
            if (!eat(TokenKind.PLUS)) break;
        }
        return bounds;
    }

    private boolean checkLtAt(int n) { return peek(n).is(TokenKind.LT); }

    private boolean startsTraitBound() {
        return isPathStart() || tok.is(TokenKind.QUESTION) || tok.is(TokenKind.TILDE) || tok.is(TokenKind.NOT)
            || tok.isKeyword("for") || tok.isKeyword("const")
            || (tok.is(TokenKind.OPEN_PAREN) && (peek(1).isIdent() || peek(1).is(TokenKind.QUESTION)
                || peek(1).is(TokenKind.PATHSEP)));
    }

    /** Comma-separated elements up to a closing delimiter; whether a trailing comma was written matters for `(x,)`. */
    private record Seq<T>(List<T> items, boolean trailingComma) {
        boolean isSingleParenthesized() { return items.size() == 1 && !trailingComma; }
    }

    /** Parses {@code elem, elem, …} and the closing delimiter (the opening one is already eaten). */
    private <T> Seq<T> commaSeq(TokenKind close, java.util.function.Supplier<T> element) {
        List<T> items = new ArrayList<>();
        boolean trailingComma = false;
        while (!tok.is(close)) {
            items.add(element.get());
            trailingComma = false;
            if (!eat(TokenKind.COMMA)) break;
            trailingComma = true;
        }
        expectKind(close);
        return new Seq<>(items, trailingComma);
    }

    // ------------------------------------------------------------------ types

    public Type parseType() { return parseTypeInner(true); }

    private Type parseTypeNoPlus() { return parseTypeInner(false); }

    private Type parseTypeInner(boolean allowPlus) {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parseTypeUnchecked(allowPlus);
        } finally {
            depth--;
        }
    }

    private Type parseTypeUnchecked(boolean allowPlus) {
        int lo = tok.lo();
        TokenKind k = tok.kind();
        switch (k) {
            case OPEN_PAREN -> {
                bump();
                Seq<Type> seq = commaSeq(TokenKind.CLOSE_PAREN, this::parseType);
                List<Type> elems = seq.items();
                if (seq.isSingleParenthesized()) {
                    Type inner = elems.get(0);
                    if (allowPlus && tok.is(TokenKind.PLUS) && inner instanceof Type.PathType pt && pt.qself() == null) {
                        bump();
                        List<GenericBound> bounds = new ArrayList<>();
                        bounds.add(new GenericBound.TraitBound(List.of(), GenericBound.Modifier.NONE, pt.path(), true,
                            prevSpan(lo)));
                        bounds.addAll(parseBounds());
                        return new Type.TraitObject(bounds, false, prevSpan(lo));
                    }
                    return new Type.Paren(inner, prevSpan(lo));
                }
                return new Type.Tuple(elems, prevSpan(lo));
            }
            case NOT -> {
                bump();
                return new Type.Never(prevSpan(lo));
            }
            case OPEN_BRACKET -> {
                bump();
                Type elem = parseType();
                if (eat(TokenKind.SEMI)) {
                    Expr len = parseExpr();
                    expectKind(TokenKind.CLOSE_BRACKET);
                    return new Type.Array(elem, len, prevSpan(lo));
                }
                expectKind(TokenKind.CLOSE_BRACKET);
                return new Type.Slice(elem, prevSpan(lo));
            }
            case AND, ANDAND -> {
                eatAnd();
                Lifetime lt = tok.is(TokenKind.LIFETIME) ? parseLifetime() : null;
                boolean mut = eatKw("mut");
                Type inner = parseTypeNoPlus();
                return new Type.Ref(lt, mut, inner, prevSpan(lo));
            }
            case STAR -> {
                bump();
                boolean mut;
                if (eatKw("mut")) mut = true;
                else if (eatKw("const")) mut = false;
                else {
                    check(TokenKind.IDENT);
                    throw error(tok.span(), "expected `mut` or `const` keyword in raw pointer type",
                        "expected `mut` or `const` in raw pointer type");
                }
                Type inner = parseTypeNoPlus();
                return new Type.RawPtr(mut, inner, prevSpan(lo));
            }
            case LT, SHL -> {
                Qualified q = parseQualifiedPath(PathStyle.TYPE);
                return new Type.PathType(q.qself(), q.path(), prevSpan(lo));
            }
            case QUESTION -> {
                // `?Sized` as a bare type only appears in bounds; parse it as a trait object for recovery
                return new Type.TraitObject(parseBounds(), false, prevSpan(lo));
            }
            default -> { }
        }
        if (tok.kind() == TokenKind.IDENT) {
            switch (tok.text()) {
                case "_" -> {
                    bump();
                    return new Type.Infer(prevSpan(lo));
                }
                case "fn", "unsafe", "extern" -> { return parseFnPtrType(List.of(), lo); }
                case "for" -> {
                    List<Generics.GenericParam> lts = parseForLifetimes();
                    if (tok.isKeyword("fn") || tok.isKeyword("unsafe") || tok.isKeyword("extern")) {
                        return parseFnPtrType(lts, lo);
                    }
                    Path path = parsePath(PathStyle.TYPE);
                    List<GenericBound> bounds = new ArrayList<>();
                    bounds.add(new GenericBound.TraitBound(lts, GenericBound.Modifier.NONE, path, false, prevSpan(lo)));
                    if (allowPlus && eat(TokenKind.PLUS)) bounds.addAll(parseBounds());
                    return new Type.TraitObject(bounds, false, prevSpan(lo));
                }
                case "impl" -> {
                    bump();
                    return new Type.ImplTrait(allowPlus ? parseBounds() : parseSingleBound(), prevSpan(lo));
                }
                case "dyn" -> {
                    bump();
                    return new Type.TraitObject(allowPlus ? parseBounds() : parseSingleBound(), true, prevSpan(lo));
                }
                default -> { }
            }
        }
        if (isPathStart()) {
            if (isMacroCallStart()) {
                Path p = parsePath(PathStyle.MOD);
                return new Type.Mac(parseMacCall(p, lo));
            }
            Path path = parsePath(PathStyle.TYPE);
            if (allowPlus && tok.is(TokenKind.PLUS)) {
                bump();
                List<GenericBound> bounds = new ArrayList<>();
                bounds.add(new GenericBound.TraitBound(List.of(), GenericBound.Modifier.NONE, path, false, path.span()));
                bounds.addAll(parseBounds());
                return new Type.TraitObject(bounds, false, prevSpan(lo));
            }
            return new Type.PathType(null, path, prevSpan(lo));
        }
        expectedThing("type");
        throw unexpected();
    }

    private List<GenericBound> parseSingleBound() {
        List<GenericBound> all = new ArrayList<>();
        int lo = tok.lo();
        if (tok.is(TokenKind.LIFETIME)) {
            all.add(new GenericBound.LifetimeBound(parseLifetime()));
        } else {
            List<Generics.GenericParam> lts = parseForLifetimes();
            GenericBound.Modifier mod = eat(TokenKind.QUESTION) ? GenericBound.Modifier.MAYBE : GenericBound.Modifier.NONE;
            Path path = parsePath(PathStyle.TYPE);
            all.add(new GenericBound.TraitBound(lts, mod, path, false, prevSpan(lo)));
        }
        return all;
    }

    private Type parseFnPtrType(List<Generics.GenericParam> lts, int lo) {
        boolean unsafe = eatKw("unsafe");
        String abi = null;
        if (eatKw("extern")) {
            abi = "C";
            if (tok.is(TokenKind.LITERAL)) {
                abi = tok.lit().cooked();
                bump();
            }
        }
        expectKw("fn");
        expectKind(TokenKind.OPEN_PAREN);
        List<Type.FnPtrParam> params = new ArrayList<>();
        boolean variadic = false;
        while (!tok.is(TokenKind.CLOSE_PAREN)) {
            int plo = tok.lo();
            parseOuterAttrs();
            if (eat(TokenKind.DOTDOTDOT)) {
                variadic = true;
            } else {
                Ident name = null;
                if ((tok.isIdent() || tok.isKeyword("_")) && peek(1).is(TokenKind.COLON) && !peek(1).is(TokenKind.PATHSEP)) {
                    name = parseIdentOrUnderscore();
                    bump();
                }
                params.add(new Type.FnPtrParam(name, parseType(), prevSpan(plo)));
            }
            if (!eat(TokenKind.COMMA)) break;
        }
        expectKind(TokenKind.CLOSE_PAREN);
        Type ret = null;
        if (eat(TokenKind.RARROW)) ret = parseTypeNoPlus();
        return new Type.FnPtr(lts, unsafe, abi, params, variadic, ret, prevSpan(lo));
    }

    // ------------------------------------------------------------------ patterns

    /** A pattern with top-level alternatives, as in {@code let}, {@code match} and {@code for}. */
    public Pat parsePat() {
        int lo = tok.lo();
        boolean leadingVert = eatOr();
        Pat first = parsePatNoTopAlt();
        if (!tok.is(TokenKind.OR)) {
            return leadingVert ? new Pat.Or(List.of(first), prevSpan(lo)) : first;
        }
        List<Pat> alts = new ArrayList<>();
        alts.add(first);
        while (eat(TokenKind.OR)) alts.add(parsePatNoTopAlt());
        return new Pat.Or(alts, prevSpan(lo));
    }

    Pat parsePatNoTopAlt() {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parsePatUnchecked();
        } finally {
            depth--;
        }
    }

    private Pat parsePatUnchecked() {
        int lo = tok.lo();
        switch (tok.kind()) {
            case AND, ANDAND -> {
                eatAnd();
                boolean mut = eatKw("mut");
                Pat inner = parsePatNoTopAlt();
                return new Pat.Ref(mut, inner, prevSpan(lo));
            }
            case OPEN_PAREN -> {
                bump();
                Seq<Pat> seq = commaSeq(TokenKind.CLOSE_PAREN, this::parsePat);
                if (seq.isSingleParenthesized() && !(seq.items().get(0) instanceof Pat.Rest)) {
                    return new Pat.Paren(seq.items().get(0), prevSpan(lo));
                }
                return new Pat.Tuple(seq.items(), prevSpan(lo));
            }
            case OPEN_BRACKET -> {
                bump();
                return new Pat.Slice(commaSeq(TokenKind.CLOSE_BRACKET, this::parsePat).items(), prevSpan(lo));
            }
            case DOTDOT -> {
                bump();
                if (isRangeEndStart()) {
                    Expr hi = parseRangeEnd();
                    return new Pat.RangePat(null, hi, Expr.RangeLimits.HALF_OPEN, prevSpan(lo));
                }
                return new Pat.Rest(prevSpan(lo));
            }
            case DOTDOTEQ, DOTDOTDOT -> {
                bump();
                Expr hi = parseRangeEnd();
                return new Pat.RangePat(null, hi, Expr.RangeLimits.CLOSED, prevSpan(lo));
            }
            case LITERAL, MINUS -> {
                Expr lit = parseLitMaybeMinus();
                return maybeRangePat(lit, lo);
            }
            case LT, SHL -> {
                Qualified q = parseQualifiedPath(PathStyle.EXPR);
                return parsePathPatRest(q.qself(), q.path(), lo);
            }
            default -> { }
        }
        if (tok.kind() == TokenKind.IDENT) {
            switch (tok.text()) {
                case "_" -> {
                    bump();
                    return new Pat.Wild(prevSpan(lo));
                }
                case "true", "false" -> {
                    return maybeRangePat(parseLitMaybeMinus(), lo);
                }
                case "ref", "mut" -> {
                    boolean byRef = eatKw("ref");
                    boolean mut = eatKw("mut");
                    return parseIdentPat(byRef, mut, lo);
                }
                case "box" -> {
                    bump();
                    return new Pat.Box(parsePatNoTopAlt(), prevSpan(lo));
                }
                case "const" -> {
                    if (peek(1).is(TokenKind.OPEN_BRACE)) {
                        bump();
                        Block b = parseBlock();
                        return new Pat.LitPat(new Expr.ConstBlock(b, prevSpan(lo)), prevSpan(lo));
                    }
                }
                default -> { }
            }
        }
        if (isPathStart()) {
            Token n = peek(1);
            boolean plainIdent = tok.isIdent() && !(tok.kind() == TokenKind.IDENT && Keywords.isPathSegmentKeyword(tok.text()))
                && !n.is(TokenKind.PATHSEP) && !n.is(TokenKind.OPEN_PAREN) && !n.is(TokenKind.OPEN_BRACE)
                && !n.is(TokenKind.NOT) && !n.is(TokenKind.DOTDOT) && !n.is(TokenKind.DOTDOTEQ) && !n.is(TokenKind.DOTDOTDOT);
            if (plainIdent) return parseIdentPat(false, false, lo);
            if (isMacroCallStart()) {
                Path p = parsePath(PathStyle.MOD);
                return new Pat.Mac(parseMacCall(p, lo));
            }
            Path path = parsePath(PathStyle.EXPR);
            return parsePathPatRest(null, path, lo);
        }
        expectedThing("pattern");
        throw unexpected();
    }

    private Pat parseIdentPat(boolean byRef, boolean mut, int lo) {
        Ident name = parseIdent();
        Pat sub = null;
        if (eat(TokenKind.AT)) sub = parsePatNoTopAlt();
        return new Pat.IdentPat(byRef, mut, name, sub, prevSpan(lo));
    }

    private Pat parsePathPatRest(Path.QSelf qself, Path path, int lo) {
        if (tok.is(TokenKind.OPEN_PAREN)) {
            bump();
            return new Pat.TupleStruct(qself, path, commaSeq(TokenKind.CLOSE_PAREN, this::parsePat).items(), prevSpan(lo));
        }
        if (tok.is(TokenKind.OPEN_BRACE)) {
            bump();
            List<Pat.FieldPat> fields = new ArrayList<>();
            boolean rest = false;
            while (!tok.is(TokenKind.CLOSE_BRACE)) {
                int flo = tok.lo();
                List<Attribute> attrs = parseOuterAttrs();
                if (eat(TokenKind.DOTDOT)) {
                    rest = true;
                    break;
                }
                boolean shorthandBinding = tok.isKeyword("ref") || tok.isKeyword("mut") || tok.isKeyword("box");
                if (!shorthandBinding && (tok.isIdent() || tok.is(TokenKind.LITERAL)) && peek(1).is(TokenKind.COLON)) {
                    Ident name = tok.is(TokenKind.LITERAL) ? new Ident(tok.lit().symbol(), tok.span()) : parseIdent();
                    if (name.span().equals(tok.span())) bump();
                    bump();
                    Pat p = parsePat();
                    fields.add(new Pat.FieldPat(attrs, name, p, false, prevSpan(flo)));
                } else {
                    boolean boxed = eatKw("box");
                    boolean byRef = eatKw("ref");
                    boolean mut = eatKw("mut");
                    Ident name = parseIdent();
                    Pat p = new Pat.IdentPat(byRef, mut, name, null, prevSpan(boxed ? name.span().lo() : flo));
                    if (boxed) p = new Pat.Box(p, prevSpan(flo));
                    fields.add(new Pat.FieldPat(attrs, name, p, true, prevSpan(flo)));
                }
                if (!eat(TokenKind.COMMA)) break;
            }
            expectKind(TokenKind.CLOSE_BRACE);
            return new Pat.StructPat(qself, path, fields, rest, prevSpan(lo));
        }
        if (tok.is(TokenKind.DOTDOT) || tok.is(TokenKind.DOTDOTEQ) || tok.is(TokenKind.DOTDOTDOT)) {
            return maybeRangePat(new Expr.PathExpr(qself, path, path.span()), lo);
        }
        return new Pat.PathPat(qself, path, prevSpan(lo));
    }

    private Pat maybeRangePat(Expr lo, int start) {
        if (tok.is(TokenKind.DOTDOTEQ) || tok.is(TokenKind.DOTDOTDOT)) {
            bump();
            Expr hi = parseRangeEnd();
            return new Pat.RangePat(lo, hi, Expr.RangeLimits.CLOSED, prevSpan(start));
        }
        if (tok.is(TokenKind.DOTDOT)) {
            bump();
            Expr hi = isRangeEndStart() ? parseRangeEnd() : null;
            return new Pat.RangePat(lo, hi, Expr.RangeLimits.HALF_OPEN, prevSpan(start));
        }
        if (lo instanceof Expr.PathExpr pe) return new Pat.PathPat(pe.qself(), pe.path(), prevSpan(start));
        return new Pat.LitPat(lo, prevSpan(start));
    }

    private boolean isRangeEndStart() {
        return tok.is(TokenKind.LITERAL) || tok.is(TokenKind.MINUS) || tok.is(TokenKind.LT)
            || (isPathStart() && !tok.isKeyword("ref") && !tok.isKeyword("mut"));
    }

    private Expr parseRangeEnd() {
        int lo = tok.lo();
        if (tok.is(TokenKind.LITERAL) || tok.is(TokenKind.MINUS)) return parseLitMaybeMinus();
        if (checkLt()) {
            Qualified q = parseQualifiedPath(PathStyle.EXPR);
            return new Expr.PathExpr(q.qself(), q.path(), prevSpan(lo));
        }
        Path p = parsePath(PathStyle.EXPR);
        return new Expr.PathExpr(null, p, prevSpan(lo));
    }

    private Expr parseLitMaybeMinus() {
        int lo = tok.lo();
        boolean neg = eat(TokenKind.MINUS);
        Expr lit = parseLiteral();
        return neg ? new Expr.Unary(Expr.UnOp.NEG, lit, prevSpan(lo)) : lit;
    }

    private Expr parseLiteral() {
        int lo = tok.lo();
        if (tok.is(TokenKind.LITERAL)) {
            Lit lit = tok.lit();
            bump();
            return new Expr.LitExpr(lit, prevSpan(lo));
        }
        if (tok.isKeyword("true") || tok.isKeyword("false")) {
            Lit lit = new Lit(Lit.Kind.BOOL, tok.text(), null, null, tok.span());
            bump();
            return new Expr.LitExpr(lit, prevSpan(lo));
        }
        expectedThing("literal");
        throw unexpected();
    }

    // ------------------------------------------------------------------ statements and blocks

    public Block parseBlock() {
        int lo = tok.lo();
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
        return new Block(stmts, unsafe, prevSpan(lo));
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
            if (item != null) return new Stmt.ItemStmt(item);
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

    /** Expressions that end a statement without a semicolon. */
    static boolean isBlockLike(Expr e) {
        return switch (e) {
            case Expr.If i -> true;
            case Expr.Match m -> true;
            case Expr.BlockExpr b -> true;
            case Expr.Loop l -> true;
            case Expr.While w -> true;
            case Expr.ForLoop f -> true;
            case Expr.ConstBlock c -> true;
            case Expr.Async a -> true;
            case Expr.Mac m -> m.mac().args().delim() == TokenTree.Delim.BRACE;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ expressions

    public Expr parseExpr() { return parseExprWith(0); }

    private Expr parseExprWith(int restrictions) {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parseAssoc(0, restrictions);
        } finally {
            depth--;
        }
    }

    // binary precedence levels, lowest first
    private static final int P_ASSIGN = 1, P_RANGE = 2, P_OR = 3, P_AND = 4, P_COMPARE = 5, P_BITOR = 6,
        P_BITXOR = 7, P_BITAND = 8, P_SHIFT = 9, P_ADD = 10, P_MUL = 11, P_CAST = 12;

    private static int precedence(TokenKind k) {
        return switch (k) {
            case EQ, PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, CARETEQ, ANDEQ, OREQ, SHLEQ, SHREQ -> P_ASSIGN;
            case DOTDOT, DOTDOTEQ -> P_RANGE;
            case OROR -> P_OR;
            case ANDAND -> P_AND;
            case EQEQ, NE, LT, LE, GT, GE -> P_COMPARE;
            case OR -> P_BITOR;
            case CARET -> P_BITXOR;
            case AND -> P_BITAND;
            case SHL, SHR -> P_SHIFT;
            case PLUS, MINUS -> P_ADD;
            case STAR, SLASH, PERCENT -> P_MUL;
            default -> -1;
        };
    }

    private static Expr.BinOp binOp(TokenKind k) {
        return switch (k) {
            case PLUS, PLUSEQ -> Expr.BinOp.ADD;
            case MINUS, MINUSEQ -> Expr.BinOp.SUB;
            case STAR, STAREQ -> Expr.BinOp.MUL;
            case SLASH, SLASHEQ -> Expr.BinOp.DIV;
            case PERCENT, PERCENTEQ -> Expr.BinOp.REM;
            case ANDAND -> Expr.BinOp.AND;
            case OROR -> Expr.BinOp.OR;
            case CARET, CARETEQ -> Expr.BinOp.BIT_XOR;
            case AND, ANDEQ -> Expr.BinOp.BIT_AND;
            case OR, OREQ -> Expr.BinOp.BIT_OR;
            case SHL, SHLEQ -> Expr.BinOp.SHL;
            case SHR, SHREQ -> Expr.BinOp.SHR;
            case EQEQ -> Expr.BinOp.EQ;
            case NE -> Expr.BinOp.NE;
            case LT -> Expr.BinOp.LT;
            case LE -> Expr.BinOp.LE;
            case GT -> Expr.BinOp.GT;
            case GE -> Expr.BinOp.GE;
            default -> throw new IllegalStateException("not a binary operator: " + k);
        };
    }

    private Expr parseAssoc(int minPrec, int restrictions) {
        int lo = tok.lo();
        Expr lhs;
        if (tok.is(TokenKind.DOTDOT) || tok.is(TokenKind.DOTDOTEQ)) {
            boolean closed = tok.is(TokenKind.DOTDOTEQ);
            bump();
            Expr end = null;
            if (canBeginRangeEnd(restrictions)) end = parseAssoc(P_RANGE + 1, restrictions & ~STMT);
            lhs = new Expr.Range(null, end, closed ? Expr.RangeLimits.CLOSED : Expr.RangeLimits.HALF_OPEN, prevSpan(lo));
            return lhs;
        }
        lhs = parsePrefix(restrictions);
        if ((restrictions & STMT) != 0 && isBlockLike(lhs)) {
            // `match x {} - 1` is two statements; `if … {} .method()` goes on
            if (!tok.is(TokenKind.DOT) && !tok.is(TokenKind.QUESTION)) return lhs;
            lhs = parsePostfix(lhs, restrictions);
        }
        return parseAssocRest(lhs, minPrec, restrictions);
    }

    private Expr parseAssocRest(Expr lhs, int minPrec, int restrictions) {
        int lo = lhs.span().lo();
        int inner = restrictions & ~STMT;
        while (true) {
            TokenKind k = tok.kind();
            if (tok.isKeyword("as")) {
                if (P_CAST < minPrec) break;
                bump();
                Type t = parseTypeNoPlus();
                lhs = new Expr.Cast(lhs, t, prevSpan(lo));
                continue;
            }
            int prec = precedence(k);
            if (prec < 0 || prec < minPrec) break;
            if (prec == P_RANGE) {
                bump();
                Expr end = null;
                if (canBeginRangeEnd(inner)) end = parseAssoc(P_RANGE + 1, inner);
                lhs = new Expr.Range(lhs, end, k == TokenKind.DOTDOTEQ ? Expr.RangeLimits.CLOSED : Expr.RangeLimits.HALF_OPEN,
                    prevSpan(lo));
                continue;
            }
            bump();
            if (prec == P_ASSIGN) {
                Expr rhs = parseAssoc(P_ASSIGN, inner);
                lhs = k == TokenKind.EQ ? new Expr.Assign(lhs, rhs, prevSpan(lo))
                    : new Expr.AssignOp(binOp(k), lhs, rhs, prevSpan(lo));
                continue;
            }
            Expr rhs = parseAssoc(prec + 1, inner);
            lhs = new Expr.Binary(binOp(k), lhs, rhs, prevSpan(lo));
            if (prec == P_COMPARE && precedence(tok.kind()) == P_COMPARE) {
                throw error(tok.span(), "comparison operators cannot be chained", null);
            }
        }
        return lhs;
    }

    private boolean canBeginRangeEnd(int restrictions) {
        if (tok.is(TokenKind.OPEN_BRACE)) return (restrictions & NO_STRUCT) == 0;
        return canBeginExpr();
    }

    private boolean canBeginExpr() {
        return switch (tok.kind()) {
            case LITERAL, LIFETIME, OPEN_PAREN, OPEN_BRACKET, OPEN_BRACE, OR, OROR, NOT, MINUS, STAR, AND, ANDAND,
                 DOTDOT, DOTDOTEQ, LT, SHL, PATHSEP, POUND, RAW_IDENT -> true;
            case IDENT -> {
                String t = tok.text();
                if (!Keywords.isReserved(t)) yield true;
                yield switch (t) {
                    case "self", "Self", "super", "crate", "if", "match", "loop", "while", "for", "unsafe", "move",
                         "return", "break", "continue", "let", "true", "false", "async", "const", "static", "box",
                         "yield" -> true;
                    default -> false;
                };
            }
            default -> false;
        };
    }

    private Expr parsePrefix(int restrictions) {
        int lo = tok.lo();
        int inner = restrictions & ~STMT;
        switch (tok.kind()) {
            case MINUS -> {
                bump();
                return new Expr.Unary(Expr.UnOp.NEG, parsePrefixChecked(inner), prevSpan(lo));
            }
            case NOT -> {
                bump();
                return new Expr.Unary(Expr.UnOp.NOT, parsePrefixChecked(inner), prevSpan(lo));
            }
            case STAR -> {
                bump();
                return new Expr.Unary(Expr.UnOp.DEREF, parsePrefixChecked(inner), prevSpan(lo));
            }
            case AND, ANDAND -> {
                eatAnd();
                boolean raw = false;
                boolean mut = false;
                if (tok.isKeyword("raw") && (peek(1).isKeyword("const") || peek(1).isKeyword("mut"))) {
                    bump();
                    raw = true;
                    mut = tok.isKeyword("mut");
                    bump();
                } else {
                    mut = eatKw("mut");
                }
                return new Expr.AddrOf(raw, mut, parsePrefixChecked(inner), prevSpan(lo));
            }
            default -> {
                return parsePostfix(parsePrimary(restrictions), restrictions);
            }
        }
    }

    private Expr parsePrefixChecked(int restrictions) {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parsePrefix(restrictions);
        } finally {
            depth--;
        }
    }

    private Expr parsePostfix(Expr e, int restrictions) {
        int lo = e.span().lo();
        while (true) {
            switch (tok.kind()) {
                case QUESTION -> {
                    bump();
                    e = new Expr.Try(e, prevSpan(lo));
                }
                case OPEN_PAREN -> {
                    if ((restrictions & STMT) != 0 && isBlockLike(e)) return e;
                    List<Expr> args = parseCallArgs();
                    e = new Expr.Call(e, args, prevSpan(lo));
                }
                case OPEN_BRACKET -> {
                    if ((restrictions & STMT) != 0 && isBlockLike(e)) return e;
                    bump();
                    Expr index = parseExpr();
                    expectKind(TokenKind.CLOSE_BRACKET);
                    e = new Expr.Index(e, index, prevSpan(lo));
                }
                case DOT -> {
                    bump();
                    e = parseDotSuffix(e, lo);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private List<Expr> parseCallArgs() {
        expectKind(TokenKind.OPEN_PAREN);
        return commaSeq(TokenKind.CLOSE_PAREN, this::parseExprWithAttrs).items();
    }

    /** An expression after outer attributes, which are accepted and not kept. */
    private Expr parseExprWithAttrs() {
        parseOuterAttrs();
        return parseExpr();
    }

    private Expr parseDotSuffix(Expr base, int lo) {
        if (tok.isKeyword("await")) {
            bump();
            return new Expr.Await(base, prevSpan(lo));
        }
        if (tok.is(TokenKind.LITERAL)) {
            Lit lit = tok.lit();
            Token t = tok;
            if (lit.kind() == Lit.Kind.INT && lit.suffix() == null) {
                bump();
                return new Expr.Field(base, new Ident(lit.symbol(), t.span()), prevSpan(lo));
            }
            if (lit.kind() == Lit.Kind.FLOAT && lit.suffix() == null && lit.symbol().matches("[0-9]+\\.[0-9]+")) {
                // `t.0.1` is lexed with the float `0.1`: split it into two field accesses
                bump();
                int dot = lit.symbol().indexOf('.');
                Span first = new Span(t.lo(), t.lo() + dot);
                Span second = new Span(t.lo() + dot + 1, t.hi());
                Expr mid = new Expr.Field(base, new Ident(lit.symbol().substring(0, dot), first), new Span(lo, first.hi()));
                return new Expr.Field(mid, new Ident(lit.symbol().substring(dot + 1), second), prevSpan(lo));
            }
            throw error(t.span(), "unexpected token: `" + lit.spelling() + "`", null);
        }
        int segLo = tok.lo();
        Ident name = parsePathSegmentIdentOrField();
        GenericArgs args = null;
        if (tok.is(TokenKind.PATHSEP)) {
            bump();
            if (!checkLt()) throw unexpected();
            args = parseAngleArgs();
        }
        if (tok.is(TokenKind.OPEN_PAREN)) {
            Path.PathSegment seg = new Path.PathSegment(name, args, prevSpan(segLo));
            List<Expr> callArgs = parseCallArgs();
            return new Expr.MethodCall(base, seg, callArgs, prevSpan(lo));
        }
        if (args != null) check(TokenKind.OPEN_PAREN);
        if (args != null) throw unexpected();
        return new Expr.Field(base, name, prevSpan(lo));
    }

    private Ident parsePathSegmentIdentOrField() {
        expectedThing("identifier");
        return parseIdent();
    }

    private Expr parsePrimary(int restrictions) {
        int lo = tok.lo();
        switch (tok.kind()) {
            case LITERAL -> {
                return parseLiteral();
            }
            case OPEN_PAREN -> {
                bump();
                Seq<Expr> seq = commaSeq(TokenKind.CLOSE_PAREN, this::parseExprWithAttrs);
                if (seq.isSingleParenthesized()) return new Expr.Paren(seq.items().get(0), prevSpan(lo));
                return new Expr.Tuple(seq.items(), prevSpan(lo));
            }
            case OPEN_BRACKET -> {
                bump();
                List<Expr> elems = new ArrayList<>();
                if (!tok.is(TokenKind.CLOSE_BRACKET)) {
                    Expr first = parseExpr();
                    if (eat(TokenKind.SEMI)) {
                        Expr count = parseExpr();
                        expectKind(TokenKind.CLOSE_BRACKET);
                        return new Expr.Repeat(first, count, prevSpan(lo));
                    }
                    elems.add(first);
                    while (eat(TokenKind.COMMA) && !tok.is(TokenKind.CLOSE_BRACKET)) elems.add(parseExpr());
                }
                expectKind(TokenKind.CLOSE_BRACKET);
                return new Expr.Array(elems, prevSpan(lo));
            }
            case OPEN_BRACE -> {
                Block b = parseBlock();
                return new Expr.BlockExpr(b, null, prevSpan(lo));
            }
            case OR, OROR -> {
                return parseClosure(lo, restrictions);
            }
            case LIFETIME -> {
                Lifetime label = parseLifetime();
                expectKind(TokenKind.COLON);
                return parseLabeled(label, lo);
            }
            case LT, SHL -> {
                Qualified q = parseQualifiedPath(PathStyle.EXPR);
                return new Expr.PathExpr(q.qself(), q.path(), prevSpan(lo));
            }
            case POUND -> {
                // attributes on expressions are accepted and not kept
                if (!parseOuterAttrs().isEmpty()) return parsePrefixChecked(restrictions);
            }
            default -> { }
        }
        if (tok.kind() == TokenKind.IDENT) {
            switch (tok.text()) {
                case "true", "false" -> { return parseLiteral(); }
                case "if" -> { return parseIf(); }
                case "match" -> { return parseMatch(); }
                case "loop", "while", "for" -> { return parseLabeled(null, lo); }
                case "unsafe" -> {
                    Block b = parseBlock();
                    return new Expr.BlockExpr(b, null, prevSpan(lo));
                }
                case "const" -> {
                    if (peek(1).is(TokenKind.OPEN_BRACE)) {
                        bump();
                        Block b = parseBlock();
                        return new Expr.ConstBlock(b, prevSpan(lo));
                    }
                    bump();
                    return parseClosure(lo, restrictions);
                }
                case "static" -> {
                    bump();
                    return parseClosure(lo, restrictions);
                }
                case "move" -> { return parseClosure(lo, restrictions); }
                case "async" -> {
                    Token n = peek(1);
                    if (n.is(TokenKind.OPEN_BRACE) || (n.isKeyword("move") && peek(2).is(TokenKind.OPEN_BRACE))) {
                        bump();
                        boolean move = eatKw("move");
                        Block b = parseBlock();
                        return new Expr.Async(move, b, prevSpan(lo));
                    }
                    return parseClosure(lo, restrictions);
                }
                case "return" -> {
                    bump();
                    Expr v = canBeginExpr() ? parseExprWith(restrictions & ~STMT) : null;
                    return new Expr.Return(v, prevSpan(lo));
                }
                case "break" -> {
                    bump();
                    Lifetime label = tok.is(TokenKind.LIFETIME) ? parseLifetime() : null;
                    Expr v = null;
                    if (canBeginExpr() && !(tok.is(TokenKind.OPEN_BRACE) && (restrictions & NO_STRUCT) != 0)) {
                        v = parseExprWith(restrictions & ~STMT);
                    }
                    return new Expr.Break(label, v, prevSpan(lo));
                }
                case "continue" -> {
                    bump();
                    Lifetime label = tok.is(TokenKind.LIFETIME) ? parseLifetime() : null;
                    return new Expr.Continue(label, prevSpan(lo));
                }
                case "let" -> {
                    if ((restrictions & ALLOW_LET) == 0) {
                        throw error(tok.span(), "expected expression, found `let` statement", null);
                    }
                    bump();
                    Pat pat = parsePat();
                    expectKind(TokenKind.EQ);
                    Expr scrut = parseAssoc(P_AND + 1, restrictions & ~(STMT | ALLOW_LET));
                    return new Expr.Let(pat, scrut, prevSpan(lo));
                }
                case "_" -> {
                    bump();
                    return new Expr.Underscore(prevSpan(lo));
                }
                case "box" -> {
                    throw error(tok.span(), "`box_syntax` has been removed", null);
                }
                default -> { }
            }
        }
        if (isPathStart()) {
            if (isMacroCallStart()) {
                Path p = parsePath(PathStyle.MOD);
                return new Expr.Mac(parseMacCall(p, lo));
            }
            Path path = parsePath(PathStyle.EXPR);
            if (tok.is(TokenKind.OPEN_BRACE) && (restrictions & NO_STRUCT) == 0) {
                return parseStructLit(null, path, lo);
            }
            return new Expr.PathExpr(null, path, prevSpan(lo));
        }
        expectedThing("expression");
        throw unexpected();
    }

    private Expr parseStructLit(Path.QSelf qself, Path path, int lo) {
        expectKind(TokenKind.OPEN_BRACE);
        List<Expr.ExprField> fields = new ArrayList<>();
        Expr base = null;
        boolean rest = false;
        while (!tok.is(TokenKind.CLOSE_BRACE)) {
            int flo = tok.lo();
            List<Attribute> attrs = parseOuterAttrs();
            if (eat(TokenKind.DOTDOT)) {
                if (tok.is(TokenKind.CLOSE_BRACE)) rest = true;
                else base = parseExpr();
                break;
            }
            Ident name;
            if (tok.is(TokenKind.LITERAL) && tok.lit().kind() == Lit.Kind.INT) {
                name = new Ident(tok.lit().symbol(), tok.span());
                bump();
            } else {
                name = parseIdent();
            }
            if (eat(TokenKind.COLON)) {
                Expr value = parseExpr();
                fields.add(new Expr.ExprField(attrs, name, value, false, prevSpan(flo)));
            } else {
                Path p = new Path(false, List.of(new Path.PathSegment(name, null, name.span())), name.span());
                fields.add(new Expr.ExprField(attrs, name, new Expr.PathExpr(null, p, name.span()), true, prevSpan(flo)));
            }
            if (!eat(TokenKind.COMMA)) break;
        }
        expectKind(TokenKind.CLOSE_BRACE);
        return new Expr.Struct(qself, path, fields, base, rest, prevSpan(lo));
    }

    private Expr parseLabeled(Lifetime label, int lo) {
        if (eatKw("loop")) {
            Block body = parseBlock();
            return new Expr.Loop(body, label, prevSpan(lo));
        }
        if (eatKw("while")) {
            Expr cond = parseExprWith(NO_STRUCT | ALLOW_LET);
            Block body = parseBlock();
            return new Expr.While(cond, body, label, prevSpan(lo));
        }
        if (eatKw("for")) {
            Pat pat = parsePat();
            expectKw("in");
            Expr iter = parseExprWith(NO_STRUCT);
            Block body = parseBlock();
            return new Expr.ForLoop(pat, iter, body, label, prevSpan(lo));
        }
        if (tok.is(TokenKind.OPEN_BRACE) || tok.isKeyword("unsafe")) {
            Block b = parseBlock();
            return new Expr.BlockExpr(b, label, prevSpan(lo));
        }
        check(TokenKind.OPEN_BRACE);
        checkKw("loop");
        checkKw("while");
        checkKw("for");
        throw unexpected();
    }

    private Expr parseIf() {
        int lo = tok.lo();
        expectKw("if");
        Expr cond = parseExprWith(NO_STRUCT | ALLOW_LET);
        if (!tok.is(TokenKind.OPEN_BRACE)) {
            check(TokenKind.OPEN_BRACE);
            throw unexpected();
        }
        Block then = parseBlock();
        Expr elseBranch = null;
        if (eatKw("else")) {
            int elo = tok.lo();
            if (tok.isKeyword("if")) {
                elseBranch = parseIf();
            } else {
                if (!tok.is(TokenKind.OPEN_BRACE)) {
                    check(TokenKind.OPEN_BRACE);
                    checkKw("if");
                    throw unexpected();
                }
                Block b = parseBlock();
                elseBranch = new Expr.BlockExpr(b, null, prevSpan(elo));
            }
        }
        return new Expr.If(cond, then, elseBranch, prevSpan(lo));
    }

    private Expr parseMatch() {
        int lo = tok.lo();
        expectKw("match");
        Expr scrut = parseExprWith(NO_STRUCT);
        expectKind(TokenKind.OPEN_BRACE);
        parseInnerAttrs();
        List<Expr.Arm> arms = new ArrayList<>();
        while (!tok.is(TokenKind.CLOSE_BRACE)) {
            int alo = tok.lo();
            List<Attribute> attrs = parseOuterAttrs();
            Pat pat = parsePat();
            Expr guard = null;
            if (eatKw("if")) guard = parseExprWith(ALLOW_LET);
            expectKind(TokenKind.FATARROW);
            Expr body = parseExprWith(STMT);
            boolean blockLike = isBlockLike(body);
            if (!blockLike || tok.is(TokenKind.DOT) || tok.is(TokenKind.QUESTION)) {
                if (blockLike) body = parseAssocRest(parsePostfix(body, 0), 0, 0);
                else if (precedence(tok.kind()) >= 0 || tok.isKeyword("as")) body = parseAssocRest(body, 0, 0);
            }
            arms.add(new Expr.Arm(attrs, pat, guard, body, prevSpan(alo)));
            if (!eat(TokenKind.COMMA)) {
                if (tok.is(TokenKind.CLOSE_BRACE)) break;
                if (!isBlockLike(body)) {
                    check(TokenKind.COMMA);
                    check(TokenKind.CLOSE_BRACE);
                    throw unexpected();
                }
            }
        }
        expectKind(TokenKind.CLOSE_BRACE);
        return new Expr.Match(scrut, arms, prevSpan(lo));
    }

    private Expr parseClosure(int lo, int restrictions) {
        boolean async = eatKw("async");
        Expr.CaptureBy capture = eatKw("move") ? Expr.CaptureBy.VALUE : Expr.CaptureBy.REF;
        List<Expr.ClosureParam> params = new ArrayList<>();
        if (tok.is(TokenKind.OROR)) {
            bump();
        } else {
            expectKind(TokenKind.OR);
            while (!tok.is(TokenKind.OR)) {
                int plo = tok.lo();
                List<Attribute> attrs = parseOuterAttrs();
                Pat p = parsePatNoTopAlt();
                Type t = null;
                if (eat(TokenKind.COLON)) t = parseType();
                params.add(new Expr.ClosureParam(attrs, p, t, prevSpan(plo)));
                if (!eat(TokenKind.COMMA)) break;
            }
            expectKind(TokenKind.OR);
        }
        Type ret = null;
        Expr body;
        if (eat(TokenKind.RARROW)) {
            ret = parseTypeNoPlus();
            int blo = tok.lo();
            if (!tok.is(TokenKind.OPEN_BRACE)) {
                check(TokenKind.OPEN_BRACE);
                throw unexpected();
            }
            Block b = parseBlock();
            body = new Expr.BlockExpr(b, null, prevSpan(blo));
        } else {
            body = parseExprWith(restrictions & ~STMT);
        }
        return new Expr.Closure(capture, async, params, ret, body, prevSpan(lo));
    }
}
