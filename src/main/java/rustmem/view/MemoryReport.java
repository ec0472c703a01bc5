package rustmem.view;

import java.util.List;
import rustmem.machine.Allocation;
import rustmem.machine.Allocator;
import rustmem.machine.ProcessImage;

/** `run --memory`: what the program did to the heap and the stack, written after it exits. */
public final class MemoryReport {
    private MemoryReport() {}

    /** The report; sites says where each leaked block was allocated (by its address; a block without one is named by its label). */
    public static String render(Allocator.Stats s, List<Allocation> leaks, java.util.Map<Long, rustmem.trace.CodeSite> sites, long stackLow) {
        StringBuilder sb = new StringBuilder("\n== memory report (rustmem) ==\n");
        sb.append(String.format("heap:  %,d allocation%s, %,d free%s, %,d reallocation%s%n", s.allocations(),
            plural(s.allocations()), s.frees(), plural(s.frees()), s.reallocs(), plural(s.reallocs())));
        sb.append(String.format("       %,d bytes requested (realloc growth included), %,d bytes of chunks handed out "
            + "(16-byte headers, rounding to 16, at least 32)%n", s.bytesRequested(), s.chunkBytes()));
        sb.append(String.format("       peak in use: %,d bytes; brk calls: %d; mmap calls: %d%n", s.peakInUse(), s.brkCalls(),
            s.mmapCalls()));
        long used = ProcessImage.STACK_TOP - stackLow;
        sb.append(String.format("stack: main thread reached %,d bytes below its top (of %,d)%n", used, ProcessImage.MAIN_STACK_SIZE));
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
