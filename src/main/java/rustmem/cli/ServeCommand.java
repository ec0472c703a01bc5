package rustmem.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rustmem serve}: not built yet; says so instead of giving a wrong answer. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web UI (not implemented yet).")
final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "Arguments (accepted for now, then refused)")
    List<String> args;

    @Option(names = "--debug", description = "Show Java stack traces of internal errors")
    boolean debug;

    @Override
    public Integer call() {
        throw new UsageError("unsupported: `rustmem serve` is not implemented yet");
    }
}
