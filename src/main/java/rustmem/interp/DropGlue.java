package rustmem.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rustmem.ir.Mir;
import rustmem.layout.FieldsShape;
import rustmem.layout.Layout;
import rustmem.layout.LayoutCx;
import rustmem.layout.Variants;
import rustmem.resolve.DefId;
import rustmem.types.AdtDef;
import rustmem.types.TraitRef;
import rustmem.types.Ty;

/**
 * Drop glue (rustc's drop_in_place shims): a type's Drop impl runs first, then its fields' glue in declaration
 * order (an enum's active variant's); a Box drops its contents and then frees itself through its Drop impl; a
 * trait object drops through its vtable; ManuallyDrop and unions drop nothing.
 */
final class DropGlue {
    private final Interpreter in;
    private final Machine m;
    private final Map<Ty, Boolean> needs = new HashMap<>();
    private final DefId dropTrait;

    DropGlue(Interpreter in) {
        this.in = in;
        this.m = in.m;
        this.dropTrait = in.tcx.lang.require("drop");
    }

    private final rustmem.types.IdentityCache<Ty, Boolean> needsByIdentity = new rustmem.types.IdentityCache<>();

    boolean needsDrop(Ty t) {
        Boolean b = needsByIdentity.get(t);
        if (b != null) return b;
        b = needs.get(t);
        if (b != null) {
            // (not while computed: the false put first stands for the type inside itself only)
            if (!computing.contains(t)) needsByIdentity.put(t, b);
            return b;
        }
        needs.put(t, false);   // a recursive type reaches itself through a pointer, which decides
        computing.add(t);
        boolean r;
        try {
            r = compute(t);
        } finally {
            computing.remove(t);
        }
        needs.put(t, r);
        needsByIdentity.put(t, r);
        return r;
    }

    private final java.util.Set<Ty> computing = new java.util.HashSet<>();

    private boolean compute(Ty t) {
        return switch (t) {
            case Ty.Adt a -> {
                if (a.def().is("manually_drop")) yield false;
                if (a.def().isBox() || hasDropImpl(t)) yield true;
                if (a.def().isUnion()) yield false;
                for (AdtDef.VariantDef v : a.def().variants) {
                    for (AdtDef.FieldDef f : v.fields()) if (needsDrop(in.layouts.fieldTy(f, a.args()))) yield true;
                }
                yield false;
            }
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(this::needsDrop);
            case Ty.Closure c -> in.layouts.upvarTys(c).stream().anyMatch(this::needsDrop);
            case Ty.Array a -> !(a.length() instanceof Ty.ConstValue cv && cv.value() == 0) && needsDrop(a.element());
            case Ty.Slice s -> needsDrop(s.element());
            case Ty.Dynamic d -> true;
            default -> false;
        };
    }

    private boolean hasDropImpl(Ty t) { return t instanceof Ty.Adt a && in.tcx.hasDropImpl(a.def()); }

    /** In a traced run: how deep drop is in its own recursion (a value's fields are not drops of their own to show). */
    private int depth;

    /** Drops the value of type t at addr (meta: the metadata of an unsized value's pointer). */
    void drop(long addr, long meta, Ty t) {
        if (!needsDrop(t)) return;
        if (in.trace != null) {
            if (depth == 0) in.trace.drop(t, addr);
            depth++;
            try {
                dropValue(addr, meta, t);
            } finally {
                depth--;
            }
            return;
        }
        dropValue(addr, meta, t);
    }

    /**
     * The glue of a sized struct, tuple or closure, worked out once per type (a drop is asked at every
     * StorageDead of a value that needs one): its Drop impl's instance (or null), then the offsets and types of
     * the fields that need dropping, in declaration order.
     */
    private record Plan(Instance dropImpl, long[] offsets, Ty[] fields) {}

    private final Map<Ty, Plan> plans = new HashMap<>();

    private static final Plan NO_PLAN = new Plan(null, null, null);
    private final rustmem.types.IdentityCache<Ty, Plan> plansByIdentity = new rustmem.types.IdentityCache<>();

    /** The plan of t, or null when t is not a sized struct, tuple or closure. */
    private Plan plan(Ty t) {
        Plan p = plansByIdentity.get(t);
        if (p == null) plansByIdentity.put(t, p = Objects.requireNonNullElse(planOf(t), NO_PLAN));
        return p == NO_PLAN ? null : p;
    }

    private Plan planOf(Ty t) {
        Plan p = plans.get(t);
        if (p != null || plans.containsKey(t)) return p;
        boolean structural = t instanceof Ty.Adt a && !a.def().isEnum() && !a.def().isUnion() && !a.def().isBox()
            || t instanceof Ty.Tuple || t instanceof Ty.Closure;
        Layout l = structural ? in.layouts.layoutOf(t) : null;
        if (l != null && !l.isUnsized()) {
            List<Ty> tys = switch (t) {
                case Ty.Adt a -> a.def().nonEnumVariant().fields().stream().map(f -> in.layouts.fieldTy(f, a.args())).toList();
                case Ty.Tuple tu -> tu.elements();
                default -> in.layouts.upvarTys((Ty.Closure) t);
            };
            List<Long> offsets = new ArrayList<>();
            List<Ty> fields = new ArrayList<>();
            for (int i = 0; i < tys.size(); i++) {
                if (!needsDrop(tys.get(i))) continue;
                offsets.add(l.fields().offset(i));
                fields.add(tys.get(i));
            }
            p = new Plan(hasDropImpl(t) ? dropImpl(t) : null,
                offsets.stream().mapToLong(Long::longValue).toArray(), fields.toArray(new Ty[0]));
        }
        plans.put(t, p);
        return p;
    }

    /** Drops the value: a sized struct, tuple or closure by its plan; enums, unions, Boxes, unsized values field by field. */
    private void dropValue(long addr, long meta, Ty t) {
        Plan plan = plan(t);
        if (plan != null) {
            if (plan.dropImpl() != null) invokeDrop(plan.dropImpl(), addr, 0, false);
            for (int i = 0; i < plan.offsets().length; i++) drop(addr + plan.offsets()[i], 0, plan.fields()[i]);
            return;
        }
        switch (t) {
            case Ty.Adt a when a.def().isBox() -> {
                Ty inner = a.args().get(0);
                long p = m.readPtr(addr);
                boolean fat = in.layouts.metadataOf(inner) != LayoutCx.PointerMetadata.NONE;
                drop(p, fat ? m.readPtr(addr + 8) : 0, inner);
                callDropImpl(addr, 0, t);
            }
            case Ty.Adt a -> {
                if (hasDropImpl(t)) callDropImpl(addr, meta, t);
                if (a.def().isUnion()) return;
                Layout l = in.layouts.layoutOf(t);
                int v = a.def().isEnum() ? in.tags(t).variant(m, addr) : 0;
                FieldsShape fs = a.def().isEnum() && l.variants() instanceof Variants.Multiple mv ? mv.variants().get(v).fields() : l.fields();
                List<AdtDef.FieldDef> fields = a.def().variants.get(v).fields();
                for (int i = 0; i < fields.size(); i++) {
                    Ty ft = in.layouts.fieldTy(fields.get(i), a.args());
                    dropField(addr, fs.offset(i), meta, ft);
                }
            }
            case Ty.Tuple tu -> {
                Layout l = in.layouts.layoutOf(t);
                for (int i = 0; i < tu.elements().size(); i++) dropField(addr, l.fields().offset(i), meta, tu.elements().get(i));
            }
            case Ty.Array a -> {
                long n = ((Ty.ConstValue) a.length()).value();
                long stride = in.layouts.layoutOf(a.element()).size();
                for (long i = 0; i < n; i++) drop(addr + i * stride, 0, a.element());
            }
            case Ty.Slice s -> {
                long stride = in.layouts.layoutOf(s.element()).size();
                for (long i = 0; i < meta; i++) drop(addr + i * stride, 0, s.element());
            }
            case Ty.Dynamic d -> {
                VTables.VTable vt = in.vtables.at(meta);
                drop(addr, 0, vt.concrete());
            }
            default -> { }
        }
    }

    /** A field: an unsized last field gets the metadata (and, for a trait object, its alignment). */
    private void dropField(long base, long offset, long meta, Ty ft) {
        Layout fl = in.layouts.layoutOf(ft);
        if (!fl.isUnsized()) {
            drop(base + offset, 0, ft);
            return;
        }
        if (in.layouts.metadataOf(ft) == LayoutCx.PointerMetadata.VTABLE) {
            long align = in.vtables.at(meta).align();
            offset = (offset + align - 1) & -align;
        }
        drop(base + offset, meta, ft);
    }

    /** `<T as Drop>::drop(&mut *addr)`. */
    void callDropImpl(long addr, long meta, Ty t) {
        invokeDrop(dropImpl(t), addr, meta, in.layouts.layoutOf(t).isUnsized());
    }

    private final Map<Ty, Instance> dropImpls = new HashMap<>();
    private final rustmem.types.IdentityCache<Ty, Instance> dropImplsByIdentity = new rustmem.types.IdentityCache<>();

    /** `<t as Drop>::drop`, resolved once per type (an instance made afresh would be looked up afresh, deep type and all). */
    private Instance dropImpl(Ty t) {
        Instance i = dropImplsByIdentity.get(t, dropImpls);
        if (i == null) {
            i = in.resolver.resolve(in.traitMethod("drop", "drop"), List.of(t));
            dropImpls.put(t, i);
            dropImplsByIdentity.put(t, i);
        }
        return i;
    }

    private void invokeDrop(Instance inst, long addr, long meta, boolean fat) {
        int saved = m.sp;
        long scratch = in.pushScratch(16);
        try {
            m.writePtr(scratch, addr);
            if (fat) m.writePtr(scratch + 8, meta);
            in.invoke(inst, new long[] {scratch}, new int[] {fat ? 16 : 8}, scratch, 0);
        } finally {
            m.sp = saved;
        }
    }

    // ------------------------------------------------------------------ partial drops

    /** Drops the value at addr except the parts whose paths (below prefix) were moved out. */
    void dropExcept(long addr, Ty t, List<Mir.Proj> prefix, List<List<Mir.Proj>> moved) {
        switch (t) {
            case Ty.Adt a when a.def().isBox() -> {
                List<Mir.Proj> inner = extend(prefix, Mir.DEREF);
                Ty it = a.args().get(0);
                int st = state(inner, moved);
                if (st == 0) drop(m.readPtr(addr), 0, it);
                else if (st == 2) dropExcept(m.readPtr(addr), it, inner, moved);
                callDropImpl(addr, 0, t);
            }
            case Ty.Adt a when a.def().isEnum() -> {
                int v = in.tags(t).variant(m, addr);
                Layout l = in.layouts.layoutOf(t);
                FieldsShape fs = l.variants() instanceof Variants.Multiple mv ? mv.variants().get(v).fields() : l.fields();
                List<AdtDef.FieldDef> fields = a.def().variants.get(v).fields();
                for (int i = 0; i < fields.size(); i++) {
                    List<Mir.Proj> p = extend(extend(prefix, new Mir.Proj.Downcast(v)), new Mir.Proj.Field(i, null));
                    part(addr + fs.offset(i), in.layouts.fieldTy(fields.get(i), a.args()), p, moved);
                }
            }
            case Ty.Adt a -> {
                Layout l = in.layouts.layoutOf(t);
                List<AdtDef.FieldDef> fields = a.def().nonEnumVariant().fields();
                for (int i = 0; i < fields.size(); i++) {
                    part(addr + l.fields().offset(i), in.layouts.fieldTy(fields.get(i), a.args()), extend(prefix, new Mir.Proj.Field(i, null)), moved);
                }
            }
            case Ty.Tuple tu -> {
                Layout l = in.layouts.layoutOf(t);
                for (int i = 0; i < tu.elements().size(); i++) {
                    part(addr + l.fields().offset(i), tu.elements().get(i), extend(prefix, new Mir.Proj.Field(i, null)), moved);
                }
            }
            case Ty.Closure c -> {
                Layout l = in.layouts.layoutOf(t);
                List<Ty> ups = in.layouts.upvarTys(c);
                for (int i = 0; i < ups.size(); i++) part(addr + l.fields().offset(i), ups.get(i), extend(prefix, new Mir.Proj.Field(i, null)), moved);
            }
            case Ty.Array a -> {
                long n = ((Ty.ConstValue) a.length()).value();
                long stride = in.layouts.layoutOf(a.element()).size();
                List<List<Mir.Proj>> elems = elementPaths(prefix, moved, n);
                java.util.Set<Long> kept = new java.util.HashSet<>();
                for (List<Mir.Proj> mp : elems) {
                    if (mp.size() > prefix.size() && mp.subList(0, prefix.size()).equals(prefix)
                        && mp.get(prefix.size()) instanceof Mir.Proj.ConstantIndex ci) kept.add(ci.offset());
                }
                // as rustc's open_drop_for_array: the runs of elements nothing moved out of, and the elements something
                // was, dropped from the last to the first (each run in order)
                for (long end = n; end > 0; ) {
                    long i = end - 1;
                    if (kept.contains(i)) {
                        part(addr + i * stride, a.element(), extend(prefix, new Mir.Proj.ConstantIndex(i, n, false)), elems);
                        end = i;
                        continue;
                    }
                    long start = i;
                    while (start > 0 && !kept.contains(start - 1)) start--;
                    for (long k = start; k < end; k++) drop(addr + k * stride, 0, a.element());
                    end = start;
                }
            }
            default -> drop(addr, 0, t);
        }
    }

    /**
     * The moved paths with a subslice of the array after prefix (`[first, rest @ ..]`) said as the elements it covers.
     * BodyCompiler records an array's indexes from the start and its subslices as from..end, so nothing else changes.
     */
    private static List<List<Mir.Proj>> elementPaths(List<Mir.Proj> prefix, List<List<Mir.Proj>> moved, long n) {
        List<List<Mir.Proj>> out = new ArrayList<>();
        int k = prefix.size();
        for (List<Mir.Proj> mp : moved) {
            if (mp.size() <= k || !mp.subList(0, k).equals(prefix) || !(mp.get(k) instanceof Mir.Proj.Subslice ss)) {
                out.add(mp);
                continue;
            }
            List<Mir.Proj> rest = mp.subList(k + 1, mp.size());
            if (!rest.isEmpty() && rest.get(0) instanceof Mir.Proj.ConstantIndex ci) {
                // an element of the subslice: `rest[0]` of `[first, rest @ ..]`
                out.add(element(prefix, ss.from() + ci.offset(), n, rest.subList(1, rest.size())));
            } else {
                for (long i = ss.from(); i < ss.to(); i++) out.add(element(prefix, i, n, List.of()));
            }
        }
        return out;
    }

    private static List<Mir.Proj> element(List<Mir.Proj> prefix, long i, long n, List<Mir.Proj> rest) {
        List<Mir.Proj> p = extend(prefix, new Mir.Proj.ConstantIndex(i, n, false));
        p.addAll(rest);
        return p;
    }

    private void part(long addr, Ty t, List<Mir.Proj> path, List<List<Mir.Proj>> moved) {
        switch (state(path, moved)) {
            case 0 -> drop(addr, 0, t);
            case 2 -> dropExcept(addr, t, path, moved);
            default -> { }
        }
    }

    /** 0: nothing under path moved; 1: path (or what contains it) moved; 2: something inside it moved. */
    private static int state(List<Mir.Proj> path, List<List<Mir.Proj>> moved) {
        int st = 0;
        for (List<Mir.Proj> mp : moved) {
            if (mp.size() <= path.size() && path.subList(0, mp.size()).equals(mp)) return 1;
            if (mp.size() > path.size() && mp.subList(0, path.size()).equals(path)) st = 2;
        }
        return st;
    }

    private static List<Mir.Proj> extend(List<Mir.Proj> p, Mir.Proj e) {
        List<Mir.Proj> out = new ArrayList<>(p);
        out.add(e);
        return out;
    }

    boolean isDropTrait(TraitRef t) { return t.trait().equals(dropTrait); }
}
