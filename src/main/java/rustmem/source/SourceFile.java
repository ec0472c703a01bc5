package rustmem.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A Rust source file: its name as shown in diagnostics, its text, and a line index. */
public final class SourceFile {
    private final String name;
    /** The text, or null until a file read lazily is first shown (std's: see {@link #lazy}). */
    private volatile String text;
    private final java.util.function.Supplier<String> reader;
    /** The text's length in chars. */
    private final int length;
    /** Whether the text has no surrogate pairs (a column is then a count of chars); known without the text for std's. */
    private final boolean surrogateFree;
    /** Where each line starts, computed when first asked (std's files are rarely shown). */
    private volatile int[] lineStarts;
    /** Where the file starts in the offsets of its source map (0 for the program's file). */
    private final int base;

    public SourceFile(String name, String text) { this(name, text, 0); }

    public SourceFile(String name, String text, int base) {
        this.name = name;
        this.text = text;
        this.reader = null;
        this.length = text.length();
        this.surrogateFree = false;
        this.base = base;
    }

    private SourceFile(String name, int length, int[] lineStarts, boolean surrogateFree,
                       java.util.function.Supplier<String> reader, int base) {
        this.name = name;
        this.reader = reader;
        this.length = length;
        this.surrogateFree = surrogateFree;
        this.lineStarts = lineStarts;
        this.base = base;
    }

    /**
     * A file whose text (length chars, lines starting at lineStarts) is read when first asked for: std's 1.6 MB of
     * source are decoded only when a diagnostic shows them; a location's line and column need the line index alone
     * when the text has no surrogate pairs.
     */
    public static SourceFile lazy(String name, int length, int[] lineStarts, boolean surrogateFree,
                                  java.util.function.Supplier<String> text, int base) {
        return new SourceFile(name, length, lineStarts, surrogateFree, text, base);
    }

    public int base() { return base; }

    /** The text's length in chars. */
    public int length() { return length; }

    /** Whether a global offset lies in this file (its end included). */
    public boolean contains(int offset) { return offset >= base && offset <= base + length; }

    /**
     * Reads a source file as rustc does: UTF-8 only, a leading byte-order mark removed, CRLF line ends made LF.
     * Bytes that are not UTF-8 throw {@link InvalidUtf8}.
     */
    public static SourceFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            String shown = controlPictures(new String(bytes, StandardCharsets.UTF_8));
            throw new InvalidUtf8(new SourceFile(path.toString(), shown), before.length(), bytes[bad] & 0xff);
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n");
        return new SourceFile(path.toString(), text);
    }

    /** A file that is not UTF-8: shown (as rustc shows it) with control characters as their pictures. */
    public static final class InvalidUtf8 extends IOException {
        public final transient SourceFile shown;
        /** The char offset in shown of the first byte that is not UTF-8, and that byte. */
        public final int offset, value;

        InvalidUtf8(SourceFile shown, int offset, int value) {
            super("stream did not contain valid UTF-8");
            this.shown = shown;
            this.offset = offset;
            this.value = value;
        }
    }

    /** Control characters other than tab and line ends as the Unicode pictures rustc's snippets draw them with. */
    private static String controlPictures(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n') b.append((char) (0x2400 + c));
            else if (c == 0x7f) b.append('\u2421');
            else b.append(c);
        }
        return b.toString();
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

    public String text() {
        String t = text;
        if (t == null) text = t = reader.get();
        return t;
    }

    /** Where each line starts, as chars from the file's start. */
    public int[] lineStartsArray() { return lineStarts().clone(); }

    public int lineCount() { return lineStarts().length; }

    private int[] lineStarts() {
        int[] l = lineStarts;
        if (l == null) lineStarts = l = computeLineStarts(text());
        return l;
    }

    /** 1-based line of a char offset. */
    public int line(int offset) {
        offset -= base;
        int i = Arrays.binarySearch(lineStarts(), offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a char offset, counted in Unicode scalar values as rustc does. */
    public int column(int offset) {
        int start = lineStarts()[line(offset) - 1];
        offset -= base;
        int end = Math.max(start, Math.min(offset, length));
        if (surrogateFree) return end - start + 1;
        return text().codePointCount(start, end) + 1;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int[] starts = lineStarts();
        int start = starts[line - 1];
        String t = text();
        int end = line < starts.length ? starts[line] - 1 : t.length();
        if (end > start && t.charAt(end - 1) == '\r') end--;
        return t.substring(start, Math.max(start, end));
    }

    public String slice(Span span) { return text().substring(span.lo() - base, span.hi() - base); }
}
