package rustmem.view;

import java.util.List;
import rustmem.machine.Allocation;
import rustmem.machine.Allocator;
import rustmem.machine.ProcessImage;

/** `run --memory`: what the program did to the heap and the stack, written after it exits. */
public final class MemoryReport {
    private MemoryReport() {}

    /** The report; sites says where each leaked block was allocated (by its address; a block without one is named by its label). */
    /** How deep a thread's stack went: its name, the bytes below its top it reached, its size. */
    public record StackUse(String thread, long used, long size) {}

    /** Spawned threads listed one by one; more are summed up. */
    private static final int THREADS_SHOWN = 8;

    public static String render(Allocator.Stats s, List<Allocation> leaks, java.util.Map<Long, rustmem.trace.CodeSite> sites,
                                List<StackUse> stacks) {
        StringBuilder sb = new StringBuilder("\n== memory report (rustmem) ==\n");
        sb.append(String.format("heap:  %,d allocation%s, %,d free%s, %,d reallocation%s%n", s.allocations(),
            plural(s.allocations()), s.frees(), plural(s.frees()), s.reallocs(), plural(s.reallocs())));
        sb.append(String.format("       %,d bytes requested (realloc growth included), %,d bytes of chunks handed out "
            + "(16-byte headers, rounding to 16, at least 32)%n", s.bytesRequested(), s.chunkBytes()));
        sb.append(String.format("       peak in use: %,d bytes; brk calls: %d; mmap calls: %d%n", s.peakInUse(), s.brkCalls(),
            s.mmapCalls()));
        for (int i = 0; i < stacks.size() && i <= THREADS_SHOWN; i++) {
            StackUse u = stacks.get(i);
            sb.append(String.format("%s %s reached %,d bytes below its top (of %,d)%n", i == 0 ? "stack:" : "      ",
                i == 0 ? "main thread" : "thread '" + u.thread() + "' (#" + (i + 1) + ")", u.used(), u.size()));
        }
        if (stacks.size() > THREADS_SHOWN + 1) {
            long deepest = stacks.stream().skip(1).mapToLong(StackUse::used).max().orElse(0);
            sb.append(String.format("       … and %,d more threads (the deepest of all spawned ones: %,d bytes)%n", stacks.size() - THREADS_SHOWN - 1, deepest));
        }
        if (leaks.isEmpty()) {
            sb.append("leaks: none (every heap block was freed)\n");
        } else {
            long bytes = leaks.stream().mapToLong(Allocation::size).sum();
            sb.append(String.format("leaks: %d block%s, %,d bytes%n", leaks.size(), plural(leaks.size()), bytes));
            for (Allocation a : leaks) {
                rustmem.trace.CodeSite site = sites.get(a.base);
                sb.append(String.format("       0x%x  %,d bytes  %s%n", a.base, a.size(), site != null ? "allocated at " + site : a.label));
            }
        }
        return sb.toString();
    }

    private static String plural(long n) { return n == 1 ? "" : "s"; }
}
