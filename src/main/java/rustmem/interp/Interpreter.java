package rustmem.interp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.ir.Mir;
import rustmem.ir.build.Builder;
import rustmem.layout.Layout;
import rustmem.layout.LayoutCx;
import rustmem.layout.TargetDataLayout;
import rustmem.resolve.DefId;
import rustmem.source.Span;
import rustmem.types.AdtDef;
import rustmem.types.AssocItem;
import rustmem.types.FnSig;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;
import rustmem.types.check.Typeck;
import rustmem.types.thir.Thir;

/**
 * Runs a program's MIR on the {@link Machine} (rustc's const evaluator / Miri, in the spirit of rust-analyzer's
 * MIR evaluator): instances are compiled on first call, each call gets a frame on the simulated stack, a
 * panic unwinds as a Java exception through the frames, each dropping the values it still holds.
 */
public final class Interpreter {
    final TyCtxt tcx;
    final Machine m;
    final Resolver resolver;
    final LayoutCx layouts;
    final DropGlue drops;
    final Consts consts;
    final VTables vtables;
    final Shims shims;
    final ForeignShims foreign;
    final Intrinsics intrinsics;
    final Scheduler threads;
    /** The program's command-line arguments (the program's name first). */
    List<String> args = List.of("main");
    private final Map<Instance, CompiledBody> bodies = new HashMap<>();
    private final Map<Ty, Tags> tagsCache = new HashMap<>();
    private final Map<Ty, Boolean> holdsUnion = new HashMap<>();
    /** Blocks run so far, against the step limit. */
    long steps;
    final long maxSteps;
    /** The step count at which the limits are looked at next (the clock is read every {@link #CHECK_EVERY} steps). */
    long nextCheck;
    private static final long CHECK_EVERY = 1 << 16;
    /** Wall-clock seconds a run may take (0: no limit), and the System.nanoTime() it ends at once started. */
    private long timeLimitSeconds;
    private long deadline = Long.MAX_VALUE;
    /** Nested panics being unwound (std asks whether the thread is panicking). */
    int panicking;
    /** A traced run's support (frames, variables' states, snapshots); null when the run is not traced. */
    TraceSupport trace;

    public Interpreter(TyCtxt tcx, Machine m, long maxSteps) {
        this.tcx = tcx;
        this.m = m;
        this.maxSteps = maxSteps;
        this.nextCheck = Math.min(maxSteps + 1, CHECK_EVERY);
        this.resolver = new Resolver(tcx);
        this.layouts = new LayoutCx(tcx, TargetDataLayout.X86_64, resolver::normalize);
        this.drops = new DropGlue(this);
        this.consts = new Consts(this);
        this.vtables = new VTables(this);
        this.shims = new Shims(this);
        this.foreign = new ForeignShims(this);
        this.intrinsics = new Intrinsics(this);
        this.threads = new Scheduler(this);
        // std's closures' kinds and captured types from its MIR image too (see TyCtxt#closureSummaries)
        if (stdMir != null) tcx.closureSummaries = def -> stdMir.closure(def, tcx);
        m.memory.nameSlotFunctions(body -> displayName(((CompiledBody) body).instance));
    }

    // ------------------------------------------------------------------ the program

    /** How deep each thread's stack went (`run --memory`), main first. */
    public List<rustmem.view.MemoryReport.StackUse> stackUse() { return threads.stackUse(); }

    /** Traces the run (before it starts): the tracer hears of calls, lines, variables, drops and the heap. */
    public void setTracer(rustmem.trace.Tracer tracer) {
        trace = new TraceSupport(this, tracer);
        m.allocator.setListener(trace);
        m.outputListener = (bytes, fd) -> tracer.output(fd, bytes);
    }

    /** The program's arguments: its name first (argv[0]), then what follows `--` on rustmem's command line. */
    public void setArgs(List<String> args) { this.args = List.copyOf(args); }

    /** Stops the run (with {@link StepLimit}) once it has taken this many seconds of wall-clock time; 0: never. */
    public void setTimeLimit(long seconds) { this.timeLimitSeconds = seconds; }

    /** Runs `main` through std's `lang_start`; the process's exit code. */
    public int runMain(DefId main) {
        if (timeLimitSeconds > 0) deadline = System.nanoTime() + timeLimitSeconds * 1_000_000_000L;
        DefId start = tcx.lang.require("start");
        Ty ret = tcx.fnSig(main).output();
        Instance startInst = resolver.resolve(start, List.of(ret));
        long mainPtr = m.fnAddress(resolver.resolve(main, List.of()));
        long scratch = pushScratch(16);
        try {
            m.writePtr(scratch, mainPtr);
            long dest = scratch + 8;
            invoke(startInst, new long[] {scratch}, new int[] {8}, dest, 0);
            return (int) m.read(dest, 4, true);
        } catch (ProgramExit e) {
            if (threads.exitMessage() != null) {
                m.flush();
                m.writeFd(2, (threads.exitMessage() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return e.code;
        } catch (Unwind u) {
            return 101;
        } finally {
            m.flush();
        }
    }

    /**
     * Compile-time evaluation of a `const fn` call with scalar arguments (an array length, a constant the type
     * checker needs): the function instance run on this interpreter's machine, its result read as an integer.
     */
    public java.math.BigInteger evalConstCall(DefId fn, List<Ty> generics, List<java.math.BigInteger> args) {
        Instance inst = resolver.resolve(fn, generics);
        rustmem.types.FnSig sig = tcx.fnSig(fn);
        int savedSp = m.sp;
        try {
            long[] addrs = new long[args.size()];
            int[] sizes = new int[args.size()];
            for (int i = 0; i < args.size(); i++) {
                sizes[i] = (int) layouts.layoutOf(resolver.normalize(sig.inputs().get(i).subst(generics))).size();
                addrs[i] = pushScratch(Math.max(sizes[i], 8));
                m.writeBytes(addrs[i], Consts.intBytes(args.get(i), sizes[i]));
            }
            Ty ret = resolver.normalize(sig.output().subst(generics));
            int size = (int) layouts.layoutOf(ret).size();
            if (size > 8) return null;
            long dest = pushScratch(Math.max(size, 8));
            invoke(inst, addrs, sizes, dest, 0);
            long v = m.read(dest, size, ret instanceof Ty.Int it && it.kind().signed);
            return ret instanceof Ty.Int it && !it.kind().signed && size == 8 && v < 0
                ? java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)) : java.math.BigInteger.valueOf(v);
        } finally {
            m.sp = savedSp;
        }
    }

    /** Whether a static's initial value is all zero bytes (it is computed as the program's first use of it would). */
    public boolean staticIsZero(DefId def) {
        consts.staticAddr(def);
        return consts.zeroInitialized(def);
    }

    /** Whether a static's initial value holds an address (see {@link Consts#holdsAddress}). */
    public boolean staticHoldsAddress(DefId def) { return consts.holdsAddress(consts.staticAddr(def), tcx.typeOf(def)); }

    /** The offset of a (nested) field: the path of field indices through the container's layout. */
    public long offsetOf(Ty container, List<Integer> fields) {
        Ty t = resolver.normalize(container);
        long off = 0;
        for (int f : fields) {
            off += layouts.layoutOf(t).fields().offset(f);
            t = resolver.normalize(switch (t) {
                case Ty.Tuple tu -> tu.elements().get(f);
                case Ty.Adt a -> layouts.fieldTy(a.def().nonEnumVariant().fields().get(f), a.args());
                default -> throw new IllegalStateException("field " + f + " of " + t);
            });
        }
        return off;
    }

    // ------------------------------------------------------------------ bodies

    /** Whether a value of the type may hold uninitialised bytes the machine marks: it has a union (`MaybeUninit`). */
    boolean mayHoldUninit(Ty t) {
        Boolean b = holdsUnion.get(t);
        if (b != null) return b;
        holdsUnion.put(t, false);   // a recursive type reaches itself through a pointer, which holds no union
        boolean r = switch (t) {
            case Ty.Adt a when a.def().isUnion() -> true;
            case Ty.Adt a -> a.def().variants.stream().anyMatch(v -> v.fields().stream()
                .anyMatch(f -> mayHoldUninit(layouts.fieldTy(f, a.args()))));
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(this::mayHoldUninit);
            case Ty.Closure c -> layouts.upvarTys(c).stream().anyMatch(this::mayHoldUninit);
            case Ty.Array a -> mayHoldUninit(a.element());
            default -> false;
        };
        holdsUnion.put(t, r);
        return r;
    }

    private final rustmem.types.IdentityCache<Instance, CompiledBody> bodiesByIdentity = new rustmem.types.IdentityCache<>();

    CompiledBody body(Instance inst) {
        Instance.Compiled known = inst.compiled;   // (one object: a compilation running beside this one may set it too)
        if (known != null && known.owner() == this) return known.body();
        CompiledBody cb = bodiesByIdentity.get(inst, bodies);
        if (cb != null) {
            inst.compiled = new Instance.Compiled(this, cb);
            return cb;
        }
        Mir.Body mir = mirOf(inst.def());
        cb = BodyCompiler.compile(this, inst, mir);
        bodies.put(inst, cb);
        bodiesByIdentity.put(inst, cb);
        return cb;
    }

    private final Map<DefId, Mir.Body> mirs = new HashMap<>();

    /** A function's MIR if it was built already (it ran, or was about to), else null. */
    Mir.Body builtMir(DefId def) { return mirs.get(def); }
    /** RUSTMEM_STD_CALLS: the std functions whose bodies are built, for scripts/std-coverage.py; null when off. */
    private final StdCallLog stdCalls = StdCallLog.open(this);

    /** std's bodies built when rustmem was built (null when std is not read from its image, or the build made none). */
    private final rustmem.ir.MirImage stdMir = rustmem.resolve.StdSource.fromImage() ? rustmem.ir.MirImage.std() : null;

    Mir.Body mirOf(DefId def) {
        Mir.Body mir = mirs.get(def);
        if (mir != null) return mir;
        if (stdMir != null && tcx.defs.isStd(def) && (mir = stdMir.body(def, tcx)) != null) {
            mirs.put(def, mir);
            if (stdCalls != null) stdCalls.log(def);
            return mir;
        }
        Thir.Body thir = Typeck.body(tcx, def);
        if (thir == null) throw new UnsupportedFeature("`" + tcx.defs.pathString(def) + "` did not type-check", tcx.defs.span(def));
        mir = Builder.build(tcx, thir);
        mirs.put(def, mir);
        if (stdCalls != null) stdCalls.log(def);
        return mir;
    }

    /**
     * The location a #[track_caller] function called through a function pointer sees as its caller's: rustc's reify
     * shim's, the function's item as rustc's spans have it (after its outer attributes).
     */
    long reifyLocation(DefId def) {
        Span at = tcx.defs.node(def) instanceof rustmem.syntax.ast.Item item ? item.withoutAttrs(tcx.sources) : tcx.defs.span(def);
        return consts.location(at);
    }

    private final Map<DefId, Boolean> trackCaller = new HashMap<>();

    boolean isTrackCaller(DefId def) {
        return trackCaller.computeIfAbsent(def, d -> {
            if (tcx.defs.node(d) instanceof rustmem.syntax.ast.Item item && TyCtxt.hasAttr(item.attrs(), "track_caller")) return true;
            // as rustc: an impl's method is #[track_caller] when the trait's declaration of it is
            DefId parent = tcx.defs.parent(d);
            if (parent == null || tcx.kind(parent) != rustmem.resolve.DefKind.IMPL) return false;
            AssocItem a = tcx.assocItem(d);
            return a != null && a.traitItem() != null && tcx.defs.node(a.traitItem()) instanceof rustmem.syntax.ast.Item ti
                && TyCtxt.hasAttr(ti.attrs(), "track_caller");
        });
    }

    Tags tags(Ty t) {
        Tags tg = tagsCache.get(t);
        if (tg == null) {
            tg = new Tags(((Ty.Adt) t).def(), layouts.layoutOf(t), layouts.dataLayout());
            tagsCache.put(t, tg);
        }
        return tg;
    }

    /** A function instance's name as rustc writes it in messages: `<Guard as Drop>::drop`, `Vec::<i32>::push`, `main::{closure}`. */
    String displayName(Instance inst) {
        rustmem.resolve.DefId d = inst.def();
        List<Ty> args = inst.args();
        rustmem.resolve.DefId parent = tcx.defs.parent(d);
        if (tcx.kind(d) == rustmem.resolve.DefKind.CLOSURE) {
            rustmem.resolve.DefId owner = parent;
            while (owner != null && tcx.kind(owner) == rustmem.resolve.DefKind.CLOSURE) owner = tcx.defs.parent(owner);
            return strip(owner == null ? "" : tcx.defs.pathString(owner)) + "::{closure}";
        }
        if (parent != null && tcx.kind(parent) == rustmem.resolve.DefKind.IMPL) {
            // as rustc names them: `<Guard as Drop>::drop`, `Vec::<i32>::push` (an impl's parameters come first)
            Ty self = tcx.typeOf(parent);
            try {
                self = args.isEmpty() ? self : self.subst(args);
            } catch (RuntimeException e) {
                // the method's own parameters only: the self type stays generic
            }
            rustmem.types.TraitRef tr = tcx.implTraitRef(parent);
            String selfText = tcx.display(self);
            return (tr == null ? selfText : "<" + selfText + " as " + tcx.name(tr.trait()) + ">") + "::" + tcx.name(d);
        }
        String p = strip(tcx.defs.pathString(d));
        if (args.isEmpty()) return p;
        StringBuilder out = new StringBuilder(p).append("::<");
        for (int i = 0; i < args.size(); i++) out.append(i > 0 ? ", " : "").append(tcx.display(args.get(i)));
        return out.append('>').toString();
    }

    private static String strip(String path) { return path.startsWith("crate::") ? path.substring("crate::".length()) : path; }

    // ------------------------------------------------------------------ frames

    private int pushFrame(int size) {
        int base = m.sp - size;
        if (base < ProcessImage_GUARD) throw stackOverflow();
        m.framePushed(m.stackBase + base, m.stackBase + m.sp);
        m.sp = base;
        m.noteStack(m.stackBase + base);
        return base;
    }

    private static final int ProcessImage_GUARD = (int) rustmem.machine.ProcessImage.PAGE;

    private ProgramExit stackOverflow() {
        m.flush();
        // std's stack-overflow handler names the thread: a spawned one without a name is '<unknown>' there
        Scheduler.RThread t = threads.current;
        String name = t.id == 1 ? "main" : t.name == null ? "<unknown>" : t.name;
        m.writeFd(2, ("\nthread '" + name + "' has overflowed its stack\nfatal runtime error: stack overflow, aborting\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new ProgramExit(134);
    }

    /** Scratch stack space for arguments passed by address (popped by the caller with popTo). */
    long pushScratch(int size) {
        int base = pushFrame((size + 15) & ~15);
        return m.stackBase + base;
    }

    // ------------------------------------------------------------------ calls

    /** A call of a body from a compiled body: arguments straight from the caller's operands into the callee's frame. */
    void callItem(CompiledBody cb, Frame caller, Operands.Opnd[] args, long dest, long location) {
        int savedSp = m.sp;
        try {
            Frame nf = newFrame(cb);
            for (int i = 0; i < args.length; i++) {
                args[i].copyTo(caller, nf.addr + cb.offsets[i + 1]);
                args[i].used(caller);
                nf.init[i + 1] = cb.tracked[i + 1];
            }
            nf.location = location;
            run(nf);
            m.copyLocal(dest, nf.base + cb.offsets[0], cb.sizes[0]);
        } finally {
            m.sp = savedSp;
        }
    }

    /**
     * A closure called through Fn, FnMut or FnOnce with (self, argument tuple): its body, how it takes the
     * closure, and where the tuple's fields are (its parameters one by one).
     */
    record ClosurePlan(Instance call, CompiledBody body, rustmem.types.ClosureInfo.Kind kind, long[] fieldOffsets) {}

    ClosurePlan closurePlan(Instance c) {
        CompiledBody cb = body(Instance.item(c.def(), c.args()));
        List<Ty> tys = new java.util.ArrayList<>();
        for (int i = 2; i <= cb.mir.argCount; i++) tys.add(cb.tys[i]);
        Layout l = layouts.layoutOf(Ty.tuple(tys));
        long[] offs = new long[tys.size()];
        for (int i = 0; i < offs.length; i++) offs[i] = l.fields().offset(i);
        return new ClosurePlan(c, cb, tcx.closureInfo(c.def()).kind, offs);
    }

    void callClosure(ClosurePlan p, Frame caller, Operands.Opnd[] args, long dest, long location) {
        if (p.kind() != rustmem.types.ClosureInfo.Kind.FN_ONCE && p.call().index() == 2) {
            call(p.call(), caller, args, dest, location);   // an Fn closure called by value: the shim drops it after
            return;
        }
        CompiledBody cb = p.body();
        int savedSp = m.sp;
        try {
            Frame nf = newFrame(cb);
            args[0].copyTo(caller, nf.addr + cb.offsets[1]);
            long tuple = args[1].addr(caller);
            for (int i = 0; i < p.fieldOffsets().length; i++) {
                m.copy(nf.addr + cb.offsets[i + 2], tuple + p.fieldOffsets()[i], cb.sizes[i + 2]);
                nf.init[i + 2] = cb.tracked[i + 2];
            }
            nf.init[1] = cb.tracked[1];
            args[0].used(caller);
            args[1].used(caller);
            nf.location = cb.trackCaller ? location : 0;
            run(nf);
            m.copyLocal(dest, nf.base + cb.offsets[0], cb.sizes[0]);
        } finally {
            m.sp = savedSp;
        }
    }

    /** A call from a compiled body of anything (a body, an intrinsic, a shim). */
    void call(Instance c, Frame caller, Operands.Opnd[] args, long dest, long location) {
        if (c.kind() == Instance.Kind.ITEM) {
            callItem(body(c), caller, args, dest, location);
            return;
        }
        int savedSp = m.sp;
        try {
            long[] addrs = new long[args.length];
            int[] sizes = new int[args.length];
            int total = 0;
            for (Operands.Opnd a : args) total += (a.size + 7) & ~7;
            long scratch = pushScratch(Math.max(total, 8));
            long at = scratch;
            for (int i = 0; i < args.length; i++) {
                args[i].copyTo(caller, at);
                args[i].used(caller);
                addrs[i] = at;
                sizes[i] = args[i].size;
                at += (args[i].size + 7) & ~7;
            }
            invoke(c, addrs, sizes, dest, location);
        } finally {
            m.sp = savedSp;
        }
    }

    /** A call with its arguments already in memory (at addrs, sizes bytes each). */
    void invoke(Instance c, long[] addrs, int[] sizes, long dest, long location) {
        int savedSp = m.sp;
        try {
            switch (c.kind()) {
                case ITEM -> {
                    CompiledBody cb = body(c);
                    Frame nf = newFrame(cb);
                    for (int i = 0; i < addrs.length; i++) {
                        m.copy(nf.addr + cb.offsets[i + 1], addrs[i], cb.sizes[i + 1]);
                        nf.init[i + 1] = cb.tracked[i + 1];
                    }
                    nf.location = cb.trackCaller ? location : 0;
                    run(nf);
                    m.copyLocal(dest, nf.base + cb.offsets[0], cb.sizes[0]);
                }
                case INTRINSIC -> intrinsics.call(c, addrs, sizes, dest, location);
                case FOREIGN -> foreign.call(c, addrs, sizes, dest);
                default -> shims.call(c, addrs, sizes, dest, location);
            }
        } finally {
            m.sp = savedSp;
        }
    }

    Frame newFrame(CompiledBody cb) {
        if (cb.optimized != null) cb = cb.optimized;   // the same locals first: the caller's offsets hold
        int base = pushFrame(cb.frameSize + cb.below) + cb.below;
        return m.frames.frame(cb, base, m.stackBase + base, trace == null);
    }

    /** Runs a frame's blocks to its return; on a panic, drops what the frame still holds and unwinds on. */
    void run(Frame f) {
        BodyCode code = f.body.code;
        if (trace == null && code != null && code != CompiledBody.NO_CODE && code.entersAtStart()) {
            runCode(f, code);
        } else {
            walk(f);
        }
    }

    /**
     * A fresh frame of a body with code of its own, untraced (most calls of a long run): the code runs it, in a method
     * small enough for the JIT to compile into the call's.
     */
    private void runCode(Frame f, BodyCode code) {
        CallStack frames = m.frames;
        frames.add(f);
        try {
            code.run(f, 0, true);
        } catch (RuntimeException e) {
            throw failed(f, code, 0, 0, e);
        } finally {
            frames.pop();
            if (f.slots != null) m.framePopped(f);
        }
    }

    /** run's node walk: its blocks one by one, until it returns or goes on in its body's code. */
    private void walk(Frame f) {
        TraceSupport t = trace;
        if (t != null) t.enter(f);
        boolean unwinding = false;
        CompiledBody.Block[] blocks = f.body.blocks;
        int bb = 0, si = 0;
        CallStack frames = m.frames;
        frames.add(f);
        BodyCode code = null;
        boolean fresh = true;
        try {
            CompiledBody body = f.body;
            while (true) {
                BodyCode second = body.code;
                if (second != null && second != CompiledBody.NO_CODE && second.enters(bb)) {
                    code = second;
                    code.run(f, bb, fresh);
                    return;
                }
                CompiledBody.Block b = blocks[bb];
                if (b == null) {
                    si = 0;
                    b = body.block(bb);
                }
                Statements.Stmt[] ss = b.stmts;
                fresh = false;
                for (si = 0; si < ss.length; si++) ss[si].exec(f);
                b.runs++;
                bb = b.term.exec(f);
                if (bb < 0) return;
                if (++steps >= nextCheck) checkLimits();
                if (++body.heat >= hot && body.code == null) {
                    tierUp(body);
                    if (body.optimized != null && m.sp == f.base) {
                        // the frame goes on in the version with its callees inlined: their locals below it
                        pushFrame(body.optimized.below);
                        f.goOnIn(body.optimized);
                        framesGoneOn++;
                        body = f.body;
                        blocks = body.blocks;
                    }
                }
            }
        } catch (RuntimeException e) {
            switch (e) {
                case Unwind u -> unwinding = true;
                // the run ends here: the frame is abandoned, not returned from
                case rustmem.machine.UndefinedBehavior ub -> t = null;
                case UnsupportedFeature u when relocated(f, u.span) -> t = null;
                case rustmem.machine.Memory.Exhausted x when relocated(f, Span.DUMMY) -> t = null;
                default -> { }
            }
            throw failed(f, code, bb, si, e);
        } finally {
            frames.pop();
            if (f.slots != null) m.framePopped(f);
            if (t != null) t.exit(f, unwinding);
        }
    }

    /**
     * What a frame's run throws on when e ends it at block bb, statement si (or where its code's frame says): undefined
     * behaviour with the sites of the frame's bodies that it is in; an unwinding, after the frame's drops; what could not
     * be done, at the program's line that got there. Anything else as it is.
     */
    private RuntimeException failed(Frame f, BodyCode code, int bb, int si, RuntimeException e) {
        switch (e) {
            case rustmem.machine.UndefinedBehavior ub -> {
                int pc = position(f, code, bb, si);
                Span span = f.body.spanAt(pc);
                // a block of a body inlined here: the error is inside it, called from the call it replaced
                Mir.Body mir = f.body.mir;
                for (int s = mir.scopeOf(f.body.blockAt(pc)); s >= 0; s = mir.scopes.get(s).parent()) {
                    Mir.InlinedScope sc = mir.scopes.get(s);
                    ub.at(new rustmem.machine.UndefinedBehavior.Site(displayName(Instance.item(sc.callee(), sc.args())),
                        tcx.defs.isStd(sc.callee()), span));
                    span = sc.callSite();
                }
                ub.at(new rustmem.machine.UndefinedBehavior.Site(displayName(f.body.instance), tcx.defs.isStd(f.body.instance.def()), span));
                return ub;
            }
            case Unwind u -> {
                unwindFrame(f);
                return u;
            }
            case UnsupportedFeature x -> { return unsupportedAt(f, code, bb, si, x, x.span); }
            case rustmem.machine.Memory.Exhausted x -> { return unsupportedAt(f, code, bb, si, x, Span.DUMMY); }
            default -> { return e; }
        }
    }

    /** What std's code (or a shim, or the machine) could not do, reported at the program's line that got there. */
    private UnsupportedFeature unsupportedAt(Frame f, BodyCode code, int bb, int si, RuntimeException e, Span at) {
        if (relocated(f, at)) at = f.body.spanAt(position(f, code, bb, si));
        return e instanceof UnsupportedFeature u && u.span == at ? u : new UnsupportedFeature(e.getMessage(), at);
    }

    /** Whether what could not be done at `at` is reported at the frame's statement instead (a program's frame, at std's line). */
    private boolean relocated(Frame f, Span at) { return !isProgramSpan(at) && !tcx.defs.isStd(f.body.instance.def()); }

    /** Blocks a body runs in the node walk before it gets code of its own (a hot loop's body, or a body called often). */
    private int hot = 2000;

    /** Sets the blocks a body runs in the node walk before its second tier (1: at once; tests run both tiers so). */
    public void setTierUpAfter(int blocks) { this.hot = blocks; }

    /**
     * A body ran hot blocks: it gets code of its own, which the frame running goes on in; in an untraced run it also
     * gets a version with its small std callees inlined, which its next calls run (and the frame running, see run).
     */
    private void tierUp(CompiledBody body) {
        body.compileAll();
        body.code = secondTier(body);
        // (not in a traced run: the trace shows std's calls too)
        if (trace == null && body.optimized == null) {
            try {
                Mir.Body inlined = Inliner.inline(this, body);
                if (inlined != null) {
                    CompiledBody opt = BodyCompiler.compile(this, body.instance, inlined, body.localCount);
                    opt.compileAll();
                    opt.code = secondTier(opt);
                    body.optimized = opt;
                    inlinedCalls += inlined.scopes.size();
                    for (Mir.InlinedScope sc : inlined.scopes) inlinedFunctions.add(tcx.defs.pathString(sc.callee()));
                }
            } catch (RuntimeException e) {
                // an optimisation, never a failure: the body runs as it is (a bug of the inliner shows with RUSTMEM_DEBUG)
                if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            }
        }
    }

    /** How many bodies got the second tier, how many calls were inlined, how many locals are in registers (tests look). */
    private int secondTierBodies, inlinedCalls, framesGoneOn;
    int registers;

    public int registers() { return registers; }

    /** How many running frames went on in their body's inlined version (a loop of the program's, mostly). */
    public int framesGoneOn() { return framesGoneOn; }

    public int secondTierBodies() { return secondTierBodies; }

    public int inlinedCalls() { return inlinedCalls; }

    /** The paths of the functions inlined, one entry a call (tests look). */
    private final List<String> inlinedFunctions = new java.util.ArrayList<>();

    public List<String> inlinedFunctions() { return inlinedFunctions; }

    /** Blocks of the second tier's code that run in the method of the block before them (BodyCodegen's chains). */
    int chainedBlocks;

    public int chainedBlocks() { return chainedBlocks; }

    private BodyCode secondTier(CompiledBody body) {
        BodyCode code;
        try {
            code = BodyCodegen.generate(this, body);
        } catch (RuntimeException e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            code = null;   // the node walk runs it, as before
        }
        if (code != null) secondTierBodies++;
        return code == null ? CompiledBody.NO_CODE : code;
    }

    /** Where a frame is: the second tier's position, or the node walk's block bb and statement si as one. */
    private static int position(Frame f, BodyCode code, int bb, int si) {
        return code != null && code != CompiledBody.NO_CODE ? f.pc : f.body.position(bb, si);
    }

    private static boolean isProgramSpan(Span s) {
        return s != null && !s.equals(Span.DUMMY) && s.lo() < rustmem.source.SourceMap.STD_BASE;
    }

    /**
     * Blocks of the second tier's code ran: their steps counted, the limits looked at now and then. One method for every
     * block's end, so that HotSpot learns from any of them that the limits are looked at: a test of its own at each end,
     * never true while the code was profiled, would be compiled as a trap that recompiles the code when it is.
     */
    void tick(int n) {
        steps += n;
        if (steps >= nextCheck) checkLimits();
    }

    void checkLimits() {
        if (steps > maxSteps) {
            throw new StepLimit(StepLimit.Kind.STEPS, maxSteps, "the program ran more than " + maxSteps + " steps (`--max-steps N` raises the limit)");
        }
        if (System.nanoTime() > deadline) {
            throw new StepLimit(StepLimit.Kind.TIME, timeLimitSeconds,
                "the program ran longer than " + timeLimitSeconds + " s (`--time-limit SECONDS` raises the limit; 0: none)");
        }
        nextCheck = Math.min(maxSteps + 1, steps + CHECK_EVERY);
    }

    /** A limit on the run was reached: its steps or its wall-clock time (an endless loop, or a program too long for the machine). */
    public static final class StepLimit extends RuntimeException {
        /** Which limit: the steps, the wall-clock seconds, or the bytes of output (a web request's). */
        public enum Kind { STEPS, TIME, OUTPUT }

        public final Kind kind;
        /** The limit that was reached, in steps, seconds or bytes. */
        public final long limit;

        public StepLimit(Kind kind, long limit, String message) {
            super(message, null, false, false);
            this.kind = kind;
            this.limit = limit;
        }
    }

    private void unwindFrame(Frame f) {
        for (int l = f.body.localCount - 1; l > 0; l--) {
            if (f.body.tracked[l] && f.init[l]) {
                try {
                    dropPlace(f, new Places.Local(f.body.offsets[l]), f.body.tys[l], l, List.of());
                } catch (Unwind again) {
                    throw panicWhileUnwinding();
                }
            }
        }
    }

    /** Drops the value of type ty at addr on a cleanup path: a panic of its drop aborts, as a second panic does. */
    void dropWhileUnwinding(long addr, Ty ty) {
        try {
            drops.drop(addr, 0, ty);
        } catch (Unwind again) {
            throw panicWhileUnwinding();
        }
    }

    private ProgramExit panicWhileUnwinding() {
        m.flush();
        m.writeFd(2, "thread 'main' panicked while processing panic. aborting.\n".getBytes());
        return new ProgramExit(134);
    }

    // ------------------------------------------------------------------ drops

    /** A Drop terminator: the place's value dropped unless it (or the part of it) has been moved out. */
    void dropPlace(Frame f, Places.PlaceNode place, Ty ty, int local, List<Mir.Proj> path) {
        if (local < 0 || !f.body.tracked[local]) {
            if (drops.needsDrop(ty)) drops.drop(place.addr(f), layouts.layoutOf(ty).isUnsized() ? place.meta(f) : 0, ty);
            return;
        }
        if (!f.init[local]) return;
        List<List<Mir.Proj>> moved = f.partlyMoved(local) ? f.moved[local] : null;
        if (path.isEmpty()) {
            f.init[local] = false;
            if (f.moved != null) f.moved[local] = null;
            if (moved == null) drops.drop(place.addr(f), 0, ty);
            else drops.dropExcept(place.addr(f), ty, List.of(), moved);
            return;
        }
        if (moved != null) {
            for (List<Mir.Proj> mp : moved) if (mp.size() <= path.size() && path.subList(0, mp.size()).equals(mp)) return;
            drops.dropExcept(place.addr(f), ty, path, moved);
            return;
        }
        drops.drop(place.addr(f), 0, ty);
    }

    // ------------------------------------------------------------------ panics

    /** A failed assertion of the MIR: std's panic with rustc's message, at the assertion's location. */
    void assertFailed(Frame f, Mir.AssertKind kind, long len, long index, Span span) {
        long loc = f.body.trackCaller ? f.location : consts.location(span);
        if (kind instanceof Mir.AssertKind.BoundsCheck) {
            DefId fn = tcx.lang.require("panic_bounds_check");
            long scratch = pushScratch(16);
            m.writePtr(scratch, index);
            m.writePtr(scratch + 8, len);
            invoke(resolver.resolve(fn, List.of()), new long[] {scratch, scratch + 8}, new int[] {8, 8}, scratch, loc);
            return;
        }
        String msg = switch (kind) {
            case Mir.AssertKind.Overflow o -> switch (o.op()) {
                case ADD -> "attempt to add with overflow";
                case SUB -> "attempt to subtract with overflow";
                case MUL -> "attempt to multiply with overflow";
                case DIV -> "attempt to divide with overflow";
                case REM -> "attempt to calculate the remainder with overflow";
                case SHL -> "attempt to shift left with overflow";
                case SHR -> "attempt to shift right with overflow";
                default -> "attempt to compute with overflow";
            };
            case Mir.AssertKind.OverflowNeg n -> "attempt to negate with overflow";
            case Mir.AssertKind.DivisionByZero d -> "attempt to divide by zero";
            case Mir.AssertKind.RemainderByZero r -> "attempt to calculate the remainder with a divisor of zero";
            default -> "assertion failed";
        };
        panicStr(msg, loc);
    }

    /** std's `panic(msg)` at a location. */
    void panicStr(String msg, long loc) {
        DefId fn = tcx.lang.require("panic");
        long scratch = pushScratch(16);
        m.writePtr(scratch, m.strLiteral(msg));
        m.writePtr(scratch + 8, msg.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        invoke(resolver.resolve(fn, List.of()), new long[] {scratch}, new int[] {16}, scratch, loc);
    }

    // ------------------------------------------------------------------ unsizing

    /** Writes at dst the pointer (or smart pointer) at src, of type from, unsized to type to. */
    void unsize(long src, Ty from, long dst, Ty to) {
        if ((from instanceof Ty.Ref || from instanceof Ty.RawPtr) && (to instanceof Ty.Ref || to instanceof Ty.RawPtr)) {
            Ty a = pointeeOf(from), b = pointeeOf(to);
            long ptr = m.readPtr(src);
            long meta = metadata(src, a, b);
            m.writePtr(dst, ptr);
            m.writePtr(dst + 8, meta);
            return;
        }
        if (from instanceof Ty.Adt fa && to instanceof Ty.Adt ta && fa.def().equals(ta.def())) {
            Layout lf = layouts.layoutOf(from), lt = layouts.layoutOf(to);
            AdtDef.VariantDef v = fa.def().nonEnumVariant();
            for (int i = 0; i < v.fields().size(); i++) {
                Ty ff = layouts.fieldTy(v.fields().get(i), fa.args()), tf = layouts.fieldTy(v.fields().get(i), ta.args());
                long so = lf.fields().offset(i), dof = lt.fields().offset(i);
                if (ff.equals(tf)) m.copy(dst + dof, src + so, layouts.layoutOf(ff).size());
                else unsize(src + so, ff, dst + dof, tf);
            }
            return;
        }
        throw new UnsupportedFeature("unsizing `" + tcx.display(from) + "` to `" + tcx.display(to) + "`", Span.DUMMY);
    }

    /**
     * Whether a pointer (or reference) of type from unsized to type to gets the same metadata whatever it points to (a
     * slice's length from an array's, the vtable of a concrete type), not a trait object's own vtable: that metadata
     * is {@link #constantMetadata}'s.
     */
    boolean hasConstantMetadata(Ty from, Ty to) {
        if (!(from instanceof Ty.Ref || from instanceof Ty.RawPtr) || !(to instanceof Ty.Ref || to instanceof Ty.RawPtr)) return false;
        return !(unsizedTail(pointeeOf(from), pointeeOf(to))[0] instanceof Ty.Dynamic);
    }

    /**
     * What unsizing a to b comes down to: through a struct's (or tuple's) last field as long as both are the same
     * struct, the pair of types whose metadata the pointer gets (an array and a slice, a type and a trait object).
     */
    private Ty[] unsizedTail(Ty a, Ty b) {
        while (true) {
            if (a instanceof Ty.Adt aa && b instanceof Ty.Adt ba && aa.def().equals(ba.def())) {
                var fields = aa.def().nonEnumVariant().fields();
                var last = fields.get(fields.size() - 1);
                a = layouts.fieldTy(last, aa.args());
                b = layouts.fieldTy(last, ba.args());
            } else if (a instanceof Ty.Tuple ta && b instanceof Ty.Tuple tb) {
                a = ta.elements().get(ta.elements().size() - 1);
                b = tb.elements().get(tb.elements().size() - 1);
            } else {
                return new Ty[] {a, b};
            }
        }
    }

    long constantMetadata(Ty from, Ty to) { return metadata(0, pointeeOf(from), pointeeOf(to)); }

    private static Ty pointeeOf(Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.RawPtr r -> r.pointee();
            default -> throw new IllegalStateException(t.toString());
        };
    }

    /** The metadata a pointer to a (sized) a gets when it becomes a pointer to b. */
    private long metadata(long srcPtr, Ty pointee, Ty unsized) {
        Ty[] tail = unsizedTail(pointee, unsized);
        Ty a = tail[0], b = tail[1];
        if (b instanceof Ty.Slice && a instanceof Ty.Array arr) return ((Ty.ConstValue) arr.length()).value();
        if (b instanceof Ty.Dynamic d) {
            if (a instanceof Ty.Dynamic from) {
                long vtable = m.readPtr(srcPtr + 8);
                // dropping auto traits keeps the vtable; an upcast to a supertrait takes the concrete type's for it
                return java.util.Objects.equals(from.principal(), d.principal()) ? vtable : vtables.vtable(vtables.at(vtable).concrete(), d);
            }
            return vtables.vtable(a, d);
        }
        throw new UnsupportedFeature("unsizing `" + tcx.display(a) + "` to `" + tcx.display(b) + "`", Span.DUMMY);
    }

    // ------------------------------------------------------------------ helpers for shims and intrinsics

    /** The trait method `Trait::name` (for calling std's traits from shims). */
    DefId traitMethod(String traitLang, String name) {
        AssocItem a = tcx.traitItem(tcx.lang.require(traitLang), name, AssocItem.Kind.FN);
        if (a == null) throw new IllegalStateException("no " + traitLang + "::" + name);
        return a.def();
    }

    FnSig sigOf(Instance inst) { return resolver.normalizeSig(tcx.fnSig(inst.def()).subst(inst.args())); }
}
