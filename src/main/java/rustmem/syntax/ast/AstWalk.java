package rustmem.syntax.ast;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Visits every node under a root, parents before children, by reading record components: tools that
 * look for one kind of node (string literals, macro calls) need no visitor method per node type.
 * The visitor returns false to skip a node's children. Attributes are not descended into.
 */
public final class AstWalk {
    private AstWalk() {}

    public static void walk(Object node, Predicate<Object> visitor) {
        if (node == null || node instanceof Attribute || node instanceof rustmem.source.Span) return;
        if (node instanceof Collection<?> c) {
            for (Object o : c) walk(o, visitor);
            return;
        }
        if (!(node instanceof Record r) || !visitor.test(node)) return;
        components(r, child -> walk(child, visitor));
    }

    /** Calls visitor on each direct child node of a record (the elements of collections among its components). */
    public static void children(Record node, java.util.function.Consumer<Object> visitor) {
        components(node, child -> {
            if (child instanceof Collection<?> c) c.forEach(visitor);
            else if (child != null) visitor.accept(child);
        });
    }

    /** Passes each node-holding component's value of node (a collection as it is) to visit. */
    private static void components(Record node, java.util.function.Consumer<Object> visit) {
        if (AstNodes.children(node, visit)) return;
        for (RecordComponent rc : CHILDREN.get(node.getClass())) {
            Object child;
            try {
                child = rc.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + rc, e);
            }
            visit.accept(child);
        }
    }

    /** A node's attributes (its `attrs` component), or null when its kind has none. */
    @SuppressWarnings("unchecked")
    public static java.util.List<Attribute> attrsOf(Object node) {
        RecordComponent rc = ATTRS.get(node.getClass());
        if (rc == null) return null;
        try {
            return (java.util.List<Attribute>) rc.getAccessor().invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }

    private static final ClassValue<RecordComponent> ATTRS = new ClassValue<>() {
        @Override
        protected RecordComponent computeValue(Class<?> type) {
            if (!type.isRecord()) return null;
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals("attrs") && rc.getType() == java.util.List.class) return rc;
            }
            return null;
        }
    };

    /** Per record class, the components that can hold nodes (not primitives, strings or enums), found once. */
    private static final ClassValue<RecordComponent[]> CHILDREN = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).filter(rc -> {
                Class<?> t = rc.getType();
                return !(t.isPrimitive() || t == String.class || t.isEnum());
            }).toArray(RecordComponent[]::new);
        }
    };
}
