package rustmem.syntax;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Structural comparison of AST values that ignores where they came from (spans and token
 * offsets): two parses of differently formatted text of the same program compare equal.
 */
final class AstShape {
    private AstShape() {}

    /** Null when equal, else a path to the first difference with both sides. */
    static String diff(Object a, Object b) { return diff(a, b, "crate"); }

    private static String diff(Object a, Object b, String where) {
        if (a == b) return null;
        if (a == null || b == null) return where + ": " + a + " vs " + b;
        if (a.getClass() != b.getClass()) return where + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
        if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) return where + ": " + la.size() + " elements vs " + lb.size();
            for (int i = 0; i < la.size(); i++) {
                String d = diff(la.get(i), lb.get(i), where + "[" + i + "]");
                if (d != null) return d;
            }
            return null;
        }
        if (a instanceof Record) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                String name = c.getName();
                if (name.equals("span") || name.equals("lo") || name.equals("hi")) continue;
                try {
                    String d = diff(c.getAccessor().invoke(a), c.getAccessor().invoke(b),
                        where + "." + a.getClass().getSimpleName() + "." + name);
                    if (d != null) return d;
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return null;
        }
        return a.equals(b) ? null : where + ": " + a + " vs " + b;
    }
}
