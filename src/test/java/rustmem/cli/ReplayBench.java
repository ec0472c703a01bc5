package rustmem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import rustmem.source.Edition;
import rustmem.trace.Timeline;

/**
 * bench/trace.sh's recorded run: traces FILE recorded (as the web page's trace does, events not kept), then replays
 * steps spread over the run in random order, and prints the figures: the run's time, the recording's size, and what
 * going to a step costs. Usage: java -cp target/test-classes:target/classes rustmem.cli.ReplayBench FILE [REPLAYS [--unrecorded]]
 */
public final class ReplayBench {
    public static void main(String[] args) {
        SourceLoader.Parsed parsed = SourceLoader.parse(Path.of(args[0]), new PrintWriter(System.err, true), Edition.DEFAULT);
        if (parsed == null) System.exit(1);
        int replays = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        boolean record = args.length < 3 || !args[2].equals("--unrecorded");   // (the same trace without its recording)
        Timeline t = new Timeline(new Timeline.Selection(Set.of(), Set.of(), Set.of(), false, 0, 0, false), record);
        long start = System.nanoTime();
        NewPipeline.run(parsed, 1_000_000_000L, List.of("./prog"), java.io.InputStream.nullInputStream(), t);
        double run = (System.nanoTime() - start) / 1e9;
        if (!record) {
            System.out.printf("  traced run, not recorded: %.2f s%n", run);
            return;
        }
        System.out.printf("  recorded run: %.2f s, %,d steps, recording %,d MiB%n", run, t.replayableSteps(), t.recordedBytes() >> 20);
        Random random = new Random(16);
        long worst = 0, total = 0;
        for (int i = 0; i < replays; i++) {
            long step = 1 + (long) (random.nextDouble() * t.replayableSteps());
            long s = System.nanoTime();
            if (t.snapshotAt(step) == null) throw new IllegalStateException("step " + step + " was not replayed");
            long took = System.nanoTime() - s;
            worst = Math.max(worst, took);
            total += took;
        }
        System.out.printf("  going to a step (%d at random): %.1f ms on average, %.1f ms at most%n", replays, total / 1e6 / replays, worst / 1e6);
    }
}
