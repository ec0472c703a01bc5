package rustmem.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.syntax.Lit;
import rustmem.syntax.TokenKind;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.TokenTree;

/**
 * Conditional compilation: evaluates {@code #[cfg(…)]} for a debug build on
 * x86_64-unknown-linux-gnu, the configuration rustc compiles the corpus with.
 */
public final class Cfg {
    private static final Set<String> NAMES = Set.of("unix", "debug_assertions", "panic", "target_os", "target_family",
        "target_arch", "target_pointer_width", "target_endian", "target_env", "target_vendor", "overflow_checks");
    private static final Map<String, Set<String>> VALUES = Map.of(
        "panic", Set.of("unwind"),
        "target_os", Set.of("linux"),
        "target_family", Set.of("unix"),
        "target_arch", Set.of("x86_64"),
        "target_pointer_width", Set.of("64"),
        "target_endian", Set.of("little"),
        "target_env", Set.of("gnu"),
        "target_vendor", Set.of("unknown"),
        "target_has_atomic", Set.of("8", "16", "32", "64", "ptr"));

    private Cfg() {}

    /** False when some {@code #[cfg(predicate)]} among attrs does not hold. */
    public static boolean enabled(List<Attribute> attrs) {
        for (Attribute a : attrs) {
            if (a.is("cfg") && !predicate(a.tokens(), 0, a.tokens().size())) return false;
            // a #[test] function exists only in the test harness's build (cfg(test))
            if (a.is("test")) return false;
        }
        return true;
    }

    /** {@code cfg!(predicate)}: whether the predicate (the macro's tokens) holds. */
    public static boolean holds(List<TokenTree> predicate) { return predicate(predicate, 0, predicate.size()); }

    /** One predicate made of trees[from, to). */
    private static boolean predicate(List<TokenTree> trees, int from, int to) {
        if (from >= to || !(trees.get(from) instanceof TokenTree.Leaf head) || !head.token().isIdent()) return false;
        String name = head.token().text();
        if (from + 1 < to && trees.get(from + 1) instanceof TokenTree.Delimited d) {
            List<Boolean> parts = new ArrayList<>();
            List<TokenTree> inner = d.trees();
            int start = 0;
            for (int i = 0; i <= inner.size(); i++) {
                boolean comma = i < inner.size() && inner.get(i) instanceof TokenTree.Leaf l && l.token().is(TokenKind.COMMA);
                if (i == inner.size() || comma) {
                    if (i > start) parts.add(predicate(inner, start, i));
                    start = i + 1;
                }
            }
            return switch (name) {
                case "not" -> parts.size() == 1 && !parts.get(0);
                case "all" -> parts.stream().allMatch(b -> b);
                case "any" -> parts.stream().anyMatch(b -> b);
                default -> false;
            };
        }
        if (from + 2 < to && trees.get(from + 1) instanceof TokenTree.Leaf eq && eq.token().is(TokenKind.EQ)
            && trees.get(from + 2) instanceof TokenTree.Leaf v && v.token().kind() == TokenKind.LITERAL
            && v.token().lit().kind() == Lit.Kind.STR) {
            Set<String> values = VALUES.get(name);
            return values != null && values.contains(v.token().lit().cooked());
        }
        return NAMES.contains(name) && !VALUES.containsKey(name);
    }
}
