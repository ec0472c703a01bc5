package rustmem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.OptionSpec;
import rustmem.layout.Layout;
import rustmem.layout.LayoutCx;
import rustmem.layout.LayoutReport;
import rustmem.layout.TargetDataLayout;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.Diagnostic;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.syntax.Parser;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Generics;
import rustmem.syntax.ast.Ident;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Type;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;
import rustmem.types.check.WfCheck;
import rustmem.view.LayoutJson;
import rustmem.view.LayoutText;

/** {@code rustmem layout FILE}: size, alignment, field offsets, tag and niche of the file's types. */
final class LayoutCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "layout",
        "Show the memory layout of every type declared in FILE (or of --type T), as rustc lays it out.");
    private final Arg<Path> file = cmd.file("Rust source file");
    private final Arg<String> type = cmd.option(String.class, OptionSpec.builder("--type").paramLabel("T")
        .description("Only this type, e.g. 'Option<(u8, char)>' or 'Wrapper<u8>'"));
    private final Arg<String> target = cmd.option(String.class, OptionSpec.builder("--target").paramLabel("TRIPLE")
        .defaultValue("x86_64-unknown-linux-gnu").description("x86_64-unknown-linux-gnu (default), i686-unknown-linux-gnu, "
            + "aarch64-unknown-linux-gnu, thumbv6m-none-eabi"));
    private final Arg<Boolean> json = cmd.flag("--json", "Print JSON (format in docs/JSON.md)");
    {
        DebugOption.declare(cmd);
        cmd.standardHelpOptions();
    }

    @Override
    public Integer call() {
        TargetDataLayout dl = TargetDataLayout.byName(target.get());
        if (dl == null) {
            throw new UsageError("unknown target `" + target.get() + "`; supported: "
                + String.join(", ", TargetDataLayout.ALL.stream().map(TargetDataLayout::name).toList()));
        }
        PrintWriter out = cmd.out();
        PrintWriter err = cmd.err();
        SourceLoader.Parsed parsed = SourceLoader.parse(file.get(), err);
        if (parsed == null) return 1;
        return layout(parsed, file.get().toString(), type.get(), dl, json.get(), out, err);
    }

    /**
     * The layouts of a parsed program's types (of type alone, when not null) on target dl, as text or JSON on out;
     * errors on err. The exit code. The program is resolved with std and its items checked as rustc checks them
     * (bodies are not: a layout needs the types only); type is lowered where the crate root's names are in scope, as
     * the aliased type of an item `type _ = T;` added at its end.
     */
    static int layout(SourceLoader.Parsed parsed, String file, String type, TargetDataLayout dl, boolean json, PrintWriter out,
                      PrintWriter err) {
        SourceMap sources = new SourceMap(parsed.source());
        Diagnostics diags = parsed.diags();
        Crate crate = parsed.crate();
        if (type != null) {
            SourceFile typeSource = sources.add("--type", type);
            Type ast = Parser.parseTypeOnly(typeSource, diags);
            if (ast == null) {
                err.print(new DiagnosticRenderer(sources).renderAll(diags));
                return 1;
            }
            List<Item> items = new ArrayList<>(crate.items());
            items.add(new Item(List.of(), Item.Visibility.inherited(ast.span()), new Item.TypeAlias(new Ident(QUERY, false, ast.span()),
                new Generics(List.of(), List.of(), ast.span()), List.of(), ast), ast.span()));
            crate = new Crate(crate.attrs(), items, crate.span());
        }
        Compilation c = Compilation.of(sources, crate, diags, false, parsed.edition());
        TyCtxt tcx = c.tcx;
        if (!diags.hasErrors()) WfCheck.checkProgram(tcx);
        LayoutCx cx = new LayoutCx(tcx, dl, new rustmem.interp.Resolver(tcx)::normalize);
        List<LayoutReport> reports = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<DefId> decls = declarations(tcx);
        if (type == null && decls.isEmpty()) {
            notes.add(file + " declares no struct, enum, union or type alias: ask for any type with --type, e.g. --type 'Vec<String>'");
        }
        for (DefId d : diags.hasErrors() ? List.<DefId>of() : decls) {
            String name = tcx.name(d);
            boolean query = type != null && name.equals(QUERY);
            if (type != null && !query) continue;
            Ty ty = tcx.kind(d) == DefKind.TY_ALIAS ? tcx.typeOf(d) : new Ty.Adt(tcx.adtDef(d), List.of());
            String kind = query ? (ty instanceof Ty.Adt a ? a.def().kind.name().toLowerCase() : "type") : declKind(tcx, d);
            if (!query && hasTypeParams(tcx, d)) {
                notes.add(kind + " " + name + " is generic: ask for an instance with --type '" + name + "<…>'");
                continue;
            }
            try {
                report(query ? type : name, kind, cx.field(ty), cx, tcx, reports, notes);
            } catch (LayoutCx.LayoutError e) {
                diags.emit(Diagnostic.error(e.getMessage()).span(tcx.defs.span(d)));
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
            err.print(new DiagnosticRenderer(sources).renderAll(diags));
            return 1;
        }
        return 0;
    }

    /** The name of the alias that holds --type's type. */
    private static final String QUERY = "__rustmem_layout_type";

    /** The program's structs, enums, unions and type aliases, in source order. */
    private static List<DefId> declarations(TyCtxt tcx) {
        List<DefId> out = new ArrayList<>();
        for (DefId d : tcx.res.items()) {
            if (tcx.defs.isStd(d)) continue;
            switch (tcx.kind(d)) {
                case STRUCT, ENUM, UNION, TY_ALIAS -> out.add(d);
                default -> { }
            }
        }
        out.sort((x, y) -> Integer.compare(tcx.defs.span(x).lo(), tcx.defs.span(y).lo()));
        return out;
    }

    private static String declKind(TyCtxt tcx, DefId d) {
        return tcx.kind(d) == DefKind.TY_ALIAS ? "alias" : tcx.adtDef(d).kind.name().toLowerCase();
    }

    /** Whether an item has type or const parameters (lifetimes do not change a layout). */
    private static boolean hasTypeParams(TyCtxt tcx, DefId d) { return tcx.generics(d).count() > 0; }

    private static void report(String name, String kind, Ty ty, LayoutCx cx, TyCtxt tcx, List<LayoutReport> reports, List<String> notes) {
        Layout l = cx.layoutOf(ty);
        if (l.isUnsized()) {
            Layout ptr = cx.layoutOf(new Ty.Ref(ty, false));
            String meta = switch (cx.metadataOf(ty)) {
                case LENGTH -> "address + length";
                case VTABLE -> "address + vtable pointer";
                case NONE -> "address";
            };
            String shown = tcx.display(ty);
            notes.add("`" + shown + "` is dynamically sized: it has no size known at compile time; `&" + shown + "` is a "
                + (ptr.size() > cx.dataLayout().pointerSize() ? "fat pointer" : "pointer") + " of " + ptr.size() + " bytes (" + meta + ")");
            return;
        }
        reports.add(LayoutReport.of(name, kind, ty, cx, tcx));
    }
}
