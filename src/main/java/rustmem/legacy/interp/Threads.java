package rustmem.legacy.interp;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rustmem.legacy.ir.Lowering;
import rustmem.legacy.ir.Mir;
import rustmem.machine.AllocKind;
import rustmem.machine.Allocation;
import rustmem.machine.Allocator;
import rustmem.machine.Memory;
import rustmem.legacy.types.ClosureDef;
import rustmem.legacy.types.Ty;

import static rustmem.legacy.interp.Interpreter.fieldTy;

/**
 * std::thread, Mutex and mpsc channels. A spawned thread runs to its end where it is spawned, on a 2 MiB
 * stack of its own in the mapping area (one legal schedule of the real program; a spawned thread that would
 * wait for another one is reported as unsupported). Its result waits in the Arc'd packet its JoinHandle holds
 * until join takes it. A Mutex is locked through its futex word (0 free, 1 locked) and poisoned by a guard
 * dropped while its thread panics. A channel's two ends point to one shared block (std's list flavor); the
 * messages in flight are kept here, their bytes as they were sent.
 */
final class Threads {
    static final long THREAD_STACK_SIZE = 2L << 20;

    private final Interpreter in;
    private final StdShims heap;
    private final Memory memory;
    private final Allocator allocator;
    private long nextThreadId = rustmem.machine.ProcessImage.PID + 1;
    /** Nesting of spawned threads running now (0: main runs). */
    private int spawnedRunning;

    /** A channel's shared state, by the address of its block. */
    private static final class Channel {
        final ArrayDeque<byte[]> messages = new ArrayDeque<>();
        final Ty elem;
        int senders = 1;
        boolean receiverAlive = true;

        Channel(Ty elem) { this.elem = elem; }
    }

    private final Map<Long, Channel> channels = new HashMap<>();
    /** Stacks of threads that ended, for the next ones. */
    private final ArrayDeque<Allocation> freeStacks = new ArrayDeque<>();

    Threads(Interpreter in, StdShims heap, Memory memory, Allocator allocator) {
        this.in = in;
        this.heap = heap;
        this.memory = memory;
        this.allocator = allocator;
    }

    // ------------------------------------------------------------------ Mutex

    /** The Mutex a guard of type guardTy locks. */
    private static Ty mutexOf(Ty guardTy) { return ((Ty.Ref) fieldTy(guardTy, "lock")).pointee(); }

    /** Where a Mutex's value is, from the Mutex's address (for a guard's deref). */
    int dataOffset(Ty guardTy) {
        Ty mutex = mutexOf(guardTy);
        return (int) in.layout(mutex).fields().offset(((Ty.Adt) mutex).def().fieldIndex("data"));
    }

    /** Mutex::new(value): unlocked, not poisoned, the value inside. */
    void mutexNew(Interpreter.Frame f, Mir.Operand value, Ty valueTy, long dest, Ty mutexTy) {
        heap.setWord(dest, 0);   // the futex word and the poison flag (and padding)
        in.storeAt(f, value, in.field(dest, mutexTy, "data"), valueTy);
    }

    /** Mutex::lock(&self): the futex taken, Ok(guard), or Err(PoisonError(guard)) once a panic poisoned it. */
    void lock(long mutex, Ty mutexTy, long dest, Ty resultTy, rustmem.source.Span span) {
        long futex = in.field(mutex, mutexTy, "inner");
        if (in.readScalar(futex, 1, false) != 0) {
            throw new Lowering.Unsupported(span, spawnedRunning > 0
                ? "a spawned thread waiting for a Mutex another thread holds (rustmem runs a spawned thread to its end where it is spawned)"
                : "locking a Mutex this thread already holds (the real program waits here forever)");
        }
        in.writeScalar(futex, 1, 1);
        boolean poisoned = in.readScalar(in.field(mutex, mutexTy, "poison"), 1, false) != 0;
        int variant = poisoned ? 1 : 0;
        long guard = dest + in.variantFieldOffset(resultTy, variant, 0);   // PoisonError { data: guard } holds it first
        Ty guardTy = fieldTy(resultTy, 0, 0);
        heap.setWord(in.field(guard, guardTy, "lock"), mutex);
        in.writeScalar(in.field(guard, guardTy, "poison"), 1, in.unwinding() ? 1 : 0);
        in.writeVariant(dest, resultTy, variant);
    }

    /** A MutexGuard dropped: the lock given back, poisoned if its thread is panicking now (and was not when it locked). */
    void unlock(long guard, Ty guardTy) {
        long mutex = heap.word(in.field(guard, guardTy, "lock"));
        Ty mutexTy = mutexOf(guardTy);
        if (in.unwinding() && in.readScalar(in.field(guard, guardTy, "poison"), 1, false) == 0) {
            in.writeScalar(in.field(mutex, mutexTy, "poison"), 1, 1);
        }
        in.writeScalar(in.field(mutex, mutexTy, "inner"), 1, 0);
    }

    // ------------------------------------------------------------------ threads

    /**
     * thread::spawn(f): the closure runs now on a new thread's stack; its result goes into the packet (an
     * Arc<Packet<T>>) of the JoinHandle written at dest.
     */
    void spawn(Interpreter.Frame f, Mir.StdCall c, long dest, Ty handleTy) {
        if (!(c.argTys().get(0) instanceof Ty.Closure closure)) {
            throw new Lowering.Unsupported(c.span(), "spawning a thread from a `" + c.argTys().get(0).display() + "`");
        }
        Ty innerTy = fieldTy(handleTy, -1, 0);
        Ty arcTy = fieldTy(innerTy, "packet");
        Ty packetTy = ((Ty.Adt) arcTy).args().get(0);
        StdShims.RcLayout arc = heap.rcLayout(arcTy);
        Object site = heap.site(c.span());
        long packetBlock = allocator.malloc(arc.size(), new StdShims.AllocSite("thread::spawn (the result's packet)", site));
        heap.setWord(packetBlock + arc.strong(), 1);
        heap.setWord(packetBlock + arc.weak(), 1);
        long packet = packetBlock + arc.value();
        heap.setWord(in.field(packet, packetTy, "scope"), 0);
        Ty optionTy = fieldTy(fieldTy(packetTy, "result"), -1, 0);
        long option = in.field(packet, packetTy, "result");
        Ty resultTy = fieldTy(optionTy, 1, 0);
        long result = option + in.variantFieldOffset(optionTy, 1, 0);
        long value = result + in.variantFieldOffset(resultTy, 0, 0);

        Ty threadTy = fieldTy(innerTy, "thread");
        Ty threadInner = ((Ty.Adt) fieldTy(threadTy, "inner")).args().get(0);
        long tid = nextThreadId++;
        long threadBlock = allocator.malloc(in.layout(threadInner).size(), new StdShims.AllocSite("thread::spawn (the Thread handle)", site));
        heap.setWord(threadBlock, tid);

        // glibc keeps the stacks of threads that ended and gives them to new threads (old bytes and all)
        Allocation stack = freeStacks.isEmpty()
            ? memory.allocate(allocator.mapStack(THREAD_STACK_SIZE), (int) THREAD_STACK_SIZE, AllocKind.STACK, "a spawned thread's stack")
            : freeStacks.pop();
        spawnedRunning++;
        try {
            in.onThread("<unnamed>", tid, stack, () -> {
                long env = in.spill(f, c.args().get(0), closure);
                try {
                    in.callClosure(closure, env, List.of(), value);
                    if (closure.def().kind() != ClosureDef.Kind.FN_ONCE) in.dropInPlace(env, closure);
                } catch (RustPanic p) {
                    throw new Lowering.Unsupported(c.span(), "a panicking spawned thread (its payload for join is not modelled)");
                } finally {
                    in.releaseStackSlot(env);
                }
            });
        } finally {
            spawnedRunning--;
            freeStacks.push(stack);
        }
        in.writeVariant(result, resultTy, 0);
        in.writeVariant(option, optionTy, 1);

        heap.setWord(in.field(in.field(dest, handleTy, 0), innerTy, "native"), tid);
        heap.setWord(in.field(in.field(dest, handleTy, 0), innerTy, "thread"), threadBlock);
        heap.setWord(in.field(in.field(dest, handleTy, 0), innerTy, "packet"), packetBlock);
    }

    /** JoinHandle::join(self): the thread's result as Ok, out of its packet; the packet and handle freed. */
    void join(Interpreter.Frame f, Mir.StdCall c, long dest, Ty resultTy) {
        Ty handleTy = c.argTys().get(0);
        long handle = in.spill(f, c.args().get(0), handleTy);
        try {
            Ty innerTy = fieldTy(handleTy, -1, 0);
            long inner = in.field(handle, handleTy, 0);
            Ty arcTy = fieldTy(innerTy, "packet");
            Ty packetTy = ((Ty.Adt) arcTy).args().get(0);
            long packet = heap.word(in.field(inner, innerTy, "packet")) + heap.rcLayout(arcTy).value();
            Ty optionTy = fieldTy(fieldTy(packetTy, "result"), -1, 0);
            long option = in.field(packet, packetTy, "result");
            long taken = option + in.variantFieldOffset(optionTy, 1, 0);
            heap.copy(taken, dest, in.layout(resultTy).size());
            in.writeVariant(option, optionTy, 0);   // taken: None is left
            detach(handle, handleTy);
        } finally {
            in.releaseStackSlot(handle);
        }
    }

    /** A JoinHandle dropped (or joined): its reference to the packet and the Thread handle given up. */
    void detach(long handle, Ty handleTy) {
        Ty innerTy = fieldTy(handleTy, -1, 0);
        long inner = in.field(handle, handleTy, 0);
        heap.drop(in.field(inner, innerTy, "packet"), fieldTy(innerTy, "packet"));
        allocator.free(heap.word(in.field(inner, innerTy, "thread")));
    }

    // ------------------------------------------------------------------ channels

    /** The flavor enum inside a Sender or Receiver at addr, and its type. */
    private long flavor(long end, Ty endTy) {
        Ty mpmc = fieldTy(endTy, "inner");
        return in.field(in.field(end, endTy, "inner"), mpmc, "flavor");
    }

    private static Ty flavorTy(Ty endTy) { return fieldTy(fieldTy(endTy, "inner"), "flavor"); }

    /** The channel block a Sender or Receiver points to (its List flavor's counter). */
    private long counter(long end, Ty endTy) {
        return heap.word(flavor(end, endTy) + in.variantFieldOffset(flavorTy(endTy), 1, 0));
    }

    private void writeEnd(long end, Ty endTy, long counter) {
        long fl = flavor(end, endTy);
        heap.setWord(fl + in.variantFieldOffset(flavorTy(endTy), 1, 0), counter);
        in.writeVariant(fl, flavorTy(endTy), 1);   // std's channel() makes the list flavor
    }

    /** mpsc::channel(): a shared block (std's Counter<list::Channel<T>>: 512 bytes) and its two ends. */
    void channel(rustmem.source.Span span, long dest, Ty tupleTy) {
        Ty senderTy = fieldTy(tupleTy, -1, 0);
        Ty receiverTy = fieldTy(tupleTy, -1, 1);
        long block = allocator.malloc(512, new StdShims.AllocSite("mpsc::channel (its shared counter and queue)", heap.site(span)));
        channels.put(block, new Channel(((Ty.Adt) senderTy).args().get(0)));
        writeEnd(in.field(dest, tupleTy, 0), senderTy, block);
        writeEnd(in.field(dest, tupleTy, 1), receiverTy, block);
    }

    /** Sender::clone: one sender more, the same block. */
    void cloneSender(long sender, Ty senderTy, long dest) {
        long block = counter(sender, senderTy);
        channels.get(block).senders++;
        writeEnd(dest, senderTy, block);
    }

    /** Sender::send(&self, t): Ok(()) with the message queued, Err(SendError(t)) once the receiver is gone. */
    void send(Interpreter.Frame f, Mir.StdCall c, long dest, Ty resultTy) {
        long sender = in.scalar(f, c.args().get(0));
        Channel ch = channels.get(counter(sender, ((Ty.Ref) c.argTys().get(0)).pointee()));
        Ty t = ch.elem;
        if (!ch.receiverAlive) {
            long payload = dest + in.variantFieldOffset(resultTy, 1, 0);
            in.storeAt(f, c.args().get(1), payload, t);
            in.writeVariant(dest, resultTy, 1);
            return;
        }
        long slot = in.spill(f, c.args().get(1), t);
        ch.messages.add(heap.read(slot, in.layout(t).size()));
        in.releaseStackSlot(slot);
        in.writeVariant(dest, resultTy, 0);
    }

    /** Receiver::recv(&self): Ok(the oldest message), or Err(RecvError) once every sender is gone. */
    void recv(long receiver, Ty receiverTy, long dest, Ty resultTy, rustmem.source.Span span) {
        byte[] message = take(receiver, receiverTy, span);
        if (message == null) {
            in.writeVariant(dest, resultTy, 1);
            return;
        }
        heap.writeBytes(dest + in.variantFieldOffset(resultTy, 0, 0), message);
        in.writeVariant(dest, resultTy, 0);
    }

    /** The next message's bytes; null when the channel is empty and has no sender left. */
    byte[] take(long receiver, Ty receiverTy, rustmem.source.Span span) {
        Channel ch = channels.get(counter(receiver, receiverTy));
        if (!ch.messages.isEmpty()) return ch.messages.poll();
        if (ch.senders == 0) return null;
        throw new Lowering.Unsupported(span, spawnedRunning > 0
            ? "a spawned thread waiting for a message (rustmem runs a spawned thread to its end where it is spawned)"
            : "waiting for a message no other thread can send any more (the real program waits here forever)");
    }

    /** A Sender or Receiver dropped: the channel is disconnected on that side, and freed with its last end. */
    void dropEnd(long end, Ty endTy) {
        long block = counter(end, endTy);
        Channel ch = channels.get(block);
        if (((Ty.Adt) endTy).def().name().equals("Sender")) {
            ch.senders--;
        } else {
            // the receiver gone, the messages never received are dropped at once (std's discard_all_messages)
            ch.receiverAlive = false;
            long size = in.layout(ch.elem).size();
            for (byte[] m = ch.messages.poll(); m != null; m = ch.messages.poll()) {
                long slot = in.stackSlot(size);
                heap.writeBytes(slot, m);
                in.dropInPlace(slot, ch.elem);
                in.releaseStackSlot(slot);
            }
        }
        if (ch.senders > 0 || ch.receiverAlive) return;
        channels.remove(block);
        allocator.free(block);
    }
}
