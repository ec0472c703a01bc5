package rustmem.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustmem.source.Span;

/**
 * Every definition of the program and of std, by {@link DefId} (rustc's {@code Definitions}): its kind, name,
 * parent, the syntax node that defines it, and where it may be named from.
 */
public final class Definitions {
    /** The crate a definition belongs to. */
    public static final int LOCAL_CRATE = 0, STD_CRATE = 1;

    /**
     * One definition. node is the AST node that defines it (an {@code Item}, {@code Variant}, {@code FieldDef},
     * generic parameter, {@code Expr.Closure}, {@code Type.ImplTrait}); module is the normal module it is in.
     */
    public record DefData(DefKind kind, String name, DefId parent, Object node, Span span, int crate, Visibility vis,
                          DefId module) {
        /** The node (read from std's image now when it is in a part not read yet). */
        @Override
        public Object node() { return node instanceof InPart p ? p.node() : node; }
    }

    /** A node of std's image in a part (an impl's, a function's), read with the part when first asked for. */
    record InPart(rustmem.syntax.ast.AstImage.Part part, int index) {
        Object node() { return part.reader().numbered(index); }
    }

    private final List<DefData> defs = new ArrayList<>();
    private final Map<Object, DefId> byNode;
    /** std's definitions (DefIds 0 … stdSize-1), shared read-only by every compilation; null in std's own. */
    private final Definitions std;
    private final int stdSize;

    Definitions() { this(null); }

    /** The definitions of a compilation: std's, then the program's. */
    Definitions(Definitions std) {
        this.std = std;
        this.stdSize = std == null ? 0 : std.size();
        // std's have some 26,000 (a table made at its size at once, not grown a dozen times)
        this.byNode = new IdentityHashMap<>(std == null ? 1 << 15 : 32);
    }

    public DefId create(DefKind kind, String name, DefId parent, Object node, Span span, int crate, Visibility vis, DefId module) {
        if (lazy != null) throw new IllegalStateException("a definition added to std's read from its image");
        DefId id = new DefId(size());
        defs.add(new DefData(kind, name, parent, node, span, crate, vis, module == null ? id : module));
        if (node != null && !(node instanceof InPart)) byNode.put(node, id);
        return id;
    }

    /** std's image: the node of a definition in a part, read now, is found by {@link #byNode} from now on. */
    void learnNode(DefId id, Object node) { byNode.put(node, id); }

    public DefData get(DefId id) {
        int i = id.index();
        if (i < stdSize) return std.get(id);
        if (lazy != null) {
            DefData d = made[i];
            if (d == null) made[i] = d = lazy.make(i);   // (another thread may make it too: the same record)
            return d;
        }
        return defs.get(i - stdSize);
    }

    /** std's definitions as its image keeps them: each one's DefData made when first asked for, its kind without. */
    interface Rows {
        DefData make(int i);

        DefKind kind(int i);
    }

    /** std's definitions read from its image: n of them, each made by lazy when first asked for. */
    private Rows lazy;
    private DefData[] made;

    void readLazily(int n, Rows lazy) {
        if (!defs.isEmpty() || std != null) throw new IllegalStateException("definitions before std's");
        this.lazy = lazy;
        this.made = new DefData[n];
    }

    public DefKind kind(DefId id) {
        int i = id.index();
        if (i < stdSize) return std.kind(id);
        if (lazy != null) return lazy.kind(i);   // (the loops over every item ask it of each: no DefData made)
        return defs.get(i - stdSize).kind();
    }

    public String name(DefId id) { return get(id).name(); }

    public DefId parent(DefId id) { return get(id).parent(); }

    public Span span(DefId id) { return get(id).span(); }

    public Object node(DefId id) { return get(id).node(); }

    public boolean isStd(DefId id) {
        if (std != null) return id.index() < stdSize;   // (std's come first, the program's after)
        return lazy != null || get(id).crate() == STD_CRATE;
    }

    /** The definition a syntax node made, or null. */
    public DefId byNode(Object node) {
        DefId d = byNode.get(node);
        return d != null || std == null ? d : std.byNode(node);
    }

    public int size() { return stdSize + (made != null ? made.length : defs.size()); }

    /** The path of a definition as rustc prints it in full ({@code std::vec::Vec}, {@code crate::shapes::Circle}). */
    public String pathString(DefId id) {
        List<String> parts = new ArrayList<>();
        for (DefId d = id; d != null; d = parent(d)) {
            DefData data = get(d);
            if (data.kind() == DefKind.IMPL || data.name() == null) continue;
            parts.add(0, data.name());
        }
        return String.join("::", parts);
    }
}
