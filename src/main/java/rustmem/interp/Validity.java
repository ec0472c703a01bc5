package rustmem.interp;

import rustmem.layout.FieldsShape;
import rustmem.layout.Layout;
import rustmem.layout.Scalar;
import rustmem.layout.Variants;
import rustmem.layout.WrappingRange;
import rustmem.machine.UndefinedBehavior;
import rustmem.types.AdtDef;
import rustmem.types.Ty;

/**
 * Miri's validity check of a value made by a typed copy (`transmute`, `ptr::read`): every scalar within the valid
 * range its layout gives it (a bool 0 or 1, a char a Unicode scalar value, a reference or Box not null, a `NonZero`
 * not 0), every enum's tag one of its variants'; what is wrong is undefined behaviour, worded as Miri words it.
 */
final class Validity {
    private static final int MAX_ELEMENTS = 64;

    private final Interpreter in;

    Validity(Interpreter in) { this.in = in; }

    void check(Ty ty, long addr) { check(ty, addr, null, 0); }

    /**
     * Where in the checked value a part is (null: the value itself), written out as Miri does (`.field`, `[i]`,
     * `.<enum-tag>`) only when the part is invalid: a check runs at every typed copy std's code makes.
     */
    private record At(At outer, Step step, String name, long index) {
        enum Step { FIELD, TUPLE_FIELD, ELEMENT, VARIANT, TAG }

        @Override
        public String toString() {
            return (outer == null ? "" : outer.toString()) + switch (step) {
                case FIELD -> "." + name;
                case TUPLE_FIELD -> "." + index;
                case ELEMENT -> "[" + index + "]";
                case VARIANT -> ".<enum-variant(" + name + ")>.0";
                case TAG -> ".<enum-tag>";
            };
        }
    }

    private void check(Ty ty, long addr, At path, int depth) {
        if (depth > 8) return;
        Layout l = in.layouts.layoutOf(ty);
        if (l.isUnsized() || l.size() == 0) return;
        switch (ty) {
            case Ty.Bool b -> {
                long v = in.m.read(addr, 1, false);
                if (v > 1) throw invalid(path, String.format("encountered 0x%02x, but expected a boolean", v));
            }
            case Ty.Char c -> {
                long v = in.m.read(addr, 4, false);
                if (v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF) {
                    throw invalid(path, String.format("encountered 0x%08x, but expected a valid unicode scalar value "
                        + "(in `0..=0x10FFFF` but not in `0xD800..=0xDFFF`)", v));
                }
            }
            case Ty.Ref r -> { if (in.m.readPtr(addr) == 0) throw invalid(path, "encountered a null reference"); }
            case Ty.FnPtr f -> { if (in.m.readPtr(addr) == 0) throw invalid(path, "encountered a null function pointer"); }
            case Ty.Adt a when a.def().isBox() -> { if (in.m.readPtr(addr) == 0) throw invalid(path, "encountered a null box"); }
            case Ty.Adt a when a.def().isEnum() -> {
                if (a.def().variants.isEmpty()) throw invalid(path, "encountered a value of uninhabited type `" + in.tcx.display(ty) + "`");
                int v;
                try {
                    v = in.tags(ty).variant(in.m, addr);
                } catch (UndefinedBehavior e) {
                    throw invalid(new At(path, At.Step.TAG, null, 0),
                        "encountered " + tagText(l, addr) + ", but expected a valid enum tag");
                }
                AdtDef.VariantDef vd = a.def().variants.get(v);
                Layout vl = l.variants() instanceof Variants.Multiple mv ? mv.variants().get(v) : l;
                for (int i = 0; i < vd.fields().size(); i++) {
                    Ty ft = in.layouts.fieldTy(vd.fields().get(i), a.args());
                    check(ft, addr + vl.fields().offset(i), new At(path, At.Step.VARIANT, vd.name(), 0), depth + 1);
                }
            }
            case Ty.Adt a when a.def().isStruct() -> {
                if (l.repr() instanceof Layout.BackendRepr.ScalarRepr s) scalar(s.scalar(), addr, path);
                AdtDef.VariantDef vd = a.def().nonEnumVariant();
                for (int i = 0; i < vd.fields().size(); i++) {
                    Ty ft = in.layouts.fieldTy(vd.fields().get(i), a.args());
                    At at = new At(path, At.Step.FIELD, vd.fields().get(i).name(), 0);
                    check(ft, addr + l.fields().offset(i), at, depth + 1);
                }
            }
            case Ty.Tuple t -> {
                for (int i = 0; i < t.elements().size(); i++) {
                    check(t.elements().get(i), addr + l.fields().offset(i), new At(path, At.Step.TUPLE_FIELD, null, i), depth + 1);
                }
            }
            case Ty.Array arr when l.fields() instanceof FieldsShape.Array fa -> {
                for (long i = 0; i < Math.min(fa.length(), MAX_ELEMENTS); i++) {
                    check(arr.element(), addr + i * fa.stride(), new At(path, At.Step.ELEMENT, null, i), depth + 1);
                }
            }
            default -> { }
        }
    }

    /**
     * A value of type from transmuted to a type that holds no pointer (`usize`, `[u8; 8]`, `(usize, usize)`) at
     * dest: its pointers' addresses are what it holds, without their provenance (as with `ptr.addr()`).
     */
    void exposeAddresses(Ty from, Ty to, long dest) {
        if (holdsPointer(to, 0)) return;
        pointers(from, dest, 0);
    }

    /** Clears the provenance of each pointer a value of type ty at addr holds (a wide one's data pointer). */
    private void pointers(Ty ty, long addr, int depth) {
        if (depth > 8) return;
        Layout l = in.layouts.layoutOf(ty);
        if (l.isUnsized() || l.size() == 0) return;
        switch (ty) {
            case Ty.Ref r -> expose(addr);
            case Ty.RawPtr r -> expose(addr);
            case Ty.Adt a when a.def().isStruct() -> {
                AdtDef.VariantDef vd = a.def().nonEnumVariant();
                for (int i = 0; i < vd.fields().size(); i++) pointers(in.layouts.fieldTy(vd.fields().get(i), a.args()), addr + l.fields().offset(i), depth + 1);
            }
            case Ty.Tuple t -> {
                for (int i = 0; i < t.elements().size(); i++) pointers(t.elements().get(i), addr + l.fields().offset(i), depth + 1);
            }
            case Ty.Array arr when l.fields() instanceof FieldsShape.Array fa -> {
                for (long i = 0; i < Math.min(fa.length(), MAX_ELEMENTS); i++) pointers(arr.element(), addr + i * fa.stride(), depth + 1);
            }
            default -> { }
        }
    }

    /** The pointer at addr becomes its address, its provenance exposed (as `as usize` does; Miri would not expose it). */
    private void expose(long addr) {
        long p = in.m.readPtr(addr);
        in.m.memory.expose(p);
        in.m.writePtr(addr, rustmem.machine.Memory.address(p));
    }

    /** Whether a value of type ty may hold a pointer (anything but numbers, bool, char and aggregates of them). */
    private boolean holdsPointer(Ty ty, int depth) {
        return switch (ty) {
            case Ty.Int i -> false;
            case Ty.Float f -> false;
            case Ty.Bool b -> false;
            case Ty.Char c -> false;
            case Ty.Tuple t -> depth < 8 && t.elements().stream().anyMatch(e -> holdsPointer(e, depth + 1));
            case Ty.Array arr -> depth < 8 && holdsPointer(arr.element(), depth + 1);
            default -> true;
        };
    }

    /** A scalar struct (`NonZero`, `NonNull`) against the valid range std's attributes give it. */
    private void scalar(Scalar s, long addr, At path) {
        int size = s.size(in.layouts.dataLayout());
        if (size > 8 || s.validRange().isFull(size)) return;
        long v = in.m.read(addr, size, false);   // (a range of at most 64 bits: compared unsigned, without BigInteger)
        WrappingRange r = s.validRange();
        long start = r.start().longValue(), end = r.end().longValue();
        boolean ok = Long.compareUnsigned(start, end) <= 0
            ? Long.compareUnsigned(v, start) >= 0 && Long.compareUnsigned(v, end) <= 0
            : Long.compareUnsigned(v, start) >= 0 || Long.compareUnsigned(v, end) <= 0;
        if (ok) return;
        String shown = Long.toUnsignedString(v);
        if (r.end().equals(WrappingRange.max(size)) && r.start().compareTo(r.end()) <= 0) {
            throw invalid(path, "encountered " + shown + ", but expected something greater or equal to " + r.start());
        }
        throw invalid(path, "encountered " + shown + ", but expected something in the range " + r.start() + "..=" + r.end());
    }

    private String tagText(Layout l, long addr) {
        if (l.variants() instanceof Variants.Multiple mv) {
            int size = mv.tag().size(in.layouts.dataLayout());
            long off = l.fields().offset(mv.tagField());
            return String.format("0x%0" + (size * 2) + "x", in.m.read(addr + off, Math.min(size, 8), false));
        }
        return "an invalid tag";
    }

    private static UndefinedBehavior invalid(At path, String what) {
        return new UndefinedBehavior("constructing invalid value" + (path == null ? "" : " at " + path) + ": " + what);
    }
}
