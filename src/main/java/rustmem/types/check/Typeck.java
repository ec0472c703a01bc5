package rustmem.types.check;

import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;

/** The type-checking query: a body's THIR, checked on first use (a closure's with its enclosing body). */
public final class Typeck {
    private Typeck() {}

    /** The program's item-level checks before its bodies: impls against their traits, coherence, recursive types. */
    public static void checkItems(TyCtxt tcx) {
        WfCheck.checkProgram(tcx);
        rustmem.traits.Coherence.checkProgram(tcx);
    }

    /** The checked body of a function, constant, static or closure; null when it has errors. */
    public static Thir.Body body(TyCtxt tcx, DefId owner) {
        if (tcx.kind(owner) == DefKind.CLOSURE) {
            body(tcx, tcx.closureOwner(owner));
            return tcx.closureBodies.get(owner);
        }
        if (tcx.bodies.containsKey(owner)) return tcx.bodies.get(owner);
        tcx.bodies.put(owner, null);   // a body reached again while it is checked (recursion through its own opaque type)
        Thir.Body b = FnCtxt.check(tcx, owner);
        tcx.bodies.put(owner, b);
        return b;
    }
}
