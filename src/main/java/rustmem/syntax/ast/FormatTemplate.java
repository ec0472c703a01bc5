package rustmem.syntax.ast;

import java.util.List;

/**
 * A parsed format string ({@code "x = {x:>5}, {:?}"}): literal pieces and argument slots with
 * their std::fmt specifications. Arguments are numbered in the order of the macro's argument
 * list after implicit captures have been appended.
 */
public record FormatTemplate(List<Piece> pieces) {

    public sealed interface Piece {}

    public record Text(String text) implements Piece {}

    /** {argument:spec}. */
    public record Slot(int argument, Spec spec) implements Piece {}

    public enum Align { NONE, LEFT, CENTER, RIGHT }

    public enum Trait { DISPLAY, DEBUG, LOWER_HEX, UPPER_HEX, OCTAL, BINARY, LOWER_EXP, UPPER_EXP, POINTER }

    /** A count is a literal, or the value of an argument ({@code {:1$}}, {@code {:.*}}); -1 when absent. */
    public record Count(long value, int argument) {
        public static final Count NONE = new Count(-1, -1);

        public boolean present() { return value >= 0 || argument >= 0; }
    }

    public record Spec(int fill, Align align, boolean plus, boolean minus, boolean alternate, boolean zero,
                       Count width, Count precision, Trait trait, boolean debugLowerHex, boolean debugUpperHex) {
        public static final Spec DEFAULT = new Spec(' ', Align.NONE, false, false, false, false, Count.NONE, Count.NONE,
            Trait.DISPLAY, false, false);
    }

    /** The template as a format string again, each slot naming its argument by position. */
    public String toSource() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            switch (p) {
                case Text t -> b.append(t.text().replace("{", "{{").replace("}", "}}"));
                case Slot s -> {
                    b.append('{').append(s.argument());
                    Spec sp = s.spec();
                    StringBuilder spec = new StringBuilder();
                    if (sp.align() != Align.NONE) {
                        if (sp.fill() != ' ') spec.appendCodePoint(sp.fill());
                        spec.append(switch (sp.align()) { case LEFT -> '<'; case CENTER -> '^'; default -> '>'; });
                    }
                    if (sp.plus()) spec.append('+');
                    if (sp.minus()) spec.append('-');
                    if (sp.alternate()) spec.append('#');
                    if (sp.zero()) spec.append('0');
                    count(spec, sp.width());
                    if (sp.precision().present()) count(spec.append('.'), sp.precision());
                    if (sp.debugLowerHex()) spec.append("x");
                    if (sp.debugUpperHex()) spec.append("X");
                    spec.append(switch (sp.trait()) {
                        case DISPLAY -> ""; case DEBUG -> "?"; case LOWER_HEX -> "x"; case UPPER_HEX -> "X"; case OCTAL -> "o";
                        case BINARY -> "b"; case LOWER_EXP -> "e"; case UPPER_EXP -> "E"; case POINTER -> "p";
                    });
                    if (!spec.isEmpty()) b.append(':').append(spec);
                    b.append('}');
                }
            }
        }
        return b.toString();
    }

    private static void count(StringBuilder b, Count c) {
        if (c.value() >= 0) b.append(c.value());
        else if (c.argument() >= 0) b.append(c.argument()).append('$');
    }
}
