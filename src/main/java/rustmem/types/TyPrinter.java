package rustmem.types;

import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;

/** Types as rustc prints them in messages ({@code Vec<i32>}, {@code &mut [u8]}, {@code {integer}}, {@code dyn Fn(i32)}). */
final class TyPrinter {
    private final TyCtxt tcx;

    TyPrinter(TyCtxt tcx) { this.tcx = tcx; }

    String print(Ty t) {
        return switch (t) {
            case Ty.Bool b -> "bool";
            case Ty.Char c -> "char";
            case Ty.Str s -> "str";
            case Ty.Never n -> "!";
            case Ty.Int i -> i.kind().name;
            case Ty.Float f -> f.kind().name;
            case Ty.Adt a -> a.def().name + args(a.def().did, a.args(), 0);
            case Ty.Array a -> "[" + print(a.element()) + "; " + print(a.length()) + "]";
            case Ty.Slice s -> "[" + print(s.element()) + "]";
            case Ty.RawPtr p -> (p.mutable() ? "*mut " : "*const ") + print(p.pointee());
            case Ty.Ref r -> (r.mutable() ? "&mut " : "&") + print(r.pointee());
            case Ty.FnDef fd -> fnDef(fd);
            case Ty.FnPtr fp -> fnPtr(fp.sig());
            case Ty.Dynamic d -> "dyn " + dynamic(d);
            case Ty.Closure c -> "{closure@" + location(c.def()) + "}";
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
        return prefix + "fn(" + join(sig.inputs()) + ")" + (sig.output().isUnit() ? "" : " -> " + print(sig.output()));
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
                parts.add(tcx.name(d.principal()) + "(" + join(inputs.elements()) + ")" + (out.isUnit() ? "" : " -> " + print(out)));
            } else {
                List<String> inner = new ArrayList<>();
                for (Ty a : d.args()) inner.add(print(a));
                for (Ty.AssocBinding b : d.bindings()) inner.add(tcx.name(b.assoc()) + " = " + print(b.ty()));
                parts.add(tcx.name(d.principal()) + (inner.isEmpty() ? "" : "<" + String.join(", ", inner) + ">"));
            }
        }
        for (DefId a : d.autoTraits()) parts.add(tcx.name(a));
        return String.join(" + ", parts);
    }

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
