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
    private final TyCtxt tcx;
    private final Diagnostics diags;
    /** What every body of the crate asks: drop-liveness of types, the callees' region signatures. */
    private final DropCheck dropCheck;
    private final Signatures sigs;

    private Borrowck(TyCtxt tcx, Diagnostics diags) {
        this.tcx = tcx;
        this.diags = diags;
        this.dropCheck = new DropCheck(tcx);
        this.sigs = new Signatures(tcx);
    }

    /** Checks the program's bodies (std's are trusted) and reports their errors; returns how many bodies. */
    public static int checkCrate(TyCtxt tcx, Diagnostics diags) {
        Borrowck bck = new Borrowck(tcx, diags);
        int n = 0;
        for (DefId d : programOwners(tcx)) n += bck.checkOwner(d);
        return n;
    }

    /** The program's items with bodies (functions, constants, statics, associated functions and constants), in order. */
    public static List<DefId> programOwners(TyCtxt tcx) {
        List<DefId> out = new ArrayList<>();
        for (DefId d : tcx.res.items()) {
            if (tcx.defs.isStd(d)) continue;
            switch (tcx.kind(d)) {
                case FN, CONST, STATIC -> out.add(d);
                case IMPL, TRAIT -> {
                    for (AssocItem a : tcx.assocItems(d)) if (a.kind() != AssocItem.Kind.TYPE) out.add(a.def());
                }
                default -> { }
            }
        }
        return out;
    }

    /** A body and the closures inside it, in source order. */
    private int checkOwner(DefId owner) {
        int n = 0;
        for (Thir.Body b : withClosures(tcx, owner)) n += check(b);
        return n;
    }

    /** The checked body of owner (none when it has errors) and then its closures', in source order. */
    public static List<Thir.Body> withClosures(TyCtxt tcx, DefId owner) {
        Thir.Body thir = tcx.bodies.get(owner);
        if (thir == null) return List.of();
        List<Thir.Body> closures = new ArrayList<>();
        for (Map.Entry<DefId, Thir.Body> e : tcx.closureBodies.entrySet()) {
            if (e.getValue() != null && tcx.closureOwner(e.getKey()).equals(owner)) closures.add(e.getValue());
        }
        closures.sort((a, b) -> Integer.compare(a.span().lo(), b.span().lo()));
        closures.add(0, thir);
        return closures;
    }

    private int check(Thir.Body thir) {
        Mir.Body mir;
        try {
            mir = Builder.build(tcx, thir);
        } catch (RuntimeException e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            return 0;   // a construct MIR building does not know yet: running it says so
        }
        for (Diagnostic d : new MirBorrowck(tcx, mir, dropCheck, sigs).check()) diags.emit(d);
        return 1;
    }
}
