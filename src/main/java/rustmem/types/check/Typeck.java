package rustmem.types.check;

import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.syntax.ast.Item;
import rustmem.types.AssocItem;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;

/** The type-checking query: a body's THIR, checked on first use (a closure's with its enclosing body). */
public final class Typeck {
    private Typeck() {}

    /**
     * rustc's check_crate: the program's items (impls against their traits, coherence, recursive types), then every
     * body of the program — functions, constants, statics and the methods of its impls and traits — or of std too
     * (withStd, std's self-check). Returns how many bodies were checked.
     */
    public static int checkCrate(TyCtxt tcx, boolean withStd) {
        WfCheck.checkProgram(tcx);
        rustmem.traits.Coherence.checkProgram(tcx);
        if (withStd) rustmem.traits.Coherence.checkStd(tcx);
        int n = 0;
        for (DefId d : tcx.res.items()) {
            if (!withStd && tcx.defs.isStd(d)) continue;
            switch (tcx.kind(d)) {
                case FN, CONST, STATIC -> n += checkIfBody(tcx, d);
                case IMPL, TRAIT -> {
                    for (AssocItem a : tcx.assocItems(d)) if (a.kind() != AssocItem.Kind.TYPE) n += checkIfBody(tcx, a.def());
                }
                default -> { }
            }
        }
        return n;
    }

    private static int checkIfBody(TyCtxt tcx, DefId d) {
        Item item = tcx.item(d);
        boolean hasBody = tcx.kind(d) != DefKind.FOREIGN_FN && switch (item.kind()) {
            case Item.Fn f -> f.body() != null && !TyCtxt.hasAttr(item.attrs(), "rustc_intrinsic");
            case Item.Const k -> k.value() != null;
            case Item.Static st -> true;
            default -> false;
        };
        if (!hasBody) return 0;
        body(tcx, d);
        return 1;
    }

    /** The checked body of a function, constant, static or closure; null when it has errors. */
    public static Thir.Body body(TyCtxt tcx, DefId owner) {
        if (tcx.kind(owner) == DefKind.CLOSURE) {
            body(tcx, tcx.closureOwner(owner));
            return tcx.closureBodies.get(owner);
        }
        if (tcx.bodies.containsKey(owner)) return tcx.bodies.get(owner);
        tcx.bodies.put(owner, null);   // a body reached again while it is checked (recursion through its own opaque type)
        tcx.res.resolveBody(owner);
        Thir.Body b = FnCtxt.check(tcx, owner);
        tcx.bodies.put(owner, b);
        return b;
    }
}
