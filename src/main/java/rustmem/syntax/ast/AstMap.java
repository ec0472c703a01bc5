package rustmem.syntax.ast;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds a node with its children replaced, by reading and re-constructing record components
 * (AstWalk's counterpart for passes that rewrite the tree): a rewriting pass handles the nodes it
 * cares about and lets this rebuild the rest. Unchanged nodes keep their identity.
 */
public final class AstMap {
    private AstMap() {}

    /** node with each child record (and each record in a list component) replaced by f's result. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T children(T node, UnaryOperator<Object> f) {
        Record direct = AstNodes.map(node, f);
        return direct != null ? (T) direct : (T) reflective(node, f);
    }

    /** A component's value with f applied: to a child record, or to each record of a list (a new list if any changed). */
    static Object mapValue(Object v, UnaryOperator<Object> f) {
        if (v instanceof List<?> list) {
            List<Object> out = null;
            for (int i = 0; i < list.size(); i++) {
                Object o = list.get(i);
                Object m = o instanceof Record && !isLeaf(o) ? f.apply(o) : o;
                if (m != o && out == null) {
                    out = new ArrayList<>(list.size());
                    for (int j = 0; j < i; j++) out.add(list.get(j));
                }
                if (out != null) out.add(m);
            }
            return out == null ? v : java.util.Collections.unmodifiableList(out);
        }
        return v instanceof Record && !isLeaf(v) ? f.apply(v) : v;
    }

    /** A record that is not one of the AST's classes (see {@link AstNodes}), rebuilt through its record components. */
    private static Record reflective(Record node, UnaryOperator<Object> f) {
        RecordComponent[] rcs = COMPONENTS.get(node.getClass());
        Object[] values = new Object[rcs.length];
        boolean changed = false;
        for (int i = 0; i < rcs.length; i++) {
            Object v = read(node, rcs[i]);
            values[i] = mapValue(v, f);
            changed |= values[i] != v;
        }
        if (!changed) return node;
        try {
            return (Record) CONSTRUCTORS.get(node.getClass()).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + node.getClass().getSimpleName(), e);
        }
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) { return type.getRecordComponents(); }
    };

    /** Each record class's canonical constructor, found once. */
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Class<?>[] types = java.util.Arrays.stream(COMPONENTS.get(type)).map(RecordComponent::getType).toArray(Class<?>[]::new);
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getSimpleName(), e);
            }
        }
    };

    /** Records that hold no nodes: spans, attributes, tokens and literals are kept as they are. */
    private static boolean isLeaf(Object o) {
        return o instanceof rustmem.source.Span || o instanceof Attribute || o instanceof rustmem.syntax.Token
            || o instanceof rustmem.syntax.Lit;
    }

    private static Object read(Record r, RecordComponent rc) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }
}
