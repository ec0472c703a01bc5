package rustmem.syntax;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostics;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Lifetime;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Type;

/** Parses types ({@code &'a mut [T]}, {@code fn(u8) -> u8}, {@code dyn A + B}, {@code <T as Tr>::X} …). */
abstract class TypeParser extends PathParser {

    TypeParser(List<Token> tokens, Diagnostics diags) { super(tokens, diags); }

    // ------------------------------------------------------------------ types

    public Type parseType() { return parseTypeInner(true); }

    Type parseTypeNoPlus() { return parseTypeInner(false); }

    Type parseTypeInner(boolean allowPlus) {
        if (++depth > MAX_DEPTH) throw tooDeep();
        try {
            return parseTypeUnchecked(allowPlus);
        } finally {
            depth--;
        }
    }

    Type parseTypeUnchecked(boolean allowPlus) {
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

    List<GenericBound> parseSingleBound() {
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

    Type parseFnPtrType(List<Generics.GenericParam> lts, int lo) {
        boolean unsafe = eatKw("unsafe");
        String abi = eatKw("extern") ? parseAbi() : null;
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
}
