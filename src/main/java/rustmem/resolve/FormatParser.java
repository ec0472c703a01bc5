package rustmem.resolve;

import java.util.ArrayList;
import java.util.List;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.syntax.ast.FormatTemplate.Align;
import rustmem.syntax.ast.FormatTemplate.Count;
import rustmem.syntax.ast.FormatTemplate.Piece;
import rustmem.syntax.ast.FormatTemplate.Spec;
import rustmem.syntax.ast.FormatTemplate.Trait;

/**
 * Parses std::fmt format strings as format_args! does. Named arguments that are not given in
 * the macro call become implicit captures ({@code {x}} reads the variable x); they are numbered
 * after the explicit arguments.
 */
public final class FormatParser {

    /** A format string error with the char offset (within the string's cooked text) it is about. */
    public static final class FormatError extends RuntimeException {
        public final int offset;

        FormatError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** The parsed template, and the names captured from the environment in argument order. */
    public record Result(FormatTemplate template, List<String> captures) {}

    private final String s;
    private final int positionalCount;
    private final List<String> named;
    private final List<String> captures = new ArrayList<>();
    private final boolean[] used;
    private int pos;
    private int nextPositional;

    private FormatParser(String s, int positionalCount, List<String> named) {
        this.s = s;
        this.positionalCount = positionalCount;
        this.named = named;
        this.used = new boolean[positionalCount + named.size()];
    }

    /**
     * @param positionalCount arguments given without a name
     * @param named           names of {@code name = value} arguments, numbered after the positional ones
     */
    public static Result parse(String format, int positionalCount, List<String> named) {
        FormatParser p = new FormatParser(format, positionalCount, named);
        FormatTemplate t = p.run();
        for (int i = 0; i < p.used.length; i++) {
            if (!p.used[i]) {
                throw new FormatError(i < positionalCount ? "argument never used" : "named argument never used", -1);
            }
        }
        return new Result(t, List.copyOf(p.captures));
    }

    private FormatTemplate run() {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '{') {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == '{') {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                if (!text.isEmpty()) {
                    pieces.add(new FormatTemplate.Text(text.toString()));
                    text.setLength(0);
                }
                pieces.add(slot());
            } else if (c == '}') {
                if (pos + 1 < s.length() && s.charAt(pos + 1) == '}') {
                    text.append('}');
                    pos += 2;
                    continue;
                }
                throw new FormatError("invalid format string: unmatched `}` found", pos);
            } else {
                text.append(c);
                pos++;
            }
        }
        if (!text.isEmpty()) pieces.add(new FormatTemplate.Text(text.toString()));
        return new FormatTemplate(pieces);
    }

    private int positional(int index, int at) {
        if (index >= positionalCount) {
            String n = positionalCount == 1 ? "is 1 argument" : "are " + positionalCount + " arguments";
            throw new FormatError("invalid reference to positional argument " + index + " (there " + n + ")", at);
        }
        used[index] = true;
        return index;
    }

    private int namedArg(String name) {
        int i = named.indexOf(name);
        if (i >= 0) {
            used[positionalCount + i] = true;
            return positionalCount + i;
        }
        int c = captures.indexOf(name);
        if (c < 0) {
            captures.add(name);
            c = captures.size() - 1;
        }
        return positionalCount + named.size() + c;
    }

    private Piece slot() {
        int start = pos;
        pos++; // '{'
        skipWs();
        int arg = -1;
        String name = null;
        if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            arg = positional((int) number(), start);
        } else if (pos < s.length() && isIdentStart(s.charAt(pos))) {
            name = ident();
        }
        skipWs();
        Spec spec = Spec.DEFAULT;
        int precisionStarArg = -1;
        if (pos < s.length() && s.charAt(pos) == ':') {
            pos++;
            int[] star = {-1};
            spec = spec(star);
            precisionStarArg = star[0];
        }
        skipWs();
        if (pos >= s.length() || s.charAt(pos) != '}') {
            throw new FormatError("invalid format string: expected `}`, found "
                + (pos >= s.length() ? "end of string" : "`" + s.charAt(pos) + "`"), pos);
        }
        pos++;
        if (name != null) arg = namedArg(name);
        if (arg < 0) {
            // `{:.*}` takes the precision first, then the value
            arg = positional(nextPositional++, start);
        }
        if (precisionStarArg >= 0) {
            spec = new Spec(spec.fill(), spec.align(), spec.plus(), spec.minus(), spec.alternate(), spec.zero(),
                spec.width(), new Count(-1, precisionStarArg), spec.trait(), spec.debugLowerHex(), spec.debugUpperHex());
        }
        return new FormatTemplate.Slot(arg, spec);
    }

    private Spec spec(int[] precisionStar) {
        int fill = ' ';
        Align align = Align.NONE;
        if (pos + 1 < s.length() && alignOf(s.charAt(pos + Character.charCount(s.codePointAt(pos)))) != null
            && pos + Character.charCount(s.codePointAt(pos)) < s.length()) {
            fill = s.codePointAt(pos);
            pos += Character.charCount(fill);
            align = alignOf(s.charAt(pos++));
        } else if (pos < s.length() && alignOf(s.charAt(pos)) != null) {
            align = alignOf(s.charAt(pos++));
        }
        boolean plus = false, minus = false, alternate = false, zero = false;
        if (pos < s.length() && s.charAt(pos) == '+') { plus = true; pos++; }
        else if (pos < s.length() && s.charAt(pos) == '-') { minus = true; pos++; }
        if (pos < s.length() && s.charAt(pos) == '#') { alternate = true; pos++; }
        if (pos < s.length() && s.charAt(pos) == '0' && !(pos + 1 < s.length() && s.charAt(pos + 1) == '$')) {
            zero = true;
            pos++;
        }
        Count width = count();
        Count precision = Count.NONE;
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (pos < s.length() && s.charAt(pos) == '*') {
                pos++;
                precisionStar[0] = positional(nextPositional++, pos);
            } else {
                precision = count();
                if (!precision.present()) throw new FormatError("invalid format string: expected precision after `.`", pos);
            }
        }
        skipWs();
        Trait trait = Trait.DISPLAY;
        boolean dlx = false, dux = false;
        if (pos < s.length() && s.charAt(pos) != '}') {
            if (s.startsWith("x?", pos)) { trait = Trait.DEBUG; dlx = true; pos += 2; }
            else if (s.startsWith("X?", pos)) { trait = Trait.DEBUG; dux = true; pos += 2; }
            else {
                char t = s.charAt(pos++);
                trait = switch (t) {
                    case '?' -> Trait.DEBUG;
                    case 'x' -> Trait.LOWER_HEX;
                    case 'X' -> Trait.UPPER_HEX;
                    case 'o' -> Trait.OCTAL;
                    case 'b' -> Trait.BINARY;
                    case 'e' -> Trait.LOWER_EXP;
                    case 'E' -> Trait.UPPER_EXP;
                    case 'p' -> Trait.POINTER;
                    default -> throw new FormatError("unknown format trait `" + t + "`", pos - 1);
                };
            }
        }
        return new Spec(fill, align, plus, minus, alternate, zero, width, precision, trait, dlx, dux);
    }

    /** A count: {@code 5}, {@code 1$}, {@code name$}, or nothing. */
    private Count count() {
        int save = pos;
        if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            long n = number();
            if (pos < s.length() && s.charAt(pos) == '$') {
                pos++;
                return new Count(-1, positional((int) n, save));
            }
            return new Count(n, -1);
        }
        if (pos < s.length() && isIdentStart(s.charAt(pos))) {
            String name = ident();
            if (pos < s.length() && s.charAt(pos) == '$') {
                pos++;
                return new Count(-1, namedArg(name));
            }
            pos = save;
        }
        return Count.NONE;
    }

    private static Align alignOf(char c) {
        return switch (c) {
            case '<' -> Align.LEFT;
            case '^' -> Align.CENTER;
            case '>' -> Align.RIGHT;
            default -> null;
        };
    }

    private long number() {
        long n = 0;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            n = n * 10 + (s.charAt(pos++) - '0');
            if (n > Integer.MAX_VALUE) throw new FormatError("invalid format string: number too large", pos);
        }
        return n;
    }

    private static boolean isIdentStart(char c) { return c == '_' || Character.isLetter(c); }

    private String ident() {
        int start = pos;
        while (pos < s.length() && (s.charAt(pos) == '_' || Character.isLetterOrDigit(s.charAt(pos)))) pos++;
        return s.substring(start, pos);
    }

    private void skipWs() {
        while (pos < s.length() && s.charAt(pos) == ' ') pos++;
    }
}
