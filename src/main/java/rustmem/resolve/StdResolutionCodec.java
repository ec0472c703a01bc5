package rustmem.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rustmem.source.Diagnostics;
import rustmem.syntax.ast.AstImage;
import rustmem.syntax.ast.Block;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Item;
import rustmem.syntax.ast.Pat;

/**
 * std's resolution in its image, after its AST: the definitions, the module tree with every name's binding, the
 * resolutions of the paths in std's items, and the function bodies left for later with the scope they see (what
 * {@link Resolver#resolveStd} computes, so that a compilation starts from it instead of resolving std again).
 * Nodes are written as references to the AST's: a table keyed by a node must find the node the tree holds.
 */
final class StdResolutionCodec {
    private StdResolutionCodec() {}

    private static final DefKind[] KINDS = DefKind.values();
    private static final ModuleData.Kind[] MODULE_KINDS = ModuleData.Kind.values();
    private static final Namespace[] NAMESPACES = Namespace.values();

    // ------------------------------------------------------------------ writing

    static void write(AstImage.Writer w, Resolver.StdResolution std) {
        Resolver r = std.resolver();
        ResolverOutputs out = std.outputs();
        Definitions defs = r.defs;
        // what the tables say of the nodes in parts is written with each part (PartTables), read when it is
        PartTables parts = new PartTables(w);
        // the definitions as columns of numbers, read at once: each one's DefData is made when first asked for
        int n = defs.size();
        int[] cols = new int[n * DefColumns.COLUMNS];
        for (int i = 0; i < n; i++) {
            Definitions.DefData d = defs.get(new DefId(i));
            if (d.crate() != Definitions.STD_CRATE) throw new IllegalStateException("std's definition of another crate: " + d);
            Object node = d.node();
            int p = node == null ? -1 : w.partOf(node);
            if (node != null && p < 0 && w.indexOf(node) < 0) {
                throw new IllegalStateException("std's resolution refers to a node outside the image's tree: " + node.getClass().getName());
            }
            int[] c = {   // (in DefColumns' order)
                d.kind().ordinal(),
                d.parent() == null ? 0 : d.parent().index() + 1,
                d.name() == null ? 0 : w.stringIndex(d.name()) + 1,
                node == null ? 0 : p < 0 ? w.indexOf(node) + 1 : -(p + 1),
                p < 0 ? 0 : w.indexInPart(node),
                d.span() == null ? 0 : d.span().lo() + 1,
                d.span() == null ? 0 : d.span().hi(),
                switch (d.vis()) {
                    case null -> 0;
                    case Visibility.Public x -> 1;
                    case Visibility.Restricted rv -> rv.module().index() + 2;
                },
                d.module() == null ? 0 : d.module().index() + 1,
            };
            for (int k = 0; k < c.length; k++) cols[k * n + i] = c[k];
        }
        w.ints(cols);
        // the module tree, each module after its parent
        Map<ModuleData, Integer> index = new IdentityHashMap<>();
        List<ModuleData> modules = new ArrayList<>();
        List<ModuleData> roots = new ArrayList<>(r.modules.values());
        List<Map.Entry<Block, ModuleData>> blockModules = byNode(w, r.blockModules);
        List<Map.Entry<Object, ModuleData>> scopes = byNode(w, out.scopes);
        for (var e : blockModules) roots.add(e.getValue());
        for (var e : scopes) roots.add(e.getValue());
        for (LateResolver.Deferred d : out.deferred.values()) roots.add(d.scope());
        roots.add(r.stdRoot);
        roots.add(r.prelude);
        for (ModuleData m : roots) number(m, index, modules);
        w.u(modules.size());
        for (ModuleData m : modules) {
            w.enumValue(m.kind);
            def(w, m.def);
            w.u(m.parent == null ? 0 : index.get(m.parent) + 1);
            w.u(m.crate);
            w.bool(m.prelude);
        }
        for (ModuleData m : modules) {
            for (int ns = 0; ns < NAMESPACES.length; ns++) {
                bindings(w, m.explicit.get(ns));
                bindings(w, m.globbed.get(ns));
            }
            defs(w, m.anonymousTraits);
        }
        w.u(r.modules.size());
        r.modules.forEach((def, m) -> {
            def(w, def);
            w.u(index.get(m));
        });
        blockModules = parts.main(blockModules, (pw, e) -> {
            ref(pw, e.getKey());
            pw.u(index.get(e.getValue()));
        }, PartTables.BLOCK_MODULES);
        w.u(blockModules.size());
        for (var e : blockModules) {
            Block block = e.getKey();
            ModuleData m = e.getValue();
            ref(w, block);
            w.u(index.get(m));
        }
        defs(w, List.copyOf(r.bodiesWithItems));
        w.stringList(r.macroNames.stream().sorted().toList());   // a Set.copyOf's order changes from run to run
        Map<String, DefId> lang = r.langItems.all();
        w.u(lang.size());
        lang.forEach((name, def) -> {
            w.str(name);
            def(w, def);
        });
        defs(w, r.items);
        w.u(index.get(r.stdRoot));
        w.u(r.prelude == null ? 0 : index.get(r.prelude) + 1);
        // the outputs: paths' resolutions, local variables, scopes of method calls, bodies left for later
        List<Map.Entry<Object, PartialRes>> res = parts.main(byNode(w, out.res), (pw, e) -> {
            ref(pw, e.getKey());
            res(pw, e.getValue().base());
            pw.u(e.getValue().unresolvedSegments());
        }, PartTables.RES);
        w.u(res.size());
        for (var e : res) {
            Object node = e.getKey();
            PartialRes pr = e.getValue();
            ref(w, node);
            res(w, pr.base());
            w.u(pr.unresolvedSegments());
        }
        List<LocalBinding> locals = out.locals();
        w.u(locals.size());
        List<LocalBinding> mainLocals = parts.main(locals, (pw, b) -> {
            pw.u(b.id());
            local(pw, b);
        }, PartTables.LOCALS);
        w.u(mainLocals.size());
        for (LocalBinding b : mainLocals) {
            w.u(b.id());
            local(w, b);
        }
        List<Map.Entry<Pat.IdentPat, LocalBinding>> bindings = parts.main(byNode(w, out.bindings), (pw, e) -> {
            ref(pw, e.getKey());
            pw.u(e.getValue().id());
        }, PartTables.BINDINGS);
        w.u(bindings.size());
        for (var e : bindings) {
            Pat.IdentPat pat = e.getKey();
            LocalBinding b = e.getValue();
            ref(w, pat);
            w.u(b.id());
        }
        scopes = parts.main(scopes, (pw, e) -> {
            ref(pw, e.getKey());
            pw.u(index.get(e.getValue()));
        }, PartTables.SCOPES);
        w.u(scopes.size());
        for (var e : scopes) {
            Object node = e.getKey();
            ModuleData m = e.getValue();
            ref(w, node);
            w.u(index.get(m));
        }
        // each body's scope apart, read when a compilation first resolves the body (most never are)
        w.u(out.deferred.size());
        out.deferred.forEach((def, d) -> {
            def(w, def);
            int p = w.partOf(d.fn());
            java.util.function.Consumer<AstImage.Writer> scope = b -> {
                ref(b, d.fn());
                b.u(index.get(d.scope()));
                ribs(b, d.typeRibs());
                ribs(b, d.valueRibs());
                def(b, d.owner());
            };
            w.u(p + 1);
            if (p < 0) w.blob(scope);
            else w.partBlob(p, scope);
        });
        implHeaders(w, defs, out);
        // the intrinsics: the interpreter asks of each function it calls, which would read every function's part
        List<DefId> intrinsics = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            DefId d = new DefId(i);
            if (defs.kind(d) == DefKind.FN && defs.get(d).node() instanceof Item item
                && Resolver.hasAttr(item.attrs(), "rustc_intrinsic")) intrinsics.add(d);
        }
        defs(w, intrinsics);
        parts.write();
    }

    /**
     * Each impl's trait and the simplified types of its header's trait arguments, Self first (rustc's fast_reject,
     * {@link ResolverOutputs.ImplHeader}): a compilation indexes std's impls and rejects most candidates with them,
     * without reading the impls from their parts.
     */
    private static void implHeaders(AstImage.Writer w, Definitions defs, ResolverOutputs out) {
        // (an impl of a trait that does not resolve has none: the type checker looks at it)
        Map<DefId, DefId> impls = new java.util.LinkedHashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            DefId impl = new DefId(i);
            if (defs.get(impl).kind() != DefKind.IMPL) continue;
            Item.Impl im = (Item.Impl) ((Item) defs.get(impl).node()).kind();
            PartialRes tr = im.traitRef() == null ? null : out.partialRes(im.traitRef());
            if (im.traitRef() == null) impls.put(impl, null);
            else if (tr != null && tr.isFull() && tr.base() instanceof Res.Def d && d.kind() == DefKind.TRAIT) impls.put(impl, d.id());
        }
        w.u(impls.size());
        for (var e : impls.entrySet()) {
            DefId impl = e.getKey();
            Item.Impl im = (Item.Impl) ((Item) defs.get(impl).node()).kind();
            def(w, impl);
            def(w, e.getValue());
            List<Object> keys = new ArrayList<>();
            keys.add(simplified(im.selfType(), out));
            if (im.traitRef() != null && !im.traitRef().segments().isEmpty()
                && im.traitRef().segments().getLast().args() instanceof rustmem.syntax.ast.GenericArgs.AngleBracketed ab) {
                for (rustmem.syntax.ast.GenericArgs.GenericArg a : ab.args()) {
                    switch (a) {
                        case rustmem.syntax.ast.GenericArgs.TypeArg ta -> keys.add(simplified(ta.type(), out));
                        case rustmem.syntax.ast.GenericArgs.ConstArg ca -> keys.add(null);
                        default -> { }
                    }
                }
            }
            w.u(keys.size());
            for (Object k : keys) {
                switch (k) {
                    case null -> w.u(0);
                    case DefId d -> {
                        w.u(1);
                        def(w, d);
                    }
                    default -> {
                        w.u(2);
                        w.str((String) k);
                    }
                }
            }
        }
    }

    /**
     * A type of an impl's header simplified as {@link ResolverOutputs.ImplHeader} says, or null when it may be anything
     * (a parameter, an alias, a trait object: what only the type checker tells).
     */
    private static Object simplified(rustmem.syntax.ast.Type t, ResolverOutputs out) {
        return switch (t) {
            case rustmem.syntax.ast.Type.Paren p -> simplified(p.inner(), out);
            case rustmem.syntax.ast.Type.PathType p when p.qself() == null -> {
                PartialRes pr = out.partialRes(p);
                if (pr == null || !pr.isFull()) yield null;
                yield switch (pr.base()) {
                    case Res.Def d when d.kind() == DefKind.STRUCT || d.kind() == DefKind.ENUM || d.kind() == DefKind.UNION -> d.id();
                    case Res.PrimTy prim -> prim.name();
                    case null, default -> null;
                };
            }
            case rustmem.syntax.ast.Type.Ref r -> r.mutable() ? "&mut" : "&";
            case rustmem.syntax.ast.Type.RawPtr r -> r.mutable() ? "*mut" : "*const";
            case rustmem.syntax.ast.Type.Slice x -> "slice";
            case rustmem.syntax.ast.Type.Array x -> "array";
            case rustmem.syntax.ast.Type.Tuple x -> "tuple" + x.elements().size();
            case rustmem.syntax.ast.Type.Never x -> "!";
            case rustmem.syntax.ast.Type.FnPtr f -> "fnptr" + f.params().size();
            default -> null;
        };
    }

    private static void local(AstImage.Writer w, LocalBinding b) {
        w.str(b.name());
        w.bool(b.mutable());
        w.bool(b.byRef());
        ref(w, b.pat());
        w.span(b.span());
    }

    /**
     * The entries of the node-keyed tables whose nodes are in parts (impls', functions'), by part: each part's are written after the
     * tables, in that part's terms, and read when the part is.
     */
    private static final class PartTables {
        static final int BLOCK_MODULES = 0, RES = 1, LOCALS = 2, BINDINGS = 3, SCOPES = 4, TABLES = 5;
        private final AstImage.Writer w;
        /** Per part, per table, the entries' writers. */
        private final List<List<List<java.util.function.Consumer<AstImage.Writer>>>> byPart = new ArrayList<>();

        PartTables(AstImage.Writer w) {
            this.w = w;
            for (int p = 0; p < w.partCount(); p++) {
                List<List<java.util.function.Consumer<AstImage.Writer>>> tables = new ArrayList<>();
                for (int t = 0; t < TABLES; t++) tables.add(new ArrayList<>());
                byPart.add(tables);
            }
        }

        /** The entries of the main part; the others are kept for their parts' tables. */
        <E> List<E> main(List<E> entries, java.util.function.BiConsumer<AstImage.Writer, E> write, int table) {
            List<E> main = new ArrayList<>();
            for (E e : entries) {
                int p = w.partOf(key(e));
                if (p < 0) main.add(e);
                else byPart.get(p).get(table).add(pw -> write.accept(pw, e));
            }
            return main;
        }

        private static Object key(Object e) {
            return e instanceof Map.Entry<?, ?> me ? me.getKey() : ((LocalBinding) e).pat();
        }

        void write() {
            w.u(byPart.size());
            for (int p = 0; p < byPart.size(); p++) {
                List<List<java.util.function.Consumer<AstImage.Writer>>> tables = byPart.get(p);
                w.partBlob(p, pw -> {
                    for (List<java.util.function.Consumer<AstImage.Writer>> t : tables) {
                        pw.u(t.size());
                        for (var e : t) e.accept(pw);
                    }
                });
            }
        }
    }

    /** A table keyed by nodes in the order the image numbers them (an identity map's order changes from run to run). */
    private static <K, V> List<Map.Entry<K, V>> byNode(AstImage.Writer w, Map<K, V> table) {
        List<Map.Entry<K, V>> out = new ArrayList<>(table.entrySet());
        out.sort(java.util.Comparator.comparingLong(e -> order(w, e.getKey())));
        return out;
    }

    /** A node's place in the image: the main part's nodes first, then each part's, in their numbering. */
    private static long order(AstImage.Writer w, Object node) {
        int p = w.partOf(node);
        return p < 0 ? w.indexOf(node) : ((long) (p + 1) << 32) + w.indexInPart(node);
    }

    private static void number(ModuleData m, Map<ModuleData, Integer> index, List<ModuleData> modules) {
        if (m == null || index.containsKey(m)) return;
        number(m.parent, index, modules);
        index.put(m, modules.size());
        modules.add(m);
    }

    /** A node of the AST written before: a table keyed by it must find the tree's node, never a copy. */
    private static void ref(AstImage.Writer w, Object node) {
        if (node != null && w.indexOf(node) < 0) {
            throw new IllegalStateException("std's resolution refers to a node outside the image's tree: " + node.getClass().getName());
        }
        w.node(node);
    }

    private static void def(AstImage.Writer w, DefId d) { w.u(d == null ? 0 : d.index() + 1L); }

    private static void defs(AstImage.Writer w, List<DefId> ds) {
        w.u(ds.size());
        for (DefId d : ds) def(w, d);
    }

    private static void vis(AstImage.Writer w, Visibility v) {
        switch (v) {
            case null -> w.u(0);
            case Visibility.Public p -> w.u(1);
            case Visibility.Restricted rv -> {
                w.u(2);
                def(w, rv.module());
            }
        }
    }

    private static void res(AstImage.Writer w, Res res) {
        switch (res) {
            case null -> w.u(0);
            case Res.Def d -> {
                w.u(1);
                w.enumValue(d.kind());
                def(w, d.id());
            }
            case Res.PrimTy p -> {
                w.u(2);
                w.str(p.name());
            }
            case Res.SelfTyParam s -> {
                w.u(3);
                def(w, s.trait());
            }
            case Res.SelfTyAlias s -> {
                w.u(4);
                def(w, s.implOrAdt());
            }
            case Res.SelfCtor s -> {
                w.u(5);
                def(w, s.impl());
            }
            case Res.Local l -> {
                w.u(6);
                w.u(l.id());
            }
            case Res.Err e -> w.u(7);
        }
    }

    private static void bindings(AstImage.Writer w, Map<String, ModuleData.NameBinding> map) {
        w.u(map.size());
        map.forEach((name, b) -> {
            w.str(name);
            res(w, b.res());
            vis(w, b.vis());
            w.span(b.span());
            w.bool(b.imported());
        });
    }

    private static void ribs(AstImage.Writer w, ArrayDeque<Map<String, Res>> ribs) {
        w.u(ribs.size());
        for (Map<String, Res> rib : ribs) {
            w.u(rib.size());
            rib.forEach((name, res) -> {
                w.str(name);
                res(w, res);
            });
        }
    }

    // ------------------------------------------------------------------ reading

    static Resolver.StdResolution read(AstImage.Reader rd, Crate std) {
        Diagnostics own = new Diagnostics(null);
        Resolver r = Resolver.forStd(own);
        List<AstImage.Part> parts = rd.parts();
        DefColumns columns = new DefColumns(rd, rd.ints(), parts);
        r.defs.readLazily(columns.n, columns);
        // per part, the definitions whose nodes it holds (std's byNode learns them when the part is read)
        List<List<int[]>> partDefs = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) partDefs.add(new ArrayList<>());
        for (int i = 0; i < columns.n; i++) {
            int node = columns.at(DefColumns.NODE, i);
            if (node > 0) r.defs.learnNode(new DefId(i), rd.numbered(node - 1));
            else if (node < 0) partDefs.get(-node - 1).add(new int[] {i, columns.at(DefColumns.PART_NODE, i)});
        }
        int mc = rd.i();
        ModuleData[] modules = new ModuleData[mc];
        for (int i = 0; i < mc; i++) {
            ModuleData.Kind kind = rd.enumValue(MODULE_KINDS);
            DefId def = def(rd);
            int parent = rd.i();
            modules[i] = new ModuleData(kind, def, parent == 0 ? null : modules[parent - 1], rd.i());
            modules[i].prelude = rd.bool();
        }
        for (ModuleData m : modules) {
            for (int ns = 0; ns < NAMESPACES.length; ns++) {
                bindings(rd, m.explicit.get(ns));
                bindings(rd, m.globbed.get(ns));
            }
            m.anonymousTraits.addAll(defs(rd));
        }
        for (int i = rd.i(); i > 0; i--) r.modules.put(def(rd), modules[rd.i()]);
        for (int i = rd.i(); i > 0; i--) r.blockModules.put((Block) rd.node(), modules[rd.i()]);
        r.bodiesWithItems.addAll(defs(rd));
        r.macroNames = Set.copyOf(rd.stringList());
        for (int i = rd.i(); i > 0; i--) r.langItems.add(rd.str(), def(rd));
        r.items.addAll(defs(rd));
        r.stdRoot = modules[rd.i()];
        int prelude = rd.i();
        r.prelude = prelude == 0 ? null : modules[prelude - 1];
        ResolverOutputs out = new ResolverOutputs(r, null);
        for (int i = rd.i(); i > 0; i--) {
            Object node = rd.node();
            out.res.put(node, new PartialRes(res(rd), rd.i()));
        }
        out.presizeLocals(rd.i());
        for (int i = rd.i(); i > 0; i--) local(rd, out);
        for (int i = rd.i(); i > 0; i--) out.bindings.put(rd.node(), out.local(rd.i()));
        for (int i = rd.i(); i > 0; i--) out.scopes.put(rd.node(), modules[rd.i()]);
        Map<DefId, InPartBlob> deferred = new HashMap<>();
        for (int i = rd.i(); i > 0; i--) {
            DefId def = def(rd);
            int part = rd.i() - 1;
            deferred.put(def, new InPartBlob(part, part < 0 ? rd.blob() : rd.partBlob()));
        }
        out.deferred = new DeferredInImage(deferred, at -> {
            AstImage.Reader b = (at.part() < 0 ? rd : parts.get(at.part()).reader()).at(at.blob());
            Item.Fn fn = b.node();
            ModuleData scope = modules[b.i()];
            return new LateResolver.Deferred(fn, scope, ribs(b), ribs(b), def(b));
        });
        for (int i = rd.i(); i > 0; i--) {
            DefId impl = def(rd), trait = def(rd);
            Object[] keys = new Object[rd.i()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = switch (rd.i()) {
                    case 0 -> null;
                    case 1 -> def(rd);
                    default -> rd.str();
                };
            }
            out.stdImplHeaders.put(impl, new ResolverOutputs.ImplHeader(trait, keys));
        }
        out.stdIntrinsics = new java.util.BitSet(columns.n);
        for (DefId d : defs(rd)) out.stdIntrinsics.set(d.index());
        if (rd.i() != parts.size()) throw new IllegalStateException("std's image: a part's tables are missing");
        for (AstImage.Part part : parts) {
            AstImage.Blob tables = rd.partBlob();
            List<int[]> defsInPart = partDefs.get(part.index());
            part.onRead(pr -> {
                for (int[] d : defsInPart) r.defs.learnNode(new DefId(d[0]), pr.numbered(d[1]));
                AstImage.Reader b = pr.at(tables);
                for (int i = b.i(); i > 0; i--) r.blockModules.put((Block) b.node(), modules[b.i()]);
                for (int i = b.i(); i > 0; i--) out.res.put(b.node(), new PartialRes(res(b), b.i()));
                for (int i = b.i(); i > 0; i--) local(b, out);
                for (int i = b.i(); i > 0; i--) out.bindings.put(b.node(), out.local(b.i()));
                for (int i = b.i(); i > 0; i--) out.scopes.put(b.node(), modules[b.i()]);
            });
        }
        return new Resolver.StdResolution(std, r.macroNames, r, out, own.all());
    }

    /**
     * std's definitions as the image keeps them: columns of numbers, one row a definition; its DefData is made from its
     * row when first asked for ({@link Definitions#readLazily}).
     */
    private static final class DefColumns implements Definitions.Rows {
        static final int KIND = 0, PARENT = 1, NAME = 2, NODE = 3, PART_NODE = 4, SPAN_LO = 5, SPAN_HI = 6, VIS = 7, MODULE = 8,
            COLUMNS = 9;
        private final AstImage.Reader rd;
        private final int[] cols;
        private final List<AstImage.Part> parts;
        final int n;

        DefColumns(AstImage.Reader rd, int[] cols, List<AstImage.Part> parts) {
            this.rd = rd;
            this.cols = cols;
            this.parts = parts;
            this.n = cols.length / COLUMNS;
        }

        int at(int column, int i) { return cols[column * n + i]; }

        @Override
        public DefKind kind(int i) { return KINDS[at(KIND, i)]; }

        @Override
        public Definitions.DefData make(int i) {
            int parent = at(PARENT, i), name = at(NAME, i), node = at(NODE, i), lo = at(SPAN_LO, i), vis = at(VIS, i),
                module = at(MODULE, i);
            return new Definitions.DefData(KINDS[at(KIND, i)], name == 0 ? null : rd.string(name - 1),
                parent == 0 ? null : new DefId(parent - 1),
                node == 0 ? null : node > 0 ? rd.numbered(node - 1) : new Definitions.InPart(parts.get(-node - 1), at(PART_NODE, i)),
                lo == 0 ? null : new rustmem.source.Span(lo - 1, at(SPAN_HI, i)), Definitions.STD_CRATE,
                vis == 0 ? null : vis == 1 ? Visibility.PUBLIC : new Visibility.Restricted(new DefId(vis - 2)),
                module == 0 ? null : new DefId(module - 1));
        }
    }

    /** A body's scope in the image: a blob of the main part, or of a part (its nodes that part's). */
    private record InPartBlob(int part, AstImage.Blob blob) {}

    private static void local(AstImage.Reader rd, ResolverOutputs out) {
        out.setStdLocal(new LocalBinding(rd.i(), rd.str(), rd.bool(), rd.bool(), rd.node(), rd.span()));
    }

    /** Bodies not resolved yet by their DefIds, each one's scope read from std's image when it is asked for. */
    private static final class DeferredInImage extends java.util.AbstractMap<DefId, LateResolver.Deferred> {
        private final Map<DefId, InPartBlob> at;
        private final java.util.function.Function<InPartBlob, LateResolver.Deferred> read;

        DeferredInImage(Map<DefId, InPartBlob> at, java.util.function.Function<InPartBlob, LateResolver.Deferred> read) {
            this.at = at;
            this.read = read;
        }

        @Override
        public LateResolver.Deferred get(Object def) {
            InPartBlob b = at.get(def);
            return b == null ? null : read.apply(b);
        }

        @Override
        public boolean containsKey(Object def) { return at.containsKey(def); }

        @Override
        public int size() { return at.size(); }

        @Override
        public Set<DefId> keySet() { return java.util.Collections.unmodifiableSet(at.keySet()); }

        @Override
        public Set<Map.Entry<DefId, LateResolver.Deferred>> entrySet() {
            Set<Map.Entry<DefId, LateResolver.Deferred>> out = new java.util.LinkedHashSet<>();
            for (DefId d : at.keySet()) out.add(Map.entry(d, get(d)));
            return out;
        }
    }

    private static DefId def(AstImage.Reader rd) {
        int i = rd.i();
        return i == 0 ? null : new DefId(i - 1);
    }

    private static List<DefId> defs(AstImage.Reader rd) {
        int n = rd.i();
        List<DefId> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(def(rd));
        return out;
    }

    private static Visibility vis(AstImage.Reader rd) {
        return switch (rd.i()) {
            case 0 -> null;
            case 1 -> Visibility.PUBLIC;
            default -> new Visibility.Restricted(def(rd));
        };
    }

    private static Res res(AstImage.Reader rd) {
        return switch (rd.i()) {
            case 0 -> null;
            case 1 -> new Res.Def(rd.enumValue(KINDS), def(rd));
            case 2 -> new Res.PrimTy(rd.str());
            case 3 -> new Res.SelfTyParam(def(rd));
            case 4 -> new Res.SelfTyAlias(def(rd));
            case 5 -> new Res.SelfCtor(def(rd));
            case 6 -> new Res.Local(rd.i());
            default -> Res.ERR;
        };
    }

    private static void bindings(AstImage.Reader rd, Map<String, ModuleData.NameBinding> map) {
        for (int i = rd.i(); i > 0; i--) {
            map.put(rd.str(), new ModuleData.NameBinding(res(rd), vis(rd), rd.span(), rd.bool()));
        }
    }

    private static ArrayDeque<Map<String, Res>> ribs(AstImage.Reader rd) {
        int n = rd.i();
        ArrayDeque<Map<String, Res>> out = new ArrayDeque<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Res> rib = new HashMap<>();
            for (int k = rd.i(); k > 0; k--) rib.put(rd.str(), res(rd));
            out.add(rib);
        }
        return out;
    }
}
