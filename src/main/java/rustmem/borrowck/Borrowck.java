package rustmem.borrowck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.ir.build.Builder;
import rustmem.resolve.DefId;
import rustmem.source.Diagnostic;
import rustmem.source.Diagnostics;
import rustmem.types.AssocItem;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;

/**
 * The borrow checker (rustc_borrowck): the MIR of every body of the program — generic ones as they are, before
 * any instance exists, and closures — checked for moves, initialization, mutability and loans. Runs after type
 * checking found no error, as rustc's does.
 */
public final class Borrowck {
    private Borrowck() {}

    /** Checks the program's bodies (std's are trusted) and reports their errors; returns how many bodies. */
    public static int checkCrate(TyCtxt tcx, Diagnostics diags) {
        DropCheck dropCheck = new DropCheck(tcx);
        int n = 0;
        for (DefId d : tcx.res.items()) {
            if (tcx.defs.isStd(d)) continue;
            switch (tcx.kind(d)) {
                case FN, CONST, STATIC -> n += checkOwner(tcx, d, dropCheck, diags);
                case IMPL, TRAIT -> {
                    for (AssocItem a : tcx.assocItems(d)) if (a.kind() != AssocItem.Kind.TYPE) n += checkOwner(tcx, a.def(), dropCheck, diags);
                }
                default -> { }
            }
        }
        return n;
    }

    private static int checkOwner(TyCtxt tcx, DefId owner, DropCheck dropCheck, Diagnostics diags) {
        Thir.Body thir = tcx.bodies.get(owner);
        if (thir == null) return 0;
        int n = check(tcx, thir, dropCheck, diags);
        List<Map.Entry<DefId, Thir.Body>> closures = new ArrayList<>();
        for (Map.Entry<DefId, Thir.Body> e : tcx.closureBodies.entrySet()) {
            if (e.getValue() != null && tcx.closureOwner(e.getKey()).equals(owner)) closures.add(e);
        }
        closures.sort((a, b) -> Integer.compare(a.getValue().span().lo(), b.getValue().span().lo()));
        for (Map.Entry<DefId, Thir.Body> e : closures) n += check(tcx, e.getValue(), dropCheck, diags);
        return n;
    }

    private static int check(TyCtxt tcx, Thir.Body thir, DropCheck dropCheck, Diagnostics diags) {
        Mir.Body mir;
        try {
            mir = Builder.build(tcx, thir);
        } catch (RuntimeException e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            return 0;   // a construct MIR building does not know yet: running it says so
        }
        for (Diagnostic d : new MirBorrowck(tcx, mir, dropCheck).check()) diags.emit(d);
        return 1;
    }
}
