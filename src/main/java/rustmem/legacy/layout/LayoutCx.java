package rustmem.legacy.layout;

import rustmem.layout.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.legacy.types.AdtDef;
import rustmem.layout.ReprOptions;
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.TypeError;

/**
 * Computes the layout of any {@link Ty} for one target (rustc's {@code layout_of}), turning each
 * kind of type into input for the {@link LayoutCalculator}. Results are cached per type.
 */
public final class LayoutCx {
    /** What a pointer to a type carries besides the address (§3.3). */
    public enum PointerMetadata { NONE, LENGTH, VTABLE }

    private final TargetDataLayout dl;
    private final LayoutCalculator calc;
    private final Map<Ty, Layout> cache = new HashMap<>();
    private final Set<Ty> inProgress = new HashSet<>();

    public LayoutCx(TargetDataLayout dl) {
        this.dl = dl;
        this.calc = new LayoutCalculator(dl);
    }

    public TargetDataLayout dataLayout() { return dl; }

    /** The layout of a type; unsized types get a size-0 layout marked unsized. */
    public Layout layoutOf(Ty ty) {
        Layout l = cache.get(ty);
        if (l != null) return l;
        if (!inProgress.add(ty)) throw recursive(ty);
        try {
            l = compute(ty);
        } finally {
            inProgress.remove(ty);
        }
        if (l.size() > dl.maxObjectSize()) {
            throw new TypeError(Diagnostic.error("values of the type `" + ty.display() + "` are too big for the target "
                + "architecture").build());
        }
        cache.put(ty, l);
        return l;
    }

    private static TypeError recursive(Ty ty) {
        String name = ty instanceof Ty.Adt a ? a.def().name() : ty.display();
        Span span = ty instanceof Ty.Adt a ? a.def().span() : null;
        return new TypeError(Diagnostic.error("recursive type `" + name + "` has infinite size").code("E0072")
            .span(span == null ? Span.DUMMY : span).help("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle")
            .build());
    }

    private Layout scalar(Primitive p, BigInteger start, BigInteger end) {
        return Layout.scalar(new Scalar(p, new WrappingRange(start, end)), dl);
    }

    private Layout fullInt(IntWidth i, boolean signed) {
        return Layout.scalar(Scalar.full(new Primitive.Int(i, signed), dl), dl);
    }

    private Layout compute(Ty ty) {
        return switch (ty) {
            case Ty.Int i -> fullInt(i.kind().fixedSize == 0 ? dl.ptrSizedInteger() : IntWidth.ofSize(i.kind().fixedSize),
                i.kind().signed);
            case Ty.Float f -> Layout.scalar(Scalar.full(new Primitive.Float(f.kind() == Ty.FloatTy.F32 ? 4 : 8), dl), dl);
            case Ty.Bool b -> scalar(new Primitive.Int(IntWidth.I8, false), BigInteger.ZERO, BigInteger.ONE);
            case Ty.Char c -> scalar(new Primitive.Int(IntWidth.I32, false), BigInteger.ZERO, BigInteger.valueOf(0x10FFFF));
            case Ty.Never n -> LayoutCalculator.never();
            case Ty.Str s -> unsized(1);
            case Ty.Slice s -> unsized(layoutOf(s.element()).align());
            case Ty.Dynamic d -> unsized(1);
            case Ty.Tuple t -> t.elements().isEmpty()
                ? calc.univariant(List.of(), ReprOptions.DEFAULT, LayoutCalculator.ALWAYS_SIZED)
                : calc.univariant(t.elements().stream().map(this::layoutOf).toList(), ReprOptions.DEFAULT,
                    LayoutCalculator.MAYBE_UNSIZED);
            case Ty.Array a -> array(a);
            // a closure is laid out as a struct of its captured variables (references or values)
            case Ty.Closure c -> calc.univariant(c.fieldTys().stream().map(this::layoutOf).toList(), ReprOptions.DEFAULT,
                LayoutCalculator.ALWAYS_SIZED);
            case Ty.Ref r -> pointer(r.pointee(), true);
            case Ty.RawPtr r -> pointer(r.pointee(), false);
            case Ty.FnPtr f -> scalar(Primitive.POINTER, BigInteger.ONE, WrappingRange.max(dl.pointerSize()));
            case Ty.FnDef f -> calc.univariant(List.of(), ReprOptions.DEFAULT, LayoutCalculator.ALWAYS_SIZED);
            case Ty.Adt a -> adt(a);
            case Ty.Param p -> throw new TypeError(Diagnostic.error("unsupported: the layout of the generic parameter `"
                + p.name() + "` depends on its instantiation").build());
            case Ty.Infer i -> throw new IllegalStateException("layout of an unresolved inference variable");
        };
    }

    private static Layout unsized(int align) {
        return new Layout(0, align, FieldsShape.PRIMITIVE, new Variants.Single(0), null, false,
            new Layout.BackendRepr.Memory(false));
    }

    private Layout array(Ty.Array a) {
        Layout e = layoutOf(a.element());
        if (e.isUnsized()) throw new TypeError(Diagnostic.error("the size for values of type `" + a.element().display()
            + "` cannot be known at compilation time").code("E0277").build());
        if (a.length() > 0 && e.size() > 0 && e.size() > dl.maxObjectSize() / a.length()) {
            throw new TypeError(Diagnostic.error("values of the type `" + a.display()
                + "` are too big for the target architecture").build());
        }
        Niche niche = a.length() > 0 ? e.largestNiche() : null;
        return new Layout(e.size() * a.length(), e.align(), new FieldsShape.Array(e.size(), a.length()),
            new Variants.Single(0), niche, a.length() > 0 && e.uninhabited(), Layout.MEMORY);
    }

    /** What a pointer to this (instantiated) type carries: the tail of a struct or tuple decides. */
    public PointerMetadata metadataOf(Ty pointee) {
        return switch (pointee) {
            case Ty.Str s -> PointerMetadata.LENGTH;
            case Ty.Slice s -> PointerMetadata.LENGTH;
            case Ty.Dynamic d -> PointerMetadata.VTABLE;
            case Ty.Tuple t -> t.elements().isEmpty() ? PointerMetadata.NONE
                : metadataOf(t.elements().get(t.elements().size() - 1));
            case Ty.Adt a when a.def().isStruct() && !a.def().variants().get(0).fields().isEmpty() -> {
                var fields = a.def().variants().get(0).fields();
                yield metadataOf(fields.get(fields.size() - 1).type().subst(a.args()));
            }
            default -> PointerMetadata.NONE;
        };
    }

    private Layout pointer(Ty pointee, boolean nonNull) {
        BigInteger max = WrappingRange.max(dl.pointerSize());
        Scalar data = new Scalar(Primitive.POINTER, nonNull ? new WrappingRange(BigInteger.ONE, max)
            : WrappingRange.full(dl.pointerSize()));
        PointerMetadata meta = metadataOf(pointee);
        if (meta == PointerMetadata.NONE) return Layout.scalar(data, dl);
        Scalar extra = meta == PointerMetadata.LENGTH
            ? Scalar.full(new Primitive.Int(dl.ptrSizedInteger(), false), dl)
            : new Scalar(Primitive.POINTER, new WrappingRange(BigInteger.ONE, max));
        long second = dl.pointerSize();
        Niche niche = Niche.of(0, data, dl);
        if (niche == null) niche = Niche.of(second, extra, dl);
        return new Layout(2L * dl.pointerSize(), dl.pointerAlign(), new FieldsShape.Arbitrary(new long[] {0, second},
            new int[] {0, 1}), new Variants.Single(0), niche, false, new Layout.BackendRepr.ScalarPair(data, extra, second));
    }

    private Layout adt(Ty.Adt a) {
        AdtDef def = a.def();
        List<AdtDef.VariantDef> variants = def.variants();
        switch (def.kind()) {
            case UNION -> {
                return calc.union(fieldLayouts(variants.get(0), a.args()), def.repr());
            }
            case STRUCT -> {
                List<Layout> fields = fieldLayouts(variants.get(0), a.args());
                LayoutCalculator.StructKind kind = lastFieldMaybeUnsized(def)
                    ? LayoutCalculator.MAYBE_UNSIZED : LayoutCalculator.ALWAYS_SIZED;
                Layout st = calc.univariant(fields, def.repr(), kind);
                AdtDef.LayoutAttrs attrs = def.layoutAttrs();
                if (attrs.unsafeCell()) st = calc.withoutNiche(st);
                if (attrs.validRangeStart() != null || attrs.validRangeEnd() != null) {
                    st = calc.withValidRange(st, attrs.validRangeStart(), attrs.validRangeEnd());
                }
                return st;
            }
            default -> {
                List<LayoutCalculator.VariantInput> inputs = new ArrayList<>();
                int bytes = def.repr().intTy() == null || def.repr().intTy().fixedSize() == 0 ? dl.pointerSize()
                    : def.repr().intTy().fixedSize();
                boolean signed = def.repr().intTy() == null || def.repr().intTy().signed();
                boolean explicit = variants.stream().anyMatch(v -> v.explicitDiscriminant() != null);
                List<BigInteger> discs = def.discriminants();
                for (int i = 0; i < variants.size(); i++) {
                    BigInteger d = wrap(discs.get(i), bytes, signed);
                    inputs.add(new LayoutCalculator.VariantInput(fieldLayouts(variants.get(i), a.args()), d));
                }
                return calc.enumLayout(inputs, def.repr(), explicit);
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
        for (AdtDef.FieldDef f : v.fields()) out.add(layoutOf(f.type().subst(args)));
        return out;
    }

    /** A struct keeps its last field last when that field's declared type may be unsized (§3.9). */
    private boolean lastFieldMaybeUnsized(AdtDef def) {
        var fields = def.variants().get(0).fields();
        return !fields.isEmpty() && !knownSized(fields.get(fields.size() - 1).type(), def, new HashSet<>());
    }

    private boolean knownSized(Ty declared, AdtDef context, Set<AdtDef> seen) {
        return switch (declared) {
            case Ty.Param p -> !context.generics().get(p.index()).maybeUnsized();
            case Ty.Str s -> false;
            case Ty.Slice s -> false;
            case Ty.Dynamic d -> false;
            case Ty.Tuple t -> t.elements().isEmpty() || knownSized(t.elements().get(t.elements().size() - 1), context, seen);
            case Ty.Adt a when a.def().isStruct() && seen.add(a.def()) -> {
                var fields = a.def().variants().get(0).fields();
                if (fields.isEmpty()) yield true;
                Ty last = fields.get(fields.size() - 1).type();
                yield knownSized(last.subst(a.args()), context, seen);
            }
            default -> true;
        };
    }
}
