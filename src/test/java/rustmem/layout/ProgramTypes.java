package rustmem.layout;

import java.util.HashMap;
import java.util.Map;
import rustmem.cli.Compilation;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.syntax.Parser;
import rustmem.types.Ty;

/** A program compiled with std (resolved, its items typed): its type aliases' types and their layouts on a target. */
final class ProgramTypes {
    final Compilation compilation;
    /** What the front end reported, rendered; null when nothing. */
    final String problems;
    private final Map<String, DefId> aliases = new HashMap<>();

    ProgramTypes(SourceFile file) {
        SourceMap sources = new SourceMap(file);
        Diagnostics diags = new Diagnostics(file);
        compilation = Compilation.of(sources, Parser.parseFile(file, diags), diags);
        for (DefId d : compilation.tcx.res.items()) {
            if (!compilation.tcx.defs.isStd(d) && compilation.tcx.kind(d) == DefKind.TY_ALIAS) aliases.put(compilation.tcx.name(d), d);
        }
        problems = diags.hasErrors() ? new DiagnosticRenderer(sources).renderAll(diags) : null;
    }

    /** The type an alias of the program names, or null when there is no such alias. */
    Ty alias(String name) {
        DefId d = aliases.get(name);
        return d == null ? null : compilation.tcx.typeOf(d);
    }

    LayoutCx layouts(TargetDataLayout dl) {
        return new LayoutCx(compilation.tcx, dl, new rustmem.interp.Resolver(compilation.tcx)::normalize);
    }
}
