package rustmem.legacy.interp;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.legacy.interp.shim.FormatValue;
import rustmem.legacy.interp.shim.Formatter;
import rustmem.legacy.ir.Mir;
import rustmem.layout.Layout;
import rustmem.legacy.layout.LayoutCx;
import rustmem.machine.AllocKind;
import rustmem.machine.Allocator;
import rustmem.machine.Allocation;
import rustmem.machine.Memory;
import rustmem.link.ProgramImage;
import rustmem.machine.ProcessImage;
import rustmem.machine.UndefinedBehavior;
import rustmem.source.SourceFile;
import rustmem.source.Span;
import rustmem.syntax.ast.Expr.BinOp;
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.thir.Thir;

/**
 * Executes MIR on the simulated process: every call gets a frame in the main thread's stack
 * with its locals at their layouts' sizes, values are bytes in those frames, and string
 * literals live in .rodata. Panics, stack overflow and Undefined Behaviour end the run with
 * rustc's messages and exit codes.
 */
public final class Interpreter {
    /** Limits that protect the machine running rustmem. */
    public record Limits(long maxSteps) {
        public static final Limits DEFAULT = new Limits(5_000_000_000L);
    }

    private final Mir.Program program;
    private final LayoutCx cx;
    private final SourceFile source;
    private final PrintStream out;
    private final PrintStream err;
    private final Memory memory = new Memory();
    private final Map<String, Allocation> literals = new HashMap<>();
    /** Where `sections` says the program's literals live; null when the image could not be built. */
    private final ProgramImage image;
    private final Function[] functions;
    private long sp = ProcessImage.STACK_TOP;
    private long steps;
    private final long maxSteps;

    /** Where each local of a body lives in its frame. */
    record FrameLayout(int[] offsets, Layout[] layouts, int size) {}

    /**
     * A call's frame: a slice [base, base + size) of the main thread's stack allocation. Popping a frame
     * only moves the stack pointer; its bytes stay until the next call overwrites them, as on hardware.
     */
    static final class Frame {
        final Allocation alloc;
        final byte[] mem;
        // set at each push: frame objects are reused per depth, as frames are pushed and popped in LIFO order
        Function function;
        /** Offset of the frame in the stack allocation's bytes. */
        int base;
        /** The frame below this one on the stack (the caller's, or the frame whose std call called this one). */
        Frame caller;
        /** The frame object used for the next push above this one. */
        Frame above;

        Frame(Allocation stack) {
            this.alloc = stack;
            this.mem = stack.bytes;
        }

        Frame push(Function function, int base) {
            Frame f = above;
            if (f == null) above = f = new Frame(alloc);
            f.function = function;
            f.base = base;
            f.caller = this;
            return f;
        }

        /** Offset of a local in mem. */
        int off(int local) { return base + function.layout.offsets()[local]; }

        /** Address of a local. */
        long addr(int local) { return alloc.base + off(local); }
    }

    /** The main thread's stack (8 MiB below STACK_TOP, the lowest page its guard). */
    /** The running thread's stack (main's, or a spawned thread's while it runs), its lowest usable address, name and id. */
    private Allocation stack;
    private long stackLimit = ProcessImage.mainStackLimit();
    private String threadName = "main";
    private long threadId = ProcessImage.PID;

    public Interpreter(Mir.Program program, LayoutCx cx, SourceFile source, PrintStream out, PrintStream err,
                       Limits limits, ProgramImage image) {
        this.program = program;
        this.image = image;
        this.cx = cx;
        this.source = source;
        this.out = out;
        this.err = err;
        this.maxSteps = limits.maxSteps();
        this.functions = new Function[program.bodies().size()];
        this.dropGlue = new rustmem.legacy.types.DropGlue(program.dropImpls()::containsKey, null);
        this.stack = memory.allocate(ProcessImage.STACK_TOP - ProcessImage.MAIN_STACK_SIZE, (int) ProcessImage.MAIN_STACK_SIZE,
            AllocKind.STACK, "main thread's stack");
        this.bottom = new Frame(stack);
        this.top = bottom;
        Allocator allocator = new Allocator(memory, heapStart(image), ProcessImage.MMAP_TOP);
        allocator.replayRuntimeStartup();
        this.heap = new StdShims(this, memory, allocator);
        this.stdFns = new StdFnShims(this, heap);
        this.threads = new Threads(this, heap, memory, allocator);
        this.vtables = new VTables(this, memory);
    }

    /** The brk heap starts on the page after the image's last section (no ASLR). */
    private static long heapStart(ProgramImage image) {
        long end = ProcessImage.RODATA_BASE + (1 << 20);
        if (image != null) {
            for (var s : image.table().sections()) end = Math.max(end, s.address() + s.size());
        }
        return (end + ProcessImage.PAGE - 1) / ProcessImage.PAGE * ProcessImage.PAGE;
    }

    final StdShims heap;
    private final StdFnShims stdFns;
    private final Threads threads;

    Threads threads() { return threads; }
    final VTables vtables;

    /** The allocator's figures and the blocks still allocated, for `run --memory` (the runtime's own freed). */
    public Allocator allocator() {
        heap.allocator.runtimeExit();
        return heap.allocator;
    }

    /** The lowest address the main thread's stack reached. */
    public long stackLow() { return stackLow; }

    private long stackLow = ProcessImage.STACK_TOP;

    /**
     * The JVM stack of the thread running the program: one JVM frame (a few hundred bytes) per Rust frame,
     * so that the simulated 8 MiB stack overflows first even with 16-byte frames. Only touched pages are used.
     */
    private static final long JVM_STACK = 1L << 30;

    /** Runs main on a thread with room for the program's deepest recursion; returns the process exit code. */
    public int run() {
        int[] exitCode = new int[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                exitCode[0] = runMain();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "rustmem-main", JVM_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new LimitExceeded("interrupted");
        }
        switch (failure[0]) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure[0]);
        }
        return exitCode[0];
    }

    private int runMain() {
        try {
            initStatics();
            Frame f = pushFrame(program.mainIndex());
            execute(f);
            out.flush();
            return 0;
        } catch (RustPanic p) {
            if (!p.reported) reportPanic(p);
            out.flush();
            return 101;
        } catch (StackOverflow so) {
            out.flush();
            err.print("\nthread '" + overflowedThread + " has overflowed its stack\n"
                + "fatal runtime error: stack overflow, aborting\n");
            err.flush();
            return 134;
        } catch (UndefinedBehavior ub) {
            out.flush();
            err.print("error: Undefined Behavior: " + ub.getMessage() + "\n");
            err.flush();
            return 70;
        }
    }

    private void reportPanic(RustPanic p) {
        out.flush();
        err.print("\nthread '" + threadName + "' (" + threadId + ") panicked at " + location(p.span) + ":\n" + p.getMessage()
            + "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
        err.flush();
    }

    /** The allocations of the program's `static mut` items, at the addresses its image gives them. */
    private Allocation[] statics;

    /**
     * Places each static at its address in .data or .bss (as `sections` shows it) and computes its initial
     * value (rustc does that at compile time; the values are the same).
     */
    private void initStatics() {
        List<Thir.Static> defs = program.statics();
        statics = new Allocation[defs.size()];
        long fallback = ProcessImage.RODATA_BASE + 0x80_000;
        for (int i = 0; i < defs.size(); i++) {
            Thir.Static st = defs.get(i);
            Layout l = layout(st.ty());
            long address = -1;
            if (image != null) {
                for (var pl : image.placements()) {
                    if (pl.kind() == rustmem.link.Placement.Kind.STATIC && pl.name().equals(st.name())) address = pl.address();
                }
            }
            if (address < 0) {
                address = (fallback + l.align() - 1) / l.align() * l.align();
                fallback = address + Math.max(1, l.size());
            }
            statics[i] = memory.allocate(address, (int) l.size(), AllocKind.DATA, "static " + st.name());
            Frame init = pushFrame(st.initBody());
            int valueOff = init.off(0);
            execute(init);
            System.arraycopy(stack.bytes, valueOff, statics[i].bytes, 0, (int) l.size());
        }
    }

    /** Thrown when the simulated stack pointer passes the guard page. */
    private static final class StackOverflow extends RuntimeException {
        StackOverflow() { super(null, null, false, false); }
    }

    /** The run was stopped by a limit; reported as an error, not as the program's result. */
    public static final class LimitExceeded extends RuntimeException {
        public LimitExceeded(String message) { super(message, null, false, false); }
    }

    /** A source location for a heap block's report, put into words only when shown. */
    Object site(Span span) {
        return new Object() {
            @Override
            public String toString() { return location(span); }
        };
    }

    String location(Span span) {
        return source.name() + ":" + source.line(span.lo()) + ":" + source.column(span.lo());
    }

    // ------------------------------------------------------------------ frames

    /** A body with its frame layout and, from its first call on, its compiled nodes. */
    static final class Function {
        final Mir.Body body;
        final FrameLayout layout;
        /** Compiled on the first call. */
        BodyCode code;

        Function(Mir.Body body, FrameLayout layout) {
            this.body = body;
            this.layout = layout;
        }
    }

    Function function(int fn) {
        Function known = functions[fn];
        if (known != null) return known;
        Mir.Body body = program.bodies().get(fn);
        int n = body.locals().size();
        int[] offsets = new int[n];
        Layout[] layouts = new Layout[n];
        long off = 0;
        for (int i = 0; i < n; i++) {
            Layout l = layout(body.locals().get(i).ty());
            layouts[i] = l;
            off = (off + l.align() - 1) / l.align() * l.align();
            offsets[i] = (int) off;
            off += l.size();
        }
        // a frame also holds the return address and saved frame pointer
        int size = (int) ((off + 16 + 15) / 16 * 16);
        functions[fn] = new Function(body, new FrameLayout(offsets, layouts, size));
        return functions[fn];
    }

    Frame pushFrame(int fn) { return pushFrame(function(fn)); }

    /** fn's code, compiled (MIR to nodes to bytecode) on its first call. */
    BodyCode code(Function fn) {
        BodyCode code = fn.code;
        if (code == null) {
            code = BodyCodegen.generate(this, fn.body.name(), MirCompiler.compile(this, fn.body, fn.layout));
            fn.code = code;
        }
        return code;
    }

    /** Functions whose address the program took (fn pointers), by address. */
    private final Map<Long, Integer> functionsByAddress = new HashMap<>();

    /** A function's address: where `sections` places it in .text (or an address of its own there). */
    long functionAddress(int fn) {
        String name = program.bodies().get(fn).name();
        long addr = -1;
        if (image != null) {
            for (var pl : image.placements()) {
                if (pl.kind() == rustmem.link.Placement.Kind.FUNCTION && pl.name().equals(name)) addr = pl.address();
            }
        }
        if (addr < 0) addr = ProcessImage.TEXT_BASE + 0x10_0000 + 16L * fn;
        functionsByAddress.put(addr, fn);
        return addr;
    }

    /** The function a fn pointer points to. */
    Function functionAt(long addr) {
        Integer fn = functionsByAddress.get(addr);
        if (fn == null) throw new UndefinedBehavior("calling 0x" + Long.toHexString(addr) + ", which is not a function");
        return function(fn);
    }

    /** The innermost frame: where a panic starts unwinding (at first the frame below main's, of no body). */
    private Frame top;
    private final Frame bottom;

    /** Pushes fn's frame below the current ones. */
    Frame pushFrame(Function fn) {
        long base = sp - fn.layout.size();
        if (base < stackLimit) throw stackOverflow();
        sp = base;
        if (base < stackLow && threadId == ProcessImage.PID) stackLow = base;   // (the report shows main's stack)
        Frame f = top.push(fn, (int) (base - stack.base));
        top = f;
        return f;
    }

    /**
     * Runs body on another thread's stack (a spawned thread, run to its end where it is spawned): frames
     * are pushed there, panics report that thread's name and id; main's stack and frames are as before after.
     */
    void onThread(String name, long tid, Allocation threadStack, Runnable body) {
        Allocation savedStack = stack;
        long savedSp = sp, savedLimit = stackLimit, savedTid = threadId;
        Frame savedTop = top;
        String savedName = threadName;
        stack = threadStack;
        sp = threadStack.base + threadStack.size();
        stackLimit = threadStack.base;
        top = new Frame(threadStack);
        threadName = name;
        threadId = tid;
        try {
            body.run();
        } finally {
            stack = savedStack;
            sp = savedSp;
            stackLimit = savedLimit;
            top = savedTop;
            threadName = savedName;
            threadId = savedTid;
        }
    }

    /** Whether the running thread is unwinding after a panic (guards dropped now poison their Mutex). */
    private boolean unwinding;

    boolean unwinding() { return unwinding; }

    /** Which thread overflowed its stack, as the message names it: `main' (4242`. */
    private String overflowedThread;

    private StackOverflow stackOverflow() {
        // (std's overflow handler knows the main thread's name only)
        overflowedThread = (threadId == ProcessImage.PID ? threadName : "<unknown>") + "' (" + threadId + ")";
        return new StackOverflow();
    }

    /** Pops the innermost frame: only the stack pointer moves; the bytes stay until overwritten. */
    void popFrame(Frame f) {
        sp = f.alloc.base + f.base + f.function.layout.size();
        top = f.caller;
    }

    /** A call the generated code does not inline: push, arguments, run, pop, result. */
    void invoke(CompiledBody.Call c, Frame caller) {
        Frame callee = pushFrame(c.callee());
        for (CompiledBody.Arg a : c.args()) a.store(caller, callee);
        runToReturn(code(c.callee()), callee);
        popFrame(callee);
        copyResult(caller, callee, c.destination());
    }

    /**
     * A call whose body is known only at run time (through a fn pointer or a vtable): self (a data pointer,
     * or null) is its first argument, then the operands, read in the caller's frame, stored by the body's
     * locals' types.
     */
    void invokeDynamic(Frame caller, Function fn, Long self, List<Mir.Operand> operands, CompiledPlace destination) {
        Frame callee = pushFrame(fn);
        int local = 1;
        if (self != null && !(fn.body.locals().get(1).ty() instanceof Ty.Ref || fn.body.locals().get(1).ty() instanceof Ty.RawPtr
            || fn.body.locals().get(1).ty() instanceof Ty.Adt b && b.def().name().equals("Box"))) {
            // a body that takes its receiver by value (an FnOnce closure behind `dyn FnOnce`): the value moves in
            copyTo(self, callee, local++);
        } else if (self != null) {
            Allocation.write(callee.mem, callee.off(local++), 8, self);
        }
        for (Mir.Operand op : operands) {
            store(caller, op, callee.mem, callee.off(local), fn.body.locals().get(local).ty());
            local++;
        }
        runToReturn(code(fn), callee);
        popFrame(callee);
        copyResult(caller, callee, destination);
    }

    /** Copies a returned frame's return place to the caller's destination. */
    void copyResult(Frame caller, Frame callee, CompiledPlace destination) {
        int size = (int) callee.function.layout.layouts()[0].size();
        if (size == 0) return;
        int to = destination(caller, destination);
        System.arraycopy(callee.mem, callee.off(0), placeMem, to, size);
    }

    /** Where a destination place of f's body is: its offset in placeMem (which this sets). */
    int destination(Frame f, CompiledPlace p) {
        if (p.inFrame()) {
            placeMem = f.mem;
            return f.base + p.start;
        }
        return resolve(f, p);
    }

    /** Runs a body in its frame to its return, one step per call and per iteration of its loops. */
    void runToReturn(BodyCode code, Frame f) {
        int block = 0;
        do {
            step();
            block = code.run(f, block);
        } while (block >= 0);
    }

    /** Counts a step against --max-steps: a call, or one more iteration of a loop. */
    void step() {
        if (++steps > maxSteps) throw new LimitExceeded("the program ran for more than " + maxSteps
            + " steps (raise it with --max-steps)");
    }

    UndefinedBehavior unreachable() { return new UndefinedBehavior("entering unreachable code"); }

    // ------------------------------------------------------------------ places and operands

    // places, constants and types are shared objects of the MIR: resolve each once
    private final Map<Ty, Layout> layouts = new IdentityHashMap<>();

    /** Set by {@link #offset}: the memory, type, size and signedness of the place just resolved. */
    Allocation placeAlloc;
    byte[] placeMem;
    Ty placeTy;
    int placeSize;
    boolean placeSigned;

    Layout layout(Ty t) {
        Layout l = layouts.get(t);
        if (l == null) {
            l = cx.layoutOf(t);
            layouts.put(t, l);
        }
        return l;
    }

    /** Resolves a place of f's body: returns its offset in placeMem (placeAlloc's bytes) and sets placeTy/Size/Signed. */
    int offset(Frame f, Mir.Place p) { return resolve(f, compiled(f.function.body, f.function.layout, p)); }

    /** Resolves a compiled place of f's body, as {@link #offset}. */
    int resolve(Frame f, CompiledPlace cp) {
        placeTy = cp.ty;
        placeSize = cp.size;
        placeSigned = cp.signed;
        Allocation alloc;
        int off;
        if (cp.local < 0) {
            alloc = statics[-1 - cp.local];
            off = cp.start;
        } else {
            alloc = f.alloc;
            off = f.base + cp.start;
        }
        int[] steps = cp.steps;
        if (steps != null) {
            for (int i = 0; i < steps.length; i += 3) {
                switch (steps[i]) {
                    case CompiledPlace.FIELD -> off += steps[i + 1];
                    case CompiledPlace.INDEX -> off += (int) (Allocation.read(f.mem, f.base + steps[i + 1], 8, false) * steps[i + 2]);
                    default -> {
                        long addr = Allocation.read(alloc.bytes, off, 8, false) + steps[i + 1];
                        alloc = memory.find(addr, steps[i + 2]);
                        off = (int) (addr - alloc.base);
                    }
                }
            }
        }
        placeAlloc = alloc;
        placeMem = alloc.bytes;
        return off;
    }

    /** The place compiled for body (kept on the place: each place object belongs to one body). */
    CompiledPlace compiled(Mir.Body body, FrameLayout fl, Mir.Place p) {
        if (p.resolved instanceof CompiledPlace cp && cp.body == body) return cp;
        CompiledPlace cp = compilePlace(body, fl, p);
        p.resolved = cp;
        return cp;
    }

    /**
     * Walks a place's projections once: fields add their offsets, an index or a pointer load becomes a
     * run-time step (with the element size, or the pointee's size and Rc's offset of its value).
     */
    private CompiledPlace compilePlace(Mir.Body body, FrameLayout fl, Mir.Place p) {
        int off = p.isStatic() ? 0 : fl.offsets()[p.local()];
        Ty ty = p.isStatic() ? program.statics().get(-1 - p.local()).ty() : body.locals().get(p.local()).ty();
        List<Integer> steps = new ArrayList<>();
        int variant = -1;
        for (Mir.Proj proj : p.projection()) {
            switch (proj) {
                case Mir.Proj.Downcast dc -> variant = dc.variant();
                case Mir.Proj.Field fld -> {
                    int fo = (int) variantLayout(layout(ty), variant).fields().offset(fld.index());
                    if (steps.isEmpty()) off += fo;
                    else steps.addAll(List.of(CompiledPlace.FIELD, fo, 0));
                    ty = fieldTy(ty, variant, fld.index());
                    variant = -1;
                }
                case Mir.Proj.Index ix -> {
                    Ty elem = ((Ty.Array) ty).element();
                    steps.addAll(List.of(CompiledPlace.INDEX, fl.offsets()[ix.local()], (int) layout(elem).size()));
                    ty = elem;
                }
                case Mir.Proj.Deref d -> {
                    // through a reference, a raw pointer, a Box (whose first word is its pointer) or an Rc (whose
                    // pointer is to RcInner, the value after the counts)
                    Ty pointee = switch (ty) {
                        case Ty.Ref r -> r.pointee();
                        case Ty.RawPtr r -> r.pointee();
                        case Ty.Adt a -> a.args().get(0);
                        default -> throw new IllegalStateException("dereferencing " + ty.display());
                    };
                    int valueOffset = ty instanceof Ty.Adt a && (a.def().name().equals("Rc") || a.def().name().equals("Arc"))
                        ? heap.rcLayout(ty).value() : 0;
                    if (ty instanceof Ty.Adt a && (a.def().name().equals("Ref") || a.def().name().equals("RefMut"))) {
                        // a RefCell guard's pointer is its `value` field
                        int at = (int) layout(ty).fields().offset(a.def().fieldIndex("value"));
                        if (at != 0) steps.addAll(List.of(CompiledPlace.FIELD, at, 8));
                    }
                    if (ty instanceof Ty.Adt a && a.def().name().equals("MutexGuard")) {
                        // a Mutex guard's pointer is to the Mutex: the value is its `data` field
                        int at = (int) layout(ty).fields().offset(a.def().fieldIndex("lock"));
                        if (at != 0) steps.addAll(List.of(CompiledPlace.FIELD, at, 8));
                        valueOffset = threads.dataOffset(ty);
                    }
                    if (ty instanceof Ty.Adt a && !Set.of("Box", "Rc", "Arc", "Ref", "RefMut", "MutexGuard").contains(a.def().name())) {
                        throw new IllegalStateException("dereferencing " + ty.display());
                    }
                    steps.addAll(List.of(CompiledPlace.DEREF, valueOffset, (int) layout(pointee).size()));
                    ty = pointee;
                }
            }
        }
        int[] stepArray = steps.isEmpty() ? null : steps.stream().mapToInt(Integer::intValue).toArray();
        return new CompiledPlace(body, p.local(), off, stepArray, ty, (int) layout(ty).size(), isSigned(ty));
    }

    /** Reads a scalar operand (integers, floats as bits, bool, char) as a long. */
    long scalar(Frame f, Mir.Operand op) {
        return switch (op) {
            case Mir.Copy c -> {
                int off = offset(f, c.place());
                yield Allocation.read(placeMem, off, placeSize, placeSigned);
            }
            case Mir.Constant k -> constBits(k);
        };
    }

    /** The layout of variant v of an enum layout (v < 0: the layout itself). */
    private static Layout variantLayout(Layout l, int v) {
        if (v >= 0 && l.variants() instanceof rustmem.layout.Variants.Multiple m) return m.variants().get(v);
        return l;
    }

    static Ty fieldTy(Ty t, int i) { return fieldTy(t, -1, i); }

    /** The type of the named field of a struct. */
    static Ty fieldTy(Ty t, String name) { return fieldTy(t, -1, ((Ty.Adt) t).def().fieldIndex(name)); }

    /** The address of field i, or of the named field, of the struct or tuple at addr. */
    long field(long addr, Ty ty, int i) { return addr + layout(ty).fields().offset(i); }

    long field(long addr, Ty ty, String name) { return field(addr, ty, ((Ty.Adt) ty).def().fieldIndex(name)); }

    /** The type of field i of a tuple, struct or (variant >= 0) enum variant. */
    static Ty fieldTy(Ty t, int variant, int i) {
        return switch (t) {
            case Ty.Tuple tu -> tu.elements().get(i);
            case Ty.Adt a -> a.def().variants().get(Math.max(variant, 0)).fields().get(i).type().subst(a.args());
            case Ty.Array a -> a.element();
            case Ty.Closure c -> c.fieldTys().get(i);
            default -> throw new IllegalStateException("no fields in " + t.display());
        };
    }

    private static boolean isSigned(Ty t) { return t instanceof Ty.Int i && i.kind().signed; }

    private long constBits(Mir.Constant k) {
        if (k.wide()) throw new LimitExceeded("unsupported: 128-bit integer values");
        if (k.value() instanceof Thir.Const.Str) throw new IllegalStateException("a string is not a scalar");
        // a byte string is a thin pointer to its bytes in .rodata
        if (k.value() instanceof Thir.Const.Bytes b) return byteLiteral(b.value()).base;
        return k.bits();
    }

    private Ty operandTy(Frame f, Mir.Operand op) {
        return switch (op) {
            case Mir.Copy c -> {
                offset(f, c.place());
                yield placeTy;
            }
            case Mir.Constant k -> k.ty();
        };
    }

    private static boolean isStrRef(Ty t) { return t instanceof Ty.Ref r && r.pointee() instanceof Ty.Str; }

    /** Copies an operand's bytes to mem[off..]. */
    void store(Frame f, Mir.Operand op, byte[] mem, int off, Ty ty) {
        switch (op) {
            case Mir.Copy c -> {
                int src = offset(f, c.place());
                // the source place has the destination's type: its resolved size is the size to copy
                System.arraycopy(placeMem, src, mem, off, placeSize);
            }
            case Mir.Constant k -> {
                if (k.value() instanceof Thir.Const.Str s) {
                    Allocation lit = literal(s.value());
                    Allocation.write(mem, off, 8, lit.base);
                    Allocation.write(mem, off + 8, 8, lit.size());
                } else {
                    Allocation.write(mem, off, (int) layout(ty).size(), constBits(k));
                }
            }
        }
    }

    private final Map<String, Allocation> byteLiterals = new HashMap<>();

    /** A byte string literal's bytes in .rodata (identical ones merged, as the linker does). */
    private Allocation byteLiteral(byte[] bytes) {
        return byteLiterals.computeIfAbsent(new String(bytes, StandardCharsets.ISO_8859_1),
            k -> memory.allocateRodata(bytes, "byte string literal"));
    }

    private Allocation literal(String s) {
        return literals.computeIfAbsent(s, k -> {
            byte[] bytes = k.getBytes(StandardCharsets.UTF_8);
            long at = image == null ? -1 : image.literalAddress(k);
            return at >= 0 ? memory.allocateRodataAt(at, bytes, "string literal") : memory.allocateRodata(bytes, "string literal");
        });
    }

    // ------------------------------------------------------------------ execution

    /**
     * Runs frames until the one started with no caller returns. A panic unwinds: the message is printed
     * (once, by the innermost execute), then each frame's live locals with drop glue are dropped, innermost
     * frame first, as std's unwinder runs the landing pads.
     */
    private void execute(Frame start) {
        try {
            runToReturn(code(start.function), start);
            popFrame(start);
        } catch (RustPanic p) {
            if (!p.reported) {
                p.reported = true;
                reportPanic(p);
            }
            unwinding = true;   // drops below see a panicking thread (a Mutex guard poisons its lock)
            for (Frame fr = top; ; fr = fr.caller) {
                List<int[]> slots = fr.function.body.dropSlots();
                for (int i = slots.size() - 1; i >= 0; i--) {
                    int flagOff = fr.off(slots.get(i)[1]);
                    if (fr.mem[flagOff] == 0) continue;
                    fr.mem[flagOff] = 0;
                    int local = slots.get(i)[0];
                    dropInPlace(fr.addr(local), fr.function.body.locals().get(local).ty());
                }
                popFrame(fr);
                if (fr == start) break;
            }
            throw p;
        }
    }

    /** The general code for statements the compiler gave no node of their own. */
    void statement(Frame f, Mir.Statement s) {
        switch (s) {
            case Mir.Assign a -> assign(f, a);
            case Mir.SetDiscriminant sd -> {
                int off = offset(f, sd.place());
                writeDiscriminant(placeMem, off, placeTy, sd.variant());
            }
            case Mir.Drop d -> throw new IllegalStateException("drops have nodes of their own (ShimNodes.DropPlace)");
            case Mir.StorageLive sl -> { }
            case Mir.StorageDead sd -> { }
        }
    }

    /** The general code of std shims: the result goes to the call's destination. */
    /** A std function known by its signature: its shim, or unsupported. */
    void stdCall(Frame f, Mir.StdCall c) {
        int off = offset(f, c.destination());
        stdFns.call(f, c, placeAlloc.base + off, placeTy);
    }

    void intrinsic(Frame f, Mir.IntrinsicCall c) {
        int off = offset(f, c.destination());
        heap.call(f, c, placeAlloc.base + off, placeTy);
    }

    /** format!, write!, print!, eprint! and panic! of the argument values read. */
    void print(Frame f, Mir.Print p, List<FormatValue> args) { printSlots(f, p, Formatter.slots(p.template(), args)); }

    /** format!, write!, print!, eprint! and panic! of what each slot of the template shows. */
    void printSlots(Frame f, Mir.Print p, List<String> slotTexts) {
        if (p.kind() == Thir.PrintKind.FORMAT) {
            // format! writes piece by piece into its String, as std's fmt::Write for String does
            int off = offset(f, p.destination());
            heap.formatString(placeAlloc.base + off, placeTy, p.template(), slotTexts, site(p.span()));
            return;
        }
        String text = Formatter.join(p.template(), slotTexts);
        switch (p.kind()) {
            case WRITE -> {
                StringBuilder buf = formatters.get(scalar(f, p.args().get(0)));
                if (buf == null) throw new UndefinedBehavior("write! into a Formatter that is not live");
                buf.append(text);
            }
            case PRINT, PRINTLN -> {
                heap.allocator.stdoutUsed();
                out.print(p.kind() == Thir.PrintKind.PRINT ? text : text + "\n");
            }
            case EPRINT, EPRINTLN -> {
                out.flush();
                err.print(p.kind() == Thir.PrintKind.EPRINT ? text : text + "\n");
                err.flush();
            }
            case PANIC -> throw new RustPanic(text, p.span());
            case FORMAT -> throw new IllegalStateException("format! is written above");
        }
    }

    String assertMessage(Frame f, Mir.AssertKind k) {
        return switch (k) {
            case Mir.AssertKind.Overflow o -> "attempt to " + switch (o.op()) {
                case ADD -> "add";
                case SUB -> "subtract";
                case MUL -> "multiply";
                case DIV -> "divide";
                case REM -> "calculate the remainder";
                case SHL -> "shift left";
                case SHR -> "shift right";
                default -> o.op().symbol;
            } + " with overflow";
            case Mir.AssertKind.OverflowNeg n -> "attempt to negate with overflow";
            case Mir.AssertKind.DivisionByZero d -> "attempt to divide by zero";
            case Mir.AssertKind.RemainderByZero r -> "attempt to calculate the remainder with a divisor of zero";
            case Mir.AssertKind.BoundsCheck b -> "index out of bounds: the len is " + scalar(f, b.len())
                + " but the index is " + Long.toUnsignedString(scalar(f, b.index()));
        };
    }

    private void assign(Frame f, Mir.Assign a) {
        int dst = offset(f, a.place());
        Ty ty = placeTy;
        byte[] mem = placeMem;
        switch (a.rvalue()) {
            case Mir.Use u -> store(f, u.operand(), mem, dst, ty);
            case Mir.BinaryOp b when isStrRef(operandTy(f, b.lhs())) -> {
                int c = java.util.Arrays.compareUnsigned(strOf(f, b.lhs()).getBytes(StandardCharsets.UTF_8),
                    strOf(f, b.rhs()).getBytes(StandardCharsets.UTF_8));
                mem[dst] = (byte) (IntOps.holds(b.op(), c) ? 1 : 0);
            }
            case Mir.BinaryOp b -> {
                Ty opTy = operandTy(f, b.lhs());
                long r = binary(b.op(), scalar(f, b.lhs()), scalar(f, b.rhs()), opTy, operandTy(f, b.rhs()));
                Allocation.write(mem, dst, (int) layout(ty).size(), r);
            }
            // always a MirCompiler.Checked node (128-bit integers, the only ones it cannot hold, are refused when lowered)
            case Mir.CheckedBinaryOp c -> throw new IllegalStateException("checked arithmetic outside its compiled node");
            case Mir.UnaryOp u -> {
                long v = scalar(f, u.operand());
                int size = (int) layout(ty).size();
                long r = switch (u.op()) {
                    case NOT -> ty instanceof Ty.Bool ? v ^ 1 : IntOps.normalize(~v, size, isSigned(ty));
                    case NEG -> switch (ty) {
                        case Ty.Float fl when fl.kind() == Ty.FloatTy.F32 ->
                            Float.floatToRawIntBits(-Float.intBitsToFloat((int) v)) & 0xFFFF_FFFFL;
                        case Ty.Float fl -> Double.doubleToRawLongBits(-Double.longBitsToDouble(v));
                        default -> IntOps.normalize(-v, size, true);
                    };
                    case DEREF -> throw new IllegalStateException("deref");
                };
                Allocation.write(mem, dst, size, r);
            }
            case Mir.Cast c -> {
                Ty from = operandTy(f, c.operand());
                long v = scalar(f, c.operand());
                Allocation.write(mem, dst, (int) layout(ty).size(), cast(v, from, c.target()));
            }
            case Mir.Aggregate agg -> {
                Layout l = layout(ty);
                for (int i = 0; i < agg.operands().size(); i++) {
                    Ty et = fieldTy(ty, i);
                    store(f, agg.operands().get(i), mem, dst + (int) l.fields().offset(i), et);
                }
            }
            case Mir.LayoutOf lo -> {
                Layout of = layout(lo.of());
                Allocation.write(mem, dst, 8, lo.query() == Thir.LayoutQuery.SIZE_OF ? of.size() : of.align());
            }
            case Mir.Discriminant d -> {
                int off = offset(f, d.place());
                long v = discriminant(placeMem, off, placeTy);
                Allocation.write(mem, dst, (int) layout(ty).size(), v);
            }
            case Mir.Ref r -> {
                int off = offset(f, r.place());
                Allocation.write(mem, dst, 8, placeAlloc.base + off);
            }
            case Mir.Repeat rep -> {
                Ty et = ((Ty.Array) ty).element();
                int size = (int) layout(et).size();
                for (long i = 0; i < rep.count(); i++) store(f, rep.value(), mem, dst + (int) (i * size), et);
            }
            case Mir.MakeDyn m -> {
                long data = scalar(f, m.data());
                Allocation.write(mem, dst, 8, data);
                Allocation.write(mem, dst + 8, 8, vtables.of(m).address());
            }
        }
    }

    private long binary(BinOp op, long l, long r, Ty ty, Ty rhsTy) {
        if (ty instanceof Ty.Float fl) {
            boolean f32 = fl.kind() == Ty.FloatTy.F32;
            double a = f32 ? Float.intBitsToFloat((int) l) : Double.longBitsToDouble(l);
            double b = f32 ? Float.intBitsToFloat((int) r) : Double.longBitsToDouble(r);
            if (op.isComparison()) {
                boolean res = switch (op) {
                    case EQ -> a == b;
                    case NE -> a != b;
                    case LT -> a < b;
                    case LE -> a <= b;
                    case GT -> a > b;
                    default -> a >= b;
                };
                return res ? 1 : 0;
            }
            double v = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case REM -> a % b;
                default -> throw new IllegalStateException(op.symbol);
            };
            return f32 ? Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL : Double.doubleToRawLongBits(v);
        }
        int bytes = ty instanceof Ty.Int ? (int) layout(ty).size() : 8;
        return IntOps.binary(op, l, r, bytes, isSigned(ty));
    }

    /** Rust's `as` between numbers, bool and char: truncation, extension, saturating float-to-int. */
    private long cast(long v, Ty from, Ty to) {
        if (to instanceof Ty.Float tf) {
            double d;
            if (from instanceof Ty.Float ff) {
                d = ff.kind() == Ty.FloatTy.F32 ? Float.intBitsToFloat((int) v) : Double.longBitsToDouble(v);
            } else if (isSigned(from)) {
                d = tf.kind() == Ty.FloatTy.F32 ? (double) (float) v : (double) v;
            } else {
                d = unsignedToDouble(v, tf.kind() == Ty.FloatTy.F32);
            }
            return tf.kind() == Ty.FloatTy.F32 ? Float.floatToRawIntBits((float) d) & 0xFFFF_FFFFL
                : Double.doubleToRawLongBits(d);
        }
        if (to instanceof Ty.Char) return v & 0xFF;
        if (to instanceof Ty.RawPtr) return v;
        Ty.IntTy k = ((Ty.Int) to).kind();
        int bytes = (int) layout(to).size();
        if (from instanceof Ty.Float ff) {
            double d = ff.kind() == Ty.FloatTy.F32 ? Float.intBitsToFloat((int) v) : Double.longBitsToDouble(v);
            return floatToInt(d, bytes, k.signed);
        }
        return IntOps.normalize(v, bytes, k.signed);   // integers and pointer addresses
    }

    private static double unsignedToDouble(long v, boolean f32) {
        if (v >= 0) return f32 ? (float) v : (double) v;
        java.math.BigDecimal bd = new java.math.BigDecimal(new java.math.BigInteger(Long.toUnsignedString(v)));
        return f32 ? bd.floatValue() : bd.doubleValue();
    }

    private static long floatToInt(double d, int bytes, boolean signed) {
        if (Double.isNaN(d)) return 0;
        int bits = bytes * 8;
        if (signed) {
            double min = -Math.pow(2, bits - 1);
            double max = Math.pow(2, bits - 1) - 1;
            if (d <= min) return (long) min;
            if (d >= max) return bits == 64 ? Long.MAX_VALUE : (long) max;
            return (long) d;
        }
        if (d <= 0) return 0;
        if (bits == 64) {
            if (d >= 18446744073709551615.0) return -1L;
            return new java.math.BigDecimal(Math.floor(d)).toBigInteger().longValue();
        }
        double max = Math.pow(2, bits) - 1;
        return d >= max ? (long) max : (long) d;
    }

    private final Map<rustmem.legacy.types.AdtDef, List<java.math.BigInteger>> discriminants = new IdentityHashMap<>();

    long discriminantValue(rustmem.legacy.types.AdtDef def, int variant) {
        return discriminants.computeIfAbsent(def, rustmem.legacy.types.AdtDef::discriminants).get(variant).longValue();
    }

    /** Which variant the enum value at mem[off] holds, decoded from its tag or niche (rustc's read_discriminant). */
    private int variantOf(byte[] mem, int off, Ty ty) {
        Layout l = layout(ty);
        rustmem.legacy.types.AdtDef def = ((Ty.Adt) ty).def();
        return switch (l.variants()) {
            case rustmem.layout.Variants.Single s -> s.index();
            case rustmem.layout.Variants.Empty e -> throw new UndefinedBehavior("reading the discriminant of an uninhabited enum");
            case rustmem.layout.Variants.Multiple m -> {
                int size = m.tag().size(cx.dataLayout());
                int tagOff = off + (int) l.fields().offset(m.tagField());
                long raw = Allocation.read(mem, tagOff, size, false);
                if (m.encoding() instanceof rustmem.layout.Variants.NicheEncoding ne) {
                    long r = IntOps.normalize(raw - ne.nicheStart().longValue(), size, false);
                    yield Long.compareUnsigned(r, ne.last() - ne.first()) <= 0 ? ne.first() + (int) r : ne.untaggedVariant();
                }
                boolean signed = m.tag().primitive() instanceof rustmem.layout.Primitive.Int pi && pi.signed();
                long v = Allocation.read(mem, tagOff, size, signed);
                for (int i = 0; i < def.variants().size(); i++) {
                    if (IntOps.normalize(discriminantValue(def, i), size, signed) == v) yield i;
                }
                throw new UndefinedBehavior("enum value has invalid tag: 0x" + Long.toHexString(raw));
            }
        };
    }

    private long discriminant(byte[] mem, int off, Ty ty) {
        return discriminantValue(((Ty.Adt) ty).def(), variantOf(mem, off, ty));
    }

    private void writeDiscriminant(byte[] mem, int off, Ty ty, int variant) {
        Layout l = layout(ty);
        if (!(l.variants() instanceof rustmem.layout.Variants.Multiple m)) return;
        int size = m.tag().size(cx.dataLayout());
        int tagOff = off + (int) l.fields().offset(m.tagField());
        if (m.encoding() instanceof rustmem.layout.Variants.NicheEncoding ne) {
            if (variant != ne.untaggedVariant()) {
                Allocation.write(mem, tagOff, size, ne.nicheStart().longValue() + (variant - ne.first()));
            }
        } else {
            Allocation.write(mem, tagOff, size, discriminantValue(((Ty.Adt) ty).def(), variant));
        }
    }

    /** The text a &str operand points to (str compares as its UTF-8 bytes). */
    String strOf(Frame f, Mir.Operand op) {
        if (op instanceof Mir.Constant k && k.value() instanceof Thir.Const.Str s) return s.value();
        return heap.text(strPtr(f, op), strLen(f, op));
    }

    // ------------------------------------------------------------------ formatting

    FormatValue formatValue(Frame f, Mir.Operand op, Ty ty) {
        if (op instanceof Mir.Constant k) {
            return switch (k.value()) {
                case Thir.Const.Str s -> new FormatValue.Str(s.value());
                case Thir.Const.Unit u -> new FormatValue.Unit();
                default -> readValue(bitsBytes(k, ty), -1, 0, ty);
            };
        }
        int off = offset(f, ((Mir.Copy) op).place());
        return readValue(placeMem, placeAlloc.base, off, ty);
    }

    // ------------------------------------------------------------------ drop glue

    /**
     * rustc's drop glue for the value at addr: the type's Drop impl first (with {@code &mut self}), then
     * its fields in declaration order (of the enum's current variant), tuple and array elements in order.
     */
    void dropInPlace(long addr, Ty ty) {
        if (!needsDrop(ty)) return;
        if (rustmem.legacy.types.StdCalls.isHeapOwner(ty)) {
            heap.drop(addr, ty);
            return;
        }
        Integer impl = program.dropImpls().get(ty);
        if (impl != null) callWithPointers(impl, addr);
        Allocation a = memory.find(addr, layout(ty).size());
        int off = (int) (addr - a.base);
        switch (ty) {
            case Ty.Adt adt when !adt.def().isUnion() -> {
                int v = adt.def().isEnum() ? variantOf(a.bytes, off, ty) : 0;
                if (v < 0 || adt.def().variants().isEmpty()) return;
                Layout vl = variantLayout(layout(ty), adt.def().isEnum() ? v : -1);
                int n = adt.def().variants().get(v).fields().size();
                for (int i = 0; i < n; i++) {
                    Ty ft = fieldTy(ty, adt.def().isEnum() ? v : -1, i);
                    dropInPlace(addr + vl.fields().offset(i), ft);
                }
            }
            case Ty.Tuple t -> dropFields(addr, layout(ty), t.elements());
            case Ty.Closure c -> dropFields(addr, layout(ty), c.fieldTys());
            case Ty.Array arr -> {
                long size = layout(arr.element()).size();
                for (long i = 0; i < arr.length(); i++) dropInPlace(addr + i * size, arr.element());
            }
            default -> { }
        }
    }


    /** Drops a tuple's or closure's fields in order. */
    private void dropFields(long addr, Layout l, List<Ty> fields) {
        for (int i = 0; i < fields.size(); i++) {
            dropInPlace(addr + l.fields().offset(i), fields.get(i));
        }
    }

    /** Copies an operand's value to an address. */
    void storeAt(Frame f, Mir.Operand op, long addr, Ty ty) {
        long size = layout(ty).size();
        if (size == 0) return;
        Allocation a = memory.find(addr, size);
        store(f, op, a.bytes, (int) (addr - a.base), ty);
    }

    long readScalar(long addr, int size, boolean signed) {
        Allocation a = memory.find(addr, size);
        return Allocation.read(a.bytes, (int) (addr - a.base), size, signed);
    }

    void writeScalar(long addr, int size, long v) {
        Allocation a = memory.find(addr, size);
        Allocation.write(a.bytes, (int) (addr - a.base), size, v);
    }

    /** The address of the str an &str operand points to. */
    long strPtr(Frame f, Mir.Operand op) {
        if (op instanceof Mir.Constant k && k.value() instanceof Thir.Const.Str s) return literal(s.value()).base;
        int off = offset(f, ((Mir.Copy) op).place());
        return Allocation.read(placeMem, off, 8, false);
    }

    /** The length of the str an &str operand points to. */
    long strLen(Frame f, Mir.Operand op) {
        if (op instanceof Mir.Constant k && k.value() instanceof Thir.Const.Str s) return literal(s.value()).size();
        int off = offset(f, ((Mir.Copy) op).place());
        return Allocation.read(placeMem, off + 8, 8, false);
    }

    /** Which variant the enum at addr holds. */
    int variantAt(long addr, Ty enumTy) {
        Allocation a = memory.find(addr, Math.max(1, layout(enumTy).size()));
        return variantOf(a.bytes, (int) (addr - a.base), enumTy);
    }

    void writeVariant(long addr, Ty enumTy, int variant) {
        Allocation a = memory.find(addr, Math.max(1, layout(enumTy).size()));
        writeDiscriminant(a.bytes, (int) (addr - a.base), enumTy, variant);
    }

    long variantFieldOffset(Ty enumTy, int variant, int field) {
        return variantLayout(layout(enumTy), variant).fields().offset(field);
    }

    /** rustc's needs_drop, cached per type: values without drop glue (a String's bytes) are skipped whole. */
    boolean needsDrop(Ty t) { return dropGlue.needsDrop(t); }

    private final rustmem.legacy.types.DropGlue dropGlue;

    /** Calls fn with pointer arguments (Drop::drop's &mut self; fmt's &self, &mut Formatter) and runs it to its return. */
    private void callWithPointers(int fn, long... pointers) { execute(enter(fn, pointers)); }

    /** Calls fn with pointer arguments, as std's code calls the program's (an iterator's next), its result copied to result. */
    void call(int fn, long result, long... pointers) {
        Frame callee = enter(fn, pointers);
        int size = (int) callee.function.layout.layouts()[0].size();
        int ret = callee.off(0);
        execute(callee);
        if (size > 0) {
            Allocation to = memory.find(result, size);
            System.arraycopy(callee.mem, ret, to.bytes, (int) (result - to.base), size);
        }
    }

    /** fn's frame, pushed with the pointers as its arguments, ready to run from its first block. */
    private Frame enter(int fn, long... pointers) {
        Frame callee = pushFrame(fn);
        for (int i = 0; i < pointers.length; i++) Allocation.write(callee.mem, callee.off(i + 1), 8, pointers[i]);
        return callee;
    }

    Mir.Program program() { return program; }

    /**
     * Calls a closure as std's code does: env is the closure's address (passed by reference to Fn and
     * FnMut closures, its bytes moved in for FnOnce), each argument's bytes are moved in from its
     * address, and the result is copied to result.
     */
    void callClosure(Ty.Closure closure, long env, List<Long> args, long result) {
        Integer fn = program.closures().get(closure);
        if (fn == null) throw new IllegalStateException("no body for " + closure.display());
        Frame callee = pushFrame(fn);
        if (closure.def().kind() == rustmem.legacy.types.ClosureDef.Kind.FN_ONCE) {
            copyTo(env, callee, 1);
        } else {
            Allocation.write(callee.mem, callee.off(1), 8, env);
        }
        for (int i = 0; i < args.size(); i++) copyTo(args.get(i), callee, i + 2);
        execute(callee);
        long size = callee.function.layout.layouts()[0].size();
        if (size > 0) {
            Allocation to = memory.find(result, size);
            System.arraycopy(callee.mem, callee.off(0), to.bytes, (int) (result - to.base), (int) size);
        }
    }

    /** Copies the value at addr into a local of a frame (its size is the local's). */
    private void copyTo(long addr, Frame f, int local) {
        long size = f.function.layout.layouts()[local].size();
        if (size == 0) return;
        Allocation from = memory.find(addr, size);
        System.arraycopy(from.bytes, (int) (addr - from.base), f.mem, f.off(local), (int) size);
    }

    /** An operand's bytes in a new stack slot (released by the caller with {@link #releaseStackSlot}): its address. */
    long spill(Frame f, Mir.Operand op, Ty ty) {
        long slot = stackSlot(layout(ty).size());
        storeAt(f, op, slot, ty);
        return slot;
    }

    /** Stack pointers saved by {@link #stackSlot}, innermost last. */
    private final java.util.ArrayDeque<Long> slotSaves = new java.util.ArrayDeque<>();

    /** A 16-aligned slot of at least size bytes below the current frames (an item a shim holds in flight). */
    long stackSlot(long size) {
        long at = (sp - Math.max(size, 1)) & ~15L;
        if (at < stackLimit) throw stackOverflow();
        slotSaves.push(sp);
        sp = at;
        if (at < stackLow && threadId == ProcessImage.PID) stackLow = at;
        return at;
    }

    void releaseStackSlot(long slot) { sp = slotSaves.pop(); }

    /** Output buffers of the Formatters live on the simulated stack, by address. */
    private final Map<Long, StringBuilder> formatters = new HashMap<>();
    private static final int FORMATTER_SLOT = 32;

    /**
     * Runs one of the program's fmt impls for the value at selfAddr, as std's formatting machinery calls
     * it: with a Formatter in a stack slot below the current frames; returns what the impl wrote.
     */
    private String callFmt(int fn, long selfAddr) {
        if (selfAddr < 0) throw new IllegalStateException("a value with a fmt impl has no address");
        long savedSp = sp;
        long fmtAddr = (sp - FORMATTER_SLOT) & ~15L;
        if (fmtAddr < stackLimit) throw stackOverflow();
        sp = fmtAddr;
        StringBuilder buf = new StringBuilder();
        formatters.put(fmtAddr, buf);
        try {
            callWithPointers(fn, selfAddr, fmtAddr);
        } finally {
            formatters.remove(fmtAddr);
            sp = savedSp;
        }
        return buf.toString();
    }

    private byte[] bitsBytes(Mir.Constant k, Ty ty) {
        byte[] b = new byte[16];
        Allocation.write(b, 0, (int) layout(ty).size(), constBits(k));
        return b;
    }

    /**
     * Reads a value for formatting; base is the address of mem[0] (-1 for loose constant bytes), which
     * the program's own fmt impls need for their {@code &self}.
     */
    private FormatValue readValue(byte[] mem, long base, int off, Ty ty) {
        if (ty instanceof Ty.Adt a && a.def().fromStd() && a.def().name().equals("ParseIntError")) {
            FormatValue derived = readPlain(mem, base, off, ty);
            String kind = ((FormatValue.Struct) ((FormatValue.Struct) derived).values().get(0)).name();
            String message = switch (kind) {
                case "Empty" -> "cannot parse integer from empty string";
                case "InvalidDigit" -> "invalid digit found in string";
                case "PosOverflow" -> "number too large to fit in target type";
                case "NegOverflow" -> "number too small to fit in target type";
                default -> "number would be zero for non-zero type";
            };
            return new FormatValue.Custom(() -> message, null, derived);
        }
        Integer display = program.displayImpls().get(ty);
        Integer debug = program.debugImpls().get(ty);
        if (display != null || debug != null) {
            long self = base + off;
            return new FormatValue.Custom(display == null ? null : () -> callFmt(display, self),
                debug == null ? null : () -> callFmt(debug, self), readPlain(mem, base, off, ty));
        }
        return readPlain(mem, base, off, ty);
    }

    private FormatValue readPlain(byte[] mem, long base, int off, Ty ty) {
        Layout l = layout(ty);
        if (ty instanceof Ty.Adt std && rustmem.legacy.types.StdCalls.isHeapOwner(ty)) {
            long addr = base + off;
            switch (std.def().name()) {
                case "String" -> { return new FormatValue.Str(heap.stringText(addr, ty)); }
                case "Weak" -> { return new FormatValue.Custom(null, () -> "(Weak)", null); }
                case "Ref", "RefMut" -> {
                    // a RefCell guard formats as the value it lends
                    Ty t = std.args().get(0);
                    long ptr = heap.word(addr + layout(ty).fields().offset(std.def().fieldIndex("value")));
                    Allocation target = memory.find(ptr, layout(t).size());
                    return readValue(target.bytes, target.base, (int) (ptr - target.base), t);
                }
                case "HashMap", "HashSet" -> {
                    // std's Debug: the entries in iteration order
                    boolean set = std.def().name().equals("HashSet");
                    Ty key = std.args().get(0), value = set ? null : std.args().get(1);
                    Ty entry = new Ty.Tuple(set ? List.of(key, Ty.UNIT) : List.of(key, value));
                    List<FormatValue> keys = new ArrayList<>(), values = set ? null : new ArrayList<>();
                    for (long e : heap.maps.elements(addr, ty)) {
                        long k = e + layout(entry).fields().offset(0);
                        Allocation ka = memory.find(k, layout(key).size());
                        keys.add(readValue(ka.bytes, ka.base, (int) (k - ka.base), key));
                        if (!set) {
                            long v = e + layout(entry).fields().offset(1);
                            Allocation va = memory.find(v, layout(value).size());
                            values.add(readValue(va.bytes, va.base, (int) (v - va.base), value));
                        }
                    }
                    return new FormatValue.Map(keys, values);
                }
                case "MutexGuard" -> {
                    Ty t = std.args().get(0);
                    long ptr = heap.word(addr + layout(ty).fields().offset(std.def().fieldIndex("lock"))) + threads.dataOffset(ty);
                    Allocation target = memory.find(ptr, layout(t).size());
                    return readValue(target.bytes, target.base, (int) (ptr - target.base), t);
                }
                case "Box", "Rc", "Arc" -> {
                    Ty t = std.args().get(0) instanceof Ty.Dynamic ? vtables.at(heap.word(addr + 8)).concrete() : std.args().get(0);
                    long ptr = heap.word(addr) + (std.def().name().equals("Box") ? 0 : heap.rcLayout(ty).value());
                    // a zero-sized value has no allocation: its pointer is dangling (its alignment)
                    if (layout(t).size() == 0) return new FormatValue.Pointer(ptr, readValue(new byte[0], ptr, 0, t));
                    Allocation target = memory.find(ptr, layout(t).size());
                    return new FormatValue.Pointer(ptr, readValue(target.bytes, target.base, (int) (ptr - target.base), t));
                }
                default -> {
                    Ty elem = std.args().get(0);
                    List<FormatValue> es = new ArrayList<>();
                    for (long e : heap.elements(addr, ty)) {
                        Allocation target = memory.find(e, layout(elem).size());
                        es.add(readValue(target.bytes, target.base, (int) (e - target.base), elem));
                    }
                    return new FormatValue.Array(es);
                }
            }
        }
        if (ty instanceof Ty.Adt cell && cell.def().fromStd() && cell.def().name().equals("RefCell")) {
            // std's Debug: the value, or `<borrowed>` while it is lent mutably
            boolean lent = Allocation.read(mem, off + (int) l.fields().offset(cell.def().fieldIndex("borrow")), 8, true) < 0;
            FormatValue value = lent ? new FormatValue.Custom(() -> "<borrowed>", () -> "<borrowed>", null)
                : readValue(mem, base, off + (int) l.fields().offset(cell.def().fieldIndex("value")), cell.args().get(0));
            return new FormatValue.Struct("RefCell", List.of("value"), List.of(value), false);
        }
        return switch (ty) {
            case Ty.Int i -> new FormatValue.Int(Allocation.read(mem, off, (int) l.size(), i.kind().signed),
                (int) l.size() * 8, i.kind().signed);
            case Ty.Float fl -> fl.kind() == Ty.FloatTy.F32
                ? new FormatValue.Float(Float.intBitsToFloat((int) Allocation.read(mem, off, 4, false)), true)
                : new FormatValue.Float(Double.longBitsToDouble(Allocation.read(mem, off, 8, false)), false);
            case Ty.Bool b -> new FormatValue.Bool(mem[off] != 0);
            case Ty.Char c -> new FormatValue.Char((int) Allocation.read(mem, off, 4, false));
            case Ty.Ref r when r.pointee() instanceof Ty.Slice sl -> {
                long ptr = Allocation.read(mem, off, 8, false);
                long len = Allocation.read(mem, off + 8, 8, false);
                long size = layout(sl.element()).size();
                List<FormatValue> es = new ArrayList<>();
                for (long i = 0; i < len; i++) {
                    Allocation a = memory.find(ptr + i * size, Math.max(1, size));
                    es.add(readValue(a.bytes, a.base, (int) (ptr + i * size - a.base), sl.element()));
                }
                yield new FormatValue.Pointer(ptr, new FormatValue.Array(es));
            }
            case Ty.Ref r when r.pointee() instanceof Ty.Str -> {
                long ptr = Allocation.read(mem, off, 8, false);
                long len = Allocation.read(mem, off + 8, 8, false);
                Allocation a = memory.find(ptr, len);
                yield new FormatValue.Pointer(ptr,
                    new FormatValue.Str(new String(a.bytes, (int) (ptr - a.base), (int) len, StandardCharsets.UTF_8)));
            }
            case Ty.Ref r -> {
                long addr = Allocation.read(mem, off, 8, false);
                // a &dyn Trait shows the value its vtable describes
                Ty t = r.pointee() instanceof Ty.Dynamic ? vtables.at(Allocation.read(mem, off + 8, 8, false)).concrete() : r.pointee();
                Allocation target = memory.find(addr, layout(t).size());
                yield new FormatValue.Pointer(addr, readValue(target.bytes, target.base, (int) (addr - target.base), t));
            }
            case Ty.RawPtr r -> new FormatValue.Pointer(Allocation.read(mem, off, 8, false), null);
            case Ty.Adt a when a.def().isEnum() -> {
                int v = variantOf(mem, off, ty);
                var variant = a.def().variants().get(v);
                Layout vl = variantLayout(l, v);
                List<String> names = new ArrayList<>();
                List<FormatValue> values = new ArrayList<>();
                for (int i = 0; i < variant.fields().size(); i++) {
                    names.add(variant.fields().get(i).name());
                    values.add(readValue(mem, base, off + (int) vl.fields().offset(i), fieldTy(a, v, i)));
                }
                yield new FormatValue.Struct(variant.name(), names, values, variant.tupleLike());
            }
            case Ty.Adt a when a.def().isStruct() -> {
                var defs = a.def().variants().get(0).fields();
                List<String> names = new ArrayList<>();
                List<FormatValue> values = new ArrayList<>();
                for (int i = 0; i < defs.size(); i++) {
                    names.add(defs.get(i).name());
                    values.add(readValue(mem, base, off + (int) l.fields().offset(i), fieldTy(a, i)));
                }
                yield new FormatValue.Struct(a.def().shortName(), names, values, a.def().variants().get(0).tupleLike());
            }
            case Ty.Tuple t when t.elements().isEmpty() -> new FormatValue.Unit();
            case Ty.Tuple t -> {
                List<FormatValue> es = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) {
                    es.add(readValue(mem, base, off + (int) l.fields().offset(i), t.elements().get(i)));
                }
                yield new FormatValue.Tuple(es);
            }
            case Ty.Array a -> {
                List<FormatValue> es = new ArrayList<>();
                int size = (int) layout(a.element()).size();
                for (long i = 0; i < a.length(); i++) es.add(readValue(mem, base, off + (int) (i * size), a.element()));
                yield new FormatValue.Array(es);
            }
            default -> throw new IllegalStateException("cannot format " + ty.display());
        };
    }
}
