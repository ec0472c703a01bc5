package rustmem.trace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A traced run as it happened: the events in order (up to a limit) and the snapshots the selection asked for —
 * each time a chosen line is about to run, or at chosen steps. A step is one program line started: the n-th
 * {@link TraceEvent.Line}.
 */
public final class Timeline implements Tracer {
    /**
     * What to record: lines (1-based) and steps to snapshot, whether std's frames' calls are events, the limits,
     * and whether the run stops once it has its snapshots (with {@link Enough}).
     */
    public record Selection(Set<Integer> lines, Set<Long> steps, Set<String> functions, boolean stdFrames, int maxEvents, int maxSnapshots,
                            boolean stopWhenTaken) {
        public Selection(Set<Integer> lines, Set<Long> steps, boolean stdFrames, int maxEvents, int maxSnapshots) {
            this(lines, steps, Set.of(), stdFrames, maxEvents, maxSnapshots, false);
        }

        /** Whether fn (`main`, `Stack::<i32>::push`, `<Guard as Drop>::drop`) is one of the functions asked for by name. */
        boolean named(String fn) {
            String bare = fn.replaceAll("::<.*>", "");   // without its generic arguments: `Stack::push`
            for (String f : functions) {
                if (fn.equals(f) || fn.endsWith("::" + f) || bare.equals(f) || bare.endsWith("::" + f)) return true;
            }
            return false;
        }
    }

    /** The frames whose first line was snapshot for --function. */
    private final java.util.Set<Integer> entered = new java.util.HashSet<>();

    /** Thrown through the interpreter when a run that only wanted its snapshots has them all. */
    public static final class Enough extends RuntimeException {
        Enough() { super("the trace has the snapshots it asked for", null, false, false); }
    }

    private final Selection sel;
    private Inspector inspector;
    private long step;
    private final List<TraceEvent> events = new ArrayList<>();
    private long eventsLeftOut;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private long snapshotsLeftOut;

    /** Whether the run is recorded for {@link #snapshotAt}. */
    private final boolean replays;

    public Timeline(Selection sel) { this(sel, false); }

    /**
     * A timeline that records the run (when replays is set), so that after it the snapshot of any step can be read
     * without running it again ({@link #snapshotAt}).
     */
    public Timeline(Selection sel, boolean replays) {
        this.sel = sel;
        this.replays = replays;
    }

    @Override
    public boolean replays() { return replays; }

    /** After a recorded run, the snapshot of step (1 to {@link #replayableSteps()}); null for another step. */
    public Snapshot snapshotAt(long step) { return inspector == null ? null : inspector.snapshotAt(step); }

    /** The bytes a recorded run's recording holds. */
    public long recordedBytes() { return inspector == null ? 0 : inspector.recordedBytes(); }

    /** The steps a recorded run can replay: all of them, unless its recording had to stop early. */
    public long replayableSteps() { return inspector == null ? 0 : inspector.replayableSteps(); }

    public List<TraceEvent> events() { return events; }

    /** Events not recorded once the limit was reached. */
    public long eventsLeftOut() { return eventsLeftOut; }

    public List<Snapshot> snapshots() { return snapshots; }

    public long snapshotsLeftOut() { return snapshotsLeftOut; }

    /** Program lines started in the run. */
    public long steps() { return step; }

    private void add(TraceEvent e) {
        if (events.size() < sel.maxEvents()) events.add(e);
        else eventsLeftOut++;
    }

    @Override
    public void attach(Inspector inspector) { this.inspector = inspector; }

    @Override
    public void call(String thread, int frame, String fn, boolean std, long base, long size) {
        if (!std || sel.stdFrames()) add(new TraceEvent.Call(step, thread, frame, fn, std, base, size));
    }

    @Override
    public void ret(String thread, int frame, String fn, boolean std, boolean unwinding) {
        if (!std || sel.stdFrames()) add(new TraceEvent.Return(step, thread, frame, fn, std, unwinding));
    }

    @Override
    public void line(String thread, int frame, String fn, int line) {
        step++;
        add(new TraceEvent.Line(step, thread, frame, fn, line, false));
        boolean entry = !sel.functions().isEmpty() && sel.named(fn) && entered.add(frame);
        if (sel.lines().contains(line) || sel.steps().contains(step) || entry) {
            if (snapshots.size() < sel.maxSnapshots()) snapshots.add(inspector.snapshot(step, frame, line));
            else snapshotsLeftOut++;
            if (sel.stopWhenTaken() && snapshots.size() >= sel.maxSnapshots()) throw new Enough();
        }
    }

    @Override
    public void resume(String thread, int frame, String fn, int line) { add(new TraceEvent.Line(step, thread, frame, fn, line, true)); }

    @Override
    public void storage(int frame, String local, String type, long addr, long size, boolean live, Value value) {
        add(new TraceEvent.Storage(step, frame, local, type, addr, size, live, value));
    }

    @Override
    public void move(int frame, String local, long addr) { add(new TraceEvent.Move(step, frame, local, addr)); }

    @Override
    public void drop(String type, long addr) { add(new TraceEvent.Drop(step, type, addr)); }

    @Override
    public void alloc(long addr, long size, long chunk, boolean mmap, CodeSite site) {
        add(new TraceEvent.Alloc(step, addr, size, chunk, mmap, site));
    }

    @Override
    public void free(long addr, long size, CodeSite site) { add(new TraceEvent.Free(step, addr, size, site)); }

    @Override
    public void realloc(long from, long to, long oldSize, long size, CodeSite site) {
        add(new TraceEvent.Realloc(step, from, to, oldSize, size, site));
    }

    @Override
    public void panic(String thread) { add(new TraceEvent.Panic(step, thread)); }

    @Override
    public void output(int fd, byte[] bytes) { add(new TraceEvent.Output(step, fd, new String(bytes, StandardCharsets.UTF_8))); }
}
