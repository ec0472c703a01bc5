package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustmem.source.Edition;
import rustmem.trace.Snapshot;
import rustmem.trace.Timeline;
import rustmem.view.TraceJson;

/**
 * A recorded run replays every step as it was: the snapshot read after the run from the recording (checkpoints and
 * each step's changes) is the one the machine gave when the step ran — frames, variables and their states, values,
 * bytes, heap blocks and their sites, statics — on the tour's programs, programs with threads, panics and many types,
 * and a sample of the fresh programs.
 */
class TraceReplayTest {
    @TempDir
    Path dir;

    static Stream<Path> programs() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            s.filter(p -> p.toString().endsWith(".rs")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(Path.of("tests/trace"))) {
            s.filter(p -> p.toString().endsWith(".rs")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(Path.of("tests/fresh"))) {
            List<Path> fresh = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
            for (int i = 0; i < fresh.size(); i += 8) out.add(fresh.get(i));
        }
        return out.stream();
    }

    /** Runs the program recorded, with a snapshot taken live at the steps asked for (up to max). */
    private Timeline run(Path file, Set<Long> steps, Set<Integer> lines, int max) {
        StringWriter err = new StringWriter();
        SourceLoader.Parsed parsed = SourceLoader.parse(file, new PrintWriter(err), Edition.DEFAULT);
        assertNotNull(parsed, err.toString());
        Timeline t = new Timeline(new Timeline.Selection(lines, steps, Set.of(), false, 0, max, false), true);
        try {
            NewPipeline.run(parsed, 5_000_000L, List.of("./prog"), java.io.InputStream.nullInputStream(), t);
        } catch (rustmem.interp.Interpreter.StepLimit e) {
            // (a program that waits for input or runs long: the steps it ran are compared)
        }
        return t;
    }

    private static String json(Snapshot s) { return s == null ? null : TraceJson.snapshot(s).toString(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyStepReplaysAsItRan(Path file) {
        Set<Integer> everyLine = java.util.stream.IntStream.rangeClosed(1, 5000).boxed().collect(Collectors.toSet());
        Timeline t = run(file, Set.of(), everyLine, 300);
        assertEquals(t.steps(), t.replayableSteps(), "the recording holds every step");
        List<Snapshot> live = t.snapshots();
        // forwards, then backwards (each replay going back starts again from a checkpoint)
        for (Snapshot s : live) assertEquals(json(s), json(t.snapshotAt(s.step())), "step " + s.step());
        for (int i = live.size() - 1; i >= 0; i--) assertEquals(json(live.get(i)), json(t.snapshotAt(live.get(i).step())));
        assertNull(t.snapshotAt(0));
        assertNull(t.snapshotAt(t.steps() + 1));
    }

    @Test
    void aLongRunReplaysFromItsCheckpoints(@TempDir Path tmp) throws IOException {
        // a sieve whose run logs megabytes: several checkpoints, each step reached from the one before it
        Path f = tmp.resolve("sieve.rs");
        Files.writeString(f, """
            fn main() {
                let n = 60_000;
                let mut sieve = vec![true; n + 1];
                let mut primes = Vec::new();
                for i in 2..=n {
                    if sieve[i] {
                        primes.push(i);
                        let mut j = i * i;
                        while j <= n {
                            sieve[j] = false;
                            j += i;
                        }
                    }
                }
                println!("{} primes", primes.len());
            }
            """);
        Set<Long> sample = LongStream.iterate(1, s -> s + 4999).limit(80).boxed().collect(Collectors.toSet());
        Timeline t = run(f, sample, Set.of(), 100);
        assertTrue(t.steps() > 300_000, "steps: " + t.steps());
        assertEquals(t.steps(), t.replayableSteps());
        List<Snapshot> live = new ArrayList<>(t.snapshots());
        assertTrue(live.size() > 50);
        java.util.Collections.shuffle(live, new java.util.Random(16));
        for (Snapshot s : live) assertEquals(json(s), json(t.snapshotAt(s.step())), "step " + s.step());
    }

    @Test
    void aRecordingStopsAtABlockTooLargeToCopy() throws IOException {
        // a 32 MiB block is paged (backed as it is touched): the recording stops there, the steps before it replay
        Path f = dir.resolve("big.rs");
        Files.writeString(f, """
            fn main() {
                let a = vec![1, 2, 3];
                let b = a.len();
                let big = vec![0u8; 32 << 20];
                let c = big.len() + b;
                println!("{c}");
            }
            """);
        Set<Integer> everyLine = java.util.stream.IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toSet());
        Timeline t = run(f, Set.of(), everyLine, 100);
        assertTrue(t.replayableSteps() >= 2 && t.replayableSteps() < t.steps(), t.replayableSteps() + " of " + t.steps());
        for (Snapshot s : t.snapshots()) {
            if (s.step() <= t.replayableSteps()) assertEquals(json(s), json(t.snapshotAt(s.step())));
            else assertNull(t.snapshotAt(s.step()));
        }
    }

    @Test
    void aRunNotRecordedReplaysNothing() throws IOException {
        Path f = dir.resolve("p.rs");
        Files.writeString(f, "fn main() {\n    let x = 1;\n    println!(\"{x}\");\n}\n");
        StringWriter err = new StringWriter();
        SourceLoader.Parsed parsed = SourceLoader.parse(f, new PrintWriter(err), Edition.DEFAULT);
        Timeline t = new Timeline(new Timeline.Selection(Set.of(), Set.of(), false, 100, 10));
        NewPipeline.run(parsed, 1_000_000L, List.of("./p"), java.io.InputStream.nullInputStream(), t);
        assertEquals(0, t.replayableSteps());
        assertNull(t.snapshotAt(1));
    }
}
