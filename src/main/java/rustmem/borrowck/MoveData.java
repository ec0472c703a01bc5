package rustmem.borrowck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.ir.Mir.Place;
import rustmem.ir.Mir.Proj;
import rustmem.source.Span;
import rustmem.types.Ty;

/**
 * rustc's MoveData: the move paths of a body (a local, or a field, variant or Box content of a path, as deep
 * as a value can be moved out: not through a reference or an index), every move out of a path and every
 * initialization of one, by location.
 */
final class MoveData {
    record MovePath(Place place, int parent, Ty ty) {}

    record MoveOut(int path, int loc, Span span) {}

    record Init(int path, int loc, Span span) {}

    final Mir.Body body;
    final List<MovePath> paths = new ArrayList<>();
    final List<List<Integer>> children = new ArrayList<>();
    private final Map<Place, Integer> byPlace = new HashMap<>();
    final List<MoveOut> moves = new ArrayList<>();
    final List<Init> inits = new ArrayList<>();
    final Map<Integer, List<Integer>> movesAt = new HashMap<>();
    final Map<Integer, List<Integer>> initsAt = new HashMap<>();

    MoveData(Mir.Body body) {
        this.body = body;
        for (int l = 0; l < body.locals.size(); l++) add(Place.local(l), -1, body.locals.get(l).ty());
    }

    private int add(Place p, int parent, Ty ty) {
        int i = paths.size();
        paths.add(new MovePath(p, parent, ty));
        children.add(new ArrayList<>());
        if (parent >= 0) children.get(parent).add(i);
        byPlace.put(p, i);
        return i;
    }

    /** The path of the longest prefix of place that has one (made as deep as moves can go). */
    int pathFor(Place place) {
        int cur = place.local();
        Ty t = body.locals.get(cur).ty();
        Place prefix = Place.local(cur);
        for (Proj p : place.projection()) {
            boolean movable = switch (p) {
                case Proj.Deref d -> PlaceTy.isBox(t);
                case Proj.Field f -> !(t instanceof Ty.Adt a && a.def().isUnion());
                case Proj.Downcast d -> true;
                case Proj.ConstantIndex c -> t instanceof Ty.Array;
                default -> false;
            };
            if (!movable) return cur;
            prefix = prefix.project(p);
            t = PlaceTy.project(t, p);
            Integer next = byPlace.get(prefix);
            cur = next != null ? next : add(prefix, cur, t);
        }
        return cur;
    }

    /** Whether pathFor(place) is place itself. */
    boolean exact(Place place, int path) { return paths.get(path).place().equals(place); }

    void recordMove(int path, int loc, Span span) {
        movesAt.computeIfAbsent(loc, k -> new ArrayList<>()).add(moves.size());
        moves.add(new MoveOut(path, loc, span));
    }

    void recordInit(int path, int loc, Span span) {
        initsAt.computeIfAbsent(loc, k -> new ArrayList<>()).add(inits.size());
        inits.add(new Init(path, loc, span));
    }

    /** path and every path below it. */
    void withDescendants(int path, java.util.function.IntConsumer f) {
        f.accept(path);
        for (int c : children.get(path)) withDescendants(c, f);
    }

    boolean isAncestorOrSelf(int ancestor, int path) {
        for (int p = path; p >= 0; p = paths.get(p).parent()) if (p == ancestor) return true;
        return false;
    }
}
