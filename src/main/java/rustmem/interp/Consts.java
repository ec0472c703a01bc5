package rustmem.interp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.layout.Layout;
import rustmem.machine.AllocKind;
import rustmem.machine.ProcessImage;
import rustmem.resolve.DefId;
import rustmem.source.SourceFile;
import rustmem.source.Span;
import rustmem.traits.Selection;
import rustmem.types.AssocItem;
import rustmem.types.TraitRef;
import rustmem.types.Ty;

/**
 * Values known before the program runs, as bytes: literals (strings in .rodata), `const` items evaluated by
 * running their bodies (once per instance), statics (placed in .data and initialized on first use), and the
 * Location values #[track_caller] functions report.
 */
final class Consts {
    private final Interpreter in;
    private final Machine m;
    private final Map<Instance, byte[]> named = new HashMap<>();
    private final Map<DefId, Long> statics = new HashMap<>();
    private final Map<Long, Long> locations = new HashMap<>();
    private long nextData = ProcessImage.IMAGE_BASE + 0x80_000;

    Consts(Interpreter in) {
        this.in = in;
        this.m = in.m;
    }

    byte[] bytes(Mir.Const c, Ty ty) {
        int size = (int) in.layouts.layoutOf(ty).size();
        return switch (c) {
            case Mir.Const.Int i -> intBytes(i.value(), size);
            case Mir.Const.Float f -> BodyCompiler.le(size == 4 ? Float.floatToRawIntBits((float) f.value()) : Double.doubleToRawLongBits(f.value()), size);
            case Mir.Const.Bool b -> new byte[] {(byte) (b.value() ? 1 : 0)};
            case Mir.Const.Char ch -> BodyCompiler.le(ch.codePoint(), 4);
            case Mir.Const.Str s -> {
                byte[] out = new byte[16];
                long addr = m.strLiteral(s.value());
                System.arraycopy(BodyCompiler.le(addr, 8), 0, out, 0, 8);
                System.arraycopy(BodyCompiler.le(s.value().getBytes(StandardCharsets.UTF_8).length, 8), 0, out, 8, 8);
                yield out;
            }
            case Mir.Const.ByteStr b -> {
                long addr = m.bytesLiteral(b.value(), "byte string literal");
                if (size == 16) {
                    byte[] out = new byte[16];
                    System.arraycopy(BodyCompiler.le(addr, 8), 0, out, 0, 8);
                    System.arraycopy(BodyCompiler.le(b.value().length, 8), 0, out, 8, 8);
                    yield out;
                }
                yield BodyCompiler.le(addr, 8);
            }
            case Mir.Const.Zst z -> new byte[size];
            case Mir.Const.Named n -> named(n.def(), in.resolver.normalizeAll(n.args()), ty);
            case Mir.Const.StaticRef s -> BodyCompiler.le(staticAddr(s.def()), 8);
            case Mir.Const.Param p -> {
                Ty v = in.resolver.normalize(p.value());
                if (!(v instanceof Ty.ConstValue cv)) throw new UnsupportedFeature("a const parameter without a value", Span.DUMMY);
                yield intBytes(BigInteger.valueOf(cv.value()), size);
            }
        };
    }

    static byte[] intBytes(BigInteger v, int size) {
        byte[] out = new byte[size];
        byte[] be = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < size; i++) out[i] = i < be.length ? be[be.length - 1 - i] : fill;
        return out;
    }

    // ------------------------------------------------------------------ const items

    /** A `const` (or an associated constant, through the impl that defines it) evaluated by running its body. */
    private byte[] named(DefId def, List<Ty> args, Ty ty) {
        Instance key = Instance.item(def, args);
        byte[] b = named.get(key);
        if (b != null) return b;
        Instance target = resolveConst(def, args);
        b = named.get(target);
        if (b == null) {
            b = evaluate(target);
            named.put(target, b);
        }
        named.put(key, b);
        return b;
    }

    private Instance resolveConst(DefId def, List<Ty> args) {
        DefId trait = in.tcx.traitOfItem(def);
        if (trait == null) return Instance.item(def, args);
        int n = in.tcx.generics(trait).count();
        Selection sel = in.resolver.select(new TraitRef(trait, args.subList(0, n)));
        if (sel instanceof Selection.Impl impl) {
            String name = in.tcx.name(def);
            for (AssocItem a : in.tcx.assocItems(impl.impl())) {
                if (a.kind() == AssocItem.Kind.CONST && a.name().equals(name)) {
                    List<Ty> all = new ArrayList<>(impl.args());
                    all.addAll(args.subList(n, args.size()));
                    return Instance.item(a.def(), all);
                }
            }
        }
        return Instance.item(def, args);
    }

    /**
     * Runs a const's or static's initializer. A value that may hold pointers (`&[1, 2, 3]`, `&Foo { .. }`) points
     * at the temporaries of the initializer's frame, which rustc promotes to static memory: such an initializer
     * runs on a stack of its own that is never reused, so what it points to lives as long as the process.
     */
    private byte[] evaluate(Instance inst) {
        CompiledBody cb = in.body(inst);
        Ty ty = in.resolver.normalize(in.tcx.typeOf(inst.def()).subst(inst.args()));
        if (!mayHoldPointers(ty, new java.util.HashSet<>())) {
            int saved = m.sp;
            try {
                return run(inst, cb);
            } finally {
                m.sp = saved;
            }
        }
        rustmem.machine.Allocation arena = m.memory.allocate(nextPromoted, PROMOTED_STACK, AllocKind.DATA,
            "promoted temporaries of " + in.tcx.defs.pathString(inst.def()));
        nextPromoted += PROMOTED_STACK;
        rustmem.machine.Allocation stack = m.stack;
        byte[] stackBytes = m.stackBytes;
        long stackBase = m.stackBase;
        int sp = m.sp;
        long low = m.stackLow();   // the arena is not a thread's stack: its frames do not count in the high-water mark
        CallStack frames = m.frames;
        m.frames = new CallStack();
        m.stack = arena;
        m.stackBytes = arena.bytes;
        m.stackBase = arena.base;
        m.sp = arena.bytes.length;
        m.stackSwitched();
        boolean provenance = m.slotProvenance;
        m.slotProvenance = false;   // what the constant's pointers point to in the arena lives on after its frames
        try {
            return run(inst, cb);
        } finally {
            m.slotProvenance = provenance;
            m.stack = stack;
            m.stackBytes = stackBytes;
            m.stackBase = stackBase;
            m.sp = sp;
            m.stackSwitched();
            m.setStackLow(low);
            m.frames = frames;
        }
    }

    private byte[] run(Instance inst, CompiledBody cb) {
        long dest = in.pushScratch(Math.max(cb.sizes[0], 8));
        // The initializer runs on a clean stack, as rustc's const eval does: padding its values carry from one place to
        // another is then zero, as in the binary (rustc's padding is uninitialised, written as zeros), not what an
        // earlier frame left there (a static is evaluated at its first use, while the program runs).
        int sp = m.sp;
        java.util.Arrays.fill(m.stackBytes, Math.max(0, sp - CLEAN_STACK), Math.min(m.stackBytes.length, sp + cb.sizes[0]), (byte) 0);
        in.invoke(inst, new long[0], new int[0], dest, 0);
        byte[] value = m.readBytes(dest, cb.sizes[0]);
        int[] runs = m.uninitRuns(dest, cb.sizes[0]);
        if (runs != null) uninitRuns.put(value, runs);
        return value;
    }

    /** The bytes of stack below an initializer's destination made zero before it runs. */
    private static final int CLEAN_STACK = 64 << 10;

    /** The values evaluate made that hold uninitialised bytes (`[const { MaybeUninit::uninit() }; N]`): their runs. */
    private final Map<byte[], int[]> uninitRuns = new java.util.IdentityHashMap<>();

    /**
     * The runs of uninitialised bytes of a value {@link #bytes} gave, as start and end offsets one after another,
     * or null when all its bytes are initialised.
     */
    int[] uninitRuns(byte[] value) { return uninitRuns.get(value); }

    /** The size of the stack a pointer-holding initializer runs on (and its temporaries stay in). */
    private static final int PROMOTED_STACK = 32 << 10;
    /** Where those stacks go: below the program's image, one after another. */
    private long nextPromoted = ProcessImage.IMAGE_BASE - (64L << 20);

    /** Whether a value of the type may hold a pointer (references, raw and fn pointers, through ADT fields). */
    private boolean mayHoldPointers(Ty t, java.util.Set<Ty> seen) {
        if (!seen.add(t)) return false;
        return switch (t) {
            case Ty.Ref r -> true;
            case Ty.RawPtr p -> true;
            case Ty.FnPtr f -> true;
            case Ty.Dynamic d -> true;
            case Ty.Array a -> mayHoldPointers(a.element(), seen);
            case Ty.Slice s -> mayHoldPointers(s.element(), seen);
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(e -> mayHoldPointers(e, seen));
            case Ty.Adt a -> {
                for (var v : a.def().variants) {
                    for (var f : v.fields()) if (mayHoldPointers(in.resolver.normalize(in.tcx.fieldTy(f, a.args())), seen)) yield true;
                }
                yield false;
            }
            case Ty.Closure c -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------ statics

    /**
     * The statics placed so far (each is placed at its first use) whose initial value is in memory (a static's
     * initializer may run, traced, before it is), by address.
     */
    Map<DefId, Long> placedStatics() { return java.util.Collections.unmodifiableMap(initialized); }

    private final Map<DefId, Long> initialized = new java.util.LinkedHashMap<>();

    /** The statics whose initial value is all zero bytes (a real binary puts a mutable one in .bss). */
    private final java.util.Set<DefId> zeroInitialized = new java.util.HashSet<>();

    boolean zeroInitialized(DefId def) { return zeroInitialized.contains(def); }

    /** A static's address in .data, its value computed the first time it is used. */
    long staticAddr(DefId def) {
        Long a = statics.get(def);
        if (a != null) return a;
        Ty ty = in.resolver.normalize(in.tcx.typeOf(def));
        Layout l = in.layouts.layoutOf(ty);
        long align = Math.max(l.align(), 1);
        nextData = (nextData + align - 1) & -align;
        long addr = nextData;
        nextData += Math.max(l.size(), 1);
        m.memory.allocate(addr, (int) l.size(), AllocKind.DATA, "static " + in.tcx.defs.pathString(def));
        statics.put(def, addr);
        byte[] init = evaluate(Instance.item(def, List.of()));
        boolean zero = true;
        for (byte b : init) zero &= b == 0;
        if (zero) zeroInitialized.add(def);
        m.writeBytes(addr, init);
        m.markUninit(addr, uninitRuns(init));
        initialized.put(def, addr);
        return addr;
    }

    /**
     * Whether the value of type t at addr holds the address of something (what a linker relocates in a
     * position-independent executable): a non-null reference, raw or function pointer into an allocation or to a
     * function, or a vtable; dangling pointers such as an empty Vec's are numbers, not addresses.
     */
    boolean holdsAddress(long addr, Ty t) {
        Ty ty = in.resolver.normalize(t);
        return switch (ty) {
            case Ty.Ref r -> pointsSomewhere(addr, r.pointee());
            case Ty.RawPtr r -> pointsSomewhere(addr, r.pointee());
            case Ty.FnPtr f -> m.readPtr(addr) != 0;
            case Ty.Array a -> {
                long size = in.layouts.layoutOf(a.element()).size();
                long n = ((Ty.ConstValue) a.length()).value();
                for (long i = 0; i < n; i++) if (holdsAddress(addr + i * size, a.element())) yield true;
                yield false;
            }
            case Ty.Tuple tu -> {
                Layout l = in.layouts.layoutOf(ty);
                for (int i = 0; i < tu.elements().size(); i++) if (holdsAddress(addr + l.fields().offset(i), tu.elements().get(i))) yield true;
                yield false;
            }
            case Ty.Adt a -> {
                Layout l = in.layouts.layoutOf(ty);
                if (a.def().isUnion()) yield false;   // which field holds a value is unknown: its bytes are data
                int v = a.def().isEnum() ? in.tags(ty).variant(m, addr) : 0;
                Layout vl = l.variants() instanceof rustmem.layout.Variants.Multiple mv ? mv.variants().get(v) : l;
                var fields = a.def().variants.get(v).fields();
                for (int i = 0; i < fields.size(); i++) {
                    if (holdsAddress(addr + vl.fields().offset(i), in.layouts.fieldTy(fields.get(i), a.args()))) yield true;
                }
                yield false;
            }
            default -> false;
        };
    }

    /** Whether a pointer to pointee at addr points into an allocation (or, for a trait object, has a vtable). */
    private boolean pointsSomewhere(long addr, Ty pointee) {
        long p = m.readPtr(addr);
        if (p != 0 && m.memory.containing(rustmem.machine.Memory.address(p)) != null) return true;
        return in.layouts.metadataOf(pointee) == rustmem.layout.LayoutCx.PointerMetadata.VTABLE && m.readPtr(addr + 8) != 0;
    }

    // ------------------------------------------------------------------ locations

    /** A `Location { file, line, col }` for a span, in .rodata (one per distinct span). */
    long location(Span span) {
        Long key = ((long) span.lo() << 32) | (span.hi() & 0xFFFF_FFFFL);
        Long a = locations.get(key);
        if (a != null) return a;
        SourceFile file = in.tcx.sources.fileOf(span);
        String name = file == null ? "<unknown>" : file.name();
        int line = file == null ? 0 : file.line(span.lo());
        int col = file == null ? 0 : file.column(span.lo());
        Layout l = locationLayout();
        byte[] bytes = new byte[(int) l.size()];
        long str = m.strLiteral(name);
        put(bytes, l.fields().offset(0), BodyCompiler.le(str, 8));
        put(bytes, l.fields().offset(0) + 8, BodyCompiler.le(name.getBytes(StandardCharsets.UTF_8).length, 8));
        put(bytes, l.fields().offset(1), BodyCompiler.le(line, 4));
        put(bytes, l.fields().offset(2), BodyCompiler.le(col, 4));
        long addr = m.rodata(bytes, "panic location");
        locations.put(key, addr);
        return addr;
    }

    /** `FILE:LINE:COL` of a Location in memory (what `location` made, or a #[track_caller] caller's). */
    String describeLocation(long addr) {
        Layout l = locationLayout();
        long file = addr + l.fields().offset(0);
        return m.readStr(m.readPtr(file), m.readPtr(file + 8)) + ":" + m.read(addr + l.fields().offset(1), 4, false) + ":"
            + m.read(addr + l.fields().offset(2), 4, false);
    }

    private Layout locationLayout() {
        return in.layouts.layoutOf(new Ty.Adt(in.tcx.adtDef(in.tcx.lang.require("panic_location")), List.of()));
    }

    private static void put(byte[] into, long off, byte[] what) { System.arraycopy(what, 0, into, (int) off, what.length); }
}
