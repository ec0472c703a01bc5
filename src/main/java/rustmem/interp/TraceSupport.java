package rustmem.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.machine.Allocator;
import rustmem.source.SourceFile;
import rustmem.source.Span;
import rustmem.trace.Snapshot;
import rustmem.trace.Tracer;
import rustmem.trace.Value;
import rustmem.types.Ty;

/**
 * The interpreter's side of a trace: it numbers frames, keeps each thread's frames and the state of the
 * program's variables (live, moved out, dead), tells the {@link Tracer} what happens, and reads
 * {@link Snapshot}s of the machine when the tracer asks. Exists only in a traced run.
 */
final class TraceSupport implements Tracer.Inspector, Allocator.Listener {
    private static final Snapshot.State[] STATES = Snapshot.State.values();

    private final Interpreter in;
    final Tracer tracer;
    private final SourceFile program;
    private int nextFrame = 1;
    /** Each thread's frames, innermost last, the threads in the order they first ran. */
    private final Map<Scheduler.RThread, ArrayList<Frame>> stacks = new java.util.LinkedHashMap<>();

    TraceSupport(Interpreter in, Tracer tracer) {
        this.in = in;
        this.tracer = tracer;
        this.program = in.tcx.sources.primary();
        tracer.attach(this);
    }

    /** Whether a body is the program's own (its lines are steps, its variables are shown). */
    boolean traces(CompiledBody cb) { return !in.tcx.defs.isStd(cb.instance.def()); }

    /** The program line of a span, or 0 when the span is not in the program's file. */
    int line(Span span) {
        if (span == null || !program.contains(span.lo()) || span.hi() == 0) return 0;
        return program.line(span.lo());
    }

    private String thread() { return in.threads.current.displayName(); }

    private ArrayList<Frame> stack() { return stacks.computeIfAbsent(in.threads.current, k -> new ArrayList<>()); }

    // ------------------------------------------------------------------ events

    void enter(Frame f) {
        f.traceId = nextFrame++;
        CompiledBody cb = f.body;
        byte[] st = new byte[cb.localCount];
        for (int l = 0; l < cb.localCount; l++) {
            st[l] = (byte) (l >= 1 && l <= cb.mir.argCount ? Snapshot.State.LIVE : Snapshot.State.UNINIT).ordinal();
        }
        f.traceState = st;
        stack().add(f);
        tracer.call(thread(), f.traceId, fnName(cb), !traces(cb), f.addr, cb.frameSize);
    }

    void exit(Frame f, boolean unwinding) {
        ArrayList<Frame> s = stack();
        if (!s.isEmpty() && s.get(s.size() - 1) == f) s.remove(s.size() - 1);
        tracer.ret(thread(), f.traceId, fnName(f.body), !traces(f.body), unwinding);
    }

    /** The frame of the last line event: a frame whose callee had lines of its own resumes its line after the call. */
    private Frame lastLineFrame;

    void line(Frame f, int line, rustmem.source.Span span) {
        if (line == 0) return;
        f.traceSpan = span;
        if (line == f.traceLine) return;
        f.traceLine = line;
        lastLineFrame = f;
        tracer.line(thread(), f.traceId, fnName(f.body), line);
    }

    /** After a call from frame f: if the program's code ran meanwhile, f's line goes on. */
    void resumed(Frame f) {
        if (lastLineFrame == f || f.traceLine == 0) return;
        lastLineFrame = f;
        tracer.resume(thread(), f.traceId, fnName(f.body), f.traceLine);
    }

    private final Map<CompiledBody, boolean[]> visible = new IdentityHashMap<>();

    /** The name of a variable the program declares (a binding written in its source), else null. */
    private String localName(Frame f, int local) {
        boolean[] vis = visible.computeIfAbsent(f.body, cb -> {
            boolean[] v = new boolean[cb.localCount];
            for (int l = 1; l < cb.localCount; l++) v[l] = declared(cb.mir.locals.get(l));
            return v;
        });
        return vis[local] ? f.body.mir.locals.get(local).name() : null;
    }

    /** Whether a local is a binding of the source (its span is its name), not one the compiler made (a `for`'s iterator). */
    private boolean declared(Mir.LocalDecl d) {
        String name = d.name();
        if (name == null || d.span() == null || !program.contains(d.span().lo()) || !program.contains(d.span().hi())) return false;
        String text = program.slice(d.span());
        if (!text.endsWith(name)) return false;
        int before = text.length() - name.length() - 1;
        return before < 0 || !Character.isJavaIdentifierPart(text.charAt(before));
    }

    private final Map<CompiledBody, String> names = new IdentityHashMap<>();

    /** A function's name as a view shows it: its path in its crate, its generic arguments. */
    String fnName(CompiledBody cb) {
        String n = names.get(cb);
        if (n == null) names.put(cb, n = in.displayName(cb.instance));
        return n;
    }


    void storage(Frame f, int local, boolean live) {
        if (live) return;   // a variable's storage begins where it is first assigned (see assigned)
        boolean held = f.traceState[local] == Snapshot.State.LIVE.ordinal();
        f.traceState[local] = (byte) Snapshot.State.DEAD.ordinal();
        String name = localName(f, local);
        if (name != null && held) {
            tracer.storage(f.traceId, name, in.tcx.display(f.body.tys[local]), f.addr + f.body.offsets[local], f.body.sizes[local], false, null);
        }
    }

    void moved(Frame f, int local) {
        f.traceState[local] = (byte) Snapshot.State.MOVED.ordinal();
        String name = localName(f, local);
        if (name != null) tracer.move(f.traceId, name, f.addr + f.body.offsets[local]);
    }

    /** A whole variable was assigned: it holds a value now (the event says which). */
    void assigned(Frame f, int local) {
        f.traceState[local] = (byte) Snapshot.State.LIVE.ordinal();
        String name = localName(f, local);
        if (name == null) return;
        long addr = f.addr + f.body.offsets[local];
        tracer.storage(f.traceId, name, in.tcx.display(f.body.tys[local]), addr, f.body.sizes[local], true,
            new ValueReader(in).read(f.body.tys[local], addr));
    }

    void panic() { tracer.panic(thread()); }

    /** A drop the program's code does (the drops inside std's functions are theirs to show). */
    void drop(Ty ty, long addr) {
        ArrayList<Frame> s = stack();
        if (!s.isEmpty() && traces(s.get(s.size() - 1).body)) tracer.drop(in.tcx.display(ty), rustmem.machine.Memory.address(addr));
    }

    /** Where each live block was allocated: the innermost program frame's statement then. */
    private final Map<Long, rustmem.trace.CodeSite> sites = new java.util.HashMap<>();

    private rustmem.trace.CodeSite site() {
        ArrayList<Frame> s = stack();
        for (int i = s.size() - 1; i >= 0; i--) {
            Frame f = s.get(i);
            if (traces(f.body) && f.traceLine > 0) return new rustmem.trace.CodeSite(fnName(f.body), f.traceLine, f.traceSpan);
        }
        return null;
    }

    @Override
    public void malloc(long addr, long size, long chunk, boolean mmap) {
        rustmem.trace.CodeSite site = site();
        sites.put(addr, site);
        tracer.alloc(addr, size, chunk, mmap, site);
    }

    @Override
    public void free(long addr, long size) {
        sites.remove(addr);
        tracer.free(addr, size, site());
    }

    @Override
    public void realloc(long from, long to, long oldSize, long size) {
        rustmem.trace.CodeSite site = site();
        sites.remove(from);
        sites.put(to, site);
        tracer.realloc(from, to, oldSize, size, site);
    }

    // ------------------------------------------------------------------ snapshots

    @Override
    public Snapshot snapshot(long step, int frame, int line) {
        ValueReader reader = new ValueReader(in);
        List<Snapshot.ThreadState> threads = new ArrayList<>();
        String fn = null;
        for (var e : stacks.entrySet()) {
            Scheduler.RThread t = e.getKey();
            ArrayList<Frame> s = e.getValue();
            if (s.isEmpty() && t != in.threads.current) continue;
            List<Snapshot.FrameState> frames = new ArrayList<>();
            for (Frame f : s) {
                if (f.traceId == frame) fn = fnName(f.body);
                frames.add(frameState(f, reader));
            }
            threads.add(new Snapshot.ThreadState(t.displayName(), frames));
        }
        List<Snapshot.HeapBlock> heap = heap(reader);
        return new Snapshot(step, thread(), fn, line, threads, heap, statics(threads, heap, reader));
    }

    /** The static blocks (literals, statics, functions) that the snapshot's pointers point into. */
    private List<Snapshot.Static> statics(List<Snapshot.ThreadState> threads, List<Snapshot.HeapBlock> heap, ValueReader reader) {
        List<Value.Pointer> ptrs = new ArrayList<>();
        for (Snapshot.ThreadState t : threads) {
            for (Snapshot.FrameState f : t.frames()) f.locals().forEach(l -> Snapshot.pointers(l.value(), ptrs));
        }
        heap.forEach(b -> Snapshot.pointers(b.value(), ptrs));
        java.util.TreeMap<Long, Snapshot.Static> out = new java.util.TreeMap<>();
        for (Value.Pointer p : ptrs) {
            rustmem.machine.Allocation a = in.m.memory.containing(p.addr());
            if (a == null || out.containsKey(a.base)) continue;
            String section = switch (a.kind) {
                case RODATA -> ".rodata";
                case DATA -> ".data";
                case BSS -> ".bss";
                case TEXT -> ".text";
                default -> null;
            };
            if (section != null) out.put(a.base, new Snapshot.Static(section, a.base, a.size(), String.valueOf(a.label), null, null));
        }
        // the program's statics (those placed so far: a static is placed at its first use), with their values
        for (var e : in.consts.placedStatics().entrySet()) {
            if (in.tcx.defs.isStd(e.getKey())) continue;
            Ty ty = in.resolver.normalize(in.tcx.typeOf(e.getKey()));
            long addr = e.getValue();
            long size = in.layouts.layoutOf(ty).size();
            out.put(addr, new Snapshot.Static(section(e.getKey(), ty, addr, size), addr, size, "static " + in.tcx.name(e.getKey()),
                in.tcx.display(ty), reader.read(ty, addr)));
        }
        return List.copyOf(out.values());
    }

    private Snapshot.FrameState frameState(Frame f, ValueReader reader) {
        CompiledBody cb = f.body;
        List<Snapshot.LocalState> locals = new ArrayList<>();
        boolean std = !traces(cb);
        if (!std) {
            for (int l = 1; l < cb.localCount; l++) {
                Mir.LocalDecl d = cb.mir.locals.get(l);
                if (localName(f, l) == null) continue;
                Snapshot.State st = STATES[f.traceState[l]];
                long addr = f.addr + cb.offsets[l];
                Value v = st == Snapshot.State.LIVE ? reader.read(cb.tys[l], addr) : null;
                locals.add(new Snapshot.LocalState(d.name(), in.tcx.display(cb.tys[l]), addr, cb.sizes[l], st, v, bytes(addr, cb.sizes[l])));
            }
        }
        return new Snapshot.FrameState(f.traceId, fnName(cb), std, f.addr, cb.frameSize, f.traceLine, locals);
    }

    /** The first {@link Snapshot#BYTES_SHOWN} of size bytes at addr as memory holds them (fewer where no allocation holds them). */
    private byte[] bytes(long addr, long size) {
        rustmem.machine.Allocation a = in.m.memory.containing(addr);
        if (a == null) return new byte[0];
        a = a.holder(addr - a.base);   // (of a paged block: the segment, whose end ends what is shown)
        int off = (int) (addr - a.base);
        int n = (int) Math.max(0, Math.min(Math.min(size, Snapshot.BYTES_SHOWN), a.size() - off));
        return java.util.Arrays.copyOfRange(a.bytes, off, off + n);
    }

    /** The live heap blocks, each read as the strongest pointer to its start says (pointers found on the way too). */
    private List<Snapshot.HeapBlock> heap(ValueReader reader) {
        List<Allocator.BlockInfo> blocks = in.m.allocator.liveBlocks();
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
            rustmem.trace.CodeSite site = sites.get(b.addr());
            out.add(new Snapshot.HeapBlock(b.addr(), b.size(), b.chunk(), b.mmap(), types.get(b.addr()), values.get(b.addr()), b.runtime(),
                site == null ? null : site.toString(), bytes(b.addr(), b.size())));
        }
        return out;
    }

    /**
     * The section rustc puts a static in: a `static mut` or one with interior mutability in .data, or .bss when its
     * initial bytes are all zero; an immutable one in .data.rel.ro when it holds a pointer (relocated at load), else .rodata.
     * (rustmem places them all in one writable block; the section is the real binary's.)
     */
    private String section(rustmem.resolve.DefId def, Ty ty, long addr, long size) {
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
