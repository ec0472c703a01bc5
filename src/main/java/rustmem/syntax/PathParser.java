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
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Lifetime;
import rustmem.syntax.ast.MacCall;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;

/**
 * The lowest layer of the parser: identifiers, paths with generic arguments, generic parameters,
 * where-clauses and bounds, literals and macro token trees. The layers above it (types, patterns,
 * expressions, items) supply what these need through the abstract methods.
 */
abstract class PathParser extends TokenCursor {
    /** Macro calls, block items and closures parsed so far: a block without new ones has nothing nested. */
    int nestedPoints;


    PathParser(List<Token> tokens, Diagnostics diags) { super(tokens, diags); }

    // supplied by the layers above: paths hold types, array lengths and const arguments hold expressions

    abstract Type parseType();

    abstract Type parseTypeNoPlus();

    abstract Expr parseExpr();

    abstract Block parseBlock();

    abstract List<Attribute> parseOuterAttrs();

    /** Deeper nesting than this is reported instead of overflowing the Java stack. */
    static final int MAX_DEPTH = 2048;

    /** Current nesting of expressions, types, patterns, items and token trees. */
    int depth;

    /** The ABI after {@code extern}: the string literal when written, else "C". */
    String parseAbi() {
        if (!tok.is(TokenKind.LITERAL)) return "C";
        String abi = tok.lit().cooked();
        bump();
        return abi;
    }

    /** {@code path!} followed by a delimiter (a path, then {@code !}, not {@code !=}). */
    boolean isMacroCallStart() {
        int i = 0;
        if (peek(i).is(TokenKind.PATHSEP)) i++;
        while (true) {
            Token t = peek(i);
            if (!t.isIdent() || (t.kind() == TokenKind.IDENT && reserved(t.text())
                && !Keywords.isPathSegmentKeyword(t.text()))) return false;
            i++;
            if (peek(i).is(TokenKind.PATHSEP)) { i++; continue; }
            return peek(i).is(TokenKind.NOT) && peek(i + 1).kind().isOpenDelim();
        }
    }

    MacCall parseMacCall(Path path, int lo) {
        expectKind(TokenKind.NOT);
        TokenTree.Delimited args = parseDelimited();
        nestedPoints++;
        return new MacCall(path, args, new Span(path.span().lo(), prevHi));
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

    static TokenKind closeOf(TokenTree.Delim d) {
        return switch (d) {
            case PAREN -> TokenKind.CLOSE_PAREN;
            case BRACKET -> TokenKind.CLOSE_BRACKET;
            case BRACE -> TokenKind.CLOSE_BRACE;
        };
    }

    ParseError tooDeep() {
        return error(tok.span(), "this code nests too deeply (more than " + MAX_DEPTH + " levels)", null);
    }

    // ------------------------------------------------------------------ identifiers and paths

    Ident parseIdent() {
        if (tok.kind() == TokenKind.RAW_IDENT || (tok.kind() == TokenKind.IDENT && !reserved(tok.text())
            && !tok.text().equals("_"))) {
            Ident id = new Ident(tok.text(), tok.kind() == TokenKind.RAW_IDENT, tok.span());
            bump();
            return id;
        }
        expectedThing("identifier");
        if (tok.kind() == TokenKind.IDENT && reserved(tok.text())) {
            throw error(tok.span(), "expected identifier, found keyword `" + tok.text() + "`",
                "expected identifier, found keyword");
        }
        throw unexpected();
    }

    Ident parseIdentOrUnderscore() { return tok.isKeyword("_") ? takeKeywordIdent() : parseIdent(); }

    Ident parseIdentOrSelf() { return tok.isKeyword("self") ? takeKeywordIdent() : parseIdent(); }

    /** An identifier, or one of the keywords that may stand in a path. */
    Ident parsePathSegmentIdent() {
        return tok.kind() == TokenKind.IDENT && Keywords.isPathSegmentKeyword(tok.text()) ? takeKeywordIdent() : parseIdent();
    }

    /** The current keyword token as an identifier ({@code self}, {@code _}, {@code crate} …). */
    Ident takeKeywordIdent() {
        Ident id = new Ident(tok.text(), tok.span());
        bump();
        return id;
    }

    boolean isPathStart() {
        if (tok.is(TokenKind.PATHSEP) || tok.kind() == TokenKind.RAW_IDENT) return true;
        if (tok.kind() != TokenKind.IDENT) return false;
        String t = tok.text();
        return Keywords.isPathSegmentKeyword(t) || (!reserved(t) && !t.equals("_"));
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

    void parsePathSegments(List<Path.PathSegment> segs, PathStyle style) {
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

    GenericArgs parseAngleArgs() {
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

    GenericArgs.GenericArg parseGenericArg() {
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
    int skipAngles(int i) {
        int level = 0;
        for (int k = i; k < i + 64; k++) {
            TokenKind kind = peek(k).kind();
            switch (kind) {
                case LT -> level++;
                case SHL -> level += 2;
                case GT -> level--;
                case SHR, SHREQ -> {
                    // `>>` closing one level only: the group ends inside the token, which goes on with `>`
                    if (level == 1) return -1;
                    level -= 2;
                }
                case EOF, SEMI, OPEN_BRACE, CLOSE_BRACE -> { return -1; }
                default -> { }
            }
            if (level <= 0) return k + 1;
        }
        return -1;
    }

    boolean isConstArgStart() {
        return tok.is(TokenKind.LITERAL) || tok.is(TokenKind.OPEN_BRACE) || tok.isKeyword("true") || tok.isKeyword("false")
            || (tok.is(TokenKind.MINUS) && peek(1).is(TokenKind.LITERAL));
    }

    Expr parseConstArg() {
        if (tok.is(TokenKind.OPEN_BRACE)) {
            int lo = tok.lo();
            Block b = parseBlock();
            return new Expr.BlockExpr(b, null, prevSpan(lo));
        }
        return parseLitMaybeMinus();
    }

    GenericArgs parseParenArgs() {
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
    record Qualified(Path.QSelf qself, Path path) {}

    Qualified parseQualifiedPath(PathStyle style) {
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

    Generics.GenericParam parseGenericParam() {
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

    List<Generics.GenericParam> parseForLifetimes() {
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

    boolean checkLtAt(int n) { return peek(n).is(TokenKind.LT); }

    boolean startsTraitBound() {
        return isPathStart() || tok.is(TokenKind.QUESTION) || tok.is(TokenKind.TILDE) || tok.is(TokenKind.NOT)
            || tok.isKeyword("for") || tok.isKeyword("const")
            || (tok.is(TokenKind.OPEN_PAREN) && (peek(1).isIdent() || peek(1).is(TokenKind.QUESTION)
                || peek(1).is(TokenKind.PATHSEP)));
    }

    /** Comma-separated elements up to a closing delimiter; whether a trailing comma was written matters for `(x,)`. */
    record Seq<T>(List<T> items, boolean trailingComma) {
        boolean isSingleParenthesized() { return items.size() == 1 && !trailingComma; }
    }

    /** Parses {@code elem, elem, …} and the closing delimiter (the opening one is already eaten). */
    <T> Seq<T> commaSeq(TokenKind close, java.util.function.Supplier<T> element) {
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

    Expr parseLitMaybeMinus() {
        int lo = tok.lo();
        boolean neg = eat(TokenKind.MINUS);
        Expr lit = parseLiteral();
        return neg ? new Expr.Unary(Expr.UnOp.NEG, lit, prevSpan(lo)) : lit;
    }

    Expr parseLiteral() {
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
}
