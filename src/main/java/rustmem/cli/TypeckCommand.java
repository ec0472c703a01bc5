package rustmem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.PositionalParamSpec;
import rustmem.source.Diagnostics;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Edition;
import rustmem.source.SourceMap;
import rustmem.types.check.Typeck;

/** Hidden: type-checks a program's bodies (and with --std, std's) with the trait-solving front end. */
final class TypeckCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "typeck", "Type-check with the new front end (development).").hidden();
    private final Arg<List<Path>> files = cmd.parameters(Path.class, PositionalParamSpec.builder().arity("1..*").paramLabel("FILE"));
    private final Arg<Boolean> std = cmd.flag("--std", "Check std's bodies too");
    private final Arg<Edition> edition = EditionOption.declare(cmd);

    @Override
    public Integer call() {
        List<Path> files = this.files.get();
        if (files.size() == 1) return check(files.get(0), true);
        // several: one line each (development: the front end's agreement over a directory of programs)
        int failed = 0;
        for (Path f : files) {
            java.io.StringWriter buf = new java.io.StringWriter();
            int code;
            try {
                code = checkQuiet(f, new java.io.PrintWriter(buf));
            } catch (RuntimeException | StackOverflowError e) {
                code = 2;
                buf.write("internal: " + e);
            }
            String first = buf.toString().lines().filter(l -> l.startsWith("error") || l.startsWith("internal")).findFirst().orElse("");
            cmd.out().println((code == 0 ? "ok   " : "FAIL ") + f + (code == 0 ? "" : "  " + first));
            if (code != 0) failed++;
        }
        cmd.out().println((files.size() - failed) + " of " + files.size() + " type-check");
        cmd.out().flush();
        return failed == 0 ? 0 : 1;
    }

    private int checkQuiet(Path file, java.io.PrintWriter err) {
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, edition.get());
        if (parsed == null) return 1;
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = parsed.diags();
        Compilation c = Compilation.of(sources, parsed, false);
        Typeck.checkCrate(c.tcx, false);
        err.print(new DiagnosticRenderer(sources).renderAll(diags));
        err.flush();
        return diags.hasErrors() ? 1 : 0;
    }

    private int check(Path file, boolean verbose) {
        var err = cmd.err();
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, edition.get());
        if (parsed == null) return 1;
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = parsed.diags();
        long t0 = System.nanoTime();
        Compilation c = Compilation.of(sources, parsed, false);
        long t1 = System.nanoTime();
        int bodies = Typeck.checkCrate(c.tcx, std.get());
        long t2 = System.nanoTime();
        err.print(new DiagnosticRenderer(sources).renderAll(diags));
        err.printf("(%d bodies; front end %d ms, type checking %d ms)%n", bodies, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        err.flush();
        return diags.hasErrors() ? 1 : 0;
    }
}
