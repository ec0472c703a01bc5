package rustmem.syntax;

import java.util.Set;

/** Rust's strict and reserved keywords (edition 2024). */
public final class Keywords {
    private Keywords() {}

    private static final Set<String> RESERVED = Set.of(
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
        "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
        "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
        "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
        "unsized", "virtual", "yield", "try", "gen");

    /** True for words that cannot be used as plain identifiers. */
    public static boolean isReserved(String word) { return RESERVED.contains(word); }

    /** Keywords that may still be path segments: {@code self::}, {@code super::}, {@code crate::}, {@code Self::}. */
    public static boolean isPathSegmentKeyword(String word) {
        return word.equals("self") || word.equals("super") || word.equals("crate") || word.equals("Self");
    }
}
