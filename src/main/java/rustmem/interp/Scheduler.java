package rustmem.interp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import rustmem.machine.AllocKind;
import rustmem.machine.Allocation;
import rustmem.machine.ProcessImage;
import rustmem.types.Ty;

/**
 * The program's threads, run one at a time in a deterministic order (one legal schedule of the real
 * program): a thread runs until it blocks (join, futex_wait, park), sleeps or yields; then the first thread
 * that became runnable runs. Sleeping advances a virtual clock only when no thread can run. Each thread
 * has a Java thread of its own (its interpreter frames are that Java thread's), a simulated stack in the
 * mapping area, and its panic count; only the thread holding the baton touches the machine.
 */
final class Scheduler {
    /** A thread of the program. */
    static final class RThread {
        final long id;
        final String name;
        final long tid;
        final Semaphore go = new Semaphore(0);
        Allocation stack;
        int sp;
        int panicking;
        boolean finished;
        final List<RThread> joiners = new ArrayList<>();
        long futexAddr = -1;
        /** The lowest address its stack has reached (its high-water mark). */
        long stackLow;
        /** Its frames while another thread runs. */
        CallStack frames = new CallStack();

        /** Its name as std's messages and rustmem's views show it (a spawned thread without a name: `<unnamed>`). */
        String displayName() { return name == null ? "<unnamed>" : name; }
        long wake = -1;
        boolean parked, token, timedOut;

        RThread(long id, String name, long tid) {
            this.id = id;
            this.name = name;
            this.tid = tid;
        }
    }

    private final Interpreter in;
    private final Machine m;
    /** Every thread the program had, by id, in the order they were made. */
    private final Map<Long, RThread> threads = new java.util.LinkedHashMap<>();
    private final ArrayDeque<RThread> runnable = new ArrayDeque<>();
    /** Sleeping (or waiting with a timeout) threads, in the order they went to sleep. */
    private final List<RThread> sleepers = new ArrayList<>();
    private final Map<Long, List<RThread>> futexWaiters = new HashMap<>();
    /** The stacks of ended threads, most recent first, for the next threads to reuse. */
    private final ArrayDeque<Allocation> endedStacks = new ArrayDeque<>();
    RThread current;
    private long nextId = 2;
    /** The virtual clock, in nanoseconds since boot. */
    long clock = 1_000_000_000L;
    /** Set when the process must end (exit from a thread, a deadlock): the code, and the message to print. */
    private Integer exitCode;
    private String exitMessage;
    /** What ended a spawned thread's run that the main thread rethrows (it reports the run's end). */
    private RuntimeException failure;

    Scheduler(Interpreter in) {
        this.in = in;
        this.m = in.m;
        RThread main = new RThread(1, "main", ProcessImage.PID);
        main.stack = m.stack;
        main.sp = m.sp;
        main.stackLow = m.stackLow();
        threads.put(1L, main);
        current = main;
    }

    /** How deep each thread's stack went, main first: (name, bytes below its top, its size). */
    List<rustmem.view.MemoryReport.StackUse> stackUse() {
        save(current);
        List<rustmem.view.MemoryReport.StackUse> out = new ArrayList<>();
        for (RThread t : threads.values()) {
            long top = t.stack.base + t.stack.size();
            out.add(new rustmem.view.MemoryReport.StackUse(t.displayName(), top - t.stackLow, t.stack.size()));
        }
        return out;
    }

    // ------------------------------------------------------------------ spawning

    long spawn(long boxData, long boxVtable, Ty boxTy, String name, long stackSize) {
        long id = nextId++;
        RThread t = new RThread(id, name, ProcessImage.PID + id - 1);
        m.threadSpawned();
        long size = Math.max(stackSize, 16 * 1024);
        size = (size + ProcessImage.PAGE - 1) / ProcessImage.PAGE * ProcessImage.PAGE;
        // as glibc: an ended thread's stack of the same size is handed to the next thread (its cache of stacks)
        Allocation cached = null;
        for (var it = endedStacks.iterator(); it.hasNext(); ) {
            Allocation a = it.next();
            if (a.size() == size) {
                cached = a;
                it.remove();
                break;
            }
        }
        t.stack = cached != null ? cached
            : m.memory.allocate(m.allocator.mapStack(size), (int) size, AllocKind.STACK, "stack of thread " + (name == null ? "<unnamed>" : "'" + name + "'"));
        t.sp = t.stack.bytes.length;
        t.stackLow = t.stack.base + t.stack.size();
        threads.put(id, t);
        Thread java = new Thread(null, () -> threadMain(t, boxData, boxVtable, boxTy), "rust-thread-" + id, 256L << 20);
        java.setDaemon(true);
        java.start();
        runnable.add(t);
        return id;
    }

    private void threadMain(RThread t, long boxData, long boxVtable, Ty boxTy) {
        t.go.acquireUninterruptibly();
        activate(t);
        try {
            // <Box<dyn FnOnce() + Send> as FnOnce<()>>::call_once(main, ())
            var callOnce = in.traitMethod("fn_once", "call_once");
            Instance inst = in.resolver.resolve(callOnce, List.of(boxTy, Ty.UNIT));
            long scratch = in.pushScratch(24);
            m.writePtr(scratch, boxData);
            m.writePtr(scratch + 8, boxVtable);
            in.invoke(inst, new long[] {scratch, scratch + 16}, new int[] {16, 0}, scratch + 16, 0);
        } catch (ProgramExit e) {
            exitProcess(e.code, null);
        } catch (Unwind u) {
            exitProcess(101, null);
        } catch (RuntimeException e) {
            // undefined behaviour, a limit, what rustmem does not support, or its own bug: the main thread reports it
            if (e instanceof rustmem.machine.UndefinedBehavior ub) ub.seal();
            failure = e;
            exitProcess(70, null);
        } catch (Error e) {
            if (System.getenv("RUSTMEM_DEBUG") != null) e.printStackTrace();
            exitProcess(70, "error: internal: " + e);
        } finally {
            t.finished = true;
            endedStacks.addFirst(t.stack);
            for (RThread j : t.joiners) runnable.add(j);
            t.joiners.clear();
            save(t);
            RThread next = pickNext();
            if (next != null) next.go.release();
            else if (exitCode == null) deadlock();
        }
    }

    // ------------------------------------------------------------------ switching

    private void save(RThread t) {
        t.sp = m.sp;
        t.stackLow = m.stackLow();
        t.frames = m.frames;
        t.panicking = in.panicking;
    }

    private void activate(RThread t) {
        current = t;
        m.stack = t.stack;
        m.stackBytes = t.stack.bytes;
        m.stackBase = t.stack.base;
        m.sp = t.sp;
        m.stackSwitched();
        m.setStackLow(t.stackLow);
        m.frames = t.frames;
        in.panicking = t.panicking;
    }

    /** The next thread to run: the first runnable, else the earliest sleeper (the clock moves to its wake time). */
    private RThread pickNext() {
        if (runnable.isEmpty() && !sleepers.isEmpty()) {
            long earliest = Long.MAX_VALUE;
            for (RThread s : sleepers) earliest = Math.min(earliest, s.wake);
            clock = Math.max(clock, earliest);
            for (var it = sleepers.iterator(); it.hasNext(); ) {
                RThread s = it.next();
                if (s.wake <= clock) {
                    it.remove();
                    s.wake = -1;
                    if (s.futexAddr >= 0) {
                        futexWaiters.getOrDefault(s.futexAddr, new ArrayList<>()).remove(s);
                        s.futexAddr = -1;
                        s.timedOut = true;
                    }
                    if (s.parked) {
                        s.parked = false;
                        s.timedOut = true;
                    }
                    runnable.add(s);
                }
            }
        }
        return runnable.poll();
    }

    /** The current thread stops running until something makes it runnable again. */
    private void block() {
        RThread cur = current;
        save(cur);
        RThread next = pickNext();
        if (next == null) {
            deadlock();
            next = threads.get(1L);
        }
        if (next != cur) {
            next.go.release();
            cur.go.acquireUninterruptibly();
            activate(cur);
        }
        if (exitCode != null) {
            if (failure != null) throw failure;
            throw new ProgramExit(exitCode);
        }
    }

    private void deadlock() {
        exitProcess(101, "error: deadlock: every thread of the program is blocked (the real program would hang)");
    }

    /** The process ends: the main thread (woken if it waits) reports the exit code. */
    private void exitProcess(int code, String message) {
        if (exitCode != null) return;
        exitCode = code;
        exitMessage = message;
        RThread main = threads.get(1L);
        if (current != main) main.go.release();
    }

    /** Called by the main thread when the program ends: the message of an exit that happened elsewhere. */
    String exitMessage() { return exitMessage; }

    // ------------------------------------------------------------------ the intrinsics

    void join(long id) {
        RThread t = threads.get(id);
        if (t == null || t.finished) return;
        t.joiners.add(current);
        block();
    }

    void yieldNow() {
        runnable.add(current);
        block();
    }

    void sleep(long nanos) {
        current.wake = clock + Math.max(nanos, 0);
        sleepers.add(current);
        block();
    }

    /** futex_wait: false when it ended by its timeout. */
    boolean futexWait(long addr, int expected, long timeout) {
        addr = rustmem.machine.Memory.address(addr);   // a futex is its address
        if ((int) m.read(addr, 4, false) != expected) return true;
        RThread cur = current;
        cur.futexAddr = addr;
        cur.timedOut = false;
        futexWaiters.computeIfAbsent(addr, k -> new ArrayList<>()).add(cur);
        if (timeout != -1L) {
            cur.wake = clock + timeout;
            sleepers.add(cur);
        }
        block();
        return !cur.timedOut;
    }

    void futexWake(long addr, boolean all) {
        addr = rustmem.machine.Memory.address(addr);
        List<RThread> ws = futexWaiters.get(addr);
        if (ws == null) return;
        while (!ws.isEmpty()) {
            RThread t = ws.remove(0);
            t.futexAddr = -1;
            if (t.wake >= 0) {
                sleepers.remove(t);
                t.wake = -1;
            }
            runnable.add(t);
            if (!all) break;
        }
    }

    void park(long timeout) {
        RThread cur = current;
        if (cur.token) {
            cur.token = false;
            return;
        }
        cur.parked = true;
        if (timeout != -1L) {
            cur.wake = clock + timeout;
            sleepers.add(cur);
        }
        block();
    }

    void unpark(long id) {
        RThread t = threads.get(id);
        if (t == null) return;
        if (t.parked) {
            t.parked = false;
            if (t.wake >= 0) {
                sleepers.remove(t);
                t.wake = -1;
            }
            runnable.add(t);
        } else {
            t.token = true;
        }
    }
}
