package rustmem.syntax;

import java.math.BigInteger;
import rustmem.source.Span;

/**
 * A literal: its kind, its symbol (the text between the quotes as written, e.g. {@code a\nb},
 * or the digits {@code 1_000}), an optional suffix ({@code u8}, {@code f32}), and for textual
 * literals the value with escapes resolved (bytes as chars 0-255).
 */
public record Lit(Kind kind, String symbol, String suffix, String cooked, Span span) {

    public enum Kind { INT, FLOAT, STR, RAW_STR, BYTE_STR, RAW_BYTE_STR, C_STR, RAW_C_STR, CHAR, BYTE, BOOL, ERR }


    /** The literal as it is written in source, suffix included. */
    public String spelling() {
        String body = switch (kind) {
            case INT, FLOAT, BOOL, ERR -> symbol;
            case STR -> "\"" + symbol + "\"";
            case BYTE_STR -> "b\"" + symbol + "\"";
            case C_STR -> "c\"" + symbol + "\"";
            case CHAR -> "'" + symbol + "'";
            case BYTE -> "b'" + symbol + "'";
            // a raw literal's symbol keeps its hashes and quotes: #"text"#
            case RAW_STR -> "r" + symbol;
            case RAW_BYTE_STR -> "br" + symbol;
            case RAW_C_STR -> "cr" + symbol;
        };
        return suffix == null ? body : body + suffix;
    }

    /** The value of an integer literal (underscores and radix prefix handled). */
    public BigInteger intValue() {
        String s = symbol.replace("_", "");
        int radix = 10;
        if (s.length() > 1 && s.charAt(0) == '0') {
            switch (s.charAt(1)) {
                case 'x' -> { radix = 16; s = s.substring(2); }
                case 'o' -> { radix = 8; s = s.substring(2); }
                case 'b' -> { radix = 2; s = s.substring(2); }
                default -> { }
            }
        }
        return s.isEmpty() ? BigInteger.ZERO : new BigInteger(s, radix);
    }
}
