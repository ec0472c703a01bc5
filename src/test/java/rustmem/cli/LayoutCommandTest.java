package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustmem layout`: what it prints, its JSON shape (docs/JSON.md), and its errors. */
class LayoutCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result run(String source, String... args) throws IOException {
        Path p = dir.resolve("types.rs");
        Files.writeString(p, source);
        List<String> all = new ArrayList<>(List.of("layout", p.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void jsonListsEveryNonGenericTypeInDeclarationOrder() throws IOException {
        Result r = run("""
            struct S0(char, u8, i32);
            enum E { A(u32, bool), B(u8) }
            struct Generic<T>(T);
            union U { a: u8, b: u16 }
            type Alias = Option<&'static str>;
            """, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("x86_64-unknown-linux-gnu", root.get("target").asText());
        JsonNode types = root.get("types");
        assertEquals(4, types.size());
        assertEquals(List.of("S0", "E", "U", "Alias"), List.of(types.get(0).get("name").asText(),
            types.get(1).get("name").asText(), types.get(2).get("name").asText(), types.get(3).get("name").asText()));
        JsonNode s0 = types.get(0);
        assertEquals("struct", s0.get("kind").asText());
        assertEquals(12, s0.get("size").asInt());
        assertEquals(4, s0.get("align").asInt());
        assertEquals("0", s0.get("fields").get(0).get("name").asText());
        assertEquals(0, s0.get("fields").get(0).get("offset").asInt());
        assertEquals(8, s0.get("fields").get(1).get("offset").asInt());
        JsonNode e = types.get(1);
        assertEquals(0, e.get("fields").size(), "enum variant fields only under variants");
        assertEquals("direct", e.get("tag").get("encoding").asText());
        assertEquals(1, e.get("tag").get("size").asInt());
        assertEquals(4, e.get("variants").get(0).get("fields").get(0).get("offset").asInt());
        assertEquals("alias", types.get(3).get("kind").asText());
        assertEquals(16, types.get(3).get("size").asInt());
        assertEquals("niche", types.get(3).get("tag").get("encoding").asText());
    }

    @Test
    void textShowsPaddingAndByteMap() throws IOException {
        Result r = run("#[repr(C)] struct C { a: u8, b: u32, c: u8 }\n");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("struct C: 12 bytes, align 4"), r.out());
        assertTrue(r.out().contains("(padding)"), r.out());
        assertTrue(r.out().contains("bytes: a...bbbb c..."), r.out());
    }

    @Test
    void typeOptionTakesAnyTypeAndTarget() throws IOException {
        Result r = run("struct W<T> { x: T, y: u8 }\n", "--type", "W<u64>", "--target", "i686-unknown-linux-gnu", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode t = new ObjectMapper().readTree(r.out()).get("types").get(0);
        assertEquals(12, t.get("size").asInt());
        assertEquals(4, t.get("align").asInt());
    }

    @Test
    void unsizedTypesSayWhyAndShowThePointer() throws IOException {
        Result r = run("", "--type", "[u16]");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("`[u16]` is dynamically sized"), r.out());
        assertTrue(r.out().contains("16 bytes (address + length)"), r.out());
    }

    @Test
    void unknownTypesAreE0425() throws IOException {
        Result r = run("struct S { a: Missing }\n");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error[E0425]: cannot find type `Missing` in this scope"), r.err());
    }

    @Test
    void recursiveTypesAreE0072() throws IOException {
        Result r = run("struct List { next: Option<List> }\n");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error[E0072]: recursive type `List` has infinite size"), r.err());
    }

    @Test
    void recursionThroughABoxIsFine() throws IOException {
        Result r = run("struct Node { value: i32, next: Option<Box<Node>> }\n", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(16, new ObjectMapper().readTree(r.out()).get("types").get(0).get("size").asInt());
    }

    @Test
    void unknownTargetIsAUsageError() throws IOException {
        Result r = run("struct S;\n", "--target", "mips-unknown-linux-gnu");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown target"), r.err());
    }

    @Test
    void badTypeTextIsASyntaxError() throws IOException {
        Result r = run("", "--type", "Vec<u8");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: expected"), r.err());
    }
}
