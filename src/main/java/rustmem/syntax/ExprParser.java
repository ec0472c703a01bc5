package rustmem.syntax;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostics;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericArgs;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Lifetime;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;

/**
 * Parses expressions with a Pratt parser over the Reference's precedence table, and attributes.
 * Restrictions follow rustc: no struct literals in conditions, block-like expressions end a
 * statement, {@code let} only in {@code if}/{@code while} conditions.
 */
abstract class ExprParser extends PatParser {

    ExprParser(List<Token> tokens, Diagnostics diags) { super(tokens, diags); }

    /** Expression contexts: no struct literal (conditions), statement start (block-like ends the statement). */
    static final int NO_STRUCT = 1, STMT = 2, ALLOW_LET = 4;

    // ------------------------------------------------------------------ attributes

    List<Attribute> parseInnerAttrs() {
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

    static boolean isInnerDoc(String text) { return text.startsWith("//!") || text.startsWith("/*!"); }

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

    Attribute docAttribute(boolean inner) {
        Token t = tok;
        bump();
        String text = t.text();
        String body = text.startsWith("/*") ? text.substring(3, Math.max(3, text.length() - 2)) : text.substring(3);
        Lit lit = new Lit(Lit.Kind.STR, text, null, body, t.span());
        Path doc = new Path(false, List.of(new Path.PathSegment(new Ident("doc", t.span()), null, t.span())), t.span());
        return new Attribute(inner, doc, new Attribute.Eq(new Expr.LitExpr(lit, t.span())), true, t.span());
    }

    Attribute parseAttribute(boolean inner) {
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

    Expr parseExprWith(int restrictions) {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parseAssoc(0, restrictions);
        } finally {
            depth--;
        }
    }

    // binary precedence levels, lowest first
    static final int P_ASSIGN = 1, P_RANGE = 2, P_OR = 3, P_AND = 4, P_COMPARE = 5, P_BITOR = 6,
        P_BITXOR = 7, P_BITAND = 8, P_SHIFT = 9, P_ADD = 10, P_MUL = 11, P_CAST = 12;

    static int precedence(TokenKind k) {
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

    static Expr.BinOp binOp(TokenKind k) {
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

    Expr parseAssoc(int minPrec, int restrictions) {
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

    Expr parseAssocRest(Expr lhs, int minPrec, int restrictions) {
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

    boolean canBeginRangeEnd(int restrictions) {
        if (tok.is(TokenKind.OPEN_BRACE)) return (restrictions & NO_STRUCT) == 0;
        return canBeginExpr();
    }

    boolean canBeginExpr() {
        return switch (tok.kind()) {
            case LITERAL, LIFETIME, OPEN_PAREN, OPEN_BRACKET, OPEN_BRACE, OR, OROR, NOT, MINUS, STAR, AND, ANDAND,
                 DOTDOT, DOTDOTEQ, LT, SHL, PATHSEP, POUND, RAW_IDENT -> true;
            case IDENT -> {
                String t = tok.text();
                if (!reserved(t)) yield true;
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

    Expr parsePrefix(int restrictions) {
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

    Expr parsePrefixChecked(int restrictions) {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parsePrefix(restrictions);
        } finally {
            depth--;
        }
    }

    Expr parsePostfix(Expr e, int restrictions) {
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

    List<Expr> parseCallArgs() {
        expectKind(TokenKind.OPEN_PAREN);
        return commaSeq(TokenKind.CLOSE_PAREN, this::parseExprWithAttrs).items();
    }

    /** An expression after outer attributes, which are accepted and not kept. */
    Expr parseExprWithAttrs() {
        parseOuterAttrs();
        return parseExpr();
    }

    /**
     * {@code builtin # offset_of(Type, field.field…)} (rustc's parse_expr_builtin): the only built-in construct;
     * whether the code may use the syntax is checked after expansion.
     */
    private Expr parseBuiltin(int lo) {
        bump();
        bump();
        Ident name = parseIdent();
        if (!name.name().equals("offset_of")) throw error(name.span(), "unknown `builtin #` construct `" + name.name() + "`", null);
        expectKind(TokenKind.OPEN_PAREN);
        Type container = parseType();
        expectKind(TokenKind.COMMA);
        List<Ident> fields = new ArrayList<>();
        do {
            if (tok.is(TokenKind.LITERAL) && tok.lit().suffix() == null && tok.lit().kind() == Lit.Kind.INT) {
                fields.add(new Ident(tok.lit().symbol(), tok.span()));
                bump();
            } else if (tok.is(TokenKind.LITERAL) && tok.lit().suffix() == null && tok.lit().kind() == Lit.Kind.FLOAT
                && tok.lit().symbol().matches("[0-9]+\\.[0-9]+")) {
                // `0.1` is lexed as one float: two tuple fields
                String sym = tok.lit().symbol();
                int dot = sym.indexOf('.');
                fields.add(new Ident(sym.substring(0, dot), new Span(tok.lo(), tok.lo() + dot)));
                fields.add(new Ident(sym.substring(dot + 1), new Span(tok.lo() + dot + 1, tok.hi())));
                bump();
            } else {
                fields.add(parseIdent());
            }
        } while (eat(TokenKind.DOT));
        eat(TokenKind.COMMA);
        expectKind(TokenKind.CLOSE_PAREN);
        return new Expr.OffsetOf(container, fields, prevSpan(lo));
    }

    Expr parseDotSuffix(Expr base, int lo) {
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

    Ident parsePathSegmentIdentOrField() {
        expectedThing("identifier");
        return parseIdent();
    }

    Expr parsePrimary(int restrictions) {
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
                case "builtin" -> {
                    if (peek(1).is(TokenKind.POUND)) return parseBuiltin(lo);
                }
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

    Expr parseStructLit(Path.QSelf qself, Path path, int lo) {
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

    Expr parseLabeled(Lifetime label, int lo) {
        if (eatKw("loop")) {
            Block body = parseBlock();
            return new Expr.Loop(body, label, prevSpan(lo));
        }
        if (eatKw("while")) {
            Expr cond = letChainEdition(parseExprWith(NO_STRUCT | ALLOW_LET));
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

    /** A condition with `let` in a `&&` chain is refused before edition 2024 (at the first such `let`). */
    private Expr letChainEdition(Expr cond) {
        if (edition.atLeast(rustmem.source.Edition.E2024) || !(cond instanceof Expr.Binary b && b.op() == Expr.BinOp.AND)) return cond;
        Expr.Let let = firstLet(cond);
        if (let != null) diags.emit(rustmem.source.Diagnostic.error("let chains are only allowed in Rust 2024 or later").span(let.span()));
        return cond;
    }

    private static Expr.Let firstLet(Expr e) {
        if (e instanceof Expr.Let l) return l;
        if (e instanceof Expr.Binary b && b.op() == Expr.BinOp.AND) {
            Expr.Let l = firstLet(b.lhs());
            return l != null ? l : firstLet(b.rhs());
        }
        return null;
    }

    Expr parseIf() {
        int lo = tok.lo();
        expectKw("if");
        Expr cond = letChainEdition(parseExprWith(NO_STRUCT | ALLOW_LET));
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

    Expr parseMatch() {
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

    Expr parseClosure(int lo, int restrictions) {
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
        nestedPoints++;
        return new Expr.Closure(capture, async, params, ret, body, prevSpan(lo));
    }
}
