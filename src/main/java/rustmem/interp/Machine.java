package rustmem.interp;

import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import rustmem.machine.AllocKind;
import rustmem.machine.Allocation;
import rustmem.machine.Allocator;
import rustmem.machine.Memory;
import rustmem.machine.ProcessImage;
import rustmem.machine.UndefinedBehavior;

/**
 * The simulated process the interpreter runs on (Miri's machine): its memory (the one door through which every
 * read and write goes), the glibc-like heap, the main thread's stack (one allocation; frames are regions of
 * it), read-only data for literals, the addresses functions and vtables have, and the process's output.
 */
public final class Machine implements MemoryView {
    public final Memory memory = new Memory();
    /**
     * A traced run's recording, which hears of the writes through pointers (a frame's writes to its own locals it
     * learns from the frames that ran); null when the run is not traced.
     */
    rustmem.machine.MemoryWatch watch;
    public final Allocator allocator;
    /** The running thread's stack: frames are carved from its top downwards (the scheduler swaps it). */
    Allocation stack;
    byte[] stackBytes;
    long stackBase;
    /** The lowest stack index in use (frames grow down from stackBytes.length). */
    int sp;
    /** The main thread's lowest stack address so far (for the memory report). */
    private long stackLow = ProcessImage.STACK_TOP;

    public long stackLow() { return stackLow; }

    /** A frame pushed at addr on the current thread's stack (the scheduler keeps each thread's own low mark). */
    void noteStack(long addr) { if (addr < stackLow) stackLow = addr; }

    void setStackLow(long low) { stackLow = low; }
    final PrintStream out, err;
    private final Map<String, Long> strLiterals = new HashMap<>();
    /** Functions reified to pointers: a fake address in .text per instance. */
    private final Map<Instance, Long> fnAddresses = new HashMap<>();
    private final Map<Long, Instance> fnsByAddress = new HashMap<>();
    private long nextFnAddress = ProcessImage.TEXT_BASE + 0x100;

    /** The process's fd 0. */
    Stdin stdin = new Stdin(System.in);

    /** Gives the process another standard input than the JVM's. */
    public void setStdin(java.io.InputStream in) { stdin = new Stdin(in); }

    /**
     * The real process's fd 1 and 2, written as the program writes them (each write one write(2), as the binary's
     * LineWriter does); a write that fails (a closed pipe) makes the program's write fail with the errno.
     */
    public record Streams(PrintStream out, PrintStream err) {
        /** The JVM's own stdout and stderr, unbuffered. */
        public static Streams process() {
            return new Streams(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false),
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), false));
        }
    }

    /** A machine whose output goes to the process's streams as it is written. */
    public Machine(Streams live) { this(live.out(), live.err()); }

    public Machine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.stack = memory.allocate(ProcessImage.STACK_TOP - ProcessImage.MAIN_STACK_SIZE, (int) ProcessImage.MAIN_STACK_SIZE,
            AllocKind.STACK, "main thread's stack");
        this.stackBytes = stack.bytes;
        this.stackBase = stack.base;
        this.sp = stackBytes.length;
        long heapStart = (ProcessImage.RODATA_BASE + (1 << 20) + ProcessImage.PAGE - 1) / ProcessImage.PAGE * ProcessImage.PAGE;
        this.allocator = new Allocator(memory, heapStart, ProcessImage.MMAP_TOP);
        allocator.replayRuntimeStartup();
    }

    // ------------------------------------------------------------------ stack slots

    /** The current thread's frames, outermost first (the scheduler swaps them with the stack). */
    CallStack frames = new CallStack();

    /**
     * Whether the program spawned a thread: then scopes' ends are not marked for pointers without provenance (threads
     * move the stack pointer in ways the frames' dead slots do not follow yet); a variable's provenance still ends.
     */
    private boolean threads;

    /**
     * An address-taken variable's scope ended (StorageDead): its provenance ends, and pointers to its slot without
     * one dangle until it is assigned again. Its frame keeps the mark, which goes with the frame when it returns (the
     * slot is then below the stack pointer).
     */
    public void slotDead(Frame f, int local) {
        int[] slots = f.slots;
        if (slots != null && slots[local] > 0) {
            memory.slotEnded(slots[local], "its variable's scope ended");
            slotLo = slotHi = 0;
        }
        // (the mark for untagged pointers: not once threads run, see threads)
        if (!threads) f.setSlot(local, Frame.DEAD);
        else if (slots != null) slots[local] = 0;
    }

    /**
     * The pointers [slotLo, slotHi) into the variable of the running stack that the last access through a pointer
     * with a stack variable's provenance went to, while it lives: an access inside needs no other check (a loop
     * calling methods on a local goes through its `&mut self` again and again).
     */
    private long slotLo, slotHi;

    /** Whether an access of n bytes through the pointer p lies in the variable remembered ({@link #slotLo}). */
    private boolean inSlot(long p, long n) { return p >= slotLo && p + n <= slotHi; }

    /**
     * The address of an access of n bytes through the pointer p, its provenance checked ({@link Memory#access}); the
     * variable of a stack pointer's provenance is remembered ({@link #slotLo}).
     */
    private long access(long p, long n) {
        if (!Memory.tagged(p)) return p;   // a plain address (the interpreter's own copies, mostly)
        if (inSlot(p, n)) return p & Memory.ADDR_MASK;
        return checkedAccess(p, n);
    }

    /** {@link #access} through a tagged pointer outside the variable remembered. */
    private long checkedAccess(long p, long n) {
        long addr = memory.access(p, n);
        if (Memory.slotTagged(p) && onStack(addr, n)) {
            slotLo = memory.slotStart(p);
            slotHi = memory.slotEnd(p);
        }
        return addr;
    }

    void threadSpawned() { threads = true; }

    /**
     * Whether pointers to variables get their provenance: not while a constant is evaluated (its frames' memory
     * outlives them, see Consts).
     */
    boolean slotProvenance = true;

    /**
     * A pointer to addr, in local of frame f (`&x`, `&raw mut x.f`): with the variable's provenance (Miri: each local
     * is an allocation of its own), which ends with its scope or its function.
     */
    long localPointer(Frame f, int local, long addr) {
        if (!slotProvenance) return addr;
        int[] slots = f.slots;
        int tag = slots == null ? 0 : slots[local];
        if (tag <= 0) {
            CompiledBody cb = f.body;
            tag = memory.slotTag(f.addr + cb.offsets[local], cb.sizes[local], cb.mir.locals.get(local).name(), local, cb);
            if (tag == 0) return addr;
            f.setSlot(local, tag);
        }
        return Memory.withTag(tag, addr);
    }

    /** Frame f returned (or unwound): its variables' pointers dangle. */
    void framePopped(Frame f) {
        int[] slots = f.slots;
        for (int l = f.slotsFrom; l < f.slotsTo; l++) {
            int tag = slots[l];
            if (tag > 0) {
                memory.slotEnded(tag, "its function returned");
                slotLo = slotHi = 0;
            }
        }
    }

    /** ... is assigned again: its slot is live. */
    public void slotLive(Frame f, int local) { f.slotLive(local); }

    /** A frame is pushed over [from, to). */
    void framePushed(long from, long to) {
        // its locals hold what they are given (rustmem does not mark them uninitialised, as Miri does at StorageLive:
        // rustc's checks keep safe code from reading them before)
        if (stackMarked) initStack((int) (from - stackBase), (int) (to - stackBase));
    }

    /**
     * An access of size bytes through a raw pointer to a type aligned to align: aligned, and live on the stack (its
     * provenance is checked by the access itself). The pointer.
     */
    public long checkAccess(long p, long align, long size) {
        long addr = Memory.address(p);
        if ((addr & (align - 1)) != 0) throw UndefinedBehavior.misaligned(addr, align);
        if (Memory.slotTagged(p)) memory.access(p, size);   // its variable, as the provenance says
        else checkStackTarget(addr, size);
        return p;
    }

    /**
     * A pointer the program dereferences: on the current thread's stack it must point into a frame still there (at
     * or above the stack pointer; Miri: the variable's allocation is freed when its function returns), not into a
     * variable whose scope ended, and the access must stay inside the variable it starts in (Miri: each variable is an
     * allocation of its own).
     */
    public void checkStackTarget(long addr, long size) {
        if (addr < stackBase || addr >= stackBase + stackBytes.length) return;
        if (addr < stackBase + sp) {
            throw new rustmem.machine.UndefinedBehavior("memory access failed: 0x" + Long.toHexString(addr) + " is below the stack "
                + "pointer, where no variable lives (a frame that returned, or out of bounds of a variable), so this pointer is dangling");
        }
        // each variable is an allocation of its own (Miri's view): the access must stay inside the one it starts in
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (addr < f.addr - f.body.below || addr >= f.addr + f.body.frameSize) continue;
            CompiledBody cb = f.body;
            long off = addr - f.addr;
            for (int l = 0; l < cb.localCount; l++) {
                long start = cb.offsets[l], end = start + cb.sizes[l];
                if (off < start || off >= end) continue;   // (a zero-sized variable holds no byte)
                if (!threads && f.isDead(l)) {
                    throw new rustmem.machine.UndefinedBehavior("memory access failed: the stack slot at 0x" + Long.toHexString(f.addr + start)
                        + " has been freed (its variable's scope ended), so this pointer is dangling");
                }
                if (size == 0 || off + size <= end) return;
                throw new rustmem.machine.UndefinedBehavior("memory access failed: attempting to access " + size + " bytes, but got "
                    + slotName(cb, l) + "+0x" + Long.toHexString(off - start) + " which is at or beyond the end of the allocation of size "
                    + cb.sizes[l] + " bytes");
            }
            if (size == 0) return;
            throw new rustmem.machine.UndefinedBehavior("memory access failed: attempting to access " + size + " bytes, but got 0x"
                + Long.toHexString(addr) + ", which is in no variable of `" + memory.slotFunctionName(cb) + "`'s frame (out of bounds of the one it came from)");
        }
    }

    private static String slotName(CompiledBody cb, int l) {
        String name = cb.mir.locals.get(l).name();
        return "`" + (name != null ? name : "_" + l) + "`";
    }

    // ------------------------------------------------------------------ scalars

    /** Whether [addr, addr+n) is inside the stack (the common case, served without looking the block up). */
    private boolean onStack(long addr, long n) { return addr >= stackBase && addr + n <= stackBase + stackBytes.length; }

    public long read(long addr, int size, boolean signed) {
        if (Memory.tagged(addr)) {
            if (inSlot(addr, size)) return readLocal((int) ((addr & Memory.ADDR_MASK) - stackBase), size, signed);
            Allocation t = memory.taggedBlock(addr, size);
            if (t != null) {   // a heap block, found by its tag
                int off = (int) ((addr & Memory.ADDR_MASK) - t.base);
                if (t.anyUninit(off, off + size)) throw uninitialized();
                return Allocation.read(t.bytes, off, size, signed);
            }
            addr = checkedAccess(addr, size);
        }
        if (onStack(addr, size)) return readLocal((int) (addr - stackBase), size, signed);
        Allocation a = memory.find(addr, size);
        if (a == null) return readAcross(addr, size, signed);
        int off = (int) (addr - a.base);
        if (a.anyUninit(off, off + size)) throw uninitialized();
        return Allocation.read(a.bytes, off, size, signed);
    }

    /**
     * Copies n bytes of the running frame's locals, at index off of the stack's bytes, to dst: {@link #copy}, straight
     * from array to array when dst is a plain address on the stack and no byte of the stack is uninitialised (a call's
     * arguments, a local's value moved to another).
     */
    void copyLocal(long dst, int off, int n) {
        if (!stackMarked && watch == null && !Memory.tagged(dst) && onStack(dst, n)) {
            byte[] b = stackBytes;
            int to = (int) (dst - stackBase);
            switch (n) {   // a scalar (most arguments and results) as one access, not arraycopy's stub
                case 8 -> Allocation.write(b, to, 8, Allocation.read(b, off, 8, false));
                case 4 -> Allocation.write(b, to, 4, Allocation.read(b, off, 4, false));
                case 1 -> b[to] = b[off];
                default -> System.arraycopy(b, off, b, to, n);
            }
            return;
        }
        copy(dst, stackBase + off, n);
    }

    /** A scalar crossing the end of a paged block's segment: its bytes one by one. */
    private long readAcross(long addr, int size, boolean signed) {
        long v = 0;
        for (int i = 0; i < size; i++) v |= read(addr + i, 1, false) << (8 * i);
        return signed && size < 8 ? v << (64 - 8 * size) >> (64 - 8 * size) : v;
    }

    /**
     * Whether a byte of the running stack is marked uninitialised now: while not (in most programs, always) the
     * stack's accesses skip its init mask. Marks go when written over, or when a frame is pushed over them.
     */
    private boolean stackMarked;

    /** The running stack changed (another thread's, a constant's arena). */
    void stackSwitched() {
        stackMarked = stack.hasUninit();
        slotLo = slotHi = 0;
    }

    /** A scalar of the running frame's locals, at index off of the stack's bytes: it must have been written. */
    long readLocal(int off, int size, boolean signed) {
        if (stackMarked && stack.anyUninit(off, off + size)) throw uninitialized();
        return Allocation.read(stackBytes, off, size, signed);
    }

    /**
     * A register's bytes read on entering a body's code, written or not (a local not yet assigned holds what the stack
     * held: the code never reads it before assigning it, as the body's own statements never did).
     */
    long rawLocal(int off, int size, boolean signed) { return Allocation.read(stackBytes, off, size, signed); }

    /**
     * A body's registers read on entering its code in a frame that ran before (see {@link #rawLocal}): layout holds each
     * register's frame offset and size (negative: signed), from the frame at index base of the stack's bytes.
     */
    void rawLocals(long[] regs, int base, int[] layout) {
        for (int i = 0; i < layout.length / 2; i++) {
            int size = layout[2 * i + 1];
            regs[i] = Allocation.read(stackBytes, base + layout[2 * i], Math.abs(size), size < 0);
        }
    }

    /** Writes a scalar of the running frame's locals, at index off of the stack's bytes. */
    void writeLocal(int off, int size, long v) {
        Allocation.write(stackBytes, off, size, v);
        if (stackMarked) initStack(off, off + size);
    }

    /** Marks [from, to) of the running stack written. */
    private void initStack(int from, int to) {
        stack.markInit(from, to);
        stackMarked = stack.hasUninit();
    }

    /** A local of the running frame that may hold uninitialised bytes ends: its marks go. */
    void forgetUninit(int off, int size) {
        if (stackMarked) initStack(off, off + size);
    }

    /** Miri's error for a value read from bytes never written. */
    private static UndefinedBehavior uninitialized() {
        return new UndefinedBehavior("using uninitialized data, but this operation requires initialized memory");
    }

    /** A typed read of n bytes at addr (a scalar by ptr::read): every byte must have been written. */
    public void checkInit(long addr, long n) {
        addr = access(addr, n);
        if (n == 0) return;
        Allocation a = onStack(addr, n) ? stack : memory.containing(addr);
        if (a != null && a.anyUninit(addr - a.base, Math.min(a.size(), addr - a.base + n))) throw uninitialized();
    }

    public void write(long addr, int size, long v) {
        if (watch != null) watch.wrote(addr, size);
        if (Memory.tagged(addr)) {
            if (inSlot(addr, size)) {
                writeLocal((int) ((addr & Memory.ADDR_MASK) - stackBase), size, v);
                return;
            }
            Allocation t = memory.taggedBlock(addr, size);
            if (t != null) {   // a heap block, found by its tag
                int off = (int) ((addr & Memory.ADDR_MASK) - t.base);
                Allocation.write(t.bytes, off, size, v);
                t.markInit(off, off + size);
                return;
            }
            addr = checkedAccess(addr, size);
        }
        if (onStack(addr, size)) {
            writeLocal((int) (addr - stackBase), size, v);
            return;
        }
        Allocation a = memory.find(addr, size);
        if (a == null) {   // across the end of a paged block's segment
            for (int i = 0; i < size; i++) write(addr + i, 1, v >>> (8 * i));
            return;
        }
        writable(a);
        int off = (int) (addr - a.base);
        Allocation.write(a.bytes, off, size, v);
        a.markInit(off, off + size);
    }

    public long readPtr(long addr) { return read(addr, 8, false); }

    public void writePtr(long addr, long v) { write(addr, 8, v); }

    @Override
    public Block block(long addr) {
        Allocation a = memory.containing(addr);
        return a == null ? null : new Block(a.base, a.size(), a.kind, a.label, a.live());
    }

    @Override
    public byte[] shown(long addr, long size, int max) {
        Allocation a = memory.containing(addr);
        if (a == null) return new byte[0];
        a = a.holder(addr - a.base);   // (of a paged block: the segment, whose end ends what is shown)
        int off = (int) (addr - a.base);
        int n = (int) Math.max(0, Math.min(Math.min(size, max), a.size() - off));
        return java.util.Arrays.copyOfRange(a.bytes, off, off + n);
    }

    public void write128(long addr, BigInteger v) {
        write(addr, 8, v.longValue());
        write(addr + 8, 8, v.shiftRight(64).longValue());
    }

    /** Copies n bytes from src to dst (the regions may overlap, as memmove). */
    public void copy(long dst, long src, long n) {
        if (watch != null) watch.wrote(dst, n);
        // a heap block is found by its pointer's tag (almost every copy from or to the heap), else by its address
        Allocation s = Memory.tagged(src) ? memory.taggedBlock(src, n) : null;
        Allocation d = Memory.tagged(dst) ? memory.taggedBlock(dst, n) : null;
        src = s != null ? src & Memory.ADDR_MASK : access(src, n);
        dst = d != null ? dst & Memory.ADDR_MASK : access(dst, n);
        if (n == 0) return;
        if (s == null) {
            s = onStack(src, n) ? stack : memory.find(src, n);
            if (s == null) {
                copyAcross(dst, src, n);
                return;
            }
        }
        byte[] sb = s == stack ? stackBytes : s.bytes;
        int so = (int) (src - s.base);
        if (d == null && onStack(dst, n)) {
            System.arraycopy(sb, so, stackBytes, (int) (dst - stackBase), (int) n);
            if (s.anyUninit(so, so + (int) n)) {
                stack.copyInit(s, so, (int) (dst - stackBase), (int) n);
                stackMarked = true;
            } else if (stackMarked) {
                initStack((int) (dst - stackBase), (int) (dst - stackBase + n));
            }
            return;
        }
        if (d == null) d = memory.find(dst, n);
        if (d == null) {
            copyAcross(dst, src, n);
            return;
        }
        writable(d);
        System.arraycopy(sb, so, d.bytes, (int) (dst - d.base), (int) n);
        d.copyInit(s, so, (int) (dst - d.base), (int) n);
    }

    /** A copy from or to a range of a paged block that crosses the end of a segment. */
    private void copyAcross(long dst, long src, long n) {
        memory.find(src, n);   // (both ranges are checked first)
        memory.find(dst, n);
        Allocation s = onStack(src, n) ? stack : memory.containing(src), d = onStack(dst, n) ? stack : memory.containing(dst);
        writable(d);
        d.copyFrom(s, src - s.base, dst - d.base, n);
        if (d == stack) stackMarked = stack.hasUninit();
    }

    public void writeBytes(long dst, byte[] bytes) {
        if (watch != null) watch.wrote(dst, bytes.length);
        dst = access(dst, bytes.length);
        if (bytes.length == 0) return;
        if (onStack(dst, bytes.length)) {
            System.arraycopy(bytes, 0, stackBytes, (int) (dst - stackBase), bytes.length);
            if (stackMarked) initStack((int) (dst - stackBase), (int) (dst - stackBase) + bytes.length);
            return;
        }
        Allocation d = memory.find(dst, bytes.length);
        if (d == null) {   // across the end of a paged block's segment
            for (int i = 0; i < bytes.length; i++) write(dst + i, 1, bytes[i]);
            return;
        }
        writable(d);
        System.arraycopy(bytes, 0, d.bytes, (int) (dst - d.base), bytes.length);
        d.markInit((int) (dst - d.base), (int) (dst - d.base) + bytes.length);
    }

    public byte[] readBytes(long src, long n) {
        src = access(src, n);
        byte[] out = new byte[(int) n];
        if (n == 0) return out;
        Allocation s = memory.find(src, n);
        if (s == null) {   // across the end of a paged block's segment
            for (int i = 0; i < n; i++) out[i] = (byte) read(src + i, 1, false);
            return out;
        }
        System.arraycopy(s.bytes, (int) (src - s.base), out, 0, (int) n);
        return out;
    }

    public void fill(long dst, byte value, long n) {
        if (watch != null) watch.wrote(dst, n);
        dst = access(dst, n);
        if (n == 0) return;
        Allocation d = memory.find(dst, n);
        if (d == null) d = memory.containing(dst);   // a paged block's range across segments
        writable(d);
        d.fill(dst - d.base, dst - d.base + n, value);
    }

    /**
     * Marks [dst, dst+n) not initialised (Miri's uninitialised bytes): what a union's other fields hold after one
     * is written, a `MaybeUninit::uninit()`.
     */
    public void markUninit(long dst, long n) {
        if (watch != null) watch.wrote(dst, n);
        dst = access(dst, n);
        if (n == 0) return;
        Allocation d = onStack(dst, n) ? stack : memory.find(dst, n);
        if (d == null) d = memory.containing(dst);   // a paged block's range across segments
        if (d == stack) stackMarked = true;
        d.markUninit(dst - d.base, dst - d.base + n);
    }

    /** Marks the runs of {@link #uninitRuns} (offsets from dst) uninitialised; none when runs is null. */
    public void markUninit(long dst, int[] runs) {
        if (runs == null) return;
        for (int i = 0; i < runs.length; i += 2) markUninit(dst + runs[i], runs[i + 1] - runs[i]);
    }

    /** The runs of uninitialised bytes of [addr, addr+n), as start and end offsets one after another, or null when none. */
    int[] uninitRuns(long addr, int n) {
        addr = access(addr, n);
        Allocation a = onStack(addr, n) ? stack : memory.containing(addr);
        return a == null ? null : a.uninitRuns(addr - a.base, addr - a.base + n);
    }

    /** Checks that a may be written, and gives a paged block's segment bytes of its own at its first write. */
    private static void writable(Allocation a) {
        if (a.kind == AllocKind.RODATA || a.kind == AllocKind.TEXT) {
            throw new UndefinedBehavior("writing to read-only memory at 0x" + Long.toHexString(a.base));
        }
        a.writable();
    }

    public String readStr(long ptr, long len) { return new String(readBytes(ptr, len), StandardCharsets.UTF_8); }

    // ------------------------------------------------------------------ the heap, as the program calls it

    /** malloc(size) for the program: a pointer with the new block's provenance, or null. */
    public long malloc(long size, Object site) { return provenance(allocator.malloc(size, site)); }

    /** posix_memalign (glibc's memalign): as {@link #malloc}. */
    public long memalign(long align, long size, Object site) { return provenance(allocator.memalign(align, size, site)); }

    /** realloc(p, size): a pointer with the new block's provenance (a new one even in place), or null. */
    public long realloc(long p, long size, Object site) { return provenance(allocator.realloc(memory.heapPointer(p), size, site)); }

    /** free(p): p must have the provenance of the block it frees. */
    public void free(long p) { allocator.free(memory.heapPointer(p)); }

    private long provenance(long addr) {
        Allocation a = addr == 0 ? null : allocator.blockAt(addr);
        return a == null ? addr : Memory.pointerTo(a);
    }

    // ------------------------------------------------------------------ literals and functions

    /** The address of a string literal's bytes in .rodata (one copy per distinct literal). */
    public long strLiteral(String s) {
        return strLiterals.computeIfAbsent(s, k -> literal(k.getBytes(StandardCharsets.UTF_8), "string literal"));
    }

    public long bytesLiteral(byte[] bytes, String label) {
        return strLiterals.computeIfAbsent("\u0000bytes:" + new String(bytes, StandardCharsets.ISO_8859_1), k -> literal(bytes, label));
    }

    /** A literal's bytes placed in .rodata after the previous one (an empty one at .rodata's start). */
    private long literal(byte[] bytes, String label) {
        return bytes.length == 0 ? ProcessImage.RODATA_BASE : memory.allocateRodata(bytes, label).base;
    }

    /** A promoted constant's bytes in .rodata (aligned to 8), one allocation per distinct value. */
    public long promoted(byte[] bytes) {
        return strLiterals.computeIfAbsent("\u0000promoted:" + new String(bytes, StandardCharsets.ISO_8859_1),
            k -> rodata(bytes, "promoted constant"));
    }

    /** A read-only allocation for constant data (a vtable, a promoted constant), aligned to 8. */
    public long rodata(byte[] bytes, String label) {
        byte[] padded = bytes.length % 8 == 0 && bytes.length > 0 ? bytes : java.util.Arrays.copyOf(bytes, Math.max(8, (bytes.length + 7) & ~7));
        return memory.allocateRodata(padded, label, 8).base;
    }

    /** The address a function has when turned into a pointer. */
    public long fnAddress(Instance f) {
        Long a = fnAddresses.get(f);
        if (a != null) return a;
        long addr = nextFnAddress;
        nextFnAddress += 16;
        fnAddresses.put(f, addr);
        fnsByAddress.put(addr, f);
        return addr;
    }

    public Instance fnAt(long addr) {
        Instance f = fnsByAddress.get(addr);
        if (f == null) throw new UndefinedBehavior("calling 0x" + Long.toHexString(addr) + ", which is not a function");
        return f;
    }

    // ------------------------------------------------------------------ output

    /** Told of every write to stdout or stderr (a trace); null when nobody listens. */
    public java.util.function.ObjIntConsumer<byte[]> outputListener;

    /** errno of a write to a pipe nobody reads any more. */
    static final int EPIPE = 32;

    /**
     * The write syscall on fd 1 or 2: the bytes written, or -EPIPE once the stream has failed (its reader went
     * away: `rustmem run prog.rs | head -1`), which std's print! turns into its panic as in the real binary.
     */
    public long writeFd(int fd, byte[] bytes) {
        if (outputListener != null) outputListener.accept(bytes, fd);
        PrintStream s = fd == 2 ? err : out;
        s.write(bytes, 0, bytes.length);
        if (fd == 2) s.flush();
        return s.checkError() ? -EPIPE : bytes.length;
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
