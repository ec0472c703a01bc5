package rustmem.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rustmem.source.SourceFile;
import rustmem.syntax.ast.AstWalk;

/** std read from its image is std parsed and expanded: the same files, the same tree, the same macros. */
class StdImageTest {
    private static final StdSource.Loaded PARSED = StdSource.build();

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
}
