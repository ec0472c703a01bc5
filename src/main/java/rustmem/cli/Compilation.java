package rustmem.cli;

import rustmem.resolve.Expander;
import rustmem.resolve.Resolver;
import rustmem.resolve.ResolverOutputs;
import rustmem.resolve.StdSource;
import rustmem.source.Diagnostics;
import rustmem.source.Edition;
import rustmem.source.SourceMap;
import rustmem.syntax.ast.Crate;
import rustmem.types.TyCtxt;

/**
 * One compilation of a program with std's source: parsing std, expanding both crates' macros, resolving
 * names; the type context answers the rest on demand (bodies are checked when first needed).
 */
public final class Compilation {
    public final SourceMap sources;
    public final Diagnostics diags;
    public final TyCtxt tcx;

    /** Whether the program is built as `rustc --test` builds it (the harness's main, no `main` needed). */
    private final boolean test;

    private Compilation(SourceMap sources, Diagnostics diags, TyCtxt tcx, boolean test) {
        this.sources = sources;
        this.diags = diags;
        this.tcx = tcx;
        this.test = test;
    }

    /** Builds the compilation of a parsed program; errors go to diags. */
    public static Compilation of(SourceMap sources, Crate program, Diagnostics diags) {
        return of(sources, program, diags, false, Edition.DEFAULT);
    }

    /** Builds the compilation of a parsed program (its edition the one it was parsed in). */
    static Compilation of(SourceMap sources, SourceLoader.Parsed parsed, boolean test) {
        return of(sources, parsed.crate(), parsed.diags(), test, parsed.edition());
    }

    /**
     * Builds the compilation of a parsed program, as {@code rustc --test} does when test is set: cfg(test) holds
     * and the test harness's main ({@link Expander#TEST_MAIN}) runs the program's #[test] functions.
     */
    public static Compilation of(SourceMap sources, Crate program, Diagnostics diags, boolean test, Edition edition) {
        Expander.Expanded stdX = StdSource.loadExpanded(sources, diags);
        TimePasses.end("std's image read");
        Crate prog = Expander.expandProgram(program, stdX.exported(), diags, sources, test, edition);
        ResolverOutputs res = Resolver.resolve(prog, stdX.crate(), diags, edition, stdX.inScope());
        TimePasses.end("program expanded and resolved");
        TyCtxt tcx = new TyCtxt(res, diags, sources);
        tcx.envNormalizer = env -> rustmem.traits.SelectionContext.normalizeEnv(tcx, env);
        tcx.typeckHook = d -> rustmem.types.check.Typeck.body(tcx, d);
        tcx.ctfe = new Ctfe(tcx);
        return new Compilation(sources, diags, tcx, test);
    }

    /**
     * rustc's analysis of the program: its types; when they check, its borrows; when those check, the lints that
     * are errors by default — those on optimised MIR (arithmetic_overflow, unconditional_panic) only when the program
     * is built (build: `run`, `test`), as `rustc --emit=metadata` (`cargo check`) does not run them. Errors go to the
     * compilation's diagnostics.
     */
    public void analyze(boolean build) {
        if (!test && rootFn("main") == null) {
            // rustc: at the end of the crate's last item
            String file = sources.primary().name();
            String crate = java.nio.file.Path.of(file).getFileName().toString().replaceFirst("\\.rs$", "").replace('-', '_');
            int end = ((rustmem.syntax.ast.Crate) tcx.defs.node(tcx.res.localRoot().def)).span().hi();
            diags.emit(rustmem.source.Diagnostic.error("`main` function not found in crate `" + crate + "`").code("E0601")
                .span(new rustmem.source.Span(end, end), "consider adding a `main` function to `" + java.nio.file.Path.of(file).getFileName() + "`"));
        }
        rustmem.types.check.Typeck.checkCrate(tcx, false);
        TimePasses.end("type check");
        if (!diags.hasErrors()) rustmem.borrowck.Borrowck.checkCrate(tcx, diags);
        TimePasses.end("borrow check");
        if (!diags.hasErrors()) rustmem.lint.Lints.checkCrate(tcx, diags, build);
        TimePasses.end("lints");
    }

    /** The program's function of this name at its crate root (`main`, the test harness's main), or null. */
    public rustmem.resolve.DefId rootFn(String name) {
        for (rustmem.resolve.DefId d : tcx.res.items()) {
            if (!tcx.defs.isStd(d) && tcx.kind(d) == rustmem.resolve.DefKind.FN && tcx.name(d).equals(name) && tcx.defs.parent(d) != null
                && tcx.defs.parent(tcx.defs.parent(d)) == null) {
                return d;
            }
        }
        return null;
    }
}
