package rustmem.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import rustmem.cli.Main;

/**
 * Issue 18's robustness fuzzer (not a JUnit test: scripts/fuzz-exceptions.sh runs it): mutates the corpus's and the
 * tests' Rust programs and ELF files, gives each mutant to `rustmem check` (and, with --run, the ones that check clean
 * to `rustmem run` under small limits) or `rustmem sections`, in this JVM, and counts the answers that are a Java
 * exception, an internal error or a hang instead of a diagnostic. Every such input is saved with its seed, which
 * reproduces it: `--seed S --count 1 --first I`.
 */
public final class ExceptionFuzz {
    private ExceptionFuzz() {}

    public static void main(String[] args) throws Exception {
        long count = 10_000, seed = 1, first = 0;
        Path out = Path.of("target/fuzz-exceptions");
        boolean run = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--first" -> first = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--run" -> run = true;
                default -> throw new IllegalArgumentException("unknown flag " + args[i]);
            }
        }
        List<byte[]> sources = new ArrayList<>(), elves = new ArrayList<>();
        for (String dir : List.of("../shared/corpus/run-pass", "../shared/corpus/compile-fail", "tests/fresh", "tests/borrowck/pass",
            "tests/borrowck/fail", "tests/compile-fail", "tests/hardening", "examples")) {
            collect(Path.of(dir), ".rs", sources);
        }
        List<byte[]> gz = new ArrayList<>();
        collect(Path.of("src/test/resources/elf"), ".gz", gz);
        for (byte[] g : gz) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(g))) {
                elves.add(in.readAllBytes());
            }
        }
        for (String bin : List.of("/bin/true", "/bin/ls")) if (Files.exists(Path.of(bin))) elves.add(Files.readAllBytes(Path.of(bin)));
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("rustmem-fuzz");
        long[] byKind = new long[4];   // check, run, sections, parse-only rejects
        long failures = 0, hangs = 0;
        long t0 = System.nanoTime();
        for (long i = first; i < first + count; i++) {
            Random rnd = new Random(seed * 1_000_003L + i);
            boolean elf = !elves.isEmpty() && rnd.nextInt(5) == 0;
            byte[] input = elf ? Mutator.bytes(elves.get(rnd.nextInt(elves.size())), rnd)
                : Mutator.source(sources.get(rnd.nextInt(sources.size())), rnd);
            Path file = work.resolve(elf ? "input.elf" : "input.rs");
            Files.write(file, input);
            List<String[]> commands = new ArrayList<>();
            if (elf) commands.add(new String[] {"sections", file.toString()});
            else commands.add(new String[] {"check", file.toString()});
            for (int c = 0; c < commands.size(); c++) {
                String[] cmd = commands.get(c);
                Answer a = execute(cmd, 60);
                byKind[elf ? 2 : cmd[0].equals("run") ? 1 : 0]++;
                if (a == null) {
                    hangs++;
                    save(out, seed, i, input, elf, String.join(" ", cmd) + ": no answer after 60 s");
                } else if (a.internal()) {
                    failures++;
                    save(out, seed, i, input, elf, String.join(" ", cmd) + " (exit " + a.code + "):\n" + a.err);
                } else if (run && !elf && cmd[0].equals("check") && a.code == 0) {
                    commands.add(new String[] {"run", "--max-steps", "2000000", "--time-limit", "5", file.toString()});
                }
            }
            if ((i - first + 1) % 1000 == 0) {
                System.out.printf("%d inputs, %d exceptions or internal errors, %d hangs (%.0f inputs/s)%n", i - first + 1, failures, hangs,
                    (i - first + 1) / ((System.nanoTime() - t0) / 1e9));
            }
        }
        System.out.printf("fuzzed %d inputs (seed %d, from %d): check %d, run %d, sections %d; Java exceptions or internal errors: %d; hangs: %d; saved in %s%n",
            count, seed, first, byKind[0], byKind[1], byKind[2], failures, hangs, out);
        System.exit(failures + hangs == 0 ? 0 : 1);
    }

    record Answer(int code, String out, String err) {
        /** A Java exception or rustmem's own failure, where a diagnostic belongs. */
        boolean internal() {
            return code == Main.EXIT_INTERNAL || err.contains("error: internal") || err.contains("Exception") || err.contains("\tat ");
        }
    }

    /** Runs a command line in this JVM on a thread with rustmem's stack; null when it does not finish in time. */
    static Answer execute(String[] cmd, int seconds) throws InterruptedException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] code = {-1};
        Thread t = new Thread(null, () -> {
            try {
                code[0] = Main.execute(cmd, new PrintWriter(out), new PrintWriter(err));
            } catch (Throwable e) {
                err.write("Exception escaped Main.execute: " + e);
                code[0] = Main.EXIT_INTERNAL;
            }
        }, "fuzz", 512L << 20);
        t.setDaemon(true);
        t.start();
        t.join(seconds * 1000L);
        if (t.isAlive()) return null;
        return new Answer(code[0], out.toString(), err.toString());
    }

    private static void save(Path out, long seed, long i, byte[] input, boolean elf, String what) throws IOException {
        String name = "seed" + seed + "-" + i;
        Files.write(out.resolve(name + (elf ? ".elf" : ".rs")), input);
        Files.writeString(out.resolve(name + ".txt"), what + "\n", StandardCharsets.UTF_8);
        System.out.println("FOUND " + name + ": " + what.lines().findFirst().orElse(""));
    }

    private static void collect(Path dir, String ext, List<byte[]> into) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(ext)).sorted().toList()) into.add(Files.readAllBytes(p));
        }
    }
}
