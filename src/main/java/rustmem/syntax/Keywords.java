package rustmem.syntax;

import java.util.Set;

/** Rust's strict and reserved keywords, by edition. */
public final class Keywords {
    private Keywords() {}

    private static final Set<String> RESERVED = Set.of(
        "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
        "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
        "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
        "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
        "unsized", "virtual", "yield", "try", "gen");

    /** True for words that cannot be used as plain identifiers (in edition 2024). */
    public static boolean isReserved(String word) { return RESERVED.contains(word); }

    /**
     * True for words that cannot be used as plain identifiers in this edition: 2015 has not `async`, `await`,
     * `dyn` (a weak keyword there) and `try`; `gen` is reserved from 2024.
     */
    public static boolean isReserved(String word, rustmem.source.Edition edition) {
        if (!RESERVED.contains(word)) return false;
        return switch (word) {
            case "async", "await", "dyn", "try" -> edition.atLeast(rustmem.source.Edition.E2018);
            case "gen" -> edition.atLeast(rustmem.source.Edition.E2024);
            default -> true;
        };
    }

    /** Keywords that may still be path segments: {@code self::}, {@code super::}, {@code crate::}, {@code Self::}. */
    public static boolean isPathSegmentKeyword(String word) {
        return word.equals("self") || word.equals("super") || word.equals("crate") || word.equals("Self");
    }
}
