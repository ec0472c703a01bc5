package rustmem.source;

import java.util.ArrayList;
import java.util.List;

/** Renders diagnostics as rustc prints them (without colour). */
public final class DiagnosticRenderer {
    private final SourceFile single;
    private final SourceMap sources;

    public DiagnosticRenderer(SourceFile file) {
        this.single = file;
        this.sources = null;
    }

    /** A renderer for a compilation of several files: each diagnostic is shown in the file of its span. */
    public DiagnosticRenderer(SourceMap sources) {
        this.single = null;
        this.sources = sources;
    }

    public String render(Diagnostic d) {
        SourceFile file = sources == null ? single : d.span() == null ? sources.primary() : sources.fileOf(d.span());
        StringBuilder out = new StringBuilder();
        out.append(d.level().word);
        if (d.code() != null) out.append('[').append(d.code()).append(']');
        out.append(": ").append(d.message()).append('\n');
        List<Marked> marks = new ArrayList<>();
        if (d.span() != null) marks.add(new Marked(d.span(), d.label(), '^'));
        for (Diagnostic.Label l : d.secondary()) marks.add(new Marked(l.span(), l.text(), '-'));
        int gutter = 1;
        marks.removeIf(m -> sources != null && m != marks.get(0) && sources.fileOf(m.span) != file);
        for (Marked m : marks) gutter = Math.max(gutter, String.valueOf(file.line(m.span.lo())).length());
        String pad = " ".repeat(gutter);
        if (d.span() != null) {
            Span s = d.span();
            out.append(pad).append("--> ").append(file.name()).append(':')
               .append(file.line(s.lo())).append(':').append(file.column(s.lo())).append('\n');
            out.append(pad).append(" |\n");
            marks.sort((a, b) -> Integer.compare(a.span.lo(), b.span.lo()));
            int lastLine = -1;
            int[] window = null;
            for (Marked m : marks) {
                int line = file.line(m.span.lo());
                if (line != lastLine) {
                    if (lastLine != -1 && line > lastLine + 1) out.append("...\n");
                    String text = file.lineText(line);
                    window = window(file, line, marks);
                    out.append(String.format("%" + gutter + "d | ", line)).append(cut(text, window)).append('\n');
                }
                lastLine = line;
                int col = file.column(m.span.lo()) - 1;
                int endLine = file.line(Math.max(m.span.lo(), m.span.hi() - 1));
                int width;
                if (endLine == line) {
                    width = Math.max(1, file.column(m.span.hi()) - 1 - col);
                } else {
                    width = Math.max(1, file.lineText(line).codePointCount(0, file.lineText(line).length()) - col);
                }
                if (window != null) {
                    int end = Math.min(col + width, window[1]);
                    col = Math.max(col, window[0]) - window[0];
                    width = Math.max(1, end - window[0] - col);
                }
                out.append(pad).append(" | ").append(" ".repeat(col))
                   .append(String.valueOf(m.mark).repeat(width));
                if (m.label != null && !m.label.isEmpty()) out.append(' ').append(m.label);
                out.append('\n');
            }
            if (!d.notes().isEmpty()) out.append(pad).append(" |\n");
        }
        for (String note : d.notes()) out.append(pad).append(" = ").append(note).append('\n');
        return out.toString();
    }

    /** The whole report: every diagnostic and rustc's closing summary line. */
    public String renderAll(Diagnostics diags) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diags.all()) out.append(render(d)).append('\n');
        int n = diags.errorCount();
        if (n == 1) out.append("error: aborting due to 1 previous error\n");
        else if (n > 1) out.append("error: aborting due to ").append(n).append(" previous errors\n");
        return out.toString();
    }

    private record Marked(Span span, String label, char mark) {}

    /** Lines wider than this are cut around their marks, as rustc's emitter cuts them (its `Margin`). */
    private static final int COLUMN_WIDTH = 140;

    /** The columns [left, right) of a long line shown, or null to show it whole. */
    private static int[] window(SourceFile file, int line, List<Marked> marks) {
        String text = file.lineText(line);
        int len = text.codePointCount(0, text.length());
        if (len <= COLUMN_WIDTH) return null;
        int ws = 0;
        while (ws < text.length() && Character.isWhitespace(text.charAt(ws))) ws++;
        int spanLeft = Integer.MAX_VALUE, spanRight = 0, labelRight = 0;
        for (Marked m : marks) {
            if (file.line(m.span.lo()) != line) continue;
            int lo = file.column(m.span.lo()) - 1;
            int hi = file.line(Math.max(m.span.lo(), m.span.hi() - 1)) == line ? file.column(m.span.hi()) - 1 : len;
            spanLeft = Math.min(spanLeft, lo);
            spanRight = Math.max(spanRight, hi);
            labelRight = Math.max(labelRight, hi + (m.label == null || m.label.isEmpty() ? 0 : 1 + m.label.length()));
        }
        ws = Math.max(0, ws - 6);
        spanLeft = Math.max(0, spanLeft - 6);
        spanRight += 6;
        labelRight += 6;
        int left = ws > 20 ? ws - 16 : 0, right = Math.max(len, left);
        if (right - left > COLUMN_WIDTH) {
            if (labelRight - ws <= COLUMN_WIDTH) {
                left = ws;
            } else if (labelRight - spanLeft <= COLUMN_WIDTH) {
                left = Math.max(0, spanLeft - (COLUMN_WIDTH - (labelRight - spanLeft)) / 2);
            } else if (spanRight - spanLeft <= COLUMN_WIDTH) {
                left = Math.max(0, spanLeft - (COLUMN_WIDTH - (spanRight - spanLeft)) / 5 * 2);
            } else {
                return new int[] {spanLeft, Math.min(len, spanRight)};
            }
            right = left + COLUMN_WIDTH;
        }
        return new int[] {left, Math.min(len, right)};
    }

    /** The window's part of a line, `...` where it was cut. */
    private static String cut(String text, int[] window) {
        if (window == null) return text;
        int len = text.codePointCount(0, text.length());
        StringBuilder b = new StringBuilder(text.substring(text.offsetByCodePoints(0, window[0]), text.offsetByCodePoints(0, window[1])));
        if (window[0] > 0) b.replace(0, Math.min(3, b.length()), "...");
        if (window[1] < len) b.replace(Math.max(0, b.length() - 3), b.length(), "...");
        return b.toString();
    }
}
