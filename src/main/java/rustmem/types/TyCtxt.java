package rustmem.types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import rustmem.layout.ReprOptions;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.resolve.Definitions;
import rustmem.resolve.LangItems;
import rustmem.resolve.ResolverOutputs;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.SourceMap;
import rustmem.source.Span;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Type;

/**
 * The central context of type checking (rustc's {@code TyCtxt}): the definitions and resolutions, and the
 * queries over items — ADT definitions, generics, predicates and parameter environments, types of items,
 * signatures, impls and their trait references, associated items — each computed on first use and kept.
 */
public final class TyCtxt {
    public final ResolverOutputs res;
    public final Definitions defs;
    public final LangItems lang;
    public final Diagnostics diags;
    public final SourceMap sources;

    private final Map<DefId, AdtDef> adtDefs = new HashMap<>();
    private final Map<DefId, Generics> generics = new HashMap<>();
    private final Map<DefId, List<Predicate>> predicates = new HashMap<>();
    private final Map<DefId, ParamEnv> paramEnvs = new HashMap<>();
    private final Map<DefId, Ty> types = new HashMap<>();
    private final Map<DefId, FnSig> sigs = new HashMap<>();
    private final Map<DefId, TraitRef> implTraitRefs = new HashMap<>();
    private final Map<DefId, List<AssocItem>> assocItems = new HashMap<>();
    private final Map<DefId, List<Predicate>> itemBounds = new HashMap<>();
    private final Set<DefId> inProgress = new HashSet<>();
    private Map<DefId, List<DefId>> traitImpls;
    /** Each trait impl's header arguments in fast-reject form (traits.SimplifiedType's cache). */
    public final Map<DefId, Object[]> fastRejectKeys = new HashMap<>();
    private List<DefId> inherentImpls;
    /** Every closure's signature, kind and captures, filled in while its enclosing body is checked. */
    public final Map<DefId, ClosureInfo> closures = new HashMap<>();
    /** Each closure's checked body (with its captures read through its environment), by the closure's DefId. */
    public final Map<DefId, rustmem.types.thir.Thir.Body> closureBodies = new HashMap<>();
    /** Each body owner's checked body, computed when first needed (null for one with errors). */
    public final Map<DefId, rustmem.types.thir.Thir.Body> bodies = new HashMap<>();
    /** The hidden type behind each `impl Trait` return type, found when its function's body is checked. */
    public final Map<DefId, Ty> opaqueTypes = new HashMap<>();

    /** Compile-time evaluation, which the interpreter does (set by the compilation; null: none). */
    public interface ConstEval {
        /** The value a `const fn` instance returns for these scalar arguments, or null when it cannot be computed. */
        BigInteger call(DefId fn, List<Ty> generics, List<BigInteger> args);

        /** The offset of the field reached by the path of field indices in the container's layout. */
        BigInteger offsetOf(Ty container, List<Integer> fields);
    }

    public ConstEval ctfe;

    /** Type-checks a body (set by the type checker, which this package does not depend on). */
    public java.util.function.Consumer<DefId> typeckHook = d -> { };

    /**
     * A closure's kind, signature and captures: known once the function it is in is checked, or, for a std closure
     * whose function was not (a run reads std's MIR from its image), from {@link #closureSummaries}; else its function
     * is checked now.
     */
    public ClosureInfo closureInfo(DefId closure) {
        ClosureInfo info = closures.get(closure);
        if (info == null && closureSummaries != null) info = stdClosures.computeIfAbsent(closure, closureSummaries);
        return info != null ? info : checkedClosureInfo(closure);
    }

    /**
     * The info of a closure from its function's check, with the binding ids of its captured variables (which
     * {@link #closureInfo} may not have: see {@link #closureSummaries}), its function checked first if it was not.
     */
    public ClosureInfo checkedClosureInfo(DefId closure) { return afterCheck(closures, closure); }

    /**
     * The infos of std's closures as std's MIR image holds them (null when there is none, or a closure it does not
     * hold): their signatures, kinds and captured types, as the check of their functions finds them, but for the
     * captured variables' binding ids (-1). A run asks for them of the closures std's code makes, which would cost
     * the check of their functions.
     */
    public Function<DefId, ClosureInfo> closureSummaries;
    private final Map<DefId, ClosureInfo> stdClosures = new HashMap<>();

    /** The type an `impl Trait` stands for: known once the function defining it is checked (which this asks for). */
    public Ty hiddenType(DefId opaque) { return afterCheck(opaqueTypes, opaque); }

    /** What the check of the function def is in writes to table for def: the function checked first if it has not been. */
    private <T> T afterCheck(Map<DefId, T> table, DefId def) {
        T v = table.get(def);
        if (v == null) {
            typeckHook.accept(closureOwner(def));
            v = table.get(def);
        }
        return v;
    }

    public TyCtxt(ResolverOutputs res, Diagnostics diags, SourceMap sources) {
        this.res = res;
        this.defs = res.defs;
        this.lang = res.langItems;
        this.diags = diags;
        this.sources = sources;
    }

    public DefKind kind(DefId d) { return defs.kind(d); }

    public String name(DefId d) { return defs.name(d); }

    public Object node(DefId d) { return defs.node(d); }

    public Item item(DefId d) { return (Item) defs.node(d); }

    public void error(Span span, String code, String message, String label) {
        Diagnostic.Builder b = Diagnostic.error(message);
        if (code != null) b.code(code);
        diags.emit(b.span(span, label));
    }

    // ------------------------------------------------------------------ ADTs

    public AdtDef adtDef(DefId did) {
        AdtDef d = adtDefs.get(did);
        if (d != null) return d;
        Item item = item(did);
        List<AdtDef.VariantDef> variants = new ArrayList<>();
        AdtDef.Kind kind;
        switch (item.kind()) {
            case Item.Struct s -> {
                kind = AdtDef.Kind.STRUCT;
                variants.add(variant(did, s.name().name(), s.data(), BigInteger.ZERO, false));
            }
            case Item.Union u -> {
                kind = AdtDef.Kind.UNION;
                variants.add(variant(did, u.name().name(), u.data(), BigInteger.ZERO, false));
            }
            case Item.Enum e -> {
                kind = AdtDef.Kind.ENUM;
                BigInteger next = BigInteger.ZERO;
                for (Item.Variant v : e.variants()) {
                    DefId vd = defs.byNode(v);
                    if (vd == null) continue;   // cfg'd out
                    BigInteger discr = next;
                    boolean explicit = v.discriminant() != null;
                    if (explicit) {
                        BigInteger value = ConstInt.eval(this, v.discriminant(), vd);
                        if (value != null) discr = value;
                    }
                    variants.add(variant(vd, v.name().name(), v.data(), discr, explicit));
                    next = discr.add(BigInteger.ONE);
                }
            }
            default -> throw new IllegalStateException("not an ADT: " + defs.pathString(did));
        }
        String lang = attrValue(item.attrs(), "lang");
        String start = attrArg(item.attrs(), "rustc_layout_scalar_valid_range_start");
        String end = attrArg(item.attrs(), "rustc_layout_scalar_valid_range_end");
        d = new AdtDef(did, defs.name(did), kind, List.copyOf(variants), repr(item.attrs()), lang,
            start == null ? null : parseInt(start), end == null ? null : parseInt(end), hasAttr(item.attrs(), "non_exhaustive"));
        adtDefs.put(did, d);
        return d;
    }

    private AdtDef.VariantDef variant(DefId did, String name, Item.VariantData data, BigInteger discr, boolean explicit) {
        List<AdtDef.FieldDef> fields = new ArrayList<>();
        int i = 0;
        for (Item.FieldDef f : data.fields()) {
            DefId fd = defs.byNode(f);
            fields.add(new AdtDef.FieldDef(fd, f.name() != null ? f.name().name() : String.valueOf(i), defs.get(fd).vis()));
            i++;
        }
        AdtDef.CtorKind ctor = switch (data.kind()) {
            case TUPLE -> AdtDef.CtorKind.FN;
            case UNIT -> AdtDef.CtorKind.CONST;
            case NAMED -> AdtDef.CtorKind.NONE;
        };
        return new AdtDef.VariantDef(did, name, ctor, List.copyOf(fields), discr, explicit);
    }

    private static BigInteger parseInt(String s) {
        s = s.replace("_", "");
        return s.startsWith("0x") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
    }

    /** The type of a field of an ADT applied to args. */
    public Ty fieldTy(AdtDef.FieldDef f, List<Ty> args) { return typeOf(f.did()).subst(args); }

    // ------------------------------------------------------------------ attributes

    public static String attrValue(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) {
            if (a.is(name) && a.args() instanceof Attribute.Eq eq && eq.value() instanceof Expr.LitExpr l) return l.lit().cooked();
        }
        return null;
    }

    /** The single token inside {@code #[name(…)]}. */
    static String attrArg(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) {
            if (a.is(name) && !a.tokens().isEmpty() && a.tokens().get(0) instanceof rustmem.syntax.ast.TokenTree.Leaf l) {
                return l.token().lit() != null ? l.token().lit().symbol() : l.token().text();
            }
        }
        return null;
    }

    public static boolean hasAttr(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) if (a.is(name)) return true;
        return false;
    }

    public boolean hasAttr(DefId def, String name) {
        Object node = defs.node(def);
        return node instanceof Item i && hasAttr(i.attrs(), name) || node instanceof Item.Variant v && hasAttr(v.attrs(), name);
    }

    public List<Attribute> attrs(DefId def) {
        Object node = defs.node(def);
        if (node instanceof Item i) return i.attrs();
        if (node instanceof Item.Variant v) return v.attrs();
        if (node instanceof Item.FieldDef f) return f.attrs();
        return List.of();
    }

    private static ReprOptions repr(List<Attribute> attrs) {
        ReprOptions.IntegerType intTy = null;
        boolean c = false, transparent = false;
        int packed = 0, align = 0;
        for (Attribute a : attrs) {
            if (!a.is("repr")) continue;
            var toks = rustmem.syntax.TokenTrees.flatten(a.tokens());
            for (int i = 0; i < toks.size(); i++) {
                var t = toks.get(i);
                if (!t.isIdent()) continue;
                String word = t.text();
                Integer arg = null;
                if (i + 2 < toks.size() && toks.get(i + 1).is(rustmem.syntax.TokenKind.OPEN_PAREN) && toks.get(i + 2).lit() != null) {
                    arg = toks.get(i + 2).lit().intValue().intValueExact();
                    i += 3;
                }
                switch (word) {
                    case "C" -> c = true;
                    case "transparent" -> transparent = true;
                    case "packed" -> packed = arg == null ? 1 : arg;
                    case "align" -> align = arg == null ? 1 : arg;
                    default -> {
                        Ty.IntTy it = Ty.IntTy.byName(word);
                        if (it != null) intTy = new ReprOptions.IntegerType(it.pointerSized() ? 0 : it.size, it.signed);
                    }
                }
            }
        }
        if (intTy == null && !c && packed == 0 && align == 0 && !transparent) return ReprOptions.DEFAULT;
        return new ReprOptions(intTy, c, packed, align, transparent);
    }

    // ------------------------------------------------------------------ generics and predicates

    /** The DefId whose generics an item's generics continue (impl or trait for associated items, fn for closures). */
    public DefId genericsParent(DefId d) {
        return switch (kind(d)) {
            case ASSOC_FN, ASSOC_TY, ASSOC_CONST -> defs.parent(d);
            case CLOSURE, OPAQUE_TY -> closureOwner(d);
            case VARIANT, CTOR_VARIANT -> defs.parent(d);
            default -> null;
        };
    }

    /** The item whose body holds a closure (following enclosing closures out). */
    public DefId closureOwner(DefId d) {
        DefId p = defs.parent(d);
        while (p != null && kind(p) == DefKind.CLOSURE) p = defs.parent(p);
        return p;
    }

    public Generics generics(DefId d) {
        Generics g = generics.get(d);
        if (g != null) return g;
        DefKind k = kind(d);
        if (k == DefKind.VARIANT || k == DefKind.CTOR_VARIANT) {
            g = generics(defs.parent(d));
            generics.put(d, g);
            return g;
        }
        if (k == DefKind.CLOSURE || k == DefKind.OPAQUE_TY) {
            DefId owner = closureOwner(d);
            Generics og = generics(owner);
            g = new Generics(owner, og.count(), List.of(), false);
            generics.put(d, g);
            return g;
        }
        DefId parent = genericsParent(d);
        int parentCount = parent == null ? 0 : generics(parent).count();
        List<Generics.ParamDef> own = new ArrayList<>();
        Object node = defs.node(d);
        rustmem.syntax.ast.Generics ast = astGenerics(node);
        boolean hasSelf = k == DefKind.TRAIT;
        if (hasSelf) own.add(new Generics.ParamDef(d, "Self", 0, false, null, false));
        if (ast != null) {
            for (rustmem.syntax.ast.Generics.GenericParam p : ast.params()) {
                DefId pd = defs.byNode(p);
                int index = parentCount + own.size();
                switch (p) {
                    case rustmem.syntax.ast.Generics.TypeParam tp -> own.add(new Generics.ParamDef(pd, tp.name().name(), index, false,
                        null, false));
                    case rustmem.syntax.ast.Generics.ConstParam cp -> own.add(new Generics.ParamDef(pd, cp.name().name(), index, true,
                        null, false));
                    default -> { }
                }
            }
        }
        if (node instanceof Item item && item.kind() instanceof Item.Fn f) {
            // each `impl Trait` parameter type is an anonymous type parameter after the written ones
            for (Item.Param p : f.decl().params()) {
                if (p.type() == null) continue;
                rustmem.syntax.ast.AstWalk.walk(p.type(), n -> {
                    if (n instanceof Type.ImplTrait it) {
                        DefId pd = defs.byNode(it);
                        own.add(new Generics.ParamDef(pd, defs.name(pd), parentCount + own.size(), false, null, true));
                    }
                    return true;
                });
            }
        }
        g = new Generics(parent, parentCount, List.copyOf(own), hasSelf);
        generics.put(d, g);
        // defaults may name earlier parameters: lowered once the generics exist
        if (ast != null && ast.params().stream().anyMatch(p -> p instanceof rustmem.syntax.ast.Generics.TypeParam tp && tp.defaultType() != null)) {
            List<Generics.ParamDef> withDefaults = new ArrayList<>();
            TyLowering low = new TyLowering(this, d, null);
            for (Generics.ParamDef pd : own) {
                Ty def = null;
                if (defs.node(pd.def()) instanceof rustmem.syntax.ast.Generics.TypeParam tp && tp.defaultType() != null) {
                    def = low.lower(tp.defaultType());
                }
                withDefaults.add(new Generics.ParamDef(pd.def(), pd.name(), pd.index(), pd.isConst(), def, pd.synthetic()));
            }
            g = new Generics(parent, parentCount, List.copyOf(withDefaults), hasSelf);
            generics.put(d, g);
        }
        return g;
    }

    public static rustmem.syntax.ast.Generics astGenerics(Object node) {
        if (node instanceof Item item) {
            return switch (item.kind()) {
                case Item.Struct s -> s.generics();
                case Item.Enum e -> e.generics();
                case Item.Union u -> u.generics();
                case Item.Trait t -> t.generics();
                case Item.Impl i -> i.generics();
                case Item.Fn f -> f.generics();
                case Item.TypeAlias t -> t.generics();
                case Item.Const c -> c.generics();
                default -> null;
            };
        }
        return null;
    }

    /** The index of a generic parameter definition in its item's generics. */
    public Ty paramTy(DefId paramDef) {
        DefId owner = defs.parent(paramDef);
        for (Generics.ParamDef p : generics(owner).own()) {
            if (p.def().equals(paramDef)) return new Ty.Param(p.index(), p.name());
        }
        return Ty.ERROR;
    }

    /** The predicates an item itself states (its bounds and where-clauses), not its parents'. */
    public List<Predicate> predicatesOf(DefId d) {
        List<Predicate> p = predicates.get(d);
        if (p != null) return p;
        if (!inProgress.add(d)) return List.of();
        try {
            p = new TyLowering(this, d, null).itemPredicates();
        } finally {
            inProgress.remove(d);
        }
        predicates.put(d, p);
        return p;
    }

    /** Everything assumed inside an item: its and its parents' predicates, supertraits elaborated. */
    public ParamEnv paramEnv(DefId d) {
        ParamEnv env = paramEnvs.get(d);
        if (env != null) return env;
        LinkedHashSet<Predicate> all = new LinkedHashSet<>();
        for (DefId x = d; x != null; x = genericsParent(x)) {
            if (kind(x) == DefKind.CLOSURE || kind(x) == DefKind.OPAQUE_TY) continue;
            all.addAll(predicatesOf(x));
        }
        env = new ParamEnv(elaborate(new ArrayList<>(all)));
        paramEnvs.put(d, env);   // normalizing consults it
        env = envNormalizer.apply(env);
        paramEnvs.put(d, env);
        return env;
    }

    /**
     * Normalizes the associated types in an environment's predicates that an impl fixes (rustc's
     * normalize_param_env_or_error), so that `F: FnMut(Self::Item)` in an impl says `F: FnMut(&T)`. Set by the
     * trait solver, which this package does not depend on.
     */
    public java.util.function.UnaryOperator<ParamEnv> envNormalizer = java.util.function.UnaryOperator.identity();

    /** Predicates with every trait predicate's supertraits (and their associated-type bounds) added, transitively. */
    public List<Predicate> elaborate(List<Predicate> preds) {
        LinkedHashSet<Predicate> out = new LinkedHashSet<>(preds);
        List<Predicate> work = new ArrayList<>(preds);
        while (!work.isEmpty()) {
            Predicate p = work.remove(work.size() - 1);
            if (!(p instanceof Predicate.Trait t)) continue;
            for (Predicate sup : superPredicates(t.ref().trait())) {
                Predicate s = sup.subst(t.ref().args());
                if (out.add(s)) work.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** A trait's supertrait predicates (on Self, as Param 0): {@code trait A: B + C} gives Self: B, Self: C. */
    public List<Predicate> superPredicates(DefId trait) {
        List<Predicate> out = new ArrayList<>();
        for (Predicate p : predicatesOf(trait)) {
            if (p instanceof Predicate.Trait t && t.ref().self() instanceof Ty.Param sp && sp.index() == 0
                && !t.ref().trait().equals(trait)) {
                out.add(p);
            } else if (p instanceof Predicate.Projection pr && pr.alias().args().get(0) instanceof Ty.Param sp && sp.index() == 0) {
                out.add(p);
            }
        }
        return out;
    }

    /** The supertraits of a trait, transitively, with their arguments in terms of the trait's own (the trait first). */
    public List<TraitRef> supertraitRefs(TraitRef of) {
        List<TraitRef> out = new ArrayList<>();
        out.add(of);
        for (int i = 0; i < out.size(); i++) {
            TraitRef t = out.get(i);
            for (Predicate p : superPredicates(t.trait())) {
                if (p instanceof Predicate.Trait st) {
                    TraitRef s = st.ref().subst(t.args());
                    if (!out.contains(s)) out.add(s);
                }
            }
        }
        return out;
    }

    /** What an associated type's declared bounds say of it ({@code type Item: Display;}), as predicates on its projection. */
    public List<Predicate> itemBounds(DefId assocOrOpaque) {
        List<Predicate> b = itemBounds.get(assocOrOpaque);
        if (b != null) return b;
        b = new TyLowering(this, kind(assocOrOpaque) == DefKind.OPAQUE_TY ? closureOwner(assocOrOpaque) : assocOrOpaque, null)
            .itemBounds(assocOrOpaque);
        itemBounds.put(assocOrOpaque, b);
        return b;
    }

    // ------------------------------------------------------------------ types and signatures

    public Ty typeOf(DefId d) {
        Ty t = types.get(d);
        if (t != null) return t;
        if (!inProgress.add(d)) {
            error(defs.span(d), "E0391", "cycle detected when computing type of `" + defs.pathString(d) + "`", "");
            return Ty.ERROR;
        }
        try {
            t = computeTypeOf(d);
        } finally {
            inProgress.remove(d);
        }
        types.put(d, t);
        return t;
    }

    private Ty computeTypeOf(DefId d) {
        Object node = defs.node(d);
        return switch (kind(d)) {
            case FIELD -> {
                DefId adt = defs.parent(d);
                if (kind(adt) == DefKind.VARIANT) adt = defs.parent(adt);
                yield new TyLowering(this, adt, null).lower(((Item.FieldDef) node).type());
            }
            case CONST, STATIC, ASSOC_CONST, FOREIGN_STATIC -> {
                Type t = switch (((Item) node).kind()) {
                    case Item.Const c -> c.type();
                    case Item.Static s -> s.type();
                    default -> throw new IllegalStateException();
                };
                yield new TyLowering(this, d, null).lower(t);
            }
            case TY_ALIAS -> {
                Item.TypeAlias ta = (Item.TypeAlias) ((Item) node).kind();
                yield ta.type() == null ? Ty.ERROR : new TyLowering(this, d, null).lower(ta.type());
            }
            case ASSOC_TY -> {
                Item.TypeAlias ta = (Item.TypeAlias) ((Item) node).kind();
                if (kind(defs.parent(d)) == DefKind.TRAIT) {
                    yield new Ty.Alias(Ty.AliasKind.PROJECTION, d, generics(defs.parent(d)).identity(this));
                }
                yield ta.type() == null ? Ty.ERROR : new TyLowering(this, d, null).lower(ta.type());
            }
            case IMPL -> new TyLowering(this, d, null).lower(((Item.Impl) ((Item) node).kind()).selfType());
            case STRUCT, ENUM, UNION -> new Ty.Adt(adtDef(d), generics(d).identity(this));
            case FN, ASSOC_FN, FOREIGN_FN -> new Ty.FnDef(d, generics(d).identity(this));
            case OPAQUE_TY -> new Ty.Alias(Ty.AliasKind.OPAQUE, d, generics(d).identity(this));
            case TY_PARAM, CONST_PARAM -> paramTy(d);
            default -> throw new IllegalStateException("no type for " + kind(d) + " " + defs.pathString(d));
        };
    }

    /** The value of an integer `const` (or associated constant), computed now; null after reporting why not. */
    public BigInteger evalConstInt(DefId constDef) {
        if (!(item(constDef).kind() instanceof Item.Const c) || c.value() == null) return null;
        BigInteger v = ConstInt.eval(this, c.value(), constDef);
        return v != null && typeOf(constDef) instanceof Ty.Int it ? ConstInt.wrap(v, it.kind()) : v;
    }

    /** The value of an integer `const` when the type checker's evaluator computes it, else null (nothing reported). */
    public BigInteger tryConstInt(DefId constDef) {
        if (!(defs.node(constDef) instanceof Item item) || !(item.kind() instanceof Item.Const c) || c.value() == null) return null;
        BigInteger v = ConstInt.tryEval(this, c.value());
        return v != null && typeOf(constDef) instanceof Ty.Int it ? ConstInt.wrap(v, it.kind()) : v;
    }

    /** The type of a const parameter ({@code const N: usize}). */
    public Ty constParamType(DefId paramDef) {
        var cp = (rustmem.syntax.ast.Generics.ConstParam) defs.node(paramDef);
        return new TyLowering(this, defs.parent(paramDef), null).lower(cp.type());
    }

    /** The signature of a function, associated function, foreign function or constructor (as written, with Params). */
    public FnSig fnSig(DefId d) {
        FnSig s = sigs.get(d);
        if (s != null) return s;
        s = switch (kind(d)) {
            case STRUCT, VARIANT, CTOR_STRUCT, CTOR_VARIANT -> {
                DefId adtDid = kind(d) == DefKind.VARIANT || kind(d) == DefKind.CTOR_VARIANT ? defs.parent(d) : d;
                AdtDef adt = adtDef(adtDid);
                AdtDef.VariantDef v = adt.isEnum() ? adt.variants.get(adt.variantIndex(d)) : adt.nonEnumVariant();
                List<Ty> args = generics(adtDid).identity(this);
                List<Ty> inputs = new ArrayList<>();
                for (AdtDef.FieldDef f : v.fields()) inputs.add(typeOf(f.did()));
                yield new FnSig(List.copyOf(inputs), new Ty.Adt(adt, args));
            }
            default -> new TyLowering(this, d, null).fnSig((Item) defs.node(d));
        };
        sigs.put(d, s);
        return s;
    }

    // ------------------------------------------------------------------ impls and traits

    /** The trait an impl implements, applied (its self type first); null for an inherent impl. */
    public TraitRef implTraitRef(DefId impl) {
        if (implTraitRefs.containsKey(impl)) return implTraitRefs.get(impl);
        Item.Impl i = (Item.Impl) item(impl).kind();
        TraitRef t = null;
        if (i.traitRef() != null) t = new TyLowering(this, impl, null).implTraitRef(i.traitRef(), typeOf(impl));
        implTraitRefs.put(impl, t);
        return t;
    }

    /** An impl's header, where rustc points for the impl as a whole: from `impl` to the end of its self type. */
    public Span implHeader(DefId impl) {
        Item i = item(impl);
        return new Span(i.span().lo(), Math.max(i.span().lo(), ((Item.Impl) i.kind()).selfType().span().hi()));
    }

    public boolean isNegativeImpl(DefId impl) { return ((Item.Impl) item(impl).kind()).negative(); }

    /** The associated items of a trait or impl, in source order. */
    public List<AssocItem> assocItems(DefId container) {
        List<AssocItem> items = assocItems.get(container);
        if (items != null) return items;
        items = new ArrayList<>();
        List<Item> ast = switch (item(container).kind()) {
            case Item.Trait t -> t.items();
            case Item.Impl i -> i.items();
            default -> List.of();
        };
        boolean inTrait = kind(container) == DefKind.TRAIT;
        TraitRef implOf = inTrait ? null : null;
        for (Item ai : ast) {
            DefId d = defs.byNode(ai);
            if (d == null) continue;
            AssocItem.Kind k = switch (ai.kind()) {
                case Item.Fn f -> AssocItem.Kind.FN;
                case Item.TypeAlias t -> AssocItem.Kind.TYPE;
                default -> AssocItem.Kind.CONST;
            };
            boolean hasSelf = ai.kind() instanceof Item.Fn f && !f.decl().params().isEmpty()
                && f.decl().params().get(0).selfKind() != Item.SelfKind.NONE;
            boolean hasDefault = switch (ai.kind()) {
                case Item.Fn f -> f.body() != null;
                case Item.TypeAlias t -> t.type() != null;
                case Item.Const c -> c.value() != null;
                default -> false;
            };
            items.add(new AssocItem(d, k, defs.name(d), container, hasSelf, hasDefault, null));
        }
        if (!inTrait) {
            // an impl's items name the trait items they implement
            TraitRef tr = null;
            Item.Impl impl = (Item.Impl) item(container).kind();
            if (impl.traitRef() != null) tr = implTraitRef(container);
            if (tr != null) {
                List<AssocItem> linked = new ArrayList<>();
                for (AssocItem a : items) {
                    AssocItem ti = traitItem(tr.trait(), a.name(), a.kind());
                    linked.add(new AssocItem(a.def(), a.kind(), a.name(), a.container(), a.hasSelf(), true, ti == null ? null : ti.def()));
                }
                items = linked;
            }
        }
        items = List.copyOf(items);
        assocItems.put(container, items);
        return items;
    }

    /** The trait's item of this name and kind, or null. */
    public AssocItem traitItem(DefId trait, String name, AssocItem.Kind kind) {
        for (AssocItem a : assocItems(trait)) if (a.name().equals(name) && a.kind() == kind) return a;
        return null;
    }

    public AssocItem assocItem(DefId def) {
        for (AssocItem a : assocItems(defs.parent(def))) if (a.def().equals(def)) return a;
        return null;
    }

    /** The trait a trait's associated item belongs to, or null. */
    public DefId traitOfItem(DefId item) {
        DefId p = defs.parent(item);
        return p != null && kind(p) == DefKind.TRAIT ? p : null;
    }

    /** The impls of a trait (positive and negative), std's and the program's. */
    public List<DefId> traitImpls(DefId trait) {
        if (traitImpls == null) indexImpls();
        return traitImpls.getOrDefault(trait, List.of());
    }

    /** Whether the ADT has a Drop impl (its drop glue runs the program's or std's `drop` first). */
    public boolean hasDropImpl(AdtDef def) {
        if (dropImpls == null) {
            // asked at every drop the interpreter runs: the ADTs with a Drop impl, once
            Set<DefId> adts = new HashSet<>();
            for (DefId impl : traitImpls(lang.require("drop"))) {
                DefId adt = implSelfAdt(impl);
                if (adt != null) adts.add(adt);
            }
            dropImpls = adts;
        }
        return dropImpls.contains(def.did);
    }

    private Set<DefId> dropImpls;

    /**
     * The ADT an impl is for, or null when its self type is not one: from std's image when it knows (an impl of std's
     * is then not read), else from the impl's header.
     */
    public DefId implSelfAdt(DefId impl) {
        ResolverOutputs.ImplHeader h = res.stdImplHeader(impl);
        if (h != null && h.keys()[0] != null) return h.keys()[0] instanceof DefId d ? d : null;
        return typeOf(impl) instanceof Ty.Adt a ? a.def().did : null;
    }

    /** The inherent impls by their self type's outermost constructor ({@link #simplifiedKey}; made when first asked). */
    private Map<String, List<DefId>> inherentImplIndex;

    /** The inherent impls whose self type's outermost constructor is key ({@link #simplifiedKey}). */
    public List<DefId> inherentImpls(String key) {
        if (inherentImplIndex == null) {
            // made once per compilation: a program of 40,000 functions probes methods in each
            Map<String, List<DefId>> index = new HashMap<>();
            for (DefId impl : inherentImpls()) {
                ResolverOutputs.ImplHeader h = res.stdImplHeader(impl);
                String k = h != null && h.keys()[0] != null ? switch (h.keys()[0]) {
                    case DefId d -> "adt" + d.index();
                    case String str when str.startsWith("fnptr") -> "fnptr";
                    case Object o -> (String) o;
                } : simplifiedKey(typeOf(impl));
                if (k != null) index.computeIfAbsent(k, x -> new ArrayList<>()).add(impl);
            }
            inherentImplIndex = index;
        }
        return key == null ? List.of() : inherentImplIndex.getOrDefault(key, List.of());
    }

    /** rustc's SimplifiedType as a name: the outermost constructor of a type, for indexing inherent impls; null for any. */
    public static String simplifiedKey(Ty t) {
        return switch (t) {
            case Ty.Adt a -> "adt" + a.def().did.index();
            case Ty.Int i -> i.kind().name;
            case Ty.Float f -> f.kind().name;
            case Ty.Bool b -> "bool";
            case Ty.Char c -> "char";
            case Ty.Str s -> "str";
            case Ty.Slice s -> "slice";
            case Ty.Array a -> "array";
            case Ty.RawPtr p -> p.mutable() ? "*mut" : "*const";
            case Ty.Ref r -> r.mutable() ? "&mut" : "&";
            case Ty.Tuple tu -> "tuple" + tu.elements().size();
            case Ty.Dynamic d -> d.principal() == null ? "dyn" : "dyn" + d.principal().index();
            case Ty.Never n -> "!";
            case Ty.FnPtr f -> "fnptr";
            default -> null;
        };
    }

    /** Every inherent impl. */
    public List<DefId> inherentImpls() {
        if (inherentImpls == null) indexImpls();
        return inherentImpls;
    }

    private void indexImpls() {
        traitImpls = new HashMap<>();
        inherentImpls = new ArrayList<>();
        for (DefId d : res.items()) {
            if (kind(d) != DefKind.IMPL) continue;
            ResolverOutputs.ImplHeader h = res.stdImplHeader(d);
            if (h != null) {
                // (std's image says: the impl is not read)
                if (h.trait() == null) inherentImpls.add(d);
                else traitImpls.computeIfAbsent(h.trait(), k -> new ArrayList<>()).add(d);
                continue;
            }
            Item.Impl i = (Item.Impl) item(d).kind();
            if (i.traitRef() == null) {
                inherentImpls.add(d);
                continue;
            }
            var pr = res.partialRes(i.traitRef());
            if (pr != null && pr.isFull() && pr.base() instanceof rustmem.resolve.Res.Def rd && rd.kind() == DefKind.TRAIT) {
                traitImpls.computeIfAbsent(rd.id(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    public boolean isAutoTrait(DefId trait) { return ((Item.Trait) item(trait).kind()).auto() || hasAttr(trait, "rustc_auto_trait"); }

    /** The trait of a lang item name, or null. */
    public DefId langItem(String name) { return lang.get(name); }

    // ------------------------------------------------------------------ printing

    /** The type as rustc prints it in messages. */
    public String display(Ty t) { return new TyPrinter(this).print(t); }

    /** A type as `std::any::type_name` names it: items by their def paths (`alloc::vec::Vec<i32>`). */
    public String typeName(Ty t) { return new TyPrinter(this, true).print(t); }

    public String display(TraitRef t) { return new TyPrinter(this).printTraitRef(t, true); }

    /** The trait as a path with its arguments, without the self type (`From<i32>`). */
    public String displayTrait(TraitRef t) { return new TyPrinter(this).printTraitRef(t, false); }

    /** Printing without ever resolving inference variables: for types in messages of this context. */
    public Function<Ty, String> printer() { return this::display; }
}
