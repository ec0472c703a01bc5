package rustmem.source;

import java.util.ArrayList;
import java.util.Comparator;
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
            marks.sort(Comparator.comparingInt((Marked m) -> m.span.lo()));
            int lastLine = -1;
            for (Marked m : marks) {
                int line = file.line(m.span.lo());
                if (line != lastLine) {
                    if (lastLine != -1 && line > lastLine + 1) out.append("...\n");
                    String text = file.lineText(line);
                    out.append(String.format("%" + gutter + "d | ", line)).append(text).append('\n');
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
}
