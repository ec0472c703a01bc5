package rustmem.lint;

import rustmem.ir.Mir;
import rustmem.ir.build.Builder;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostics;
import rustmem.syntax.ast.Crate;
import rustmem.resolve.DefKind;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;
import java.util.List;

/**
 * The lints that are errors by default, run on a program that type-checked and borrow-checked, in rustc's order:
 * the lints on MIR first (arithmetic_overflow, unconditional_panic: only when the program is built, as rustc runs
 * them with code generation), then the late lints (overflowing_literals).
 */
public final class Lints {
    private Lints() {}

    public static void checkCrate(TyCtxt tcx, Diagnostics diags, boolean build) {
        LintLevels levels = LintLevels.of((Crate) tcx.defs.node(tcx.res.localRoot().def));
        // functions' bodies and their closures' (a constant's overflow is const evaluation's error, not these lints')
        java.util.List<Thir.Body> bodies = new java.util.ArrayList<>();
        for (DefId d : rustmem.borrowck.Borrowck.programOwners(tcx)) {
            if (tcx.kind(d) == DefKind.FN || tcx.kind(d) == DefKind.ASSOC_FN) bodies.addAll(rustmem.borrowck.Borrowck.withClosures(tcx, d));
        }
        for (Thir.Body b : build ? bodies : List.<Thir.Body>of()) {
            Mir.Body mir;
            try {
                mir = Builder.build(tcx, b);
            } catch (RuntimeException e) {
                if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
                continue;   // a construct MIR building does not know yet: running it says so
            }
            KnownPanics.check(tcx, mir, levels, diags);
        }
        for (Thir.Body b : bodies) OverflowingLiterals.check(b, tcx.sources, levels, diags);
    }
}
