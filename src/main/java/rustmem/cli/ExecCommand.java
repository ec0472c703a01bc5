package rustmem.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import rustmem.interp.Interpreter;
import rustmem.interp.Machine;
import rustmem.interp.UnsupportedFeature;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostic;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Edition;
import rustmem.source.SourceMap;
import rustmem.types.check.Typeck;

/** Hidden: runs a program with the new pipeline (std in Rust, MIR, the new interpreter) — development. */
final class ExecCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "exec", "Run a program with the new pipeline (development).").hidden();
    private final Arg<Path> file = cmd.file();
    private final LimitOptions limitOptions = new LimitOptions(cmd);
    private final Arg<Edition> edition = EditionOption.declare(cmd);

    /** What the run reached and rustmem does not support, where the program reached it when that is known. */
    static void reportUnsupported(UnsupportedFeature u, SourceLoader.Parsed parsed, SourceMap sources, java.io.PrintWriter err) {
        parsed.diags().emit(unsupported(u));
        err.print(new DiagnosticRenderer(sources).renderAll(parsed.diags()));
        err.flush();
    }

    /** `error: unsupported: …` for what the interpreter met, at its source when it has one. */
    static Diagnostic.Builder unsupported(UnsupportedFeature u) {
        Diagnostic.Builder b = Diagnostic.error("unsupported: " + u.getMessage());
        if (u.span != null && !u.span.equals(rustmem.source.Span.DUMMY)) b.span(u.span);
        return b;
    }

    @Override
    public Integer call() {
        var err = cmd.err();
        SourceLoader.Parsed parsed = SourceLoader.parse(file.get(), err, edition.get());
        if (parsed == null) return 1;
        SourceMap sources = new SourceMap(parsed.source());
        Compilation c = Compilation.of(sources, parsed, false);
        Typeck.checkCrate(c.tcx, false);
        DefId main = c.rootFn("main");
        if (parsed.diags().hasErrors() || main == null) {
            if (main == null) parsed.diags().emit(Diagnostic.error("`main` function not found in crate").code("E0601"));
            err.print(new DiagnosticRenderer(sources).renderAll(parsed.diags()));
            err.flush();
            return 1;
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
            StandardCharsets.UTF_8);
        PrintStream progErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            Interpreter in = limitOptions.limits().interpreter(c.tcx, new Machine(out, progErr));
            return in.runMain(main);
        } catch (UnsupportedFeature u) {
            out.flush();
            ExecCommand.reportUnsupported(u, parsed, sources, err);
            return 101;
        } catch (rustmem.machine.UndefinedBehavior ub) {
            out.flush();
            err.print(UbReport.render(ub, sources, null));
            err.flush();
            return UbReport.EXIT;
        } finally {
            out.flush();
        }
    }
}
