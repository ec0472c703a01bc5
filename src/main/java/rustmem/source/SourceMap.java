package rustmem.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The source files of one compilation (the program's and std's), each at its own range of offsets so
 * that a {@link Span} alone says which file it is in (rustc's {@code SourceMap} and {@code BytePos}).
 * The program's file starts at 0; files added later start after the previous one.
 */
public final class SourceMap {
    private final List<SourceFile> files = new ArrayList<>();
    private int next;

    public SourceMap(SourceFile first) {
        if (first.base() != 0) throw new IllegalArgumentException("the first file starts at 0");
        files.add(first);
        next = first.text().length() + 1;
    }

    /**
     * Where std's files start: far after any program, so that std's spans are the same in every compilation and
     * its parsed and expanded source can be shared between them.
     */
    public static final int STD_BASE = 1 << 30;

    /** Adds a file made with its own base (std's, shared between compilations) after the ones already here. */
    public void addFixed(SourceFile f) {
        if (f.base() < next) throw new IllegalArgumentException("file " + f.name() + " overlaps the files before it");
        files.add(f);
        next = f.base() + f.length() + 1;   // (not its text: std's files read theirs when first shown)
    }

    /** Adds a file after the ones already here. */
    public SourceFile add(String name, String text) {
        SourceFile f = new SourceFile(name, text, next);
        files.add(f);
        next += text.length() + 1;
        return f;
    }

    public SourceFile primary() { return files.get(0); }

    /** The file a span starts in. */
    public SourceFile fileOf(Span span) {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (span.lo() >= files.get(i).base()) return files.get(i);
        }
        return files.get(0);
    }

    /** The source text a span covers (empty when it is in no file). */
    public String text(Span span) {
        SourceFile f = fileOf(span);
        if (f == null) return "";
        int lo = span.lo() - f.base(), hi = span.hi() - f.base();
        return lo < 0 || hi > f.text().length() || lo > hi ? "" : f.text().substring(lo, hi);
    }

    /** Whether the span is in the program's own file. */
    public boolean isPrimary(Span span) { return span.lo() < files.get(0).text().length() + 1; }
}
