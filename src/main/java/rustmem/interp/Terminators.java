package rustmem.interp;

import java.util.List;
import rustmem.ir.Mir;
import rustmem.source.Span;
import rustmem.types.Ty;

/** Compiled terminators: each runs and answers the next block (-1 to return). */
final class Terminators {
    private Terminators() {}

    abstract static class Term {
        abstract int exec(Frame f);

        /** The blocks exec may answer (besides -1), or null when it may answer any. */
        int[] successors() { return null; }
    }

    static final class Goto extends Term {
        final int target;

        Goto(int target) { this.target = target; }

        @Override
        int[] successors() { return new int[] {target}; }

        @Override
        int exec(Frame f) { return target; }
    }

    /**
     * The return of a body inlined into this one: a jump to the call's target that is not a step (a return is not one
     * where the callee has a frame of its own), so that the limits count the same steps whichever way a body runs.
     */
    static final class InlinedReturn extends Term {
        final Interpreter in;
        final int target;

        InlinedReturn(Interpreter in, int target) {
            this.in = in;
            this.target = target;
        }

        @Override
        int[] successors() { return new int[] {target}; }

        @Override
        int exec(Frame f) {
            in.steps--;   // the step every block's end counts
            return target;
        }
    }

    static final class Return extends Term {
        @Override
        int exec(Frame f) { return -1; }
    }

    static final class Unreachable extends Term {
        /** The body it is in (named in the report only: a name costs a walk of the instance's types). */
        final CompiledBody what;

        Unreachable(CompiledBody what) { this.what = what; }

        @Override
        int[] successors() { return new int[0]; }

        @Override
        int exec(Frame f) { throw new rustmem.machine.UndefinedBehavior("entering unreachable code (" + what.name() + ")"); }
    }

    static final class SwitchInt extends Term {
        final Operands.Opnd discr;
        final long[] values;
        final int[] targets;
        final int otherwise;

        SwitchInt(Operands.Opnd discr, long[] values, int[] targets, int otherwise) {
            this.discr = discr;
            this.values = values;
            this.targets = targets;
            this.otherwise = otherwise;
        }

        @Override
        int[] successors() {
            int[] all = java.util.Arrays.copyOf(targets, targets.length + 1);
            all[targets.length] = otherwise;
            return all;
        }

        @Override
        int exec(Frame f) {
            long v = discr.scalar(f);
            for (int i = 0; i < values.length; i++) if (values[i] == v) return targets[i];
            return otherwise;
        }
    }

    /** A drop of a local (checked against what was moved out of it) or of a place behind a pointer. */
    static final class Drop extends Term {
        final Interpreter in;
        final Places.PlaceNode place;
        final Ty ty;
        final int local;
        final List<Mir.Proj> path;
        final int target;

        Drop(Interpreter in, Places.PlaceNode place, Ty ty, int local, List<Mir.Proj> path, int target) {
            this.in = in;
            this.place = place;
            this.ty = ty;
            this.local = local;
            this.path = path;
            this.target = target;
        }

        @Override
        int[] successors() { return new int[] {target}; }

        @Override
        int exec(Frame f) {
            in.dropPlace(f, place, ty, local, path);
            return target;
        }
    }

    static final class Call extends Term {
        final Interpreter in;
        /** The callee when known before the program runs, else null (a function pointer call). */
        final Instance callee;
        final Operands.Opnd fnPtr;
        final Operands.Opnd[] args;
        final Places.PlaceNode dest;
        final int destLocal;
        final boolean destTracked;
        final int target;
        final Span span;

        /**
         * The location the callee gets when it is #[track_caller]: the frame's own caller's (frameLocation), else
         * locationSpan's (the call's own span, or in an inlined #[track_caller] body the span of the call it replaced).
         */
        final boolean frameLocation;
        final Span locationSpan;

        Call(Interpreter in, Instance callee, Operands.Opnd fnPtr, Operands.Opnd[] args, Places.PlaceNode dest, int destLocal,
             boolean destTracked, int target, Span span, boolean frameLocation, Span locationSpan) {
            this.frameLocation = frameLocation;
            this.locationSpan = locationSpan;
            this.in = in;
            this.callee = callee;
            this.fnPtr = fnPtr;
            this.args = args;
            this.dest = dest;
            this.destLocal = destLocal;
            this.destTracked = destTracked;
            this.target = target;
            this.span = span;
        }

        /** The callee's compiled body (an item), whether it wants the caller's location. */
        private CompiledBody body;
        private Interpreter.ClosurePlan closure;
        private int wantsLocation = -1;
        private long location = -1;

        /**
         * For a function pointer call: the last address called and the function there (a JIT's monomorphic inline
         * cache: the same address is the same function); body and wantsLocation are then that function's.
         */
        private long lastAddress;
        private Instance lastFn;

        private Instance pointee(Frame f) {
            long a = fnPtr.scalar(f);
            if (lastFn == null || a != lastAddress) {
                Instance c = in.m.fnAt(a);
                lastAddress = a;
                lastFn = c;
                body = null;
                wantsLocation = -1;
                location = -1;
            }
            return lastFn;
        }

        private long location(Frame f, Instance c) {
            int wants = wantsLocation;
            if (wants < 0) {
                wants = c.kind() != Instance.Kind.ITEM || in.isTrackCaller(c.def()) ? 1 : 0;
                wantsLocation = wants;
            }
            if (wants == 0) return 0;
            if (callee == null && c.kind() == Instance.Kind.ITEM) {
                // a #[track_caller] function called through a pointer: as rustc's reify shim, the function's own
                // location (its item's start)
                if (location < 0) location = in.reifyLocation(c.def());
                return location;
            }
            if (frameLocation) return f.location;
            if (location < 0) location = in.consts.location(locationSpan);
            return location;
        }

        @Override
        int[] successors() { return target < 0 ? new int[0] : new int[] {target}; }

        // What exec does for an item with a body known, in the parts the second tier calls around the arguments' copies
        // (BodyCodegen.callItem): the callee's location, dest, the stack pointer, the frame pushed, then the run.

        /** Whether the second tier calls the parts: a known item, its body built (it was called before). */
        boolean inParts() { return callee != null && callee.kind() == Instance.Kind.ITEM && body != null; }

        long itemLocation(Frame f) { return location(f, callee); }

        long destAddr(Frame f) { return dest.addr(f); }

        int sp() { return in.m.sp; }

        Frame push() { return in.newFrame(body); }

        CompiledBody body() { return body; }

        /** The call with its arguments in the new frame nf: as {@link Interpreter#callItem} from there. */
        int finish(Frame f, Frame nf, long destAddr, long loc, int savedSp) {
            CompiledBody cb = body;
            try {
                // the arguments that need dropping hold a value (the frame's reuse cleared every tracked local's flag)
                for (int l : cb.trackedLocals()) {
                    if (l > args.length) break;
                    nf.init[l] = true;
                }
                nf.location = loc;
                in.run(nf);
                in.m.copyLocal(destAddr, nf.base + cb.offsets[0], cb.sizes[0]);
            } finally {
                in.m.sp = savedSp;
            }
            if (destTracked) f.init[destLocal] = true;
            if (target < 0) throw new rustmem.machine.UndefinedBehavior("a function that never returns returned");
            return target;
        }

        @Override
        int exec(Frame f) {
            Instance c = callee != null ? callee : pointee(f);
            long loc = location(f, c);
            if (c.kind() == Instance.Kind.ITEM) {
                if (body == null) body = in.body(c);
                in.callItem(body, f, args, dest.addr(f), loc);
            } else if (callee != null && c.kind() == Instance.Kind.CLOSURE_CALL && c.index() < 3) {
                if (closure == null) closure = in.closurePlan(c);
                in.callClosure(closure, f, args, dest.addr(f), loc);
            } else {
                in.call(c, f, args, dest.addr(f), loc);
            }
            if (destTracked) f.init[destLocal] = true;
            if (target < 0) throw new rustmem.machine.UndefinedBehavior("a function that never returns returned");
            return target;
        }
    }

    /** A call whose result is known before the program runs (an intrinsic such as `size_of`): its bytes written to dest. */
    static final class Known extends Term {
        final Machine m;
        final Places.PlaceNode dest;
        final byte[] value;
        final int target;

        Known(Machine m, Places.PlaceNode dest, byte[] value, int target) {
            this.m = m;
            this.dest = dest;
            this.value = value;
            this.target = target;
        }

        @Override
        int[] successors() { return new int[] {target}; }

        @Override
        int exec(Frame f) {
            m.writeBytes(dest.addr(f), value);
            return target;
        }
    }

    static final class Assert extends Term {
        final Interpreter in;
        final Operands.Opnd cond;
        final boolean expected;
        final Mir.AssertKind kind;
        final Operands.Opnd len, index;
        final int target;
        final Span span;

        Assert(Interpreter in, Operands.Opnd cond, boolean expected, Mir.AssertKind kind, Operands.Opnd len, Operands.Opnd index,
               int target, Span span) {
            this.in = in;
            this.cond = cond;
            this.expected = expected;
            this.kind = kind;
            this.len = len;
            this.index = index;
            this.target = target;
            this.span = span;
        }

        @Override
        int[] successors() { return new int[] {target}; }

        @Override
        int exec(Frame f) {
            if ((cond.scalar(f) != 0) == expected) return target;
            in.assertFailed(f, kind, len == null ? 0 : len.scalar(f), index == null ? 0 : index.scalar(f), span);
            return -1;
        }
    }

    static final class Unsupported extends Term {
        final String message;
        final Span span;

        Unsupported(String message, Span span) {
            this.message = message;
            this.span = span;
        }

        @Override
        int[] successors() { return new int[0]; }

        @Override
        int exec(Frame f) { throw new UnsupportedFeature(message, span); }
    }

    /** A call whose result goes to a variable whose address is taken: its slot is live (again) from the call on. */
    static final class SlotLive extends Term {
        final Machine m;
        final int local;
        final Term call;

        SlotLive(Machine m, int local, Term call) {
            this.m = m;
            this.local = local;
            this.call = call;
        }

        @Override
        int[] successors() { return call.successors(); }

        @Override
        int exec(Frame f) {
            m.slotLive(f, local);
            return call.exec(f);
        }
    }
}
