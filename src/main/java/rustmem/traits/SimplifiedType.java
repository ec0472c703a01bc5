package rustmem.traits;

import java.util.List;
import java.util.Objects;
import rustmem.resolve.DefId;
import rustmem.types.InferCtxt;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * rustc's fast_reject: a type's outermost constructor, enough to tell that two types cannot unify without
 * unifying them. Candidate assembly compares an obligation's trait arguments with each impl header's this way
 * first, so that selecting {@code u8: Display} unifies with the one impl for {@code u8}, not with every
 * {@code Display} impl of std. A parameter, an inference variable, a projection or an error says nothing (null):
 * it may be anything.
 */
final class SimplifiedType {
    private SimplifiedType() {}

    /** The constructors that carry nothing more than themselves. */
    private enum Kind { BOOL, CHAR, STR, NEVER, ARRAY, SLICE, PTR, PTR_MUT, REF, REF_MUT }

    private record Tuple(int arity) {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof Tuple x && arity == x.arity; }

        @Override
        public int hashCode() { return arity; }
    }

    private record FnPtr(int arity) {
        @Override
        public boolean equals(Object o) { return this == o || o instanceof FnPtr x && arity == x.arity; }

        @Override
        public int hashCode() { return arity; }
    }

    private record Of(String what, DefId def) {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Of x && Objects.equals(what, x.what) && Objects.equals(def, x.def);
        }

        @Override
        public int hashCode() { return 31 * Objects.hashCode(what) + Objects.hashCode(def); }
    }

    /** t's simplified form, or null when it may be anything (t's inference variables shallowly resolved by infcx, if given). */
    static Object of(Ty t, InferCtxt infcx) {
        if (infcx != null) t = infcx.shallowResolve(t);
        return switch (t) {
            case Ty.Adt a -> a.def().did;
            case Ty.Int i -> i.kind();
            case Ty.Float f -> f.kind();
            case Ty.Bool b -> Kind.BOOL;
            case Ty.Char c -> Kind.CHAR;
            case Ty.Str s -> Kind.STR;
            case Ty.Never n -> Kind.NEVER;
            case Ty.Array a -> Kind.ARRAY;
            case Ty.Slice s -> Kind.SLICE;
            case Ty.RawPtr p -> p.mutable() ? Kind.PTR_MUT : Kind.PTR;
            case Ty.Ref r -> r.mutable() ? Kind.REF_MUT : Kind.REF;
            case Ty.Tuple tu -> new Tuple(tu.elements().size());
            case Ty.FnPtr f -> new FnPtr(f.sig().inputs().size());
            case Ty.FnDef f -> new Of("fn", f.def());
            case Ty.Closure c -> new Of("closure", c.def());
            case Ty.Dynamic d -> d.principal() == null ? null : new Of("dyn", d.principal());
            default -> null;
        };
    }

    /**
     * The simplified arguments of an impl's trait header (cached per compilation), or null for an inherent impl: for
     * an impl of std's, what std's image says (the impl is not read; a defaulted argument left out at the end).
     */
    static Object[] implKeys(TyCtxt tcx, DefId impl) {
        return tcx.fastRejectKeys.computeIfAbsent(impl, i -> {
            rustmem.resolve.ResolverOutputs.ImplHeader h = tcx.res.stdImplHeader(i);
            if (h != null) {
                if (h.trait() == null) return null;
                Object[] out = new Object[h.keys().length];
                for (int k = 0; k < out.length; k++) out[k] = fromImage(h.keys()[k]);
                return out;
            }
            TraitRef header = tcx.implTraitRef(i);
            return header == null ? null : keys(header.args(), null);
        });
    }

    /** A simplified type as std's image writes it (ResolverOutputs.ImplHeader), as {@link #of} makes it. */
    private static Object fromImage(Object key) {
        if (!(key instanceof String s)) return key;   // an ADT's DefId, or null
        Ty.IntTy i = Ty.IntTy.byName(s);
        if (i != null) return i;
        if (s.startsWith("tuple")) return new Tuple(Integer.parseInt(s.substring(5)));
        if (s.startsWith("fnptr")) return new FnPtr(Integer.parseInt(s.substring(5)));
        return switch (s) {
            case "f32" -> Ty.FloatTy.F32;
            case "f64" -> Ty.FloatTy.F64;
            case "bool" -> Kind.BOOL;
            case "char" -> Kind.CHAR;
            case "str" -> Kind.STR;
            case "!" -> Kind.NEVER;
            case "array" -> Kind.ARRAY;
            case "slice" -> Kind.SLICE;
            case "*const" -> Kind.PTR;
            case "*mut" -> Kind.PTR_MUT;
            case "&" -> Kind.REF;
            case "&mut" -> Kind.REF_MUT;
            default -> null;   // (a primitive rustmem does not simplify: anything)
        };
    }

    static Object[] keys(List<Ty> args, InferCtxt infcx) {
        Object[] out = new Object[args.size()];
        for (int k = 0; k < out.length; k++) out[k] = of(args.get(k), infcx);
        return out;
    }

    /**
     * Whether an impl with these keys may apply to arguments with those: no argument's constructors differ (of the
     * arguments both give: std's image leaves defaulted ones out).
     */
    static boolean mayUnify(Object[] impl, Object[] wanted) {
        if (impl == null || wanted == null) return true;
        for (int k = 0; k < Math.min(impl.length, wanted.length); k++) {
            if (impl[k] != null && wanted[k] != null && !impl[k].equals(wanted[k])) return false;
        }
        return true;
    }
}
