package rustmem.traits;

import java.util.ArrayList;
import java.util.List;
import rustmem.resolve.DefId;
import rustmem.types.AdtDef;
import rustmem.types.ClosureInfo;
import rustmem.types.FnSig;
import rustmem.types.Predicate;
import rustmem.types.TraitRef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * The trait impls the language provides rather than std's source (rustc's builtin candidates): {@code Sized},
 * {@code Copy}/{@code Clone} of closures and functions, the {@code Fn} traits of closures, function items and
 * pointers, {@code Unsize}, the structural auto-trait impls ({@code Send}, {@code Sync} …), and the associated
 * types that come with them ({@code FnOnce::Output}, {@code DiscriminantKind::Discriminant}).
 */
final class BuiltinImpls {
    private final SelectionContext scx;
    private final TyCtxt tcx;

    BuiltinImpls(SelectionContext scx) {
        this.scx = scx;
        this.tcx = scx.tcx;
    }

    private boolean is(TraitRef ref, String lang) { return tcx.lang.is(ref.trait(), lang); }

    private Predicate trait(String lang, Ty self) {
        return new Predicate.Trait(new TraitRef(tcx.lang.require(lang), List.of(self)));
    }

    private Predicate trait(DefId trait, Ty self) { return new Predicate.Trait(new TraitRef(trait, List.of(self))); }

    void assemble(TraitRef ref, Ty self, List<SelectionContext.Candidate> out) {
        if (is(ref, "sized")) sized(self, out);
        else if (is(ref, "copy") || is(ref, "clone")) copyClone(ref, self, out);
        else if (is(ref, "fn") || is(ref, "fn_mut") || is(ref, "fn_once")) fnTraits(ref, self, out);
        else if (is(ref, "unsize")) unsize(ref, self, out);
        else if (is(ref, "discriminant_kind") || is(ref, "tuple_trait") || is(ref, "destruct")) out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
    }

    private void sized(Ty self, List<SelectionContext.Candidate> out) {
        switch (self) {
            case Ty.Str s -> { }
            case Ty.Slice s -> { }
            case Ty.Dynamic d -> { }
            case Ty.Param p -> { }   // by where-clauses
            case Ty.Alias a -> { }   // by its bounds
            case Ty.Tuple t when !t.elements().isEmpty() ->
                out.add(new SelectionContext.Candidate.BuiltinC(List.of(trait("sized", t.elements().get(t.elements().size() - 1)))));
            default -> out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
        }
    }

    /** Copy and Clone of closures (by their captures), function items and pointers, and `!`. */
    private void copyClone(TraitRef ref, Ty self, List<SelectionContext.Candidate> out) {
        switch (self) {
            case Ty.FnDef f -> out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
            case Ty.FnPtr f -> out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
            case Ty.Never n -> out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
            case Ty.Closure c -> {
                ClosureInfo info = scx.closureInfo(c.def());
                if (info == null || info.captures == null) {
                    out.add(new SelectionContext.Candidate.AmbiguousC());   // captures not inferred yet
                    return;
                }
                List<Predicate> nested = new ArrayList<>();
                for (Ty up : info.upvarTys()) nested.add(trait(ref.trait(), up.subst(c.args())));
                out.add(new SelectionContext.Candidate.BuiltinC(nested));
            }
            default -> { }
        }
    }

    private void fnTraits(TraitRef ref, Ty self, List<SelectionContext.Candidate> out) {
        switch (self) {
            case Ty.Closure c -> out.add(new SelectionContext.Candidate.ClosureC(c.def(), c.args()));
            case Ty.FnDef f -> {
                FnSig sig = tcx.fnSig(f.def());
                if (!sig.unsafe() && "Rust".equals(sig.abi())) out.add(new SelectionContext.Candidate.FnPointerC(f));
            }
            case Ty.FnPtr f -> {
                if (!f.sig().unsafe() && "Rust".equals(f.sig().abi())) out.add(new SelectionContext.Candidate.FnPointerC(f));
            }
            default -> { }
        }
    }

    /** A closure's Fn trait: its kind allows the call (Fn ≤ FnMut ≤ FnOnce) and its parameters match. */
    boolean confirmClosure(TraitRef ref, DefId closure, List<Obligation> nested, Obligation o) {
        ClosureInfo info = scx.closureInfo(closure);
        if (info == null) return false;
        Ty.Closure self = (Ty.Closure) scx.infcx.shallowResolve(ref.self());
        FnSig sig = info.sig.subst(self.args());
        if (info.kind != null) {
            ClosureInfo.Kind wanted = is(ref, "fn") ? ClosureInfo.Kind.FN : is(ref, "fn_mut") ? ClosureInfo.Kind.FN_MUT : ClosureInfo.Kind.FN_ONCE;
            if (info.kind.ordinal() > wanted.ordinal()) return false;
        }
        List<Ty> inputs = sig.inputs();
        if (inputs.stream().anyMatch(Ty::hasAliases)) {
            // the closure's parameters as its generic context sees them (`Self::Item`), normalized here
            List<Obligation> ignored = new ArrayList<>();
            inputs = Ty.foldAll(inputs, t -> scx.normalize(t, rustmem.source.Span.DUMMY, ignored, null));
        }
        return scx.infcx.unify(ref.args().get(1), Ty.tuple(inputs));
    }

    boolean confirmFnPointer(TraitRef ref, Ty fnTy) {
        FnSig sig = fnTy instanceof Ty.FnDef f ? tcx.fnSig(f.def()).subst(f.args()) : ((Ty.FnPtr) fnTy).sig();
        List<Obligation> ignored = new ArrayList<>();
        sig = new FnSig(Ty.foldAll(sig.inputs(), t -> scx.normalize(t, rustmem.source.Span.DUMMY, ignored, null)), sig.output());
        return scx.infcx.unify(ref.args().get(1), Ty.tuple(sig.inputs()));
    }

    /** `T: Unsize<U>`: an array to a slice, a sized type to a trait object it implements, a trait object to a supertrait's. */
    private void unsize(TraitRef ref, Ty self, List<SelectionContext.Candidate> out) {
        Ty target = scx.infcx.shallowResolve(ref.args().get(1));
        if (self instanceof Ty.Array a && target instanceof Ty.Slice s) {
            if (scx.infcx.canUnify(a.element(), s.element())) {
                scx.infcx.unify(a.element(), s.element());
                out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
            }
            return;
        }
        if (target instanceof Ty.Dynamic d && !(self instanceof Ty.Dynamic)) {
            if (self instanceof Ty.Str || self instanceof Ty.Slice) return;
            List<Predicate> nested = new ArrayList<>();
            if (d.principal() != null) {
                TraitRef principal = scx.objectTraitRef(d).withSelf(self);
                nested.add(new Predicate.Trait(principal));
                for (Ty.AssocBinding b : d.bindings()) {
                    DefId assocTrait = tcx.traitOfItem(b.assoc());
                    List<Ty> args = principal.args();
                    for (TraitRef sup : tcx.supertraitRefs(principal)) if (sup.trait().equals(assocTrait)) args = sup.args();
                    nested.add(new Predicate.Projection(new Ty.Alias(Ty.AliasKind.PROJECTION, b.assoc(), args), b.ty()));
                }
            }
            for (DefId auto : d.autoTraits()) nested.add(trait(auto, self));
            nested.add(trait("sized", self));
            out.add(new SelectionContext.Candidate.BuiltinC(nested));
            return;
        }
        if (target instanceof Ty.Dynamic d && self instanceof Ty.Dynamic s && s.autoTraits().containsAll(d.autoTraits())) {
            // dropping auto traits from a trait object
            if (java.util.Objects.equals(s.principal(), d.principal())) {
                out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
                return;
            }
            // trait upcasting (stable since 1.86): `dyn Sub` to `dyn Super` for a supertrait of Sub's
            if (s.principal() != null && d.principal() != null) {
                TraitRef want = scx.objectTraitRef(d).withSelf(self);
                for (TraitRef sup : tcx.supertraitRefs(scx.objectTraitRef(s).withSelf(self))) {
                    if (sup.trait().equals(want.trait()) && scx.infcx.canUnify(Ty.tuple(sup.args()), Ty.tuple(want.args()))) {
                        scx.infcx.unify(Ty.tuple(sup.args()), Ty.tuple(want.args()));
                        out.add(new SelectionContext.Candidate.BuiltinC(List.of()));
                        return;
                    }
                }
            }
        }
    }

    /** An auto trait without explicit impls for the type: it holds when it holds for everything the type holds. */
    void assembleAuto(TraitRef ref, Ty self, List<SelectionContext.Candidate> out) {
        DefId trait = ref.trait();
        boolean send = tcx.lang.is(trait, "send");
        List<Predicate> nested = new ArrayList<>();
        switch (self) {
            case Ty.Int i -> { }
            case Ty.Float f -> { }
            case Ty.Infer v when v.kind() != Ty.InferKind.TY -> { }   // every integer and float type is
            case Ty.Bool b -> { }
            case Ty.Char c -> { }
            case Ty.Str s -> { }
            case Ty.Never n -> { }
            case Ty.FnDef f -> { }
            case Ty.FnPtr f -> { }
            case Ty.Array a -> nested.add(trait(trait, a.element()));
            case Ty.Slice s -> nested.add(trait(trait, s.element()));
            case Ty.Tuple t -> { for (Ty e : t.elements()) nested.add(trait(trait, e)); }
            case Ty.Ref r -> {
                // &T: Send needs T: Sync; &mut T: Send needs T: Send; Sync of either needs T: Sync
                DefId sync = tcx.lang.get("sync");
                if (send && !r.mutable() && sync != null) nested.add(trait(sync, r.pointee()));
                else nested.add(trait(trait, r.pointee()));
            }
            case Ty.RawPtr p -> nested.add(trait(trait, p.pointee()));   // (Send and Sync: std's negative impls decide first)
            case Ty.Adt a -> {
                for (AdtDef.VariantDef v : a.def().variants) {
                    for (AdtDef.FieldDef f : v.fields()) {
                        // a field's type may be a projection (Cow's `<B as ToOwned>::Owned`): the auto trait is of its value
                        Ty ft = tcx.fieldTy(f, a.args());
                        if (ft.any(x -> x instanceof Ty.Alias)) {
                            List<rustmem.traits.Obligation> ignored = new ArrayList<>();
                            ft = scx.normalize(ft, rustmem.source.Span.DUMMY, ignored, null);
                        }
                        nested.add(trait(trait, ft));
                    }
                }
            }
            case Ty.Closure c -> {
                ClosureInfo info = scx.closureInfo(c.def());
                if (info == null || info.captures == null) {
                    out.add(new SelectionContext.Candidate.AmbiguousC());   // captures not inferred yet
                    return;
                }
                for (Ty up : info.upvarTys()) nested.add(trait(trait, up.subst(c.args())));
            }
            case Ty.Dynamic d -> {
                if (!d.autoTraits().contains(trait)) return;
            }
            default -> { return; }
        }
        out.add(new SelectionContext.Candidate.BuiltinC(nested));
    }

    /** Associated types the language defines: FnOnce::Output of callables, DiscriminantKind::Discriminant. Null if none. */
    Ty project(Ty.Alias alias, Ty self) {
        if (tcx.lang.is(alias.def(), "fn_once_output")) {
            return switch (self) {
                case Ty.Closure c -> {
                    ClosureInfo info = scx.closureInfo(c.def());
                    yield info == null ? Ty.ERROR : info.sig.subst(c.args()).output();
                }
                case Ty.FnDef f -> tcx.fnSig(f.def()).subst(f.args()).output();
                case Ty.FnPtr f -> f.sig().output();
                default -> null;
            };
        }
        if (tcx.lang.is(alias.def(), "discriminant_type")) {
            if (self instanceof Ty.Adt a && a.def().isEnum()) {
                var it = a.def().repr.intTy();
                if (it == null) return Ty.ISIZE;
                for (Ty.IntTy k : Ty.IntTy.values()) {
                    if ((k.pointerSized() ? 0 : k.size) == it.fixedSize() && k.signed == it.signed()) return Ty.intTy(k);
                }
            }
            if (self instanceof Ty.Infer) return Ty.ERROR;
            return Ty.U8;
        }
        return null;
    }
}
