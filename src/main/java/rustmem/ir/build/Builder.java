package rustmem.ir.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.ir.Mir.Place;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.source.Span;
import rustmem.types.ClosureInfo;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;
import rustmem.types.thir.Thir;

/**
 * Builds one body's MIR from its THIR (rustc_mir_build): the control flow of blocks, loops, `if` and `match`,
 * scopes that drop their variables and temporaries in reverse order when left (normally or by break, continue
 * and return), and expressions through {@link Exprs} and patterns through {@link Matches}. Temporaries live to
 * the end of their statement (or the block, for a `let` initializer's borrowed temporary), as rustc's
 * temporary scopes say.
 */
public final class Builder {
    final TyCtxt tcx;
    final Thir.Body thir;
    final TypeFacts facts;
    final List<Mir.LocalDecl> locals = new ArrayList<>();
    final List<Mir.BasicBlock> blocks = new ArrayList<>();
    /** The block statements go to now (a fresh, unreachable one after a diverging terminator). */
    int cur;
    /** MIR locals of the THIR's variables (binding ids). */
    final Map<Integer, Integer> varLocals = new HashMap<>();
    final Deque<Scope> scopes = new ArrayDeque<>();
    final Deque<Breakable> breakables = new ArrayDeque<>();
    private final int returnBlock;
    final Exprs exprs;
    final Matches matches;
    /** For a closure body: how the environment (local 1) holds the closure. */
    final ClosureInfo.Kind closureKind;
    /** Whether the body's crate has edition 2024's temporary scopes (block tails, `if let`). */
    final boolean edition2024;

    /**
     * A scope's values to drop when it is left, in the order they were made, and the locals whose storage ends
     * then (its variables and temporaries: the borrow checker's end of what may be borrowed).
     */
    static final class Scope {
        final List<Integer> drops = new ArrayList<>();
        final List<Integer> storage = new ArrayList<>();
    }

    /** A loop or labeled block: where `break` and `continue` go, the value's destination, the scopes to leave. */
    record Breakable(int label, int breakBlock, int continueBlock, Place destination, int scopeDepth) {}

    private Builder(TyCtxt tcx, Thir.Body thir) {
        this.tcx = tcx;
        this.thir = thir;
        DefId owner = thir.owner();
        boolean closure = tcx.kind(owner) == DefKind.CLOSURE;
        this.facts = new TypeFacts(tcx, closure ? tcx.closureOwner(owner) : owner);
        this.closureKind = closure ? tcx.closures.get(owner).kind : null;
        this.edition2024 = tcx.res.edition(owner).atLeast(rustmem.source.Edition.E2024);
        this.cur = newBlock();
        this.returnBlock = newBlock();
        blocks.get(returnBlock).terminator = new Mir.Return(thir.span());
        this.exprs = new Exprs(this);
        this.matches = new Matches(this);
    }

    /** The MIR of a checked body (a function, constant, static or closure). */
    public static Mir.Body build(TyCtxt tcx, Thir.Body thir) {
        return new Builder(tcx, thir).buildBody();
    }

    private Mir.Body buildBody() {
        Span span = thir.span();
        newLocal(thir.returnTy(), true, null, span);
        Ty.Closure closureTy = null;
        int argCount = thir.params().size();
        if (closureKind != null) {
            closureTy = closureType();
            Ty env = switch (closureKind) {
                case FN -> new Ty.Ref(closureTy, false);
                case FN_MUT -> new Ty.Ref(closureTy, true);
                case FN_ONCE -> closureTy;
            };
            newLocal(env, false, null, span);
            argCount++;
        }
        int firstParam = locals.size();
        for (Thir.Param p : thir.params()) newLocal(p.ty(), false, null, p.pat().span());
        pushScope();   // the parameters, dropped last
        if (closureKind == ClosureInfo.Kind.FN_ONCE) scheduleDrop(1);
        for (int i = 0; i < thir.params().size(); i++) {
            int local = firstParam + i;
            Thir.Pat pat = thir.params().get(i).pat();
            scheduleDrop(local);
            if (pat instanceof Thir.Binding b && b.mode() == Thir.BindingMode.VALUE && b.sub() == null) {
                varLocals.put(b.local(), local);
                locals.set(local, new Mir.LocalDecl(b.varTy(), b.mutable(), b.name(), b.span()));
            } else {
                matches.bindIrrefutable(pat, Place.local(local));
            }
        }
        pushScope();
        exprs.into(Place.local(0), thir.value());
        // the parameters and the body's variables die at the body's closing brace
        Span body = thir.value().span();
        Span end = body != null && body.hi() > body.lo() ? new Span(body.hi() - 1, body.hi()) : span;
        popScope(end);
        popScope(end);
        gotoBlock(returnBlock);
        for (Mir.BasicBlock b : blocks) if (b.terminator == null) b.terminator = new Mir.Unreachable(span);
        return new Mir.Body(thir.owner(), List.copyOf(locals), argCount, List.copyOf(blocks), span, closureTy);
    }

    /** The closure's own type with its parent's generic parameters (its identity arguments). */
    private Ty.Closure closureType() {
        DefId parent = tcx.closureOwner(thir.owner());
        return new Ty.Closure(thir.owner(), tcx.generics(parent).identity(tcx));
    }

    // ------------------------------------------------------------------ locals and blocks

    int newLocal(Ty ty, boolean mutable, String name, Span span) {
        locals.add(new Mir.LocalDecl(ty, mutable, name, span));
        return locals.size() - 1;
    }

    /** A temporary, dropped when the innermost scope ends (if its value is still there then). */
    int newTemp(Ty ty, Span span) {
        int l = newLocal(ty, true, null, span);
        scheduleDrop(l);
        scopes.peek().storage.add(l);
        return l;
    }

    /** Where a variable bound now has its drop scheduled: a `let`'s block, else (null) the innermost scope. */
    Scope varScope;

    /** The local of a variable, made (and its drop scheduled) when first bound. */
    int varLocal(Thir.Binding b) {
        Integer l = varLocals.get(b.local());
        if (l != null) return l;
        int local = newLocal(b.varTy(), b.mutable(), b.name(), b.span());
        varLocals.put(b.local(), local);
        Scope scope = varScope != null ? varScope : scopes.peek();
        if (facts.mayNeedDrop(b.varTy())) scope.drops.add(local);
        scope.storage.add(local);
        return local;
    }

    int varLocal(int bindingId, Span span) {
        Integer l = varLocals.get(bindingId);
        if (l == null) throw new IllegalStateException("variable " + bindingId + " used before it is bound at " + span);
        return l;
    }

    int newBlock() {
        blocks.add(new Mir.BasicBlock());
        return blocks.size() - 1;
    }

    void push(Mir.Statement s) { blocks.get(cur).statements.add(s); }

    void assign(Place place, Mir.Rvalue rv, Span span) { push(new Mir.Assign(place, rv, span)); }

    /** Ends the current block; what follows goes to a fresh block that nothing jumps to (until something does). */
    void terminate(Mir.Terminator t) {
        Mir.BasicBlock b = blocks.get(cur);
        if (b.terminator == null) b.terminator = t;
        cur = newBlock();
    }

    void gotoBlock(int target) {
        Mir.BasicBlock b = blocks.get(cur);
        if (b.terminator == null) b.terminator = new Mir.Goto(target, Span.DUMMY);
    }

    /** Continues in block b (the current block must have been terminated or jump there already). */
    void startBlock(int b) { cur = b; }

    /** A terminator that continues at a new block, which becomes current. */
    int terminateTo(java.util.function.IntFunction<Mir.Terminator> make) {
        int next = newBlock();
        Mir.BasicBlock b = blocks.get(cur);
        if (b.terminator == null) b.terminator = make.apply(next);
        cur = next;
        return next;
    }

    // ------------------------------------------------------------------ scopes and drops

    void pushScope() { scopes.push(new Scope()); }

    /** Leaves the innermost scope on the normal path: its values dropped in reverse order. */
    void popScope(Span span) {
        Scope s = scopes.pop();
        emitDrops(s, span);
    }

    void scheduleDrop(int local) {
        if (facts.mayNeedDrop(locals.get(local).ty())) scopes.peek().drops.add(local);
    }

    void emitDrops(Scope s, Span span) {
        for (int i = s.drops.size() - 1; i >= 0; i--) {
            int l = s.drops.get(i);
            terminateTo(next -> new Mir.Drop(Place.local(l), next, span));
        }
        for (int i = s.storage.size() - 1; i >= 0; i--) push(new Mir.StorageDead(s.storage.get(i), span));
    }

    /** Drops what the scopes above depth hold (innermost first), for a jump out of them; they stay pushed. */
    void exitScopesTo(int depth, Span span) {
        int n = scopes.size() - depth;
        int i = 0;
        for (Scope s : scopes) {   // innermost first
            if (i++ >= n) break;
            emitDrops(s, span);
        }
    }

    // ------------------------------------------------------------------ blocks and statements

    void block(Place dest, Thir.Block b) {
        Span end = b.span().hi() > b.span().lo() ? new Span(b.span().hi() - 1, b.span().hi()) : b.span();   // the closing brace
        Breakable brk = null;
        int after = -1;
        if (b.label() >= 0) {
            after = newBlock();
            brk = new Breakable(b.label(), after, -1, dest, scopes.size());
            breakables.push(brk);
        }
        pushScope();
        for (Thir.Stmt s : b.stmts()) statement(s);
        Scope tail = null;
        if (b.expr() == null) {
            assign(dest, new Mir.Use(new Mir.Constant(Mir.ZST, Ty.UNIT)), b.span());   // a block without a tail is `()`
        } else {
            pushScope();
            exprs.into(dest, b.expr());
            // edition 2024: the tail's temporaries are dropped before the block's variables; before 2024 after
            // them, with the temporaries of the statement (or function body) the block is part of
            if (edition2024) popScope(end);
            else tail = scopes.pop();
        }
        popScope(end);
        if (tail != null) {
            if (scopes.isEmpty()) emitDrops(tail, end);
            else {
                scopes.peek().drops.addAll(tail.drops);
                scopes.peek().storage.addAll(tail.storage);
            }
        }
        if (brk != null) {
            breakables.pop();
            gotoBlock(after);
            startBlock(after);
        }
    }

    void statement(Thir.Stmt s) {
        switch (s) {
            case Thir.ExprStmt es -> {
                pushScope();
                exprs.effect(es.expr());
                popScope(es.span());
            }
            case Thir.LetStmt l -> letStmt(l);
        }
    }

    /**
     * `let`: the variables belong to the enclosing block (their drops are scheduled there), the initializer's
     * temporaries to the statement, except a borrowed temporary the variable keeps (lifetime extension).
     */
    private void letStmt(Thir.LetStmt l) {
        Scope blockScope = scopes.peek();
        if (l.init() == null) {
            matches.declareBindings(l.pat());
            return;
        }
        pushScope();
        Scope savedVarScope = varScope;
        exprs.extendInto = blockScope;
        try {
            // the pattern's variables belong to the block; those bound inside the initializer to their own scopes
            if (l.elseBlock() != null) {
                Place place = exprs.asPlace(l.init());
                int elseBlock = newBlock();
                varScope = blockScope;
                matches.test(l.pat(), place, elseBlock);
                matches.bind(l.pat(), place, false);
                varScope = savedVarScope;
                int cont = newBlock();
                gotoBlock(cont);
                startBlock(elseBlock);
                exitScopesTo(scopes.size() - 1, l.span());
                varScope = savedVarScope;
                exprs.extendInto = null;
                exprs.effect(new Thir.BlockExpr(l.elseBlock()));
                terminate(new Mir.Unreachable(l.span()));
                startBlock(cont);
            } else if (l.pat() instanceof Thir.Binding b && b.mode() == Thir.BindingMode.VALUE && b.sub() == null) {
                varScope = blockScope;
                int local = varLocal(b);
                varScope = savedVarScope;
                exprs.intoExtending(Place.local(local), l.init());
            } else {
                Place place = exprs.asPlace(l.init());
                varScope = blockScope;
                matches.bind(l.pat(), place, false);
            }
        } finally {
            exprs.extendInto = null;
            varScope = savedVarScope;
        }
        popScope(l.span());
    }

    // ------------------------------------------------------------------ control flow

    Breakable findBreakable(int label) {
        for (Breakable b : breakables) if (b.label() == label) return b;
        throw new IllegalStateException("no loop or block labelled " + label);
    }

    void loop(Place dest, Thir.Loop l) {
        int header = newBlock();
        gotoBlock(header);
        startBlock(header);
        int exit = newBlock();
        breakables.push(new Breakable(l.label(), exit, header, dest, scopes.size()));
        pushScope();
        exprs.effect(l.body());
        popScope(l.span());
        gotoBlock(header);
        breakables.pop();
        startBlock(exit);
    }

    void breakExpr(Thir.Break b) {
        Breakable target = findBreakable(b.label());
        if (b.value() != null) exprs.into(target.destination(), b.value());
        exitScopesTo(target.scopeDepth(), b.span());
        gotoBlock(target.breakBlock());
        terminate(new Mir.Unreachable(b.span()));
    }

    void continueExpr(Thir.Continue c) {
        Breakable target = findBreakable(c.label());
        exitScopesTo(target.scopeDepth(), c.span());
        gotoBlock(target.continueBlock());
        terminate(new Mir.Unreachable(c.span()));
    }

    void returnExpr(Thir.Return r) {
        if (r.value() != null) exprs.into(Place.local(0), r.value());
        exitScopesTo(0, r.span());
        gotoBlock(returnBlock);
        terminate(new Mir.Unreachable(r.span()));
    }

    /**
     * `if`: the condition's temporaries are dropped before a branch runs, except those of `let` conditions,
     * which live through the `then` branch, and are dropped before `else` in edition 2024, after it before.
     */
    void ifExpr(Place dest, Thir.If i) {
        int end = newBlock();
        int elseBlock = newBlock();
        pushScope();
        condition(i.cond(), elseBlock);
        exprs.into(dest, i.then());
        Scope condScope = scopes.peek();
        emitDrops(condScope, i.span());
        gotoBlock(end);
        startBlock(elseBlock);
        if (edition2024) {
            emitDrops(condScope, i.span());
            scopes.pop();
            if (i.otherwise() != null) exprs.into(dest, i.otherwise());
        } else {
            if (i.otherwise() != null) exprs.into(dest, i.otherwise());
            popScope(i.span());
        }
        gotoBlock(end);
        startBlock(end);
    }

    /** Branches to falseBlock unless cond holds; `let` conditions test and bind their pattern. */
    void condition(Thir.Expr cond, int falseBlock) {
        switch (cond) {
            case Thir.LogicalOp l when l.and() -> {
                condition(l.lhs(), falseBlock);
                condition(l.rhs(), falseBlock);
            }
            case Thir.Let l -> {
                Place place = exprs.asPlace(l.scrutinee());
                matches.test(l.pat(), place, falseBlock);
                matches.bind(l.pat(), place, false);
            }
            default -> {
                pushScope();
                Mir.Operand op = exprs.asOperand(cond);
                int t = newLocal(Ty.BOOL, false, null, cond.span());
                assign(Place.local(t), new Mir.Use(op), cond.span());
                popScope(cond.span());
                int next = newBlock();
                terminate(new Mir.SwitchInt(new Mir.Copy(Place.local(t)), new long[] {0}, new int[] {falseBlock}, next, cond.span()));
                startBlock(next);
            }
        }
    }
}
