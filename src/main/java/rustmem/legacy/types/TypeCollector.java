package rustmem.legacy.types;

import rustmem.layout.ReprOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.resolve.Cfg;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.Span;
import rustmem.syntax.Parser;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Expr;
import rustmem.syntax.ast.GenericArgs;
import rustmem.syntax.ast.GenericBound;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Path;
import rustmem.syntax.ast.Stmt;
import rustmem.syntax.ast.TokenTree;
import rustmem.syntax.ast.Type;
import rustmem.syntax.TokenKind;

/**
 * Collects the type definitions of a program (and of rustmem's std definitions, which are Rust
 * source in resources) and lowers written types to {@link Ty}. Names resolve by their last
 * path segment: the program's own items first, then std's.
 */
public final class TypeCollector {
    /** A type the user's file declares, in declaration order. */
    public record Declaration(String name, Item item, AdtDef adt, Alias alias) {
        public boolean isGeneric() {
            return adt != null ? !adt.generics().isEmpty() : !alias.params().isEmpty();
        }
    }

    /** {@code type Name<P…> = target;}. */
    public record Alias(String name, List<String> params, Type target, Span span) {}

    private static final String STD_RESOURCE = "/std/layout_types.rs";
    private static volatile Crate stdCrate;

    private final Map<String, AdtDef> adts = new HashMap<>();
    private final Map<String, AdtDef> stdAdts = new HashMap<>();
    private final Map<String, Alias> aliases = new HashMap<>();
    private final Map<String, Expr> consts = new HashMap<>();
    private final Map<AdtDef, Item> adtItems = new HashMap<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final ConstEval constEval = new ConstEval(consts);
    private int aliasDepth;
    /** What `Self` means while lowering the signature of a method (null elsewhere). */
    private Ty selfTy;

    private TypeCollector() {}

    /** Names the program's `use` items bring in from std (and whether a glob brings in more): types rustmem may not know. */
    private final java.util.Set<String> imported = new java.util.HashSet<>();
    private boolean globImport;

    /** std items imported by name (or renamed), by the name they are imported as: their full paths. */
    private final Map<String, List<String>> typeImports = new HashMap<>();

    private void noteImports(Crate crate) {
        rustmem.syntax.ast.AstWalk.walk(crate.items(), n -> {
            if (n instanceof Item.UseTree u) {
                if (u.kind() == Item.UseTree.Kind.GLOB) globImport = true;
                if (u.rename() != null) imported.add(u.rename().name());
                if (u.prefix() != null && !u.prefix().segments().isEmpty()) imported.add(u.prefix().last().name());
            }
            if (n instanceof Item it && it.kind() instanceof Item.Use use) stdPaths(use.tree(), List.of());
            return true;
        });
    }

    private void stdPaths(Item.UseTree tree, List<String> prefix) {
        List<String> path = new ArrayList<>(prefix);
        if (tree.prefix() != null) tree.prefix().segments().forEach(s -> path.add(s.ident().name()));
        switch (tree.kind()) {
            case NESTED -> tree.nested().forEach(t -> stdPaths(t, path));
            case SIMPLE -> {
                boolean std = path.size() >= 2 && (path.get(0).equals("std") || path.get(0).equals("core"));
                if (std && !path.getLast().equals("self")) {
                    typeImports.put(tree.rename() != null ? tree.rename().name() : path.getLast(), List.copyOf(path));
                }
            }
            case GLOB -> { }
        }
    }

    /** Collects std's definitions and then the crate's; problems in field types are reported to diags. */
    public static TypeCollector forCrate(Crate crate, Diagnostics diags) {
        TypeCollector c = new TypeCollector();
        c.register(std().items(), true, false);
        c.register(crate.items(), false, true);
        c.noteImports(crate);
        c.resolveAll(diags);
        return c;
    }

    private static Crate std() {
        Crate c = stdCrate;
        if (c == null) stdCrate = c = parseResource(STD_RESOURCE);
        return c;
    }

    /** One of rustmem's std sources (resources written in Rust), parsed. */
    static Crate parseResource(String resource) {
        String text;
        try (InputStream in = TypeCollector.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceFile file = new SourceFile("<rustmem std " + resource + ">", text);
        Diagnostics d = new Diagnostics(file);
        Crate c = Parser.parseFile(file, d);
        if (d.hasErrors()) throw new IllegalStateException("rustmem's " + resource + " does not parse: " + d.all());
        return c;
    }

    public List<Declaration> declarations() { return List.copyOf(declarations); }

    /** The struct, enum or union of this name (the program's before std's), or null. */
    public AdtDef adt(String name) { return adts.get(name); }

    /** The struct or enum a name means in a path: its own, or a non-generic alias's (`type Ops = Operations;`). */
    public AdtDef adtOrAlias(String name) {
        AdtDef def = adts.get(name);
        Alias alias = aliases.get(name);
        if ((def == null || def.fromStd()) && alias != null && alias.params().isEmpty() && aliasTarget(alias) instanceof Ty.Adt a) {
            return a.def();
        }
        return def;
    }

    /** std's struct or enum of this name, even where the program defines one of the same name. */
    public AdtDef stdAdt(String name) { return stdAdts.get(name); }

    private void register(List<Item> items, boolean fromStd, boolean declare) {
        for (Item item : items) {
            if (!Cfg.enabled(item.attrs())) continue;
            switch (item.kind()) {
                case Item.Struct s -> adt(item, s.name().name(), AdtDef.Kind.STRUCT, s.generics(), fromStd, declare);
                case Item.Enum e -> adt(item, e.name().name(), AdtDef.Kind.ENUM, e.generics(), fromStd, declare);
                case Item.Union u -> adt(item, u.name().name(), AdtDef.Kind.UNION, u.generics(), fromStd, declare);
                case Item.TypeAlias t when t.type() != null -> {
                    Alias a = new Alias(t.name().name(), typeParamNames(t.generics()), t.type(), item.span());
                    aliases.put(a.name(), a);
                    if (declare) declarations.add(new Declaration(a.name(), item, null, a));
                }
                case Item.Const c when c.value() != null -> consts.put(c.name().name(), c.value());
                case Item.Mod m when m.items() != null -> register(m.items(), fromStd, declare);
                case Item.Fn f when f.body() != null -> register(itemsOf(f.body().stmts()), fromStd, declare);
                default -> { }
            }
        }
    }

    private static List<Item> itemsOf(List<Stmt> stmts) {
        List<Item> out = new ArrayList<>();
        for (Stmt s : stmts) if (s instanceof Stmt.ItemStmt is) out.add(is.item());
        return out;
    }

    private static List<String> typeParamNames(Generics g) {
        List<String> out = new ArrayList<>();
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.TypeParam tp) out.add(tp.name().name());
        }
        return out;
    }

    private void adt(Item item, String name, AdtDef.Kind kind, Generics g, boolean fromStd, boolean declare) {
        List<AdtDef.GenericParam> params = new ArrayList<>();
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.TypeParam tp) params.add(new AdtDef.GenericParam(tp.name().name(), maybeUnsized(tp, g), null));
        }
        AdtDef def = new AdtDef(name, kind, params, repr(item.attrs()), layoutAttrs(item.attrs()), item.span(), fromStd,
            derives(item.attrs()));
        adts.put(name, def);
        if (fromStd) stdAdts.put(name, def);
        adtItems.put(def, item);
        if (declare) declarations.add(new Declaration(name, item, def, null));
    }

    private static boolean maybeUnsized(Generics.TypeParam tp, Generics g) {
        for (GenericBound b : tp.bounds()) if (isMaybeSized(b)) return true;
        for (Generics.WherePredicate wp : g.where()) {
            if (wp instanceof Generics.BoundPredicate bp && bp.boundedType() instanceof Type.PathType pt
                && pt.path().isSingle() && pt.path().last().name().equals(tp.name().name())) {
                for (GenericBound b : bp.bounds()) if (isMaybeSized(b)) return true;
            }
        }
        return false;
    }

    private static boolean isMaybeSized(GenericBound b) {
        return b instanceof GenericBound.TraitBound tb && tb.modifier() == GenericBound.Modifier.MAYBE
            && tb.trait().last().name().equals("Sized");
    }

    // ------------------------------------------------------------------ attributes

    static ReprOptions repr(List<Attribute> attrs) {
        ReprOptions.IntegerType intTy = null;
        boolean c = false, transparent = false;
        int packed = 0, align = 0;
        for (Attribute a : attrs) {
            if (!a.is("repr")) continue;
            List<TokenTree> tts = a.tokens();
            for (int i = 0; i < tts.size(); i++) {
                if (!(tts.get(i) instanceof TokenTree.Leaf leaf) || !leaf.token().isIdent()) continue;
                String word = leaf.token().text();
                Integer arg = null;
                if (i + 1 < tts.size() && tts.get(i + 1) instanceof TokenTree.Delimited d && d.trees().size() == 1
                    && d.trees().get(0) instanceof TokenTree.Leaf n && n.token().kind() == TokenKind.LITERAL) {
                    arg = n.token().lit().intValue().intValueExact();
                    i++;
                }
                switch (word) {
                    case "C" -> c = true;
                    case "transparent" -> transparent = true;
                    case "packed" -> packed = arg == null ? 1 : arg;
                    case "align" -> align = arg == null ? 1 : arg;
                    default -> {
                        Ty.IntTy t = Ty.IntTy.byName(word);
                        if (t != null) intTy = new ReprOptions.IntegerType(t.fixedSize, t.signed);
                    }
                }
            }
        }
        if (intTy == null && !c && packed == 0 && align == 0 && !transparent) return ReprOptions.DEFAULT;
        return new ReprOptions(intTy, c, packed, align, transparent);
    }

    private static java.util.Set<String> derives(List<Attribute> attrs) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Attribute a : attrs) {
            if (!a.is("derive")) continue;
            for (TokenTree t : a.tokens()) {
                if (t instanceof TokenTree.Leaf l && l.token().isIdent()) out.add(l.token().text());
            }
        }
        return out;
    }

    private static AdtDef.LayoutAttrs layoutAttrs(List<Attribute> attrs) {
        BigInteger start = null, end = null;
        boolean unsafeCell = false;
        for (Attribute a : attrs) {
            if (a.is("rustc_layout_scalar_valid_range_start")) start = attrInt(a);
            else if (a.is("rustc_layout_scalar_valid_range_end")) end = attrInt(a);
            else if (a.is("lang") && a.args() instanceof Attribute.Eq eq && eq.value() instanceof Expr.LitExpr l
                && "unsafe_cell".equals(l.lit().cooked())) unsafeCell = true;
        }
        return start == null && end == null && !unsafeCell ? AdtDef.LayoutAttrs.NONE
            : new AdtDef.LayoutAttrs(start, end, unsafeCell);
    }

    private static BigInteger attrInt(Attribute a) {
        for (TokenTree t : a.tokens()) {
            if (t instanceof TokenTree.Leaf l && l.token().kind() == TokenKind.LITERAL) return l.token().lit().intValue();
        }
        return null;
    }

    // ------------------------------------------------------------------ resolution

    private void resolveAll(Diagnostics diags) {
        for (AdtDef def : adts.values()) {
            stdNames = def.fromStd();   // std's own fields name std's types, whatever the program declares
            Item item = adtItems.get(def);
            List<String> scope = def.generics().stream().map(AdtDef.GenericParam::name).toList();
            Generics g = switch (item.kind()) {
                case Item.Struct s -> s.generics();
                case Item.Enum e -> e.generics();
                case Item.Union u -> u.generics();
                default -> throw new IllegalStateException();
            };
            List<AdtDef.GenericParam> params = new ArrayList<>();
            int i = 0;
            for (Generics.GenericParam p : g.params()) {
                if (!(p instanceof Generics.TypeParam tp)) continue;
                Ty def0 = null;
                if (tp.defaultType() != null) def0 = lowerOrReport(tp.defaultType(), scope, diags);
                params.add(new AdtDef.GenericParam(def.generics().get(i).name(), def.generics().get(i).maybeUnsized(), def0));
                i++;
            }
            def.setGenerics(params);
        }
        stdNames = false;
        for (AdtDef def : adts.values()) {
            // std's fields are resolved when a type is first looked into: a program uses few of std's types
            if (def.fromStd()) def.setVariantsLater(() -> withStdNames(() -> variantsOf(def, diags)));
            else def.setVariants(variantsOf(def, diags));
        }
    }

    /** The variants (a struct's or union's one) of def with their fields' types. */
    private List<AdtDef.VariantDef> variantsOf(AdtDef def, Diagnostics diags) {
        Item item = adtItems.get(def);
        List<String> scope = def.generics().stream().map(AdtDef.GenericParam::name).toList();
        List<AdtDef.VariantDef> variants = new ArrayList<>();
        switch (item.kind()) {
            case Item.Struct s -> variants.add(variant(s.name().name(), s.data(), null, scope, diags));
            case Item.Union u -> variants.add(variant(u.name().name(), u.data(), null, scope, diags));
            case Item.Enum e -> {
                for (Item.Variant v : e.variants()) {
                    BigInteger disc = null;
                    if (v.discriminant() != null) {
                        try {
                            disc = constEval.eval(v.discriminant());
                        } catch (ConstEval.Unsupported u) {
                            diags.emit(Diagnostic.error("unsupported: " + u.getMessage() + " as a discriminant")
                                .span(u.at.span()));
                        }
                    }
                    variants.add(variant(v.name().name(), v.data(), disc, scope, diags));
                }
            }
            default -> throw new IllegalStateException();
        }
        return variants;
    }

    private AdtDef.VariantDef variant(String name, Item.VariantData data, BigInteger disc, List<String> scope,
                                      Diagnostics diags) {
        List<AdtDef.FieldDef> fields = new ArrayList<>();
        int i = 0;
        for (Item.FieldDef f : data.fields()) {
            String fname = f.name() != null ? f.name().name() : String.valueOf(i);
            Ty t = lowerOrReport(f.type(), scope, diags);
            boolean pub = f.vis().kind() != Item.Visibility.Kind.INHERITED && f.vis().kind() != Item.Visibility.Kind.SELF;
            fields.add(new AdtDef.FieldDef(fname, t == null ? Ty.UNIT : t, pub));
            i++;
        }
        return new AdtDef.VariantDef(name, fields, disc, data.kind() == Item.VariantData.Kind.TUPLE);
    }

    private Ty lowerOrReport(Type t, List<String> scope, Diagnostics diags) {
        try {
            return lower(t, scope);
        } catch (TypeError e) {
            diags.emit(e.diagnostic());
            return null;
        }
    }

    // ------------------------------------------------------------------ lowering

    /** Lowers a type written at the top level of the file (no generic parameters in scope). */
    public Ty lower(Type t) { return lower(t, List.of()); }

    /** Lowers a type inside an impl block, where `Self` is selfType. */
    public Ty lowerWithSelf(Type t, Ty selfType) { return lowerIn(t, selfType, List.of()); }

    /** While lowering a type annotation in a body: what `_` becomes (a fresh inference variable). */
    private java.util.function.Supplier<Ty> inferHole;

    /** Lowers a type annotation of a body, where `_` asks for inference. */
    public Ty lowerAnnotation(Type t, Ty selfType, List<String> typeParams, java.util.function.Supplier<Ty> hole) {
        var saved = inferHole;
        inferHole = hole;
        try {
            return lowerIn(t, selfType, typeParams);
        } finally {
            inferHole = saved;
        }
    }

    /** Lowers a type where `Self` is selfType (may be null) and the named type parameters are in scope. */
    public Ty lowerIn(Type t, Ty selfType, List<String> typeParams) {
        Ty saved = selfTy;
        selfTy = selfType;
        try {
            return lower(t, typeParams);
        } finally {
            selfTy = saved;
        }
    }

    /** The target of an alias with its parameters as {@link Ty.Param}s. */
    public Ty aliasTarget(Alias a) { return lower(a.target(), a.params()); }

    private static TypeError error(Span span, String code, String message, String label) {
        Diagnostic.Builder b = Diagnostic.error(message).span(span, label);
        if (code != null) b.code(code);
        return new TypeError(b.build());
    }

    Ty lower(Type t, List<String> scope) {
        return switch (t) {
            case Type.Paren p -> lower(p.inner(), scope);
            case Type.Tuple tu -> new Ty.Tuple(tu.elements().stream().map(e -> lower(e, scope)).toList());
            case Type.Never n -> Ty.NEVER;
            case Type.Ref r -> new Ty.Ref(lower(r.inner(), scope), r.mutable());
            case Type.RawPtr r -> new Ty.RawPtr(lower(r.inner(), scope), r.mutable());
            case Type.Slice s -> new Ty.Slice(lower(s.element(), scope));
            case Type.Array a -> new Ty.Array(lower(a.element(), scope), arrayLength(a));
            case Type.FnPtr f -> new Ty.FnPtr(f.params().stream().map(p -> lower(p.type(), scope)).toList(),
                f.ret() == null ? Ty.UNIT : lower(f.ret(), scope));
            case Type.TraitObject to -> dyn(to, scope);
            case Type.PathType pt -> path(pt, scope);
            case Type.ImplTrait it -> throw error(t.span(), null,
                "unsupported: `impl Trait` has no layout of its own here", null);
            case Type.Infer i -> {
                if (inferHole != null) yield inferHole.get();
                throw error(t.span(), "E0121",
                    "the placeholder `_` is not allowed within types on item signatures", "not allowed in type signatures");
            }
            case Type.Mac m -> throw error(t.span(), null, "unsupported: macros in type position", null);
            case Type.ImplicitSelf s -> {
                if (selfTy == null) throw error(t.span(), null, "unsupported: `Self` here", null);
                yield selfTy;
            }
        };
    }

    private long arrayLength(Type.Array a) {
        try {
            BigInteger n = constEval.eval(a.length());
            if (n.signum() < 0 || n.bitLength() > 62) {
                throw error(a.length().span(), null, "array length " + n + " is out of range", null);
            }
            return n.longValueExact();
        } catch (ConstEval.Unsupported u) {
            throw error(u.at.span(), null, "unsupported: " + u.getMessage() + " as an array length", null);
        }
    }

    /** Auto traits: a trait object may add them to its principal trait. */
    static final java.util.Set<String> AUTO_TRAITS = java.util.Set.of("Send", "Sync", "Unpin", "UnwindSafe", "RefUnwindSafe");

    private Ty dyn(Type.TraitObject to, List<String> scope) {
        GenericBound.TraitBound principal = null;
        java.util.TreeSet<String> autos = new java.util.TreeSet<>();
        for (GenericBound b : to.bounds()) {
            if (b instanceof GenericBound.TraitBound tb && tb.modifier() == GenericBound.Modifier.NONE) {
                String name = tb.trait().last().name();
                if (AUTO_TRAITS.contains(name)) autos.add(name);
                else if (principal == null) principal = tb;
                else throw error(tb.span(), "E0225", "only auto traits can be used as additional traits in a trait object", null);
            }
        }
        if (principal == null && autos.isEmpty()) throw error(to.span(), "E0224", "at least one trait is required for an object type", null);
        if (principal == null) return new Ty.Dynamic(autos.pollFirst(), List.copyOf(autos), null);
        String name = principal.trait().last().name();
        Ty.FnPtr sig = null;
        if (principal.trait().segments().getLast().args() instanceof GenericArgs.Parenthesized pa) {
            sig = new Ty.FnPtr(pa.inputs().stream().map(t -> lower(t, scope)).toList(), pa.output() == null ? Ty.UNIT : lower(pa.output(), scope));
        } else if (name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce")) {
            throw error(principal.span(), null, "unsupported: `dyn " + name + "` without its parenthesized arguments", null);
        }
        return new Ty.Dynamic(name, List.copyOf(autos), sig);
    }

    /** The associated types of the impl whose items are being lowered (`Self::Item`), by name. */
    private Map<String, Ty> selfAssoc = Map.of();

    /** While lowering std's own signatures: names mean std's types, whatever the program declares. */
    private boolean stdNames;

    /** Runs lowering with names resolved to std's types only (for {@link StdSignatures}). */
    <T> T withStdNames(java.util.function.Supplier<T> lowering) {
        boolean saved = stdNames;
        stdNames = true;
        try {
            return lowering.get();
        } finally {
            stdNames = saved;
        }
    }

    /** Runs lowering with an impl's associated types in scope. */
    public <T> T withAssoc(Map<String, Ty> assoc, java.util.function.Supplier<T> lowering) {
        Map<String, Ty> saved = selfAssoc;
        selfAssoc = assoc;
        try {
            return lowering.get();
        } finally {
            selfAssoc = saved;
        }
    }

    private Ty path(Type.PathType pt, List<String> scope) {
        if (pt.qself() != null) throw error(pt.span(), null, "unsupported: qualified paths in types here", null);
        List<Path.PathSegment> all = pt.path().segments();
        if (all.size() == 2 && all.get(0).ident().name().equals("Self") && all.get(1).args() == null) {
            Ty assoc = selfAssoc.get(all.get(1).ident().name());
            if (assoc != null) return assoc;
            throw error(pt.span(), null, "unsupported: the associated type `" + pt.path() + "` here", null);
        }
        Path.PathSegment seg = pt.path().segments().get(pt.path().segments().size() - 1);
        String name = seg.ident().name();
        List<Ty> args = new ArrayList<>();
        if (seg.args() instanceof GenericArgs.AngleBracketed ab) {
            for (GenericArgs.GenericArg a : ab.args()) {
                switch (a) {
                    case GenericArgs.TypeArg ta -> args.add(lower(ta.type(), scope));
                    case GenericArgs.LifetimeArg la -> { }
                    default -> throw error(a.span(), null, "unsupported: this generic argument in a type", null);
                }
            }
        } else if (seg.args() instanceof GenericArgs.Parenthesized) {
            throw error(seg.span(), null, "unsupported: `" + name + "(..)` outside `dyn`", null);
        }
        boolean single = pt.path().segments().size() == 1;
        if (single && name.equals("Self") && selfTy != null) return selfTy;
        if (single) {
            int idx = scope.indexOf(name);
            if (idx >= 0) {
                noArgs(seg, args);
                return new Ty.Param(idx, name);
            }
        }
        Ty prim = primitive(name);
        if (prim != null && (single || isStdPrimitivePath(pt.path()))) {
            noArgs(seg, args);
            return prim;
        }
        List<String> names = pt.path().segments().stream().map(s -> s.ident().name()).toList();
        boolean programName = adts.get(name) != null && !adts.get(name).fromStd() || aliases.containsKey(name);
        if (single && !stdNames && !programName && typeImports.containsKey(name)) {
            // `use std::fmt::Result;`, `use std::io::Result as IoResult;`: the path the name was imported from
            names = typeImports.get(name);
            name = names.getLast();
            single = false;
        }
        if (names.size() >= 2) {
            String module = names.get(names.size() - 2);
            Ty moduleType = moduleType(module, name, args);
            if (moduleType != null) return moduleType;
            if ((name.equals("Result") || name.equals("Error")) && !(name.equals("Result") && module.equals("result"))) {
                // num::ParseIntError's module …: module-specific types rustmem's std does not define
                throw error(pt.span(), null, "unsupported: the type `" + String.join("::", names) + "`", null);
            }
        }
        AdtDef def = (stdNames ? stdAdts : adts).get(name);
        Alias alias = stdNames ? null : aliases.get(name);
        // the program's `type Result<T> = …` shadows std's Result where the plain name is used
        boolean aliasFirst = alias != null && single && (def == null || def.fromStd());
        if (def != null && !aliasFirst) return new Ty.Adt(def, withDefaults(def, args, seg));
        if (alias != null) {
            if (args.size() != alias.params().size()) {
                throw error(seg.span(), "E0107", "type alias takes " + alias.params().size() + " generic arguments but "
                    + args.size() + " were supplied", null);
            }
            if (++aliasDepth > 64) throw error(pt.span(), "E0391", "cycle detected when expanding type alias `" + name + "`", null);
            try {
                return lower(alias.target(), alias.params()).subst(args);
            } finally {
                aliasDepth--;
            }
        }
        if (single && !globImport && !imported.contains(name)) {
            // not declared, not std's prelude, not imported: rustc's E0425 (formerly E0412)
            throw error(seg.ident().span(), "E0425", "cannot find type `" + name + "` in this scope", "not found in this scope");
        }
        throw error(seg.ident().span(), "E0412", "cannot find type `" + name + "` in this scope", "not found in this scope");
    }

    /**
     * std's module-specific Result and Error types: fmt::Result = Result<(), fmt::Error>, io::Result<T> =
     * Result<T, io::Error>; null for other names.
     */
    private Ty moduleType(String module, String name, List<Ty> args) {
        Ty.Adt result = null;
        Ty error = switch (module) {
            case "fmt" -> new Ty.Adt(stdAdts.get("FmtError"), List.of());
            case "io" -> new Ty.Adt(stdAdts.get("IoError"), List.of());
            default -> null;
        };
        if (error == null) return null;
        if (name.equals("Error") && args.isEmpty()) return error;
        if (name.equals("Result") && args.size() == (module.equals("fmt") ? 0 : 1)) {
            result = new Ty.Adt(stdAdts.get("Result"), List.of(module.equals("fmt") ? Ty.UNIT : args.get(0), error));
        }
        return result;
    }

    private static boolean isStdPrimitivePath(Path p) {
        String first = p.segments().get(0).ident().name();
        return first.equals("std") || first.equals("core");
    }

    private static void noArgs(Path.PathSegment seg, List<Ty> args) {
        if (!args.isEmpty()) {
            throw error(seg.span(), "E0109", "type arguments are not allowed on `" + seg.ident().name() + "`", null);
        }
    }

    private List<Ty> withDefaults(AdtDef def, List<Ty> args, Path.PathSegment seg) {
        List<AdtDef.GenericParam> params = def.generics();
        if (args.size() > params.size()) {
            throw error(seg.span(), "E0107", "struct takes " + params.size() + " generic arguments but " + args.size()
                + " generic arguments were supplied", null);
        }
        List<Ty> out = new ArrayList<>(args);
        for (int i = args.size(); i < params.size(); i++) {
            Ty d = params.get(i).defaultType();
            if (d == null) {
                throw error(seg.span(), "E0107", "missing generics for `" + def.name() + "`",
                    "expected " + params.size() + " generic argument" + (params.size() == 1 ? "" : "s"));
            }
            out.add(d.subst(out));
        }
        return out;
    }

    static Ty primitive(String name) {
        Ty.IntTy i = Ty.IntTy.byName(name);
        if (i != null) return Ty.of(i);
        return switch (name) {
            case "bool" -> Ty.BOOL;
            case "char" -> Ty.CHAR;
            case "str" -> Ty.STR;
            case "f32" -> new Ty.Float(Ty.FloatTy.F32);
            case "f64" -> new Ty.Float(Ty.FloatTy.F64);
            default -> null;
        };
    }
}
