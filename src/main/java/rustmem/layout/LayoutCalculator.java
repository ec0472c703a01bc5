package rustmem.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import rustmem.layout.ReprOptions;

/**
 * rustc's layout algorithms for structs, unions and enums (compiler/rustc_abi/src/layout.rs),
 * following the rules written down in layout-rules.md (section numbers refer to it).
 */
public final class LayoutCalculator {

    /** How a struct's fields may move (§4). */
    public sealed interface StructKind {
        record AlwaysSized() implements StructKind {}

        /** The last field may be unsized: it stays last. */
        record MaybeUnsized() implements StructKind {}

        /** An enum variant after a tag of prefixSize bytes aligned to prefixAlign. */
        record Prefixed(long prefixSize, int prefixAlign) implements StructKind {}
    }

    public static final StructKind ALWAYS_SIZED = new StructKind.AlwaysSized();
    public static final StructKind MAYBE_UNSIZED = new StructKind.MaybeUnsized();

    /** One variant of an enum as the calculator needs it. */
    public record VariantInput(List<Layout> fields, BigInteger discriminant) {
        boolean absent() {
            boolean uninhabited = fields.stream().anyMatch(Layout::uninhabited);
            return uninhabited && fields.stream().allMatch(Layout::is1Zst);
        }

        boolean uninhabited() { return fields.stream().anyMatch(Layout::uninhabited); }
    }

    private enum Bias { START, END }

    private final TargetDataLayout dl;

    public LayoutCalculator(TargetDataLayout dl) { this.dl = dl; }

    public TargetDataLayout dataLayout() { return dl; }

    private static long alignUp(long x, long a) { return (x + a - 1) / a * a; }

    // ------------------------------------------------------------------ structs (§4, §5)

    public Layout univariant(List<Layout> fields, ReprOptions repr, StructKind kind) {
        Layout a = univariantBiased(fields, repr, kind, Bias.START);
        if (!(kind instanceof StructKind.MaybeUnsized) && a.largestNiche() != null && fields.size() > 1) {
            long head = a.largestNiche().offset();
            long tail = a.size() - head - a.largestNiche().size(dl);
            if (head > 0 && tail > 0) {
                Layout b = univariantBiased(fields, repr, kind, Bias.END);
                long altHead = b.largestNiche().offset();
                if (altHead > head && altHead > tail) return b;
            }
        }
        return a;
    }

    private Layout univariantBiased(List<Layout> fields, ReprOptions repr, StructKind kind, Bias bias) {
        int n = fields.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        boolean reorder = !repr.inhibitReordering() && n > 1;
        if (reorder) {
            int sortable = kind instanceof StructKind.MaybeUnsized ? n - 1 : n;
            sortFields(order, sortable, fields, repr, kind, bias);
        }

        long offset = 0;
        int align = 1;
        if (kind instanceof StructKind.Prefixed p) {
            int pa = repr.isPacked() ? Math.min(p.prefixAlign(), repr.packed()) : p.prefixAlign();
            align = Math.max(align, pa);
            offset = alignUp(p.prefixSize(), pa);
        }
        long[] offsets = new long[n];
        Niche best = null;
        BigInteger bestAvail = BigInteger.ZERO;
        boolean uninhabited = false;
        boolean sized = true;
        for (int idx = 0; idx < n; idx++) {
            int i = order[idx];
            Layout f = fields.get(i);
            if (f.isUnsized()) sized = false;
            uninhabited |= f.uninhabited();
            int fa = repr.isPacked() ? Math.min(f.align(), repr.packed()) : f.align();
            offset = alignUp(offset, fa);
            offsets[i] = offset;
            align = Math.max(align, fa);
            if (f.largestNiche() != null) {
                BigInteger av = f.largestNiche().available(dl);
                int cmp = av.compareTo(bestAvail);
                if (best == null ? av.signum() > 0 : (bias == Bias.START ? cmp > 0 : cmp >= 0)) {
                    best = new Niche(offset + f.largestNiche().offset(), f.largestNiche().scalar());
                    bestAvail = av;
                }
            }
            offset += f.size();
        }
        if (repr.align() > 0) align = Math.max(align, repr.align());
        long size = alignUp(offset, align);
        int[] memoryOrder = new int[n];
        for (int i = 0; i < n; i++) memoryOrder[i] = order[i];
        // ZSTs may share an offset with the next field: memory order is by offset, then placement order
        Integer[] byOffset = Arrays.copyOf(order, n);
        Arrays.sort(byOffset, (x, y) -> Long.compare(offsets[x], offsets[y]));
        for (int i = 0; i < n; i++) memoryOrder[i] = byOffset[i];
        Layout.BackendRepr br = structRepr(fields, offsets, size, align, sized, repr);
        return new Layout(size, align, new FieldsShape.Arbitrary(offsets, memoryOrder), new Variants.Single(0), best,
            uninhabited, br);
    }

    /**
     * The scalar view of a struct (rustc's {@code backend_repr}): a struct whose only non-ZST field
     * fills it is that field's scalar (not for repr(C)) or scalar pair; two scalar fields placed like
     * a pair are a pair. Enum layout depends on it (§7.4 variant sizes).
     */
    private Layout.BackendRepr structRepr(List<Layout> fields, long[] offsets, long size, int align, boolean sized,
                                          ReprOptions repr) {
        if (!sized) return new Layout.BackendRepr.Memory(false);
        if (size == 0) return Layout.MEMORY;
        int first = -1, second = -1, count = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isZst()) continue;
            if (count == 0) first = i;
            else if (count == 1) second = i;
            count++;
        }
        if (count == 1) {
            Layout f = fields.get(first);
            if (offsets[first] == 0 && f.align() == align && f.size() == size) {
                if (f.repr() instanceof Layout.BackendRepr.ScalarRepr && !repr.c()) return f.repr();
                if (f.repr() instanceof Layout.BackendRepr.ScalarPair) return f.repr();
            }
        } else if (count == 2 && fields.get(first).repr() instanceof Layout.BackendRepr.ScalarRepr a
            && fields.get(second).repr() instanceof Layout.BackendRepr.ScalarRepr b) {
            boolean swap = offsets[second] < offsets[first];
            Scalar lo = swap ? b.scalar() : a.scalar();
            Scalar hi = swap ? a.scalar() : b.scalar();
            long loOff = swap ? offsets[second] : offsets[first];
            long hiOff = swap ? offsets[first] : offsets[second];
            Layout pair = scalarPair(lo, hi);
            if (loOff == 0 && hiOff == pair.fields().offset(1) && align == pair.align() && size == pair.size()) {
                return pair.repr();
            }
        }
        return Layout.MEMORY;
    }

    /** The layout of two scalars side by side, as rustc builds it for pairs. */
    public Layout scalarPair(Scalar a, Scalar b) {
        long bOffset = alignUp(a.size(dl), b.align(dl));
        int align = Math.max(a.align(dl), b.align(dl));
        long size = alignUp(bOffset + b.size(dl), align);
        Niche na = Niche.of(0, a, dl);
        Niche nb = Niche.of(bOffset, b, dl);
        Niche niche = na == null ? nb : nb == null || na.available(dl).compareTo(nb.available(dl)) >= 0 ? na : nb;
        return new Layout(size, align, new FieldsShape.Arbitrary(new long[] {0, bOffset}, new int[] {0, 1}),
            new Variants.Single(0), niche, false, new Layout.BackendRepr.ScalarPair(a, b, bOffset));
    }

    private void sortFields(Integer[] order, int sortable, List<Layout> fields, ReprOptions repr, StructKind kind,
                            Bias bias) {
        int maxAlign = 1;
        BigInteger largestNiche = BigInteger.ZERO;
        for (int i = 0; i < sortable; i++) {
            Layout f = fields.get(i);
            maxAlign = Math.max(maxAlign, f.align());
            BigInteger av = nicheAvail(f);
            if (av.compareTo(largestNiche) > 0) largestNiche = av;
        }
        final int maxAlignF = maxAlign;
        final BigInteger bigL = largestNiche;
        boolean prefixed = kind instanceof StructKind.Prefixed;
        // (one comparator written out: Comparator's combinators are linked at their first use, milliseconds at start-up)
        Comparator<Integer> cmp = (x, y) -> {
            Layout a = fields.get(x), b = fields.get(y);
            int c = Integer.compare(group(a, repr, maxAlignF, bigL, bias), group(b, repr, maxAlignF, bigL, bias));
            if (prefixed) return c != 0 ? c : nicheAvail(a).compareTo(nicheAvail(b));
            if (c != 0) return -c;   // the largest group first
            if (bias == Bias.START) {
                c = nicheAvail(b).compareTo(nicheAvail(a));
                return c != 0 ? c : Long.compare(nicheOffsetInside(a), nicheOffsetInside(b));
            }
            c = nicheAvail(a).compareTo(nicheAvail(b));
            return c != 0 ? c : Long.compare(tailDistance(b), tailDistance(a));
        };
        Arrays.sort(order, 0, sortable, cmp);
    }

    private int group(Layout f, ReprOptions repr, int maxAlign, BigInteger largestNiche, Bias bias) {
        if (repr.isPacked()) return Math.min(f.align(), repr.packed());
        int s = Long.numberOfTrailingZeros(Math.max(f.align(), f.size()));
        if (largestNiche.signum() > 0) {
            if (bias == Bias.START) return Math.min(Integer.numberOfTrailingZeros(maxAlign), s);
            return nicheAvail(f).equals(largestNiche) ? Integer.numberOfTrailingZeros(f.align()) : s;
        }
        return s;
    }

    private BigInteger nicheAvail(Layout f) {
        return f.largestNiche() == null ? BigInteger.ZERO : f.largestNiche().available(dl);
    }

    private long nicheOffsetInside(Layout f) { return f.largestNiche() == null ? 0 : f.largestNiche().offset(); }

    private long tailDistance(Layout f) {
        Niche n = f.largestNiche();
        return n == null ? 0 : f.size() - n.size(dl) - n.offset();
    }

    /** Applies std's valid-range attributes to the struct's scalar at offset 0 (§5.2). */
    public Layout withValidRange(Layout st, BigInteger start, BigInteger end) {
        Scalar s;
        Layout.BackendRepr newRepr;
        switch (st.repr()) {
            case Layout.BackendRepr.ScalarRepr sr -> {
                s = restrict(sr.scalar(), start, end);
                newRepr = new Layout.BackendRepr.ScalarRepr(s);
            }
            case Layout.BackendRepr.ScalarPair sp -> {
                s = restrict(sp.a(), start, end);
                newRepr = new Layout.BackendRepr.ScalarPair(s, sp.b(), sp.offsetB());
            }
            default -> throw new IllegalStateException("valid range attribute on a non-scalar struct");
        }
        Niche candidate = Niche.of(0, s, dl);
        Niche niche = st.largestNiche();
        if (candidate != null && (niche == null || candidate.available(dl).compareTo(niche.available(dl)) >= 0)) {
            niche = candidate;
        }
        return new Layout(st.size(), st.align(), st.fields(), st.variants(), niche, st.uninhabited(), newRepr);
    }

    private static Scalar restrict(Scalar s, BigInteger start, BigInteger end) {
        WrappingRange r = s.validRange();
        if (start != null) r = r.withStart(start);
        if (end != null) r = r.withEnd(end);
        return s.withRange(r);
    }

    /** UnsafeCell hides its contents' niche: no niche, every bit pattern of its scalars valid (§5.1). */
    public Layout withoutNiche(Layout st) {
        Layout.BackendRepr repr = switch (st.repr()) {
            case Layout.BackendRepr.ScalarRepr sr -> new Layout.BackendRepr.ScalarRepr(Scalar.full(sr.scalar().primitive(), dl));
            case Layout.BackendRepr.ScalarPair sp -> new Layout.BackendRepr.ScalarPair(
                Scalar.full(sp.a().primitive(), dl), Scalar.full(sp.b().primitive(), dl), sp.offsetB());
            case Layout.BackendRepr.Memory m -> m;
        };
        return new Layout(st.size(), st.align(), st.fields(), st.variants(), null, st.uninhabited(), repr);
    }

    // ------------------------------------------------------------------ unions (§6)

    public Layout union(List<Layout> fields, ReprOptions repr) {
        int align = 1;
        long size = 0;
        for (Layout f : fields) {
            align = Math.max(align, f.align());
            size = Math.max(size, f.size());
        }
        if (repr.isPacked()) align = Math.min(align, repr.packed());
        if (repr.align() > 0) align = Math.max(align, repr.align());
        size = alignUp(size, align);
        return new Layout(size, align, new FieldsShape.Union(fields.size()), new Variants.Single(0), null, false,
            unionRepr(fields, size, align, repr));
    }

    /** A union whose non-ZST fields are all the same scalar filling it is that scalar (all values valid). */
    private Layout.BackendRepr unionRepr(List<Layout> fields, long size, int align, ReprOptions repr) {
        if (repr.c()) return Layout.MEMORY;
        Primitive common = null;
        for (Layout f : fields) {
            if (f.isZst()) continue;
            if (!(f.repr() instanceof Layout.BackendRepr.ScalarRepr sr) || f.size() != size || f.align() != align) {
                return Layout.MEMORY;
            }
            if (common != null && !common.equals(sr.scalar().primitive())) return Layout.MEMORY;
            common = sr.scalar().primitive();
        }
        return common == null ? Layout.MEMORY : new Layout.BackendRepr.ScalarRepr(Scalar.full(common, dl));
    }

    // ------------------------------------------------------------------ enums (§7)

    public static Layout never() {
        return new Layout(0, 1, FieldsShape.PRIMITIVE, new Variants.Empty(), null, true, Layout.MEMORY);
    }

    public Layout enumLayout(List<VariantInput> variants, ReprOptions repr, boolean anyExplicitDiscriminant) {
        boolean reprC = repr.c();
        int present = 0;
        int presentIndex = -1;
        for (int i = 0; i < variants.size(); i++) {
            if (reprC || !variants.get(i).absent()) {
                present++;
                presentIndex = i;
            }
        }
        if (present == 0) return never();
        if (present == 1 && !reprC && repr.intTy() == null) {
            ReprOptions structRepr = new ReprOptions(null, false, 0, repr.align(), false);
            Layout st = univariant(variants.get(presentIndex).fields(), structRepr, ALWAYS_SIZED);
            return new Layout(st.size(), st.align(), st.fields(), new Variants.Single(presentIndex), st.largestNiche(),
                st.uninhabited(), st.repr());
        }
        Layout tagged = tagged(variants, repr);
        if (reprC || repr.intTy() != null || anyExplicitDiscriminant || variants.size() < 2) return tagged;
        Layout niche = nicheFilling(variants, repr);
        if (niche == null) return tagged;
        if (tagged.size() > niche.size()) return niche;
        if (tagged.size() == niche.size() && avail(tagged.largestNiche()).compareTo(avail(niche.largestNiche())) < 0) {
            return niche;
        }
        return tagged;
    }

    private BigInteger avail(Niche n) { return n == null ? BigInteger.ZERO : n.available(dl); }

    /**
     * An unsigned `repr(uN)` tag's valid range (rustc 1.95): the smallest wrapping range holding every
     * discriminant, leaving out the largest gap between two of them when it is at least the gap min..=max leaves
     * (of equal gaps the last): `#[repr(u8)] {0, 1, 255}` is 255..=1 and has a niche, `{0, 100, 200}` 200..=100.
     * Signed and default reprs keep min..=max (`{-100, 100}` as i8, `{0, 1, 255}` as isize).
     */
    private static WrappingRange smallestWrapping(List<VariantInput> variants, ReprOptions repr, BigInteger mod, BigInteger min,
                                                  BigInteger max, WrappingRange natural) {
        java.util.TreeSet<BigInteger> values = new java.util.TreeSet<>();
        for (VariantInput v : variants) if (needsDiscriminant(v, repr)) values.add(v.discriminant().mod(mod));
        BigInteger bestGap = mod.subtract(BigInteger.ONE).subtract(max.subtract(min));
        WrappingRange best = natural;
        BigInteger prev = null;
        for (BigInteger v : values) {
            if (prev != null) {
                BigInteger gap = v.subtract(prev).subtract(BigInteger.ONE);
                if (gap.signum() > 0 && gap.compareTo(bestGap) >= 0) {
                    bestGap = gap;
                    best = new WrappingRange(v, prev);
                }
            }
            prev = v;
        }
        return best;
    }

    /** Whether a variant's discriminant counts for the tag: an uninhabited variant's does not, except under repr(C). */
    private static boolean needsDiscriminant(VariantInput v, ReprOptions repr) { return repr.c() || !v.uninhabited(); }

    private Layout tagged(List<VariantInput> variants, ReprOptions repr) {
        // §7.2–7.3: the discriminants that need a value, and the smallest tag holding them
        BigInteger min = null, max = null;
        for (VariantInput v : variants) {
            if (!needsDiscriminant(v, repr)) continue;
            BigInteger d = v.discriminant();
            if (min == null || d.compareTo(min) < 0) min = d;
            if (max == null || d.compareTo(max) > 0) max = d;
        }
        if (min == null) {
            min = BigInteger.ZERO;
            max = BigInteger.ZERO;
        }
        IntWidth minIty;
        boolean signed;
        if (repr.intTy() != null) {
            int bytes = repr.intTy().fixedSize() == 0 ? dl.pointerSize() : repr.intTy().fixedSize();
            minIty = IntWidth.ofSize(bytes);
            signed = repr.intTy().signed();
        } else {
            IntWidth atLeast = repr.c() ? IntWidth.ofSize(dl.cEnumMinSize()) : IntWidth.I8;
            signed = min.signum() < 0;
            IntWidth fit = IntWidth.fitting(min, max, signed);
            minIty = fit.size >= atLeast.size ? fit : atLeast;
        }

        int prefixAlign = dl.alignOf(minIty);
        if (repr.c()) {
            for (VariantInput v : variants) for (Layout f : v.fields()) prefixAlign = Math.max(prefixAlign, f.align());
        }
        ReprOptions variantRepr = new ReprOptions(repr.intTy(), repr.c(), 0, repr.align(), false);
        StructKind prefixed = new StructKind.Prefixed(minIty.size, prefixAlign);
        List<Layout> layouts = new ArrayList<>();
        int align = 1;
        long size = 0;
        int startAlign = 256;
        boolean allUninhabited = true;
        for (VariantInput v : variants) {
            Layout st = univariant(v.fields(), variantRepr, prefixed);
            for (int i : ((FieldsShape.Arbitrary) st.fields()).inMemoryOrder()) {
                Layout f = v.fields().get(i);
                if (!f.is1Zst()) {
                    startAlign = Math.min(startAlign, f.align());
                    break;
                }
            }
            align = Math.max(align, st.align());
            size = Math.max(size, st.size());
            allUninhabited &= v.uninhabited();
            layouts.add(st);
        }
        size = alignUp(size, align);

        // §7.4 step 4: widen the tag into the room before the first field of every variant
        IntWidth ity = minIty;
        if (!repr.c() && repr.intTy() == null) {
            IntWidth wide = IntWidth.forAlign(dl, startAlign);
            if (wide != null && wide.size > minIty.size) ity = wide;
        }
        if (ity != minIty) {
            List<Layout> patched = new ArrayList<>();
            for (Layout st : layouts) {
                long[] offsets = ((FieldsShape.Arbitrary) st.fields()).offsets().clone();
                for (int i = 0; i < offsets.length; i++) if (offsets[i] <= minIty.size) offsets[i] = ity.size;
                long vsize = st.size() <= minIty.size ? ity.size : st.size();
                patched.add(new Layout(vsize, st.align(), new FieldsShape.Arbitrary(offsets,
                    ((FieldsShape.Arbitrary) st.fields()).inMemoryOrder()), st.variants(), st.largestNiche(),
                    st.uninhabited(), st.repr()));
            }
            layouts = patched;
        }
        BigInteger mod = BigInteger.ONE.shiftLeft(ity.bits());
        WrappingRange valid = new WrappingRange(min.mod(mod), max.mod(mod));
        if (repr.intTy() != null && !signed) valid = smallestWrapping(variants, repr, mod, min, max, valid);
        Scalar tag = new Scalar(new Primitive.Int(ity, signed), valid);
        Layout.BackendRepr abi = taggedRepr(tag, variants, layouts, size, align);
        if (!(abi instanceof Layout.BackendRepr.Memory)) layouts = growVariants(layouts, variants, abi, size, align);
        return new Layout(size, align, new FieldsShape.Arbitrary(new long[] {0}, new int[] {0}),
            new Variants.Multiple(tag, new Variants.Direct(), 0, layouts), Niche.of(0, tag, dl), allUninhabited, abi);
    }

    /**
     * A tagged enum is the tag scalar when nothing else fits, or a (tag, payload) pair when every
     * variant's only non-ZST field is the same primitive at the same offset.
     */
    private Layout.BackendRepr taggedRepr(Scalar tag, List<VariantInput> variants, List<Layout> layouts, long size,
                                          int align) {
        if (tag.size(dl) == size) return new Layout.BackendRepr.ScalarRepr(tag);
        Primitive common = null;
        long commonOffset = -1;
        for (int v = 0; v < variants.size(); v++) {
            List<Layout> fs = variants.get(v).fields();
            int found = -1;
            for (int i = 0; i < fs.size(); i++) {
                if (fs.get(i).isZst()) continue;
                if (found >= 0) return Layout.MEMORY;
                found = i;
            }
            if (found < 0) continue;
            if (!(fs.get(found).repr() instanceof Layout.BackendRepr.ScalarRepr sr)) return Layout.MEMORY;
            Primitive prim = sr.scalar().primitive();
            long offset = layouts.get(v).fields().offset(found);
            if (common == null) {
                common = prim;
                commonOffset = offset;
                continue;
            }
            if (offset != commonOffset) return Layout.MEMORY;
            common = mergePrimitives(common, prim);
            if (common == null) return Layout.MEMORY;
        }
        if (common == null) return Layout.MEMORY;
        Layout pair = scalarPair(tag, Scalar.full(common, dl));
        if (pair.fields().offset(1) == commonOffset && pair.align() == align && pair.size() == size) return pair.repr();
        return Layout.MEMORY;
    }

    /** Same primitives; integers of one size (the first's sign wins); an integer and a pointer of one size. */
    private Primitive mergePrimitives(Primitive a, Primitive b) {
        if (a.equals(b)) return a;
        if (a instanceof Primitive.Int x && b instanceof Primitive.Int y && x.integer() == y.integer()) return a;
        if (a instanceof Primitive.Int x && b instanceof Primitive.Pointer && x.integer().size == dl.pointerSize()) return b;
        if (a instanceof Primitive.Pointer && b instanceof Primitive.Int y && y.integer().size == dl.pointerSize()) return a;
        return null;
    }

    /** With a scalar (pair) enum, variants with fields take the whole enum's size, as rustc records them. */
    private List<Layout> growVariants(List<Layout> layouts, List<VariantInput> variants, Layout.BackendRepr abi,
                                      long size, int align) {
        List<Layout> out = new ArrayList<>();
        for (int v = 0; v < layouts.size(); v++) {
            Layout st = layouts.get(v);
            if (!variants.get(v).fields().isEmpty() && st.repr() instanceof Layout.BackendRepr.Memory) {
                st = new Layout(Math.max(st.size(), size), Math.max(st.align(), align), st.fields(), st.variants(),
                    st.largestNiche(), st.uninhabited(), abi);
            }
            out.add(st);
        }
        return out;
    }

    private Layout nicheFilling(List<VariantInput> variants, ReprOptions repr) {
        ReprOptions structRepr = new ReprOptions(null, false, 0, repr.align(), false);
        List<Layout> layouts = new ArrayList<>();
        int align = 1;
        for (VariantInput v : variants) {
            Layout st = univariant(v.fields(), structRepr, ALWAYS_SIZED);
            layouts.add(st);
            align = Math.max(align, st.align());
        }
        int untagged = 0;
        for (int i = 1; i < layouts.size(); i++) {
            if (layouts.get(i).size() >= layouts.get(untagged).size()) untagged = i;
        }
        int first = -1, last = -1;
        for (int i = 0; i < variants.size(); i++) {
            if (i == untagged || variants.get(i).absent()) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return null;
        Niche niche = layouts.get(untagged).largestNiche();
        if (niche == null) return null;
        Niche.Reservation res = niche.reserve(dl, BigInteger.valueOf(last - first + 1));
        if (res == null) return null;
        long size = alignUp(layouts.get(untagged).size(), align);
        long nicheEnd = niche.offset() + niche.size(dl);
        List<Layout> placed = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            Layout st = layouts.get(i);
            if (i == untagged || st.size() <= niche.offset()) {
                placed.add(st);
                continue;
            }
            long o = alignUp(nicheEnd, st.align());
            if (o + st.size() > size) return null;
            long[] offsets = ((FieldsShape.Arbitrary) st.fields()).offsets().clone();
            for (int k = 0; k < offsets.length; k++) offsets[k] += o;
            // a shifted variant's layout covers the bytes before it too, as rustc records it
            placed.add(new Layout(o + st.size(), st.align(), new FieldsShape.Arbitrary(offsets,
                ((FieldsShape.Arbitrary) st.fields()).inMemoryOrder()), st.variants(), st.largestNiche(),
                st.uninhabited(), st.repr()));
        }
        boolean allUninhabited = variants.stream().allMatch(VariantInput::uninhabited);
        Niche remaining = Niche.of(niche.offset(), res.scalar(), dl);
        Layout largest = layouts.get(untagged);
        boolean othersZst = true;
        for (int i = 0; i < layouts.size(); i++) if (i != untagged && layouts.get(i).size() > 0) othersZst = false;
        Layout.BackendRepr abi = Layout.MEMORY;
        if (size == largest.size() && align == largest.align() && othersZst) {
            abi = switch (largest.repr()) {
                case Layout.BackendRepr.ScalarRepr sr -> new Layout.BackendRepr.ScalarRepr(res.scalar());
                case Layout.BackendRepr.ScalarPair sp -> niche.offset() == 0
                    ? new Layout.BackendRepr.ScalarPair(res.scalar(), sp.b(), sp.offsetB())
                    : new Layout.BackendRepr.ScalarPair(sp.a(), res.scalar(), sp.offsetB());
                default -> Layout.MEMORY;
            };
        }
        return new Layout(size, align, new FieldsShape.Arbitrary(new long[] {niche.offset()}, new int[] {0}),
            new Variants.Multiple(res.scalar(), new Variants.NicheEncoding(untagged, first, last, res.start()), 0, placed),
            remaining, allUninhabited, abi);
    }
}
