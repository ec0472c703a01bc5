package rustmem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.Diagnostics;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.SourceMap;
import rustmem.types.check.Typeck;

/** Hidden: type-checks a program's bodies (and with --std, std's) with the trait-solving front end. */
@Command(name = "typeck", hidden = true, description = "Type-check with the new front end (development).")
final class TypeckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--std", description = "Check std's bodies too")
    boolean std;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
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
            spec.commandLine().getOut().println((code == 0 ? "ok   " : "FAIL ") + f + (code == 0 ? "" : "  " + first));
            if (code != 0) failed++;
        }
        spec.commandLine().getOut().println((files.size() - failed) + " of " + files.size() + " type-check");
        spec.commandLine().getOut().flush();
        return failed == 0 ? 0 : 1;
    }

    private int checkQuiet(Path file, java.io.PrintWriter err) {
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err);
        if (parsed == null) return 1;
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = parsed.diags();
        Compilation c = Compilation.of(sources, parsed.crate(), diags);
        Typeck.checkItems(c.tcx);
        for (DefId d : c.tcx.res.items()) if (!c.tcx.defs.isStd(d)) checkItem(c, d);
        err.print(new DiagnosticRenderer(sources).renderAll(diags));
        err.flush();
        return diags.hasErrors() ? 1 : 0;
    }

    private int check(Path file, boolean verbose) {
        var err = spec.commandLine().getErr();
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err);
        if (parsed == null) return 1;
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = parsed.diags();
        long t0 = System.nanoTime();
        Compilation c = Compilation.of(sources, parsed.crate(), diags);
        long t1 = System.nanoTime();
        int bodies = 0;
        Typeck.checkItems(c.tcx);
        if (std) rustmem.traits.Coherence.checkStd(c.tcx);
        for (DefId d : c.tcx.res.items()) {
            if (!std && c.tcx.defs.isStd(d)) continue;
            bodies += checkItem(c, d);
        }
        long t2 = System.nanoTime();
        err.print(new DiagnosticRenderer(sources).renderAll(diags));
        err.printf("(%d bodies; front end %d ms, type checking %d ms)%n", bodies, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        err.flush();
        return diags.hasErrors() ? 1 : 0;
    }

    private static int checkItem(Compilation c, DefId d) {
        int n = 0;
        switch (c.tcx.kind(d)) {
            case FN, CONST, STATIC -> {
                if (hasBody(c, d)) {
                    Typeck.body(c.tcx, d);
                    n++;
                }
            }
            case IMPL, TRAIT -> {
                for (var a : c.tcx.assocItems(d)) {
                    if (a.kind() != rustmem.types.AssocItem.Kind.TYPE && hasBody(c, a.def())) {
                        Typeck.body(c.tcx, a.def());
                        n++;
                    }
                }
            }
            default -> { }
        }
        return n;
    }

    private static boolean hasBody(Compilation c, DefId d) {
        var item = c.tcx.item(d);
        return switch (item.kind()) {
            case rustmem.syntax.ast.Item.Fn f -> f.body() != null && !rustmem.types.TyCtxt.hasAttr(item.attrs(), "rustc_intrinsic");
            case rustmem.syntax.ast.Item.Const k -> k.value() != null;
            case rustmem.syntax.ast.Item.Static s -> true;
            default -> false;
        } && c.tcx.kind(d) != DefKind.FOREIGN_FN;
    }
}
