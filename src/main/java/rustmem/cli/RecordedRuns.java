package rustmem.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import rustmem.trace.Timeline;
import rustmem.web.Backend;

/**
 * The server's recorded runs of the programs traced last, so that the page's steps, SVGs and snapshots past the
 * first ones are replayed instead of run again. Least recently used first out; at most {@link #MAX} runs (each holds
 * its compilation and its recording), whose recordings hold at most a quarter of the JVM's heap together.
 */
final class RecordedRuns {
    static final int MAX = 8;
    private static final long MAX_BYTES = Runtime.getRuntime().maxMemory() / 4;

    private final Map<Backend.Program, Timeline> runs = new LinkedHashMap<>(16, 0.75f, true);

    synchronized Timeline get(Backend.Program p) { return runs.get(p); }

    synchronized void put(Backend.Program p, Timeline t) {
        runs.put(p, t);
        long bytes = 0;
        for (Timeline r : runs.values()) bytes += r.recordedBytes();
        var eldest = runs.entrySet().iterator();
        while (runs.size() > 1 && (runs.size() > MAX || bytes > MAX_BYTES)) {
            bytes -= eldest.next().getValue().recordedBytes();
            eldest.remove();
        }
    }
}
