package rustmem.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.syntax.Lit;
import rustmem.syntax.Token;
import rustmem.syntax.TokenKind;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.TokenTree;

/**
 * Conditional compilation: evaluates {@code #[cfg(…)]} for a debug build on x86_64-unknown-linux-gnu, the
 * configuration rustc compiles the corpus with, either a normal build ({@link #BUILD}) or a test build
 * ({@link #TEST}, {@code rustc --test}: {@code cfg(test)} holds).
 *
 * <p>The passes after expansion read attributes with the static {@link #enabled} and {@link #holds}, which
 * answer for a normal build; a test build's expansion first {@linkplain #configure configures} the program's
 * attributes (each {@code test} in a cfg predicate becomes {@code all()}, which holds), so that those
 * callers answer for the test build without knowing it. std is always a normal build.
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

    /** A normal build: {@code cfg(test)} does not hold, {@code #[test]} functions do not exist. */
    public static final Cfg BUILD = new Cfg(false);
    /** A test build ({@code rustc --test}): {@code cfg(test)} holds. */
    public static final Cfg TEST = new Cfg(true);

    private final boolean test;

    private Cfg(boolean test) { this.test = test; }

    /** The configuration of a normal build or of a test build. */
    public static Cfg of(boolean test) { return test ? TEST : BUILD; }

    /** Whether this is a test build. */
    public boolean isTest() { return test; }

    /**
     * False when some {@code #[cfg(predicate)]} among attrs does not hold in a normal build, or in a test build
     * when the attributes have been {@linkplain #configure configured} for it.
     */
    public static boolean enabled(List<Attribute> attrs) {
        for (Attribute a : attrs) {
            if (a.is("cfg") && !predicate(a.tokens(), 0, a.tokens().size(), false)) return false;
            // a #[test] function exists only in the test harness's build (which takes the attribute off)
            if (a.is("test")) return false;
        }
        return true;
    }

    /** {@code cfg!(predicate)} in a normal build: whether the predicate (the macro's tokens) holds. */
    public static boolean holds(List<TokenTree> predicate) { return predicate(predicate, 0, predicate.size(), false); }

    /** {@code cfg!(predicate)} in this build. */
    public boolean holdsHere(List<TokenTree> predicate) { return predicate(predicate, 0, predicate.size(), test); }

    /** Whether every {@code #[cfg]} among attrs holds in this build (other attributes, {@code #[test]} too, aside). */
    public boolean cfgsHold(List<Attribute> attrs) {
        for (Attribute a : attrs) {
            if (a.is("cfg") && !predicate(a.tokens(), 0, a.tokens().size(), test)) return false;
        }
        return true;
    }

    /**
     * The attributes as the static evaluator should read them in this build: in a test build each {@code test}
     * in a {@code cfg} predicate is replaced by {@code all()}, which holds; a normal build's are as they are.
     * The list itself is returned when nothing changes.
     */
    public List<Attribute> configure(List<Attribute> attrs) {
        if (!test) return attrs;
        List<Attribute> out = null;
        for (int i = 0; i < attrs.size(); i++) {
            Attribute a = attrs.get(i);
            Attribute c = a;
            if (a.is("cfg") && a.args() instanceof Attribute.Delimited d) {
                List<TokenTree> trees = withoutTest(d.tokens().trees());
                if (trees != d.tokens().trees()) {
                    c = new Attribute(a.inner(), a.path(), new Attribute.Delimited(new TokenTree.Delimited(d.tokens().delim(), trees,
                        d.tokens().span())), a.docComment(), a.span());
                }
            }
            if (c != a && out == null) out = new ArrayList<>(attrs.subList(0, i));
            if (out != null) out.add(c);
        }
        return out == null ? attrs : List.copyOf(out);
    }

    /** The predicate's trees with each `test` atom replaced by `all()`; the same list when it has none. */
    private static List<TokenTree> withoutTest(List<TokenTree> trees) {
        List<TokenTree> out = null;
        for (int i = 0; i < trees.size(); i++) {
            TokenTree t = trees.get(i);
            List<TokenTree> replaced = null;
            if (t instanceof TokenTree.Leaf l && l.token().isIdent() && l.token().text().equals("test") && atomEnds(trees, i + 1)) {
                Token tok = l.token();
                replaced = List.of(new TokenTree.Leaf(new Token(TokenKind.IDENT, "all", tok.lo(), tok.hi(), null)),
                    new TokenTree.Delimited(TokenTree.Delim.PAREN, List.of(), tok.span()));
            } else if (t instanceof TokenTree.Delimited d) {
                List<TokenTree> inner = withoutTest(d.trees());
                if (inner != d.trees()) replaced = List.of(new TokenTree.Delimited(d.delim(), inner, d.span()));
            }
            if (replaced != null && out == null) out = new ArrayList<>(trees.subList(0, i));
            if (out != null) {
                if (replaced != null) out.addAll(replaced);
                else out.add(t);
            }
        }
        return out == null ? trees : List.copyOf(out);
    }

    /** Whether a name at i - 1 is a whole predicate: nothing, or a comma, follows it. */
    private static boolean atomEnds(List<TokenTree> trees, int i) {
        return i >= trees.size() || trees.get(i) instanceof TokenTree.Leaf l && l.token().is(TokenKind.COMMA);
    }

    /** One predicate made of trees[from, to). */
    private static boolean predicate(List<TokenTree> trees, int from, int to, boolean test) {
        if (from >= to || !(trees.get(from) instanceof TokenTree.Leaf head) || !head.token().isIdent()) return false;
        String name = head.token().text();
        if (from + 1 < to && trees.get(from + 1) instanceof TokenTree.Delimited d) {
            List<Boolean> parts = new ArrayList<>();
            List<TokenTree> inner = d.trees();
            int start = 0;
            for (int i = 0; i <= inner.size(); i++) {
                boolean comma = i < inner.size() && inner.get(i) instanceof TokenTree.Leaf l && l.token().is(TokenKind.COMMA);
                if (i == inner.size() || comma) {
                    if (i > start) parts.add(predicate(inner, start, i, test));
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
        if (name.equals("test")) return test;
        return NAMES.contains(name) && !VALUES.containsKey(name);
    }
}
