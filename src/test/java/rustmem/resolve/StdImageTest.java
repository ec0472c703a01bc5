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

    /** A node the tree reaches twice (tables keyed by node identity must see one node) is read back as one object. */
    @Test
    void sharedNodesStayShared() {
        Map<Object, Integer> parsedSeen = counts(PARSED), readSeen = counts(StdImage.read(StdImage.write(PARSED)));
        assertEquals(parsedSeen.size(), readSeen.size(), "distinct nodes");
        assertEquals(parsedSeen.values().stream().filter(n -> n > 1).count(), readSeen.values().stream().filter(n -> n > 1).count(),
            "nodes reached more than once");
    }

    private static Map<Object, Integer> counts(StdSource.Loaded std) {
        Map<Object, Integer> seen = new IdentityHashMap<>();
        AstWalk.walk(List.of(std.expanded().crate()), n -> seen.merge(n, 1, Integer::sum) == 1);
        return seen;
    }
}
