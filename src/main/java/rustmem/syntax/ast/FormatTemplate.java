package rustmem.resolve;

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
}
