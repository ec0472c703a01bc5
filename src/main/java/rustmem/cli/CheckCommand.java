package rustmem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rustmem check FILE}: the front end's diagnostics, exit 1 on error. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a program: syntax now; types and borrows when those stages land.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rust source file")
    Path file;

    @Option(names = "--parse-only", description = "Stop after parsing: exit 0 when FILE parses")
    boolean parseOnly;

    @Mixin
    DebugOption debugOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (SourceLoader.parse(file, spec.commandLine().getErr()) == null) return 1;
        if (!parseOnly) {
            throw new UsageError("unsupported: type and borrow checking are not implemented yet; "
                + "`rustmem check --parse-only` checks syntax");
        }
        return 0;
    }
}
