package rustmem.interp;

import java.util.Locale;

/** Unicode properties and case mappings std's char methods ask for (the JDK's Unicode tables). */
final class Unicode {
    private Unicode() {}

    /** 0 alphabetic, 1 numeric, 2 lowercase, 3 uppercase, 4 white space, 5 control, 6 grapheme-extend, 7 printable. */
    static boolean property(int cp, int property) {
        return switch (property) {
            case 0 -> Character.isAlphabetic(cp);
            case 1 -> switch (Character.getType(cp)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            };
            case 2 -> Character.isLowerCase(cp);
            case 3 -> Character.isUpperCase(cp);
            case 4 -> cp == 0x85 || cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029
                || Character.isWhitespace(cp) || Character.isSpaceChar(cp) && cp != 0x200B;
            case 5 -> Character.getType(cp) == Character.CONTROL;
            case 6 -> switch (Character.getType(cp)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
                default -> cp == 0x200C || cp >= 0xFF9E && cp <= 0xFF9F;
            };
            case 7 -> switch (Character.getType(cp)) {
                case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                     Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
                case Character.SPACE_SEPARATOR -> cp == ' ';
                default -> true;
            };
            default -> false;
        };
    }

    /** The full upper- or lowercase mapping of a char (one to three chars). */
    static int[] caseMapping(int cp, boolean upper) {
        String s = new String(Character.toChars(cp));
        String m = upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
        if (!upper && cp == 0x130) return new int[] {'i', 0x307};
        return m.codePoints().toArray();
    }
}
