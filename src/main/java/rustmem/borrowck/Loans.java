package rustmem.borrowck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
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
    /** Whether a local's type can hold a borrow at all (a `u8` read through a reference holds none). */
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
        this.canHold = new boolean[nLocals];
        for (int l = 0; l < nLocals; l++) canHold[l] = Regions.mayHold(tcx, body.locals.get(l).ty());
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

    private int bit(int local, boolean inner, int loan) { return ((inner ? nLocals : 0) + local) * loans.size() + loan; }

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
        int n = loans.size();
        s.clear(bit(local, false, 0), bit(local, false, 0) + n);
        s.clear(bit(local, true, 0), bit(local, true, 0) + n);
    }

    private void add(BitSet s, int local, boolean inner, BitSet ls) {
        if (!canHold[local]) return;
        for (int l = ls.nextSetBit(0); l >= 0; l = ls.nextSetBit(l + 1)) s.set(bit(local, inner, l));
    }

    /** Writes (outer, inner) into the place's local: replacing what a whole local held, adding for a part. */
    private void write(BitSet s, Place p, BitSet out, BitSet in) {
        if (p.isLocal()) clear(s, p.local());
        add(s, p.local(), false, out);
        add(s, p.local(), true, in);
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
                int base = r.place().local();
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
        if (!out.isEmpty() || !in.isEmpty() || a.place().isLocal()) write(s, a.place(), out, in);
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
        if (!p.isLocal() && PlaceTy.throughPointer(body, p)) {
            // a value read through a reference holds what the referent holds, not the reference's own loan
            BitSet h = inner(s, p.local());
            out.or(h);
            in.or(h);
        } else {
            out.or(outer(s, p.local()));
            in.or(inner(s, p.local()));
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
            if (f == RegionSig.Flow.NONE && i == 0 && sig != null && c.func() instanceof Mir.Constant k && k.ty() instanceof Ty.FnDef fd
                && sigs.yieldsBorrows(fd, sig)) {
                // `it.next()` yields references into what the iterator borrows (what those point to is not known)
                out.or(ai);
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
