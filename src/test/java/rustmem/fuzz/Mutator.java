package rustmem.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mutations of the fuzzers: on a program's lines and tokens, and on raw bytes. */
final class Mutator {
    private Mutator() {}

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\d[\\w.]*|'[^'\\\\]'|\"(?:[^\"\\\\]|\\\\.)*\"|::|->|=>|&&|\\|\\||[^\\s\\w]");
    private static final String[] NUMBERS = {"0", "1", "-1", "255", "256", "128", "-129", "2147483647", "2147483648", "4294967296",
        "9223372036854775807", "18446744073709551616", "1e40", "0.0", "1_000_000_000_000", "0xFFFF_FFFF", "usize::MAX", "i32::MIN"};
    private static final String[] TYPES = {"i32", "u8", "u64", "usize", "i128", "f32", "f64", "bool", "char", "String", "&str", "()", "!",
        "Vec<i32>", "Option<i32>", "Box<dyn std::fmt::Debug>", "[u8; 3]", "&mut i32", "Rc<RefCell<i32>>", "Self", "_"};
    private static final String[] WORDS = {"mut", "&", "&mut ", "pub ", "unsafe ", "move ", "ref ", "dyn ", "impl ", "'static ", "async ",
        "?", ".clone()", ".unwrap()", ".iter()", "*", "-", "!", "return ", "break ", "continue ", "loop {} ", "{", "}", "(", ")", "[", "]",
        ";", ",", "::", "<", ">", "'a", "#[derive(Debug)]", "#[allow(overflowing_literals)]", "let _ = ", "'\\u{1F600}'", "\"\\x7f\""};

    /** One to three mutations of a program's text. */
    static byte[] source(byte[] program, Random rnd) {
        String text = new String(program, StandardCharsets.UTF_8);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) text = once(text, rnd);
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        return rnd.nextInt(40) == 0 ? bytes(out, rnd) : out;
    }

    private static String once(String text, Random rnd) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int li = rnd.nextInt(lines.size()), lj = rnd.nextInt(lines.size());
        switch (rnd.nextInt(10)) {
            case 0 -> lines.remove(li);
            case 1 -> lines.add(li, lines.get(lj));
            case 2 -> {
                String t = lines.get(li);
                lines.set(li, lines.get(lj));
                lines.set(lj, t);
            }
            default -> {
                List<int[]> toks = new ArrayList<>();
                Matcher m = TOKEN.matcher(text);
                while (m.find()) toks.add(new int[] {m.start(), m.end()});
                if (toks.isEmpty()) return text;
                int[] t = toks.get(rnd.nextInt(toks.size()));
                String tok = text.substring(t[0], t[1]);
                String repl = switch (rnd.nextInt(7)) {
                    case 0 -> "";
                    case 1 -> tok + " " + tok;
                    case 2 -> Character.isDigit(tok.charAt(0)) ? NUMBERS[rnd.nextInt(NUMBERS.length)] : tok;
                    case 3 -> Character.isLetter(tok.charAt(0)) ? TYPES[rnd.nextInt(TYPES.length)] : tok;
                    case 4 -> WORDS[rnd.nextInt(WORDS.length)] + tok;
                    case 5 -> {
                        int[] u = toks.get(rnd.nextInt(toks.size()));
                        yield text.substring(u[0], u[1]);
                    }
                    default -> Character.isLetter(tok.charAt(0)) ? tok + "x" : WORDS[rnd.nextInt(WORDS.length)];
                };
                return text.substring(0, t[0]) + repl + text.substring(t[1]);
            }
        }
        return String.join("\n", lines);
    }

    /** Raw byte mutations: flips, overwrites with boundary values, truncation, duplicated ranges. */
    static byte[] bytes(byte[] data, Random rnd) {
        byte[] b = data.clone();
        int n = 1 + rnd.nextInt(8);
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) new int[] {0, 0xff, 0x7f, 0x80, 0x01}[rnd.nextInt(5)];
                case 2 -> {
                    int len = Math.min(8, b.length - at);
                    for (int j = 0; j < len; j++) b[at + j] = (byte) (rnd.nextBoolean() ? 0xff : 0);
                }
                case 3 -> b = Arrays.copyOf(b, at);
                case 4 -> {
                    int len = Math.min(rnd.nextInt(64) + 1, b.length - at);
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                default -> b[at] = (byte) rnd.nextInt(256);
            }
        }
        return b;
    }
}
