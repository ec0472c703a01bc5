package rustmem.syntax;

import rustmem.source.DiagnosticRenderer;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.ast.Crate;

/** Parses text for tests and keeps the diagnostics. */
record ParseHarness(SourceFile file, Diagnostics diags, Crate crate) {

    static ParseHarness parse(String name, String text) {
        SourceFile f = new SourceFile(name, text);
        Diagnostics d = new Diagnostics(f);
        Crate c = Parser.parseFile(f, d);
        return new ParseHarness(f, d, c);
    }

    boolean ok() { return !diags.hasErrors(); }

    String report() { return new DiagnosticRenderer(file).renderAll(diags); }
}
