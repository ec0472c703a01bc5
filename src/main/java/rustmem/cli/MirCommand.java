package rustmem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.OptionSpec;
import rustmem.ir.MirPrinter;
import rustmem.ir.build.Builder;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Edition;
import rustmem.source.SourceMap;
import rustmem.types.check.Typeck;
import rustmem.types.thir.Thir;

/** Hidden: prints the MIR of a program's functions (and their closures) as the new pipeline builds it. */
final class MirCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "mir", "Print the MIR of a program's functions (development).").hidden();
    private final Arg<Path> file = cmd.file();
    // "<only>": the label picocli made from the name of the field this option was
    private final Arg<String> only = cmd.option(String.class, OptionSpec.builder("--fn").paramLabel("<only>")
        .description("Only the functions whose path contains this"));
    private final Arg<Edition> edition = EditionOption.declare(cmd);

    @Override
    public Integer call() {
        return print(file.get(), edition.get(), only.get(), cmd.out(), cmd.err());
    }

    /** Prints the MIR of file's functions (those whose path contains only, when given); exit 1 on errors. */
    static int print(Path file, Edition edition, String only, java.io.PrintWriter out, java.io.PrintWriter err) {
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, edition);
        if (parsed == null) return 1;
        SourceMap sources = new SourceMap(parsed.source());
        Compilation c = Compilation.of(sources, parsed, false);
        for (DefId d : c.tcx.res.items()) {
            if (c.tcx.defs.isStd(d) || c.tcx.kind(d) != DefKind.FN && c.tcx.kind(d) != DefKind.ASSOC_FN) continue;
            if (only != null && !c.tcx.defs.pathString(d).contains(only)) continue;
            Thir.Body body = Typeck.body(c.tcx, d);
            if (body == null) continue;
            out.println(MirPrinter.print(c.tcx, Builder.build(c.tcx, body)));
            for (var e : c.tcx.closureBodies.entrySet()) {
                if (c.tcx.closureOwner(e.getKey()).equals(d) && e.getValue() != null) out.println(MirPrinter.print(c.tcx, Builder.build(c.tcx, e.getValue())));
            }
        }
        err.print(new DiagnosticRenderer(sources).renderAll(parsed.diags()));
        out.flush();
        err.flush();
        return parsed.diags().hasErrors() ? 1 : 0;
    }
}
