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
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a program as rustc does: syntax, names, types and borrows; exit 1 on error.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rust source file")
    Path file;

    @Option(names = "--parse-only", description = "Stop after parsing: exit 0 when FILE parses")
    boolean parseOnly;

    @Option(names = "--explain", description = "Under the first ownership or borrowing error, draw the memory at its line: "
        + "the program run as if it had compiled, stopped when that line is about to run")
    boolean explain;

    @Mixin
    DebugOption debugOption;

    @picocli.CommandLine.Mixin
    EditionOption editionOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, editionOption.edition);
        if (parsed == null) return 1;
        if (parseOnly) return 0;
        // names, types, items and coherence: the front end with std in Rust
        Compilation c = Compilation.of(new rustmem.source.SourceMap(parsed.source()), parsed, false);
        c.analyze(false);
        err.print(new rustmem.source.DiagnosticRenderer(c.sources).renderAll(parsed.diags()));
        if (explain && parsed.diags().hasErrors()) {
            String picture = Explain.explain(c, parsed.diags().all());
            if (picture != null) err.print(picture);
        }
        err.flush();
        return parsed.diags().hasErrors() ? SourceLoader.exitCode(parsed.diags()) : 0;
    }
}
