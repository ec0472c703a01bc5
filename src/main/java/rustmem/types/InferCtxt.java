package rustmem.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The unknowns of one type-checking context (rustc's {@code InferCtxt}): type, integer and float variables,
 * their unification (an integer variable only with integer types, a float variable with float types), and
 * snapshots to try a unification and take it back.
 */
public final class InferCtxt {
    /** Per variable: the type it was unified with (null while unknown), its kind, and its union-find parent. */
    private final List<Ty> values = new ArrayList<>();
    private final List<Ty.InferKind> kinds = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<Boolean> diverging = new ArrayList<>();
    /** Undo log: each entry restores one variable's value or parent. */
    private final List<long[]> undo = new ArrayList<>();
    private final List<Object> undoValues = new ArrayList<>();
    private int snapshots;

    /** State kept beside the variables that a rollback restores too (the pending obligations). */
    public interface SnapshotParticipant {
        Object save();

        void restore(Object saved);
    }

    private final List<SnapshotParticipant> participants = new ArrayList<>();
    private final java.util.ArrayDeque<Object[]> saved = new java.util.ArrayDeque<>();

    public void addParticipant(SnapshotParticipant p) { participants.add(p); }

    public Ty newVar() { return newVar(Ty.InferKind.TY); }

    public Ty newVar(Ty.InferKind kind) {
        int id = values.size();
        values.add(null);
        kinds.add(kind);
        parents.add(id);
        diverging.add(false);
        return new Ty.Infer(id, kind);
    }

    /** A variable for the type of an expression that never produces a value (it falls back to `!`). */
    public Ty newDivergingVar() {
        Ty v = newVar();
        diverging.set(((Ty.Infer) v).id(), true);
        return v;
    }

    public int varCount() { return values.size(); }

    private int root(int id) {
        int p = parents.get(id);
        while (p != id) {
            id = p;
            p = parents.get(id);
        }
        return id;
    }

    public Ty.InferKind kindOf(Ty.Infer v) { return kinds.get(root(v.id())); }

    /** The roots of the variables unified with a diverging one (as rustc's diverging fallback finds them). */
    public java.util.BitSet divergingRoots() {
        java.util.BitSet out = new java.util.BitSet();
        for (int i = 0; i < diverging.size(); i++) if (diverging.get(i)) out.set(root(i));
        return out;
    }

    /** The type a variable stands for as far as known: its value, or its representative variable. */
    public Ty shallowResolve(Ty t) {
        while (t instanceof Ty.Infer v) {
            int r = root(v.id());
            Ty value = values.get(r);
            if (value == null) return r == v.id() && kinds.get(r) == v.kind() ? v : new Ty.Infer(r, kinds.get(r));
            t = value;
        }
        return t;
    }

    /** The type with every known variable replaced by its value. */
    public Ty resolve(Ty t) {
        if (!t.hasInfer()) return t;
        return t.fold(x -> x instanceof Ty.Infer ? resolveVar(x) : x);
    }

    private Ty resolveVar(Ty x) {
        Ty s = shallowResolve(x);
        return s instanceof Ty.Infer ? s : resolve(s);
    }

    public TraitRef resolve(TraitRef t) { return t.fold(x -> x instanceof Ty.Infer ? resolveVar(x) : x); }

    public Predicate resolve(Predicate p) { return p.fold(x -> x instanceof Ty.Infer ? resolveVar(x) : x); }

    public FnSig resolve(FnSig s) { return s.fold(x -> x instanceof Ty.Infer ? resolveVar(x) : x); }

    // ------------------------------------------------------------------ snapshots

    /** Starts recording changes; {@link #rollbackTo} undoes them, {@link #commit} keeps them. */
    public int snapshot() {
        snapshots++;
        Object[] states = new Object[participants.size()];
        for (int i = 0; i < states.length; i++) states[i] = participants.get(i).save();
        saved.push(states);
        return undo.size();
    }

    public void rollbackTo(int mark) {
        Object[] states = saved.pop();
        for (int i = 0; i < states.length; i++) participants.get(i).restore(states[i]);
        while (undo.size() > mark) {
            long[] e = undo.remove(undo.size() - 1);
            Object old = undoValues.remove(undoValues.size() - 1);
            int id = (int) e[1];
            switch ((int) e[0]) {
                case 0 -> values.set(id, (Ty) old);
                case 1 -> parents.set(id, (Integer) old);
                case 2 -> kinds.set(id, (Ty.InferKind) old);
                default -> throw new IllegalStateException();
            }
        }
        snapshots--;
    }

    public void commit(int mark) {
        saved.pop();
        snapshots--;
        if (snapshots == 0) {
            undo.clear();
            undoValues.clear();
        }
    }

    /** Runs body in a snapshot: kept when it returns true, undone when it returns false. */
    public boolean probe(java.util.function.BooleanSupplier body) {
        int mark = snapshot();
        boolean ok = body.getAsBoolean();
        if (ok) commit(mark);
        else rollbackTo(mark);
        return ok;
    }

    /** Runs body and undoes whatever it unified, returning its answer. */
    public <T> T tryThenUndo(java.util.function.Supplier<T> body) {
        int mark = snapshot();
        try {
            return body.get();
        } finally {
            rollbackTo(mark);
        }
    }

    private void setValue(int id, Ty t) {
        if (snapshots > 0) {
            undo.add(new long[] {0, id});
            undoValues.add(values.get(id));
        }
        values.set(id, t);
    }

    private void setParent(int id, int parent) {
        if (snapshots > 0) {
            undo.add(new long[] {1, id});
            undoValues.add(parents.get(id));
        }
        parents.set(id, parent);
    }

    private void setKind(int id, Ty.InferKind k) {
        if (snapshots > 0) {
            undo.add(new long[] {2, id});
            undoValues.add(kinds.get(id));
        }
        kinds.set(id, k);
    }

    // ------------------------------------------------------------------ unification

    /** Makes a and b the same type if they can be; on failure some variables may be bound (use a snapshot). */
    public boolean unify(Ty x0, Ty y0) {
        Ty a = shallowResolve(x0);
        Ty b = shallowResolve(y0);
        if (a == b || a.equals(b)) return true;
        if (a instanceof Ty.Error || b instanceof Ty.Error) return true;
        if (a instanceof Ty.Infer va) return bindVar(va, b);
        if (b instanceof Ty.Infer vb) return bindVar(vb, a);
        return switch (a) {
            case Ty.Adt x when b instanceof Ty.Adt y -> x.def().equals(y.def()) && unifyAll(x.args(), y.args());
            case Ty.Array x when b instanceof Ty.Array y -> unify(x.element(), y.element()) && unify(x.length(), y.length());
            case Ty.Slice x when b instanceof Ty.Slice y -> unify(x.element(), y.element());
            case Ty.RawPtr x when b instanceof Ty.RawPtr y -> x.mutable() == y.mutable() && unify(x.pointee(), y.pointee());
            case Ty.Ref x when b instanceof Ty.Ref y -> x.mutable() == y.mutable() && unify(x.pointee(), y.pointee());
            case Ty.FnDef x when b instanceof Ty.FnDef y -> x.def().equals(y.def()) && unifyAll(x.args(), y.args());
            case Ty.FnPtr x when b instanceof Ty.FnPtr y -> unifySig(x.sig(), y.sig());
            case Ty.Closure x when b instanceof Ty.Closure y -> x.def().equals(y.def()) && unifyAll(x.args(), y.args());
            case Ty.Tuple x when b instanceof Ty.Tuple y -> unifyAll(x.elements(), y.elements());
            case Ty.Alias x when b instanceof Ty.Alias y -> x.kind() == y.kind() && x.def().equals(y.def()) && unifyAll(x.args(), y.args());
            case Ty.Dynamic x when b instanceof Ty.Dynamic y -> java.util.Objects.equals(x.principal(), y.principal())
                && x.autoTraits().equals(y.autoTraits()) && unifyAll(x.args(), y.args()) && unifyBindings(x, y);
            default -> false;
        };
    }

    private boolean unifyBindings(Ty.Dynamic x, Ty.Dynamic y) {
        if (x.bindings().size() != y.bindings().size()) return false;
        for (int i = 0; i < x.bindings().size(); i++) {
            if (!x.bindings().get(i).assoc().equals(y.bindings().get(i).assoc())) return false;
            if (!unify(x.bindings().get(i).ty(), y.bindings().get(i).ty())) return false;
        }
        return true;
    }

    public boolean unifySig(FnSig x, FnSig y) {
        return x.unsafe() == y.unsafe() && x.abi().equals(y.abi()) && unifyAll(x.inputs(), y.inputs()) && unify(x.output(), y.output());
    }

    public boolean unifyAll(List<Ty> xs, List<Ty> ys) {
        if (xs.size() != ys.size()) return false;
        for (int i = 0; i < xs.size(); i++) if (!unify(xs.get(i), ys.get(i))) return false;
        return true;
    }

    private boolean bindVar(Ty.Infer v, Ty t) {
        int r = root(v.id());
        Ty.InferKind k = kinds.get(r);
        if (t instanceof Ty.Infer w) {
            int rw = root(w.id());
            if (rw == r) return true;
            Ty.InferKind kw = kinds.get(rw);
            Ty.InferKind merged;
            if (k == kw) merged = k;
            else if (k == Ty.InferKind.TY) merged = kw;
            else if (kw == Ty.InferKind.TY) merged = k;
            else return false;   // an integer and a float variable
            setParent(r, rw);
            if (kinds.get(rw) != merged) setKind(rw, merged);
            return true;
        }
        switch (k) {
            case INT -> { if (!(t instanceof Ty.Int)) return false; }
            case FLOAT -> { if (!(t instanceof Ty.Float)) return false; }
            case TY -> { if (occurs(r, t)) return false; }
        }
        setValue(r, t);
        return true;
    }

    private boolean occurs(int root, Ty t) {
        return t.any(x -> x instanceof Ty.Infer w && root(w.id()) == root);
    }

    /** Whether the two types could be unified, without unifying them. */
    public boolean canUnify(Ty a, Ty b) { return tryThenUndo(() -> unify(a, b)); }

    /** The variables still unknown after resolving a type. */
    public List<Ty.Infer> unresolvedVars(Ty t) {
        List<Ty.Infer> out = new ArrayList<>();
        resolve(t).any(x -> {
            if (x instanceof Ty.Infer v && !out.contains(v)) out.add(v);
            return false;
        });
        return out;
    }

    /** Every variable's representative that is still unknown. */
    public List<Ty.Infer> allUnresolved() {
        List<Ty.Infer> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (root(i) == i && values.get(i) == null) out.add(new Ty.Infer(i, kinds.get(i)));
        }
        return out;
    }

    /** Binds a variable outright (integer and float fallback, `!` fallback). */
    public void fallback(Ty.Infer v, Ty t) { unify(v, t); }
}
