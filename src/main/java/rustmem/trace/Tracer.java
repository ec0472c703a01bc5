package rustmem.trace;

/**
 * What the interpreter tells a trace as it runs: a {@link Timeline} records it. The interpreter holds a null
 * tracer when tracing is off, and compiles its bodies without any tracing node then, so an untraced run pays
 * one null test per call.
 */
public interface Tracer {
    /** The state now (frames, heap), read from the machine; the tracer asks for it when a selection matches. */
    interface Inspector {
        Snapshot snapshot(long step, int frame, int line);

        /** After the run, the snapshot of an earlier step replayed from the run's recording; null when not recorded. */
        Snapshot snapshotAt(long step);

        /** The steps the recording holds (1 to this many), 0 when the run was not recorded. */
        long replayableSteps();

        /** The bytes the recording holds (its log and checkpoints), 0 when the run was not recorded. */
        long recordedBytes();
    }

    /** Whether the run is recorded, so that any step's snapshot can be read after it ({@link Inspector#snapshotAt}). */
    default boolean replays() { return false; }

    void attach(Inspector inspector);

    void call(String thread, int frame, String fn, boolean std, long base, long size);

    void ret(String thread, int frame, String fn, boolean std, boolean unwinding);

    /** A program line starts in a frame; answers nothing, but may take a snapshot. */
    void line(String thread, int frame, String fn, int line);

    /** A frame goes on with its line after a call into the program's code returned. */
    void resume(String thread, int frame, String fn, int line);

    void storage(int frame, String local, String type, long addr, long size, boolean live, Value value);

    void move(int frame, String local, long addr);

    void drop(String type, long addr);

    /** The allocator's calls, with where the program was (null before main). */
    void alloc(long addr, long size, long chunk, boolean mmap, CodeSite site);

    void free(long addr, long size, CodeSite site);

    void realloc(long from, long to, long oldSize, long size, CodeSite site);

    void panic(String thread);

    void output(int fd, byte[] bytes);
}
