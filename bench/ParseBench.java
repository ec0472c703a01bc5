import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.Lexer;
import rustmem.syntax.Parser;

/**
 * Parse throughput over a folder of .rs files: lexing + parsing, after JIT warm-up.
 * Usage: java -cp target/rustmem.jar bench/ParseBench.java DIR [SECONDS]
 */
public class ParseBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) files.add(SourceFile.read(p));
        }
        long lines = 0, bytes = 0, tokens = 0;
        for (SourceFile f : files) {
            lines += f.lineCount();
            bytes += f.text().length();
            tokens += Lexer.tokenize(f, new Diagnostics(f)).size();
        }
        System.out.printf("corpus: %d files, %d lines, %d tokens, %.1f KiB%n", files.size(), lines, tokens, bytes / 1024.0);
        runFor(files, seconds, "warm-up", lines, tokens, bytes, false);
        runFor(files, seconds, "lex only", lines, tokens, bytes, true);
        runFor(files, seconds, "lex+parse", lines, tokens, bytes, false);
    }

    static void runFor(List<SourceFile> files, double seconds, String label, long lines, long tokens, long bytes,
                       boolean lexOnly) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int rounds = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (SourceFile f : files) {
                Diagnostics d = new Diagnostics(f);
                if (lexOnly) sink += Lexer.tokenize(f, d).size();
                else sink += Parser.parseFile(f, d).items().size();
            }
            rounds++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (label.equals("warm-up")) return;
        System.out.printf("%-10s %6d rounds in %.2f s: %,12.0f lines/s %,14.0f tokens/s %8.1f MiB/s  (sink %d)%n",
            label, rounds, elapsed, lines * rounds / elapsed, tokens * rounds / elapsed,
            bytes * rounds / elapsed / (1 << 20), sink % 10);
    }
}
