package rustmem.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import rustmem.cli.Compilation;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.syntax.Parser;

/** std's function bodies are resolved when a compilation checks them, each compilation into its own tables. */
class LazyStdBodiesTest {
    private static Compilation compile(String program) {
        SourceFile file = new SourceFile("lazy.rs", program);
        Diagnostics diags = new Diagnostics(file);
        Compilation c = Compilation.of(new SourceMap(file), Parser.parseFile(file, diags), diags);
        c.analyze(true);
        assertFalse(diags.hasErrors(), () -> diags.all().toString());
        return c;
    }

    /** std's associated `fn NAME` whose path (its impl's module) contains within. */
    private static DefId stdFn(Compilation c, String name, String within) {
        for (int i = 0; i < c.tcx.defs.size(); i++) {
            DefId d = new DefId(i);
            if (c.tcx.defs.isStd(d) && c.tcx.kind(d) == DefKind.ASSOC_FN && c.tcx.name(d).equals(name)
                && c.tcx.defs.pathString(d).contains(within)) return d;
        }
        throw new AssertionError("std has no fn " + name + " in " + within);
    }

    @Test
    void aProgramResolvesOnlyTheBodiesItChecks() {
        Compilation c = compile("fn main() { let mut v = Vec::new(); v.push(1u8); let s: String = v.iter().map(|b| b.to_string()).collect(); assert_eq!(s, \"1\"); }");
        int before = c.tcx.res.resolvedStdBodies();
        int waiting = c.tcx.res.deferredStdBodies();
        assertTrue(waiting > 5_000, "std's bodies wait to be resolved: " + waiting);
        assertTrue(before < waiting / 10, "checking the program resolved " + before + " of " + waiting);
        // checking a body of std resolves it, with the names its body uses (`self.len`, `ptr::write` …): no errors
        rustmem.types.check.Typeck.body(c.tcx, stdFn(c, "push", "vec"));
        assertFalse(c.diags.hasErrors(), () -> c.diags.all().toString());
        assertTrue(c.tcx.res.resolvedStdBodies() > before);
    }

    @Test
    void eachCompilationResolvesStdsBodiesForItself() {
        String program = "fn main() { let x = 2; let _ = x + 1; }";
        Compilation a = compile(program), b = compile(program);
        rustmem.types.check.Typeck.body(a.tcx, stdFn(a, "push", "vec"));
        int resolvedByA = a.tcx.res.resolvedStdBodies();
        assertTrue(resolvedByA > 0);
        assertEquals(0, b.tcx.res.resolvedStdBodies(), "a program without calls resolves none of std's bodies");
        rustmem.types.check.Typeck.body(b.tcx, stdFn(b, "push", "vec"));
        assertFalse(b.diags.hasErrors(), () -> b.diags.all().toString());
        assertEquals(resolvedByA, b.tcx.res.resolvedStdBodies(), "b resolves what a resolved again, in its own tables");
    }
}
