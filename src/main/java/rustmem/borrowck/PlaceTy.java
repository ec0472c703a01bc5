package rustmem.borrowck;

import java.util.List;
import rustmem.ir.Mir;
import rustmem.ir.Mir.Place;
import rustmem.ir.Mir.Proj;
import rustmem.types.Ty;

/** The types along a place's projections (rustc's PlaceTy). */
final class PlaceTy {
    private PlaceTy() {}

    /** The type of place's first n projections applied to its local. */
    static Ty of(Mir.Body body, Place place, int n) {
        Ty t = body.locals.get(place.local()).ty();
        List<Proj> ps = place.projection();
        for (int i = 0; i < n; i++) t = project(t, ps.get(i));
        return t;
    }

    static Ty of(Mir.Body body, Place place) { return of(body, place, place.projection().size()); }

    static Ty project(Ty base, Proj p) {
        return switch (p) {
            case Proj.Deref d -> pointee(base);
            case Proj.Field f -> f.ty();
            case Proj.Index i -> element(base);
            case Proj.ConstantIndex c -> element(base);
            case Proj.Subslice s -> base;
            case Proj.Downcast d -> base;
        };
    }

    static Ty pointee(Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.RawPtr p -> p.pointee();
            case Ty.Adt a when a.def().isBox() -> a.args().get(0);
            default -> t;
        };
    }

    static Ty element(Ty t) {
        return switch (t) {
            case Ty.Array a -> a.element();
            case Ty.Slice s -> s.element();
            default -> t;
        };
    }

    static boolean isBox(Ty t) { return t instanceof Ty.Adt a && a.def().isBox(); }

    /** How many references or raw pointers the place reads through. */
    static int pointerDerefs(Mir.Body body, Place place) {
        Ty t = body.locals.get(place.local()).ty();
        int n = 0;
        for (Proj p : place.projection()) {
            if (p instanceof Proj.Deref && !isBox(t)) n++;
            t = project(t, p);
        }
        return n;
    }

    /** Whether the place reads through a reference or raw pointer (not an owning Box) at some projection. */
    static boolean throughPointer(Mir.Body body, Place place) {
        Ty t = body.locals.get(place.local()).ty();
        for (Proj p : place.projection()) {
            if (p instanceof Proj.Deref && !isBox(t)) return true;
            t = project(t, p);
        }
        return false;
    }
}
