package rustmem.interp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import rustmem.layout.FieldsShape;
import rustmem.layout.Layout;
import rustmem.layout.LayoutCx;
import rustmem.layout.Variants;
import rustmem.trace.Value;
import rustmem.types.AdtDef;
import rustmem.types.Ty;

/**
 * Reads a value of a known type from simulated memory into a {@link Value} for the trace views. std's own
 * structs (`Vec`, `RawVec`, `Unique`, `Cell` …) are flattened into the fields that hold data, named by the
 * outermost field of each chain of wrappers, so a Vec reads `Vec { ptr, cap, len }`; the program's types keep
 * their shape. Reading never fails: what cannot be read (freed memory, an invalid tag) becomes bytes or a note.
 */
final class ValueReader {
    /** How many elements of an array or slice a view shows. */
    static final int MAX_ELEMENTS = 16;
    /** How deep nested values are read (a long linked list stops here). */
    private static final int MAX_DEPTH = 6;

    private final Interpreter in;
    private final MemoryView m;
    /** Each closure's field names (a trace reads a closure's value at every snapshot that shows it). */
    private final java.util.Map<rustmem.resolve.DefId, List<String>> captureNames = new java.util.HashMap<>();

    /**
     * What a pointer read says of the memory it points to: a value of type ty there (count < 0), count elements
     * of type ty, or (text) a str of count bytes. A heap block is read as its strongest hint says.
     */
    record Hint(long addr, Ty ty, long count, boolean text) {
        int strength() { return text ? 3 : count >= 0 ? 2 : 1; }
    }

    /** The hints of the reads so far, by address (the strongest kept). */
    final java.util.Map<Long, Hint> hints = new java.util.HashMap<>();

    ValueReader(Interpreter in) { this(in, in.m); }

    /** A reader of the memory m (the machine's now, or a replayed step's). */
    ValueReader(Interpreter in, MemoryView m) {
        this.in = in;
        this.m = m;
    }

    private void hint(Hint h) {
        if (h.addr() == 0) return;
        Hint old = hints.get(h.addr());
        if (old == null || h.strength() > old.strength()) hints.put(h.addr(), h);
    }

    /** A heap block's contents as its hint says. */
    Value readHinted(Hint h) {
        try {
            if (h.text()) return new Value.Text(text(h.addr(), h.count()));
            if (h.count() >= 0) return elements(h.ty(), h.addr(), h.count(), 0);
            return read(h.ty(), h.addr(), 0);
        } catch (RuntimeException e) {
            return unreadable(e);
        }
    }

    Value read(Ty ty, long addr) {
        try {
            return read(ty, addr, 0);
        } catch (RuntimeException e) {
            return unreadable(e);
        }
    }

    /** A value a view cannot read: bytes never written (heap blocks track them), or what the machine refused. */
    private static Value unreadable(RuntimeException e) {
        String why = String.valueOf(e.getMessage());
        return new Value.Scalar(why.startsWith("using uninitialized data") ? "<uninitialised>" : "<unreadable: " + why + ">");
    }

    private Value read(Ty ty, long addr, int depth) {
        Layout l = in.layouts.layoutOf(ty);
        return switch (ty) {
            case Ty.Bool b -> new Value.Scalar(switch ((int) m.read(addr, 1, false)) {
                case 0 -> "false";
                case 1 -> "true";
                default -> "<invalid bool " + m.read(addr, 1, false) + ">";
            });
            case Ty.Char c -> {
                int cp = (int) m.read(addr, 4, false);
                yield new Value.Scalar(Character.isValidCodePoint(cp) ? "'" + Value.escape(new String(Character.toChars(cp)), '\'') + "'"
                    : "<invalid char " + cp + ">");
            }
            case Ty.Int i -> new Value.Scalar(integer(i.kind(), addr));
            case Ty.Float f -> new Value.Scalar(f.kind() == Ty.FloatTy.F32
                ? floatText(Float.intBitsToFloat((int) m.read(addr, 4, false)), true)
                : floatText(Double.longBitsToDouble(m.read(addr, 8, false)), false));
            case Ty.Ref r -> pointer(r.pointee(), addr);
            case Ty.RawPtr r -> pointer(r.pointee(), addr);
            case Ty.FnPtr f -> new Value.Pointer(m.readPtr(addr), Value.Meta.NONE, 0, "fn", null);
            case Ty.Tuple t when t.elements().isEmpty() -> new Value.Scalar("()");
            case Ty.Tuple t -> {
                List<Value.Field> fs = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) {
                    fs.add(new Value.Field(String.valueOf(i), read(t.elements().get(i), addr + l.fields().offset(i), depth + 1)));
                }
                yield new Value.Composite(null, fs, true);
            }
            case Ty.Array a -> elements(a.element(), addr, l.fields() instanceof FieldsShape.Array fa ? fa.length() : 0, depth);
            case Ty.Adt a -> adt(a, l, addr, depth);
            case Ty.Closure c -> {
                List<Ty> ups = in.layouts.upvarTys(c);
                List<String> names = captureNames(c.def());
                List<Value.Field> fs = new ArrayList<>();
                for (int i = 0; i < ups.size(); i++) fs.add(new Value.Field(names.get(i), read(ups.get(i), addr + l.fields().offset(i), depth + 1)));
                yield new Value.Composite("closure", fs, true);
            }
            default -> l.size() == 0 ? new Value.Scalar(in.tcx.display(ty)) : new Value.Bytes(m.readBytes(addr, Math.min(l.size(), 64)));
        };
    }

    /** A closure's fields named by the places they capture (`acc.items`), or by index where a name is not known. */
    private List<String> captureNames(rustmem.resolve.DefId closure) {
        return captureNames.computeIfAbsent(closure, this::namesOfCaptures);
    }

    private List<String> namesOfCaptures(rustmem.resolve.DefId closure) {
        rustmem.types.ClosureInfo info = in.tcx.checkedClosureInfo(closure);   // (its captures' variables named)
        rustmem.types.thir.Thir.Body owner = in.tcx.bodies.get(in.tcx.closureOwner(closure));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < info.captures.size(); i++) {
            rustmem.types.ClosureInfo.Capture cap = info.captures.get(i);
            String var = null;
            if (owner != null) {
                for (rustmem.types.thir.Thir.LocalVar lv : owner.locals()) if (lv.id() == cap.local()) var = lv.name();
            }
            out.add(var == null ? String.valueOf(i) : cap.path(var));
        }
        return out;
    }

    /** The elements of an array or slice at addr (the first MAX_ELEMENTS of them). */
    Value elements(Ty elem, long addr, long count, int depth) {
        long stride = in.layouts.layoutOf(elem).size();
        List<Value> shown = new ArrayList<>();
        for (long i = 0; i < Math.min(count, MAX_ELEMENTS); i++) shown.add(depth > MAX_DEPTH ? new Value.Scalar("…") : read(elem, addr + i * stride, depth + 1));
        return new Value.Elements(shown, count);
    }

    private Value pointer(Ty pointee, long addr) {
        long p = rustmem.machine.Memory.address(m.readPtr(addr));   // the picture shows addresses, not provenance
        String ty = in.tcx.display(pointee);
        return switch (in.layouts.metadataOf(pointee)) {
            case NONE -> {
                if (!in.layouts.layoutOf(pointee).isUnsized()) hint(new Hint(p, pointee, -1, false));
                yield new Value.Pointer(p, Value.Meta.NONE, 0, ty, null);
            }
            case LENGTH -> {
                long len = m.readPtr(addr + 8);
                if (pointee instanceof Ty.Str) {
                    hint(new Hint(p, pointee, len, true));
                    yield new Value.Pointer(p, Value.Meta.LENGTH, len, ty, m.readable(p, len) ? text(p, len) : null);
                }
                if (pointee instanceof Ty.Slice s) hint(new Hint(p, s.element(), len, false));
                yield new Value.Pointer(p, Value.Meta.LENGTH, len, ty, null);
            }
            case VTABLE -> new Value.Pointer(p, Value.Meta.VTABLE, m.readPtr(addr + 8), ty, null);
        };
    }

    /** A Vec's (or String's) buffer: len elements of T (a String's are text). */
    private void bufferHint(AdtDef def, List<Ty> args, List<Value.Field> fs) {
        long ptr = -1, len = -1;
        for (Value.Field f : fs) {
            if (f.name().equals("ptr") && f.value() instanceof Value.Pointer p) ptr = p.addr();
            if (f.name().equals("len") && f.value() instanceof Value.Scalar s) len = Long.parseLong(s.text());
        }
        if (ptr <= 0 || len < 0) return;
        if (def.is("String")) hint(new Hint(ptr, Ty.U8, len, true));
        else hint(new Hint(ptr, args.get(0), len, false));
    }

    private Value adt(Ty.Adt a, Layout l, long addr, int depth) {
        AdtDef def = a.def();
        if (def.isBox()) return pointer(a.args().get(0), addr);
        if (def.isUnion()) return new Value.Bytes(m.readBytes(addr, Math.min(l.size(), 64)));
        boolean std = in.tcx.defs.isStd(def.did);
        int variant = 0;
        Layout vl = l;
        if (def.isEnum()) {
            if (def.variants.isEmpty()) return new Value.Scalar("!");
            variant = in.tags(a).variant(m, addr);
            if (l.variants() instanceof Variants.Multiple mv) vl = mv.variants().get(variant);
        }
        AdtDef.VariantDef v = def.variants.get(variant);
        String name = def.isEnum() ? v.name() : def.name;
        if (depth > MAX_DEPTH) return new Value.Scalar(name + " { … }");
        List<Value.Field> fs = new ArrayList<>();
        boolean tupleLike = v.ctor() == AdtDef.CtorKind.FN;
        for (int i = 0; i < v.fields().size(); i++) {
            Ty fty = in.layouts.fieldTy(v.fields().get(i), a.args());
            long fo = vl.fields().offset(i);
            if (std && in.layouts.layoutOf(fty).size() == 0) continue;   // PhantomData, Global, markers
            String fname = v.fields().get(i).name();
            if (std && !def.isEnum() && fty instanceof Ty.Adt fa && in.tcx.defs.isStd(fa.def().did) && !fa.def().isEnum()
                && !fa.def().isBox() && !fa.def().isUnion() && !(in.tcx.typeOf(v.fields().get(i).did()) instanceof Ty.Param)) {
                // a std wrapper inside a std struct (not the value it holds for the program, a field of type T):
                // its data fields stand in for it
                Value inner = read(fty, addr + fo, depth);
                if (inner instanceof Value.Composite c && c.name() != null && !c.fields().isEmpty()) {
                    if (c.fields().size() == 1) fs.add(new Value.Field(fname, c.fields().get(0).value()));
                    else fs.addAll(c.fields());
                    continue;
                }
                fs.add(new Value.Field(fname, inner));
                continue;
            }
            fs.add(new Value.Field(fname, read(fty, addr + fo, depth + 1)));
        }
        if (def.is("Vec") || def.is("String")) bufferHint(def, a.args(), fs);
        if (std && !def.isEnum() && fs.size() == 1 && tupleLike) return new Value.Composite(name, fs, true);
        return new Value.Composite(name, fs, tupleLike);
    }

    private String integer(Ty.IntTy k, long addr) {
        if (k.size == 16) return m.read128(addr, k.signed).toString();
        long v = m.read(addr, k.size, k.signed);
        return k.signed ? Long.toString(v) : Long.toUnsignedString(v);
    }

    /**
     * The shortest decimal that reads back as v (of f32 when f32), the closest to v among those: what Rust's
     * float formatting prints. Java's toString gives it with at least two digits (`4.9E-324` for the smallest
     * subnormal, where one digit, `5e-324`, also reads back): then the one-digit rounding is taken when it reads back.
     */
    static BigDecimal shortestDecimal(double v, boolean f32) {
        BigDecimal d = new BigDecimal(f32 ? Float.toString((float) v) : Double.toString(v)).stripTrailingZeros();
        if (d.precision() == 2) {
            BigDecimal one = d.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (readsBack(one, v, f32)) d = one.stripTrailingZeros();
        }
        // two candidates equally close to v (v exactly half-way): Java's takes the even last digit, Rust's the one
        // farther from zero
        BigDecimal exact = f32 ? new BigDecimal((float) v) : new BigDecimal(v);
        if (d.abs().compareTo(exact.abs()) < 0) {
            BigDecimal away = d.add(BigDecimal.ONE.scaleByPowerOfTen(-d.scale()).multiply(BigDecimal.valueOf(d.signum())));
            if (away.subtract(exact).abs().compareTo(d.subtract(exact).abs()) == 0 && readsBack(away, v, f32)) d = away.stripTrailingZeros();
        }
        return d;
    }

    private static boolean readsBack(BigDecimal d, double v, boolean f32) {
        return f32 ? Float.parseFloat(d.toString()) == (float) v : Double.parseDouble(d.toString()) == v;
    }

    /** A float as Rust's Debug writes it (`1.0`, `0.1`, `1e20`, `NaN`, `inf`). */
    static String floatText(double v, boolean f32) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0 ? "-" : "") + "0.0";
        BigDecimal d = shortestDecimal(v, f32);
        int exp = d.precision() - d.scale() - 1;
        if (exp >= 16 || exp < -4) {
            String digits = d.unscaledValue().abs().toString();
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (d.signum() < 0 ? "-" : "") + mant + "e" + exp;
        }
        String s = d.toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** The text of a str at addr (len bytes), as far as it can be read. */
    String text(long addr, long len) {
        byte[] b = m.readBytes(addr, Math.min(len, 200));
        String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        return len > 200 ? s + "…" : s;
    }
}
