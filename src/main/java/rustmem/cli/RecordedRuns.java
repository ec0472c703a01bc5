package rustmem.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import rustmem.trace.Timeline;
import rustmem.web.Backend;

/**
 * The server's recorded runs of the programs traced last, so that the page's steps, SVGs and snapshots past the
 * first ones are replayed instead of run again. Least recently used first out; at most {@link #MAX} runs, each of which
 * holds its compilation and its recording.
 */
final class RecordedRuns {
    static final int MAX = 8;

    private final Map<Backend.Program, Timeline> runs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Backend.Program, Timeline> eldest) { return size() > MAX; }
    };

    synchronized Timeline get(Backend.Program p) { return runs.get(p); }

    synchronized void put(Backend.Program p, Timeline t) { runs.put(p, t); }
}
