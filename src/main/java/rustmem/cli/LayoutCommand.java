package rustmem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rustmem.layout.Layout;
import rustmem.legacy.layout.LayoutCx;
import rustmem.legacy.layout.LayoutReport;
import rustmem.layout.TargetDataLayout;
import rustmem.source.Diagnostic;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.Parser;
import rustmem.syntax.ast.Type;
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.TypeCollector;
import rustmem.legacy.types.TypeError;
import rustmem.view.LayoutJson;
import rustmem.view.LayoutText;

/** {@code rustmem layout FILE}: size, alignment, field offsets, tag and niche of the file's types. */
@Command(name = "layout", mixinStandardHelpOptions = true,
    description = "Show the memory layout of every type declared in FILE (or of --type T), as rustc lays it out.")
final class LayoutCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rust source file")
    Path file;

    @Option(names = "--type", paramLabel = "T", description = "Only this type, e.g. 'Option<(u8, char)>' or 'Wrapper<u8>'")
    String type;

    @Option(names = "--target", paramLabel = "TRIPLE", defaultValue = "x86_64-unknown-linux-gnu",
        description = "x86_64-unknown-linux-gnu (default), i686-unknown-linux-gnu, aarch64-unknown-linux-gnu, "
            + "thumbv6m-none-eabi")
    String target;

    @Option(names = "--json", description = "Print JSON (format in docs/JSON.md)")
    boolean json;

    @Mixin
    DebugOption debugOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TargetDataLayout dl = TargetDataLayout.byName(target);
        if (dl == null) {
            throw new UsageError("unknown target `" + target + "`; supported: "
                + String.join(", ", TargetDataLayout.ALL.stream().map(TargetDataLayout::name).toList()));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err);
        if (parsed == null) return 1;
        return layout(parsed, file.toString(), type, dl, json, out, err);
    }

    /**
     * The layouts of a parsed program's types (of type alone, when not null) on target dl, as text or JSON on out;
     * errors on err. The exit code.
     */
    static int layout(SourceLoader.Parsed parsed, String file, String type, TargetDataLayout dl, boolean json, PrintWriter out,
                      PrintWriter err) {
        Diagnostics diags = parsed.diags();
        TypeCollector types = TypeCollector.forCrate(parsed.crate(), diags);
        LayoutCx cx = new LayoutCx(dl);
        List<LayoutReport> reports = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean failed = false;
        if (type != null) {
            SourceFile typeSource = new SourceFile("--type", type);
            Diagnostics typeDiags = new Diagnostics(typeSource);
            Type ast = Parser.parseTypeOnly(typeSource, typeDiags);
            if (ast == null) {
                err.print(new DiagnosticRenderer(typeSource).renderAll(typeDiags));
                return 1;
            }
            try {
                Ty ty = types.lower(ast);
                String kind = ty instanceof Ty.Adt a ? a.def().kind().name().toLowerCase() : "type";
                report(type, kind, ty, cx, reports, notes);
            } catch (TypeError e) {
                typeDiags.emit(e.diagnostic());
                err.print(new DiagnosticRenderer(typeSource).renderAll(typeDiags));
                return 1;
            }
        } else {
            if (types.declarations().isEmpty()) {
                notes.add(file + " declares no struct, enum, union or type alias: ask for any type with --type, e.g. --type 'Vec<String>'");
            }
            for (TypeCollector.Declaration d : types.declarations()) {
                if (d.isGeneric()) {
                    notes.add(declKind(d) + " " + d.name() + " is generic: ask for an instance with --type '" + d.name()
                        + "<…>'");
                    continue;
                }
                try {
                    Ty ty = d.adt() != null ? new Ty.Adt(d.adt(), List.of()) : types.aliasTarget(d.alias());
                    report(d.name(), declKind(d), ty, cx, reports, notes);
                } catch (TypeError e) {
                    Diagnostic diag = e.diagnostic();
                    diags.emit(diag.span() == null || diag.span().hi() == 0 ? Diagnostic.error(diag.message())
                        .code(diag.code()).span(d.item().span()).build() : diag);
                    failed = true;
                }
            }
        }
        if (json) {
            out.print(LayoutJson.render(dl.name(), reports, notes));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) out.println();
                out.print(LayoutText.render(reports.get(i)));
            }
            for (String note : notes) out.println("note: " + note);
        }
        out.flush();
        if (diags.hasErrors()) {
            parsed.printDiagnostics(err);
            return 1;
        }
        return failed ? 1 : 0;
    }

    private static String declKind(TypeCollector.Declaration d) {
        return d.adt() == null ? "alias" : d.adt().kind().name().toLowerCase();
    }

    private static void report(String name, String kind, Ty ty, LayoutCx cx, List<LayoutReport> reports,
                               List<String> notes) {
        Layout l = cx.layoutOf(ty);
        if (l.isUnsized()) {
            Layout ptr = cx.layoutOf(new Ty.Ref(ty, false));
            String meta = switch (cx.metadataOf(ty)) {
                case LENGTH -> "address + length";
                case VTABLE -> "address + vtable pointer";
                case NONE -> "address";
            };
            notes.add("`" + ty.display() + "` is dynamically sized: it has no size known at compile time; `&"
                + ty.display() + "` is a " + (ptr.size() > cx.dataLayout().pointerSize() ? "fat pointer" : "pointer")
                + " of " + ptr.size() + " bytes (" + meta + ")");
            return;
        }
        reports.add(LayoutReport.of(name, kind, ty, cx));
    }
}
