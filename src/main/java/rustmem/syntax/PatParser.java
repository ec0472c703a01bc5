package rustmem.syntax;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostics;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;

/** Parses patterns: bindings, literals and ranges, tuples, slices, structs, references, or-patterns. */
abstract class PatParser extends TypeParser {

    PatParser(List<Token> tokens, Diagnostics diags) { super(tokens, diags); }

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

    Pat parsePatUnchecked() {
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
                if (tok.is(TokenKind.LITERAL) && tok.lit() != null && tok.lit().suffix() != null && !NUMBER_SUFFIXES.contains(tok.lit().suffix())
                    && (tok.lit().kind() == rustmem.syntax.Lit.Kind.INT || tok.lit().kind() == rustmem.syntax.Lit.Kind.FLOAT)) {
                    // `|3x|`: rustc reads a number with a suffix that is no type as a misspelt identifier
                    diags.emit(rustmem.source.Diagnostic.error("expected identifier, found `" + tok.lit().spelling() + "`")
                        .span(tok.span(), "expected identifier").help("identifiers cannot start with a number"));
                    bump();
                    return new Pat.Wild(prevSpan(lo));
                }
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

    Pat parseIdentPat(boolean byRef, boolean mut, int lo) {
        Ident name = parseIdent();
        Pat sub = null;
        if (eat(TokenKind.AT)) sub = parsePatNoTopAlt();
        return new Pat.IdentPat(byRef, mut, name, sub, prevSpan(lo));
    }

    Pat parsePathPatRest(Path.QSelf qself, Path path, int lo) {
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
                    Ident name;
                    if (tok.is(TokenKind.LITERAL)) {
                        name = new Ident(tok.lit().symbol(), tok.span());
                        bump();
                    } else {
                        name = parseIdent();
                    }
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

    /** The suffixes a number literal may have on stable Rust. */
    private static final java.util.Set<String> NUMBER_SUFFIXES = java.util.Set.of("i8", "i16", "i32", "i64", "i128", "isize",
        "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64");

    Pat maybeRangePat(Expr lo, int start) {
        if (tok.is(TokenKind.DOTDOTEQ) || tok.is(TokenKind.DOTDOTDOT)) {
            rustmem.source.Span dots = tok.is(TokenKind.DOTDOTDOT) ? tok.span() : null;
            bump();
            Expr hi = parseRangeEnd();
            if (dots != null && edition.atLeast(rustmem.source.Edition.E2021)) {
                // a warning before 2021, an error since
                diags.emit(rustmem.source.Diagnostic.error("`...` range patterns are deprecated").code("E0783")
                    .span(prevSpan(start)).secondary(dots, "help: use `..=` for an inclusive range"));
            }
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

    boolean isRangeEndStart() {
        return tok.is(TokenKind.LITERAL) || tok.is(TokenKind.MINUS) || tok.is(TokenKind.LT)
            || (isPathStart() && !tok.isKeyword("ref") && !tok.isKeyword("mut"));
    }

    Expr parseRangeEnd() {
        int lo = tok.lo();
        if (tok.is(TokenKind.LITERAL) || tok.is(TokenKind.MINUS)) return parseLitMaybeMinus();
        if (checkLt()) {
            Qualified q = parseQualifiedPath(PathStyle.EXPR);
            return new Expr.PathExpr(q.qself(), q.path(), prevSpan(lo));
        }
        Path p = parsePath(PathStyle.EXPR);
        return new Expr.PathExpr(null, p, prevSpan(lo));
    }
}
