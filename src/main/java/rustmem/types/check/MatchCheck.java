package rustmem.types.check;

import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;
import rustmem.types.thir.ThirVisitor;

/**
 * rustc's check_match on a checked body: a `match` must cover every value of its scrutinee (E0004), a `let`
 * and a parameter must bind every value (E0005), named as rustc names what is missing.
 */
final class MatchCheck {
    private final TyCtxt tcx;
    private final boolean inStd;

    private MatchCheck(TyCtxt tcx, boolean inStd) {
        this.tcx = tcx;
        this.inStd = inStd;
    }

    static void check(TyCtxt tcx, Thir.Body body) {
        MatchCheck mc = new MatchCheck(tcx, tcx.defs.isStd(body.owner()));
        for (Thir.Param p : body.params()) mc.irrefutable(p.pat(), "function argument");
        ThirVisitor.walk(body.value(), node -> {
            switch (node) {
                case Thir.Match m -> mc.match(m);
                case Thir.LetStmt l when l.elseBlock() == null && l.init() != null -> mc.irrefutable(l.pat(), "local binding");
                case Thir.LetStmt l when l.init() == null -> mc.irrefutable(l.pat(), "local binding");
                case Thir.Closure c -> {
                    Thir.Body cb = tcx.closureBodies.get(c.def());
                    if (cb != null) for (Thir.Param p : cb.params()) mc.irrefutable(p.pat(), "function argument");
                }
                default -> { }
            }
        });
    }

    private void match(Thir.Match m) {
        List<Thir.Pat> pats = new ArrayList<>();
        for (Thir.Arm a : m.arms()) if (a.guard() == null) pats.add(a.pat());
        List<String> missing = Exhaustiveness.missing(tcx, pats, m.scrutinee().ty(), inStd);
        if (missing.isEmpty()) return;
        String list = witnesses(missing);
        tcx.diags.emit(Diagnostic.error("non-exhaustive patterns: " + list + " not covered").code("E0004")
            .span(m.scrutinee().span(), "pattern" + (missing.size() == 1 ? " " : "s ") + list + " not covered"));
    }

    private void irrefutable(Thir.Pat pat, String where) {
        List<String> missing = Exhaustiveness.missing(tcx, List.of(pat), pat.ty(), inStd);
        if (missing.isEmpty()) return;
        String list = witnesses(missing);
        Span span = pat.span();
        tcx.diags.emit(Diagnostic.error("refutable pattern in " + where).code("E0005")
            .span(span, "pattern" + (missing.size() == 1 ? " " : "s ") + list + " not covered"));
    }

    /** rustc's list of uncovered patterns: three at most, then how many more. */
    private static String witnesses(List<String> missing) {
        List<String> q = missing.stream().map(m -> "`" + m + "`").toList();
        return q.size() == 1 ? q.get(0)
            : q.size() <= 3 ? String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1)
            : String.join(", ", q.subList(0, 3)) + " and " + (q.size() - 3) + " more";
    }
}
