package rustmem.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Pat;

/**
 * What name resolution hands to the type checker (rustc's {@code ResolverOutputs}): the definitions, the
 * lang items, the resolution of every path (by the syntax node that holds it), the local variables, and the
 * traits in scope where methods are called.
 */
public final class ResolverOutputs {
    public final Definitions defs;
    public final LangItems langItems;
    private final Resolver r;
    /** std's outputs, resolved once and shared by every compilation (read-only); null in std's own. */
    private final ResolverOutputs std;
    /** The number of std's local variables: this compilation's are numbered after them. */
    private final int stdLocals;
    final Map<Object, PartialRes> res;
    final Map<Pat.IdentPat, LocalBinding> bindings = new IdentityHashMap<>();
    private final List<LocalBinding> locals = new ArrayList<>();
    final Map<Object, ModuleData> scopes = new IdentityHashMap<>();
    /**
     * std's function bodies not resolved yet (std's outputs only; never changed once std is resolved); read from
     * std's image, each body's scope is read when a compilation first resolves it.
     */
    Map<DefId, LateResolver.Deferred> deferred = new java.util.HashMap<>();
    /**
     * What std's image says of each of std's impls (std's outputs only, when std is read from its image): an impl's
     * trait (null for an inherent impl) and the simplified types of its header, rustc's fast_reject — keys[0] its self
     * type's, then its trait's arguments as written (a default one left out): a DefId for an ADT, a primitive's name,
     * "&", "&mut", "*const", "*mut", "slice", "array", "str", "!", "tuple" or "fnptr" and the arity, or null (a
     * parameter, an alias, a trait object: anything).
     */
    public record ImplHeader(DefId trait, Object[] keys) {}

    final Map<DefId, ImplHeader> stdImplHeaders = new java.util.HashMap<>();

    /** What std's image says of one of std's impls, or null (a program's impl, or std not read from its image). */
    public ImplHeader stdImplHeader(DefId impl) { return std == null ? null : std.stdImplHeaders.get(impl); }

    /** std's functions declared #[rustc_intrinsic], by DefId index (std's outputs only, when read from its image). */
    java.util.BitSet stdIntrinsics;

    /**
     * Whether std's image says one of std's functions is an intrinsic (its node need not be read), or null when std is
     * not read from its image.
     */
    public Boolean isStdIntrinsic(DefId fn) { return std == null || std.stdIntrinsics == null ? null : std.stdIntrinsics.get(fn.index()); }

    /** The bodies of std this compilation has resolved (into its own tables). */
    private final java.util.Set<DefId> resolvedStdBodies = new java.util.HashSet<>();

    ResolverOutputs(Resolver r, ResolverOutputs std) {
        this.r = r;
        this.defs = r.defs;
        this.langItems = r.langItems;
        this.std = std;
        this.stdLocals = std == null ? 0 : std.localCount();
        // std's signatures have some 52,000 paths (a table made at its size at once, not grown a dozen times)
        this.res = new IdentityHashMap<>(std == null ? 1 << 16 : 32);
    }

    /**
     * Resolves the body of std's function def, when it has not been yet: std's bodies are resolved when a compilation
     * first needs them (to check them), each compilation into its own tables, as std's are shared.
     */
    public void resolveBody(DefId def) {
        if (std == null || resolvedStdBodies.contains(def)) return;
        LateResolver.Deferred d = std.deferred.get(def);
        if (d != null) {
            resolvedStdBodies.add(def);
            new LateResolver(r, this, false).resolveDeferred(d);
        }
    }

    /** How many of std's bodies are waiting to be resolved (std's), and how many this compilation resolved. */
    public int deferredStdBodies() { return std == null ? deferred.size() : std.deferred.size(); }

    public int resolvedStdBodies() { return resolvedStdBodies.size(); }

    /** This compilation's local variables (not std's), in the order of their ids. */
    List<LocalBinding> locals() { return java.util.Collections.unmodifiableList(locals); }

    /** std's local variables, as its image numbers them: n of them, each set when its part of the image is read. */
    void presizeLocals(int n) {
        if (!locals.isEmpty()) throw new IllegalStateException("locals before std's");
        locals.addAll(java.util.Collections.nCopies(n, null));
    }

    /** A local variable as std's image keeps it. */
    void setStdLocal(LocalBinding b) { locals.set(b.id(), b); }

    /** A new local variable, numbered after every one before it. */
    LocalBinding addLocal(String name, Pat.IdentPat ip) {
        LocalBinding b = new LocalBinding(localCount(), name, ip.mutable(), ip.byRef(), ip, ip.name().span());
        locals.add(b);
        return b;
    }

    /**
     * The resolution of the path a node holds: an {@code Expr.PathExpr}, {@code Expr.Struct}, {@code Pat.PathPat},
     * {@code Pat.TupleStruct}, {@code Pat.StructPat}, {@code Pat.IdentPat} naming a constant or unit constructor,
     * {@code Type.PathType}, or a trait's {@code Path} (in a bound or an impl). Null when there is none. A base of
     * null means the path starts at its qualified self type ({@code <T>::f}).
     */
    public PartialRes partialRes(Object node) {
        PartialRes p = res.get(node);
        return p != null || std == null ? p : std.partialRes(node);
    }

    /** The local variable an identifier pattern binds, or null when it names a constant or constructor. */
    public LocalBinding binding(Pat.IdentPat p) {
        LocalBinding b = bindings.get(p);
        return b != null || std == null ? b : std.binding(p);
    }

    public LocalBinding local(int id) { return id < stdLocals ? std.local(id) : locals.get(id - stdLocals); }

    public int localCount() { return stdLocals + locals.size(); }

    /** The traits in scope where a method call or a path with associated segments is written. */
    public List<DefId> traitsInScope(Object node) {
        ModuleData m = scopes.get(node);
        if (m == null && std != null) m = std.scopes.get(node);
        return m == null ? List.of() : r.traitsInScope(m);
    }

    /** The edition a definition's crate is written to: std's is 2024, the program's its own. */
    public rustmem.source.Edition edition(DefId def) {
        return defs.isStd(def) ? rustmem.source.Edition.E2024 : r.edition;
    }

    /** Every item definition, std's first, in source order. */
    public List<DefId> items() { return r.items; }

    /** The module (or enum) data of a module definition. */
    public ModuleData module(DefId def) { return r.modules.get(def); }

    public ModuleData blockModule(Block b) { return r.blockModules.get(b); }

    public ModuleData stdRoot() { return r.stdRoot; }

    public ModuleData localRoot() { return r.localRoot; }

    /** Whether something of this visibility may be used from inside the (normal) module {@code from}. */
    public boolean accessible(Visibility vis, DefId fromModule) {
        ModuleData m = r.modules.get(fromModule);
        return m == null || r.accessible(vis, m);
    }

    /** Whether module {@code inner} is {@code outer} or inside it. */
    public boolean isDescendant(DefId inner, DefId outer) {
        return r.accessible(new Visibility.Restricted(outer), r.modules.get(inner));
    }

    /** A name looked up in a module's namespace (for paths std's code builds, such as lang-item-free helpers). */
    public Res lookup(ModuleData module, String name, Namespace ns) {
        ModuleData.NameBinding b = module.get(name, ns);
        return b == null ? null : b.res();
    }
}
