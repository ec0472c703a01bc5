package rustmem.borrowck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.ir.Visit;
import rustmem.ir.Mir.Operand;
import rustmem.ir.Mir.Place;
import rustmem.source.Span;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * The body's borrows (rustc's BorrowSet: one loan per `&`/`&mut` rvalue) and which loans each local may hold
 * at each point: the loans of the references in its value not behind another reference ("outer": a
 * reference's own loan, an `Option<&T>`'s), and those behind one ("inner": what a reference's referent holds).
 * Loans flow through assignments, aggregates and calls — through a call as its declared signature says
 * ({@link RegionSig}). A loan is live where a local
 * that holds it is live ({@link Liveness}): rustc's NLL regions, computed as dataflow of loans.
 */
final class Loans {
    /**
     * A borrow made at loc; or (universal != null) one of the function's own lifetimes, as a loan its parameter
     * holds on entry, whose flow into the result or into what a parameter points to must be allowed by the
     * signature (rustc's universal regions).
     */
    record Loan(int index, int loc, Place place, boolean mutable, boolean twoPhase, int holder, Span span, String universal) {
        boolean isUniversal() { return universal != null; }
    }

    /** The function's signature as regions see it (null for a closure). */
    final RegionSig own;
    /** The universal loan of each lifetime of the signature. */
    final Map<String, Integer> universal = new java.util.LinkedHashMap<>();

    final List<Loan> loans = new ArrayList<>();
    final Map<Integer, Loan> byLoc = new HashMap<>();
    private final BodyIndex idx;
    private final TyCtxt tcx;
    private final Signatures sigs;
    /** Whether each loan's place goes through a reference (an overwrite of that pointer ends the loan). */
    private boolean[] throughPointer;
    private final Mir.Body body;
    private final int nLocals;
    /**
     * A tuple local's fields as slots of their own (rustc's regions are per position of a type: `(&prog[pc],
     * stack.as_mut_slice())` lends `prog` to field 0 only): fieldSlot[local] is the first field's slot, or -1 when
     * the local is not tracked so. Slots nLocals..nSlots-1 are fields; the field loans are known while the tuple's
     * "fields unknown" bit (past every slot's bits) is clear — after an aggregate built it, not after other writes.
     */
    private final int[] fieldSlot;
    private final int[] trackedIndex;
    private final int nSlots;
    /** Whether a slot's type can hold a borrow at all (a `u8` read through a reference holds none). */
    private final boolean[] canHold;
    final Dataflow flow;
    final Dataflow inScope;

    /** Holders that keep their loans past their scope (a `let` annotated with a lifetime of the signature). */
    private final BitSet outliving;

    Loans(TyCtxt tcx, Signatures sigs, BodyIndex idx, BitSet outliving) {
        this.outliving = outliving;
        this.tcx = tcx;
        this.sigs = sigs;
        this.idx = idx;
        this.body = idx.body;
        this.nLocals = body.locals.size();
        boolean[] localHolds = new boolean[nLocals];
        for (int l = 0; l < nLocals; l++) localHolds[l] = Regions.mayHold(tcx, body.locals.get(l).ty());
        this.fieldSlot = new int[nLocals];
        this.trackedIndex = new int[nLocals];
        int slots = nLocals, tracked = 0;
        List<Boolean> fieldHolds = new ArrayList<>();
        for (int l = 0; l < nLocals; l++) {
            fieldSlot[l] = -1;
            if (!localHolds[l] || !(body.locals.get(l).ty() instanceof Ty.Tuple t) || t.elements().size() < 2) continue;
            fieldSlot[l] = slots;
            trackedIndex[l] = tracked++;
            slots += t.elements().size();
            for (Ty e : t.elements()) fieldHolds.add(Regions.mayHold(tcx, e));
        }
        this.nSlots = slots;
        this.canHold = java.util.Arrays.copyOf(localHolds, slots);
        for (int i = 0; i < fieldHolds.size(); i++) this.canHold[nLocals + i] = fieldHolds.get(i);
        for (int loc = 0; loc < idx.size; loc++) {
            if (idx.statement(loc) instanceof Mir.Assign a && a.rvalue() instanceof Mir.Ref r) {
                Loan l = new Loan(loans.size(), loc, r.place(), r.mutable(), r.twoPhase(), a.place().local(), a.span(), null);
                loans.add(l);
                byLoc.put(loc, l);
            }
        }
        this.own = body.closure == null ? sigs.of(body.def) : null;
        // `fn f<T>(x: &[T]) -> Option<T>`: a result whose declared type names no lifetime holds no borrow
        if (own != null && !own.outputHasLifetimes()) canHold[0] = false;
        if (own != null) {
            for (int i = 0; i < own.params.size() && i < body.argCount; i++) {
                for (String t : own.params.get(i).all()) {
                    if (t.startsWith("'") && !universal.containsKey(t)) {
                        universal.put(t, loans.size());
                        loans.add(new Loan(loans.size(), -1, Place.local(i + 1), false, false, i + 1, body.locals.get(i + 1).span(), t));
                    }
                }
            }
        }
        BitSet start = new BitSet();
        if (own != null) {
            for (int i = 0; i < own.params.size() && i < body.argCount; i++) {
                RegionSig.Param ps = own.params.get(i);
                if (ps.refToken() != null && universal.containsKey(ps.refToken())) start.set(bit(i + 1, false, universal.get(ps.refToken())));
                for (String t : ps.inner()) {
                    if (universal.containsKey(t)) start.set(bit(i + 1, ps.isRef(), universal.get(t)));
                }
            }
        }
        throughPointer = new boolean[loans.size()];
        for (Loan l : loans) throughPointer[l.index()] = PlaceTy.throughPointer(body, l.place());
        this.flow = new Dataflow(idx, start, this::transfer);
        this.inScope = new Dataflow(idx, new BitSet(), this::scopeTransfer);
    }

    int count() { return loans.size(); }

    private int bit(int slot, boolean inner, int loan) { return ((inner ? nSlots : 0) + slot) * loans.size() + loan; }

    /** The bit saying a tracked tuple's field slots may not hold what its fields hold. */
    private int unknownBit(int local) { return 2 * nSlots * loans.size() + trackedIndex[local]; }

    /**
     * The slot whose loans a place's value starts from: its tuple field's when the place begins with a field of a
     * tracked tuple whose fields are known, else its local's.
     */
    private int slot(BitSet s, Place p) {
        int l = p.local();
        if (fieldSlot[l] < 0 || p.projection().isEmpty() || !(p.projection().get(0) instanceof Mir.Proj.Field f) || s.get(unknownBit(l))) return l;
        return fieldSlot[l] + f.index();
    }

    /** Whether local holds the loan (outer or inner) in state s. */
    boolean holds(BitSet s, int local, int loan) { return s.get(bit(local, false, loan)) || s.get(bit(local, true, loan)); }

    /** The loans local holds (outer and inner) in state s. */
    BitSet held(BitSet s, int local) {
        BitSet r = outer(s, local);
        r.or(inner(s, local));
        return r;
    }

    /** A local's loans are a run of bits: its outer ones, and (after every local's) its inner ones. */
    BitSet outer(BitSet s, int local) { return s.get(bit(local, false, 0), bit(local, false, 0) + loans.size()); }

    BitSet inner(BitSet s, int local) { return s.get(bit(local, true, 0), bit(local, true, 0) + loans.size()); }

    private void clear(BitSet s, int local) {
        clearSlot(s, local);
        if (fieldSlot[local] < 0) return;
        int fields = ((Ty.Tuple) body.locals.get(local).ty()).elements().size();
        for (int f = 0; f < fields; f++) clearSlot(s, fieldSlot[local] + f);
        s.clear(unknownBit(local));
    }

    private void clearSlot(BitSet s, int slot) {
        int n = loans.size();
        s.clear(bit(slot, false, 0), bit(slot, false, 0) + n);
        s.clear(bit(slot, true, 0), bit(slot, true, 0) + n);
    }

    private void add(BitSet s, int slot, boolean inner, BitSet ls) {
        if (!canHold[slot] || ls.isEmpty()) return;
        for (int l = ls.nextSetBit(0); l >= 0; l = ls.nextSetBit(l + 1)) s.set(bit(slot, inner, l));
        if (slot < nLocals && fieldSlot[slot] >= 0) s.set(unknownBit(slot));   // which field holds them is not known
    }

    /**
     * Writes (outer, inner) into the place's local: replacing what a whole local held, adding for a part. A tracked
     * tuple's fields are unknown after it (assign sets them after an aggregate).
     */
    private void write(BitSet s, Place p, BitSet out, BitSet in) {
        if (p.isLocal()) clear(s, p.local());
        add(s, p.local(), false, out);
        add(s, p.local(), true, in);
        if (fieldSlot[p.local()] >= 0) s.set(unknownBit(p.local()));
    }

    private void transfer(BitSet s, int loc) {
        if (loans.isEmpty()) return;
        Mir.Statement st = idx.statement(loc);
        if (st != null) {
            switch (st) {
                case Mir.Assign a -> assign(s, a, loc);
                case Mir.StorageDead d -> { if (!outliving.get(d.local())) clear(s, d.local()); }
                default -> { }
            }
            return;
        }
        if (idx.terminator(loc) instanceof Mir.Call c) call(s, c);
    }

    private void assign(BitSet s, Mir.Assign a, int loc) {
        BitSet out = new BitSet(), in = new BitSet();
        switch (a.rvalue()) {
            case Mir.Ref r -> {
                out.set(byLoc.get(loc).index());
                int base = slot(s, r.place());
                int derefs = PlaceTy.pointerDerefs(body, r.place());
                if (derefs == 1) {
                    out.or(outer(s, base));   // `&(*r).f` lives no longer than r's referent is lent
                    in.or(inner(s, base));
                } else if (derefs > 1) {
                    out.or(inner(s, base));   // `&*(*self).name`: bounded by the inner reference
                    in.or(inner(s, base));
                } else {
                    in.or(held(s, base));   // what the borrowed value holds is behind the new reference
                }
            }
            case Mir.Use u -> operandLoans(s, u.operand(), out, in);
            case Mir.Cast c -> operandLoans(s, c.operand(), out, in);
            case Mir.Aggregate ag -> {
                for (Operand o : ag.operands()) operandLoans(s, o, out, in);
            }
            case Mir.Repeat r -> operandLoans(s, r.value(), out, in);
            default -> { }
        }
        if (a.rvalue() instanceof Mir.Use u && u.operand() instanceof Mir.Move m && m.place().isLocal()) clear(s, m.place().local());
        if (a.rvalue() instanceof Mir.Cast c && c.operand() instanceof Mir.Move m && m.place().isLocal()) clear(s, m.place().local());
        // a tuple built whole: each field slot holds what its operand held (read before the write, which clears them)
        int l = a.place().local();
        List<BitSet[]> fields = null;
        if (a.place().isLocal() && fieldSlot[l] >= 0 && a.rvalue() instanceof Mir.Aggregate ag && ag.kind() instanceof Mir.AggregateKind.Tuple) {
            fields = new ArrayList<>();
            for (Operand o : ag.operands()) {
                BitSet fo = new BitSet(), fi = new BitSet();
                operandLoans(s, o, fo, fi);
                fields.add(new BitSet[] {fo, fi});
            }
        }
        if (!out.isEmpty() || !in.isEmpty() || a.place().isLocal()) write(s, a.place(), out, in);
        if (fields != null) {
            for (int f = 0; f < fields.size(); f++) {
                add(s, fieldSlot[l] + f, false, fields.get(f)[0]);
                add(s, fieldSlot[l] + f, true, fields.get(f)[1]);
            }
            s.clear(unknownBit(l));
        }
    }

    /** The loans a value read from place holds. */
    BitSet valueLoans(BitSet s, Place p) {
        BitSet out = new BitSet(), in = new BitSet();
        operandLoans(s, new Mir.Copy(p), out, in);
        out.or(in);
        return out;
    }

    /** An operand's loans: a place read through a pointer gives what the pointee holds (all its loans, approx.). */
    private void operandLoans(BitSet s, Operand o, BitSet out, BitSet in) {
        Place p = Visit.place(o);
        if (p == null) return;
        int from = slot(s, p);
        if (!p.isLocal() && PlaceTy.throughPointer(body, p)) {
            // a value read through a reference holds what the referent holds, not the reference's own loan
            BitSet h = inner(s, from);
            out.or(h);
            in.or(h);
        } else {
            out.or(outer(s, from));
            in.or(inner(s, from));
        }
    }

    private void call(BitSet s, Mir.Call c) {
        RegionSig sig = sigs.ofCallee(c);
        Ty resultTy = PlaceTy.of(body, c.destination());
        boolean resultHolds = Regions.mayHold(tcx, resultTy);
        BitSet out = new BitSet(), in = new BitSet();
        List<BitSet> argLoans = new ArrayList<>(), argInner = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            BitSet ao = new BitSet(), ai = new BitSet();
            operandLoans(s, c.args().get(i), ao, ai);
            BitSet all = (BitSet) ao.clone();
            all.or(ai);
            argLoans.add(all);
            argInner.add(ai);
            if (!resultHolds) continue;
            RegionSig.Flow f = sig == null ? RegionSig.Flow.ALL : sig.toResult(i);
            if (i == 0 && closureByRef(c)) {
                // a closure's result cannot borrow from the closure itself (its signature has no lifetime for `self`):
                // it may hold what the closure holds, not the borrow of the closure (`(|| it.next())()`: a temporary)
                f = RegionSig.Flow.INNER;
            }
            if (i == 0 && sig != null && sig.resultIsSelfAssoc() && c.func() instanceof Mir.Constant k && k.ty() instanceof Ty.FnDef fd) {
                // `it.next()`, `it.max_by_key(f)`: a value of Self's associated type (`Self::Item`), as the impl says
                boolean byRef = sig.params.get(0).isRef();   // `&mut self` (the receiver is lent), not `self`
                if (sigs.assocFlow(fd, sig) == RegionSig.AssocFlow.POINTEE) {
                    out.or(byRef ? referentInner(s, ao, ai) : ai);   // `.copied()`'s items: what its references point to
                } else {
                    out.or(ai);   // what the iterator holds: its items borrow what it borrows, or may
                    if (!byRef) {
                        out.or(ao);
                        in.or(ai);
                    }
                }
                continue;
            }
            switch (f) {
                case ALL -> {
                    out.or(ao);
                    out.or(ai);
                    in.or(ai);
                }
                case OUTER -> out.or(ao);   // `fn as_str(&self) -> &str`: the result reborrows what the argument borrowed
                case INNER -> {             // `fn clone(&self) -> Self`: what the referent holds, not the reference's loan
                    out.or(ai);
                    in.or(ai);
                }
                case NONE -> { }
            }
        }
        if (sig != null) {
            // a value stored through a `&mut` argument (`v.push(&x)`): its loans are held by the borrowed place
            for (int j = 0; j < c.args().size(); j++) {
                for (int i = 0; i < c.args().size(); i++) {
                    if (!sig.storesInto(i, j) || argLoans.get(i).isEmpty()) continue;
                    Place pj = Visit.place(c.args().get(j));
                    if (pj == null || !(PlaceTy.of(body, pj) instanceof Ty.Ref r && Regions.mayHold(tcx, r.pointee()))) continue;
                    BitSet target = new BitSet();
                    operandLoans(s, c.args().get(j), target, new BitSet());
                    for (int l = target.nextSetBit(0); l >= 0; l = target.nextSetBit(l + 1)) {
                        Loan loan = loans.get(l);
                        // stored behind the reference (`(*v).push(x)`): what the referent holds; into a local: its own
                        if (loan.mutable() && Regions.mayHold(tcx, PlaceTy.of(body, loan.place()))) {
                            add(s, loan.place().local(), PlaceTy.throughPointer(body, loan.place()),
                                sig.storesReference(i, j) ? argLoans.get(i) : argInner.get(i));
                        }
                    }
                }
            }
        }
        for (Operand o : c.args()) if (o instanceof Mir.Move m && m.place().isLocal()) clear(s, m.place().local());
        write(s, c.destination(), out, in);
    }

    /**
     * What lies behind the references of the value a `&mut`/`&` argument borrows (its referent's inner loans), when
     * the argument's own loans are borrows of locals; else everything the referent holds (refInner).
     */
    private BitSet referentInner(BitSet s, BitSet refOuter, BitSet refInner) {
        BitSet r = new BitSet();
        for (int l = refOuter.nextSetBit(0); l >= 0; l = refOuter.nextSetBit(l + 1)) {
            Loan loan = loans.get(l);
            if (loan.isUniversal() || !loan.place().isLocal()) return refInner;
            r.or(inner(s, loan.place().local()));
        }
        return refOuter.isEmpty() ? refInner : r;
    }

    /** Whether the call is of a closure's body (`f()` where f is known) with the closure by reference (Fn, FnMut). */
    private boolean closureByRef(Mir.Call c) {
        return c.func() instanceof Mir.Constant k && k.ty() instanceof Ty.FnDef fd
            && tcx.kind(fd.def()) == rustmem.resolve.DefKind.CLOSURE && !c.args().isEmpty()
            && PlaceTy.of(body, Visit.place(c.args().get(0))) instanceof Ty.Ref;
    }

    /** Loans reaching a point: made, and not ended by their place's storage or the overwrite of a pointer they go through. */
    private void scopeTransfer(BitSet s, int loc) {
        if (loans.isEmpty()) return;
        Mir.Statement st = idx.statement(loc);
        if (st instanceof Mir.Assign a) {
            if (a.place().isLocal()) {
                int l = a.place().local();
                for (Loan loan : loans) if (loan.place().local() == l && throughPointer[loan.index()]) s.clear(loan.index());
            }
            Loan made = byLoc.get(loc);
            if (made != null) s.set(made.index());
        } else if (st instanceof Mir.StorageDead d) {
            for (Loan loan : loans) if (loan.place().local() == d.local()) s.clear(loan.index());
        }
    }
}
