package rustmem.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A Rust source file: its name as shown in diagnostics, its text, and a line index. */
public final class SourceFile {
    private final String name;
    private final String text;
    private final int[] lineStarts;
    /** Where the file starts in the offsets of its source map (0 for the program's file). */
    private final int base;

    public SourceFile(String name, String text) { this(name, text, 0); }

    public SourceFile(String name, String text, int base) {
        this.name = name;
        this.text = text;
        this.lineStarts = computeLineStarts(text);
        this.base = base;
    }

    public int base() { return base; }

    /** Whether a global offset lies in this file (its end included). */
    public boolean contains(int offset) { return offset >= base && offset <= base + text.length(); }

    public static SourceFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new SourceFile(path.toString(), new String(bytes, StandardCharsets.UTF_8));
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public String name() { return name; }

    public String text() { return text; }

    public int lineCount() { return lineStarts.length; }

    /** 1-based line of a char offset. */
    public int line(int offset) {
        offset -= base;
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a char offset, counted in Unicode scalar values as rustc does. */
    public int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        offset -= base;
        int end = Math.min(offset, text.length());
        return text.codePointCount(start, Math.max(start, end)) + 1;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    public String slice(Span span) { return text.substring(span.lo() - base, span.hi() - base); }
}
