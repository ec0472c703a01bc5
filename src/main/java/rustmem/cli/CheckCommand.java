package rustmem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.Parser;

/** {@code rustmem check FILE}: the front end's diagnostics, exit 1 on error. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check a program: syntax now; types and borrows when those stages land.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rust source file")
    Path file;

    @Option(names = "--parse-only", description = "Stop after parsing: exit 0 when FILE parses")
    boolean parseOnly;

    @Option(names = "--debug", description = "Show Java stack traces of internal errors")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SourceFile source = SourceLoader.load(file);
        Diagnostics diags = new Diagnostics(source);
        Parser.parseFile(source, diags);
        PrintWriter err = spec.commandLine().getErr();
        if (diags.hasErrors()) {
            err.print(new DiagnosticRenderer(source).renderAll(diags));
            return 1;
        }
        if (!parseOnly) {
            throw new UsageError("unsupported: type and borrow checking are not implemented yet; "
                + "`rustmem check --parse-only` checks syntax");
        }
        return 0;
    }
}
