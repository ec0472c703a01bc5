package rustmem.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import rustmem.source.Edition;

/**
 * The JSON API of docs/api.md: a request's body checked and turned into a {@link Call} of the {@link Backend} (a bad
 * request is a 400 with a message naming the field), and the GET endpoints' answers.
 */
final class Api {
    static final Set<String> GET_ENDPOINTS = Set.of("examples", "health");
    static final Set<String> POST_ENDPOINTS = Set.of("run", "check", "layout", "trace", "svg", "snapshot");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COMMON = Set.of("source", "edition", "stdin", "args", "limits");
    private static final String JSON = "application/json; charset=utf-8";

    /** An answer: status, content type, body. */
    record Answer(int status, String contentType, byte[] body) {
        static Answer json(String json) { return new Answer(200, JSON, json.getBytes(StandardCharsets.UTF_8)); }
    }

    /** A checked request, ready to run on a worker. */
    interface Call {
        Answer answer();
    }

    private final Backend backend;
    private final WebServer.Settings settings;
    private final Examples examples = new Examples();

    Api(Backend backend, WebServer.Settings settings) {
        this.backend = backend;
        this.settings = settings;
    }

    /** The JSON of an error message: {"error": message}. */
    static String error(String message) { return MAPPER.createObjectNode().put("error", message).toString(); }

    String get(String endpoint) {
        return switch (endpoint) {
            case "examples" -> examples.json();
            case "health" -> MAPPER.createObjectNode().put("ok", true).put("workers", settings.workers()).toString();
            default -> throw new WebServer.HttpError(404, "no such endpoint: /api/" + endpoint);
        };
    }

    /** The request of endpoint with this body, checked; what is wrong with it is an {@link WebServer.HttpError} 400. */
    Call parse(String endpoint, byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw bad("the body is not JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (!(root instanceof ObjectNode req)) throw bad("the body must be a JSON object with a \"source\" field");
        Set<String> allowed = new java.util.HashSet<>(COMMON);
        switch (endpoint) {
            case "layout" -> allowed.addAll(Set.of("type", "target"));
            case "trace" -> allowed.add("maxSnapshots");
            case "svg", "snapshot" -> allowed.add("step");
            default -> { }
        }
        for (Iterator<String> it = req.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw bad("unknown field \"" + f + "\"; /api/" + endpoint + " takes " + String.join(", ", allowed.stream().sorted().toList()));
        }
        Backend.Program p = program(req);
        return switch (endpoint) {
            case "run" -> () -> Answer.json(backend.run(p));
            case "check" -> () -> Answer.json(backend.check(p));
            case "layout" -> {
                String type = optionalString(req, "type", null);
                String target = optionalString(req, "target", "x86_64-unknown-linux-gnu");
                if (rustmem.layout.TargetDataLayout.byName(target) == null) throw bad("unknown target \"" + target + "\"");
                yield () -> Answer.json(backend.layout(p, type == null || type.isBlank() ? null : type, target));
            }
            case "trace" -> {
                int max = (int) optionalLong(req, "maxSnapshots", settings.maxSnapshots(), 0, settings.maxSnapshots());
                yield () -> Answer.json(backend.trace(p, max, settings.maxEvents()));
            }
            case "svg" -> {
                long step = step(req, "draw");
                yield () -> new Answer(200, "image/svg+xml; charset=utf-8", found(backend.svg(p, step), step).getBytes(StandardCharsets.UTF_8));
            }
            case "snapshot" -> {
                long step = step(req, "show");
                yield () -> Answer.json(found(backend.snapshot(p, step), step));
            }
            default -> throw new WebServer.HttpError(404, "no such endpoint: /api/" + endpoint);
        };
    }

    /** The request's step (1 or more), which it must give: the step to draw or show. */
    private static long step(ObjectNode req, String what) {
        if (!req.has("step")) throw bad("\"step\" is missing: the step to " + what + " (1 or more)");
        return optionalLong(req, "step", 1, 1, Long.MAX_VALUE);
    }

    /** A step's answer, or 404 when the program never reaches the step. */
    private static String found(String answer, long step) {
        if (answer == null) throw new WebServer.HttpError(404, "the program has no step " + step + " (it did not compile or ended before)");
        return answer;
    }

    private Backend.Program program(ObjectNode req) {
        JsonNode source = req.get("source");
        if (source == null) throw bad("\"source\" is missing: the program's text");
        if (!source.isTextual()) throw bad("\"source\" must be a string");
        String year = optionalString(req, "edition", Edition.DEFAULT.year);
        Edition edition = Edition.of(year);
        if (edition == null) throw bad("\"edition\" must be one of 2015, 2018, 2021, 2024 (was \"" + year + "\")");
        String stdin = optionalString(req, "stdin", "");
        List<String> args = new ArrayList<>();
        JsonNode a = req.get("args");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) throw bad("\"args\" must be an array of strings");
            for (JsonNode x : a) {
                if (!x.isTextual()) throw bad("\"args\" must be an array of strings");
                args.add(x.asText());
            }
        }
        Backend.Limits max = settings.limits();
        long steps = max.maxSteps(), seconds = max.timeLimitSeconds();
        JsonNode l = req.get("limits");
        if (l != null && !l.isNull()) {
            if (!(l instanceof ObjectNode lo)) throw bad("\"limits\" must be an object: {\"steps\": N, \"timeLimit\": SECONDS}");
            for (Iterator<String> it = lo.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("steps") && !f.equals("timeLimit")) throw bad("unknown field \"limits." + f + "\"; limits takes steps, timeLimit");
            }
            steps = optionalLong(lo, "steps", steps, 1, max.maxSteps());
            seconds = optionalLong(lo, "timeLimit", seconds, 1, max.timeLimitSeconds());
        }
        return new Backend.Program(source.asText(), edition, stdin, args,
            new Backend.Limits(steps, seconds, max.maxOutputBytes(), max.maxMemoryBytes()));
    }

    private static String optionalString(ObjectNode req, String field, String otherwise) {
        JsonNode n = req.get(field);
        if (n == null || n.isNull()) return otherwise;
        if (!n.isTextual()) throw bad("\"" + field + "\" must be a string");
        return n.asText();
    }

    /** A whole number field between min and max (this server's limit). */
    private static long optionalLong(ObjectNode req, String field, long otherwise, long min, long max) {
        JsonNode n = req.get(field);
        if (n == null || n.isNull()) return otherwise;
        if (!n.canConvertToLong() || !n.isIntegralNumber()) throw bad("\"" + field + "\" must be a whole number");
        long v = n.asLong();
        if (v < min || v > max) throw bad("\"" + field + "\" must be between " + min + " and " + max + " (this server's limit); was " + v);
        return v;
    }

    private static WebServer.HttpError bad(String message) { return new WebServer.HttpError(400, message); }
}
