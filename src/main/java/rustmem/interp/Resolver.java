package rustmem.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.Span;
import rustmem.traits.Obligation;
import rustmem.traits.Selection;
import rustmem.traits.SelectionContext;
import rustmem.types.AdtDef;
import rustmem.types.AssocItem;
import rustmem.types.InferCtxt;
import rustmem.types.ParamEnv;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * Which function a call runs, every type known (rustc's {@code Instance::resolve}): a trait method goes to the
 * impl the trait solver selects (or the trait's default body), to a closure's or function's body through the
 * Fn traits, to a trait object's vtable, or to a built-in shim. Also normalizes monomorphic types (every
 * associated and opaque type revealed).
 */
public final class Resolver {
    private final TyCtxt tcx;
    private final Map<Instance, Instance> cache = new HashMap<>();
    private final Map<Ty, Ty> normalized = new HashMap<>();

    public Resolver(TyCtxt tcx) { this.tcx = tcx; }

    /** Thrown when a call cannot be resolved (an unsupported construct, never a wrong call). */
    public static final class ResolveError extends RuntimeException {
        public ResolveError(String message) { super(message); }
    }

    /** The type with its associated types and `impl Trait` types replaced by what they are. */
    public Ty normalize(Ty t) {
        if (!t.hasAliases()) return t;
        Ty n = normalized.get(t);
        if (n != null) return n;
        SelectionContext scx = new SelectionContext(tcx, new InferCtxt(), ParamEnv.REVEAL_ALL);
        List<Obligation> out = new ArrayList<>();
        n = scx.infcx.resolve(scx.normalize(t, Span.DUMMY, out, null));
        if (n.hasInfer() || n.hasAliases()) {
            // a projection needing its obligations solved first
            rustmem.traits.FulfillmentCtxt f = new rustmem.traits.FulfillmentCtxt();
            f.registerAll(out);
            f.selectWherePossible(scx);
            n = scx.infcx.resolve(n);
        }
        if (n.hasInfer()) throw new ResolveError("cannot normalize `" + tcx.display(t) + "`");
        normalized.put(t, n);
        return n;
    }

    public rustmem.types.FnSig normalizeSig(rustmem.types.FnSig sig) {
        return new rustmem.types.FnSig(normalizeAll(sig.inputs()), normalize(sig.output()), sig.unsafe(), sig.variadic(), sig.abi());
    }

    public List<Ty> normalizeAll(List<Ty> ts) {
        List<Ty> out = new ArrayList<>(ts.size());
        for (Ty t : ts) out.add(normalize(t));
        return out;
    }

    /** The instance a call of fn with args runs. */
    public Instance resolve(DefId fn, List<Ty> args) {
        Instance key = Instance.item(fn, args);
        Instance r = cache.get(key);
        if (r == null) {
            r = compute(fn, args);
            cache.put(key, r);
        }
        return r;
    }

    private Instance compute(DefId fn, List<Ty> args) {
        DefKind k = tcx.kind(fn);
        switch (k) {
            case CLOSURE -> {
                return Instance.item(fn, args);
            }
            case STRUCT, VARIANT, CTOR_STRUCT, CTOR_VARIANT -> {
                DefId adtDid = k == DefKind.VARIANT || k == DefKind.CTOR_VARIANT ? tcx.defs.parent(fn) : fn;
                AdtDef adt = tcx.adtDef(adtDid);
                int variant = adt.isEnum() ? adt.variantIndex(fn) : 0;
                return new Instance(Instance.Kind.CTOR, fn, args, new Ty.Adt(adt, args), variant);
            }
            default -> { }
        }
        if (isIntrinsic(fn)) return new Instance(Instance.Kind.INTRINSIC, fn, args, null, 0);
        if (tcx.kind(fn) == DefKind.FOREIGN_FN) return new Instance(Instance.Kind.FOREIGN, fn, args, null, 0);
        DefId trait = tcx.traitOfItem(fn);
        if (trait == null) return Instance.item(fn, args);
        int n = tcx.generics(trait).count();
        TraitRef ref = new TraitRef(trait, args.subList(0, n));
        List<Ty> own = args.subList(n, args.size());
        String name = tcx.name(fn);
        Selection sel = select(ref);
        return switch (sel) {
            case Selection.Impl impl -> {
                for (AssocItem a : tcx.assocItems(impl.impl())) {
                    if (a.kind() == AssocItem.Kind.FN && a.name().equals(name)) {
                        List<Ty> all = new ArrayList<>(impl.args());
                        all.addAll(own);
                        yield isIntrinsic(a.def()) ? new Instance(Instance.Kind.INTRINSIC, a.def(), List.copyOf(all), null, 0)
                            : Instance.item(a.def(), all);
                    }
                }
                yield Instance.item(fn, args);   // the trait's default body
            }
            case Selection.Closure c -> new Instance(Instance.Kind.CLOSURE_CALL, c.closure(), c.args(), ref.self(), fnTraitIndex(name));
            case Selection.FnPointer fp -> new Instance(Instance.Kind.FN_CALL, fn, args, fp.fnTy(), fnTraitIndex(name));
            case Selection.Object obj -> new Instance(Instance.Kind.VIRTUAL, fn, args, ref.self(), vtableIndex((Ty.Dynamic) ref.self(), fn));
            case Selection.Builtin b -> {
                if (tcx.lang.is(trait, "clone") && name.equals("clone")) yield new Instance(Instance.Kind.CLONE_SHIM, fn, args, ref.self(), 0);
                if (tcx.lang.is(trait, "clone") && name.equals("clone_from")) yield Instance.item(fn, args);
                throw new ResolveError("no body for the built-in `" + tcx.defs.pathString(fn) + "` of `" + tcx.display(ref.self()) + "`");
            }
            case Selection.Param p -> throw new ResolveError("unresolved trait method `" + tcx.defs.pathString(fn) + "` for `"
                + tcx.display(ref.self()) + "`");
        };
    }

    private static int fnTraitIndex(String method) {
        return switch (method) {
            case "call" -> 0;
            case "call_mut" -> 1;
            default -> 2;
        };
    }

    public boolean isIntrinsic(DefId fn) {
        // an intrinsic is a free function (rustc's rule): an associated one is never looked at, nor its impl read
        if (tcx.defs.kind(fn) != DefKind.FN) return false;
        Boolean std = tcx.defs.isStd(fn) ? tcx.res.isStdIntrinsic(fn) : null;
        if (std != null) return std;   // (std's image says: the function's own part is not read)
        Object node = tcx.defs.node(fn);
        return node instanceof rustmem.syntax.ast.Item item && TyCtxt.hasAttr(item.attrs(), "rustc_intrinsic");
    }

    /** The impl (or built-in rule) that makes a trait predicate hold for known types. */
    public Selection select(TraitRef ref) {
        SelectionContext scx = new SelectionContext(tcx, new InferCtxt(), ParamEnv.REVEAL_ALL);
        SelectionContext.Result r = scx.select(new Obligation(new Predicate.Trait(ref), Span.DUMMY));
        if (r instanceof SelectionContext.Result.Ok ok) {
            Selection s = ok.selection();
            // the impl's arguments as inference fixed them
            if (s instanceof Selection.Impl impl) {
                List<Ty> args = new ArrayList<>();
                for (Ty t : impl.args()) args.add(normalize(scx.infcx.resolve(t)));
                // arguments still unknown are unconstrained by the impl's header (only its where-clauses fix them)
                if (args.stream().anyMatch(Ty::hasInfer)) args = solveRemaining(scx, impl, args);
                return new Selection.Impl(impl.impl(), List.copyOf(args), impl.nested());
            }
            return s;
        }
        throw new ResolveError("`" + tcx.display(ref.self()) + ": " + tcx.defs.pathString(ref.trait()) + "` does not hold ("
            + r.getClass().getSimpleName() + ")");
    }

    private List<Ty> solveRemaining(SelectionContext scx, Selection.Impl impl, List<Ty> args) {
        rustmem.traits.FulfillmentCtxt f = new rustmem.traits.FulfillmentCtxt();
        f.registerAll(impl.nested());
        f.selectWherePossible(scx);
        List<Ty> out = new ArrayList<>();
        for (Ty t : impl.args()) out.add(normalize(scx.infcx.resolve(t)));
        return out;
    }

    /** Whether a trait predicate holds for known types. */
    public boolean holds(TraitRef ref) {
        SelectionContext scx = new SelectionContext(tcx, new InferCtxt(), ParamEnv.REVEAL_ALL);
        return scx.evaluate(new Predicate.Trait(ref), Span.DUMMY) == SelectionContext.Eval.YES;
    }

    // ------------------------------------------------------------------ vtables

    /** The methods a vtable for the object type's principal trait holds, in slot order (after drop, size, align). */
    public List<AssocItem> vtableMethods(Ty.Dynamic d) {
        List<AssocItem> out = new ArrayList<>();
        if (d.principal() == null) return out;
        List<Ty> args = new ArrayList<>();
        args.add(d);
        args.addAll(d.args());
        for (TraitRef t : tcx.supertraitRefs(new TraitRef(d.principal(), List.copyOf(args)))) {
            for (AssocItem a : tcx.assocItems(t.trait())) {
                if (a.kind() == AssocItem.Kind.FN && a.hasSelf() && !out.contains(a)) out.add(a);
            }
        }
        return out;
    }

    private int vtableIndex(Ty.Dynamic d, DefId method) {
        List<AssocItem> ms = vtableMethods(d);
        for (int i = 0; i < ms.size(); i++) if (ms.get(i).def().equals(method)) return i;
        throw new ResolveError("`" + tcx.defs.pathString(method) + "` is not in the vtable of `" + tcx.display(d) + "`");
    }

    /** The trait reference a supertrait method of a trait object is called through (for the vtable's entries). */
    public TraitRef traitRefFor(Ty.Dynamic d, Ty concrete, DefId trait) {
        List<Ty> args = new ArrayList<>();
        args.add(d);
        args.addAll(d.args());
        for (TraitRef t : tcx.supertraitRefs(new TraitRef(d.principal(), List.copyOf(args)))) {
            if (t.trait().equals(trait)) {
                List<Ty> a = new ArrayList<>(t.args());
                a.set(0, concrete);
                return new TraitRef(trait, List.copyOf(a));
            }
        }
        throw new ResolveError("no supertrait " + tcx.defs.pathString(trait));
    }
}
