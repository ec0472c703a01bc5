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
        RecordComponent[] rcs = COMPONENTS.get(node.getClass());
        Object[] values = new Object[rcs.length];
        boolean changed = false;
        for (int i = 0; i < rcs.length; i++) {
            Object v = read(node, rcs[i]);
            Object mapped = v;
            if (v instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                boolean any = false;
                for (Object o : list) {
                    Object m = o instanceof Record && !isLeaf(o) ? f.apply(o) : o;
                    any |= m != o;
                    out.add(m);
                }
                if (any) mapped = java.util.Collections.unmodifiableList(out);
            } else if (v instanceof Record && !isLeaf(v)) {
                mapped = f.apply(v);
            }
            changed |= mapped != v;
            values[i] = mapped;
        }
        if (!changed) return node;
        try {
            return (T) CONSTRUCTORS.get(node.getClass()).newInstance(values);
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
