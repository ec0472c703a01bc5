package rustmem.interp;

/**
 * The nodes a traced run adds around the program's own statements, terminators and moves: they tell the
 * {@link TraceSupport} where the program is and what happens to its variables. An untraced run's bodies have
 * none of them.
 */
final class TraceNodes {
    private TraceNodes() {}

    /** A statement on a program line; an assignment to a whole variable makes it live. */
    static final class Stmt extends Statements.Stmt {
        final TraceSupport trace;
        final Statements.Stmt inner;
        final int line;
        final rustmem.source.Span span;
        final int assigned;

        Stmt(TraceSupport trace, Statements.Stmt inner, rustmem.source.Span span, int assigned) {
            this.trace = trace;
            this.inner = inner;
            this.span = span;
            this.line = trace.line(span);
            this.assigned = assigned;
        }

        @Override
        void exec(Frame f) {
            trace.line(f, line, span);
            if (inner != null) inner.exec(f);
            if (assigned >= 0) trace.assigned(f, assigned);
        }
    }

    /** A variable's storage beginning or ending (at the line of its scope's end: the closing brace is a step). */
    static final class Storage extends Statements.Stmt {
        final TraceSupport trace;
        final Statements.Stmt inner;
        final int local;
        final boolean live;
        final int line;
        final rustmem.source.Span span;

        Storage(TraceSupport trace, Statements.Stmt inner, int local, boolean live, rustmem.source.Span span) {
            this.trace = trace;
            this.inner = inner;
            this.local = local;
            this.live = live;
            this.span = span;
            this.line = span == null ? 0 : trace.line(span);
        }

        @Override
        void exec(Frame f) {
            trace.line(f, line, span);
            if (inner != null) inner.exec(f);
            trace.storage(f, local, live);
        }
    }

    /**
     * A terminator on a program line; after a call the frame resumes its line, and the call's result written to a
     * whole variable makes it live.
     */
    static final class Term extends Terminators.Term {
        final TraceSupport trace;
        final Terminators.Term inner;
        final int line;
        final rustmem.source.Span span;
        final int assigned;
        final boolean call;

        Term(TraceSupport trace, Terminators.Term inner, rustmem.source.Span span, int assigned, boolean call) {
            this.trace = trace;
            this.inner = inner;
            this.span = span;
            this.line = trace.line(span);
            this.assigned = assigned;
            this.call = call;
        }

        @Override
        int exec(Frame f) {
            trace.line(f, line, span);
            int next = inner.exec(f);
            if (call) trace.resumed(f);
            if (assigned >= 0) trace.assigned(f, assigned);
            return next;
        }
    }

    /** A move out of a whole variable: the binding becomes invalid. */
    static final class Move extends Operands.Delegating {
        final TraceSupport trace;
        final int local;

        Move(TraceSupport trace, Operands.Opnd inner, int local) {
            super(inner);
            this.trace = trace;
            this.local = local;
        }

        @Override
        void used(Frame f) {
            inner.used(f);
            trace.moved(f, local);
        }
    }
}
