package rustmem.machine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A glibc 2.36-like malloc for the main arena, so programs see the addresses and reuse patterns the
 * real binary sees. Chunks carry a 16-byte header ahead of the user pointer (the next chunk's
 * prev_size overlaps the last 8 user bytes, hence request + 8 rounded up to 16, at least 32);
 * freed chunks go to a per-size tcache (7 entries, LIFO) and then to fastbins (chunks up to 128
 * bytes, LIFO) or, merged with free neighbours, to the free list or back into the top chunk. New
 * chunks come from a free chunk that fits, else from the top chunk, which grows with brk in
 * 132 KiB steps. Requests of 128 KiB and more get their own mmap. realloc grows in place into the
 * top chunk or a free neighbour when it can.
 * Simplifications: one arena, no fastbin consolidation on large requests, best fit instead of
 * glibc's unsorted/small/large bin order.
 */
public final class Allocator {
    private static final long MINSIZE = 32;
    private static final long TCACHE_MAX_CHUNK = 0x410;
    private static final int TCACHE_COUNT = 7;
    private static final long FASTBIN_MAX_CHUNK = 0x80;
    private static final long MMAP_THRESHOLD = 128 * 1024;
    private static final long TOP_PAD = 128 * 1024;
    /** glibc's tcache_perthread_struct is the heap's first chunk. */
    private static final long TCACHE_STRUCT_CHUNK = 0x290;

    /**
     * Totals for the memory report. bytesRequested counts malloc sizes and what reallocs added;
     * chunkBytes the chunk bytes handed out for them (headers and rounding included).
     */
    public record Stats(long allocations, long frees, long reallocs, long bytesRequested, long chunkBytes,
                        long peakInUse, long brkCalls, long mmapCalls) {}

    private final Memory memory;
    private final long heapStart;
    private long top;        // address of the top chunk
    private long brk;        // end of the heap
    private long mmapNext;   // next mmap goes below this
    private final TreeMap<Long, Long> freeChunks = new TreeMap<>(); // free (coalescable) chunk -> size
    /** LIFO bins of free chunks by chunk size / 16. */
    private final Bin[] tcache = new Bin[(int) (TCACHE_MAX_CHUNK / 16) + 1];
    private final Bin[] fastbins = new Bin[(int) (FASTBIN_MAX_CHUNK / 16) + 1];
    /** The live blocks by user address. */
    private final LongMap<Block> live = new LongMap<>();

    /** A live block: its allocation and its chunk's size (or its mapping's size, when mmapped). */
    private record Block(Allocation allocation, long size, boolean mapped) {}

    /** A stack of chunk addresses. */
    private static final class Bin {
        private long[] chunks = new long[8];
        private int size;

        void push(long chunk) {
            if (size == chunks.length) chunks = java.util.Arrays.copyOf(chunks, size * 2);
            chunks[size++] = chunk;
        }

        long pop() { return chunks[--size]; }

        boolean contains(long chunk) {
            for (int i = 0; i < size; i++) {
                if (chunks[i] == chunk) return true;
            }
            return false;
        }
    }

    private static Bin bin(Bin[] bins, long cs) {
        int i = (int) (cs / 16);
        Bin b = bins[i];
        if (b == null) bins[i] = b = new Bin();
        return b;
    }
    private long allocations, frees, reallocs, bytesRequested, chunkBytes, inUse, peakInUse, brkCalls, mmapCalls;
    /** Off while the runtime's own blocks are allocated or freed: the statistics are the program's. */
    private boolean counting = true;

    /** Told of the program's allocator calls (a trace); null when nobody listens. */
    public interface Listener {
        void malloc(long addr, long size, long chunk, boolean mmap);

        void free(long addr, long size);

        void realloc(long from, long to, long oldSize, long size);
    }

    private Listener listener;
    /** Set inside realloc, whose malloc and free are one event. */
    private boolean inRealloc;

    public void setListener(Listener l) { this.listener = l; }

    /** A live block as a view shows it: its user address, the size asked for, its chunk, where it came from. */
    public record BlockInfo(long addr, long size, long chunk, boolean mmap, boolean runtime) {}

    /** The live blocks in address order. */
    public List<BlockInfo> liveBlocks() {
        List<BlockInfo> out = new ArrayList<>();
        java.util.Set<Long> rt = new java.util.HashSet<>(runtimeBlocks);
        for (Block b : live.values()) {
            long addr = b.allocation().base;
            out.add(new BlockInfo(addr, b.allocation().size(), b.size(), b.mapped(), rt.contains(addr)));
        }
        out.sort((x, y) -> Long.compare(x.addr(), y.addr()));
        return out;
    }

    /** The live block at user, as {@link #liveBlocks} lists it, or null. */
    public BlockInfo blockInfo(long user) {
        Block b = live.get(user);
        return b == null ? null : new BlockInfo(user, b.allocation().size(), b.size(), b.mapped(), runtimeBlocks.contains(user));
    }

    public Allocator(Memory memory, long heapStart, long mmapTop) {
        this.memory = memory;
        this.heapStart = heapStart;
        this.brk = heapStart;
        this.top = heapStart + TCACHE_STRUCT_CHUNK;
        this.mmapNext = mmapTop;
    }

    /** Blocks glibc and Rust's runtime keep from before main, and std's stdout buffer once allocated. */
    private final List<Long> runtimeBlocks = new ArrayList<>();
    private long stdoutBufferSize = -1;
    private boolean stdoutBufferAllocated;

    /**
     * Replays what glibc and Rust's runtime allocate and free before main (recorded from a real process by
     * scripts/gen-runtime-heap.sh), so the heap holds the same free chunks and top when main starts; the
     * statistics then start from zero.
     */
    public void replayRuntimeStartup() {
        java.io.InputStream in = Allocator.class.getResourceAsStream("/machine/runtime-heap.txt");
        if (in == null) return;
        Map<String, Long> blocks = new HashMap<>();
        counting = false;
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] w = line.trim().split("\\s+");
                switch (w[0]) {
                    case "malloc", "calloc" -> blocks.put(w[2], malloc(Long.parseLong(w[1]), "Rust runtime (before main)"));
                    case "realloc" -> blocks.put(w[3], w[1].equals("-")
                        ? malloc(Long.parseLong(w[2]), "Rust runtime (before main)")
                        : realloc(blocks.remove(w[1]), Long.parseLong(w[2]), "Rust runtime (before main)"));
                    case "free" -> free(blocks.remove(w[1]));
                    case "stdout" -> stdoutBufferSize = Long.parseLong(w[1]);
                    default -> { }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        runtimeBlocks.addAll(blocks.values());
        counting = true;
    }

    /** std allocates stdout's LineWriter buffer at the first print to stdout. */
    public void stdoutUsed() {
        if (stdoutBufferAllocated || stdoutBufferSize < 0) return;
        stdoutBufferAllocated = true;
        counting = false;
        runtimeBlocks.add(malloc(stdoutBufferSize, "std's stdout buffer"));
        counting = true;
    }

    /** At exit the runtime frees its own blocks: what stays allocated then is the program's leaks. */
    public void runtimeExit() {
        counting = false;
        for (long b : runtimeBlocks) {
            if (live.containsKey(b)) free(b);
        }
        counting = true;
        runtimeBlocks.clear();
    }

    public static long chunkSize(long request) {
        long n = request + 8 + 15;
        return n < MINSIZE ? MINSIZE : n & ~15L;
    }

    /**
     * mmap of a thread's stack (size bytes and a guard page below them) in the mapping area, below what was
     * mapped before: the stack's lowest address.
     */
    public long mapStack(long size) {
        mmapNext -= size + ProcessImage.PAGE;
        if (counting) mmapCalls++;
        return mmapNext + ProcessImage.PAGE;
    }

    /**
     * The largest request the kernel grants: Linux's heuristic overcommit refuses a mapping larger than the
     * machine's RAM and swap (read from /proc/meminfo; 16 GiB where there is none), and malloc returns null.
     */
    public static final long MAX_MAPPING = ramAndSwap();

    private static long ramAndSwap() {
        try {
            long kb = 0;
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:") || line.startsWith("SwapTotal:")) kb += Long.parseLong(line.replaceAll("\\D", ""));
            }
            if (kb > 0) return kb * 1024;
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the default below
        }
        return 16L << 30;
    }

    /** The bytes of the live blocks, and how many the process may hold at once (its address-space limit). */
    private long held, limit = MAX_MAPPING;

    /**
     * Limits the bytes of live blocks, as `ulimit -v` limits a process: a malloc or realloc past it answers null (std:
     * `memory allocation of N bytes failed`). The web server gives each request's program such a limit.
     */
    public void setLimit(long bytes) { limit = Math.min(bytes, MAX_MAPPING); }

    /**
     * malloc(size): the user address of a new block whose bytes are uninitialised (zero here); 0 (null) when the
     * kernel would refuse the memory, as the real malloc answers.
     */
    public long malloc(long size, Object site) {
        if (size < 0 || size > limit - held) return 0;
        if (counting) {
            allocations++;
            bytesRequested += size;
        }
        long user;
        long blockSize;
        boolean mapped = size >= MMAP_THRESHOLD;
        if (mapped) {
            blockSize = align(size + 16, ProcessImage.PAGE);
            mmapNext -= blockSize;
            if (counting) mmapCalls++;
            user = mmapNext + 16;
        } else {
            user = takeChunk(chunkSize(size)) + 16;
            blockSize = lastTaken;
        }
        account(blockSize);
        held += size;
        live.put(user, new Block(fresh(user, size, site), blockSize, mapped));
        if (listener != null && counting && !inRealloc) listener.malloc(user, size, blockSize, mapped);
        return user;
    }

    /**
     * memalign(align, size), as glibc's _int_memalign: a block whose address is a multiple of align (a power of two);
     * above malloc's 16 bytes, a larger chunk is taken and split: the part before the aligned address and what is left
     * after the block become free chunks of their own. Rust's allocator calls it for types aligned above 16.
     */
    public long memalign(long align, long size, Object site) {
        if (align <= 16) return malloc(size, site);
        if (size < 0 || size > limit - held) return 0;
        long nb = chunkSize(size);
        if (counting) {
            allocations++;
            bytesRequested += size;
        }
        long user, blockSize;
        boolean mapped = nb + align + MINSIZE >= MMAP_THRESHOLD;
        if (mapped) {
            blockSize = align(size + align + 16, ProcessImage.PAGE);
            mmapNext -= blockSize;
            if (counting) mmapCalls++;
            user = (mmapNext + 16 + align - 1) & -align;
        } else {
            long chunk = takeChunk(nb + align + MINSIZE);
            blockSize = lastTaken;
            user = chunk + 16;
            long aligned = (user + align - 1) & -align;
            if (aligned != user) {
                if (aligned - user < MINSIZE) aligned += align;
                long lead = aligned - user;
                release(chunk, lead);   // the part before the aligned address is a free chunk
                blockSize -= lead;
                user = aligned;
            }
            if (blockSize > nb + MINSIZE) {   // so is what is left after the block
                release(user - 16 + nb, blockSize - nb);
                blockSize = nb;
            }
        }
        account(blockSize);
        held += size;
        live.put(user, new Block(fresh(user, size, site), blockSize, mapped));
        if (listener != null && counting && !inRealloc) listener.malloc(user, size, blockSize, mapped);
        return user;
    }

    /** A new block's allocation: during the program's run its bytes are uninitialised until written. */
    private Allocation fresh(long user, long size, Object site) {
        Allocation a = memory.allocate(user, size, AllocKind.HEAP, site);
        if (counting) a.markUninit(0L, size);
        return a;
    }

    private void account(long bytes) {
        if (!counting) return;
        chunkBytes += bytes;
        inUse += bytes;
        peakInUse = Math.max(peakInUse, inUse);
    }

    /** The size of the chunk takeChunk returned: a free chunk too small to split is handed out whole. */
    private long lastTaken;

    private long takeChunk(long cs) {
        lastTaken = cs;
        // (realloc's new block comes from _int_malloc, which never takes from the tcache: only malloc itself does)
        if (!inRealloc && cs <= TCACHE_MAX_CHUNK && bin(tcache, cs).size > 0) return bin(tcache, cs).pop();
        if (cs <= FASTBIN_MAX_CHUNK && bin(fastbins, cs).size > 0) return bin(fastbins, cs).pop();
        // best fit among free chunks, splitting off the rest
        Map.Entry<Long, Long> best = null;
        for (Map.Entry<Long, Long> e : freeChunks.entrySet()) {
            if (e.getValue() >= cs && (best == null || e.getValue() < best.getValue())) best = e;
        }
        if (best != null) {
            long chunk = best.getKey(), size = best.getValue();
            freeChunks.remove(chunk);
            if (size - cs >= MINSIZE) freeChunks.put(chunk + cs, size - cs);
            else lastTaken = size;
            return chunk;
        }
        return fromTop(cs);
    }

    private long fromTop(long cs) {
        long chunk = top;
        // the top chunk must keep at least MINSIZE bytes: grow the heap first
        if (chunk + cs + MINSIZE > brk) {
            long need = chunk + cs + MINSIZE - brk;
            brk += align(need + TOP_PAD, ProcessImage.PAGE);
            if (counting) brkCalls++;
        }
        top = chunk + cs;
        return chunk;
    }

    /** The live block starting at user, or null. */
    public Allocation blockAt(long user) {
        Block b = live.get(user);
        return b == null ? null : b.allocation();
    }

    /** free(ptr); freeing what is not a live block is a double free or an invalid free. */
    public void free(long user) {
        Block b = live.remove(user);
        if (b == null) {
            Allocation dead = memory.containing(user);
            if (dead != null && dead.base == user && !dead.live() && dead.kind == AllocKind.HEAP) {
                throw Memory.freed(dead.id, user, " (a double free)");
            }
            throw new UndefinedBehavior(String.format("deallocating 0x%x, which is not the start of a live heap block%s", user,
                isFree(user - 16) ? " (a double free)" : ""));
        }
        if (counting) {
            frees++;
            inUse -= b.size();
        }
        held -= b.allocation().size();
        memory.free(b.allocation());
        if (!b.mapped()) release(user - 16, b.size());
        if (listener != null && counting && !inRealloc) listener.free(user, b.allocation().size());
    }

    /** Whether a chunk address lies in freed memory: a cached chunk, a free chunk or the top chunk. */
    private boolean isFree(long chunk) {
        if (chunk >= top && chunk < brk) return true;
        for (Bin[] bins : List.of(tcache, fastbins)) {
            for (Bin bin : bins) {
                if (bin != null && bin.contains(chunk)) return true;
            }
        }
        Map.Entry<Long, Long> e = freeChunks.floorEntry(chunk);
        return e != null && chunk < e.getKey() + e.getValue();
    }

    private void release(long chunk, long cs) {
        if (cs <= TCACHE_MAX_CHUNK && bin(tcache, cs).size < TCACHE_COUNT) {
            bin(tcache, cs).push(chunk);
            return;
        }
        if (cs <= FASTBIN_MAX_CHUNK) {
            bin(fastbins, cs).push(chunk);
            return;
        }
        // coalesce with free neighbours; a chunk next to the top chunk joins it
        Map.Entry<Long, Long> prev = freeChunks.floorEntry(chunk - 1);
        if (prev != null && prev.getKey() + prev.getValue() == chunk) {
            freeChunks.remove(prev.getKey());
            chunk = prev.getKey();
            cs += prev.getValue();
        }
        Long next = freeChunks.get(chunk + cs);
        if (next != null) {
            freeChunks.remove(chunk + cs);
            cs += next;
        }
        if (chunk + cs == top) top = chunk;
        else freeChunks.put(chunk, cs);
    }

    /**
     * realloc(ptr, size): in place when the chunk already fits, or when it can grow into the top chunk
     * or a free neighbour; otherwise a new block, the bytes copied, the old one freed.
     */
    public long realloc(long user, long size, Object site) {
        Block block = live.get(user);
        if (block == null) throw new UndefinedBehavior(String.format("realloc(0x%x): not a live heap block", user));
        if (size < 0 || size > limit - held + block.allocation().size()) return 0;   // the block stays as it was
        Allocation old = block.allocation();
        if (counting) {
            reallocs++;
            bytesRequested += Math.max(0, size - old.size());
        }
        if (!block.mapped()) {
            long chunk = user - 16;
            long cs = block.size();
            long want = chunkSize(size);
            long grown = -1;
            if (want <= cs) grown = cs;
            else if (chunk + cs == top && size < MMAP_THRESHOLD) {
                fromTop(want - cs);
                grown = want;
            } else if (freeChunks.containsKey(chunk + cs) && cs + freeChunks.get(chunk + cs) >= want) {
                long nextSize = freeChunks.remove(chunk + cs);
                long total = cs + nextSize;
                if (total - want >= MINSIZE) {
                    freeChunks.put(chunk + want, total - want);
                    grown = want;
                } else {
                    grown = total;
                }
            }
            if (grown >= 0) {
                if (counting) {
                    inUse += grown - cs;
                    chunkBytes += Math.max(0, grown - cs);
                    peakInUse = Math.max(peakInUse, inUse);
                }
                held += size - old.size();
                Allocation resized = memory.resize(old, size);
                if (counting) resized.markUninit(old.size(), size);
                live.put(user, new Block(resized, grown, false));
                if (listener != null && counting) listener.realloc(user, user, old.size(), size);
                return user;
            }
        }
        inRealloc = true;
        long fresh;
        try {
            fresh = malloc(size, site);
        } finally {
            inRealloc = false;
        }
        if (fresh == 0) return 0;   // both blocks at once would pass the limit: the old one stays
        if (counting) {
            allocations--;   // counted as a realloc, not a new allocation
            bytesRequested -= size;   // only the growth counts as requested (added above)
        }
        Allocation to = live.get(fresh).allocation();
        to.copyFrom(old, 0, 0, Math.min(old.size(), size));
        inRealloc = true;
        try {
            free(user);
        } finally {
            inRealloc = false;
        }
        if (counting) frees--;
        if (listener != null && counting) listener.realloc(user, fresh, old.size(), size);
        return fresh;
    }

    public Stats stats() {
        return new Stats(allocations, frees, reallocs, bytesRequested, chunkBytes, peakInUse, brkCalls, mmapCalls);
    }

    /** Blocks not freed when the program ended, in address order. */
    public List<Allocation> leaks() {
        List<Allocation> out = new ArrayList<>();
        for (Block b : live.values()) out.add(b.allocation());
        out.sort((x, y) -> Long.compare(x.base, y.base));
        return out;
    }

    public long heapStart() { return heapStart; }

    private static long align(long v, long a) { return (v + a - 1) / a * a; }
}
