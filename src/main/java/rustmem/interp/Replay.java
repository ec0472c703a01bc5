package rustmem.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rustmem.machine.AllocKind;
import rustmem.machine.Allocation;
import rustmem.machine.Allocator;
import rustmem.machine.Memory;
import rustmem.machine.MemoryWatch;
import rustmem.resolve.DefId;
import rustmem.trace.CodeSite;
import rustmem.trace.Snapshot;

/**
 * A traced run's recording, from which the snapshot of any step is read after the run without running it again
 * (as a time-travelling debugger does): periodic checkpoints of the state, and between them what each step changed.
 *
 * <p>At each step (a program line about to run) the recording compares with its copy of the step before the memory
 * that may have changed — the frames that ran, and what was written through pointers ({@link MemoryWatch}) — and
 * logs the bytes that differ; then the frames pushed and popped, the variables' states, the heap blocks allocated
 * and freed, the statics placed. A checkpoint is a copy of the whole state, taken when the log has grown by as much
 * as the state holds since the last one, so the checkpoints cost no more than the log and reaching any step replays
 * at most that much of it.
 */
final class Replay implements MemoryWatch {
    // the log's records: a step's opens with STEP, the rest say what changed up to it
    private static final int STEP = 1, REGION = 2, FREE = 3, THREAD = 6, TRUNCATE = 7, PUSH = 8, LINE = 9, STATE = 10,
        HEAP = 11, HEAP_FREE = 12, STATIC = 13;
    static final int BYTES = 4, UNINIT = 5;
    /** Memory is compared in lines of 2^LINE_SHIFT bytes. */
    private static final int LINE_SHIFT = 8;
    /** Each checkpoint waits for at least this many bytes of log. */
    private static final long MIN_INTERVAL = 1 << 20;
    /**
     * What the log and the checkpoints may hold together (512 MiB, or an eighth of the JVM's heap when less: a server
     * records its workers' runs at once); past it the recording stops (later steps are not replayed).
     */
    private static final long BUDGET = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 8);

    /** A thread's frames, outermost first. */
    private record ThreadFrames(String name, ArrayList<SnapshotReader.FrameView> frames) {}

    /** The state at a step: memory, frames, heap blocks and their sites, statics; which thread and frame the step is in. */
    private static final class State {
        ReplayImage image = new ReplayImage();
        List<ThreadFrames> threads = new ArrayList<>();
        TreeMap<Long, Allocator.BlockInfo> heap = new TreeMap<>();
        Map<Long, CodeSite> sites = new HashMap<>();
        Map<DefId, Long> statics = new LinkedHashMap<>();
        long step;
        int thread, frame, line;

        /** A copy but for the image (a checkpoint writes it in its log of images). */
        State copyWithoutImage() {
            State c = new State();
            c.image = null;
            for (ThreadFrames t : threads) c.threads.add(new ThreadFrames(t.name(), new ArrayList<>(t.frames())));
            c.heap.putAll(heap);
            c.sites.putAll(sites);
            c.statics.putAll(statics);
            c.step = step;
            c.thread = thread;
            c.frame = frame;
            c.line = line;
            return c;
        }

        /** A step starts: the frame it is in is at its line. */
        void step(int thread, int frame, int line) {
            step++;
            this.thread = thread;
            this.frame = frame;
            this.line = line;
            if (thread >= threads.size()) return;
            ArrayList<SnapshotReader.FrameView> fs = threads.get(thread).frames();
            if (fs.isEmpty()) return;
            SnapshotReader.FrameView top = fs.get(fs.size() - 1);
            if (top.id() == frame && top.line() != line) fs.set(fs.size() - 1, withLine(top, line));
        }

        SnapshotReader.StepState view() {
            List<SnapshotReader.ThreadView> ts = new ArrayList<>();
            for (int i = 0; i < threads.size(); i++) {
                ts.add(new SnapshotReader.ThreadView(threads.get(i).name(), i == thread, threads.get(i).frames()));
            }
            return new SnapshotReader.StepState(image, ts, new ArrayList<>(heap.values()), sites, statics);
        }
    }

    /** The state at a step, and where the log goes on after it; its memory is in {@link #images} from imagePosition. */
    private record Checkpoint(long step, long position, State state, long imagePosition) {}

    private final Interpreter in;
    private final TraceSupport trace;
    private final StepLog log = new StepLog();
    /** What happened since the last step that the next step's record says after its STEP (allocations, new threads). */
    private final StepLog pending = new StepLog();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    /** The checkpoints' memory images. */
    private final StepLog images = new StepLog();
    private long logAtCheckpoint;
    /** The mirror's footprint when last measured, and the log's growth since the checkpoint at which it is measured next. */
    private long footprint, footprintAt;
    /** The state at the last step recorded: what the machine is compared with. */
    private final State mirror = new State();
    /**
     * Whether the recording stopped before the run's end (steps after it are not replayed): its budget was spent, or
     * the program mapped a block too large to copy (a paged one).
     */
    private boolean stopped;

    /** The live allocations by id, whose regions the mirror's image copies. */
    private final Map<Integer, Allocation> live = new HashMap<>();
    /** The lines of memory written through pointers since the last step (addresses >>> LINE_SHIFT). */
    private final LongSet dirty = new LongSet();
    private long lastDirty = -1;
    /** Allocations made since the last step: compared whole. */
    private final List<Allocation> fresh = new ArrayList<>();
    /** The heap blocks allocated or freed since the last step, by address. */
    private final java.util.LinkedHashSet<Long> heapTouched = new java.util.LinkedHashSet<>();

    /** Each traced thread's frames as the trace keeps them, its number, and the fewest frames it had since the last step. */
    private static final class ThreadRec {
        final int index;
        final ArrayList<Frame> frames;
        int floor;
        /** The stack the frames that ran since the last step cover (they wrote their locals there). */
        long ranLo = Long.MAX_VALUE, ranHi = Long.MIN_VALUE;

        ThreadRec(int index, ArrayList<Frame> frames) {
            this.index = index;
            this.frames = frames;
        }

        void ran(Frame f) {
            ranLo = Math.min(ranLo, f.addr);
            ranHi = Math.max(ranHi, f.addr + f.body.frameSize);
        }
    }

    private final Map<Scheduler.RThread, ThreadRec> threads = new IdentityHashMap<>();
    private final List<ThreadRec> threadList = new ArrayList<>();
    private Scheduler.RThread lastThread;
    private ThreadRec lastThreadRec;

    /** The objects records name by number: bodies, sites, labels, statics' definitions. */
    private final List<Object> objects = new ArrayList<>();
    private final Map<Object, Integer> objectIds = new IdentityHashMap<>();

    Replay(Interpreter in, TraceSupport trace) {
        this.in = in;
        this.trace = trace;
        for (Allocation a : in.m.memory.allocations()) {
            if (a.paged()) {
                stopped = true;
                return;
            }
            ReplayImage.Region r = mirror.image.add(a.id, a.base, a.size(), a.kind, a.label);
            r.live = a.live();
            if (a.live()) live.put(a.id, a);
            mirror.image.load(r, a);
        }
        for (Allocator.BlockInfo b : in.m.allocator.liveBlocks()) mirror.heap.put(b.addr(), b);
        mirror.statics.putAll(in.consts.placedStatics());
        checkpoint();
        in.m.watch = this;
        in.m.memory.watch(this);
    }

    // ------------------------------------------------------------------ recording

    @Override
    public void allocated(Allocation a) {
        if (a.paged()) {
            stop();
            return;
        }
        mirror.image.add(a.id, a.base, a.size(), a.kind, a.label);
        live.put(a.id, a);
        fresh.add(a);
        pending.put(REGION);
        pending.putNumber(a.id);
        pending.putNumber(a.base);
        pending.putNumber(a.size());
        pending.putNumber(a.kind.ordinal());
        pending.putNumber(object(a.label));
        if (a.kind == AllocKind.HEAP) heapTouched.add(a.base);
    }

    @Override
    public void freed(Allocation a) {
        mirror.image.free(a.id);
        live.remove(a.id);
        pending.put(FREE);
        pending.putNumber(a.id);
        if (a.kind == AllocKind.HEAP) heapTouched.add(a.base);
    }

    @Override
    public void wrote(long addr, long n) {
        if (n <= 0) return;
        addr = Memory.address(addr);
        ThreadRec t = lastThreadRec;
        if (t != null && addr >= t.ranLo && addr + n <= t.ranHi) return;   // (in frames compared anyway)
        long first = addr >>> LINE_SHIFT, last = (addr + n - 1) >>> LINE_SHIFT;
        if (first == last && first == lastDirty) return;
        for (long l = first; l <= last; l++) dirty.add(l);
        lastDirty = last;
    }

    /** The frames a thread's trace keeps, numbered in the order the threads first ran. */
    private ThreadRec thread(Scheduler.RThread t, ArrayList<Frame> frames) {
        if (t == lastThread) return lastThreadRec;
        ThreadRec r = threads.get(t);
        if (r == null) {
            threads.put(t, r = new ThreadRec(threadList.size(), frames));
            threadList.add(r);
            mirror.threads.add(new ThreadFrames(t.displayName(), new ArrayList<>()));
            pending.put(THREAD);
            pending.putNumber(object(t.displayName()));
        }
        lastThread = t;
        lastThreadRec = r;
        return r;
    }

    /** A frame was pushed on t's stack: it writes its locals. */
    void entered(Scheduler.RThread t, ArrayList<Frame> frames, Frame f) { thread(t, frames).ran(f); }

    /** A frame of t's stack returned: its caller (writing the result in its locals) runs on. */
    void left(Scheduler.RThread t, ArrayList<Frame> frames) {
        ThreadRec r = thread(t, frames);
        r.floor = Math.min(r.floor, frames.size());
        if (!frames.isEmpty()) r.ran(frames.get(frames.size() - 1));
    }

    /** A step starts in thread t's frame (number frame) at line: what changed since the step before is logged. */
    void step(Scheduler.RThread t, ArrayList<Frame> frames, int frame, int line) {
        if (stopped) return;
        ThreadRec cur = thread(t, frames);
        log.put(STEP);
        log.putNumber(cur.index);
        log.putNumber(frame);
        log.putNumber(line);
        pending.appendTo(log);
        pending.clear();
        mirror.step(cur.index, frame, line);
        for (Allocation a : fresh) {
            ReplayImage.Region r = mirror.image.region(a.id);
            if (a.live() && r != null && r.live) mirror.image.diff(r, a, 0, a.size(), log);
        }
        fresh.clear();
        // a stack's bytes below its frames (those of frames that returned) are compared when a frame is pushed there
        if (stackLow.length < threadList.size()) stackLow = new long[threadList.size()];
        for (ThreadRec r : threadList) {
            stackLow[r.index] = r.frames.isEmpty() ? Long.MAX_VALUE : r.frames.get(r.frames.size() - 1).addr;
        }
        for (ThreadRec r : threadList) {
            if (r.ranLo < r.ranHi) compare(r.ranLo, r.ranHi);
        }
        dirty.forEach(l -> compare(l << LINE_SHIFT, (l + 1) << LINE_SHIFT));
        dirty.clear();
        lastDirty = -1;
        for (ThreadRec r : threadList) frames(r);
        for (long addr : heapTouched) heapBlock(addr);
        heapTouched.clear();
        if (in.consts.placedStatics().size() != mirror.statics.size()) {
            for (var e : in.consts.placedStatics().entrySet()) {
                if (mirror.statics.containsKey(e.getKey())) continue;
                mirror.statics.put(e.getKey(), e.getValue());
                log.put(STATIC);
                log.putNumber(object(e.getKey()));
                log.putNumber(e.getValue());
            }
        }
        // the frames on top run next (after a switch, another thread's): they write their locals
        for (ThreadRec r : threadList) {
            r.floor = r.frames.size();
            r.ranLo = Long.MAX_VALUE;
            r.ranHi = Long.MIN_VALUE;
            if (!r.frames.isEmpty()) r.ran(r.frames.get(r.frames.size() - 1));
        }
        long since = log.size() - logAtCheckpoint;
        if (since >= MIN_INTERVAL && since >= footprintAt) {
            footprint = mirror.image.footprint();   // (measured again after each 64 KiB of log)
            footprintAt = since + (1 << 16);
            if (since >= footprint) checkpoint();
        }
        if (log.size() + images.size() > BUDGET) stop();
    }

    /** The lowest frame of each thread's stack at the step (by thread number). */
    private long[] stackLow = new long[1];
    /** The regions memory was last found in, with their live allocations (most is in the stack, or one buffer). */
    private final ReplayImage.Region[] lastRegions = new ReplayImage.Region[2];
    private final Allocation[] lastAllocations = new Allocation[2];

    /** Compares memory [lo, hi) with the mirror. */
    private void compare(long lo, long hi) {
        for (int i = 0; i < lastRegions.length; i++) {
            ReplayImage.Region r = lastRegions[i];
            if (r != null && r.live && lo >= r.base && hi <= r.base + r.size) {
                compare(r, lastAllocations[i], lo, hi);
                return;
            }
        }
        for (ReplayImage.Region o : mirror.image.overlapping(lo, hi)) {
            Allocation a = live.get(o.id);
            if (a == null || !o.live || a.bytes == null) continue;
            lastRegions[1] = lastRegions[0];
            lastAllocations[1] = lastAllocations[0];
            lastRegions[0] = o;
            lastAllocations[0] = a;
            compare(o, a, Math.max(lo, o.base), Math.min(hi, o.base + o.size));
        }
    }

    private void compare(ReplayImage.Region r, Allocation a, long from, long to) {
        if (r.kind == AllocKind.STACK) from = Math.max(from, inUse(r));
        if (from < to) mirror.image.diff(r, a, from - r.base, to - r.base, log);
    }

    /** The lowest address of stack r in use by a frame (its end when none is there). */
    private long inUse(ReplayImage.Region r) {
        long low = r.base + r.size;
        for (int i = 0; i < threadList.size(); i++) if (stackLow[i] >= r.base && stackLow[i] < low) low = stackLow[i];
        return low;
    }

    /** Logs how a thread's frames changed: those popped, those pushed, the state and line of the one on top of both. */
    private void frames(ThreadRec r) {
        ArrayList<SnapshotReader.FrameView> mirrored = mirror.threads.get(r.index).frames();
        int keep = Math.min(Math.min(r.floor, mirrored.size()), r.frames.size());
        if (mirrored.size() > keep) {
            log.put(TRUNCATE);
            log.putNumber(r.index);
            log.putNumber(keep);
            mirrored.subList(keep, mirrored.size()).clear();
        }
        if (keep > 0) {
            Frame f = r.frames.get(keep - 1);
            SnapshotReader.FrameView v = mirrored.get(keep - 1);
            if (v.line() != f.traceLine || !java.util.Arrays.equals(f.traceState, v.state())) mirrored.set(keep - 1, changed(r, f, v));
        }
        for (int i = keep; i < r.frames.size(); i++) {
            Frame f = r.frames.get(i);
            log.put(PUSH);
            log.putNumber(r.index);
            log.putNumber(f.traceId);
            log.putNumber(object(f.body));
            log.putNumber(f.addr);
            log.putNumber(f.traceLine);
            log.putNumber(f.traceState.length);
            log.putBytes(f.traceState, 0, f.traceState.length);
            mirrored.add(new SnapshotReader.FrameView(f.traceId, f.body, f.addr, f.traceState.clone(), f.traceLine));
        }
    }

    /** Logs what changed of a frame both steps have, its line and its variables' states: the frame as it is now. */
    private SnapshotReader.FrameView changed(ThreadRec r, Frame f, SnapshotReader.FrameView v) {
        if (v.line() != f.traceLine) {
            log.put(LINE);
            log.putNumber(r.index);
            log.putNumber(f.traceLine);
        }
        byte[] st = v.state();
        for (int l = 0; l < st.length; l++) {
            if (f.traceState[l] == st[l]) continue;
            log.put(STATE);
            log.putNumber(r.index);
            log.putNumber(l);
            log.putNumber(f.traceState[l]);
        }
        return new SnapshotReader.FrameView(v.id(), v.body(), v.addr(), f.traceState.clone(), f.traceLine);
    }

    private void heapBlock(long addr) {
        Allocator.BlockInfo b = in.m.allocator.blockInfo(addr);
        CodeSite site = b == null ? null : trace.site(addr);
        if (b == null) {
            if (mirror.heap.remove(addr) == null) return;
            mirror.sites.remove(addr);
            log.put(HEAP_FREE);
            log.putNumber(addr);
            return;
        }
        if (b.equals(mirror.heap.get(addr)) && site == mirror.sites.get(addr)) return;
        mirror.heap.put(addr, b);
        if (site == null) mirror.sites.remove(addr);
        else mirror.sites.put(addr, site);
        log.put(HEAP);
        log.putNumber(addr);
        log.putNumber(b.size());
        log.putNumber(b.chunk());
        log.putNumber((b.mmap() ? 1 : 0) | (b.runtime() ? 2 : 0));
        log.putNumber(site == null ? 0 : object(site) + 1);
    }

    private static SnapshotReader.FrameView withLine(SnapshotReader.FrameView v, int line) {
        return new SnapshotReader.FrameView(v.id(), v.body(), v.addr(), v.state(), line);
    }

    private int object(Object o) {
        Integer id = objectIds.get(o);
        if (id == null) {
            objectIds.put(o, id = objects.size());
            objects.add(o);
        }
        return id;
    }

    private void checkpoint() {
        long at = images.size();
        mirror.image.write(images, this::object);
        checkpoints.add(new Checkpoint(mirror.step, log.size(), mirror.copyWithoutImage(), at));
        logAtCheckpoint = log.size();
        footprintAt = 0;
    }

    private void stop() {
        if (stopped) return;
        stopped = true;
        in.m.watch = null;
        in.m.memory.watch(null);
        live.clear();
        dirty.clear();
        fresh.clear();
    }

    // ------------------------------------------------------------------ replaying

    /** The steps recorded: 1 to this many may be replayed. */
    long steps() { return mirror.step; }

    /** The state replayed last, to go on from when the next step asked for is after it (stepping forward). */
    private State last;
    private long lastPosition;

    /** The snapshot of step (1 to {@link #steps()}), replayed from the checkpoint before it; null for another step. */
    synchronized Snapshot snapshot(long step, SnapshotReader reader) {
        if (step < 1 || step > mirror.step) return null;
        Checkpoint cp = checkpointBefore(step);
        if (last == null || last.step > step || last.step < cp.step()) {
            last = cp.state().copyWithoutImage();
            last.image = ReplayImage.read(images.reader(cp.imagePosition()), objects::get);
            lastPosition = cp.position();
        }
        StepLog.Reader r = log.reader(lastPosition);
        while (last.step < step) apply(r, last);
        lastPosition = r.position();
        return reader.read(last.view(), step, last.frame, last.line);
    }

    /** The last checkpoint at or before step (the first is at step 0). */
    private Checkpoint checkpointBefore(long step) {
        int lo = 0, hi = checkpoints.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (checkpoints.get(mid).step() <= step) lo = mid;
            else hi = mid - 1;
        }
        return checkpoints.get(lo);
    }

    /** Applies one step's record. */
    private void apply(StepLog.Reader r, State s) {
        if (r.get() != STEP) throw new IllegalStateException("a step's record starts with STEP");
        s.step(r.integer(), r.integer(), r.integer());
        while (!r.atEnd() && r.peek() != STEP) {
            switch (r.get()) {
                case REGION -> s.image.add(r.integer(), r.number(), r.number(), AllocKind.values()[r.integer()], objects.get(r.integer()));
                case FREE -> s.image.free(r.integer());
                case BYTES -> s.image.applyBytes(r);
                case UNINIT -> s.image.applyUninit(r);
                case THREAD -> s.threads.add(new ThreadFrames((String) objects.get(r.integer()), new ArrayList<>()));
                case TRUNCATE -> {
                    ArrayList<SnapshotReader.FrameView> fs = s.threads.get(r.integer()).frames();
                    fs.subList(r.integer(), fs.size()).clear();
                }
                case PUSH -> {
                    ArrayList<SnapshotReader.FrameView> fs = s.threads.get(r.integer()).frames();
                    int id = r.integer();
                    CompiledBody body = (CompiledBody) objects.get(r.integer());
                    long addr = r.number();
                    int line = r.integer();
                    byte[] st = new byte[r.integer()];
                    r.bytes(st, 0, st.length);
                    fs.add(new SnapshotReader.FrameView(id, body, addr, st, line));
                }
                case LINE -> {
                    ArrayList<SnapshotReader.FrameView> fs = s.threads.get(r.integer()).frames();
                    fs.set(fs.size() - 1, withLine(fs.get(fs.size() - 1), r.integer()));
                }
                case STATE -> {
                    ArrayList<SnapshotReader.FrameView> fs = s.threads.get(r.integer()).frames();
                    SnapshotReader.FrameView v = fs.get(fs.size() - 1);
                    byte[] st = v.state().clone();
                    st[r.integer()] = (byte) r.integer();
                    fs.set(fs.size() - 1, new SnapshotReader.FrameView(v.id(), v.body(), v.addr(), st, v.line()));
                }
                case HEAP -> {
                    long addr = r.number(), size = r.number(), chunk = r.number();
                    int flags = r.integer(), site = r.integer();
                    s.heap.put(addr, new Allocator.BlockInfo(addr, size, chunk, (flags & 1) != 0, (flags & 2) != 0));
                    if (site == 0) s.sites.remove(addr);
                    else s.sites.put(addr, (CodeSite) objects.get(site - 1));
                }
                case HEAP_FREE -> {
                    long addr = r.number();
                    s.heap.remove(addr);
                    s.sites.remove(addr);
                }
                case STATIC -> s.statics.put((DefId) objects.get(r.integer()), r.number());
                default -> throw new IllegalStateException("unknown record in a step's log");
            }
        }
    }

    /** What the recording holds: the log's bytes and the checkpoints'. */
    long footprint() { return log.footprint() + images.footprint(); }
}
