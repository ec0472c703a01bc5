package rustmem.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.resolve.PartialRes;
import rustmem.resolve.Res;
import rustmem.source.Span;
import rustmem.syntax.ast.AstWalk;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericArgs;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Type;

/**
 * Turns types, bounds and signatures as written into {@link Ty}s and {@link Predicate}s (rustc's
 * {@code hir_ty_lowering}), inside one item whose generic parameters are in scope. Inside bodies, {@code _}
 * and generic arguments left out become inference variables through the infer hook.
 */
public final class TyLowering {
    private final TyCtxt tcx;
    /** The item whose generics the types may name. */
    private final DefId owner;
    /** Makes an inference variable for `_`; null where `_` is not allowed (item signatures). */
    private final Function<Span, Ty> infer;

    public TyLowering(TyCtxt tcx, DefId owner, Function<Span, Ty> infer) {
        this.tcx = tcx;
        this.owner = owner;
        this.infer = infer;
    }

    // ------------------------------------------------------------------ types

    public Ty lower(Type t) {
        return switch (t) {
            case null -> Ty.UNIT;
            case Type.PathType pt -> path(pt);
            case Type.Ref r -> new Ty.Ref(lower(r.inner()), r.mutable());
            case Type.RawPtr p -> new Ty.RawPtr(lower(p.inner()), p.mutable());
            case Type.Slice s -> new Ty.Slice(lower(s.element()));
            case Type.Array a -> new Ty.Array(lower(a.element()), arrayLength(a.length()));
            case Type.Tuple tu -> {
                List<Ty> elems = new ArrayList<>();
                for (Type e : tu.elements()) elems.add(lower(e));
                yield Ty.tuple(elems);
            }
            case Type.Paren p -> lower(p.inner());
            case Type.Never n -> Ty.NEVER;
            case Type.Infer i -> {
                if (infer != null) yield infer.apply(i.span());
                tcx.error(i.span(), "E0121", "the placeholder `_` is not allowed within types on item signatures", "not allowed in type signatures");
                yield Ty.ERROR;
            }
            case Type.FnPtr f -> {
                List<Ty> inputs = new ArrayList<>();
                for (Type.FnPtrParam p : f.params()) inputs.add(lower(p.type()));
                yield new Ty.FnPtr(new FnSig(List.copyOf(inputs), f.ret() == null ? Ty.UNIT : lower(f.ret()), f.unsafe(), f.variadic(),
                    f.abi() == null ? "Rust" : f.abi()));
            }
            case Type.TraitObject to -> dynamic(to.bounds(), to.span());
            case Type.ImplTrait it -> implTrait(it);
            case Type.ImplicitSelf s -> selfTy();
            case Type.Mac m -> Ty.ERROR;
        };
    }

    private Ty implTrait(Type.ImplTrait it) {
        DefId d = tcx.defs.byNode(it);
        if (d == null) {
            tcx.error(it.span(), "E0562", "`impl Trait` is not allowed in the type of variable bindings",
                "`impl Trait` is only allowed in arguments and return types of functions and methods");
            return Ty.ERROR;
        }
        if (tcx.kind(d) == DefKind.TY_PARAM) return tcx.paramTy(d);
        return tcx.typeOf(d);
    }

    /** The type `Self` names in the owner: a trait's self parameter, an impl's self type, an ADT applied to its parameters. */
    public Ty selfTy() {
        for (DefId d = owner; d != null; d = tcx.genericsParent(d)) {
            switch (tcx.kind(d)) {
                case TRAIT -> { return new Ty.Param(0, "Self"); }
                case IMPL -> { return tcx.typeOf(d); }
                case STRUCT, ENUM, UNION -> { return tcx.typeOf(d); }
                default -> { }
            }
        }
        return Ty.ERROR;
    }

    /** An array length or repeat count: a constant, a const parameter, or `_` (inferred). */
    public Ty lowerArrayLength(Expr e) { return arrayLength(e); }

    private Ty arrayLength(Expr e) {
        if (e instanceof Expr.PathExpr p && tcx.res.partialRes(p) != null && tcx.res.partialRes(p).isFull()
            && tcx.res.partialRes(p).base() instanceof Res.Def d && d.kind() == DefKind.CONST_PARAM) {
            return tcx.paramTy(d.id());
        }
        if (e instanceof Expr.Underscore && infer != null) return infer.apply(e.span());
        BigInteger v = ConstInt.eval(tcx, e, owner);
        return v == null ? Ty.ERROR : new Ty.ConstValue(v.longValue());
    }

    private Ty path(Type.PathType pt) {
        PartialRes pr = tcx.res.partialRes(pt);
        if (pr == null) return Ty.ERROR;   // reported by the resolver
        List<Path.PathSegment> segs = pt.path().segments();
        if (pr.base() == null) {
            // <T>::Assoc
            Ty self = lower(pt.qself().type());
            return assocPath(self, segs.subList(segs.size() - pr.unresolvedSegments(), segs.size()), pt.span());
        }
        int resolved = segs.size() - pr.unresolvedSegments();
        if (pt.qself() != null) {
            // <T as Trait>::Assoc
            Ty self = lower(pt.qself().type());
            if (!(pr.base() instanceof Res.Def d && d.kind() == DefKind.TRAIT)) {
                tcx.error(pt.span(), "E0405", "expected trait", "not a trait");
                return Ty.ERROR;
            }
            TraitRef tr = traitRef(d.id(), segs.get(resolved - 1), self, pt.span(), new ArrayList<>());
            return projectionPath(tr, segs.subList(resolved, segs.size()), pt.span());
        }
        if (pr.isFull() && pr.base() instanceof Res.Def d && d.kind() == DefKind.TRAIT && owner != null
            && !tcx.res.edition(owner).atLeast(rustmem.source.Edition.E2021)) {
            return bareTraitObject(d.id(), segs.get(resolved - 1), pt.span());
        }
        Ty base = resolvedType(pr.base(), segs.get(resolved - 1), pt.span(), true);
        if (pr.isFull()) return base;
        return assocPath(base, segs.subList(resolved, segs.size()), pt.span());
    }

    /** The type a fully resolved path of an expression names (`Vec::new`), its last segment's generic arguments applied. */
    public Ty resolvedType(Res res, Path.PathSegment seg, Span span) { return resolvedType(res, seg, span, false); }

    /**
     * ... in a type (inType: `let v: Acc = ..`, where an argument left out takes its default, not an inference variable,
     * and one without a default is missing) or an expression.
     */
    private Ty resolvedType(Res res, Path.PathSegment seg, Span span, boolean inType) {
        return switch (res) {
            case Res.PrimTy p -> primitive(p.name());
            case Res.Def d -> switch (d.kind()) {
                case STRUCT, ENUM, UNION -> new Ty.Adt(tcx.adtDef(d.id()), args(d.id(), seg, List.of(), null, span, inType));
                case TY_ALIAS -> {
                    List<Ty> args = args(d.id(), seg, List.of(), null, span, inType);
                    yield tcx.typeOf(d.id()).subst(args);
                }
                case TY_PARAM -> tcx.paramTy(d.id());
                case TRAIT -> {
                    tcx.error(span, "E0782", "expected a type, found a trait", "");
                    yield Ty.ERROR;
                }
                case ASSOC_TY -> tcx.typeOf(d.id());
                default -> {
                    tcx.error(span, "E0573", "expected type, found " + d.kind().descr() + " `" + tcx.name(d.id()) + "`", "not a type");
                    yield Ty.ERROR;
                }
            };
            case Res.SelfTyParam s -> new Ty.Param(0, "Self");
            case Res.SelfTyAlias s -> tcx.typeOf(s.implOrAdt());
            default -> Ty.ERROR;
        };
    }

    static Ty primitive(String name) {
        Ty.IntTy it = Ty.IntTy.byName(name);
        if (it != null) return Ty.intTy(it);
        return switch (name) {
            case "bool" -> Ty.BOOL;
            case "char" -> Ty.CHAR;
            case "str" -> Ty.STR;
            case "f32" -> Ty.F32;
            case "f64" -> Ty.F64;
            default -> Ty.ERROR;
        };
    }

    /** `T::Assoc` and `Self::Assoc`: the associated type of the one trait bounding the base that has it. */
    private Ty assocPath(Ty base, List<Path.PathSegment> rest, Span span) {
        Ty cur = base;
        for (Path.PathSegment seg : rest) {
            cur = assocType(cur, seg.ident().name(), span);
            if (cur instanceof Ty.Error) return cur;
        }
        return cur;
    }

    private Ty projectionPath(TraitRef tr, List<Path.PathSegment> rest, Span span) {
        if (rest.isEmpty()) return Ty.ERROR;
        String name = rest.get(0).ident().name();
        for (TraitRef sup : tcx.supertraitRefs(tr)) {
            AssocItem a = tcx.traitItem(sup.trait(), name, AssocItem.Kind.TYPE);
            if (a != null) {
                Ty first = new Ty.Alias(Ty.AliasKind.PROJECTION, a.def(), sup.args());
                return assocPath(first, rest.subList(1, rest.size()), span);
            }
        }
        tcx.error(span, "E0576", "cannot find associated type `" + name + "` in trait `" + tcx.name(tr.trait()) + "`", "");
        return Ty.ERROR;
    }

    /** The associated type `name` of a type through the traits bounding it (or the impl it is the self type of). */
    public Ty assocType(Ty base, String name, Span span) {
        if (base instanceof Ty.Param p) {
            // only the bound whose trait has `name` is lowered: another bound may mention `T::name` itself
            for (BoundTrait bound : paramBounds(p)) {
                if (!definesAssocType(bound.trait(), name)) continue;
                for (TraitRef sup : tcx.supertraitRefs(traitRefQuiet(bound.trait(), bound.path(), p))) {
                    AssocItem a = tcx.traitItem(sup.trait(), name, AssocItem.Kind.TYPE);
                    if (a != null) return new Ty.Alias(Ty.AliasKind.PROJECTION, a.def(), sup.args());
                }
            }
            tcx.error(span, "E0220", "associated type `" + name + "` not found for `" + p.name() + "`",
                "associated type `" + name + "` not found");
            return Ty.ERROR;
        }
        // `Self::Assoc` in an impl of a trait: the impl's own type
        for (DefId d = owner; d != null; d = tcx.genericsParent(d)) {
            if (tcx.kind(d) == DefKind.IMPL && tcx.typeOf(d).equals(base)) {
                for (AssocItem a : tcx.assocItems(d)) {
                    if (a.kind() == AssocItem.Kind.TYPE && a.name().equals(name)) return tcx.typeOf(a.def());
                }
                TraitRef tr = tcx.implTraitRef(d);
                if (tr != null) {
                    for (TraitRef sup : tcx.supertraitRefs(tr)) {
                        AssocItem a = tcx.traitItem(sup.trait(), name, AssocItem.Kind.TYPE);
                        if (a != null) return new Ty.Alias(Ty.AliasKind.PROJECTION, a.def(), sup.args());
                    }
                }
            }
        }
        if (base instanceof Ty.Alias) {
            // <T as Tr>::A::B: through the item bounds of A
            if (base instanceof Ty.Alias al && al.kind() == Ty.AliasKind.PROJECTION) {
                for (Predicate ib : tcx.itemBounds(al.def())) {
                    if (ib instanceof Predicate.Trait t) {
                        TraitRef tr = t.ref().subst(al.args()).withSelf(base);
                        for (TraitRef sup : tcx.supertraitRefs(tr)) {
                            AssocItem a = tcx.traitItem(sup.trait(), name, AssocItem.Kind.TYPE);
                            if (a != null) return new Ty.Alias(Ty.AliasKind.PROJECTION, a.def(), sup.args());
                        }
                    }
                }
            }
        }
        if (!(base instanceof Ty.Error)) {
            tcx.error(span, "E0223", "ambiguous associated type", "");
        }
        return Ty.ERROR;
    }

    /**
     * The traits bounding a type parameter, read from the bounds as written (rustc's type_param_predicates):
     * lowering the full where-clauses could need this very answer.
     */
    public List<BoundTrait> paramBounds(Ty.Param p) {
        List<BoundTrait> out = new ArrayList<>();
        for (DefId d = owner; d != null; d = tcx.genericsParent(d)) {
            if (tcx.kind(d) == DefKind.TRAIT && p.index() == 0) out.add(new BoundTrait(d, null));
            Generics g = tcx.generics(d);
            Object node = tcx.node(d);
            rustmem.syntax.ast.Generics ast = TyCtxt.astGenerics(node);
            if (ast != null) {
                for (rustmem.syntax.ast.Generics.GenericParam gp : ast.params()) {
                    if (gp instanceof rustmem.syntax.ast.Generics.TypeParam tp) {
                        DefId pd = tcx.defs.byNode(tp);
                        if (pd != null && tcx.paramTy(pd).equals(p)) collectBoundTraits(p, tp.bounds(), out);
                    }
                }
                for (rustmem.syntax.ast.Generics.WherePredicate w : ast.where()) {
                    if (w instanceof rustmem.syntax.ast.Generics.BoundPredicate bp && namesParam(bp.boundedType(), p)) {
                        collectBoundTraits(p, bp.bounds(), out);
                    }
                }
            }
            if (tcx.kind(d) == DefKind.TRAIT && p.index() == 0 && node instanceof Item item && item.kind() instanceof Item.Trait t) {
                collectBoundTraits(p, t.supertraits(), out);
            }
            for (Generics.ParamDef pd : g.own()) {
                if (pd.synthetic() && pd.index() == p.index() && tcx.node(pd.def()) instanceof Type.ImplTrait it) {
                    collectBoundTraits(p, it.bounds(), out);
                }
            }
        }
        return out;
    }

    private boolean namesParam(Type t, Ty.Param p) {
        if (!(t instanceof Type.PathType pt) || pt.qself() != null || pt.path().segments().size() != 1) return false;
        PartialRes pr = tcx.res.partialRes(pt);
        if (pr == null || !pr.isFull()) return false;
        if (pr.base() instanceof Res.Def d && d.kind() == DefKind.TY_PARAM) return tcx.paramTy(d.id()).equals(p);
        return pr.base() instanceof Res.SelfTyParam && p.index() == 0;
    }

    /** A trait bounding a parameter and the path naming it (null: the trait's own `Self`), its arguments not yet lowered. */
    public record BoundTrait(DefId trait, Path path) { }

    private boolean definesAssocType(DefId trait, String name) {
        for (TraitRef sup : tcx.supertraitRefs(new TraitRef(trait, tcx.generics(trait).identity(tcx)))) {
            if (tcx.traitItem(sup.trait(), name, AssocItem.Kind.TYPE) != null) return true;
        }
        return false;
    }

    private void collectBoundTraits(Ty self, List<GenericBound> bounds, List<BoundTrait> out) {
        for (GenericBound b : bounds) {
            if (!(b instanceof GenericBound.TraitBound tb) || tb.modifier() == GenericBound.Modifier.MAYBE) continue;
            PartialRes pr = tcx.res.partialRes(tb.trait());
            if (pr == null || !pr.isFull() || !(pr.base() instanceof Res.Def d) || d.kind() != DefKind.TRAIT) continue;
            out.add(new BoundTrait(d.id(), tb.trait()));
        }
    }

    /** A trait reference from a bound, without reporting (its errors are reported where the bound is lowered). */
    private TraitRef traitRefQuiet(DefId trait, Path path, Ty self) {
        Generics g = tcx.generics(trait);
        if (path == null) return new TraitRef(trait, g.identity(tcx));
        List<Ty> args = new ArrayList<>();
        args.add(self);
        Path.PathSegment seg = path.segments().get(path.segments().size() - 1);
        List<Ty> given = new ArrayList<>();
        if (seg.args() instanceof GenericArgs.AngleBracketed ab) {
            for (GenericArgs.GenericArg a : ab.args()) if (a instanceof GenericArgs.TypeArg ta) given.add(lower(ta.type()));
        } else if (seg.args() instanceof GenericArgs.Parenthesized p) {
            List<Ty> ins = new ArrayList<>();
            for (Type t : p.inputs()) ins.add(lower(t));
            given.add(Ty.tuple(ins));
        }
        for (int i = 1; i < g.own().size(); i++) {
            Generics.ParamDef pd = g.own().get(i);
            if (i - 1 < given.size()) args.add(given.get(i - 1));
            else if (pd.defaultType() != null) args.add(pd.defaultType().subst(args));
            else args.add(Ty.ERROR);
        }
        return new TraitRef(trait, List.copyOf(args));
    }

    // ------------------------------------------------------------------ generic arguments

    /**
     * The generic arguments for def's own parameters from a path segment, after parentArgs (and self for a
     * trait): missing ones take their defaults, else inference variables where allowed, else E0107.
     */
    public List<Ty> args(DefId def, Path.PathSegment seg, List<Ty> parentArgs, Ty self, Span span) {
        return args(def, seg, parentArgs, self, span, false);
    }

    private List<Ty> args(DefId def, Path.PathSegment seg, List<Ty> parentArgs, Ty self, Span span, boolean inType) {
        boolean inferMissing = infer != null && !inType;
        Generics g = tcx.generics(def);
        List<Ty> out = new ArrayList<>(parentArgs);
        List<Ty> given = new ArrayList<>();
        if (seg != null && seg.args() instanceof GenericArgs.AngleBracketed ab) {
            int i = g.hasSelf() ? 1 : 0;
            for (GenericArgs.GenericArg a : ab.args()) {
                switch (a) {
                    case GenericArgs.TypeArg ta -> {
                        boolean constParam = i < g.own().size() && g.own().get(i).isConst();
                        given.add(constParam ? constArg(ta.type()) : lower(ta.type()));
                        i++;
                    }
                    case GenericArgs.ConstArg ca -> {
                        given.add(constExpr(ca.value()));
                        i++;
                    }
                    default -> { }
                }
            }
        }
        int own = 0;
        for (Generics.ParamDef pd : g.own()) {
            if (g.hasSelf() && pd.index() == g.parentCount()) {
                out.add(self == null ? Ty.ERROR : self);
                continue;
            }
            if (pd.synthetic()) {
                out.add(infer != null ? infer.apply(span) : Ty.ERROR);
                continue;
            }
            if (own < given.size()) out.add(given.get(own));
            else if (inferMissing && (given.isEmpty() || pd.defaultType() == null)) out.add(infer.apply(span));
            else if (pd.defaultType() != null) out.add(pd.defaultType().subst(out));
            else {
                missing(def, g, given.size(), span);
                out.add(Ty.ERROR);
            }
            own++;
        }
        if (given.size() > own) {
            long expected = g.own().stream().filter(p -> !p.synthetic() && !(g.hasSelf() && p.index() == g.parentCount())).count();
            tcx.error(span, "E0107", tcx.kind(def).descr() + " takes " + expected + " generic argument" + (expected == 1 ? "" : "s")
                + " but " + given.size() + " generic argument" + (given.size() == 1 ? " was" : "s were") + " supplied",
                "expected " + expected + " generic argument" + (expected == 1 ? "" : "s"));
        }
        return List.copyOf(out);
    }

    private void missing(DefId def, Generics g, int given, Span span) {
        if (given == 0) {
            tcx.error(span, "E0107", "missing generics for " + tcx.kind(def).descr() + " `" + tcx.name(def) + "`", "");
        } else {
            long expected = g.own().stream().filter(p -> p.defaultType() == null && !p.synthetic()).count();
            tcx.error(span, "E0107", tcx.kind(def).descr() + " takes " + expected + " generic arguments but " + given
                + " generic argument" + (given == 1 ? " was" : "s were") + " supplied", "");
        }
    }

    /** A const generic argument written as a type (a path to a const parameter or constant). */
    private Ty constArg(Type t) {
        if (t instanceof Type.PathType pt) {
            PartialRes pr = tcx.res.partialRes(pt);
            if (pr != null && pr.isFull() && pr.base() instanceof Res.Def d) {
                if (d.kind() == DefKind.CONST_PARAM) return tcx.paramTy(d.id());
                if (d.kind() == DefKind.CONST) {
                    BigInteger v = ConstInt.eval(tcx, new Expr.PathExpr(null, pt.path(), pt.span()), owner);
                    return v == null ? Ty.ERROR : new Ty.ConstValue(v.longValue());
                }
            }
        }
        if (t instanceof Type.Infer && infer != null) return infer.apply(t.span());
        return lower(t);
    }

    private Ty constExpr(Expr e) {
        if (e instanceof Expr.BlockExpr be && be.block().stmts().size() == 1
            && be.block().stmts().get(0) instanceof rustmem.syntax.ast.Stmt.ExprStmt es) {
            e = es.expr();
        }
        return arrayLength(e);
    }

    // ------------------------------------------------------------------ traits and bounds

    /** A trait reference from a path's last segment with self; its associated-type constraints go to bindings. */
    public TraitRef traitRef(DefId trait, Path.PathSegment seg, Ty self, Span span, List<Predicate> bindings) {
        List<Ty> args;
        if (seg.args() instanceof GenericArgs.Parenthesized p) {
            if (!tcx.lang.is(trait, "fn") && !tcx.lang.is(trait, "fn_mut") && !tcx.lang.is(trait, "fn_once")) {
                // `Send()`: rustc's feature gate (unboxed_closures)
                tcx.error(seg.span(), "E0658", "parenthetical notation is only stable when used with `Fn`-family traits", "");
                List<Ty> none = new ArrayList<>(List.of(self));
                for (int i = 1; i < tcx.generics(trait).own().size(); i++) none.add(Ty.ERROR);
                return new TraitRef(trait, none);
            }
            // Fn(A, B) -> C: Fn<(A, B)> with FnOnce::Output = C
            List<Ty> ins = new ArrayList<>();
            for (Type t : p.inputs()) ins.add(lower(t));
            args = List.of(self, Ty.tuple(ins));
            DefId output = tcx.langItem("fn_once_output");
            DefId fnOnce = tcx.langItem("fn_once");
            if (output != null && fnOnce != null) {
                bindings.add(new Predicate.Projection(new Ty.Alias(Ty.AliasKind.PROJECTION, output, List.of(self, args.get(1))),
                    p.output() == null ? Ty.UNIT : lower(p.output())));
            }
            return new TraitRef(trait, args);
        }
        args = args(trait, seg, List.of(), self, span);
        TraitRef tr = new TraitRef(trait, args);
        if (seg.args() instanceof GenericArgs.AngleBracketed ab) {
            for (GenericArgs.GenericArg a : ab.args()) {
                if (!(a instanceof GenericArgs.AssocConstraint ac)) continue;
                Ty.Alias alias = null;
                for (TraitRef sup : tcx.supertraitRefs(tr)) {
                    AssocItem item = tcx.traitItem(sup.trait(), ac.name().name(), AssocItem.Kind.TYPE);
                    if (item != null) {
                        alias = new Ty.Alias(Ty.AliasKind.PROJECTION, item.def(), sup.args());
                        break;
                    }
                }
                if (alias == null) {
                    tcx.error(ac.name().span(), "E0220", "associated type `" + ac.name().name() + "` not found for `"
                        + tcx.name(trait) + "`", "associated type `" + ac.name().name() + "` not found");
                    continue;
                }
                if (ac.type() != null) bindings.add(new Predicate.Projection(alias, lower(ac.type())));
                else bounds(alias, ac.bounds(), bindings, false);
            }
        }
        return tr;
    }

    /** The predicates bounds put on self; addSized adds the implicit `Sized` unless `?Sized` is among them. */
    void bounds(Ty self, List<GenericBound> bounds, List<Predicate> out, boolean addSized) {
        boolean maybeSized = false;
        for (GenericBound b : bounds) {
            switch (b) {
                case GenericBound.TraitBound tb -> {
                    if (tb.modifier() == GenericBound.Modifier.MAYBE) {
                        maybeSized = true;
                        continue;
                    }
                    PartialRes pr = tcx.res.partialRes(tb.trait());
                    if (pr == null) continue;
                    if (!pr.isFull() || !(pr.base() instanceof Res.Def d) || d.kind() != DefKind.TRAIT) {
                        tcx.error(tb.trait().span(), "E0404", "expected trait, found " + describe(pr.base()) + " `"
                            + tb.trait().last().name() + "`", "not a trait");
                        continue;
                    }
                    List<Predicate> bindings = new ArrayList<>();
                    Path.PathSegment seg = tb.trait().segments().get(tb.trait().segments().size() - 1);
                    TraitRef tr = traitRef(d.id(), seg, self, tb.span(), bindings);
                    out.add(new Predicate.Trait(tr));
                    out.addAll(bindings);
                }
                case GenericBound.LifetimeBound lb -> {
                    if (lb.lifetime().name().equals("'static")) out.add(new Predicate.OutlivesStatic(self));
                }
                case GenericBound.Use u -> { }
            }
        }
        DefId sized = tcx.langItem("sized");
        if (addSized && !maybeSized && sized != null) out.add(new Predicate.Trait(new TraitRef(sized, List.of(self))));
    }

    private String describe(Res r) {
        return r instanceof Res.Def d ? d.kind().descr() : "type";
    }

    /** `dyn A + B + 'a`: the principal trait (with its associated types fixed) and the auto traits. */
    private Ty dynamic(List<GenericBound> bounds, Span span) {
        DefId principal = null;
        List<Ty> args = List.of();
        List<Ty.AssocBinding> bindings = new ArrayList<>();
        List<DefId> autos = new ArrayList<>();
        for (GenericBound b : bounds) {
            if (!(b instanceof GenericBound.TraitBound tb)) continue;
            PartialRes pr = tcx.res.partialRes(tb.trait());
            if (pr == null || !pr.isFull() || !(pr.base() instanceof Res.Def d) || d.kind() != DefKind.TRAIT) continue;
            if (tcx.isAutoTrait(d.id())) {
                if (!autos.contains(d.id())) autos.add(d.id());
                continue;
            }
            if (principal != null) {
                tcx.error(tb.span(), "E0225", "only auto traits can be used as additional traits in a trait object",
                    "additional non-auto trait");
                continue;
            }
            principal = d.id();
            args = principalArgs(d.id(), tb.trait().segments().get(tb.trait().segments().size() - 1), tb.span(), bindings);
        }
        autos.sort(null);
        if (principal == null && autos.isEmpty()) {
            tcx.error(span, "E0224", "at least one trait is required for an object type", "");
            return Ty.ERROR;
        }
        return new Ty.Dynamic(principal, List.copyOf(args), List.copyOf(bindings), List.copyOf(autos));
    }

    /** A trait object's principal trait's arguments (after Self), its associated type bindings added to bindings. */
    private List<Ty> principalArgs(DefId trait, Path.PathSegment seg, Span span, List<Ty.AssocBinding> bindings) {
        List<Predicate> projs = new ArrayList<>();
        TraitRef tr = traitRef(trait, seg, Ty.ERROR, span, projs);
        for (Predicate p : projs) {
            if (p instanceof Predicate.Projection pp) bindings.add(new Ty.AssocBinding(pp.alias().def(), pp.ty()));
        }
        return tr.args().subList(1, tr.args().size());
    }

    /** A trait named where a type is wanted: before edition 2021 the trait object type without `dyn` (`Box<Shape>`). */
    private Ty bareTraitObject(DefId trait, Path.PathSegment seg, Span span) {
        if (tcx.isAutoTrait(trait)) return new Ty.Dynamic(null, List.of(), List.of(), List.of(trait));
        List<Ty.AssocBinding> bindings = new ArrayList<>();
        List<Ty> args = principalArgs(trait, seg, span, bindings);
        return new Ty.Dynamic(trait, List.copyOf(args), List.copyOf(bindings), List.of());
    }

    // ------------------------------------------------------------------ items

    /** The owner's own predicates: bounds of its parameters and where-clauses (and a trait's supertraits). */
    List<Predicate> itemPredicates() {
        List<Predicate> out = new ArrayList<>();
        Object node = tcx.node(owner);
        rustmem.syntax.ast.Generics ast = TyCtxt.astGenerics(node);
        Generics g = tcx.generics(owner);
        if (tcx.kind(owner) == DefKind.TRAIT) {
            Ty self = new Ty.Param(0, "Self");
            out.add(new Predicate.Trait(new TraitRef(owner, g.identity(tcx))));
            bounds(self, ((Item.Trait) ((Item) node).kind()).supertraits(), out, false);
        }
        if (ast != null) {
            // `?Sized` may be written in a where-clause: `where Q: ?Sized`
            java.util.Set<Ty> relaxed = new java.util.HashSet<>();
            for (rustmem.syntax.ast.Generics.WherePredicate w : ast.where()) {
                if (w instanceof rustmem.syntax.ast.Generics.BoundPredicate bp && bp.bounds().stream().anyMatch(x ->
                    x instanceof GenericBound.TraitBound tb && tb.modifier() == GenericBound.Modifier.MAYBE)) {
                    relaxed.add(lower(bp.boundedType()));
                }
            }
            for (rustmem.syntax.ast.Generics.GenericParam p : ast.params()) {
                if (p instanceof rustmem.syntax.ast.Generics.TypeParam tp) {
                    Ty param = tcx.paramTy(tcx.defs.byNode(tp));
                    bounds(param, tp.bounds(), out, !relaxed.contains(param));
                }
            }
            for (rustmem.syntax.ast.Generics.WherePredicate w : ast.where()) {
                if (w instanceof rustmem.syntax.ast.Generics.BoundPredicate bp) bounds(lower(bp.boundedType()), bp.bounds(), out, false);
            }
        }
        for (Generics.ParamDef pd : g.own()) {
            if (pd.synthetic() && tcx.node(pd.def()) instanceof Type.ImplTrait it) {
                bounds(new Ty.Param(pd.index(), pd.name()), it.bounds(), out, true);
            }
        }
        return List.copyOf(out);
    }

    /** The bounds an associated type or opaque type declares on itself. */
    List<Predicate> itemBounds(DefId assocOrOpaque) {
        List<Predicate> out = new ArrayList<>();
        Ty self = tcx.typeOf(assocOrOpaque);
        if (tcx.kind(assocOrOpaque) == DefKind.OPAQUE_TY) {
            bounds(self, ((Type.ImplTrait) tcx.node(assocOrOpaque)).bounds(), out, true);
        } else {
            Item.TypeAlias ta = (Item.TypeAlias) tcx.item(assocOrOpaque).kind();
            bounds(self, ta.bounds(), out, true);
        }
        return List.copyOf(out);
    }

    /** A function's signature as written (self parameters by their kind). */
    FnSig fnSig(Item item) {
        Item.Fn f = (Item.Fn) item.kind();
        List<Ty> inputs = new ArrayList<>();
        for (Item.Param p : f.decl().params()) {
            Ty t = switch (p.selfKind()) {
                case VALUE -> selfTy();
                case REF -> new Ty.Ref(selfTy(), false);
                case REF_MUT -> new Ty.Ref(selfTy(), true);
                case EXPLICIT, NONE -> lower(p.type());
            };
            inputs.add(t);
        }
        Ty output = f.decl().output() == null ? Ty.UNIT : lower(f.decl().output());
        boolean unsafe = f.header().unsafe();
        String abi = f.header().abi() != null ? f.header().abi() : "Rust";
        if (tcx.kind(owner) == DefKind.FOREIGN_FN) {
            // a foreign function is unsafe to call unless declared `safe` (rustc's `unsafe extern` blocks)
            unsafe = !TyCtxt.hasAttr(item.attrs(), "rustmem_safe_foreign");
            abi = "C";
        }
        return new FnSig(List.copyOf(inputs), output, unsafe, f.decl().variadic(), abi);
    }

    TraitRef implTraitRef(Path path, Ty self) {
        PartialRes pr = tcx.res.partialRes(path);
        if (pr == null) return null;
        if (!pr.isFull() || !(pr.base() instanceof Res.Def d) || d.kind() != DefKind.TRAIT) {
            tcx.error(path.span(), "E0404", "expected trait, found " + describe(pr.base()) + " `" + path.last().name() + "`",
                "not a trait");
            return null;
        }
        return traitRef(d.id(), path.segments().get(path.segments().size() - 1), self, path.span(), new ArrayList<>());
    }

    @SuppressWarnings("unused")
    private static boolean walk(Object n) {
        AstWalk.walk(n, x -> true);
        return true;
    }
}
