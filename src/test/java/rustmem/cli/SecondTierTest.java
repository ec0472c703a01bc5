package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The interpreter's second tier (a body's own JVM class, std's small callees inlined) runs programs as the node walk
 * does: golden programs of tests/fresh (a fourth of them) and the undefined-behaviour programs of tests/ub, with every
 * body that runs 20 blocks moved to the second tier, give the binary's output, panics and the oracle's reports (the same
 * locations through inlined #[track_caller] chains, the same frames in reports of undefined behaviour).
 */
class SecondTierTest {
    /** Every body that runs 20 blocks tiers up (its callees have mostly run by then, so std's get inlined). */
    private static final LimitOptions.Limits EARLY = LimitOptions.Limits.steps(2_000_000_000L).withTierUpAfter(20);

    @TestFactory
    Stream<DynamicTest> goldenProgramsInTheSecondTier() throws IOException {
        Map<String, String> known = GoldenProgramsTest.knownFailures(Path.of("tests/known-failures.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        // the regression programs, and every fourth of others (GoldenProgramsTest runs them all; their time is mostly
        // their compilation, not their run)
        for (Map.Entry<String, Integer> dir : Map.of("tests/fresh", 4, "tests/regress", 1, "tests/fresh24", 4, "tests/fresh27", 4).entrySet()) {
            List<Path> files = rustFiles(Path.of(dir.getKey()));
            for (int i = 0; i < files.size(); i += dir.getValue()) {
                Path rs = files.get(i);
                String key = dir.getKey() + "/" + rs.getFileName();
                if (known.containsKey(key)) continue;
                tests.add(DynamicTest.dynamicTest(key, () -> assertEquals(null, GoldenProgramsTest.failure(rs, EARLY), key)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> undefinedBehaviourInTheSecondTier() throws IOException {
        Path dir = Path.of("tests/ub");
        Map<String, String> known = GoldenProgramsTest.knownFailures(dir.resolve("known-failures.txt"));
        return rustFiles(dir).stream()
            .filter(f -> !known.containsKey(f.getFileName().toString().replaceFirst("\\.rs$", "")))
            .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertEquals(null, UbGoldenTest.failure(f, RunGoldenTest.run(f, EARLY)), f.toString())));
    }

    /** A loop over a Vec's elements: the hot std bodies get the second tier, `v[i]`'s chain of calls is inlined. */
    @Test
    void hotStdBodiesAreInlined() throws IOException {
        NewPipeline.Result r = run("""
            fn main() {
                let v: Vec<u64> = (0..1000).collect();
                let mut s = 0;
                for i in 0..5000 { s += v[i % 1000]; }
                println!("{}", s);
            }
            """);
        assertEquals("2497500\n", new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.interpreter().secondTierBodies() > 0, "bodies given the second tier");
        assertTrue(r.interpreter().inlinedCalls() >= 10, "calls inlined: " + r.interpreter().inlinedCalls());
    }

    /**
     * A loop of the program's own function: its integers are computed in registers, and the std functions it calls
     * (`wrapping_add`, `v[i]`) are inlined into it while its frame runs.
     */
    @Test
    void programLoopsGetRegistersAndInlinedCalls() throws IOException {
        NewPipeline.Result r = run("""
            fn main() {
                let v: Vec<u64> = (0..100).collect();
                let mut s: u64 = 0;
                let mut i: usize = 0;
                while i < 50_000 {
                    s = s.wrapping_add(v[i % 100] ^ (s >> 3));
                    i += 1;
                }
                println!("{}", s);
            }
            """);
        long s = 0;
        for (int i = 0; i < 50_000; i++) s = s + ((i % 100) ^ (s >>> 3));
        assertEquals(Long.toUnsignedString(s) + "\n", new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.interpreter().registers() > 0, "locals in registers");
        assertTrue(r.interpreter().inlinedCalls() >= 3, "calls inlined: " + r.interpreter().inlinedCalls());
        assertTrue(r.interpreter().framesGoneOn() > 0, "main's frame goes on in its inlined version");
    }

    /**
     * A loop that starts after its function got its inlined version (during the loop before it) runs its std calls
     * inlined too: they are calls of a cycle of the control flow, inlined before they ran.
     */
    @Test
    void loopsAfterTheHotOneHaveTheirCallsInlined() throws IOException {
        NewPipeline.Result r = run("""
            fn main() {
                let v: Vec<u64> = vec![3; 100];
                let mut i: u64 = 0;
                while i < 50_000 { i += 1; }
                let mut sum: u64 = i;
                for x in &v { sum += x; }
                println!("{}", sum);
            }
            """);
        assertEquals("50300\n", new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.interpreter().framesGoneOn() > 0, "main's frame goes on in its inlined version");
        List<String> inlined = r.interpreter().inlinedFunctions();
        assertTrue(inlined.stream().anyMatch(p -> p.endsWith("::next")), "Iterator::next inlined: " + inlined);
        assertTrue(inlined.stream().anyMatch(p -> p.endsWith("::add_assign")), "add_assign inlined: " + inlined);
        // (println!'s calls are outside any loop: they keep their frames)
        assertTrue(inlined.stream().noneMatch(p -> p.endsWith("::_print")), "_print not inlined: " + inlined);
    }

    /**
     * The blocks of inlined callees that follow a jump no other reaches run in the method of the block before them,
     * and a frame that gets its code in the middle of such a chain walks on to the chain's end first.
     */
    @Test
    void chainsOfBlocksRunAsOne() throws IOException {
        String program = """
            fn main() {
                let v: Vec<u32> = (0..64).collect();
                let mut s: u64 = 0;
                for k in 0..3000usize {
                    let a = v[k % 64] as u64;
                    let b = v[(k * 7) % 64] as u64;
                    s = s.wrapping_mul(31).wrapping_add(a * b);
                }
                println!("{}", s);
            }
            """;
        long s = 0;
        for (int k = 0; k < 3000; k++) s = s * 31 + (long) (k % 64) * ((k * 7) % 64);
        String want = Long.toUnsignedString(s) + "\n";
        for (int after : new int[] {1, 2, 3, 5, 2000}) {
            NewPipeline.Result r = run(program, after);
            assertEquals(want, new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8), "tier-up after " + after);
            assertTrue(r.interpreter().chainedBlocks() > 0, "blocks chained");
        }
    }

    /** Runs a program as `rustmem run` does (the second tier after 2,000 blocks). */
    private static NewPipeline.Result run(String source) throws IOException { return run(source, 0); }

    /** Runs a program, every body that runs tierUpAfter blocks tiering up (0: as `rustmem run`, after 2,000). */
    private static NewPipeline.Result run(String source, int tierUpAfter) throws IOException {
        Path f = Files.createTempFile("tier", ".rs");
        try {
            Files.writeString(f, source);
            SourceLoader.Parsed parsed = SourceLoader.parse(f, new PrintWriter(new StringWriter()));
            NewPipeline.Outcome o = NewPipeline.run(parsed, LimitOptions.Limits.steps(10_000_000).withTierUpAfter(tierUpAfter), List.of("tier"),
                java.io.InputStream.nullInputStream(), null, false, null);
            return assertInstanceOf(NewPipeline.Result.class, o);
        } finally {
            Files.delete(f);
        }
    }

    private static List<Path> rustFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
    }
}
