package rustmem.types;

import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;

/**
 * Types as rustc prints them in messages ({@code Vec<i32>}, {@code &mut [u8]}, {@code {integer}}, {@code dyn Fn(i32)}),
 * or, absolute, as {@code std::any::type_name} does (rustc's AbsolutePathPrinter): every item by its def path
 * ({@code alloc::vec::Vec<core::option::Option<&str>>}, {@code demo::main::{{closure}}}), lifetimes as {@code '_}.
 * std's items are named by the paths of the crates they live in (core, alloc, std): std's source gives a module whose
 * path differs from its place here {@code #[def_path = "alloc::string"]}, and an item that lives in another module
 * than its own {@code #[def_path = "core::ops::range"]} (the module that holds it).
 */
final class TyPrinter {
    private final TyCtxt tcx;
    private final boolean absolute;

    TyPrinter(TyCtxt tcx) { this(tcx, false); }

    TyPrinter(TyCtxt tcx, boolean absolute) {
        this.tcx = tcx;
        this.absolute = absolute;
    }

    String print(Ty t) {
        return switch (t) {
            case Ty.Bool b -> "bool";
            case Ty.Char c -> "char";
            case Ty.Str s -> "str";
            case Ty.Never n -> "!";
            case Ty.Int i -> i.kind().name;
            case Ty.Float f -> f.kind().name;
            case Ty.Adt a -> absolute ? defPath(a.def().did) + lifetimesAndArgs(a.def().did, a.args()) : a.def().name + args(a.def().did, a.args(), 0);
            case Ty.Array a -> "[" + print(a.element()) + "; " + print(a.length()) + "]";
            case Ty.Slice s -> "[" + print(s.element()) + "]";
            case Ty.RawPtr p -> (p.mutable() ? "*mut " : "*const ") + print(p.pointee());
            case Ty.Ref r -> (r.mutable() ? "&mut " : "&") + print(r.pointee());
            case Ty.FnDef fd -> absolute ? fnItemPath(fd) : fnDef(fd);
            case Ty.FnPtr fp -> fnPtr(fp.sig());
            case Ty.Dynamic d -> "dyn " + dynamic(d);
            case Ty.Closure c -> absolute ? defPath(c.def()) : "{closure@" + location(c.def()) + "}";
            case Ty.Tuple tu -> tu.elements().size() == 1 ? "(" + print(tu.elements().get(0)) + ",)" : "(" + join(tu.elements()) + ")";
            case Ty.Alias a when a.kind() == Ty.AliasKind.PROJECTION -> projection(a);
            case Ty.Alias a -> tcx.name(a.def());
            case Ty.Param p -> p.name();
            case Ty.Infer i -> switch (i.kind()) {
                case INT -> "{integer}";
                case FLOAT -> "{float}";
                case TY -> "_";
            };
            case Ty.ConstValue c -> String.valueOf(c.value());
            case Ty.Error e -> "{type error}";
        };
    }

    private String join(List<Ty> tys) {
        List<String> parts = new ArrayList<>();
        for (Ty t : tys) parts.add(print(t));
        return String.join(", ", parts);
    }

    /** Generic arguments in angle brackets, leaving out trailing ones equal to their parameters' defaults, as rustc does. */
    private String args(DefId def, List<Ty> args, int skip) {
        Generics g = tcx.generics(def);
        int shown = args.size();
        while (shown > skip) {
            int index = shown - 1;
            if (index < g.parentCount()) break;
            Generics.ParamDef pd = g.own().get(index - g.parentCount());
            if (pd.defaultType() == null || !pd.defaultType().subst(args).equals(args.get(index))) break;
            shown--;
        }
        if (shown <= skip) return "";
        return "<" + join(args.subList(skip, shown)) + ">";
    }

    private String fnPtr(FnSig sig) {
        String prefix = (sig.unsafe() ? "unsafe " : "") + (!"Rust".equals(sig.abi()) ? "extern \"" + sig.abi() + "\" " : "");
        return prefix + "fn(" + inputs(sig.inputs()) + ")" + (sig.output().isUnit() ? "" : " -> " + print(sig.output()));
    }

    /**
     * A signature's inputs; absolute, a reference among them is to a late-bound region, `&'_ T` (rustc prints the
     * bound region; a written `&'static T` there, which rustmem's types do not tell apart, would be `&T`).
     */
    private String inputs(List<Ty> inputs) {
        if (!absolute) return join(inputs);
        List<String> parts = new ArrayList<>();
        for (Ty t : inputs) parts.add(t instanceof Ty.Ref r ? (r.mutable() ? "&'_ mut " : "&'_ ") + print(r.pointee()) : print(t));
        return String.join(", ", parts);
    }

    // ------------------------------------------------------------------ def paths (absolute)

    /** An item's path from its crate's root, as rustc's def path prints it; a closure is `{{closure}}` in its parent. */
    private String defPath(DefId d) {
        rustmem.resolve.DefKind kind = tcx.kind(d);
        DefId parent = tcx.defs.parent(d);
        if (kind == rustmem.resolve.DefKind.CLOSURE) return defPath(parent) + "::{{closure}}";
        String declared = tcx.defs.node(d) instanceof rustmem.syntax.ast.Item item ? TyCtxt.attrValue(item.attrs(), "def_path") : null;
        if (kind == rustmem.resolve.DefKind.MOD) {
            if (declared != null) return declared;
            if (parent == null) return tcx.defs.isStd(d) ? tcx.name(d) : crateName();
            return defPath(parent) + "::" + tcx.name(d);
        }
        return (declared != null ? declared : defPath(parent)) + "::" + tcx.name(d);
    }

    /** The program's crate: its file's name without `.rs`, `-` as `_` (rustc's default crate name). */
    private String crateName() {
        String file = java.nio.file.Path.of(tcx.sources.primary().name()).getFileName().toString();
        return (file.endsWith(".rs") ? file.substring(0, file.length() - 3) : file).replace('-', '_');
    }

    /** An ADT's arguments: `'_` for each lifetime parameter it declares, then its type and const arguments. */
    private String lifetimesAndArgs(DefId def, List<Ty> args) {
        int lifetimes = 0;
        if (tcx.defs.node(def) instanceof rustmem.syntax.ast.Item item) {
            rustmem.syntax.ast.Generics g = switch (item.kind()) {
                case rustmem.syntax.ast.Item.Struct st -> st.generics();
                case rustmem.syntax.ast.Item.Enum en -> en.generics();
                case rustmem.syntax.ast.Item.Union un -> un.generics();
                default -> null;
            };
            if (g != null) for (var p : g.params()) if (p instanceof rustmem.syntax.ast.Generics.LifetimeParam) lifetimes++;
        }
        String shown = args(def, args, 0);
        if (lifetimes == 0) return shown;
        String lt = String.join(", ", java.util.Collections.nCopies(lifetimes, "'_"));
        return shown.isEmpty() ? "<" + lt + ">" : "<" + lt + ", " + shown.substring(1);
    }

    /**
     * A function item's path: a free function's with its own generic arguments (`demo::id<u8>`), an inherent method
     * under its self type (`demo::Point<'_, u8>::new`), a trait's method under `<Self as Trait>`.
     */
    private String fnItemPath(Ty.FnDef fd) {
        DefId parent = tcx.defs.parent(fd.def());
        String name = tcx.name(fd.def());
        return switch (tcx.kind(parent)) {
            case IMPL -> {
                TraitRef tr = tcx.implTraitRef(parent);
                int count = tcx.generics(parent).count();
                List<Ty> implArgs = fd.args().subList(0, Math.min(count, fd.args().size()));
                if (tr != null) {
                    TraitRef t = tr.subst(implArgs);
                    yield "<" + print(t.self()) + " as " + defPath(t.trait()) + args(t.trait(), t.args(), 1) + ">::" + name;
                }
                yield print(tcx.typeOf(parent).subst(implArgs)) + "::" + name;
            }
            case TRAIT -> "<" + print(fd.args().get(0)) + " as " + defPath(parent) + args(parent, fd.args(), 1) + ">::" + name;
            default -> defPath(fd.def()) + args(fd.def(), fd.args(), 0);
        };
    }

    private String fnDef(Ty.FnDef fd) {
        FnSig sig = tcx.fnSig(fd.def()).subst(fd.args());
        String path = tcx.defs.pathString(fd.def()).replaceFirst("^crate::", "");
        return fnPtr(sig) + " {" + path + "}";
    }

    private String dynamic(Ty.Dynamic d) {
        List<String> parts = new ArrayList<>();
        if (d.principal() != null) {
            DefId fnOnceOutput = tcx.langItem("fn_once_output");
            if (isFnTrait(d.principal()) && !d.args().isEmpty() && d.args().get(0) instanceof Ty.Tuple inputs) {
                Ty out = Ty.UNIT;
                for (Ty.AssocBinding b : d.bindings()) if (b.assoc().equals(fnOnceOutput)) out = b.ty();
                parts.add(traitName(d.principal()) + "(" + inputs(inputs.elements()) + ")" + (out.isUnit() ? "" : " -> " + print(out)));
            } else {
                List<String> inner = new ArrayList<>();
                for (Ty a : d.args()) inner.add(print(a));
                for (Ty.AssocBinding b : d.bindings()) inner.add(tcx.name(b.assoc()) + " = " + print(b.ty()));
                parts.add(traitName(d.principal()) + (inner.isEmpty() ? "" : "<" + String.join(", ", inner) + ">"));
            }
        }
        for (DefId a : d.autoTraits()) parts.add(traitName(a));
        return String.join(" + ", parts);
    }

    private String traitName(DefId trait) { return absolute ? defPath(trait) : tcx.name(trait); }

    private boolean isFnTrait(DefId trait) {
        return tcx.lang.is(trait, "fn") || tcx.lang.is(trait, "fn_mut") || tcx.lang.is(trait, "fn_once");
    }

    private String projection(Ty.Alias a) {
        DefId trait = tcx.defs.parent(a.def());
        Ty self = a.args().get(0);
        String traitPart = tcx.name(trait) + (a.args().size() > 1 ? args(trait, a.args(), 1) : "");
        return "<" + print(self) + " as " + traitPart + ">::" + tcx.name(a.def());
    }

    String printTraitRef(TraitRef t, boolean withSelf) {
        String name = tcx.name(t.trait());
        String rest;
        if (isFnTrait(t.trait()) && t.args().size() > 1 && t.args().get(1) instanceof Ty.Tuple inputs) {
            rest = "(" + join(inputs.elements()) + ")";
        } else {
            rest = t.args().size() > 1 ? args(t.trait(), t.args(), 1) : "";
        }
        return withSelf ? "<" + print(t.self()) + " as " + name + rest + ">" : name + rest;
    }

    private String location(DefId closure) {
        var span = tcx.defs.span(closure);
        var file = tcx.sources.fileOf(span);
        return file.name() + ":" + file.line(span.lo()) + ":" + file.column(span.lo()) + ": " + file.line(span.hi()) + ":"
            + file.column(span.hi());
    }
}
