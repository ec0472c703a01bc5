package rustmem.types.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.resolve.LocalBinding;
import rustmem.resolve.PartialRes;
import rustmem.resolve.Res;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.syntax.Lit;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.Pat;
import rustmem.syntax.ast.Path;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.thir.Thir;

/**
 * Patterns (rustc_hir_typeck's pat.rs), with match ergonomics: a non-reference pattern matched against a
 * reference derefs it (an explicit {@link Thir.DerefPat}) and makes the default binding mode `ref` (or `ref
 * mut`); bindings declare their variables; constructors, constants, literals, ranges, tuples and slices
 * are checked against the matched type.
 */
final class PatCheck {
    private final FnCtxt fcx;

    PatCheck(FnCtxt fcx) { this.fcx = fcx; }

    Thir.Pat checkTop(Pat p, Ty expected, boolean irrefutableOnly) { return check(p, expected, Thir.BindingMode.VALUE); }

    Thir.Pat checkParam(Pat p, Ty expected) { return check(p, expected, Thir.BindingMode.VALUE); }

    Thir.Pat checkLet(Pat p, Ty expected, boolean hasInit) { return check(p, expected, Thir.BindingMode.VALUE); }

    private Thir.Pat check(Pat p, Ty expected, Thir.BindingMode def) {
        if (isNonReferencePattern(p)) {
            List<Ty> peeled = new ArrayList<>();
            Ty t = fcx.resolve(expected);
            while (t instanceof Ty.Ref r) {
                peeled.add(t);
                def = r.mutable() && def != Thir.BindingMode.REF ? Thir.BindingMode.REF_MUT : Thir.BindingMode.REF;
                t = fcx.resolve(r.pointee());
            }
            Thir.Pat inner = checkInner(p, t, def);
            for (int i = peeled.size() - 1; i >= 0; i--) inner = new Thir.DerefPat(inner, peeled.get(i), p.span());
            return inner;
        }
        return checkInner(p, expected, def);
    }

    /** Patterns that match through references by match ergonomics (not bindings, `_`, `&p` or string literals). */
    private boolean isNonReferencePattern(Pat p) {
        return switch (p) {
            case Pat.TupleStruct t -> true;
            case Pat.StructPat s -> true;
            case Pat.Tuple t -> true;
            case Pat.Slice s -> true;
            case Pat.RangePat r -> true;
            case Pat.PathPat pp -> true;
            case Pat.IdentPat ip -> fcx.tcx.res.binding(ip) == null;
            case Pat.LitPat l -> !(l.value() instanceof Expr.LitExpr le && (le.lit().kind() == Lit.Kind.STR
                || le.lit().kind() == Lit.Kind.RAW_STR || le.lit().kind() == Lit.Kind.BYTE_STR || le.lit().kind() == Lit.Kind.RAW_BYTE_STR));
            case Pat.Paren pp -> isNonReferencePattern(pp.inner());
            default -> false;
        };
    }

    private Thir.Pat checkInner(Pat p, Ty expected, Thir.BindingMode def) {
        Thir.Pat out = checkPat(p, expected, def);
        if (out instanceof Thir.Wild && !(p instanceof Pat.Wild)) declareAsErrors(p);
        return out;
    }

    /** After an error in a pattern, its bindings still exist (typed as errors) for the code that uses them. */
    private void declareAsErrors(Pat p) {
        rustmem.syntax.ast.AstWalk.walk(p, n -> {
            if (n instanceof Pat.IdentPat ip) {
                LocalBinding b = fcx.tcx.res.binding(ip);
                if (b != null && !fcx.locals.containsKey(b.id())) {
                    fcx.locals.put(b.id(), new Thir.LocalVar(b.id(), b.name(), ip.mutable(), Ty.ERROR, b.span()));
                }
            }
            return !(n instanceof Expr);
        });
    }

    private Thir.Pat checkPat(Pat p, Ty expected, Thir.BindingMode def) {
        Span span = p.span();
        return switch (p) {
            case Pat.Wild w -> new Thir.Wild(expected, span);
            case Pat.Paren pp -> check(pp.inner(), expected, def);
            case Pat.IdentPat ip -> {
                LocalBinding b = fcx.tcx.res.binding(ip);
                if (b == null) yield pathPat(fcx.tcx.res.partialRes(ip), null, span, expected, ip);
                yield binding(ip, b, expected, def);
            }
            case Pat.LitPat l -> literal(l.value(), expected, span);
            case Pat.RangePat r -> range(r, expected);
            case Pat.PathPat pp -> pathPat(fcx.tcx.res.partialRes(pp), pp.path(), span, expected, pp);
            case Pat.TupleStruct ts -> tupleStruct(ts, expected, def);
            case Pat.StructPat sp -> structPat(sp, expected, def);
            case Pat.Tuple t -> tuple(t, expected, def);
            case Pat.Slice s -> slice(s, expected, def);
            case Pat.Ref r -> {
                Ty t = fcx.resolve(expected);
                Ty inner = fcx.infcx.newVar();
                if (!fcx.infcx.unify(t, new Ty.Ref(inner, r.mutable()))) {
                    fcx.mismatch(span, expected, new Ty.Ref(inner, r.mutable()));
                    yield new Thir.Wild(expected, span);
                }
                yield new Thir.DerefPat(check(r.inner(), inner, Thir.BindingMode.VALUE), expected, span);
            }
            case Pat.Or or -> {
                List<Thir.Pat> alts = new ArrayList<>();
                for (Pat a : or.alternatives()) alts.add(check(a, expected, def));
                yield new Thir.Or(alts, expected, span);
            }
            case Pat.Box b -> {
                fcx.error(span, "E0658", "box pattern syntax is experimental", "");
                yield new Thir.Wild(expected, span);
            }
            case Pat.Rest r -> {
                fcx.error(span, null, "`..` patterns are not allowed here", "");
                yield new Thir.Wild(expected, span);
            }
            case Pat.Mac m -> new Thir.Wild(Ty.ERROR, span);
        };
    }

    private Thir.Pat binding(Pat.IdentPat ip, LocalBinding b, Ty expected, Thir.BindingMode def) {
        Thir.BindingMode mode = ip.byRef() ? (ip.mutable() ? Thir.BindingMode.REF_MUT : Thir.BindingMode.REF)
            : def == Thir.BindingMode.VALUE || ip.mutable() ? Thir.BindingMode.VALUE : def;
        boolean mutable = ip.mutable() && !ip.byRef();
        Ty varTy = switch (mode) {
            case VALUE -> expected;
            case REF -> new Ty.Ref(expected, false);
            case REF_MUT -> new Ty.Ref(expected, true);
        };
        Thir.LocalVar existing = fcx.locals.get(b.id());
        if (existing != null) {
            // another alternative of an or-pattern binds the same variable
            fcx.demandEq(ip.span(), existing.ty(), varTy);
        } else {
            fcx.locals.put(b.id(), new Thir.LocalVar(b.id(), b.name(), mutable, varTy, b.span()));
        }
        Thir.Pat sub = ip.sub() == null ? null : check(ip.sub(), expected, def);
        return new Thir.Binding(b.id(), b.name(), mode, mutable, sub, varTy, expected, ip.span());
    }

    private Thir.Pat literal(Expr e, Ty expected, Span span) {
        Thir.Const c = constValue(e);
        Ty t = literalType(e, expected);
        if (t == null) {
            // a suffix that names no number type (`3x`)
            Expr lit = e instanceof Expr.Unary u ? u.operand() : e;
            String suffix = lit instanceof Expr.LitExpr l ? l.lit().suffix() : "?";
            fcx.error(span, null, "invalid suffix `" + suffix + "` for number literal", "invalid suffix `" + suffix + "`");
            return new Thir.Wild(expected, span);
        }
        if (c == null) {
            fcx.error(span, null, "unsupported: this literal pattern", "");
            return new Thir.Wild(expected, span);
        }
        if (!fcx.infcx.unify(expected, t)) {
            fcx.mismatch(span, expected, t);
            return new Thir.Wild(expected, span);
        }
        return new Thir.Constant(c, expected, span);
    }

    private Ty literalType(Expr e, Ty expected) {
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG) return literalType(u.operand(), expected);
        if (e instanceof Expr.LitExpr l) {
            Lit lit = l.lit();
            return switch (lit.kind()) {
                case INT -> lit.suffix() != null ? ExprCheck.suffixType(lit.suffix()) : fcx.resolve(expected).isIntegral()
                    || fcx.resolve(expected) instanceof Ty.Infer ? intOrExpected(expected) : fcx.infcx.newVar(Ty.InferKind.INT);
                case FLOAT -> lit.suffix() != null ? ExprCheck.suffixType(lit.suffix()) : fcx.infcx.newVar(Ty.InferKind.FLOAT);
                case STR, RAW_STR -> Ty.STATIC_STR;
                case CHAR -> Ty.CHAR;
                case BYTE -> Ty.U8;
                case BOOL -> Ty.BOOL;
                case BYTE_STR, RAW_BYTE_STR -> new Ty.Ref(new Ty.Array(Ty.U8, new Ty.ConstValue(lit.cooked().length())), false);
                default -> Ty.ERROR;
            };
        }
        return Ty.ERROR;
    }

    private Ty intOrExpected(Ty expected) {
        Ty r = fcx.resolve(expected);
        return r.isIntegral() ? r : fcx.infcx.newVar(Ty.InferKind.INT);
    }

    /** The constant a literal pattern (possibly negated) stands for; null when it is no literal. */
    static Thir.Const constValue(Expr e) {
        if (e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG) {
            Thir.Const inner = constValue(u.operand());
            return switch (inner) {
                case Thir.Const.Int i -> new Thir.Const.Int(i.value().negate());
                case Thir.Const.Float f -> new Thir.Const.Float(-f.value());
                case null, default -> null;
            };
        }
        if (!(e instanceof Expr.LitExpr l)) return null;
        Lit lit = l.lit();
        return switch (lit.kind()) {
            case INT -> new Thir.Const.Int(lit.intValue());
            case FLOAT -> new Thir.Const.Float(Double.parseDouble(lit.symbol().replace("_", "")));
            case STR, RAW_STR -> new Thir.Const.Str(lit.cooked());
            case CHAR -> new Thir.Const.Char(lit.cooked().codePointAt(0));
            case BYTE -> new Thir.Const.Int(BigInteger.valueOf(lit.cooked().charAt(0)));
            case BOOL -> new Thir.Const.Bool(lit.symbol().equals("true"));
            case BYTE_STR, RAW_BYTE_STR -> {
                byte[] b = new byte[lit.cooked().length()];
                for (int i = 0; i < b.length; i++) b[i] = (byte) lit.cooked().charAt(i);
                yield new Thir.Const.ByteStr(b);
            }
            default -> null;
        };
    }

    private Thir.Pat range(Pat.RangePat r, Ty expected) {
        Thir.Const lo = r.lo() == null ? null : rangeEnd(r.lo(), expected);
        Thir.Const hi = r.hi() == null ? null : rangeEnd(r.hi(), expected);
        Ty t = fcx.resolve(expected);
        if (!(t.isIntegral() || t instanceof Ty.Char || t.isFloat() || t instanceof Ty.Infer)) {
            fcx.error(r.span(), "E0029", "only `char` and numeric types are allowed in range patterns", "");
        }
        return new Thir.Range(lo, hi, r.limits() == Expr.RangeLimits.CLOSED, expected, r.span());
    }

    /** A range end: a literal, or a path to a constant (`i32::MAX`, `MIN`), evaluated now. */
    private Thir.Const rangeEnd(Expr e, Ty expected) {
        Thir.Const c = constValue(e);
        if (c != null) {
            fcx.infcx.unify(expected, literalType(e, expected));
            return c;
        }
        Thir.Expr checked = fcx.exprs.checkHasType(e, expected);
        BigInteger v = checked instanceof Thir.NamedConst nc ? fcx.tcx.evalConstInt(nc.def()) : null;
        if (v == null) {
            fcx.error(e.span(), null, "unsupported: this range pattern bound", "");
            return new Thir.Const.Int(BigInteger.ZERO);
        }
        return fcx.resolve(expected) instanceof Ty.Char ? new Thir.Const.Char(v.intValue()) : new Thir.Const.Int(v);
    }

    /** A path pattern: a unit struct or variant, or a constant. */
    private Thir.Pat pathPat(PartialRes pr, Path path, Span span, Ty expected, Object node) {
        if (pr == null) return new Thir.Wild(Ty.ERROR, span);
        Ctor c = resolveCtor(pr, path, span, expected, node);
        if (c == null) return constPat(pr, path, span, expected, node);
        AdtDef.VariantDef v = c.adt().variants.get(c.variant());
        if (v.ctor() != AdtDef.CtorKind.CONST) {
            String kind = v.ctor() == AdtDef.CtorKind.FN ? "tuple " + (c.adt().isEnum() ? "variant" : "struct") : "struct variant";
            fcx.error(span, "E0532", "expected unit struct, unit variant or constant, found " + kind + " `" + shortPath(path, node) + "`",
                "not a unit struct, unit variant or constant");
        }
        return ctorPat(c, List.of(), span);
    }

    private Thir.Pat constPat(PartialRes pr, Path path, Span span, Ty expected, Object node) {
        if (pr.isFull() && pr.base() instanceof Res.Def d && (d.kind() == DefKind.CONST || d.kind() == DefKind.ASSOC_CONST)) {
            Ty t = fcx.normalize(fcx.tcx.typeOf(d.id()), span);
            fcx.demandEq(span, expected, t);
            return new Thir.ConstRef(d.id(), List.of(), expected, span);
        }
        if (!pr.isFull() && path != null) {
            // an associated constant: `i32::MAX`, `Self::LIMIT`
            Thir.Expr e = fcx.exprs.calls.path(new Expr.PathExpr(null, path, span), expected);
            if (e instanceof Thir.NamedConst nc) {
                fcx.demandEq(span, expected, nc.ty());
                return new Thir.ConstRef(nc.def(), nc.args(), expected, span);
            }
        }
        if (missingAssoc(pr, path, node)) return new Thir.Wild(expected, span);
        fcx.error(span, "E0532", "expected unit struct, unit variant or constant, found " + describe(pr), "");
        return new Thir.Wild(expected, span);
    }

    /**
     * `Type::Name` in a pattern where the type has no such variant: as rustc, the name is looked up as an associated
     * item of the type, and naming none is E0599 (reported here; true) rather than a wrong kind of path.
     */
    private boolean missingAssoc(PartialRes pr, Path path, Object node) {
        if (path == null || pr.isFull() || pr.unresolvedSegments() != 1) return false;
        if (!(pr.base() instanceof Res.Def d && (d.kind() == DefKind.ENUM || d.kind() == DefKind.STRUCT || d.kind() == DefKind.UNION))) {
            return false;
        }
        List<Ty> args = new ArrayList<>();
        for (int i = 0; i < fcx.tcx.generics(d.id()).count(); i++) args.add(fcx.infcx.newVar());
        Ty self = new Ty.Adt(fcx.tcx.adtDef(d.id()), args);
        Path.PathSegment seg = path.segments().get(path.segments().size() - 1);
        if (fcx.tcx.adtDef(d.id()).variantIndex(seg.ident().name()) >= 0) return false;
        if (fcx.infcx.tryThenUndo(() -> fcx.probe.lookupAssoc(self, seg.ident().name(), seg.ident().span(), node) != null)) return false;
        fcx.exprs.calls.noAssocItem(self, seg);
        return true;
    }

    private String describe(PartialRes pr) {
        return pr.base() instanceof Res.Def d ? d.kind().descr() + " `" + fcx.tcx.name(d.id()) + "`" : "path";
    }

    private static String shortPath(Path path, Object node) {
        if (path != null) return path.toString();
        return node instanceof Pat.IdentPat ip ? ip.name().name() : "?";
    }

    /** What a constructor path names: the ADT, the variant, and the ADT's arguments (fresh, unified with expected). */
    private record Ctor(AdtDef adt, int variant, List<Ty> args, Ty ty) {}

    private Ctor resolveCtor(PartialRes pr, Path path, Span span, Ty expected, Object node) {
        AdtDef adt = null;
        int variant = 0;
        Ty ty = null;
        if (pr.isFull()) {
            switch (pr.base()) {
                case Res.Def d when d.kind() == DefKind.CTOR_STRUCT || d.kind() == DefKind.STRUCT || d.kind() == DefKind.UNION -> {
                    adt = fcx.tcx.adtDef(d.id());
                }
                case Res.Def d when d.kind() == DefKind.CTOR_VARIANT || d.kind() == DefKind.VARIANT -> {
                    adt = fcx.tcx.adtDef(fcx.tcx.defs.parent(d.id()));
                    variant = adt.variantIndex(d.id());
                }
                case Res.SelfCtor sc -> {
                    if (fcx.tcx.typeOf(sc.impl()) instanceof Ty.Adt a) ty = a;
                }
                case Res.SelfTyAlias sa -> {
                    if (fcx.tcx.typeOf(sa.implOrAdt()) instanceof Ty.Adt a && !a.def().isEnum()) ty = a;
                }
                case Res.Def d when d.kind() == DefKind.TY_ALIAS -> {
                    if (fcx.tcx.typeOf(d.id()) instanceof Ty.Adt a && !a.def().isEnum()) ty = a;
                }
                default -> { return null; }
            }
        } else if (pr.unresolvedSegments() == 1 && path != null) {
            // `Alias::Variant`, `Self::Variant`
            Ty base = switch (pr.base()) {
                case Res.SelfTyAlias sa -> fcx.tcx.typeOf(sa.implOrAdt());
                case Res.Def d when d.kind() == DefKind.TY_ALIAS -> fcx.tcx.typeOf(d.id());
                case Res.Def d when d.kind() == DefKind.ENUM -> fcx.tcx.typeOf(d.id());
                default -> null;
            };
            if (base instanceof Ty.Adt a && a.def().isEnum()) {
                int vi = a.def().variantIndex(path.last().name());
                if (vi < 0) return null;
                ty = a;
                variant = vi;
            } else {
                return null;
            }
        } else {
            return null;
        }
        if (ty != null) {
            Ty.Adt a = (Ty.Adt) ty;
            // Self and aliases fix the arguments as written, with the item's own parameters in them
            Ty inst = fcx.normalize(a, span);
            fcx.demandEq(span, expected, inst);
            return new Ctor(a.def(), variant, ((Ty.Adt) inst).args(), inst);
        }
        List<Ty> args = fcx.scx.freshArgs(adt.did);
        Ty inst = new Ty.Adt(adt, args);
        if (!fcx.infcx.unify(expected, inst)) {
            fcx.mismatch(span, expected, inst);
            return new Ctor(adt, variant, args, Ty.ERROR);
        }
        return new Ctor(adt, variant, args, inst);
    }

    private Thir.Pat ctorPat(Ctor c, List<Thir.FieldPat> fields, Span span) {
        if (c.adt().isEnum()) return new Thir.Variant(c.adt(), c.args(), c.variant(), fields, c.ty(), span);
        return new Thir.Leaf(fields, c.ty(), span);
    }

    private Thir.Pat tupleStruct(Pat.TupleStruct ts, Ty expected, Thir.BindingMode def) {
        PartialRes pr = fcx.tcx.res.partialRes(ts);
        if (pr == null) return new Thir.Wild(Ty.ERROR, ts.span());
        Ctor c = resolveCtor(pr, ts.path(), ts.span(), expected, ts);
        if (c == null) {
            if (missingAssoc(pr, ts.path(), ts)) return new Thir.Wild(expected, ts.span());
            fcx.error(ts.path().span(), "E0532", "expected tuple struct or tuple variant, found " + describe(pr), "");
            return new Thir.Wild(expected, ts.span());
        }
        AdtDef.VariantDef v = c.adt().variants.get(c.variant());
        if (v.ctor() != AdtDef.CtorKind.FN) {
            String kind = v.ctor() == AdtDef.CtorKind.CONST ? "unit " + (c.adt().isEnum() ? "variant" : "struct") : "struct variant";
            fcx.error(ts.path().span(), "E0532", "expected tuple struct or tuple variant, found " + kind + " `" + ts.path() + "`",
                "not a tuple struct or tuple variant");
            return new Thir.Wild(expected, ts.span());
        }
        List<Thir.FieldPat> fields = new ArrayList<>();
        List<Pat> elems = ts.elements();
        int rest = restIndex(elems);
        int n = v.fields().size();
        int given = rest < 0 ? elems.size() : elems.size() - 1;
        if (rest < 0 && given != n || rest >= 0 && given > n) {
            String what = c.adt().isEnum() ? "tuple variant" : "tuple struct";
            fcx.emit(Diagnostic.error("this pattern has " + given + " field" + (given == 1 ? "" : "s") + ", but the corresponding " + what
                + " has " + n + " field" + (n == 1 ? "" : "s")).code("E0023").span(ts.span(), "expected " + n + " field"
                + (n == 1 ? "" : "s") + ", found " + given));
            return new Thir.Wild(expected, ts.span());
        }
        for (int i = 0; i < elems.size(); i++) {
            if (i == rest) continue;
            int field = rest >= 0 && i > rest ? n - (elems.size() - i) : i;
            Ty fty = fcx.normalize(fcx.tcx.fieldTy(v.fields().get(field), c.args()), ts.span());
            fields.add(new Thir.FieldPat(field, check(elems.get(i), fty, def)));
        }
        return ctorPat(c, fields, ts.span());
    }

    private static int restIndex(List<Pat> elems) {
        for (int i = 0; i < elems.size(); i++) if (elems.get(i) instanceof Pat.Rest) return i;
        return -1;
    }

    private Thir.Pat structPat(Pat.StructPat sp, Ty expected, Thir.BindingMode def) {
        PartialRes pr = fcx.tcx.res.partialRes(sp);
        if (pr == null) return new Thir.Wild(Ty.ERROR, sp.span());
        Ctor c = resolveCtor(pr, sp.path(), sp.span(), expected, sp);
        if (c == null) {
            if (!pr.isFull() && pr.unresolvedSegments() == 1 && pr.base() instanceof Res.Def d && d.kind() == DefKind.ENUM) {
                // `Enum::Missing { .. }`: as rustc, a missing variant (a struct pattern names no associated item)
                fcx.exprs.calls.noVariant(fcx.tcx.name(d.id()), sp.path().segments().get(sp.path().segments().size() - 1));
                return new Thir.Wild(expected, sp.span());
            }
            fcx.error(sp.path().span(), "E0574", "expected struct, variant or union type, found " + describe(pr), "not a struct");
            return new Thir.Wild(expected, sp.span());
        }
        AdtDef.VariantDef v = c.adt().variants.get(c.variant());
        List<Thir.FieldPat> fields = new ArrayList<>();
        boolean[] seen = new boolean[v.fields().size()];
        DefId module = fcx.tcx.defs.get(fcx.owner).module();
        for (Pat.FieldPat f : sp.fields()) {
            int idx = v.fieldIndex(f.name().name());
            if (idx < 0) {
                String what = c.adt().isEnum() ? "variant `" + c.adt().name + "::" + v.name() + "`" : "struct `" + c.adt().name + "`";
                fcx.emit(Diagnostic.error(what + " does not have a field named `" + f.name().name() + "`").code("E0026")
                    .span(f.name().span(), c.adt().isEnum() ? "variant `" + c.adt().name + "::" + v.name() + "` does not have this field"
                        : "struct `" + c.adt().name + "` does not have this field"));
                check(f.pat(), Ty.ERROR, def);   // its bindings still exist, with an error type
                continue;
            }
            seen[idx] = true;
            if (!fcx.tcx.res.accessible(v.fields().get(idx).vis(), module)) {
                fcx.error(f.name().span(), "E0451", "field `" + f.name().name() + "` of struct `" + c.adt().name + "` is private",
                    "private field");
            }
            Ty fty = fcx.normalize(fcx.tcx.fieldTy(v.fields().get(idx), c.args()), sp.span());
            if (c.adt().isUnion() && sp.fields().size() == 1 && !sp.rest() && !(f.pat() instanceof Pat.Wild)) {
                // a union's field read by a pattern (rustc's check_unsafety: a binding inside a union destructure)
                fcx.exprs.calls.requireUnsafe(f.pat().span(), "access to union field", "access to union field");
            }
            fields.add(new Thir.FieldPat(idx, check(f.pat(), fty, def)));
        }
        if (c.adt().isUnion()) {
            // rustc: a union pattern names exactly one field, and never `..`
            if (sp.fields().size() != 1) fcx.emit(Diagnostic.error("union patterns should have exactly one field").span(sp.span()));
            if (sp.rest()) fcx.emit(Diagnostic.error("`..` cannot be used in union patterns").span(sp.span()));
        } else if (!sp.rest()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < seen.length; i++) if (!seen[i]) missing.add(v.fields().get(i).name());
            if (!missing.isEmpty()) {
                StringBuilder names = new StringBuilder();
                for (int i = 0; i < missing.size(); i++) {
                    if (i > 0) names.append(i == missing.size() - 1 ? " and " : ", ");
                    names.append('`').append(missing.get(i)).append('`');
                }
                String what = c.adt().isEnum() ? "variant `" + c.adt().name + "::" + v.name() + "`" : "struct `" + c.adt().name + "`";
                fcx.emit(Diagnostic.error("pattern does not mention field" + (missing.size() == 1 ? " " : "s ") + names).code("E0027")
                    .span(sp.span(), "missing field" + (missing.size() == 1 ? " " : "s ") + names));
            }
        }
        return ctorPat(c, fields, sp.span());
    }

    private Thir.Pat tuple(Pat.Tuple t, Ty expected, Thir.BindingMode def) {
        List<Pat> elems = t.elements();
        int rest = restIndex(elems);
        Ty r = fcx.resolve(expected);
        List<Ty> tys;
        if (r instanceof Ty.Tuple tt) {
            tys = tt.elements();
            int given = rest < 0 ? elems.size() : elems.size() - 1;
            if (rest < 0 && given != tys.size() || rest >= 0 && given > tys.size()) {
                List<Ty> found = new ArrayList<>();
                for (int i = 0; i < given; i++) found.add(fcx.infcx.newVar());
                fcx.mismatch(t.span(), expected, Ty.tuple(found));
                return new Thir.Wild(expected, t.span());
            }
        } else {
            if (rest >= 0) {
                fcx.typeAnnotationsNeeded(t.span());
                return new Thir.Wild(expected, t.span());
            }
            List<Ty> fresh = new ArrayList<>();
            for (int i = 0; i < elems.size(); i++) fresh.add(fcx.infcx.newVar());
            tys = fresh;
            if (!fcx.infcx.unify(expected, Ty.tuple(fresh))) {
                fcx.mismatch(t.span(), expected, Ty.tuple(fresh));
                return new Thir.Wild(expected, t.span());
            }
        }
        List<Thir.FieldPat> fields = new ArrayList<>();
        int n = tys.size();
        for (int i = 0; i < elems.size(); i++) {
            if (i == rest) continue;
            int field = rest >= 0 && i > rest ? n - (elems.size() - i) : i;
            fields.add(new Thir.FieldPat(field, check(elems.get(i), tys.get(field), def)));
        }
        return new Thir.Leaf(fields, expected, t.span());
    }

    private Thir.Pat slice(Pat.Slice s, Ty expected, Thir.BindingMode def) {
        Ty r = fcx.resolve(expected);
        Ty elem;
        if (r instanceof Ty.Array a) elem = a.element();
        else if (r instanceof Ty.Slice sl) elem = sl.element();
        else {
            fcx.emit(Diagnostic.error("expected an array or slice, found `" + fcx.display(r) + "`").code("E0529")
                .span(s.span(), "pattern cannot match with input type `" + fcx.display(r) + "`"));
            return new Thir.Wild(expected, s.span());
        }
        List<Thir.Pat> prefix = new ArrayList<>(), suffix = new ArrayList<>();
        Thir.Pat rest = null;
        boolean afterRest = false;
        for (Pat e : s.elements()) {
            Pat inner = e instanceof Pat.IdentPat ip && ip.sub() instanceof Pat.Rest ? ip : e;
            if (e instanceof Pat.Rest || inner instanceof Pat.IdentPat ip2 && ip2.sub() instanceof Pat.Rest) {
                afterRest = true;
                if (inner instanceof Pat.IdentPat ip3) {
                    Ty restTy = r instanceof Ty.Array a ? new Ty.Array(a.element(), new Ty.ConstValue(arrayLen(a) - (s.elements().size() - 1)))
                        : new Ty.Slice(elem);
                    LocalBinding b = fcx.tcx.res.binding(ip3);
                    rest = binding(new Pat.IdentPat(ip3.byRef(), ip3.mutable(), ip3.name(), null, ip3.span()), b, restTy, def);
                } else {
                    rest = new Thir.Wild(new Ty.Slice(elem), e.span());
                }
                continue;
            }
            (afterRest ? suffix : prefix).add(check(e, elem, def));
        }
        if (r instanceof Ty.Array a && !afterRest && prefix.size() != arrayLen(a)) {
            fcx.error(s.span(), "E0527", "pattern requires " + prefix.size() + " element" + (prefix.size() == 1 ? "" : "s")
                + " but array has " + arrayLen(a), "expected " + arrayLen(a) + " element" + (arrayLen(a) == 1 ? "" : "s"));
        }
        return new Thir.Slice(prefix, rest, suffix, expected, s.span());
    }

    private long arrayLen(Ty.Array a) {
        return fcx.resolve(a.length()) instanceof Ty.ConstValue cv ? cv.value() : 0;
    }

    @SuppressWarnings("unused")
    private static Path unusedPath() { return null; }
}
