package rustmem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import rustmem.source.Edition;

/** {@code rustmem check FILE}: the front end's diagnostics, exit 1 on error. */
final class CheckCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "check",
        "Check a program as rustc does: syntax, names, types and borrows; exit 1 on error.");
    private final Arg<Path> file = cmd.file("Rust source file");
    private final Arg<Boolean> parseOnly = cmd.flag("--parse-only", "Stop after parsing: exit 0 when FILE parses");
    private final Arg<Boolean> explain = cmd.flag("--explain", "Under the first ownership or borrowing error, draw the memory "
        + "at its line: the program run as if it had compiled, stopped when that line is about to run");
    private final Arg<Edition> edition = EditionOption.declare(cmd);
    {
        DebugOption.declare(cmd);
        cmd.standardHelpOptions();
    }

    @Override
    public Integer call() {
        var err = cmd.err();
        SourceLoader.Parsed parsed = SourceLoader.parse(file.get(), err, edition.get());
        if (parsed == null) return 1;
        if (parseOnly.get()) return 0;
        // names, types, items and coherence: the front end with std in Rust
        Compilation c = Compilation.of(new rustmem.source.SourceMap(parsed.source()), parsed, false);
        c.analyze(false);
        err.print(new rustmem.source.DiagnosticRenderer(c.sources).renderAll(parsed.diags()));
        if (explain.get() && parsed.diags().hasErrors()) {
            String picture = Explain.explain(c, parsed.diags().all());
            if (picture != null) err.print(picture);
        }
        err.flush();
        return parsed.diags().hasErrors() ? SourceLoader.exitCode(parsed.diags()) : 0;
    }
}
