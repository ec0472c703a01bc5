package rustmem.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Diagnostic;
import rustmem.resolve.Cfg;
import rustmem.source.Diagnostics;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Item;
import rustmem.types.thir.Thir;

/**
 * Type-checks a program's functions and produces its typed tree. It covers the part of Rust the
 * interpreter runs today; everything else is reported as unsupported, never guessed.
 */
public final class TypeChecker {
    /** A function's signature, known before any body is checked; selfTy is the impl's type for methods. */
    record FnSig(String name, int index, List<Ty> params, Ty ret, Item.Fn item, Ty selfTy) {
        boolean isMethod() { return !item.decl().params().isEmpty()
            && item.decl().params().get(0).selfKind() != Item.SelfKind.NONE; }
    }

    /** A `const` (or immutable `static`) item: its declared type and value expression, inlined where used. */
    record Constant(Ty ty, rustmem.syntax.ast.Expr value) {}

    /** Functions and inherent methods by name, and the items hoisted out of function bodies. */
    record Fns(Map<String, FnSig> free, Map<AdtDef, Map<String, FnSig>> inherent, java.util.Set<Item> hoisted,
               java.util.Set<String> memImports, Map<String, Constant> consts) {
        FnSig associated(AdtDef def, String name) {
            Map<String, FnSig> m = inherent.get(def);
            return m == null ? null : m.get(name);
        }
    }

    private TypeChecker() {}

    /** The typed program, or null when errors (or unsupported constructs) were reported. */
    public static Thir.Program check(Crate crate, Diagnostics diags) {
        // rustmem's std knows the layouts of some types only: a type it cannot resolve makes the
        // program unsupported, not wrong
        Diagnostics typeDiags = new Diagnostics(diags.file());
        TypeCollector types = TypeCollector.forCrate(crate, typeDiags);
        if (typeDiags.hasErrors()) {
            Diagnostic first = typeDiags.all().get(0);
            diags.emit(Diagnostic.error("unsupported: " + first.message()).span(first.span()));
            return null;
        }
        Map<String, FnSig> fns = new HashMap<>();
        Map<AdtDef, Map<String, FnSig>> inherent = new HashMap<>();
        java.util.Set<String> memImports = new java.util.HashSet<>();
        Map<String, Constant> consts = new HashMap<>();
        List<FnSig> order = new ArrayList<>();
        try {
            List<Item> allItems = hoisted(crate.items());
            java.util.Set<Item> nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            nested.addAll(allItems.subList(crate.items().size(), allItems.size()));
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
                    case Item.Struct st -> {
                        if (!st.generics().isEmpty()) throw new Unsupported(st.generics().span(), "generic structs");
                    }
                    case Item.Enum en -> {
                        if (!en.generics().isEmpty()) throw new Unsupported(en.generics().span(), "generic enums");
                    }
                    case Item.Impl impl when impl.traitRef() == null -> {
                        if (!impl.generics().isEmpty()) throw new Unsupported(impl.generics().span(), "generic impl blocks");
                        Ty self = types.lower(impl.selfType());
                        if (!(self instanceof Ty.Adt adt) || adt.def().fromStd() || adt.def().isUnion()) {
                            throw new Unsupported(impl.selfType().span(), "impl blocks for anything but structs and enums");
                        }
                        Map<String, FnSig> methods = inherent.computeIfAbsent(adt.def(), k -> new HashMap<>());
                        for (Item m : impl.items()) {
                            if (!Cfg.enabled(m.attrs())) continue;
                            if (!(m.kind() instanceof Item.Fn mf)) throw new Unsupported(m.span(), "associated items other than functions");
                            FnSig sig = signature(mf, m, self, types, order.size());
                            if (methods.put(sig.name(), sig) != null) {
                                diags.emit(Diagnostic.error("duplicate definitions with name `" + sig.name() + "`")
                                    .code("E0592").span(mf.name().span()));
                            }
                            order.add(sig);
                        }
                    }
                    case Item.Impl impl -> throw new Unsupported(item.span(), "trait implementations");
                    case Item.Use use -> memImport(use.tree(), List.of(), memImports, item);
                    case Item.Const c when c.value() != null && c.generics().isEmpty() && !c.name().name().equals("_") ->
                        consts.put(c.name().name(), new Constant(types.lower(c.type()), c.value()));
                    case Item.Static st when !st.mutable() && st.value() != null ->
                        consts.put(st.name().name(), new Constant(types.lower(st.type()), st.value()));
                    default -> throw new Unsupported(item.span(), itemWhat(item));
                }
            }
            FnSig main = fns.get("main");
            if (main == null) {
                diags.emit(Diagnostic.error("`main` function not found in crate `main`").code("E0601")
                    .span(crate.span().shrinkToHi()));
                return null;
            }
            List<Thir.Body> bodies = new ArrayList<>();
            Fns all = new Fns(fns, inherent, nested, memImports, consts);
            List<Diagnostic> borrowErrors = new ArrayList<>();
            for (FnSig sig : order) {
                FnCtxt fcx = new FnCtxt(sig, all, types, diags);
                bodies.add(fcx.checkBody());
                borrowErrors.addAll(fcx.borrowErrors());
            }
            if (diags.hasErrors()) return null;
            // rustc borrow-checks only a crate whose types are fine
            if (!borrowErrors.isEmpty()) {
                borrowErrors.forEach(diags::emit);
                return null;
            }
            return new Thir.Program(bodies, main.index());
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

    private static final java.util.Set<String> MEM_FNS = java.util.Set.of("size_of", "align_of", "size_of_val", "align_of_val");

    /**
     * The only `use` declarations run supports: std::mem itself and its layout functions, which
     * the type checker answers from the layout engine.
     */
    private static void memImport(Item.UseTree tree, List<String> prefix, java.util.Set<String> out, Item item) {
        List<String> path = new ArrayList<>(prefix);
        for (var seg : tree.prefix().segments()) path.add(seg.ident().name());
        switch (tree.kind()) {
            case NESTED -> {
                for (Item.UseTree t : tree.nested()) memImport(t, path, out, item);
                return;
            }
            case GLOB -> throw new Unsupported(item.span(), "glob imports");
            case SIMPLE -> { }
        }
        boolean std = !path.isEmpty() && (path.get(0).equals("std") || path.get(0).equals("core"));
        String last = path.isEmpty() ? "" : path.get(path.size() - 1);
        if (tree.rename() != null) throw new Unsupported(item.span(), "`use … as …` renames");
        if (std && path.size() == 2 && last.equals("mem")) out.add("mem");
        else if (std && path.size() == 3 && path.get(1).equals("mem") && MEM_FNS.contains(last)) out.add(last);
        else if (std && path.size() == 3 && path.get(1).equals("mem") && last.equals("self")) out.add("mem");
        else throw new Unsupported(item.span(), "`use` declarations other than of std::mem's layout functions");
    }

    private static FnSig signature(Item.Fn f, Item item, Ty self, TypeCollector types, int index) {
        if (f.body() == null) throw new Unsupported(item.span(), "functions without a body");
        if (!f.generics().isEmpty()) throw new Unsupported(f.generics().span(), "generic functions");
        if (f.header().isAsync() || f.header().isConst() || f.header().abi() != null) {
            throw new Unsupported(item.span(), "const, async and extern functions");
        }
        List<Ty> params = new ArrayList<>();
        for (Item.Param p : f.decl().params()) {
            if (p.selfKind() != Item.SelfKind.NONE && self == null) throw new Unsupported(p.span(), "`self` outside impl blocks");
            if (p.selfKind() == Item.SelfKind.EXPLICIT) throw new Unsupported(p.span(), "`self: Type` receivers");
            params.add(self == null ? types.lower(p.type()) : types.lowerWithSelf(p.type(), self));
        }
        Ty ret = f.decl().output() == null ? Ty.UNIT
            : self == null ? types.lower(f.decl().output()) : types.lowerWithSelf(f.decl().output(), self);
        return new FnSig(f.name().name(), index, params, ret, f, self);
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
