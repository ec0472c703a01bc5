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
import rustmem.types.Ty;

/**
 * The interpreter's side of a trace: it numbers frames, keeps each thread's frames and the state of the
 * program's variables (live, moved out, dead), tells the {@link Tracer} what happens, and reads
 * {@link Snapshot}s of the machine when the tracer asks. Exists only in a traced run.
 */
final class TraceSupport implements Tracer.Inspector, Allocator.Listener {
    private final Interpreter in;
    final Tracer tracer;
    private final SourceFile program;
    private int nextFrame = 1;
    /** Each thread's frames, innermost last, the threads in the order they first ran. */
    private final Map<Scheduler.RThread, ArrayList<Frame>> stacks = new java.util.LinkedHashMap<>();

    private final SnapshotReader reader;
    /** The recording that replays any step after the run, when the tracer wants it; else null. */
    private final Replay replay;

    TraceSupport(Interpreter in, Tracer tracer) {
        this.in = in;
        this.tracer = tracer;
        this.program = in.tcx.sources.primary();
        this.reader = new SnapshotReader(in, this);
        this.replay = tracer.replays() ? new Replay(in, this) : null;
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
        ArrayList<Frame> s = stack();
        s.add(f);
        if (replay != null) replay.entered(in.threads.current, s, f);
        tracer.call(thread(), f.traceId, fnName(cb), !traces(cb), f.addr, cb.frameSize);
    }

    void exit(Frame f, boolean unwinding) {
        ArrayList<Frame> s = stack();
        if (!s.isEmpty() && s.get(s.size() - 1) == f) s.remove(s.size() - 1);
        if (replay != null) replay.left(in.threads.current, s);
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
        if (replay != null) replay.step(in.threads.current, stack(), f.traceId, line);
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
    String localName(CompiledBody body, int local) {
        boolean[] vis = visible.computeIfAbsent(body, cb -> {
            boolean[] v = new boolean[cb.localCount];
            for (int l = 1; l < cb.localCount; l++) v[l] = declared(cb.mir.locals.get(l));
            return v;
        });
        return vis[local] ? body.mir.locals.get(local).name() : null;
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
        String name = localName(f.body, local);
        if (name != null && held) {
            tracer.storage(f.traceId, name, in.tcx.display(f.body.tys[local]), f.addr + f.body.offsets[local], f.body.sizes[local], false, null);
        }
    }

    void moved(Frame f, int local) {
        f.traceState[local] = (byte) Snapshot.State.MOVED.ordinal();
        String name = localName(f.body, local);
        if (name != null) tracer.move(f.traceId, name, f.addr + f.body.offsets[local]);
    }

    /** A whole variable was assigned: it holds a value now (the event says which). */
    void assigned(Frame f, int local) {
        f.traceState[local] = (byte) Snapshot.State.LIVE.ordinal();
        String name = localName(f.body, local);
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

    /** Where the live block at addr was allocated, or null. */
    rustmem.trace.CodeSite site(long addr) { return sites.get(addr); }

    @Override
    public Snapshot snapshot(long step, int frame, int line) {
        List<SnapshotReader.ThreadView> threads = new ArrayList<>();
        for (var e : stacks.entrySet()) {
            List<SnapshotReader.FrameView> frames = new ArrayList<>();
            for (Frame f : e.getValue()) frames.add(new SnapshotReader.FrameView(f.traceId, f.body, f.addr, f.traceState, f.traceLine));
            threads.add(new SnapshotReader.ThreadView(e.getKey().displayName(), e.getKey() == in.threads.current, frames));
        }
        return reader.read(new SnapshotReader.StepState(in.m, threads, in.m.allocator.liveBlocks(), sites, in.consts.placedStatics()),
            step, frame, line);
    }

    @Override
    public Snapshot snapshotAt(long step) { return replay == null ? null : replay.snapshot(step, reader); }

    @Override
    public long replayableSteps() { return replay == null ? 0 : replay.steps(); }

    @Override
    public long recordedBytes() { return replay == null ? 0 : replay.footprint(); }
}
