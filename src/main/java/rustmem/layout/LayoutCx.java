package rustmem.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import rustmem.types.AdtDef;
import rustmem.types.ClosureInfo;
import rustmem.types.Predicate;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * The layout of any fully known type for one target (rustc's {@code layout_of}): each kind of type turned into
 * input for the {@link LayoutCalculator}. Field types come from the type context, their associated types
 * normalized by the given function (the trait solver's). Results are cached per type.
 */
public final class LayoutCx {
    /** What a pointer to a type carries besides the address. */
    public enum PointerMetadata { NONE, LENGTH, VTABLE }

    /** A type whose layout cannot be computed (a cycle without indirection, too big, not a concrete type). */
    public static final class LayoutError extends RuntimeException {
        public LayoutError(String message) { super(message); }
    }

    private final TyCtxt tcx;
    private final TargetDataLayout dl;
    private final LayoutCalculator calc;
    private final UnaryOperator<Ty> normalize;
    private final Map<Ty, Layout> cache = new HashMap<>();
    private final Set<Ty> inProgress = new HashSet<>();

    public LayoutCx(TyCtxt tcx, TargetDataLayout dl, UnaryOperator<Ty> normalize) {
        this.tcx = tcx;
        this.dl = dl;
        this.calc = new LayoutCalculator(dl);
        this.normalize = normalize;
    }

    public TargetDataLayout dataLayout() { return dl; }

    private final rustmem.types.IdentityCache<Ty, Layout> byIdentity = new rustmem.types.IdentityCache<>();

    public Layout layoutOf(Ty ty) {
        Layout l = byIdentity.get(ty, cache);
        if (l != null) return l;
        if (!inProgress.add(ty)) throw new LayoutError("recursive type `" + tcx.display(ty) + "` has infinite size");
        try {
            l = compute(ty);
        } finally {
            inProgress.remove(ty);
        }
        if (l.size() > dl.maxObjectSize()) {
            throw new LayoutError("values of the type `" + tcx.display(ty) + "` are too big for the target architecture");
        }
        cache.put(ty, l);
        byIdentity.put(ty, l);
        return l;
    }

    private Layout scalar(Primitive p, BigInteger start, BigInteger end) {
        return Layout.scalar(new Scalar(p, new WrappingRange(start, end)), dl);
    }

    private Layout compute(Ty ty) {
        return switch (ty) {
            case Ty.Int i -> Layout.scalar(Scalar.full(new Primitive.Int(i.kind().pointerSized() ? dl.ptrSizedInteger()
                : IntWidth.ofSize(i.kind().size), i.kind().signed), dl), dl);
            case Ty.Float f -> Layout.scalar(Scalar.full(new Primitive.Float(f.kind() == Ty.FloatTy.F32 ? 4 : 8), dl), dl);
            case Ty.Bool b -> scalar(new Primitive.Int(IntWidth.I8, false), BigInteger.ZERO, BigInteger.ONE);
            case Ty.Char c -> scalar(new Primitive.Int(IntWidth.I32, false), BigInteger.ZERO, BigInteger.valueOf(0x10FFFF));
            case Ty.Never n -> LayoutCalculator.never();
            case Ty.Str s -> unsized(1);
            case Ty.Slice s -> unsized(layoutOf(s.element()).align());
            case Ty.Dynamic d -> unsized(1);
            case Ty.Tuple t -> t.elements().isEmpty()
                ? calc.univariant(List.of(), ReprOptions.DEFAULT, LayoutCalculator.ALWAYS_SIZED)
                : calc.univariant(t.elements().stream().map(this::layoutOf).toList(), ReprOptions.DEFAULT, LayoutCalculator.MAYBE_UNSIZED);
            case Ty.Array a -> array(a);
            case Ty.Closure c -> calc.univariant(upvarTys(c).stream().map(this::layoutOf).toList(), ReprOptions.DEFAULT,
                LayoutCalculator.ALWAYS_SIZED);
            case Ty.Ref r -> pointer(r.pointee(), true);
            case Ty.RawPtr r -> pointer(r.pointee(), false);
            case Ty.FnPtr f -> scalar(Primitive.POINTER, BigInteger.ONE, WrappingRange.max(dl.pointerSize()));
            case Ty.FnDef f -> calc.univariant(List.of(), ReprOptions.DEFAULT, LayoutCalculator.ALWAYS_SIZED);
            case Ty.Adt a -> adt(a);
            case Ty.Alias a -> layoutOf(normalized(a));
            default -> throw new LayoutError("the layout of `" + tcx.display(ty) + "` depends on its instantiation");
        };
    }

    private Ty normalized(Ty t) {
        Ty n = normalize.apply(t);
        if (n instanceof Ty.Alias) throw new LayoutError("cannot normalize `" + tcx.display(t) + "`");
        return n;
    }

    /** The types of a closure's captured values (its fields). */
    public List<Ty> upvarTys(Ty.Closure c) {
        ClosureInfo info = tcx.closureInfo(c.def());
        List<Ty> out = new ArrayList<>();
        for (Ty t : info.upvarTys()) out.add(field(t.subst(c.args())));
        return out;
    }

    /** A field's type in an instance: its declared type with the arguments, associated types normalized. */
    public Ty field(Ty t) { return t.hasAliases() ? normalize.apply(t) : t; }

    public Ty fieldTy(AdtDef.FieldDef f, List<Ty> args) { return field(tcx.typeOf(f.did()).subst(args)); }

    /**
     * Whether the type holds an UnsafeCell by value, not behind a pointer (it is not `Freeze`): a static of it is
     * writable, and a borrow of a constant of it is not promoted.
     */
    public boolean interiorMutable(Ty ty) { return interiorMutable(ty, new java.util.HashSet<>()); }

    private boolean interiorMutable(Ty ty, java.util.Set<Ty> seen) {
        Ty t = field(ty);
        if (!seen.add(t)) return false;
        return switch (t) {
            case Ty.Adt a -> a.def().is("unsafe_cell") || a.def().variants.stream().flatMap(v -> v.fields().stream())
                .anyMatch(f -> interiorMutable(fieldTy(f, a.args()), seen));
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(e -> interiorMutable(e, seen));
            case Ty.Array arr -> interiorMutable(arr.element(), seen);
            default -> false;
        };
    }

    private static Layout unsized(int align) {
        return new Layout(0, align, FieldsShape.PRIMITIVE, new Variants.Single(0), null, false, new Layout.BackendRepr.Memory(false));
    }

    private Layout array(Ty.Array a) {
        Layout e = layoutOf(a.element());
        if (!(a.length() instanceof Ty.ConstValue cv)) throw new LayoutError("array length not known: " + tcx.display(a));
        long n = cv.value();
        if (n > 0 && e.size() > 0 && e.size() > dl.maxObjectSize() / n) {
            throw new LayoutError("values of the type `" + tcx.display(a) + "` are too big for the target architecture");
        }
        Niche niche = n > 0 ? e.largestNiche() : null;
        return new Layout(e.size() * n, e.align(), new FieldsShape.Array(e.size(), n), new Variants.Single(0), niche,
            n > 0 && e.uninhabited(), Layout.MEMORY);
    }

    /** What a pointer to this type carries: the tail of a struct or tuple decides. */
    public PointerMetadata metadataOf(Ty pointee) {
        return switch (pointee) {
            case Ty.Str s -> PointerMetadata.LENGTH;
            case Ty.Slice s -> PointerMetadata.LENGTH;
            case Ty.Dynamic d -> PointerMetadata.VTABLE;
            case Ty.Tuple t -> t.elements().isEmpty() ? PointerMetadata.NONE : metadataOf(t.elements().get(t.elements().size() - 1));
            case Ty.Adt a when a.def().isStruct() && !a.def().nonEnumVariant().fields().isEmpty() -> {
                var fields = a.def().nonEnumVariant().fields();
                yield metadataOf(fieldTy(fields.get(fields.size() - 1), a.args()));
            }
            case Ty.Alias al -> metadataOf(normalized(al));
            default -> PointerMetadata.NONE;
        };
    }

    private Layout pointer(Ty pointee, boolean nonNull) {
        BigInteger max = WrappingRange.max(dl.pointerSize());
        Scalar data = new Scalar(Primitive.POINTER, nonNull ? new WrappingRange(BigInteger.ONE, max) : WrappingRange.full(dl.pointerSize()));
        PointerMetadata meta = metadataOf(pointee);
        if (meta == PointerMetadata.NONE) return Layout.scalar(data, dl);
        Scalar extra = meta == PointerMetadata.LENGTH
            ? Scalar.full(new Primitive.Int(dl.ptrSizedInteger(), false), dl)
            : new Scalar(Primitive.POINTER, new WrappingRange(BigInteger.ONE, max));
        long second = dl.pointerSize();
        Niche niche = Niche.of(0, data, dl);
        if (niche == null) niche = Niche.of(second, extra, dl);
        return new Layout(2L * dl.pointerSize(), dl.pointerAlign(), new FieldsShape.Arbitrary(new long[] {0, second}, new int[] {0, 1}),
            new Variants.Single(0), niche, false, new Layout.BackendRepr.ScalarPair(data, extra, second));
    }

    private Layout adt(Ty.Adt a) {
        AdtDef def = a.def();
        switch (def.kind) {
            case UNION -> {
                return calc.union(fieldLayouts(def.nonEnumVariant(), a.args()), def.repr);
            }
            case STRUCT -> {
                List<Layout> fields = fieldLayouts(def.nonEnumVariant(), a.args());
                LayoutCalculator.StructKind kind = lastFieldMaybeUnsized(def) ? LayoutCalculator.MAYBE_UNSIZED : LayoutCalculator.ALWAYS_SIZED;
                Layout st = calc.univariant(fields, def.repr, kind);
                if (def.is("unsafe_cell")) st = calc.withoutNiche(st);
                if (def.validStart != null || def.validEnd != null) st = calc.withValidRange(st, def.validStart, def.validEnd);
                return st;
            }
            default -> {
                List<LayoutCalculator.VariantInput> inputs = new ArrayList<>();
                var it = def.repr.intTy();
                int bytes = it == null || it.fixedSize() == 0 ? dl.pointerSize() : it.fixedSize();
                boolean signed = it == null || it.signed();
                boolean explicit = def.variants.stream().anyMatch(AdtDef.VariantDef::explicitDiscr);
                for (AdtDef.VariantDef v : def.variants) {
                    inputs.add(new LayoutCalculator.VariantInput(fieldLayouts(v, a.args()), wrap(v.discr(), bytes, signed)));
                }
                return calc.enumLayout(inputs, def.repr, explicit);
            }
        }
    }

    private static BigInteger wrap(BigInteger v, int bytes, boolean signed) {
        BigInteger mod = BigInteger.ONE.shiftLeft(bytes * 8);
        BigInteger u = v.mod(mod);
        if (signed && u.testBit(bytes * 8 - 1)) u = u.subtract(mod);
        return u;
    }

    private List<Layout> fieldLayouts(AdtDef.VariantDef v, List<Ty> args) {
        List<Layout> out = new ArrayList<>(v.fields().size());
        for (AdtDef.FieldDef f : v.fields()) out.add(layoutOf(fieldTy(f, args)));
        return out;
    }

    /** A struct keeps its last field last when that field's declared type may be unsized. */
    private boolean lastFieldMaybeUnsized(AdtDef def) {
        var fields = def.nonEnumVariant().fields();
        return !fields.isEmpty() && !knownSized(tcx.typeOf(fields.get(fields.size() - 1).did()), def, new HashSet<>());
    }

    private boolean knownSized(Ty declared, AdtDef context, Set<AdtDef> seen) {
        return switch (declared) {
            case Ty.Param p -> isSizedParam(context, p);
            case Ty.Str s -> false;
            case Ty.Slice s -> false;
            case Ty.Dynamic d -> false;
            case Ty.Tuple t -> t.elements().isEmpty() || knownSized(t.elements().get(t.elements().size() - 1), context, seen);
            case Ty.Adt a when a.def().isStruct() && seen.add(a.def()) -> {
                var fields = a.def().nonEnumVariant().fields();
                if (fields.isEmpty()) yield true;
                yield knownSized(tcx.typeOf(fields.get(fields.size() - 1).did()).subst(a.args()), context, seen);
            }
            default -> true;
        };
    }

    private boolean isSizedParam(AdtDef context, Ty.Param p) {
        rustmem.resolve.DefId sized = tcx.lang.get("sized");
        for (Predicate pr : tcx.predicatesOf(context.did)) {
            if (pr instanceof Predicate.Trait t && t.ref().trait().equals(sized) && t.ref().self().equals(p)) return true;
        }
        return false;
    }
}
