package rustmem.borrowck;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import rustmem.ir.Mir;
import rustmem.resolve.DefId;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * The region signatures of the functions a crate's bodies call, read once per crate (every dataflow step over a
 * call asks for its callee's).
 */
final class Signatures {
    private final TyCtxt tcx;
    private final Map<DefId, Optional<RegionSig>> sigs = new HashMap<>();
    private final Map<Ty.FnDef, RegionSig.AssocFlow> assocFlows = new HashMap<>();

    Signatures(TyCtxt tcx) { this.tcx = tcx; }

    /** The signature of a function item with a source declaration, or null. */
    RegionSig of(DefId fn) { return sigs.computeIfAbsent(fn, d -> Optional.ofNullable(RegionSig.of(tcx, d))).orElse(null); }

    /** The signature of a call's callee when it is a function item, else null (a pointer, a closure value). */
    RegionSig ofCallee(Mir.Call c) {
        return c.func() instanceof Mir.Constant k && k.ty() instanceof Ty.FnDef fd ? of(fd.def()) : null;
    }

    /** What the trait method instance's result of Self's associated type borrows of its receiver. */
    RegionSig.AssocFlow assocFlow(Ty.FnDef fd, RegionSig sig) {
        if (fd.args().isEmpty()) return RegionSig.AssocFlow.ANY;
        return assocFlows.computeIfAbsent(fd, m -> RegionSig.assocTypeFlow(tcx, m.def(), m.args().get(0), sig.output));
    }
}
