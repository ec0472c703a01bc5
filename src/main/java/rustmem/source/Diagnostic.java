package rustmem.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One compiler message in rustc's shape: level, optional code, message, a primary span
 * with its label, secondary labelled spans, and trailing {@code = note:}/{@code = help:} lines.
 */
public record Diagnostic(Level level, String code, String message, Span span, String label,
                         List<Label> secondary, List<String> notes) {

    public enum Level {
        ERROR("error"), WARNING("warning"), NOTE("note"), HELP("help");
        public final String word;
        Level(String word) { this.word = word; }
    }

    /** A secondary span with a label, drawn with {@code -} under the source. */
    public record Label(Span span, String text) {}

    public static Builder error(String message) { return new Builder(Level.ERROR, message); }

    /** Collects the optional parts of a diagnostic before it is emitted. */
    public static final class Builder {
        private final Level level;
        private final String message;
        private String code;
        private Span span;
        private String label;
        private final List<Label> secondary = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(Level level, String message) { this.level = level; this.message = message; }

        public Builder code(String code) { this.code = code; return this; }
        public Builder span(Span span) { this.span = span; return this; }
        public Builder span(Span span, String label) { this.span = span; this.label = label; return this; }
        public Builder secondary(Span span, String text) { secondary.add(new Label(span, text)); return this; }
        public Builder note(String note) { notes.add("note: " + note); return this; }
        public Builder help(String help) { notes.add("help: " + help); return this; }

        public Diagnostic build() {
            return new Diagnostic(level, code, message, span, label, List.copyOf(secondary), List.copyOf(notes));
        }
    }
}
