package rustmem.borrowck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import rustmem.ir.Mir;
import rustmem.ir.Mir.Place;
import rustmem.ir.Mir.Proj;
import rustmem.source.Diagnostic;
import rustmem.source.Span;
import rustmem.types.AdtDef;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/** The borrow checker's diagnostics, worded as rustc's (rustc_borrowck's diagnostics module). */
final class BorrowckErrors {
    private final TyCtxt tcx;
    private final MirBorrowck cx;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    BorrowckErrors(TyCtxt tcx, MirBorrowck cx) {
        this.tcx = tcx;
        this.cx = cx;
    }

    private static int sortKey(Diagnostic d) { return d.span() == null ? Integer.MAX_VALUE : d.span().lo(); }

    /** rustc buffers a body's borrowck errors and reports them in source order. */
    List<Diagnostic> sorted() {
        List<Diagnostic> r = new ArrayList<>(errors);
        r.sort((a, b) -> Integer.compare(sortKey(a), sortKey(b)));
        return r;
    }

    private boolean once(String code, Span s, Object what) { return seen.add(code + "@" + (s == null ? 0 : s.lo()) + ":" + what); }

    private void emit(Diagnostic.Builder b) { errors.add(b.build()); }

    // ------------------------------------------------------------------ describing places

    /** A place as the user wrote it (`v`, `p.name`, `*r`, `v[..]`), or null for a temporary. */
    String describe(Place p) {
        Mir.LocalDecl d = cx.body.locals.get(p.local());
        String s = d.name();
        if (s == null) return null;
        Ty t = d.ty();
        int variant = 0;
        for (Proj pr : p.projection()) {
            switch (pr) {
                case Proj.Deref deref -> s = "*" + s;
                case Proj.Field f -> {
                    String name = fieldName(t, variant, f.index());
                    s = (s.startsWith("*") ? "(" + s + ")" : s) + "." + name;
                }
                case Proj.Downcast dc -> variant = dc.variant();
                case Proj.Index ix -> s = s + "[..]";
                case Proj.ConstantIndex ci -> s = s + "[..]";
                case Proj.Subslice sub -> s = s + "[..]";
            }
            if (!(pr instanceof Proj.Downcast)) variant = 0;
            t = PlaceTy.project(t, pr);
        }
        return s;
    }

    private static String fieldName(Ty t, int variant, int index) {
        if (t instanceof Ty.Adt a && variant < a.def().variants.size()) {
            List<AdtDef.FieldDef> fs = a.def().variants.get(variant).fields();
            if (index < fs.size()) return fs.get(index).name();
        }
        return String.valueOf(index);
    }

    private String quoted(Place p) {
        String d = describe(p);
        return d == null ? "value" : "`" + d + "`";
    }

    private String ty(Ty t) { return tcx.display(t); }

    private String copyNote(Place p) {
        String d = describe(p);
        return "move occurs because " + (d == null ? "value" : "`" + d + "`") + " has type `" + ty(PlaceTy.of(cx.body, p))
            + "`, which does not implement the `Copy` trait";
    }

    // ------------------------------------------------------------------ moves and initialization

    void useAfterMove(Place p, Span s, BitSet moves, String what, String label) {
        if (!once("E0382", s, p)) return;
        String d = describe(p);
        Diagnostic.Builder b = Diagnostic.error(what + ": " + (d == null ? "value" : "`" + d + "`")).code("E0382").span(s, label);
        for (int m = moves.nextSetBit(0); m >= 0; m = moves.nextSetBit(m + 1)) {
            MoveData.MoveOut mo = cx.md.moves.get(m);
            boolean loop = mo.loc() >= 0 && mo.span().lo() > s.lo();
            b.secondary(mo.span(), loop ? "value moved here, in previous iteration of loop" : "value moved here");
        }
        MoveData.MoveOut first = cx.md.moves.get(moves.nextSetBit(0));
        Place moved = cx.md.paths.get(first.path()).place();
        Mir.LocalDecl decl = cx.body.locals.get(moved.local());
        // rustc labels the binding with why the value moved, and offers a clone when there is one
        if (moved.isLocal() && decl.name() != null && decl.span() != null) b.secondary(decl.span(), copyNote(moved));
        else b.note(copyNote(moved));
        if (cx.facts.isClone(PlaceTy.of(cx.body, moved))) b.help("consider cloning the value if the performance cost is acceptable");
        emit(b);
    }

    void uninitialized(Place p, Span s, boolean borrow) {
        if (!once("E0381", s, p)) return;
        String d = describe(p);
        String name = d == null ? "value" : "`" + d + "`";
        Mir.LocalDecl decl = cx.body.locals.get(p.local());
        Diagnostic.Builder b = Diagnostic.error("used binding " + name + " isn't initialized").code("E0381")
            .span(s, name + " used here but it isn't initialized");
        if (decl.name() != null) b.secondary(decl.span(), "binding declared here but left uninitialized");
        emit(b);
    }

    void partialAssignUninit(Place base, Span s) {
        if (!once("E0381", s, base)) return;
        emit(Diagnostic.error("partially assigned binding " + quoted(base) + " isn't fully initialized").code("E0381")
            .span(s, quoted(base) + " partially assigned here but it isn't fully initialized"));
    }

    void assignTwice(int local, Span s, Span first) {
        if (!once("E0384", s, local)) return;
        Mir.LocalDecl d = cx.body.locals.get(local);
        boolean arg = local >= 1 && local <= cx.body.argCount;
        Diagnostic.Builder b = Diagnostic.error((arg ? "cannot assign to immutable argument `" : "cannot assign twice to immutable variable `")
            + d.name() + "`").code("E0384").span(s, arg ? "cannot assign to immutable argument" : "cannot assign twice to immutable variable");
        if (!arg && first != null) b.secondary(first, "first assignment to `" + d.name() + "`");
        b.help("consider making this binding mutable: `mut " + d.name() + "`");
        emit(b);
    }

    void moveOutOfBorrow(Place p, Place pointer, Ty pointerTy, Span s) {
        if (!once("E0507", s, p)) return;
        String d = describe(p);
        String what;
        Mir.LocalDecl pd = cx.body.locals.get(pointer.local());
        if (pd.name() == null && pointer.isLocal()) {
            what = describeTempPointer(pointerTy);
        } else {
            String kind = pointerTy instanceof Ty.Ref r && r.mutable() ? "mutable reference" : pointerTy instanceof Ty.Ref ? "shared reference" : "raw pointer";
            what = (d == null ? "a " + kind : quoted(p) + " which is behind a " + kind);
        }
        Diagnostic.Builder b = Diagnostic.error("cannot move out of " + what).code("E0507").span(s, copyNote(p));
        if (cx.facts.isClone(PlaceTy.of(cx.body, p))) b.help("consider cloning the value if the performance cost is acceptable");
        emit(b);
    }

    private String describeTempPointer(Ty pointerTy) {
        return pointerTy instanceof Ty.Ref r && r.mutable() ? "a mutable reference" : "a shared reference";
    }

    void moveOutOfIndex(Place p, Ty container, Span s) {
        if (!once("E0508", s, p)) return;
        if (container instanceof Ty.Array || container instanceof Ty.Slice) {
            String kind = container instanceof Ty.Array ? "a non-copy array" : "a non-copy slice";
            emit(Diagnostic.error("cannot move out of type `" + ty(container) + "`, " + kind).code("E0508")
                .span(s, "cannot move out of here").note(copyNote(p)).help("consider borrowing here: `&`"));
        }
    }

    void moveOutOfDrop(Place p, Ty t, Span s) {
        if (!once("E0509", s, p)) return;
        emit(Diagnostic.error("cannot move out of type `" + ty(t) + "`, which implements the `Drop` trait").code("E0509")
            .span(s, "cannot move out of here").note(copyNote(p)));
    }

    void notMutable(Place p, Span s, boolean borrow, Place pointer) {
        String code = borrow ? "E0596" : "E0594";
        if (!once(code, s, p)) return;
        String d = quoted(p);
        String head = borrow ? "cannot borrow " + d + " as mutable" : "cannot assign to " + d;
        String label = borrow ? "cannot borrow as mutable" : "cannot assign";
        Diagnostic.Builder b;
        if (pointer == null) {
            String local = cx.body.locals.get(p.local()).name();
            b = Diagnostic.error(head + (p.isLocal() ? ", as it is not declared as mutable" : ", as `" + local + "` is not declared as mutable"))
                .code(code).span(s, label);
            b.help("consider changing this to be mutable: `mut " + local + "`");
        } else {
            Ty pt = PlaceTy.of(cx.body, pointer);
            String behind = pt instanceof Ty.RawPtr ? "a `*const` pointer" : "a `&` reference";
            String pd = describe(pointer);
            b = Diagnostic.error(head + (describe(p) == null ? ", as it is behind " + behind : ", which is behind " + behind)).code(code)
                .span(s, (pd == null ? "" : "`" + pd + "` is a `&` reference, so ") + (borrow ? "the data it refers to cannot be borrowed as mutable"
                    : "the data it refers to cannot be written"));
        }
        emit(b);
    }

    // ------------------------------------------------------------------ loans

    private String loanPlace(Loans.Loan loan) { return quoted(loan.place()); }

    private void later(Diagnostic.Builder b, Loans.Loan loan, Function<Loans.Loan, Span> laterUse, String text) {
        Span u = laterUse.apply(loan);
        if (u != null) b.secondary(u, text);
    }

    void borrowConflict(Place p, Span s, boolean mutable, Loans.Loan loan, Function<Loans.Loan, Span> laterUse) {
        String code = mutable && loan.mutable() ? "E0499" : "E0502";
        if (!once(code, s, loan.index())) return;
        String d = quoted(p);
        Diagnostic.Builder b;
        if (code.equals("E0499")) {
            b = Diagnostic.error("cannot borrow " + d + " as mutable more than once at a time").code(code).span(s, "second mutable borrow occurs here")
                .secondary(loan.span(), "first mutable borrow occurs here");
            later(b, loan, laterUse, "first borrow later used here");
        } else if (mutable) {
            b = Diagnostic.error("cannot borrow " + d + " as mutable because it is also borrowed as immutable").code(code)
                .span(s, "mutable borrow occurs here").secondary(loan.span(), "immutable borrow occurs here");
            later(b, loan, laterUse, "immutable borrow later used here");
        } else {
            b = Diagnostic.error("cannot borrow " + d + " as immutable because it is also borrowed as mutable").code(code)
                .span(s, "immutable borrow occurs here").secondary(loan.span(), "mutable borrow occurs here");
            later(b, loan, laterUse, "mutable borrow later used here");
        }
        emit(b);
    }

    void twoPhaseConflict(Loans.Loan twoPhase, Loans.Loan other, Span s, Function<Loans.Loan, Span> laterUse) {
        String code = other.mutable() ? "E0499" : "E0502";
        if (!once(code, twoPhase.span(), other.index())) return;
        String d = loanPlace(twoPhase);
        Diagnostic.Builder b = other.mutable()
            ? Diagnostic.error("cannot borrow " + d + " as mutable more than once at a time").code(code).span(twoPhase.span(), "second mutable borrow occurs here")
                .secondary(other.span(), "first mutable borrow occurs here")
            : Diagnostic.error("cannot borrow " + d + " as mutable because it is also borrowed as immutable").code(code)
                .span(twoPhase.span(), "mutable borrow occurs here").secondary(other.span(), "immutable borrow occurs here");
        later(b, other, laterUse, other.mutable() ? "first borrow later used here" : "immutable borrow later used here");
        emit(b);
    }

    void useWhileMutBorrowed(Place p, Span s, Loans.Loan loan, Function<Loans.Loan, Span> laterUse) {
        if (!once("E0503", s, loan.index())) return;
        Diagnostic.Builder b = Diagnostic.error("cannot use " + quoted(p) + " because it was mutably borrowed").code("E0503")
            .span(s, "use of borrowed " + loanPlace(loan)).secondary(loan.span(), loanPlace(loan) + " is borrowed here");
        later(b, loan, laterUse, "borrow later used here");
        emit(b);
    }

    void moveWhileBorrowed(Place p, Span s, Loans.Loan loan, Function<Loans.Loan, Span> laterUse) {
        if (!once("E0505", s, loan.index())) return;
        Diagnostic.Builder b = Diagnostic.error("cannot move out of " + quoted(p) + " because it is borrowed").code("E0505")
            .span(s, "move out of " + quoted(p) + " occurs here").secondary(loan.span(), "borrow of " + loanPlace(loan) + " occurs here");
        later(b, loan, laterUse, "borrow later used here");
        emit(b);
    }

    void assignBorrowed(Place p, Span s, Loans.Loan loan, Function<Loans.Loan, Span> laterUse) {
        if (!once("E0506", s, loan.index())) return;
        Diagnostic.Builder b = Diagnostic.error("cannot assign to " + quoted(p) + " because it is borrowed").code("E0506")
            .span(s, quoted(p) + " is assigned to here but it was already borrowed").secondary(loan.span(), loanPlace(loan) + " is borrowed here");
        later(b, loan, laterUse, "borrow later used here");
        emit(b);
    }

    void doesNotLiveLongEnough(Loans.Loan loan, Span end, Function<Loans.Loan, Span> laterUse) {
        Mir.LocalDecl d = cx.body.locals.get(loan.place().local());
        if (d.name() == null) {
            if (!once("E0716", loan.span(), loan.index())) return;
            Diagnostic.Builder b = Diagnostic.error("temporary value dropped while borrowed").code("E0716")
                .span(loan.span(), "creates a temporary value which is freed while still in use")
                .secondary(end, "temporary value is freed at the end of this statement");
            later(b, loan, laterUse, "borrow later used here");
            b.help("consider using a `let` binding to create a longer lived value");
            emit(b);
            return;
        }
        if (!once("E0597", loan.span(), loan.index())) return;
        Diagnostic.Builder b = Diagnostic.error("`" + d.name() + "` does not live long enough").code("E0597")
            .span(loan.span(), "borrowed value does not live long enough").secondary(end, "`" + d.name() + "` dropped here while still borrowed");
        if (d.span() != null) b.secondary(d.span(), "binding `" + d.name() + "` declared here");
        later(b, loan, laterUse, "borrow later used here");
        emit(b);
    }

    /**
     * E0713: a borrow of data behind a value whose Drop impl runs while the borrow is still used (the drop needs
     * exclusive access to all the value reaches).
     */
    void borrowAcrossDestructor(Loans.Loan loan, Place dropped, Span drop, Function<Loans.Loan, Span> laterUse) {
        if (!once("E0713", loan.span(), loan.index())) return;
        Ty t = PlaceTy.of(cx.body, dropped);
        String what = describe(loan.place());
        Diagnostic.Builder b = Diagnostic.error("borrow may still be in use when destructor runs").code("E0713").span(loan.span(), "");
        later(b, loan, laterUse, "borrow later used here");
        String droppedName = describe(dropped);
        if (droppedName != null && what != null) {
            b.secondary(drop, "here, drop of `" + droppedName + "` needs exclusive access to `" + what + "`, because the type `"
                + withErasedLifetimes(t) + "` implements the `Drop` trait");
        }
        emit(b);
    }

    /** A type as rustc names it in borrow errors: its lifetime parameters as `'_` (`Logger<'_>`). */
    private String withErasedLifetimes(Ty t) {
        String shown = tcx.display(t);
        if (!(t instanceof Ty.Adt a)) return shown;
        rustmem.syntax.ast.Generics g = TyCtxt.astGenerics(tcx.defs.node(a.def().did));
        long n = g == null ? 0 : g.params().stream().filter(p -> p instanceof rustmem.syntax.ast.Generics.LifetimeParam).count();
        if (n == 0) return shown;
        String lts = String.join(", ", java.util.Collections.nCopies((int) n, "'_"));
        int lt = shown.indexOf('<');
        return lt < 0 ? shown + "<" + lts + ">" : shown.substring(0, lt + 1) + lts + ", " + shown.substring(lt + 1);
    }

    void returnsLocal(Loans.Loan loan, Span s) {
        if (!once("E0515", loan.span(), loan.index())) return;
        Mir.LocalDecl d = cx.body.locals.get(loan.place().local());
        boolean direct = cx.body.locals.get(0).ty() instanceof Ty.Ref;
        String what = d.name() == null ? "temporary value" : (loan.place().local() <= cx.body.argCount && loan.place().local() > 0
            ? "function parameter `" + d.name() + "`" : "local variable `" + d.name() + "`");
        if (!direct && cx.body.locals.get(0).ty() instanceof Ty.Closure) {
            emit(Diagnostic.error("closure may outlive the current function, but it borrows " + (d.name() == null ? "a value" : "`" + d.name() + "`")
                + ", which is owned by the current function").code("E0373").span(loan.span(), "may outlive borrowed value"));
            return;
        }
        emit(Diagnostic.error("cannot return " + (direct ? "reference to " : "value referencing ") + what).code("E0515")
            .span(loan.span(), "returns a " + (direct ? "reference" : "value referencing data owned by the current function") + (direct
                ? " to data owned by the current function" : "")));
    }

    /**
     * Data of a lifetime of the signature goes where another is required: E0621 when it comes from a parameter
     * whose type leaves its lifetime anonymous and a named one is required, else "lifetime may not live long enough".
     */
    void lifetimeMismatch(Loans.Loan u, Set<String> required, Span at, boolean returned) {
        if (!once("lifetime", at, u.index())) return;
        String named = required.stream().filter(t -> !t.startsWith("'#") && !t.equals("*") && t.startsWith("'")).sorted().findFirst().orElse(null);
        String param = cx.body.locals.get(u.holder()).name();
        if (u.universal().startsWith("'#") && named != null && param != null && !param.equals("self")) {
            emit(Diagnostic.error("explicit lifetime required in the type of `" + param + "`").code("E0621")
                .span(at, "lifetime `" + named + "` required"));
            return;
        }
        String from = u.universal().startsWith("'#") ? "'1" : u.universal();
        String to = named != null ? named : "'2";
        emit(Diagnostic.error("lifetime may not live long enough").span(at, returned
            ? (named != null && !from.equals("'1") ? "function was supposed to return data with lifetime `" + to + "` but it is returning data with lifetime `" + from + "`"
                : "returning this value requires that `" + from + "` must outlive `" + to + "`")
            : "argument requires that `" + from + "` must outlive `" + to + "`"));
    }

    void outlivesFunction(Loans.Loan loan, Ty argTy, Span argSpan) {
        Mir.LocalDecl d = cx.body.locals.get(loan.place().local());
        String name = d.name() == null ? "value" : "`" + d.name() + "`";
        if (argTy instanceof Ty.Closure) {
            if (!once("E0373", argSpan, loan.index())) return;
            emit(Diagnostic.error("closure may outlive the current function, but it borrows " + name + ", which is owned by the current function")
                .code("E0373").span(argSpan, "may outlive borrowed value " + name)
                .help("to force the closure to take ownership of " + name + " (and any other referenced variables), use the `move` keyword"));
            return;
        }
        if (!once("E0597", loan.span(), loan.index())) return;
        emit(Diagnostic.error(name + " does not live long enough").code("E0597").span(loan.span(), "borrowed value does not live long enough")
            .secondary(argSpan, "argument requires that " + name + " is borrowed for `'static`"));
    }
}
