package rustmem.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rustmem.source.SourceFile;
import rustmem.syntax.ast.AstWalk;

/** std read from its image is std parsed and expanded: the same files, the same tree, the same macros. */
class StdImageTest {
    private static final StdSource.Loaded PARSED = StdImage.resolved(StdSource.build());

    @Test
    void theBuildsImageIsTodaysStd() {
        byte[] resource = StdImage.resource();
        assertNotNull(resource, "the build made no std.image (Maven's process-classes phase)");
        assertArrayEquals(StdImage.write(PARSED), resource, "std.image is stale: rebuild with mvn process-classes");
    }

    @Test
    void readingTheImageGivesTheParsedStd() {
        StdSource.Loaded read = StdImage.read(StdImage.write(PARSED));
        assertEquals(PARSED.files().size(), read.files().size());
        for (int i = 0; i < read.files().size(); i++) {
            SourceFile a = PARSED.files().get(i), b = read.files().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.text(), b.text());
            assertEquals(a.base(), b.base());
        }
        assertNotSame(PARSED.expanded().crate(), read.expanded().crate());
        assertEquals(PARSED.expanded().crate(), read.expanded().crate());
        assertEquals(PARSED.expanded().exported().keySet(), read.expanded().exported().keySet());
        assertEquals(PARSED.expanded().inScope(), read.expanded().inScope());
        for (String name : PARSED.expanded().exported().keySet()) {
            assertEquals(PARSED.expanded().exported().get(name).body, read.expanded().exported().get(name).body, name);
        }
    }

    /**
     * std's resolution read from the image is std resolved: the same definitions, and each node of the tree (walked
     * in step in both trees, outside the bodies read later) has the same resolution, scope and binding.
     */
    @Test
    void stdsFilesLocateWithoutTheirText() {
        // a location std's code makes (line and column) comes from the image's line index; the text when shown
        StdSource.Loaded read = StdImage.read(StdImage.write(PARSED));
        for (int i = 0; i < read.files().size(); i++) {
            SourceFile parsed = PARSED.files().get(i), lazy = read.files().get(i);
            assertEquals(parsed.length(), lazy.length());
            assertEquals(parsed.lineCount(), lazy.lineCount());
            for (int o = parsed.base(); o <= parsed.base() + parsed.length(); o += 97) {
                assertEquals(parsed.line(o), lazy.line(o), parsed.name() + " at " + o);
                assertEquals(parsed.column(o), lazy.column(o), parsed.name() + " at " + o);
            }
            assertEquals(parsed.lineText(parsed.lineCount()), lazy.lineText(lazy.lineCount()));
        }
    }

    @Test
    void theImagesResolutionIsStdResolved() {
        StdSource.Loaded resolved = PARSED;
        StdSource.Loaded read = StdImage.read(StdImage.write(resolved));
        Resolver.StdResolution a = resolved.resolution(), b = read.resolution();
        assertEquals(a.resolver().defs.size(), b.resolver().defs.size());
        for (int i = 0; i < a.resolver().defs.size(); i++) {
            Definitions.DefData x = a.resolver().defs.get(new DefId(i)), y = b.resolver().defs.get(new DefId(i));
            // (a definition in an impl's items has its node read when asked for: the accessor, not the field, compares)
            assertEquals(List.of(x.kind(), String.valueOf(x.name()), String.valueOf(x.parent()), String.valueOf(x.node()),
                    String.valueOf(x.span()), x.crate(), String.valueOf(x.vis()), x.module()),
                List.of(y.kind(), String.valueOf(y.name()), String.valueOf(y.parent()), String.valueOf(y.node()),
                    String.valueOf(y.span()), y.crate(), String.valueOf(y.vis()), y.module()), "DefId(" + i + ")");
            if (x.node() != null) assertEquals(new DefId(i), b.resolver().defs.byNode(y.node()));
        }
        assertEquals(a.resolver().items, b.resolver().items);
        assertEquals(a.resolver().langItems.all(), b.resolver().langItems.all());
        assertEquals(a.resolver().bodiesWithItems, b.resolver().bodiesWithItems);
        assertEquals(a.outputs().deferred.keySet(), b.outputs().deferred.keySet());
        for (DefId d : a.outputs().deferred.keySet()) {
            // (each body's scope is read from the image when asked for)
            LateResolver.Deferred x = a.outputs().deferred.get(d), y = b.outputs().deferred.get(d);
            assertEquals(x.fn(), y.fn(), d.toString());
            assertEquals(x.scope().def, y.scope().def, d.toString());
            assertEquals(List.copyOf(x.typeRibs()), List.copyOf(y.typeRibs()), d.toString());
            assertEquals(List.copyOf(x.valueRibs()), List.copyOf(y.valueRibs()), d.toString());
            assertEquals(x.owner(), y.owner(), d.toString());
        }
        assertEquals(a.outputs().locals().size(), b.outputs().locals().size());
        List<Object> na = eagerNodes(a.crate()), nb = eagerNodes(b.crate());
        assertEquals(na.size(), nb.size());
        int resolvedNodes = 0;
        for (int i = 0; i < na.size(); i++) {
            Object x = na.get(i), y = nb.get(i);
            assertEquals(a.outputs().partialRes(x), b.outputs().partialRes(y), () -> "resolution of " + x);
            if (a.outputs().partialRes(x) != null) resolvedNodes++;
            ModuleData sx = a.outputs().scopes.get(x), sy = b.outputs().scopes.get(y);
            assertEquals(sx == null ? null : sx.def, sy == null ? null : sy.def);
            if (x instanceof rustmem.syntax.ast.Pat.IdentPat px) {
                assertEquals(a.outputs().binding(px), b.outputs().binding((rustmem.syntax.ast.Pat.IdentPat) y));
            }
            if (x instanceof rustmem.syntax.ast.Block bx) {
                ModuleData mx = a.resolver().blockModules.get(bx), my = b.resolver().blockModules.get((rustmem.syntax.ast.Block) y);
                assertEquals(mx == null ? null : mx.def, my == null ? null : my.def);
            }
        }
        assertTrue(resolvedNodes > 25_000, "resolved nodes compared: " + resolvedNodes);
        for (DefId d : a.resolver().modules.keySet()) {
            ModuleData mx = a.resolver().modules.get(d), my = b.resolver().modules.get(d);
            for (Namespace ns : Namespace.values()) assertEquals(mx.all(ns), my.all(ns), d + " " + ns);
            assertEquals(mx.anonymousTraits, my.anonymousTraits);
        }
    }

    /** The tree's nodes in walk order, not entering the bodies the image reads later (those without closures or items). */
    private static List<Object> eagerNodes(rustmem.syntax.ast.Crate crate) {
        List<Object> out = new java.util.ArrayList<>();
        AstWalk.walk(crate, n -> out.add(n) && !(n instanceof rustmem.syntax.ast.Item.Fn f && f.body() != null && !f.body().nested()));
        return out;
    }

    /**
     * An impl is read from the image when first used, with what std's resolution says of it: reading the image reads
     * none; asking for one impl's node reads that impl only, whose definitions, paths and local variables are then as
     * std resolved from its source has them; the image's index of impls (each one's trait and simplified header) is as
     * the impl's header says.
     */
    @Test
    void implsAreReadWhenFirstUsed() {
        int before = rustmem.syntax.ast.AstImage.partsRead();
        StdSource.Loaded read = StdImage.read(StdImage.write(PARSED));
        assertEquals(before, rustmem.syntax.ast.AstImage.partsRead(), "reading the image reads no impl");
        Resolver.StdResolution a = PARSED.resolution(), b = read.resolution();
        Definitions da = a.resolver().defs, db = b.resolver().defs;
        // the first impl of a trait with a method with a parameter besides self
        int k = 0;
        while (!(da.get(new DefId(k)).kind() == DefKind.IMPL && da.get(new DefId(k)).node() instanceof rustmem.syntax.ast.Item it
            && it.kind() instanceof rustmem.syntax.ast.Item.Impl im && im.traitRef() != null
            && im.items().stream().anyMatch(i -> i.kind() instanceof rustmem.syntax.ast.Item.Fn f && f.decl().params().size() > 1))) k++;
        DefId impl = new DefId(k);
        assertEquals(before, rustmem.syntax.ast.AstImage.partsRead(), "looking at the definitions reads no impl");
        rustmem.syntax.ast.Item x = (rustmem.syntax.ast.Item) da.get(impl).node(), y = (rustmem.syntax.ast.Item) db.get(impl).node();
        assertEquals(before + 1, rustmem.syntax.ast.AstImage.partsRead(), "the impl is read, no other");
        assertEquals(x, y);
        assertEquals(impl, db.byNode(y));
        List<Object> nx = new java.util.ArrayList<>(), ny = new java.util.ArrayList<>();
        AstWalk.walk(x, n -> nx.add(n));
        AstWalk.walk(y, n -> ny.add(n));
        assertEquals(nx.size(), ny.size());
        int resolved = 0;
        for (int j = 0; j < nx.size(); j++) {
            assertEquals(a.outputs().partialRes(nx.get(j)), b.outputs().partialRes(ny.get(j)), "resolution of " + nx.get(j));
            if (a.outputs().partialRes(nx.get(j)) != null) resolved++;
            if (nx.get(j) instanceof rustmem.syntax.ast.Pat.IdentPat px) {
                assertEquals(a.outputs().binding(px), b.outputs().binding((rustmem.syntax.ast.Pat.IdentPat) ny.get(j)));
            }
            DefId d = da.byNode(nx.get(j));
            assertEquals(d, db.byNode(ny.get(j)), "the definition of " + nx.get(j));
        }
        assertTrue(resolved > 3, "paths resolved in the impl: " + resolved);
        y.toString();
        assertEquals(before + 1, rustmem.syntax.ast.AstImage.partsRead(), "and only once");
        // the index: each impl's trait and its header's self type, as the header says
        int inherent = 0, ofTraits = 0;
        for (int i = 0; i < da.size(); i++) {
            if (da.get(new DefId(i)).kind() != DefKind.IMPL) continue;
            ResolverOutputs.ImplHeader h = b.outputs().stdImplHeaders.get(new DefId(i));
            assertNotNull(h, "DefId(" + i + ")");
            rustmem.syntax.ast.Item.Impl header = (rustmem.syntax.ast.Item.Impl) ((rustmem.syntax.ast.Item) da.get(new DefId(i)).node()).kind();
            if (header.traitRef() == null) {
                inherent++;
                assertEquals(null, h.trait());
            } else {
                ofTraits++;
                assertEquals(((Res.Def) a.outputs().partialRes(header.traitRef()).base()).id(), h.trait());
            }
            if (header.selfType() instanceof rustmem.syntax.ast.Type.PathType pt && a.outputs().partialRes(pt).base() instanceof Res.Def sd
                && sd.kind() == DefKind.STRUCT) {
                assertEquals(sd.id(), h.keys()[0]);
            }
        }
        assertTrue(inherent > 500 && ofTraits > 3000, inherent + " inherent impls, " + ofTraits + " of traits");
    }

    /** A function's statements are read from the image when first used, once. */
    @Test
    void functionBodiesAreReadWhenFirstUsed() {
        int before = rustmem.syntax.ast.AstImage.lazyListsRead();
        StdSource.Loaded read = StdImage.read(StdImage.write(PARSED));
        assertEquals(before, rustmem.syntax.ast.AstImage.lazyListsRead(), "reading the image reads no function's statements");
        rustmem.syntax.ast.Item.Fn[] first = {null};
        AstWalk.walk(List.of(read.expanded().crate()), n -> {
            if (first[0] == null && n instanceof rustmem.syntax.ast.Item.Fn f && f.body() != null && !f.body().stmts().isEmpty()) first[0] = f;
            return first[0] == null && !(n instanceof rustmem.syntax.ast.Block);
        });
        assertEquals(before + 1, rustmem.syntax.ast.AstImage.lazyListsRead(), "asking whether a body is empty reads it");
        first[0].body().stmts().get(0);
        assertEquals(before + 1, rustmem.syntax.ast.AstImage.lazyListsRead(), "and only once");
    }

    /**
     * A node the tree reaches twice (tables keyed by node identity must see one node) is read back as one object:
     * outside functions' bodies, and within each body (a body is read on its own: a node it shares with the rest
     * of the tree is read as a copy of its own).
     */
    @Test
    void sharedNodesStayShared() {
        StdSource.Loaded read = StdImage.read(StdImage.write(PARSED));
        List<rustmem.syntax.ast.Block> parsedBodies = new java.util.ArrayList<>(), readBodies = new java.util.ArrayList<>();
        assertSharing(counts(PARSED.expanded().crate(), parsedBodies), counts(read.expanded().crate(), readBodies), "outside bodies");
        for (int i = 0; i < parsedBodies.size(); i++) {   // the list grows by the functions declared in bodies
            assertSharing(counts(parsedBodies.get(i).stmts(), parsedBodies), counts(readBodies.get(i).stmts(), readBodies), "in a body");
        }
        assertEquals(parsedBodies.size(), readBodies.size());
    }

    private static void assertSharing(Map<Object, Integer> parsed, Map<Object, Integer> read, String where) {
        assertEquals(parsed.size(), read.size(), "distinct nodes " + where);
        assertEquals(parsed.values().stream().filter(n -> n > 1).count(), read.values().stream().filter(n -> n > 1).count(),
            "nodes reached more than once " + where);
    }

    /** How often each node is reached; a function's body is not entered but added to bodies. */
    private static Map<Object, Integer> counts(Object root, List<rustmem.syntax.ast.Block> bodies) {
        Map<Object, Integer> seen = new IdentityHashMap<>();
        AstWalk.walk(root, n -> {
            if (n instanceof rustmem.syntax.ast.Item.Fn f && f.body() != null) {
                bodies.add(f.body());
                AstWalk.walk(List.of(f.header(), f.name(), f.generics(), f.decl()), m -> seen.merge(m, 1, Integer::sum) == 1);
                return false;
            }
            return seen.merge(n, 1, Integer::sum) == 1;
        });
        return seen;
    }

    /**
     * A resource in a jar is read from the build's copy in the classes directory beside it when that copy has the
     * jar entry's size and CRC, and from the jar otherwise (a stale copy of the same size is not read).
     */
    @Test
    void aJarsResourceIsReadFromItsCopyOnlyWhenTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path jar = dir.resolve("r.jar");
        byte[] inJar = "the jar's bytes".getBytes(), stale = "the old bytes!!".getBytes();
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("x.image"));
            out.write(inJar);
            out.closeEntry();
        }
        java.net.URL url = new java.net.URL("jar:" + jar.toUri() + "!/x.image");
        assertArrayEquals(inJar, StdImage.bytes(url, "/x.image"), "no copy");
        assertEquals(null, StdImage.file(url, "/x.image"), "no copy to read by position");
        java.nio.file.Files.createDirectories(dir.resolve("classes"));
        java.nio.file.Files.write(dir.resolve("classes/x.image"), stale);
        assertEquals(inJar.length, stale.length);
        assertArrayEquals(inJar, StdImage.bytes(url, "/x.image"), "a stale copy");
        java.nio.file.Files.setLastModifiedTime(dir.resolve("classes/x.image"),
            java.nio.file.attribute.FileTime.fromMillis(java.nio.file.Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertEquals(null, StdImage.file(url, "/x.image"), "a copy written after the jar is not read by position");
        java.nio.file.Files.write(dir.resolve("classes/x.image"), inJar);
        assertArrayEquals(inJar, StdImage.bytes(url, "/x.image"), "a copy of the same bytes");
        java.nio.file.Files.setLastModifiedTime(dir.resolve("classes/x.image"),
            java.nio.file.attribute.FileTime.fromMillis(java.nio.file.Files.getLastModifiedTime(jar).toMillis() - 1000));
        assertEquals(dir.resolve("classes/x.image"), StdImage.file(url, "/x.image"), "the build's copy, written before the jar");
        assertEquals(dir.resolve("classes/x.image"), StdImage.file(dir.resolve("classes/x.image").toUri().toURL(), "/x.image"));
        assertArrayEquals(java.nio.file.Files.readAllBytes(dir.resolve("classes/x.image")),
            StdImage.bytes(dir.resolve("classes/x.image").toUri().toURL(), "/x.image"), "a file's");
    }
}
