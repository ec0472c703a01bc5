package rustmem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `rustmem trace --json` on the trace test programs and the examples is valid against docs/trace-schema.json. */
class TraceJsonSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA;

    static {
        try (InputStream in = Files.newInputStream(Path.of("docs/trace-schema.json"))) {
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Stream<Path> programs() throws IOException {
        return Stream.concat(Files.list(Path.of("tests/trace")), Files.list(Path.of("examples")))
            .filter(p -> p.toString().endsWith(".rs")).sorted();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void traceJsonFollowsTheSchema(Path program) throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int lines = Files.readAllLines(program).size();
        // a snapshot at every line: every kind of value the program holds is written
        StringBuilder at = new StringBuilder();
        for (int l = 1; l <= lines; l++) at.append(l == 1 ? "" : ",").append(l);
        int code = Main.execute(new String[] {"trace", "--json", "--at", at.toString(), program.toString()}, new PrintWriter(out), new PrintWriter(err));
        JsonNode doc = MAPPER.readTree(out.toString());
        Set<ValidationMessage> errors = SCHEMA.validate(doc);
        assertTrue(errors.isEmpty(), () -> program + ": " + errors);
        assertEquals(code, doc.get("exit").asInt());
        assertTrue(doc.get("steps").asLong() > 0);
        // and the schema does check: an event of no known kind is refused
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("events").get(0)).put("kind", "teleport");
        assertTrue(!SCHEMA.validate(doc).isEmpty(), "the schema refuses an unknown event kind");
    }
}
