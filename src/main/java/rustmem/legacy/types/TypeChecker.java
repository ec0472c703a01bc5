package rustmem.legacy.types;

import rustmem.resolve.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Diagnostic;
import rustmem.resolve.Cfg;
import rustmem.source.Diagnostics;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Path;
import rustmem.legacy.types.thir.Thir;

/**
 * Type-checks a program's functions and produces its typed tree. It covers the part of Rust the
 * interpreter runs today; everything else is reported as unsupported, never guessed.
 */
public final class TypeChecker {
    /** A function's signature, known before any body is checked; selfTy is the impl's type for methods. */
    /**
     * typeParams names the type parameters in scope (an impl's, then the function's own); they appear in
     * params, ret and selfTy as {@link Ty.Param} by position; bounds lists each one's trait bounds.
     */
    /** A bound {@code F: Fn(A, B) -> R} (or FnMut, FnOnce) on a type parameter: what calling an F takes and gives. */
    record FnBound(String trait, List<Ty> inputs, Ty output) {}

    /** fnBounds: the Fn-family bound of each type parameter that has one, by parameter name. */
    record FnSig(String name, int index, List<Ty> params, Ty ret, Item.Fn item, Ty selfTy, List<String> typeParams,
                 Map<String, List<String>> bounds, Map<String, FnBound> fnBounds) {
        boolean isGeneric() { return !typeParams.isEmpty(); }

        boolean isMethod() { return !item.decl().params().isEmpty()
            && item.decl().params().get(0).selfKind() != Item.SelfKind.NONE; }
    }

    /** A `static mut` item: a place of its own (index into the program's statics). */
    record StaticItem(int index, String name, Ty ty, rustmem.syntax.ast.Expr value) {}

    /** A `const` (or immutable `static`) item: its declared type and value expression, inlined where used. */
    record Constant(Ty ty, rustmem.syntax.ast.Expr value) {}

    /** A trait declared by the program: its methods (with their default bodies, if any). */
    record TraitDef(String name, Item.Trait item, Map<String, Item> methods, List<String> assocTypes) {}

    /**
     * Functions and inherent methods by name, trait impls by type, the items hoisted out of function bodies,
     * and the module each item was declared in (for privacy; absent: the crate root).
     */
    record Fns(Map<String, FnSig> free, Map<AdtDef, Map<String, FnSig>> inherent, java.util.Set<Item> hoisted,
               java.util.Set<String> memImports, Map<String, Constant> consts, Map<String, TraitDef> traits,
               Map<Ty, Map<String, FnSig>> traitMethods, Map<Ty, Map<String, FnSig>> implsByTrait, List<FnSig> byIndex,
               Map<String, String> variantImports, Map<String, List<String>> stdImports, Map<String, StaticItem> statics,
               Map<Item.ItemKind, String> moduleOf, Map<Ty, List<StdImpl>> stdImpls, StdSignatures stdFns) {
        /** An inherent associated function, else one from a trait impl for the type. */
        FnSig associated(AdtDef def, String name) {
            Map<String, FnSig> m = inherent.get(def);
            FnSig f = m == null ? null : m.get(name);
            return f != null ? f : traitMethod(new Ty.Adt(def, List.of()), name);
        }

        /**
         * The key impls of a type of the program are kept under: the type applied to its own parameters
         * (`MyBox<T>`), so that a generic impl serves every instance; other types are their own key.
         */
        static Ty implKey(Ty self) {
            if (!(self instanceof Ty.Adt a) || a.def().fromStd() || a.args().isEmpty()) return self;
            List<Ty> params = new ArrayList<>();
            for (int i = 0; i < a.def().generics().size(); i++) params.add(new Ty.Param(i, a.def().generics().get(i).name()));
            return new Ty.Adt(a.def(), params);
        }

        /** The impls' entry for self: its own (a non-generic impl for that instance), else its type's generic impls'. */
        private static <V> V lookup(Map<Ty, V> map, Ty self) {
            V own = map.get(self);
            return own != null ? own : map.get(implKey(self));
        }

        /** The method of the one program trait impl for self that has one of this name (null when none or several). */
        FnSig traitMethod(Ty self, String name) {
            Map<String, FnSig> m = lookup(traitMethods, self);
            return m == null ? null : m.get(name);
        }

        /** Whether impls of several traits for self have a method of this name. */
        boolean ambiguous(Ty self, String name) {
            Map<String, FnSig> m = lookup(traitMethods, self);
            return m != null && m.containsKey(name) && m.get(name) == null;
        }

        /** The method {@code name} of the program's impl of {@code trait} for self, if there is one. */
        FnSig implMethod(Ty self, String trait, String name) {
            Map<String, FnSig> m = lookup(implsByTrait, self);
            return m == null ? null : m.get(trait + "::" + name);
        }

        /** Whether the program implements the trait (a program trait, or std's Display/Debug/Drop) for self. */
        boolean implementsTrait(Ty self, String trait) {
            Map<String, FnSig> m = lookup(implsByTrait, self);
            return m != null && m.containsKey(trait + "::");
        }

        /** The program's impls of std traits for self (its own, or its type's generic ones). */
        List<StdImpl> stdImplsOf(Ty self) {
            List<StdImpl> l = lookup(stdImpls, self);
            return l == null ? List.of() : l;
        }
    }

    private TypeChecker() {}

    /** The typed program, or null when errors (or unsupported constructs) were reported. */
    public static Thir.Program check(Crate crate, Diagnostics diags) {
        // modules and `use`s of the program's own items are resolved first: the rest sees one flat crate
        Map<Item.ItemKind, String> moduleOf;
        try {
            crate = rustmem.resolve.MacroExpander.expand(crate, diags);
        } catch (rustmem.resolve.MacroExpander.ExpandError e) {
            diags.emit(e.diagnostic);
            return null;
        }
        try {
            var flat = rustmem.legacy.resolve.NameResolver.flatten(crate);
            crate = flat.crate();
            moduleOf = flat.moduleOf();
        } catch (rustmem.legacy.resolve.NameResolver.ResolveError e) {
            diags.emit(e.diagnostic);
            return null;
        }
        // rustmem's std knows the layouts of some types only: a type it cannot resolve makes the
        // program unsupported, not wrong
        Diagnostics typeDiags = new Diagnostics(diags.file());
        TypeCollector types = TypeCollector.forCrate(crate, typeDiags);
        if (typeDiags.hasErrors()) {
            Diagnostic first = typeDiags.all().get(0);
            if ("E0425".equals(first.code())) diags.emit(first);   // a name that is nowhere, not one rustmem's std lacks
            else diags.emit(Diagnostic.error("unsupported: " + first.message()).span(first.span()));
            return null;
        }
        Map<String, FnSig> fns = new HashMap<>();
        Map<AdtDef, Map<String, FnSig>> inherent = new HashMap<>();
        java.util.Set<String> memImports = new java.util.HashSet<>();
        Map<String, Constant> consts = new HashMap<>();
        Map<String, TraitDef> traits = new HashMap<>();
        Map<String, String> variantImports = new HashMap<>();
        Map<String, List<String>> stdImports = new HashMap<>();
        Map<String, StaticItem> statics = new java.util.LinkedHashMap<>();
        Map<Ty, Map<String, FnSig>> traitMethods = new HashMap<>();
        Map<Ty, Map<String, FnSig>> implsByTrait = new HashMap<>();
        Map<Ty, List<StdImpl>> stdImpls = new HashMap<>();
        List<FnSig> order = new ArrayList<>();
        try {
            List<Item> allItems = hoisted(crate.items());
            java.util.Set<Item> nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            nested.addAll(allItems.subList(crate.items().size(), allItems.size()));
            // traits first: impls anywhere in the file refer to them
            for (Item item : allItems) {
                if (Cfg.enabled(item.attrs()) && item.kind() instanceof Item.Trait t) traits.put(t.name().name(), traitDef(t, item));
            }
            for (Item item : allItems) {
                if (!Cfg.enabled(item.attrs())) continue;
                switch (item.kind()) {
                    case Item.Fn f -> {
                        FnSig sig = signature(f, item, null, types, order.size());
                        if (fns.put(sig.name(), sig) != null) {
                            diags.emit(Diagnostic.error("the name `" + sig.name() + "` is defined multiple times")
                                .code("E0428").span(f.name().span()));
                        }
                        order.add(sig);
                    }
                    case Item.ForeignMod fm -> {
                        // functions of a C library: declared here, defined by the C runtime (StdFnShims runs some of libc)
                        for (Item fi : fm.items()) {
                            if (!(fi.kind() instanceof Item.Fn ff) || ff.body() != null) {
                                throw new Unsupported(fi.span(), "this item of an `extern` block");
                            }
                            Item.Fn declared = new Item.Fn(new Item.FnHeader(false, false, true, null), ff.name(), ff.generics(), ff.decl(), null);
                            FnSig s = signatureOf(declared, fi, null, null, types, -1);
                            fns.put(s.name(), s);
                        }
                    }
                    // structs and enums, generic ones included, were collected by TypeCollector
                    case Item.Struct st -> { }
                    case Item.Enum en -> { }
                    case Item.Impl impl when impl.traitRef() == null -> {
                        List<String> implParams = new ArrayList<>();
                        typeParams(impl.generics(), implParams, new HashMap<>(), null);
                        Ty self = types.lowerIn(impl.selfType(), null, implParams);
                        if (!(self instanceof Ty.Adt adt) || adt.def().fromStd() || adt.def().isUnion()) {
                            throw new Unsupported(impl.selfType().span(), "impl blocks for anything but structs and enums");
                        }
                        Map<String, FnSig> methods = inherent.computeIfAbsent(adt.def(), k -> new HashMap<>());
                        for (Item m : impl.items()) {
                            if (!Cfg.enabled(m.attrs())) continue;
                            if (!(m.kind() instanceof Item.Fn mf)) throw new Unsupported(m.span(), "associated items other than functions");
                            FnSig sig = signature(mf, m, self, impl.generics(), types, order.size());
                            if (methods.put(sig.name(), sig) != null) {
                                diags.emit(Diagnostic.error("duplicate definitions with name `" + sig.name() + "`")
                                    .code("E0592").span(mf.name().span()));
                            }
                            order.add(sig);
                        }
                    }
                    case Item.Impl impl -> traitImpl(impl, item, types, traits, traitMethods, implsByTrait, stdImpls, order, diags);
                    case Item.Trait t -> { }
                    case Item.Use use -> useDecl(use.tree(), List.of(), memImports, variantImports, stdImports, types, item);
                    case Item.Const c when c.value() != null && c.generics().isEmpty() && !c.name().name().equals("_") ->
                        consts.put(c.name().name(), new Constant(types.lower(c.type()), c.value()));
                    case Item.Static st when !st.mutable() && st.value() != null ->
                        consts.put(st.name().name(), new Constant(types.lower(st.type()), st.value()));
                    case Item.Static st when st.value() != null -> statics.put(st.name().name(),
                        new StaticItem(statics.size(), st.name().name(), types.lower(st.type()), st.value()));
                    // aliases are resolved where they are used (TypeCollector)
                    case Item.TypeAlias ta -> { }
                    default -> throw new Unsupported(item.span(), itemWhat(item));
                }
            }
            // a recursive type without indirection has no size (E0072): rustc reports it before any body
            rustmem.legacy.layout.LayoutCx layouts = new rustmem.legacy.layout.LayoutCx(rustmem.layout.TargetDataLayout.X86_64);
            for (TypeCollector.Declaration d : types.declarations()) {
                if (d.adt() == null || d.isGeneric() || d.adt().fromStd()) continue;
                try {
                    layouts.layoutOf(new Ty.Adt(d.adt(), List.of()));
                } catch (TypeError e) {
                    if ("E0072".equals(e.diagnostic().code())) {
                        diags.emit(e.diagnostic());
                        return null;
                    }
                }
            }
            FnSig main = fns.get("main");
            if (main == null) {
                diags.emit(Diagnostic.error("`main` function not found in crate `main`").code("E0601")
                    .span(crate.span().shrinkToHi()));
                return null;
            }
            List<Thir.Body> bodies = new ArrayList<>();
            Fns all = new Fns(fns, inherent, nested, memImports, consts, traits, traitMethods, implsByTrait, order, variantImports,
                stdImports, statics, moduleOf, stdImpls, new StdSignatures(types));
            List<Diagnostic> borrowErrors = new ArrayList<>();
            // functions returning `impl Trait` first: their callers need the type their body returns
            Map<Integer, Thir.Body> opaque = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                FnSig sig = order.get(i);
                if (sig.ret() != null) continue;
                if (sig.selfTy() != null || sig.isGeneric()) throw new Unsupported(sig.item().decl().output().span(),
                    "`impl Trait` returned by methods and generic functions");
                FnCtxt fcx = new FnCtxt(sig, all, types, diags);
                Thir.Body body = fcx.checkBody();
                borrowErrors.addAll(fcx.borrowErrors());
                fcx.requireOpaqueBounds((rustmem.syntax.ast.Type.ImplTrait) sig.item().decl().output(), body.returnTy());
                FnSig known = new FnSig(sig.name(), sig.index(), sig.params(), body.returnTy(), sig.item(), sig.selfTy(),
                    sig.typeParams(), sig.bounds(), sig.fnBounds());
                order.set(i, known);
                fns.put(sig.name(), known);
                opaque.put(i, body);
            }
            for (int i = 0; i < order.size(); i++) {
                if (opaque.containsKey(i)) {
                    bodies.add(opaque.get(i));
                    continue;
                }
                FnCtxt fcx = new FnCtxt(order.get(i), all, types, diags);
                bodies.add(fcx.checkBody());
                borrowErrors.addAll(fcx.borrowErrors());
            }
            List<Thir.Static> staticInits = new ArrayList<>();
            for (StaticItem st : statics.values()) {
                FnSig init = new FnSig(st.name(), bodies.size(), List.of(), st.ty(), null, null, List.of(), Map.of(), Map.of());
                bodies.add(new FnCtxt(init, all, types, diags).checkStaticInit(st.value()));
                staticInits.add(new Thir.Static(st.name(), st.ty(), init.index()));
            }
            if (diags.hasErrors()) return null;
            // rustc borrow-checks only a crate whose types are fine
            if (!borrowErrors.isEmpty()) {
                borrowErrors.forEach(diags::emit);
                return null;
            }
            Map<Ty, Integer> display = new HashMap<>(), debug = new HashMap<>(), drop = new HashMap<>();
            implsByTrait.forEach((ty, m) -> {
                if (m.get("Display::fmt") != null) display.put(ty, m.get("Display::fmt").index());
                if (m.get("Debug::fmt") != null) debug.put(ty, m.get("Debug::fmt").index());
                if (m.get("Drop::drop") != null) drop.put(ty, m.get("Drop::drop").index());
            });
            Map<Ty, Map<String, Integer>> traitBodies = new HashMap<>();
            implsByTrait.forEach((ty, m) -> {
                Map<String, Integer> byName = new HashMap<>();
                m.forEach((k, sig) -> {
                    if (sig != null) byName.put(k, sig.index());
                });
                traitBodies.put(ty, byName);
            });
            // the program's iterators: std's adapters and loops call their `next`
            Map<Ty, Ty> iteratorItems = new HashMap<>();
            stdImpls.forEach((ty, impls) -> impls.stream().filter(i -> i.trait().equals("Iterator"))
                .forEach(i -> iteratorItems.put(ty, i.assoc().get("Item"))));
            return new Thir.Program(bodies, main.index(), display, debug, drop, traitBodies, staticInits, iteratorItems);
        } catch (Unsupported u) {
            diags.emit(Diagnostic.error("unsupported: " + u.getMessage()).span(u.span()));
            return null;
        } catch (TypeError e) {
            Diagnostic d = e.diagnostic();
            // names rustmem's std does not define yet are unsupported, not errors of the program
            if ("E0412".equals(d.code())) diags.emit(Diagnostic.error("unsupported: " + d.message()).span(d.span()));
            else diags.emit(d);
            return null;
        }
    }

    /**
     * The crate's items and, after them, items declared inside function bodies: those are
     * visible only in their block in Rust, but names here are unique enough to treat them as
     * the crate's own (a clash is reported as E0428).
     */
    private static List<Item> hoisted(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < out.size(); i++) {
            Item item = out.get(i);
            if (!Cfg.enabled(item.attrs())) continue;
            switch (item.kind()) {
                case Item.Fn f when f.body() != null -> collectNested(f.body(), out);
                case Item.Impl impl -> {
                    for (Item m : impl.items()) {
                        if (m.kind() instanceof Item.Fn mf && mf.body() != null) collectNested(mf.body(), out);
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static void collectNested(rustmem.syntax.ast.Block body, List<Item> out) {
        for (rustmem.syntax.ast.Stmt s : body.stmts()) {
            if (s instanceof rustmem.syntax.ast.Stmt.ItemStmt is) out.add(is.item());
        }
    }

    /** std's module-specific Result and Error types, which TypeCollector resolves by their import. */
    private static final java.util.Set<List<String>> TYPE_IMPORTS = java.util.Set.of(List.of("std", "fmt", "Result"),
        List.of("std", "fmt", "Error"), List.of("std", "io", "Result"), List.of("std", "io", "Error"));
    /** std modules whose glob import would shadow prelude names. */
    private static final java.util.Set<String> GLOB_SHADOWING = java.util.Set.of("fmt", "io", "result", "option", "error", "prelude");
    private static final java.util.Set<String> MEM_FNS = java.util.Set.of("size_of", "align_of", "size_of_val", "align_of_val");
    /** Names whose import would change what a plain name means here (fmt::Result is not the prelude's Result). */
    private static final java.util.Set<String> SHADOWING_IMPORTS = java.util.Set.of("Result", "Error", "Ok", "Err", "Some",
        "None", "Option");

    /**
     * `use` of std items: names resolve by their last segment anyway, so an import only needs to be safe:
     * std::mem's layout functions are answered from the layout engine; imports that would shadow prelude
     * names, renames, globs and imports of the program's own items are not supported yet.
     */
    private static void useDecl(Item.UseTree tree, List<String> prefix, java.util.Set<String> out,
                                Map<String, String> variantImports, Map<String, List<String>> stdImports, TypeCollector types,
                                Item item) {
        List<String> path = new ArrayList<>(prefix);
        for (var seg : tree.prefix().segments()) path.add(seg.ident().name());
        // `use Enum::{A, B}` / `use Enum::*` / `use crate::Enum::A`: the program's enum variants by their names
        List<String> local = path.isEmpty() || !(path.get(0).equals("crate") || path.get(0).equals("self")) ? path
            : path.subList(1, path.size());
        AdtDef enumDef = local.isEmpty() ? null : types.adt(local.get(0));
        if (enumDef != null && enumDef.isEnum() && !enumDef.fromStd() && local.size() <= 2) {
            List<String> names = switch (tree.kind()) {
                case GLOB -> enumDef.variants().stream().map(AdtDef.VariantDef::name).toList();
                case SIMPLE -> local.size() == 2 && tree.rename() == null ? List.of(local.get(1)) : null;
                case NESTED -> null;
            };
            if (tree.kind() == Item.UseTree.Kind.NESTED && local.size() == 1) {
                for (Item.UseTree t : tree.nested()) useDecl(t, path, out, variantImports, stdImports, types, item);
                return;
            }
            if (names == null) throw new Unsupported(item.span(), "this import of `" + enumDef.name() + "`'s variants");
            for (String n : names) {
                if (enumDef.variants().stream().noneMatch(v -> v.name().equals(n))) {
                    throw new Unsupported(item.span(), "importing `" + n + "` from `" + enumDef.name() + "`");
                }
                variantImports.put(n, enumDef.name());
            }
            return;
        }
        switch (tree.kind()) {
            case NESTED -> {
                for (Item.UseTree t : tree.nested()) useDecl(t, path, out, variantImports, stdImports, types, item);
                return;
            }
            case GLOB -> {
                // names resolve by their last segment anyway; a glob of a module whose names would shadow the
                // prelude's (fmt::Result, io::Error) changes what plain names mean
                boolean stdModule = path.size() >= 2 && (path.get(0).equals("std") || path.get(0).equals("core"));
                if (!stdModule || GLOB_SHADOWING.contains(path.getLast())) throw new Unsupported(item.span(), "glob imports");
                return;
            }
            case SIMPLE -> { }
        }
        boolean std = !path.isEmpty() && (path.get(0).equals("std") || path.get(0).equals("core"));
        String last = path.isEmpty() ? "" : path.get(path.size() - 1);
        if (!std) throw new Unsupported(item.span(), "`use` of the program's own items");
        if (tree.rename() != null) {
            // a renamed std type (`use std::io::Result as IoResult;`): TypeCollector resolves the name
            if (Character.isLowerCase(last.charAt(0))) throw new Unsupported(item.span(), "`use … as …` renames of modules and functions");
            stdImports.put(tree.rename().name(), List.copyOf(path));
            return;
        }
        if (path.size() >= 2 && path.get(1).equals("mem")) {
            if (path.size() == 2 || last.equals("self")) out.add("mem");
            else if (path.size() == 3 && MEM_FNS.contains(last)) out.add(last);
            else throw new Unsupported(item.span(), "`use` of `std::mem::" + last + "`");
        } else if (SHADOWING_IMPORTS.contains(last) && !path.equals(List.of("std", "error", "Error")) && !TYPE_IMPORTS.contains(path)) {
            // (the Error trait is what `Error` names in type position; fmt::Error and io::Error are other types)
            throw new Unsupported(item.span(), "importing `" + String.join("::", path) + "`");
        }
        if (!last.equals("self")) stdImports.put(last, List.copyOf(path));
    }

    private static TraitDef traitDef(Item.Trait t, Item item) {
        if (t.generics().hasTypeOrConstParams()) throw new Unsupported(t.generics().span(), "generic traits");
        Map<String, Item> methods = new java.util.LinkedHashMap<>();
        List<String> assocTypes = new ArrayList<>();
        for (Item m : t.items()) {
            if (!Cfg.enabled(m.attrs())) continue;
            switch (m.kind()) {
                case Item.Fn f -> methods.put(f.name().name(), m);
                case Item.TypeAlias ta when ta.type() == null && !ta.generics().hasTypeOrConstParams() -> assocTypes.add(ta.name().name());
                default -> throw new Unsupported(m.span(), "associated consts and defaults in traits");
            }
        }
        return new TraitDef(t.name().name(), t, methods, assocTypes);
    }

    /** The std traits a generic impl (`impl<T> Deref for MyBox<T>`) may implement: those whose calls instantiate it. */
    private static final java.util.Set<String> GENERIC_IMPL_TRAITS = java.util.Set.of("Deref", "DerefMut", "Add", "Sub", "Mul",
        "Div", "Rem", "Neg", "Not", "Clone");

    /** An impl of a std trait for a type of the program: its trait arguments, associated types and methods. */
    record StdImpl(String trait, List<Ty> args, Map<String, Ty> assoc, Map<String, FnSig> methods) {
        /** The impl of the trait's one required method (`add`, `neg`, `from`, `try_from`, `next` …). */
        FnSig method() { return methods.get(StdTraits.get(trait).required().get(0)); }
    }

    /**
     * {@code impl Trait for Type}: the impl's methods, and the trait's default methods it does not override,
     * become functions with Self = Type (static dispatch, as after monomorphization). Impls of std traits
     * (operators, From, Iterator …) are also kept by trait for the operators and calls that use them.
     */
    private static void traitImpl(Item.Impl impl, Item item, TypeCollector types, Map<String, TraitDef> traits,
                                  Map<Ty, Map<String, FnSig>> traitMethods, Map<Ty, Map<String, FnSig>> implsByTrait,
                                  Map<Ty, List<StdImpl>> stdImpls, List<FnSig> order, Diagnostics diags) {
        if (impl.negative()) throw new Unsupported(item.span(), "negative impls");
        String trait = impl.traitRef().last().name();
        // `impl<T> Trait for Type<T>`: the impl's methods are generic over the type's parameters, kept under
        // the type applied to its own parameters (Fns.implKey finds them for each instance)
        List<String> implParams = new ArrayList<>();
        if (impl.generics().hasTypeOrConstParams()) {
            typeParams(impl.generics(), implParams, new HashMap<>(), null);
            if (!GENERIC_IMPL_TRAITS.contains(trait) && !traits.containsKey(trait)) {
                throw new Unsupported(impl.generics().span(), "generic impls of `" + trait + "`");
            }
        }
        List<Path.PathSegment> segs = impl.traitRef().segments();
        if (segs.subList(0, segs.size() - 1).stream().anyMatch(sg -> sg.args() != null)) {
            throw new Unsupported(impl.traitRef().span(), "generic arguments inside a trait's path");
        }
        TraitDef def = traits.get(trait);
        StdTraits.Spec spec = def == null ? StdTraits.get(trait) : null;
        if (def == null && spec == null) {
            throw new Unsupported(impl.traitRef().span(), "implementations of the std trait `" + trait + "`");
        }
        Ty implSelf = types.lowerIn(impl.selfType(), null, implParams);
        if (implSelf instanceof Ty.Adt a && a.def().fromStd() || implSelf instanceof Ty.Dynamic) {
            throw new Unsupported(impl.selfType().span(), "trait impls for std types");
        }
        if (!implParams.isEmpty()) {
            boolean identity = implSelf instanceof Ty.Adt a && a.args().size() == implParams.size();
            for (int i = 0; identity && i < implParams.size(); i++) {
                identity = ((Ty.Adt) implSelf).args().get(i) instanceof Ty.Param p && p.index() == i;
            }
            if (!identity) {
                throw new Unsupported(impl.selfType().span(), "generic impls for `" + implSelf.display()
                    + "` (only for a type over exactly the impl's parameters)");
            }
        }
        Ty self = implParams.isEmpty() ? implSelf : Fns.implKey(implSelf);
        List<Ty> args = traitArgs(segs.get(segs.size() - 1), implSelf, implParams, types);
        int params = spec == null ? 0 : spec.params();
        if (args.size() > params || args.size() < params && !spec.selfDefault()) {
            diags.emit(Diagnostic.error((args.size() > params ? "trait takes " + params + " generic argument"
                    + (params == 1 ? "" : "s") + " but " + args.size() + " generic argument" + (args.size() == 1 ? " was" : "s were")
                    + " supplied" : "missing generics for trait `" + trait + "`")).code("E0107").span(impl.traitRef().span()));
            return;
        }
        while (args.size() < params) args.add(self);
        String key = trait + (args.isEmpty() ? "" : "<" + String.join(", ", args.stream().map(Ty::display).toList()) + ">");
        Map<String, FnSig> byName = traitMethods.computeIfAbsent(self, k -> new HashMap<>());
        Map<String, FnSig> byTrait = implsByTrait.computeIfAbsent(self, k -> new HashMap<>());
        if (byTrait.containsKey(key + "::")) {
            diags.emit(Diagnostic.error("conflicting implementations of trait `" + key + "` for type `" + self.display() + "`")
                .code("E0119").span(impl.traitRef().span()));
            return;
        }
        byTrait.put(key + "::", null);   // the impl itself, even of a trait without methods
        if (!key.equals(trait)) byTrait.put(trait + "::", null);
        Map<String, Ty> assoc = assocTypes(impl, item, trait, def != null ? def.assocTypes() : spec.assocTypes(), implSelf, implParams,
            types, diags);
        Map<String, FnSig> methods = new java.util.LinkedHashMap<>();
        Map<String, FnSig> callable = def != null || spec.callable() ? byName : null;
        for (Item m : impl.items()) {
            if (!Cfg.enabled(m.attrs()) || m.kind() instanceof Item.TypeAlias) continue;
            if (!(m.kind() instanceof Item.Fn mf)) throw new Unsupported(m.span(), "associated consts in impls");
            String name = mf.name().name();
            boolean known = def != null ? def.methods().containsKey(name)
                : spec.required().contains(name) || spec.provided() == null || spec.provided().contains(name);
            if (!known) {
                diags.emit(Diagnostic.error("method `" + name + "` is not a member of trait `" + trait + "`").code("E0407")
                    .span(mf.name().span(), "not a member of trait `" + trait + "`"));
                continue;
            }
            FnSig sig = types.withAssoc(assoc, () -> signature(mf, m, implSelf, impl.generics(), types, order.size()));
            methods.put(name, sig);
            register(sig, trait, callable, byTrait, order);
        }
        List<String> missing = new ArrayList<>();
        if (def != null) {
            for (var e : def.methods().entrySet()) {
                if (methods.containsKey(e.getKey())) continue;
                Item.Fn tf = (Item.Fn) e.getValue().kind();
                if (tf.body() == null) {
                    missing.add("`" + e.getKey() + "`");
                } else {
                    FnSig sig = types.withAssoc(assoc, () -> signature(tf, e.getValue(), implSelf, impl.generics(), types, order.size()));
                    methods.put(e.getKey(), sig);
                    register(sig, trait, byName, byTrait, order);
                }
            }
        } else {
            for (String r : spec.required()) if (!methods.containsKey(r)) missing.add("`" + r + "`");
        }
        if (!missing.isEmpty()) {
            diags.emit(Diagnostic.error("not all trait items implemented, missing: " + String.join(", ", missing))
                .code("E0046").span(item.span()));
        }
        if (spec != null) stdImpls.computeIfAbsent(self, k -> new ArrayList<>()).add(new StdImpl(trait, args, assoc, methods));
    }

    /** The trait arguments written in an impl's trait path (`Add<Bar>`), lowered with Self = self. */
    private static List<Ty> traitArgs(Path.PathSegment seg, Ty self, List<String> implParams, TypeCollector types) {
        List<Ty> args = new ArrayList<>();
        if (seg.args() == null) return args;
        if (!(seg.args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab)) {
            throw new Unsupported(seg.span(), "this form of trait arguments");
        }
        for (var a : ab.args()) {
            if (!(a instanceof rustmem.syntax.ast.GenericArgs.TypeArg ta)) throw new Unsupported(a.span(), "this trait argument");
            args.add(types.lowerIn(ta.type(), self, implParams));
        }
        return args;
    }

    /** An impl's associated types (`type Output = Foo;`), each one the trait declares, all of them given. */
    private static Map<String, Ty> assocTypes(Item.Impl impl, Item item, String trait, List<String> declared, Ty self,
                                              List<String> implParams, TypeCollector types, Diagnostics diags) {
        Map<String, Ty> assoc = new java.util.LinkedHashMap<>();
        for (Item m : impl.items()) {
            if (!Cfg.enabled(m.attrs()) || !(m.kind() instanceof Item.TypeAlias ta)) continue;
            String name = ta.name().name();
            if (!declared.contains(name)) {
                diags.emit(Diagnostic.error("type `" + name + "` is not a member of trait `" + trait + "`").code("E0437")
                    .span(ta.name().span(), "not a member of trait `" + trait + "`"));
                continue;
            }
            if (ta.type() == null || ta.generics().hasTypeOrConstParams()) throw new Unsupported(m.span(), "this associated type");
            assoc.put(name, types.withAssoc(assoc, () -> types.lowerIn(ta.type(), self, implParams)));
        }
        List<String> missing = declared.stream().filter(n -> !assoc.containsKey(n)).map(n -> "`" + n + "`").toList();
        if (!missing.isEmpty()) {
            diags.emit(Diagnostic.error("not all trait items implemented, missing: " + String.join(", ", missing))
                .code("E0046").span(item.span()));
        }
        return assoc;
    }

    /** Registers an impl's method; byName is null for std traits, whose methods programs do not call by name. */
    private static void register(FnSig sig, String trait, Map<String, FnSig> byName, Map<String, FnSig> byTrait,
                                 List<FnSig> order) {
        if (byName != null) {
            // two traits with a method of the same name make `x.name()` ambiguous (E0034): the name stays,
            // without a method, and calls must say which trait's they mean
            byName.put(sig.name(), byName.containsKey(sig.name()) ? null : sig);
        }
        byTrait.put(trait + "::" + sig.name(), sig);
        order.add(sig);
    }

    private static FnSig signature(Item.Fn f, Item item, Ty self, TypeCollector types, int index) {
        return signature(f, item, self, null, types, index);
    }

    /** A function's signature; implGenerics (nullable) are the enclosing impl's, whose parameters come first. */
    /** The signature of a trait's method declaration (body or not) with Self = self, for calls through a bound. */
    static FnSig declaredSignature(Item.Fn f, Item item, Ty self, TypeCollector types) {
        return signatureOf(f, item, self, null, types, -1);
    }

    static FnSig signature(Item.Fn f, Item item, Ty self, rustmem.syntax.ast.Generics implGenerics, TypeCollector types,
                           int index) {
        if (f.body() == null) throw new Unsupported(item.span(), "functions without a body");
        return signatureOf(f, item, self, implGenerics, types, index);
    }

    static FnSig signatureOf(Item.Fn f, Item item, Ty self, rustmem.syntax.ast.Generics implGenerics,
                                     TypeCollector types, int index) {
        if (f.header().isAsync() || f.header().isConst() || f.header().abi() != null) {
            throw new Unsupported(item.span(), "const, async and extern functions");
        }
        checkLifetimeElision(f);
        List<String> typeParams = new ArrayList<>();
        Map<String, List<String>> bounds = new java.util.LinkedHashMap<>();
        Map<String, rustmem.syntax.ast.GenericArgs.Parenthesized> fnArgs = new java.util.LinkedHashMap<>();
        if (implGenerics != null) typeParams(implGenerics, typeParams, bounds, fnArgs);
        typeParams(f.generics(), typeParams, bounds, fnArgs);
        List<Ty> params = new ArrayList<>();
        for (Item.Param p : f.decl().params()) {
            if (p.selfKind() != Item.SelfKind.NONE && self == null) throw new Unsupported(p.span(), "`self` outside impl blocks");
            Ty pt = types.lowerIn(anonymousParams(p.type(), typeParams, bounds, fnArgs), self, typeParams);
            if (p.selfKind() == Item.SelfKind.EXPLICIT && !(pt instanceof Ty.Adt box && box.def().fromStd() && box.def().name().equals("Box")
                && box.args().get(0).equals(self))) {
                throw new Unsupported(p.span(), "`self: " + pt.display() + "` receivers (only `self: Box<Self>`)");
            }
            params.add(pt);
        }
        // `-> impl Trait`: the type the body returns, found when the body is checked first (null until then)
        Ty ret = f.decl().output() == null ? Ty.UNIT : f.decl().output() instanceof rustmem.syntax.ast.Type.ImplTrait ? null
            : types.lowerIn(f.decl().output(), self, typeParams);
        Map<String, FnBound> fnBounds = new java.util.LinkedHashMap<>();
        fnArgs.forEach((param, args) -> {
            String trait = bounds.get(param).stream().filter(TypeChecker::isFnTrait).findFirst().orElseThrow();
            fnBounds.put(param, new FnBound(trait, args.inputs().stream().map(t -> types.lowerIn(t, self, typeParams)).toList(),
                args.output() == null ? Ty.UNIT : types.lowerIn(args.output(), self, typeParams)));
        });
        return new FnSig(f.name().name(), index, params, ret, f, self, List.copyOf(typeParams), bounds, fnBounds);
    }

    /**
     * `impl Trait` in a parameter's type is an anonymous type parameter with that bound: it is added to the
     * function's parameters (named as rustc shows it) and the type refers to it by name.
     */
    private static rustmem.syntax.ast.Type anonymousParams(rustmem.syntax.ast.Type t, List<String> names, Map<String, List<String>> bounds,
                                                          Map<String, rustmem.syntax.ast.GenericArgs.Parenthesized> fnArgs) {
        return switch (t) {
            case rustmem.syntax.ast.Type.ImplTrait it -> {
                String name = "impl " + String.join(" + ", it.bounds().stream()
                    .filter(b -> b instanceof rustmem.syntax.ast.GenericBound.TraitBound)
                    .map(b -> ((rustmem.syntax.ast.GenericBound.TraitBound) b).trait().toString()).toList());
                if (!names.contains(name)) {
                    names.add(name);
                    bounds.put(name, new ArrayList<>(traitNames(it.bounds(), it.span(), name, fnArgs)));
                }
                yield new rustmem.syntax.ast.Type.PathType(null, new Path(false, List.of(new Path.PathSegment(
                    new rustmem.syntax.ast.Ident(name, it.span()), null, it.span())), it.span()), it.span());
            }
            case rustmem.syntax.ast.Type.Ref r -> new rustmem.syntax.ast.Type.Ref(r.lifetime(), r.mutable(),
                anonymousParams(r.inner(), names, bounds, fnArgs), r.span());
            case rustmem.syntax.ast.Type.Paren p -> anonymousParams(p.inner(), names, bounds, fnArgs);
            default -> t;
        };
    }

    /** A `T: 'static` bound, kept among a parameter's trait bounds under this name. */
    static final String STATIC_BOUND = "'static";

    static boolean isFnTrait(String name) { return name.equals("Fn") || name.equals("FnMut") || name.equals("FnOnce"); }

    /**
     * Collects type parameter names and their trait bounds (inline and in where-clauses); fnArgs (nullable) receives the parenthesized arguments of Fn-family bounds, by parameter name.
     */
    static void typeParams(rustmem.syntax.ast.Generics g, List<String> names, Map<String, List<String>> bounds,
                           Map<String, rustmem.syntax.ast.GenericArgs.Parenthesized> fnArgs) {
        for (var p : g.params()) {
            switch (p) {
                case rustmem.syntax.ast.Generics.TypeParam tp -> {
                    if (tp.defaultType() != null) throw new Unsupported(tp.span(), "default type parameters");
                    names.add(tp.name().name());
                    bounds.computeIfAbsent(tp.name().name(), k -> new ArrayList<>())
                        .addAll(traitNames(tp.bounds(), tp.span(), tp.name().name(), fnArgs));
                }
                case rustmem.syntax.ast.Generics.ConstParam cp -> throw new Unsupported(cp.span(), "const generics");
                default -> { }
            }
        }
        for (var w : g.where()) {
            if (w instanceof rustmem.syntax.ast.Generics.BoundPredicate bp) {
                if (!(bp.boundedType() instanceof rustmem.syntax.ast.Type.PathType pt) || !pt.path().isSingle()
                    || !bounds.containsKey(pt.path().last().name())) {
                    throw new Unsupported(bp.span(), "where-clauses on anything but type parameters");
                }
                bounds.get(pt.path().last().name()).addAll(traitNames(bp.bounds(), bp.span(), pt.path().last().name(), fnArgs));
            }
        }
    }

    private static List<String> traitNames(List<rustmem.syntax.ast.GenericBound> bounds, rustmem.source.Span span, String param,
                                           Map<String, rustmem.syntax.ast.GenericArgs.Parenthesized> fnArgs) {
        List<String> out = new ArrayList<>();
        for (var b : bounds) {
            if (b instanceof rustmem.syntax.ast.GenericBound.TraitBound tb && fnArgs != null && tb.trait().segments().size() == 1
                && isFnTrait(tb.trait().last().name())
                && tb.trait().segments().get(0).args() instanceof rustmem.syntax.ast.GenericArgs.Parenthesized pa) {
                if (fnArgs.containsKey(param)) throw new Unsupported(tb.span(), "two Fn bounds on one type parameter");
                fnArgs.put(param, pa);
                out.add(tb.trait().last().name());
            } else if (b instanceof rustmem.syntax.ast.GenericBound.TraitBound tb) {
                if (tb.trait().segments().stream().anyMatch(sg -> sg.args() != null)) {
                    throw new Unsupported(tb.span(), "bounds with generic arguments (`" + tb.trait() + "<…>`)");
                }
                out.add(tb.trait().last().name());
            } else if (b instanceof rustmem.syntax.ast.GenericBound.LifetimeBound lb && lb.lifetime().name().equals(STATIC_BOUND)) {
                out.add(STATIC_BOUND);
            }
        }
        return out;
    }

    /**
     * E0106: a reference in the return type without a lifetime needs one to be elided to, from `&self`
     * or from exactly one lifetime among the parameters (rustc's lifetime elision rules).
     */
    private static void checkLifetimeElision(Item.Fn f) {
        if (f.decl().output() == null) return;
        List<rustmem.syntax.ast.Type.Ref> elidedOut = new ArrayList<>();
        rustmem.syntax.ast.AstWalk.walk(f.decl().output(), n -> {
            if (n instanceof rustmem.syntax.ast.Type.Ref r && r.lifetime() == null) elidedOut.add(r);
            return !(n instanceof rustmem.syntax.ast.Type.FnPtr) && !(n instanceof rustmem.syntax.ast.Type.TraitObject);
        });
        if (elidedOut.isEmpty()) return;
        int elidedIn = 0;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Item.Param p : f.decl().params()) {
            if (p.selfKind() == Item.SelfKind.REF || p.selfKind() == Item.SelfKind.REF_MUT) return;
            if (p.type() == null) continue;
            int[] count = {0};
            rustmem.syntax.ast.AstWalk.walk(p.type(), n -> {
                if (n instanceof rustmem.syntax.ast.Type.Ref r) {
                    if (r.lifetime() == null) count[0]++;
                    else named.add(r.lifetime().name());
                }
                if (n instanceof rustmem.syntax.ast.GenericArgs.LifetimeArg la) named.add(la.lifetime().name());
                return !(n instanceof rustmem.syntax.ast.Type.FnPtr);
            });
            elidedIn += count[0];
        }
        if (elidedIn + named.size() == 1) return;
        var at = elidedOut.get(0).span();
        throw new TypeError(Diagnostic.error("missing lifetime specifier").code("E0106")
            .span(new rustmem.source.Span(at.lo(), at.lo() + 1), "expected named lifetime parameter").build());
    }

    private static String itemWhat(Item item) {
        String what = switch (item.kind()) {
            case Item.Struct s -> "structs";
            case Item.Enum e -> "enums";
            case Item.Union u -> "unions";
            case Item.Trait t -> "traits";
            case Item.Impl i -> "impl blocks";
            case Item.Use u -> "`use` declarations";
            case Item.Const c -> "constants";
            case Item.Static s -> "statics";
            case Item.Mod m -> "modules";
            case Item.TypeAlias t -> "type aliases";
            case Item.MacroRules m -> "`macro_rules!`";
            default -> "this kind of item";
        };
        return what + " are not supported by `run` yet";
    }
}
