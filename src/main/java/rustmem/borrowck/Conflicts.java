package rustmem.borrowck;

import java.util.List;
import rustmem.ir.Mir;
import rustmem.ir.Mir.Place;
import rustmem.ir.Mir.Proj;
import rustmem.types.Ty;

/** Whether an access of a place touches what a loan borrowed (rustc's places_conflict). */
final class Conflicts {
    private Conflicts() {}

    /** `[head, rest @ ..]`: an element before (or after) a subslice is not in it. */
    private static boolean disjoint(Proj.ConstantIndex ci, Proj.Subslice ss) {
        if (!ss.fromEnd()) return false;
        return ci.fromEnd() ? ci.offset() <= ss.to() : ci.offset() < ss.from();
    }

    /**
     * Whether dropping a place needs what a loan borrowed behind it because a value on the way has a Drop impl
     * (rustc: a drop's projections past a field of a type with a destructor conflict, past a `&mut` they do not):
     * the loan of `*s.data` and the drop of `s` when `S: Drop` (E0713).
     */
    static boolean throughDestructor(Mir.Body body, Place loan, Place dropped, java.util.function.Predicate<Ty.Adt> hasDtor) {
        if (loan.local() != dropped.local()) return false;
        List<Proj> lp = loan.projection(), dp = dropped.projection();
        if (lp.size() <= dp.size() || !lp.subList(0, dp.size()).equals(dp)) return false;
        Ty t = body.locals.get(loan.local()).ty();
        for (Proj p : dp) t = PlaceTy.project(t, p);
        for (int i = dp.size(); i < lp.size(); i++) {
            Proj p = lp.get(i);
            if (p instanceof Proj.Field && t instanceof Ty.Adt a && hasDtor.test(a)) return true;
            if (p instanceof Proj.Deref && !PlaceTy.isBox(t)) return false;
            t = PlaceTy.project(t, p);
        }
        return false;
    }

    static boolean overlap(Mir.Body body, Place loan, Place access, MirBorrowck.Access kind) {
        if (loan.local() != access.local()) return false;
        List<Proj> lp = loan.projection(), ap = access.projection();
        int n = Math.min(lp.size(), ap.size());
        Ty t = body.locals.get(loan.local()).ty();
        for (int i = 0; i < n; i++) {
            Proj a = lp.get(i), b = ap.get(i);
            if (!a.equals(b)) {
                if (a instanceof Proj.Field fa && b instanceof Proj.Field fb && fa.index() != fb.index()) {
                    return t instanceof Ty.Adt adt && adt.def().isUnion();
                }
                if (a instanceof Proj.Downcast && b instanceof Proj.Downcast) return false;
                if (a instanceof Proj.ConstantIndex ca && b instanceof Proj.ConstantIndex cb && ca.fromEnd() == cb.fromEnd()
                    && ca.offset() != cb.offset()) return false;
                if (a instanceof Proj.ConstantIndex ci && b instanceof Proj.Subslice ss) return !disjoint(ci, ss);
                if (b instanceof Proj.ConstantIndex ci && a instanceof Proj.Subslice ss) return !disjoint(ci, ss);
                return true;   // indexes: the same element may be meant
            }
            t = PlaceTy.project(t, a);
        }
        if (lp.size() <= ap.size()) return true;   // the access covers a part of the borrowed place, or all of it
        // the loan borrowed a part of the accessed place: through a pointer, only deep accesses reach it
        boolean throughPointer = false;
        for (int i = n; i < lp.size(); i++) {
            if (lp.get(i) instanceof Proj.Deref && !PlaceTy.isBox(t)) throughPointer = true;
            t = PlaceTy.project(t, lp.get(i));
        }
        if (!throughPointer) return true;
        return switch (kind) {
            case ASSIGN, STORAGE_DEAD -> false;
            case DROP -> false;
            default -> true;
        };
    }
}
