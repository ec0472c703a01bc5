package rustmem.borrowck;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rustmem.ir.Mir;
import rustmem.ir.Visit;
import rustmem.ir.Mir.Operand;
import rustmem.ir.Mir.Place;
import rustmem.ir.Mir.Proj;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * Borrow checking of one body's MIR (rustc_borrowck's MirBorrowckCtxt): every location is visited with the
 * dataflow states before it — move paths that may be uninitialized, moves that may reach it, locals ever
 * initialized, loans in scope and the loans live locals hold — and each access of a place is checked:
 * initialized (E0382, E0381), assignable (E0384, E0594, E0596), movable (E0507, E0508, E0509), and not in
 * conflict with a live loan (E0499, E0502, E0503, E0505, E0506, E0597, E0716, E0515, E0373).
 */
final class MirBorrowck {
    /** RESERVE: a two-phase `&mut` made (in conflict with mutable loans only, until its use). */
    enum Access { READ, MOVE, SHARED_BORROW, MUT_BORROW, RESERVE, ASSIGN, STORAGE_DEAD, DROP }

    final TyCtxt tcx;
    final Mir.Body body;
    final BodyIndex idx;
    final MoveData md;
    final boolean closureBody;
    final BorrowckErrors errors;
    final rustmem.ir.build.TypeFacts facts;
    private final DropCheck dropCheck;
    private final Signatures sigs;
    /** Temporaries that become a closure's captures. */
    private final BitSet captures = new BitSet();
    private Dataflow uninit, reachingMoves, everInit;
    private Loans loans;
    private Liveness liveness;
    /**
     * The variables of a `let` whose type annotation names a lifetime (`let y: &'a i32 = &x;`): that lifetime is
     * the signature's (or `'static`), so what they borrow must stay borrowed to the end of the function, as
     * rustc's type annotation constraints require (E0597 "type annotation requires that `x` is borrowed for `'a`").
     */
    private BitSet annotatedOutliving() {
        BitSet out = new BitSet();
        if (body.closure != null || !(tcx.defs.node(body.def) instanceof rustmem.syntax.ast.Item item)
            || !(item.kind() instanceof rustmem.syntax.ast.Item.Fn fn) || fn.body() == null) return out;
        List<rustmem.source.Span> patterns = new java.util.ArrayList<>();
        rustmem.syntax.ast.AstWalk.walk(fn.body(), n -> {
            if (n instanceof rustmem.syntax.ast.Stmt.Let let && let.type() != null && namesLifetime(let.type())) patterns.add(let.pat().span());
            return !(n instanceof rustmem.syntax.ast.Expr.Closure);
        });
        for (int l = 1; l < body.locals.size(); l++) {
            Mir.LocalDecl d = body.locals.get(l);
            if (d.name() == null || d.span() == null) continue;
            for (rustmem.source.Span p : patterns) if (d.span().lo() >= p.lo() && d.span().hi() <= p.hi()) out.set(l);
        }
        return out;
    }

    private static boolean namesLifetime(rustmem.syntax.ast.Type t) {
        boolean[] found = {false};
        rustmem.syntax.ast.AstWalk.walk(t, n -> {
            if (n instanceof rustmem.syntax.ast.Lifetime lt && !lt.name().equals("'_")) found[0] = true;
            return !found[0];
        });
        return found[0];
    }

    /** Temporaries promoted to statics (see {@link #promotable}). */
    private BitSet promoted;

    MirBorrowck(TyCtxt tcx, Mir.Body body, DropCheck dropCheck, Signatures sigs) {
        this.tcx = tcx;
        this.body = body;
        this.idx = new BodyIndex(body);
        this.md = new MoveData(body);
        this.closureBody = body.closure != null;
        this.dropCheck = dropCheck;
        this.sigs = sigs;
        this.errors = new BorrowckErrors(tcx, this);
        rustmem.resolve.DefId owner = body.def;
        if (tcx.kind(owner) == rustmem.resolve.DefKind.CLOSURE) owner = tcx.closureOwner(owner);
        this.facts = new rustmem.ir.build.TypeFacts(tcx, owner);
        for (Mir.BasicBlock b : body.blocks) {
            for (Mir.Statement st : b.statements) {
                if (st instanceof Mir.Assign a && a.rvalue() instanceof Mir.Aggregate ag && ag.kind() instanceof Mir.AggregateKind.Closure) {
                    for (Operand o : ag.operands()) if (o instanceof Mir.Move m && m.place().isLocal()) captures.set(m.place().local());
                }
            }
        }
    }

    /** Whether the body is a const's or static's initializer (its value is interned: what it borrows is 'static). */
    private boolean constInitializer() {
        if (body.closure != null) return false;
        var k = tcx.kind(body.def);
        return k == rustmem.resolve.DefKind.CONST || k == rustmem.resolve.DefKind.STATIC || k == rustmem.resolve.DefKind.ASSOC_CONST;
    }

    /**
     * A const initializer's temporaries: rustc extends them all to 'static (`const UNITS: &[(&str, f64)] = &[("F",
     * 5.0 / 9.0)]`, `const V: &Vec<i32> = &Vec::new()`), promotable or not; a `let` variable of it is not.
     */
    private BitSet temporaries() {
        BitSet t = new BitSet();
        for (int l = body.argCount + 1; l < body.locals.size(); l++) if (body.locals.get(l).name() == null) t.set(l);
        return t;
    }

    /** Whether a loan borrows a promoted constant, or a const initializer's temporary (never dies). */
    private boolean isStatic(Loans.Loan loan) { return loan.place().isLocal() && promoted.get(loan.place().local()); }

    /** A move of a value of a Copy type is a copy (MIR building moves out of temporaries whatever their type). */
    boolean isMove(Place p) { return !facts.isCopy(PlaceTy.of(body, p)); }

    List<Diagnostic> check() {
        gather();
        BitSet start = new BitSet();
        for (int l = 0; l < body.locals.size(); l++) if (l == 0 || l > body.argCount) md.withDescendants(l, start::set);
        uninit = new Dataflow(idx, start, this::uninitTransfer);
        reachingMoves = new Dataflow(idx, new BitSet(), this::movesTransfer);
        BitSet args = new BitSet();
        for (int l = 1; l <= body.argCount; l++) args.set(l);
        everInit = new Dataflow(idx, args, this::everInitTransfer);
        BitSet outliving = annotatedOutliving();
        loans = new Loans(tcx, sigs, idx, outliving);
        promoted = constInitializer() ? temporaries() : rustmem.ir.Promotion.promotable(body);
        liveness = new Liveness(idx, l -> dropCheck.dropUses(body.locals.get(l).ty()), outliving);
        Dataflow[] flows = {uninit, reachingMoves, everInit, loans.inScope, loans.flow};
        for (int b : idx.reversePostorder()) {
            // the states before each location of the block, stepped forward from its entry
            uninitHere = (BitSet) uninit.entry[b].clone();
            movesHere = (BitSet) reachingMoves.entry[b].clone();
            everInitHere = (BitSet) everInit.entry[b].clone();
            scopeHere = (BitSet) loans.inScope.entry[b].clone();
            flowHere = (BitSet) loans.flow.entry[b].clone();
            BitSet[] states = {uninitHere, movesHere, everInitHere, scopeHere, flowHere};
            for (int loc = idx.blockStart[b]; loc < idx.blockStart[b + 1]; loc++) {
                visit(loc);
                for (int i = 0; i < flows.length; i++) flows[i].step(states[i], loc);
            }
        }
        universalRegions();
        return errors.sorted();
    }

    // ------------------------------------------------------------------ moves and initializations

    private void gather() {
        for (int loc = 0; loc < idx.size; loc++) {
            final int at = loc;
            Mir.Statement st = idx.statement(loc);
            if (st != null) {
                if (st instanceof Mir.Assign a) {
                    Visit.rvalue(a.rvalue(), p -> md.pathFor(p));
                    Visit.operands(a.rvalue(), o -> {
                        if (!(o instanceof Mir.Move m) || !isMove(m.place())) return;
                        recordMove(m.place(), at, a.span());
                    });
                    int path = md.pathFor(a.place());
                    if (md.exact(a.place(), path)) md.recordInit(path, loc, a.span());
                }
                continue;
            }
            switch (idx.terminator(loc)) {
                case Mir.Call c -> {
                    for (int i = 0; i < c.args().size(); i++) {
                        if (c.args().get(i) instanceof Mir.Move m && isMove(m.place())) recordMove(m.place(), loc, c.argSpan(i));
                    }
                    if (c.func() instanceof Mir.Move m && isMove(m.place())) recordMove(m.place(), loc, c.span());
                    int path = md.pathFor(c.destination());
                    if (md.exact(c.destination(), path)) md.recordInit(path, loc, c.span());
                }
                default -> { }
            }
        }
    }

    /** A move out of a place that has a move path (a move out of a borrow or an index is an error, not a move). */
    private void recordMove(Place p, int at, Span span) {
        int path = md.pathFor(p);
        if (md.exact(p, path)) md.recordMove(path, at, span);
    }

    private void uninitTransfer(BitSet s, int loc) {
        for (int m : md.movesAt.getOrDefault(loc, List.of())) md.withDescendants(md.moves.get(m).path(), s::set);
        for (int i : md.initsAt.getOrDefault(loc, List.of())) md.withDescendants(md.inits.get(i).path(), s::clear);
        Mir.Statement st = idx.statement(loc);
        if (st instanceof Mir.StorageDead d) md.withDescendants(d.local(), s::set);
        if (st == null && idx.terminator(loc) instanceof Mir.Drop d) {
            int p = md.pathFor(d.place());
            if (md.exact(d.place(), p)) md.withDescendants(p, s::set);
        }
    }

    private void movesTransfer(BitSet s, int loc) {
        for (int i : md.initsAt.getOrDefault(loc, List.of())) killMoves(s, md.inits.get(i).path());
        if (idx.statement(loc) instanceof Mir.StorageDead d) killMoves(s, d.local());
        for (int m : md.movesAt.getOrDefault(loc, List.of())) s.set(m);
    }

    private void killMoves(BitSet s, int path) {
        for (int m = s.nextSetBit(0); m >= 0; m = s.nextSetBit(m + 1)) {
            if (md.isAncestorOrSelf(path, md.moves.get(m).path())) s.clear(m);
        }
    }

    private void everInitTransfer(BitSet s, int loc) {
        for (int i : md.initsAt.getOrDefault(loc, List.of())) {
            MoveData.MovePath p = md.paths.get(md.inits.get(i).path());
            s.set(p.place().local());
        }
        if (idx.statement(loc) instanceof Mir.StorageDead d) s.clear(d.local());
    }

    // ------------------------------------------------------------------ the visit

    /** The dataflow states before the location visited. */
    private BitSet uninitHere, movesHere, everInitHere, scopeHere, flowHere;
    /** The loans active there (computed when first asked). */
    private BitSet activeHere;
    private int loc;
    /** The loan being created at the location visited (not in conflict with itself). */
    private int visiting;

    private void visit(int loc) {
        this.loc = loc;
        activeHere = null;
        visiting = -1;
        Mir.Statement st = idx.statement(loc);
        if (st != null) {
            visitStatement(st);
            return;
        }
        Mir.Terminator t = idx.terminator(loc);
        switch (t) {
            case Mir.SwitchInt sw -> operand(sw.discr(), sw.span());
            case Mir.Assert a -> operand(a.cond(), a.span());
            case Mir.Call c -> {
                operand(c.func(), c.span());
                for (int i = 0; i < c.args().size(); i++) {
                    Operand o = c.args().get(i);
                    operand(o, c.argSpan(i));
                    activateTwoPhase(o, c.argSpan(i));
                }
                staticArgs(c);
                write(c.destination(), c.span());
            }
            case Mir.Drop d -> access(d.place(), isReplace(d) ? Access.ASSIGN : Access.DROP, d.span());
            case Mir.Return r -> returned(r.span());
            default -> { }
        }
    }

    private void visitStatement(Mir.Statement st) {
        switch (st) {
            case Mir.Assign a -> {
                Span s = a.span();
                switch (a.rvalue()) {
                    case Mir.Ref r -> {
                        visiting = loans.byLoc.get(loc).index();
                        requireInit(r.place(), s, true);
                        // a closure capturing a `&mut` variable by unique borrow needs no `mut` binding
                        boolean uniqueCapture = captures.get(a.place().local()) && r.place().isLocal()
                            && body.locals.get(r.place().local()).ty() instanceof Ty.Ref ref && ref.mutable();
                        if (r.mutable() && !uniqueCapture) mutability(r.place(), s, true);
                        access(r.place(), !r.mutable() ? Access.SHARED_BORROW : r.twoPhase() ? Access.RESERVE : Access.MUT_BORROW, s);
                    }
                    case Mir.RawPtr r -> requireInit(r.place(), s, true);
                    case Mir.Len l -> {
                        requireInit(l.place(), s, false);
                        access(l.place(), Access.READ, s);
                    }
                    case Mir.Discriminant d -> {
                        requireInit(d.place(), s, false);
                        access(d.place(), Access.READ, s);
                    }
                    default -> Visit.operands(a.rvalue(), o -> operand(o, s));
                }
                if (a.rvalue() instanceof Mir.Use u) activateTwoPhase(u.operand(), s);
                if (a.rvalue() instanceof Mir.Cast c) activateTwoPhase(c.operand(), s);
                write(a.place(), s);
            }
            case Mir.StorageDead d -> access(Place.local(d.local()), Access.STORAGE_DEAD, d.span());
            default -> { }
        }
    }

    private void operand(Operand o, Span s) {
        if (o instanceof Mir.Copy c) {
            requireInit(c.place(), s, false);
            access(c.place(), Access.READ, s);
        } else if (o instanceof Mir.Move m && !isMove(m.place())) {
            requireInit(m.place(), s, false);
            access(m.place(), Access.READ, s);
        } else if (o instanceof Mir.Move m) {
            if (!m.place().isLocal() && !movable(m.place(), s)) return;
            requireInit(m.place(), s, false);
            access(m.place(), Access.MOVE, s);
        }
    }

    /** A write of a whole place (an assignment or a call's result): initialization and mutability rules. */
    private void write(Place p, Span s) {
        if (p.isLocal()) {
            Mir.LocalDecl d = body.locals.get(p.local());
            if (d.name() != null && !d.mutable() && everInitHere.get(p.local())) errors.assignTwice(p.local(), s, lastInit(p.local()));
            access(p, Access.ASSIGN, s);   // `x = 4` while `&x` is still used: E0506
            return;
        }
        // assigning to part of a value: its base must be there and mutable
        Place base = new Place(p.local(), p.projection().subList(0, p.projection().size() - 1));
        int path = md.pathFor(base);
        if (uninitHere.get(path)) {
            BitSet reaching = movesOf(path);
            if (reaching.isEmpty()) errors.partialAssignUninit(base, s);
            else errors.useAfterMove(base, s, reaching, "assign to part of moved value", "value partially assigned here after move");
        }
        mutability(p, s, false);
        access(p, Access.ASSIGN, s);
    }

    private Span lastInit(int local) {
        for (MoveData.Init i : md.inits) if (md.paths.get(i.path()).place().local() == local && i.loc() != loc) return i.span();
        return null;
    }

    /** E0382 / E0381: the place (and for a whole use, all of it) must be initialized. */
    private void requireInit(Place p, Span s, boolean borrow) {
        int path = md.pathFor(p);
        boolean exact = md.exact(p, path);
        int[] bad = {-1};
        if (uninitHere.get(path)) bad[0] = path;
        else if (exact) md.withDescendants(path, d -> { if (bad[0] < 0 && uninitHere.get(d)) bad[0] = d; });
        // a place read through a pointer needs only the pointer
        for (int q = md.paths.get(path).parent(); q >= 0 && bad[0] < 0; q = md.paths.get(q).parent()) if (uninitHere.get(q)) bad[0] = q;
        if (bad[0] < 0) return;
        BitSet reaching = movesOf(path);
        if (reaching.isEmpty()) {
            errors.uninitialized(p, s, borrow);
            return;
        }
        boolean partial = bad[0] != path && !md.isAncestorOrSelf(bad[0], path);
        String what = borrow ? "borrow of" : "use of";
        errors.useAfterMove(p, s, reaching, what + (partial ? " partially moved value" : " moved value"),
            borrow ? "value borrowed here after " + (partial ? "partial move" : "move") : "value used here after " + (partial ? "partial move" : "move"));
    }

    /** The moves reaching here of path, of a path above it or of one below it. */
    private BitSet movesOf(int path) {
        BitSet r = new BitSet();
        for (int m = movesHere.nextSetBit(0); m >= 0; m = movesHere.nextSetBit(m + 1)) {
            int mp = md.moves.get(m).path();
            if (md.isAncestorOrSelf(mp, path) || md.isAncestorOrSelf(path, mp)) r.set(m);
        }
        return r;
    }

    /**
     * E0507 / E0508 / E0509: a value can be moved out of an owner, not out of a borrow, an index or a Drop type
     * (the innermost such projection is the one reported, as rustc does). False after an error.
     */
    private boolean movable(Place p, Span s) {
        Ty t = body.locals.get(p.local()).ty();
        List<Proj> ps = p.projection();
        int bad = -1;
        Ty badTy = null;
        for (int i = 0; i < ps.size(); i++) {
            Proj pr = ps.get(i);
            boolean illegal = switch (pr) {
                case Proj.Deref d -> !PlaceTy.isBox(t);
                case Proj.Index ix -> true;
                case Proj.ConstantIndex c -> !(t instanceof Ty.Array);
                case Proj.Subslice sub -> !(t instanceof Ty.Array);
                case Proj.Field f -> t instanceof Ty.Adt a && dropCheck.hasDropImpl(a);
                default -> false;
            };
            if (illegal) {
                bad = i;
                badTy = t;
            }
            t = PlaceTy.project(t, pr);
        }
        if (bad < 0) return true;
        if (closureBody && p.local() == 1) return false;   // a captured variable: the closure's kind says (typeck)
        switch (ps.get(bad)) {
            case Proj.Deref d -> errors.moveOutOfBorrow(p, new Place(p.local(), ps.subList(0, bad)), badTy, s);
            case Proj.Field f -> errors.moveOutOfDrop(p, badTy, s);
            default -> errors.moveOutOfIndex(p, badTy, s);
        }
        return false;
    }

    /** E0596 / E0594: a place borrowed mutably or assigned must be mutable. */
    private void mutability(Place p, Span s, boolean borrow) {
        if (closureBody && p.local() == 1) return;
        List<Proj> ps = p.projection();
        int lastDeref = -1;
        Ty t = body.locals.get(p.local()).ty();
        Ty derefBase = null;
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) instanceof Proj.Deref && !PlaceTy.isBox(t)) {
                lastDeref = i;
                derefBase = t;
            }
            t = PlaceTy.project(t, ps.get(i));
        }
        if (lastDeref < 0) {
            Mir.LocalDecl d = body.locals.get(p.local());
            if (d.name() != null && !d.mutable()) errors.notMutable(p, s, borrow, null);
            return;
        }
        Place pointer = new Place(p.local(), ps.subList(0, lastDeref));
        switch (derefBase) {
            case Ty.Ref r when !r.mutable() -> errors.notMutable(p, s, borrow, pointer);
            case Ty.RawPtr r when !r.mutable() -> errors.notMutable(p, s, borrow, pointer);
            case Ty.Ref r -> {
                // through `&mut`: the reference itself must not sit behind a shared one
                if (PlaceTy.throughPointer(body, pointer) && behindShared(pointer)) errors.notMutable(p, s, borrow, pointer);
            }
            default -> { }
        }
    }

    private boolean behindShared(Place p) {
        Ty t = body.locals.get(p.local()).ty();
        boolean shared = false;
        for (Proj pr : p.projection()) {
            if (pr instanceof Proj.Deref && t instanceof Ty.Ref r && !r.mutable()) shared = true;
            t = PlaceTy.project(t, pr);
        }
        return shared;
    }

    // ------------------------------------------------------------------ loans

    /** The loans in scope and held by a live local before this location. */
    private BitSet active() {
        if (activeHere != null) return activeHere;
        BitSet live = liveness.liveBefore(loc);
        BitSet held = new BitSet();
        for (int l = live.nextSetBit(0); l >= 0; l = live.nextSetBit(l + 1)) held.or(loans.held(flowHere, l));
        // what is stored behind a `&mut` parameter outlives the function
        for (int p = 1; p <= body.argCount; p++) {
            if (body.locals.get(p).ty() instanceof Ty.Ref r && r.mutable()) held.or(loans.inner(flowHere, p));
        }
        held.and(scopeHere);
        activeHere = held;
        return held;
    }

    private void access(Place p, Access kind, Span s) {
        if (loans.count() == 0) return;
        BitSet act = active();
        for (int l = act.nextSetBit(0); l >= 0; l = act.nextSetBit(l + 1)) {
            if (l == visiting) continue;
            Loans.Loan loan = loans.loans.get(l);
            if (kind == Access.DROP && !isStatic(loan) && Conflicts.throughDestructor(body, loan.place(), p, dropCheck::hasDropImpl)) {
                errors.borrowAcrossDestructor(loan, p, s, this::laterUse);
                continue;
            }
            if (!Conflicts.overlap(body, loan.place(), p, kind)) continue;
            // a two-phase `&mut` is a reservation (a shared borrow) while its reference is not used yet
            boolean reserved = loan.twoPhase() && loans.holds(flowHere, loan.holder(), l);
            boolean mutLoan = loan.mutable() && !reserved;
            switch (kind) {
                case READ -> { if (mutLoan) errors.useWhileMutBorrowed(p, s, loan, this::laterUse); }
                case SHARED_BORROW -> { if (mutLoan) errors.borrowConflict(p, s, false, loan, this::laterUse); }
                case MUT_BORROW -> errors.borrowConflict(p, s, true, loan, this::laterUse);
                case RESERVE -> { if (mutLoan) errors.borrowConflict(p, s, true, loan, this::laterUse); }
                case MOVE -> errors.moveWhileBorrowed(p, s, loan, this::laterUse);
                case ASSIGN -> errors.assignBorrowed(p, s, loan, this::laterUse);
                case STORAGE_DEAD, DROP -> {
                    if (isStatic(loan)) continue;
                    if (loans.holds(flowHere, 0, l) || returnedLater(loan)) errors.returnsLocal(loan, s);
                    else errors.doesNotLiveLongEnough(loan, s, this::laterUse);
                }
            }
        }
    }

    /**
     * The loans live across a call: held by a local live after it, or by what the call is passed (a value read
     * through a reference for an argument holds that reference's referent's loans only).
     */
    private BitSet activeAcross(Mir.Call c, int holder) {
        BitSet r = new BitSet();
        BitSet live = c.target() >= 0 ? (BitSet) liveness.liveBefore(idx.blockStart[c.target()]).clone() : new BitSet();
        if (c.destination().isLocal()) live.clear(c.destination().local());
        for (int l = live.nextSetBit(0); l >= 0; l = live.nextSetBit(l + 1)) r.or(loans.held(flowHere, l));
        for (Operand o : c.args()) {
            Place p = Visit.place(o);
            if (p == null || p.local() == holder) continue;
            r.or(loans.valueLoans(flowHere, p));
        }
        r.and(scopeHere);
        return r;
    }

    /** At the use of a two-phase `&mut` reference: its loan becomes a mutable borrow, checked now. */
    private void activateTwoPhase(Operand o, Span s) {
        if (!(o instanceof Mir.Move m) || !m.place().isLocal()) return;
        for (Loans.Loan loan : loans.loans) {
            if (!loan.twoPhase() || loan.holder() != m.place().local() || !loans.holds(flowHere, loan.holder(), loan.index())) continue;
            BitSet act = idx.terminator(loc) instanceof Mir.Call c && idx.isTerminator(loc) ? activeAcross(c, loan.holder()) : active();
            for (int l = act.nextSetBit(0); l >= 0; l = act.nextSetBit(l + 1)) {
                if (l == loan.index()) continue;
                Loans.Loan other = loans.loans.get(l);
                if (other.holder() == loan.holder() || loans.holds(flowHere, loan.holder(), l)) continue;
                if (Conflicts.overlap(body, other.place(), loan.place(), Access.MUT_BORROW)) {
                    errors.twoPhaseConflict(loan, other, s, this::laterUse);
                }
            }
        }
    }

    /** Arguments that must outlive 'static (thread::spawn's closure) hold no borrow of a local. */
    private void staticArgs(Mir.Call c) {
        RegionSig sig = sigs.ofCallee(c);
        if (sig == null || sig.staticParams.isEmpty()) return;
        for (int i : sig.staticParams) {
            if (i >= c.args().size()) continue;
            Place p = Visit.place(c.args().get(i));
            if (p == null) continue;
            BitSet held = loans.held(flowHere, p.local());
            for (int l = held.nextSetBit(0); l >= 0; l = held.nextSetBit(l + 1)) {
                Loans.Loan loan = loans.loans.get(l);
                if (loan.isUniversal() || PlaceTy.throughPointer(body, loan.place()) || isStatic(loan)) continue;
                errors.outlivesFunction(loan, PlaceTy.of(body, p), c.argSpan(i));
                return;
            }
        }
    }

    /** At return: the result holds no borrow of the function's own locals (E0515). */
    private void returned(Span s) {
        // a raw pointer carries no lifetime: returning one made from a borrow of a local is accepted (and dangles)
        if (body.locals.get(0).ty() instanceof Ty.RawPtr) return;
        BitSet held = loans.held(flowHere, 0);
        for (int l = held.nextSetBit(0); l >= 0; l = held.nextSetBit(l + 1)) {
            Loans.Loan loan = loans.loans.get(l);
            if (!loan.isUniversal() && !PlaceTy.throughPointer(body, loan.place()) && !isStatic(loan)) errors.returnsLocal(loan, s);
        }
    }

    /**
     * The function's own lifetimes: what the result holds must be allowed by the output's lifetimes, what is
     * stored behind a `&mut` parameter by that parameter's ("lifetime may not live long enough", E0621).
     */
    private void universalRegions() {
        RegionSig own = loans.own;
        if (own == null || loans.universal.isEmpty()) return;
        for (int b : idx.reversePostorder()) {
            int end = idx.blockStart[b + 1] - 1;
            if (!(idx.terminator(end) instanceof Mir.Return)) continue;
            BitSet state = loans.flow.before(end);
            BitSet result = loans.held(state, 0);
            for (int l = result.nextSetBit(0); l >= 0; l = result.nextSetBit(l + 1)) {
                Loans.Loan u = loans.loans.get(l);
                if (u.isUniversal() && !own.allows(u.universal(), own.output)) {
                    errors.lifetimeMismatch(u, own.output, firstHeld(0, l), true);
                }
            }
            for (int p = 1; p <= body.argCount && p <= own.params.size(); p++) {
                if (!(body.locals.get(p).ty() instanceof Ty.Ref r && r.mutable())) continue;
                Set<String> allowed = own.params.get(p - 1).inner();
                BitSet stored = loans.inner(state, p);
                for (int l = stored.nextSetBit(0); l >= 0; l = stored.nextSetBit(l + 1)) {
                    Loans.Loan u = loans.loans.get(l);
                    if (u.isUniversal() && u.holder() != p && !own.allows(u.universal(), allowed)) {
                        errors.lifetimeMismatch(u, allowed, firstHeld(p, l), false);
                    }
                }
            }
        }
    }

    /** Where local first comes to hold the loan (the statement that puts it there). */
    private Span firstHeld(int local, int loan) {
        for (int b : idx.reversePostorder()) {
            BitSet s = (BitSet) loans.flow.entry[b].clone();
            for (int at = idx.blockStart[b]; at < idx.blockStart[b + 1]; at++) {
                boolean before = loans.holds(s, local, loan);
                BitSet was = (BitSet) s.clone();
                loans.flow.step(s, at);
                if (!before && loans.holds(s, local, loan)) {
                    // a call: the argument that brought the loan (a coercion's call spans the whole block)
                    if (idx.statement(at) == null && idx.terminator(at) instanceof Mir.Call c) {
                        for (int i = 0; i < c.args().size(); i++) {
                            Place p = Visit.place(c.args().get(i));
                            if (p != null && (loans.holds(was, p.local(), loan) || loans.valueLoans(was, p).get(loan))) return c.argSpan(i);
                        }
                    }
                    return idx.span(at);
                }
            }
        }
        return body.span;
    }

    /** A Drop just before an assignment of the same place (`x = new` drops the old value first). */
    private boolean isReplace(Mir.Drop d) {
        Mir.BasicBlock next = body.blocks.get(d.target());
        return !next.statements.isEmpty() && next.statements.get(0) instanceof Mir.Assign a && a.place().equals(d.place());
    }

    /** Whether the loan's next use puts it into the return place. */
    private boolean returnedLater(Loans.Loan loan) {
        laterUse(loan);
        return laterLoc >= 0 && idx.statement(laterLoc) instanceof Mir.Assign a && a.place().local() == 0;
    }

    private int laterLoc;

    /** Where a live holder of the loan is next used after the current location, or null. */
    Span laterUse(Loans.Loan loan) {
        laterLoc = -1;
        BitSet seen = new BitSet();
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        int start = loc;
        work.add(start);
        int steps = 0;
        while (!work.isEmpty() && steps++ < 20000) {
            int at = work.poll();
            if (at != start) {
                if (seen.get(at)) continue;
                seen.set(at);
                Span u = usesHolder(at, loan);
                if (u != null) {
                    laterLoc = at;
                    return u;
                }
            }
            if (idx.isTerminator(at)) {
                for (int b : idx.successors[idx.blockOf[at]]) work.add(idx.blockStart[b]);
            } else {
                work.add(at + 1);
            }
        }
        return null;
    }

    private Span usesHolder(int at, Loans.Loan loan) {
        BitSet flow = loans.flow.before(at);
        Set<Integer> holders = new HashSet<>();
        for (int l = 0; l < body.locals.size(); l++) if (loans.holds(flow, l, loan.index())) holders.add(l);
        if (holders.isEmpty()) return null;
        boolean[] hit = {false};
        Mir.Statement st = idx.statement(at);
        if (st instanceof Mir.Assign a) {
            Visit.rvalue(a.rvalue(), p -> { if (holders.contains(p.local())) hit[0] = true; });
            if (!a.place().isLocal() && holders.contains(a.place().local()) && a.place().projection().contains(Mir.DEREF)) hit[0] = true;
            if (hit[0]) return a.span();
        } else if (st == null) {
            switch (idx.terminator(at)) {
                case Mir.Call c -> {
                    for (Operand o : c.args()) Visit.operand(o, p -> { if (holders.contains(p.local())) hit[0] = true; });
                    if (hit[0]) return c.span();
                }
                case Mir.SwitchInt sw -> {
                    Visit.operand(sw.discr(), p -> { if (holders.contains(p.local())) hit[0] = true; });
                    if (hit[0]) return sw.span();
                }
                case Mir.Drop d -> { if (holders.contains(d.place().local()) && dropCheck.dropUses(body.locals.get(d.place().local()).ty())) return d.span(); }
                default -> { }
            }
        }
        return null;
    }
}
