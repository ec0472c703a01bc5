package rustmem.elf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Rust symbol names back into paths: the legacy scheme ({@code _ZN1s6MY_VAR17h…E} → {@code s::MY_VAR},
 * the hash dropped) and the plain paths of the v0 scheme ({@code _RNvCs…_3std4main} → {@code std::main}).
 * Anything else (C names, v0 symbols with generic or impl paths) comes back unchanged.
 */
public final class Demangler {
    private Demangler() {}

    public static String demangle(String symbol) {
        String d = null;
        if (symbol.startsWith("_ZN") && symbol.endsWith("E")) d = legacy(symbol);
        else if (symbol.startsWith("_R")) d = new V0(symbol).symbol();
        return d == null ? symbol : d;
    }

    private static String legacy(String s) {
        List<String> parts = new ArrayList<>();
        int i = 3;
        int end = s.length() - 1;
        while (i < end) {
            int start = i;
            while (i < end && Character.isDigit(s.charAt(i))) i++;
            if (start == i || i - start > 6) return null;
            int len = Integer.parseInt(s, start, i, 10);
            if (len > end - i) return null;
            parts.add(s.substring(i, i + len));
            i += len;
        }
        if (parts.isEmpty()) return null;
        String last = parts.getLast();
        if (parts.size() > 1 && last.length() == 17 && last.charAt(0) == 'h'
                && last.substring(1).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            parts.removeLast();
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) out.add(unescape(p));
        return String.join("::", out);
    }

    /** The legacy scheme's escapes: {@code $LT$} for {@code <}, {@code ..} for {@code ::}, {@code $u7b$} for a code point. */
    private static String unescape(String p) {
        if (p.startsWith("_$")) p = p.substring(1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length(); ) {
            if (p.startsWith("..", i)) {
                sb.append("::");
                i += 2;
            } else if (p.charAt(i) == '$') {
                int close = p.indexOf('$', i + 1);
                if (close < 0) return p;
                String code = p.substring(i + 1, close);
                String rep = switch (code) {
                    case "SP" -> "@";
                    case "BP" -> "*";
                    case "RF" -> "&";
                    case "LT" -> "<";
                    case "GT" -> ">";
                    case "LP" -> "(";
                    case "RP" -> ")";
                    case "C" -> ",";
                    default -> code.startsWith("u") && code.length() > 1 && code.substring(1).chars()
                        .allMatch(c -> Character.digit(c, 16) >= 0) && code.length() <= 7
                        ? new String(Character.toChars(Integer.parseInt(code.substring(1), 16))) : null;
                };
                if (rep == null) return p;
                sb.append(rep);
                i = close + 1;
            } else {
                sb.append(p.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** The v0 grammar's paths made of crate roots and nested names only. */
    private static final class V0 {
        private final String s;
        private int i = 2;

        V0(String s) { this.s = s; }

        String symbol() {
            try {
                if (i < s.length() && Character.isDigit(s.charAt(i))) return null;   // encoding version
                return path();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private String path() {
            char tag = s.charAt(i++);
            return switch (tag) {
                case 'C' -> identifier();
                case 'N' -> {
                    char ns = s.charAt(i++);
                    String parent = path();
                    if (parent == null) yield null;
                    String name = identifier();
                    if (name == null) yield null;
                    if (Character.isUpperCase(ns)) {
                        String what = ns == 'C' ? "closure" : ns == 'S' ? "shim" : String.valueOf(ns);
                        yield parent + "::{" + what + (name.isEmpty() ? "" : ":" + name) + "#" + lastDisambiguator + "}";
                    }
                    yield parent + "::" + name;
                }
                default -> null;
            };
        }

        private long lastDisambiguator;

        private String identifier() {
            lastDisambiguator = 0;
            if (s.charAt(i) == 's') {
                i++;
                lastDisambiguator = base62() + 1;
            }
            boolean punycode = s.charAt(i) == 'u';
            if (punycode) i++;
            int start = i;
            while (Character.isDigit(s.charAt(i))) i++;
            int len = Integer.parseInt(s, start, i, 10);
            if (s.charAt(i) == '_') i++;
            String id = s.substring(i, i + len);
            i += len;
            return punycode ? null : id;
        }

        private long base62() {
            if (s.charAt(i) == '_') {
                i++;
                return 0;
            }
            long v = 0;
            while (s.charAt(i) != '_') {
                char c = s.charAt(i++);
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c - 'A' + 36;
                v = v * 62 + d;
            }
            i++;
            return v + 1;
        }
    }
}
