package rustmem.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import rustmem.cli.Compilation;
import rustmem.ir.Mir;
import rustmem.ir.MirImage;
import rustmem.ir.build.Builder;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.Diagnostics;
import rustmem.source.Edition;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.syntax.Parser;
import rustmem.types.TyCtxt;
import rustmem.types.check.Typeck;
import rustmem.types.thir.Thir;

/**
 * A build step (Maven's process-classes phase, after std's image): checks and builds the MIR of every function,
 * closure, constant and static of std in a compilation of an empty program, and writes the bodies that check without
 * an error to the file args[0] ({@link MirImage}), with what the check found of their closures. Prints how many it wrote
 * and how many it left to be built when run.
 */
public final class StdMirImage {
    private StdMirImage() {}

    private static final EnumSet<DefKind> BODIES = EnumSet.of(DefKind.FN, DefKind.ASSOC_FN, DefKind.CLOSURE, DefKind.CONST, DefKind.ASSOC_CONST, DefKind.STATIC);

    public static void main(String[] args) throws IOException {
        if (!rustmem.resolve.StdSource.fromImage()) throw new IllegalStateException("std's MIR is built from std's image only");
        SourceFile empty = new SourceFile("empty.rs", "fn main() {}\n");
        Diagnostics diags = new Diagnostics(empty);
        Compilation c = Compilation.of(new SourceMap(empty), Parser.parseFile(empty, diags, Edition.DEFAULT), diags);
        if (diags.hasErrors()) throw new IllegalStateException("an empty program does not compile: " + diags.all());
        Map<Integer, byte[]> bodies = built(c.tcx, diags);
        int left = 0;
        for (int i = 0; i < c.tcx.defs.size(); i++) {
            DefId d = new DefId(i);
            if (c.tcx.defs.isStd(d) && BODIES.contains(c.tcx.kind(d)) && !bodies.containsKey(i)) left++;
        }
        Map<Integer, byte[]> closures = closures(c.tcx, bodies);
        Path out = Path.of(args[0]);
        Files.write(out, MirImage.write(bodies, closures));
        System.out.println("std's MIR: " + bodies.size() + " bodies built (" + closures.size() + " closures), " + left + " left to a run");
    }

    /** The encoded infos of the closures among bodies (their functions checked), by DefId index. */
    static Map<Integer, byte[]> closures(TyCtxt tcx, Map<Integer, byte[]> bodies) {
        Map<Integer, byte[]> out = new TreeMap<>();
        for (int i : bodies.keySet()) {
            if (tcx.kind(new DefId(i)) == DefKind.CLOSURE) out.put(i, MirImage.encodeClosure(tcx.closureInfo(new DefId(i))));
        }
        return out;
    }

    /** The encoded MIR of std's bodies that check without an error, by DefId index. */
    static Map<Integer, byte[]> built(TyCtxt tcx, Diagnostics diags) {
        Map<Integer, byte[]> out = new TreeMap<>();
        for (int i = 0; i < tcx.defs.size(); i++) {
            DefId d = new DefId(i);
            if (!tcx.defs.isStd(d) || !BODIES.contains(tcx.kind(d))) continue;
            // (a closure with its function, which is before it: not when the function did not check)
            if (tcx.kind(d) == DefKind.CLOSURE && !out.containsKey(tcx.closureOwner(d).index())) continue;
            int before = diags.errorCount();
            try {
                Thir.Body thir = Typeck.body(tcx, d);
                if (thir == null || diags.errorCount() != before) continue;
                Mir.Body mir = Builder.build(tcx, thir);
                if (diags.errorCount() != before) continue;
                out.put(i, MirImage.encode(mir));
            } catch (RuntimeException e) {
                // (a body rustmem cannot check or build: a run reports it when it needs it, as before)
            }
        }
        return out;
    }
}
