package rustmem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Hidden: the training runs from which the launcher records its JDK AOT caches (JEP 483 and 515: the
 * classes a command loads and the JIT's method profiles; start-up and warm-up are most of a short
 * rustmem run). One cache per kind of command, since every class in a cache is loaded at start-up:
 * {@code run} trains `run` on a longer program (resources training/workload.rs) that exercises the
 * interpreter's paths; {@code tools FILE} runs the other commands once on an example.
 */
final class TrainCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "aot-training", "Run typical commands for an AOT cache.").hidden();
    private final Arg<String> kind = cmd.parameter(String.class, PositionalParamSpec.builder().index("0").paramLabel("KIND")
        .description("run or tools"));
    private final Arg<Path> file = cmd.parameter(Path.class, PositionalParamSpec.builder().index("1").arity("0..1").paramLabel("FILE"));

    @Override
    public Integer call() {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        switch (kind.get()) {
            case "run" -> {
                try (var in = TrainCommand.class.getResourceAsStream("/training/workload.rs")) {
                    Path workload = Files.createTempFile("rustmem-training", ".rs");
                    try {
                        Files.write(workload, in.readAllBytes());
                        Main.execute(new String[] {"run", workload.toString()}, sink, sink);   // its output goes to /dev/null
                    } finally {
                        Files.delete(workload);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case "tools" -> {
                if (file.get() == null) throw new UsageError("aot-training tools needs an example FILE");
                String f = file.get().toString();
                Main.execute(new String[] {"check", "--parse-only", f}, sink, sink);
                Main.execute(new String[] {"check", f}, sink, sink);
                Main.execute(new String[] {"layout", f}, sink, sink);
                Main.execute(new String[] {"layout", f, "--json"}, sink, sink);
                Main.execute(new String[] {"layout", f, "--type", "Option<(u8, char)>"}, sink, sink);
                Main.execute(new String[] {"sections", f}, sink, sink);
            }
            default -> throw new UsageError("aot-training: KIND is run or tools, not `" + kind.get() + "`");
        }
        return 0;
    }
}
