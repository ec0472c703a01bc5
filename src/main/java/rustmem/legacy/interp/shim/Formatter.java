package rustmem.legacy.interp.shim;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import rustmem.syntax.ast.FormatTemplate;
import rustmem.syntax.ast.FormatTemplate.Align;
import rustmem.syntax.ast.FormatTemplate.Spec;
import rustmem.syntax.ast.FormatTemplate.Trait;

/**
 * std::fmt for the values the interpreter can print: Display, Debug ({@code {:?}} and
 * {@code {:#?}}), the radix traits and exponent forms, with fill, alignment, sign, {@code #},
 * zero padding, width and precision as std implements them.
 */
public final class Formatter {
    private Formatter() {}

    public static String format(FormatTemplate t, List<FormatValue> args) { return join(t, slots(t, args)); }

    /** What each argument slot of the template writes, in order. */
    public static List<String> slots(FormatTemplate t, List<FormatValue> args) {
        List<String> out = new java.util.ArrayList<>(t.pieces().size());
        StringBuilder sb = new StringBuilder();
        for (FormatTemplate.Piece p : t.pieces()) {
            if (p instanceof FormatTemplate.Slot slot) {
                Spec spec = slot.spec();
                sb.setLength(0);
                value(sb, args.get(slot.argument()), spec, count(spec.width(), args), count(spec.precision(), args), 0);
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The template's text with the slots' outputs in place. */
    public static String join(FormatTemplate t, List<String> slots) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (FormatTemplate.Piece p : t.pieces()) {
            switch (p) {
                case FormatTemplate.Text text -> out.append(text.text());
                case FormatTemplate.Slot slot -> out.append(slots.get(i++));
            }
        }
        return out.toString();
    }

    private static long count(FormatTemplate.Count c, List<FormatValue> args) {
        if (c.argument() >= 0) return ((FormatValue.Int) args.get(c.argument())).value();
        return c.value();
    }

    private static void value(StringBuilder out, FormatValue v, Spec spec, long width, long precision, int depth) {
        Trait trait = spec.trait();
        switch (v) {
            case FormatValue.Tuple t -> composite(out, "(", ")", t.elements(), spec, width, precision, depth,
                t.elements().size() == 1);
            case FormatValue.Array a -> composite(out, "[", "]", a.elements(), spec, width, precision, depth, false);
            case FormatValue.Map m when m.values() == null -> composite(out, "{", "}", m.keys(), spec, width, precision, depth, false);
            case FormatValue.Map m -> map(out, m, spec, width, precision, depth);
            case FormatValue.Unit u -> pad(out, "()", spec, width, Align.LEFT);
            case FormatValue.Struct st -> struct(out, st, spec, width, precision, depth);
            case FormatValue.Pointer ptr -> {
                if (trait == Trait.POINTER || ptr.pointee() == null) pointer(out, ptr.address(), spec, width);
                else value(out, ptr.pointee(), spec, width, precision, depth);
            }
            case FormatValue.Custom c -> {
                var impl = trait == Trait.DEBUG ? c.debug() : c.display();
                if (impl == null) {
                    value(out, c.derived(), spec, width, precision, depth);
                } else {
                    // an impl that writes with write! ignores width and fill; nested in {:#?}, std's PadAdapter
                    // indents each line it writes
                    String text = impl.get();
                    out.append(depth == 0 ? text : text.replace("\n", "\n" + "    ".repeat(depth)));
                }
            }
            case FormatValue.Int i -> integer(out, i, spec, width);
            case FormatValue.Float f -> floating(out, f, spec, width, precision);
            case FormatValue.Bool b -> pad(out, String.valueOf(b.value()), spec, width, Align.LEFT);
            case FormatValue.Char c -> {
                String s = trait == Trait.DEBUG ? debugChar(c.codePoint()) : new String(Character.toChars(c.codePoint()));
                pad(out, s, spec, width, Align.LEFT);
            }
            case FormatValue.Str s -> {
                String text = s.value();
                if (trait == Trait.DEBUG) {
                    text = debugStr(text);
                } else if (precision >= 0 && text.codePointCount(0, text.length()) > precision) {
                    text = text.substring(0, text.offsetByCodePoints(0, (int) precision));
                }
                pad(out, text, spec, width, Align.LEFT);
            }
        }
    }

    /** std's pointer_fmt_inner: {:#x} of the address; {:#p} zero-pads to 18 characters. */
    private static void pointer(StringBuilder out, long address, Spec spec, long width) {
        Spec hex = new Spec(spec.fill(), spec.align(), spec.plus(), spec.minus(), true, spec.zero() || spec.alternate(),
            spec.width(), spec.precision(), Trait.LOWER_HEX, false, false);
        long w = spec.alternate() && width < 0 ? 18 : width;
        integer(out, new FormatValue.Int(address, 64, false), hex, w);
    }

    /** Debug of tuples and arrays: the options apply to each element; {:#?} puts one per line. */
    private static void composite(StringBuilder out, String open, String close, List<FormatValue> elems, Spec spec,
                                  long width, long precision, int depth, boolean oneTuple) {
        if (spec.alternate() && !elems.isEmpty()) {
            String indent = "    ".repeat(depth + 1);
            out.append(open).append('\n');
            for (FormatValue e : elems) {
                out.append(indent);
                value(out, e, spec, width, precision, depth + 1);
                out.append(",\n");
            }
            out.append("    ".repeat(depth)).append(close);
            return;
        }
        out.append(open);
        for (int i = 0; i < elems.size(); i++) {
            if (i > 0) out.append(", ");
            value(out, elems.get(i), spec, width, precision, depth);
        }
        if (oneTuple) out.append(',');
        out.append(close);
    }

    /** A map's Debug, as std's debug_map writes it: {@code {k: v, …}}, one entry per line with {:#?}. */
    private static void map(StringBuilder out, FormatValue.Map m, Spec spec, long width, long precision, int depth) {
        if (spec.alternate() && !m.keys().isEmpty()) {
            String indent = "    ".repeat(depth + 1);
            out.append("{\n");
            for (int i = 0; i < m.keys().size(); i++) {
                out.append(indent);
                value(out, m.keys().get(i), spec, width, precision, depth + 1);
                out.append(": ");
                value(out, m.values().get(i), spec, width, precision, depth + 1);
                out.append(",\n");
            }
            out.append("    ".repeat(depth)).append('}');
            return;
        }
        out.append('{');
        for (int i = 0; i < m.keys().size(); i++) {
            if (i > 0) out.append(", ");
            value(out, m.keys().get(i), spec, width, precision, depth);
            out.append(": ");
            value(out, m.values().get(i), spec, width, precision, depth);
        }
        out.append('}');
    }

    /** Derived Debug of a struct, as #[derive(Debug)] writes it (debug_struct / debug_tuple). */
    private static void struct(StringBuilder out, FormatValue.Struct st, Spec spec, long width, long precision, int depth) {
        if (st.values().isEmpty()) {
            out.append(st.name());
            return;
        }
        if (st.tupleLike()) {
            out.append(st.name());
            composite(out, "(", ")", st.values(), spec, width, precision, depth, false);
            return;
        }
        if (spec.alternate()) {
            String indent = "    ".repeat(depth + 1);
            out.append(st.name()).append(" {\n");
            for (int i = 0; i < st.values().size(); i++) {
                out.append(indent).append(st.fieldNames().get(i)).append(": ");
                value(out, st.values().get(i), spec, width, precision, depth + 1);
                out.append(",\n");
            }
            out.append("    ".repeat(depth)).append('}');
            return;
        }
        out.append(st.name()).append(" { ");
        for (int i = 0; i < st.values().size(); i++) {
            if (i > 0) out.append(", ");
            out.append(st.fieldNames().get(i)).append(": ");
            value(out, st.values().get(i), spec, width, precision, depth);
        }
        out.append(" }");
    }

    private static void pad(StringBuilder out, String s, Spec spec, long width, Align defaultAlign) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            out.append(s);
            return;
        }
        int padding = (int) (width - len);
        Align align = spec.align() == Align.NONE ? defaultAlign : spec.align();
        int pre = switch (align) {
            case LEFT -> 0;
            case RIGHT -> padding;
            case CENTER -> padding / 2;
            case NONE -> 0;
        };
        String fill = new String(Character.toChars(spec.fill()));
        out.append(fill.repeat(pre)).append(s).append(fill.repeat(padding - pre));
    }

    /** Numbers: sign and prefix stay in front of zero padding ({:+05}, {:#06x}). */
    private static void number(StringBuilder out, boolean negative, String prefix, String digits, Spec spec, long width) {
        String sign = negative ? "-" : spec.plus() ? "+" : "";
        if (spec.zero()) {
            int len = sign.length() + prefix.length() + digits.length();
            out.append(sign).append(prefix);
            if (width > len) out.append("0".repeat((int) (width - len)));
            out.append(digits);
            return;
        }
        pad(out, sign + prefix + digits, spec, width, Align.RIGHT);
    }

    /** An integer's `{}`: its decimal digits, with a minus sign when it is negative. */
    public static String decimal(long value, boolean signed) {
        return signed || value >= 0 ? Long.toString(value) : Long.toUnsignedString(value);
    }

    private static void integer(StringBuilder out, FormatValue.Int i, Spec spec, long width) {
        if (spec.trait() == Trait.DISPLAY || spec.trait() == Trait.DEBUG && !spec.debugLowerHex() && !spec.debugUpperHex()) {
            // the common case without BigInteger: decimal digits of the 64-bit value
            long x = i.value();
            if (width < 0 && !spec.plus()) {
                out.append(decimal(x, i.signed()));   // no sign, width or padding to place
                return;
            }
            boolean negative = i.signed() && x < 0;
            String digits = i.signed() ? (negative ? Long.toString(x).substring(1) : Long.toString(x)) : Long.toUnsignedString(x);
            number(out, negative, "", digits, spec, width);
            return;
        }
        BigInteger v = BigInteger.valueOf(i.value());
        if (!i.signed() && i.value() < 0) v = v.add(BigInteger.ONE.shiftLeft(64));
        Trait trait = spec.trait();
        if (trait == Trait.DEBUG && spec.debugLowerHex()) trait = Trait.LOWER_HEX;
        if (trait == Trait.DEBUG && spec.debugUpperHex()) trait = Trait.UPPER_HEX;
        switch (trait) {
            case DISPLAY, DEBUG -> number(out, v.signum() < 0, "", v.abs().toString(), spec, width);
            case LOWER_EXP, UPPER_EXP -> {
                String s = expForm(new BigDecimal(v), -1, trait == Trait.UPPER_EXP);
                number(out, v.signum() < 0, "", s.startsWith("-") ? s.substring(1) : s, spec, width);
            }
            default -> {
                // radix forms print the two's complement bits of the type's width
                BigInteger bits = v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(i.bits())) : v;
                int radix = switch (trait) {
                    case LOWER_HEX, UPPER_HEX -> 16;
                    case OCTAL -> 8;
                    default -> 2;
                };
                String digits = bits.toString(radix);
                if (trait == Trait.UPPER_HEX) digits = digits.toUpperCase();
                String prefix = !spec.alternate() ? "" : switch (radix) {
                    case 16 -> "0x";
                    case 8 -> "0o";
                    default -> "0b";
                };
                number(out, false, prefix, digits, spec, width);
            }
        }
    }

    private static void floating(StringBuilder out, FormatValue.Float f, Spec spec, long width, long precision) {
        double d = f.value();
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String body;
        if (Double.isNaN(d)) {
            body = "NaN";
            negative = false;
        } else if (Double.isInfinite(d)) {
            body = "inf";
        } else {
            BigDecimal exact = new BigDecimal(Math.abs(d));
            BigDecimal shortest = new BigDecimal(f.f32() ? Float.toString(Math.abs((float) d)) : Double.toString(Math.abs(d)));
            switch (spec.trait()) {
                case LOWER_EXP, UPPER_EXP -> body = precision >= 0 ? expForm(exact, precision, spec.trait() == Trait.UPPER_EXP)
                    : expForm(shortest, -1, spec.trait() == Trait.UPPER_EXP);
                default -> {
                    if (precision >= 0) {
                        body = exact.setScale((int) precision, RoundingMode.HALF_EVEN).toPlainString();
                    } else if (spec.trait() == Trait.DEBUG && d != 0
                        && (shortest.compareTo(new BigDecimal("1e16")) >= 0 || shortest.compareTo(new BigDecimal("1e-4")) < 0)) {
                        body = expForm(shortest, -1, false);
                    } else {
                        body = shortest.stripTrailingZeros().toPlainString();
                        if (d == 0) body = "0";
                        if (!body.contains(".") && spec.trait() == Trait.DEBUG) body += ".0";
                        else if (!body.contains(".") && spec.trait() == Trait.DISPLAY) { /* Display prints 1 for 1.0 */ }
                    }
                }
            }
        }
        number(out, negative, "", body, spec, width);
    }

    /** d.ddde±x as Rust prints it: no exponent sign for positive exponents, digits shortest or to precision. */
    private static String expForm(BigDecimal v, long precision, boolean upper) {
        String e = upper ? "E" : "e";
        if (v.signum() == 0) {
            return (precision > 0 ? "0." + "0".repeat((int) precision) : "0") + e + "0";
        }
        BigDecimal abs = v.abs();
        int exponent = abs.precision() - abs.scale() - 1;
        BigDecimal mantissa = abs.movePointLeft(exponent);
        String m;
        if (precision >= 0) {
            mantissa = mantissa.setScale((int) precision, RoundingMode.HALF_EVEN);
            if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
                exponent++;
                mantissa = abs.movePointLeft(exponent).setScale((int) precision, RoundingMode.HALF_EVEN);
            }
            m = mantissa.toPlainString();
        } else {
            m = mantissa.stripTrailingZeros().toPlainString();
        }
        return (v.signum() < 0 ? "-" : "") + m + e + exponent;
    }

    static String debugChar(int cp) {
        if (cp == '\'') return "'\\''";
        if (cp == '"') return "'\"'";
        return "'" + escape(cp) + "'";
    }

    static String debugStr(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> b.append(cp == '"' ? "\\\"" : cp == '\'' ? "'" : escape(cp)));
        return b.append('"').toString();
    }

    private static String escape(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            case '\0' -> "\\0";
            case '\'' -> "\\'";
            default -> {
                int type = Character.getType(cp);
                boolean printable = !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && cp != ' '));
                yield printable ? new String(Character.toChars(cp)) : "\\u{" + Integer.toHexString(cp) + "}";
            }
        };
    }
}
