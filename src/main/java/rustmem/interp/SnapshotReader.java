package rustmem.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.machine.Allocator;
import rustmem.resolve.DefId;
import rustmem.trace.CodeSite;
import rustmem.trace.Snapshot;
import rustmem.trace.Value;
import rustmem.types.Ty;

/**
 * Reads a {@link Snapshot} (every thread's frames and the program's variables, the heap's live blocks, the
 * statics) from the state of one step: the running machine's, or one rebuilt from a recording ({@link Replay}).
 */
final class SnapshotReader {
    private static final Snapshot.State[] STATES = Snapshot.State.values();

    /** A frame as a snapshot shows it: its number, its body, where it is, its locals' states, its program line. */
    record FrameView(int id, CompiledBody body, long addr, byte[] state, int line) {}

    /** A thread's frames, outermost first. */
    record ThreadView(String name, boolean current, List<FrameView> frames) {}

    /**
     * The state of one step: memory, the threads in the order they first ran, the live heap blocks by address and
     * where each was allocated, the program's statics placed so far.
     */
    record StepState(MemoryView memory, List<ThreadView> threads, List<Allocator.BlockInfo> heap, Map<Long, CodeSite> sites,
                     Map<DefId, Long> statics) {}

    private final Interpreter in;
    private final TraceSupport trace;

    SnapshotReader(Interpreter in, TraceSupport trace) {
        this.in = in;
        this.trace = trace;
    }

    Snapshot read(StepState s, long step, int frame, int line) {
        ValueReader reader = new ValueReader(in, s.memory());
        List<Snapshot.ThreadState> threads = new ArrayList<>();
        String fn = null, thread = null;
        for (ThreadView t : s.threads()) {
            if (t.current()) thread = t.name();
            if (t.frames().isEmpty() && !t.current()) continue;
            List<Snapshot.FrameState> frames = new ArrayList<>();
            for (FrameView f : t.frames()) {
                if (f.id() == frame) fn = trace.fnName(f.body());
                frames.add(frameState(f, reader, s.memory()));
            }
            threads.add(new Snapshot.ThreadState(t.name(), frames));
        }
        List<Snapshot.HeapBlock> heap = heap(s, reader);
        return new Snapshot(step, thread, fn, line, threads, heap, statics(s, threads, heap, reader));
    }

    /** The static blocks (literals, statics, functions) that the snapshot's pointers point into. */
    private List<Snapshot.Static> statics(StepState s, List<Snapshot.ThreadState> threads, List<Snapshot.HeapBlock> heap, ValueReader reader) {
        List<Value.Pointer> ptrs = new ArrayList<>();
        for (Snapshot.ThreadState t : threads) {
            for (Snapshot.FrameState f : t.frames()) f.locals().forEach(l -> Snapshot.pointers(l.value(), ptrs));
        }
        heap.forEach(b -> Snapshot.pointers(b.value(), ptrs));
        java.util.TreeMap<Long, Snapshot.Static> out = new java.util.TreeMap<>();
        for (Value.Pointer p : ptrs) {
            MemoryView.Block a = s.memory().block(p.addr());
            if (a == null || out.containsKey(a.base())) continue;
            String section = switch (a.kind()) {
                case RODATA -> ".rodata";
                case DATA -> ".data";
                case BSS -> ".bss";
                case TEXT -> ".text";
                default -> null;
            };
            if (section != null) out.put(a.base(), new Snapshot.Static(section, a.base(), a.size(), String.valueOf(a.label()), null, null));
        }
        // the program's statics (those placed so far: a static is placed at its first use), with their values
        for (var e : s.statics().entrySet()) {
            if (in.tcx.defs.isStd(e.getKey())) continue;
            Ty ty = in.resolver.normalize(in.tcx.typeOf(e.getKey()));
            long addr = e.getValue();
            long size = in.layouts.layoutOf(ty).size();
            out.put(addr, new Snapshot.Static(section(e.getKey(), ty), addr, size, "static " + in.tcx.name(e.getKey()),
                in.tcx.display(ty), reader.read(ty, addr)));
        }
        return List.copyOf(out.values());
    }

    private Snapshot.FrameState frameState(FrameView f, ValueReader reader, MemoryView memory) {
        CompiledBody cb = f.body();
        List<Snapshot.LocalState> locals = new ArrayList<>();
        boolean std = !trace.traces(cb);
        if (!std) {
            for (int l = 1; l < cb.localCount; l++) {
                Mir.LocalDecl d = cb.mir.locals.get(l);
                if (trace.localName(cb, l) == null) continue;
                Snapshot.State st = STATES[f.state()[l]];
                long addr = f.addr() + cb.offsets[l];
                Value v = st == Snapshot.State.LIVE ? reader.read(cb.tys[l], addr) : null;
                locals.add(new Snapshot.LocalState(d.name(), in.tcx.display(cb.tys[l]), addr, cb.sizes[l], st, v,
                    memory.shown(addr, cb.sizes[l], Snapshot.BYTES_SHOWN)));
            }
        }
        return new Snapshot.FrameState(f.id(), trace.fnName(cb), std, f.addr(), cb.frameSize, f.line(), locals);
    }

    /** The live heap blocks, each read as the strongest pointer to its start says (pointers found on the way too). */
    private List<Snapshot.HeapBlock> heap(StepState s, ValueReader reader) {
        List<Allocator.BlockInfo> blocks = s.heap();
        Map<Long, Value> values = new java.util.HashMap<>();
        Map<Long, String> types = new java.util.HashMap<>();
        // reading a block may find pointers to others (a Vec<String>'s Strings): read until nothing new
        boolean progress = true;
        for (int round = 0; progress && round < 16; round++) {
            progress = false;
            for (Allocator.BlockInfo b : blocks) {
                ValueReader.Hint h = reader.hints.get(b.addr());
                if (h == null || values.containsKey(b.addr()) && types.get(b.addr()).equals(describe(h))) continue;
                values.put(b.addr(), reader.readHinted(h));
                types.put(b.addr(), describe(h));
                progress = true;
            }
        }
        List<Snapshot.HeapBlock> out = new ArrayList<>();
        for (Allocator.BlockInfo b : blocks) {
            CodeSite site = s.sites().get(b.addr());
            out.add(new Snapshot.HeapBlock(b.addr(), b.size(), b.chunk(), b.mmap(), types.get(b.addr()), values.get(b.addr()), b.runtime(),
                site == null ? null : site.toString(), s.memory().shown(b.addr(), b.size(), Snapshot.BYTES_SHOWN)));
        }
        return out;
    }

    /**
     * The section rustc puts a static in: a `static mut` or one with interior mutability in .data, or .bss when its
     * initial bytes are all zero; an immutable one in .data.rel.ro when it holds a pointer (relocated at load), else .rodata.
     * (rustmem places them all in one writable block; the section is the real binary's.)
     */
    private String section(DefId def, Ty ty) {
        boolean mutable = in.tcx.defs.node(def) instanceof rustmem.syntax.ast.Item item
            && item.kind() instanceof rustmem.syntax.ast.Item.Static st && st.mutable() || holds(ty, true, 0);
        if (mutable) return in.consts.zeroInitialized(def) ? ".bss" : ".data";
        return holds(ty, false, 0) ? ".data.rel.ro" : ".rodata";
    }

    /** Whether a value of ty holds (in place, not behind a pointer) an UnsafeCell (cell), or else a pointer. */
    private boolean holds(Ty ty, boolean cell, int depth) {
        if (depth > 16) return false;
        return switch (ty) {
            case Ty.Ref r -> !cell;
            case Ty.RawPtr r -> !cell;
            case Ty.FnPtr f -> !cell;
            case Ty.Adt a when a.def().isBox() -> !cell;
            case Ty.Adt a -> cell && a.def().is("unsafe_cell") || a.def().variants.stream().flatMap(v -> v.fields().stream())
                .anyMatch(f -> holds(in.layouts.fieldTy(f, a.args()), cell, depth + 1));
            case Ty.Tuple t -> t.elements().stream().anyMatch(e -> holds(e, cell, depth + 1));
            case Ty.Array arr -> holds(arr.element(), cell, depth + 1);
            default -> false;
        };
    }

    private String describe(ValueReader.Hint h) {
        if (h.text()) return "str";
        String t = in.tcx.display(h.ty());
        return h.count() >= 0 ? "[" + t + "; " + h.count() + "]" : t;
    }
}
