package rustmem.lint;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import rustmem.source.Span;
import rustmem.syntax.ast.AstWalk;
import rustmem.syntax.ast.Attribute;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.TokenTree;

/**
 * The level of each lint at each place of the program, as rustc's lint-level attributes set it (rustc_lint's
 * `LintLevelsBuilder`): `#[allow]`, `#[expect]`, `#[warn]`, `#[deny]`, `#[forbid]` on the crate, an item, a
 * statement or an expression apply to the code under it, the innermost one winning (a `forbid` cannot be lowered).
 */
public final class LintLevels {
    public enum Level { ALLOW, WARN, DENY, FORBID }

    /** One attribute's level for one lint over a node's span. */
    private record Setting(int lo, int hi, String lint, Level level) {}

    private final List<Setting> settings = new ArrayList<>();

    private LintLevels() {}

    /** The levels the program's attributes set. */
    public static LintLevels of(Crate crate) {
        LintLevels l = new LintLevels();
        l.add(crate.attrs(), crate.span());
        AstWalk.walk(crate.items(), node -> {
            List<Attribute> attrs = AstWalk.attrsOf(node);
            if (attrs != null && !attrs.isEmpty()) l.add(attrs, span(node));
            return true;
        });
        return l;
    }

    /** The level of lint at span (its level by default when no attribute names it). */
    public Level level(String lint, Span span, Level byDefault) {
        Setting best = null;
        for (Setting s : settings) {
            if (!s.lint.equals(lint) || span.lo() < s.lo || span.hi() > s.hi) continue;
            if (best != null && best.level == Level.FORBID) continue;
            if (best == null || s.hi - s.lo <= best.hi - best.lo || s.level == Level.FORBID) best = s;
        }
        return best == null ? byDefault : best.level;
    }

    /** Whether lint is an error at span (deny-by-default lints: unless allowed or lowered to a warning there). */
    public boolean isError(String lint, Span span) {
        Level l = level(lint, span, Level.DENY);
        return l == Level.DENY || l == Level.FORBID;
    }

    private void add(List<Attribute> attrs, Span over) {
        if (over == null) return;
        for (Attribute a : attrs) {
            if (!a.path().isSingle()) continue;
            Level level = switch (a.path().last().name()) {
                case "allow", "expect" -> Level.ALLOW;
                case "warn" -> Level.WARN;
                case "deny" -> Level.DENY;
                case "forbid" -> Level.FORBID;
                default -> null;
            };
            if (level == null) continue;
            // the lint names: identifiers separated by commas (tool lints `clippy::x` never name rustc's)
            for (TokenTree t : a.tokens()) {
                if (t instanceof TokenTree.Leaf leaf && Character.isJavaIdentifierStart(leaf.token().text().charAt(0))) {
                    settings.add(new Setting(over.lo(), over.hi(), leaf.token().text(), level));
                }
            }
        }
    }

    private static Span span(Object node) {
        RecordComponent rc = SPAN.get(node.getClass());
        if (rc == null) return null;
        try {
            return (Span) rc.getAccessor().invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ClassValue<RecordComponent> SPAN = component("span", Span.class);

    private static ClassValue<RecordComponent> component(String name, Class<?> type) {
        return new ClassValue<>() {
            @Override
            protected RecordComponent computeValue(Class<?> c) {
                if (!c.isRecord()) return null;
                for (RecordComponent rc : c.getRecordComponents()) if (rc.getName().equals(name) && rc.getType() == type) return rc;
                return null;
            }
        };
    }
}
