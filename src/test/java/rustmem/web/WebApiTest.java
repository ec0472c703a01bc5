package rustmem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rustmem.cli.WebBackend;

/** The JSON API of docs/api.md against a server on 127.0.0.1: answers, bad requests, limits, load. */
class WebApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        WebServer.Settings d = WebServer.Settings.defaults("127.0.0.1", 0);
        server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, 2, 16, 64 << 10,
            new Backend.Limits(20_000_000L, 5, 4096, 64L << 20), 200, 5000), new WebBackend());
        assertTrue(d.workers() >= 1);
    }

    @AfterAll
    static void stop() { server.close(); }

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws Exception { return MAPPER.readTree(body); }
    }

    private static Reply post(String endpoint, String body) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "api/" + endpoint))
            .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static Reply get(String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static String program(String source) { return MAPPER.createObjectNode().put("source", source).toString(); }

    @Test
    void runAnswersTheProgramsOutputAndExitCode() throws Exception {
        Reply r = post("run", MAPPER.createObjectNode().put("source", """
            use std::io::Read;
            fn main() {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s).unwrap();
                let args: Vec<String> = std::env::args().skip(1).collect();
                println!("{} {:?}", s.trim().to_uppercase(), args);
                eprintln!("to stderr");
                std::process::exit(3);
            }
            """).put("stdin", "hello\n").set("args", MAPPER.createArrayNode().add("a").add("b")).toString());
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/json"));
        JsonNode j = r.json();
        assertTrue(j.get("compiled").asBoolean());
        assertEquals(3, j.get("exit").asInt());
        assertEquals("HELLO [\"a\", \"b\"]\n", j.get("stdout").asText());
        assertEquals("to stderr\n", j.get("stderr").asText());
    }

    @Test
    void aPanicIsExit101WithStdsMessage() throws Exception {
        JsonNode j = post("run", program("fn main() {\n    let v: Vec<i32> = Vec::new();\n    v[3];\n}\n")).json();
        assertEquals(101, j.get("exit").asInt());
        assertTrue(j.get("stderr").asText().contains("panicked at main.rs:3:6:\nindex out of bounds"), j.toString());
    }

    @Test
    void compileErrorsComeWithTheirLines() throws Exception {
        String src = "fn main() {\n    let x: i32 = \"no\";\n    let v = vec![1];\n    let w = v;\n    println!(\"{:?}\", v);\n}\n";
        JsonNode check = post("check", program(src)).json();
        assertFalse(check.get("ok").asBoolean());
        JsonNode first = check.get("diagnostics").get(0);
        assertEquals("E0308", first.get("code").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals(18, first.get("column").asInt());
        assertTrue(check.get("rendered").asText().contains("--> main.rs:2:18"));
        JsonNode run = post("run", program(src)).json();
        assertFalse(run.get("compiled").asBoolean());
        assertEquals(1, run.get("exit").asInt());
        assertEquals(2, run.get("diagnostics").get(0).get("line").asInt());
        // a borrow error (after the types check) at its line too
        JsonNode moved = post("check", program(src.replace("let x: i32 = \"no\";", "let x: i32 = 1;"))).json();
        assertEquals("E0382", moved.get("diagnostics").get(0).get("code").asText());
        assertEquals(5, moved.get("diagnostics").get(0).get("line").asInt());
        // a syntax error
        JsonNode syntax = post("check", program("fn main() {\n    let = 3;\n}\n")).json();
        assertEquals(2, syntax.get("diagnostics").get(0).get("line").asInt());
    }

    @Test
    void layoutOfTheProgramsTypesAndOfAnyType() throws Exception {
        JsonNode all = post("layout", program("struct S0(char, u8, i32);\nfn main() {}\n")).json();
        assertTrue(all.get("ok").asBoolean());
        JsonNode s0 = all.get("layout").get("types").get(0);
        assertEquals(12, s0.get("size").asInt());
        assertEquals(8, s0.get("fields").get(1).get("offset").asInt());
        JsonNode one = post("layout", MAPPER.createObjectNode().put("source", "").put("type", "Option<Box<u8>>")
            .put("target", "i686-unknown-linux-gnu").toString()).json();
        assertEquals(4, one.get("layout").get("types").get(0).get("size").asInt());
        JsonNode bad = post("layout", MAPPER.createObjectNode().put("source", "").put("type", "Nope").toString()).json();
        assertFalse(bad.get("ok").asBoolean());
        assertTrue(bad.get("rendered").asText().contains("Nope"), bad.toString());
    }

    @Test
    void traceHasASnapshotAtEveryStep() throws Exception {
        String src = Files.readString(Path.of("examples/21_rc.rs"));
        JsonNode t = post("trace", program(src)).json();
        assertEquals("rustmem-trace", t.get("format").asText());
        assertEquals(0, t.get("exit").asInt());
        int steps = t.get("steps").asInt();
        assertEquals(Math.min(steps, 200), t.get("snapshots").size());
        for (int i = 0; i < t.get("snapshots").size(); i++) assertEquals(i + 1, t.get("snapshots").get(i).get("step").asInt());
        // locals carry their bytes: a live i32/usize slot's bytes are its value, little-endian
        boolean sawBytes = false;
        for (JsonNode s : t.get("snapshots")) {
            for (JsonNode f : s.get("threads").get(0).get("frames")) {
                for (JsonNode l : f.get("locals")) {
                    assertEquals(Math.min(l.get("size").asInt(), 64) * 2, l.get("bytes").asText().length(), l.toString());
                    sawBytes |= l.get("size").asInt() > 0;
                }
            }
        }
        assertTrue(sawBytes);
        JsonNode bounded = post("trace", MAPPER.createObjectNode().put("source", src).put("maxSnapshots", 2).toString()).json();
        assertEquals(2, bounded.get("snapshots").size());
        assertEquals(steps - 2, bounded.get("snapshotsLeftOut").asInt());
    }

    @Test
    void svgOfOneStep() throws Exception {
        String src = Files.readString(Path.of("examples/09_box.rs"));
        Reply r = post("svg", MAPPER.createObjectNode().put("source", src).put("step", 2).toString());
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("image/svg+xml"));
        assertTrue(r.body().startsWith("<svg") && r.body().contains("make_box"), r.body());
        Reply never = post("svg", MAPPER.createObjectNode().put("source", src).put("step", 1000).toString());
        assertEquals(404, never.status());
        assertTrue(never.json().get("error").asText().contains("no step 1000"));
    }

    @Test
    void aStepPastTheSnapshotsSentIsReplayedFromTheRecording() throws Exception {
        String src = Files.readString(Path.of("examples/14_vec_growth.rs"));
        JsonNode all = post("trace", MAPPER.createObjectNode().put("source", src).toString()).json();
        int steps = all.get("steps").asInt();
        assertEquals(steps, all.get("replayableSteps").asInt());
        JsonNode two = post("trace", MAPPER.createObjectNode().put("source", src).put("maxSnapshots", 2).toString()).json();
        assertEquals(2, two.get("snapshots").size());
        for (int step : new int[] {steps, 3, steps / 2}) {
            Reply r = post("snapshot", MAPPER.createObjectNode().put("source", src).put("step", step).toString());
            assertEquals(200, r.status(), r.body());
            assertEquals(all.get("snapshots").get(step - 1), r.json(), "step " + step);
        }
        // a program not traced lately is recorded when a step of it is asked for
        Reply other = post("snapshot", MAPPER.createObjectNode().put("source", src + "\n").put("step", steps).toString());
        assertEquals(200, other.status(), other.body());
        assertEquals(steps, other.json().get("step").asInt());
        Reply never = post("snapshot", MAPPER.createObjectNode().put("source", src).put("step", steps + 1).toString());
        assertEquals(404, never.status());
        assertTrue(never.json().get("error").asText().contains("no step " + (steps + 1)));
    }

    @Test
    void badRequestsAreRefusedWithAMessage() throws Exception {
        String[][] cases = {
            {"run", "", "400", "JSON object"},
            {"run", "{", "400", "not JSON"},
            {"run", "[1]", "400", "JSON object"},
            {"run", "{}", "400", "\"source\" is missing"},
            {"run", "{\"source\": 3}", "400", "must be a string"},
            {"run", "{\"source\": \"\", \"edition\": \"2030\"}", "400", "edition"},
            {"run", "{\"source\": \"\", \"args\": [1]}", "400", "args"},
            {"run", "{\"source\": \"\", \"colour\": 1}", "400", "unknown field \"colour\""},
            {"run", "{\"source\": \"\", \"limits\": {\"steps\": 0}}", "400", "between 1 and"},
            {"run", "{\"source\": \"\", \"limits\": {\"timeLimit\": 1000}}", "400", "this server's limit"},
            {"trace", "{\"source\": \"\", \"maxSnapshots\": 1.5}", "400", "whole number"},
            {"svg", "{\"source\": \"\"}", "400", "\"step\" is missing"},
            {"snapshot", "{\"source\": \"\", \"step\": 0}", "400", "step"},
            {"layout", "{\"source\": \"\", \"target\": \"mips\"}", "400", "unknown target"},
            {"nothing", "{}", "404", "no such endpoint"},
        };
        for (String[] c : cases) {
            Reply r = post(c[0], c[1]);
            assertEquals(Integer.parseInt(c[2]), r.status(), c[1] + " → " + r.body());
            String error = r.json().get("error").asText();
            assertTrue(error.contains(c[3]), c[1] + " → " + error);
        }
        Reply big = post("run", program("// " + "x".repeat(70_000)));
        assertEquals(413, big.status());
        assertTrue(big.json().get("error").asText().contains("65536"));
        assertEquals(405, get("api/run").status());
        Reply missing = get("no/such/file.js");
        assertEquals(404, missing.status());
        assertEquals(404, get("..%2F..%2Fpom.xml").status());
        assertEquals(200, get("api/health").status());
    }

    @Test
    void limitsStopRunawayPrograms() throws Exception {
        JsonNode steps = post("run", program("fn main() { let mut i: u64 = 0; loop { i = i.wrapping_add(1); } }")).json();
        assertEquals("steps", steps.get("limit").get("kind").asText());
        assertTrue(steps.get("limit").get("message").asText().contains("20000000 steps"));
        assertFalse(steps.has("exit"));
        JsonNode output = post("run", program("fn main() { loop { println!(\"a line of output\"); } }")).json();
        assertEquals("output", output.get("limit").get("kind").asText());
        assertEquals(4096, output.get("stdout").asText().length());
        JsonNode time = post("run", MAPPER.createObjectNode().put("source", "fn main() { let mut v = Vec::new(); loop { v.push(1u8); v.pop(); } }")
            .set("limits", MAPPER.createObjectNode().put("timeLimit", 1)).toString()).json();
        assertTrue(time.has("limit"), time.toString());
        // past the heap limit malloc fails as under `ulimit -v`: std's message, abort
        JsonNode memory = post("run", program("fn main() { let v = vec![7u8; 100 << 20]; println!(\"{}\", v.len()); }")).json();
        assertEquals(134, memory.get("exit").asInt());
        assertEquals("memory allocation of 104857600 bytes failed\n", memory.get("stderr").asText());
    }

    @Test
    void examplesAreListedWithTheirText() throws Exception {
        JsonNode list = get("api/examples").json();
        assertTrue(list.size() >= 15);
        boolean box = false;
        for (JsonNode e : list) {
            if (e.get("name").asText().equals("09_box")) {
                box = true;
                assertEquals(Files.readString(Path.of("examples/09_box.rs")), e.get("source").asText());
                assertTrue(e.get("title").asText().startsWith("Tour stop 9"));
            }
        }
        assertTrue(box);
        Reply page = get("");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html") && page.body().contains("vendor/editor.js"));
        Reply bundle = get("vendor/editor.js");
        assertEquals(200, bundle.status());
        assertTrue(bundle.body().contains("RustmemEditor"), "the editor bundle is in the jar");
    }

    @Test
    void concurrentRequestsGetTheSameAnswersAsOneByOne() throws Exception {
        List<String> programs = new ArrayList<>();
        for (String name : List.of("09_box", "14_vec_growth", "20_move_clone", "21_rc", "16_strings", "24_refcell")) {
            programs.add(program(Files.readString(Path.of("examples/" + name + ".rs"))));
        }
        List<String> alone = new ArrayList<>();
        for (String p : programs) alone.add(post("run", p).body());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String p : programs) replies.add(pool.submit((Callable<Reply>) () -> post("run", p)));
            }
            for (int i = 0; i < replies.size(); i++) {
                Reply r = replies.get(i).get();
                assertEquals(200, r.status());
                assertEquals(alone.get(i % programs.size()), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullQueueIsAnsweredBusy() throws Exception {
        try (WebServer small = WebServer.start(new WebServer.Settings("127.0.0.1", 0, 1, 1, 64 << 10,
            new Backend.Limits(Long.MAX_VALUE, 3, 4096, 64L << 20), 10, 100), new WebBackend())) {
            String loop = program("fn main() { let mut i: u64 = 0; loop { i = i.wrapping_add(1); } }");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<HttpResponse<String>>> rs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    rs.add(pool.submit(() -> CLIENT.send(HttpRequest.newBuilder(URI.create(small.url() + "api/run"))
                        .POST(HttpRequest.BodyPublishers.ofString(loop)).build(), HttpResponse.BodyHandlers.ofString())));
                }
                int busy = 0, stopped = 0;
                for (Future<HttpResponse<String>> f : rs) {
                    HttpResponse<String> r = f.get();
                    if (r.statusCode() == 503) {
                        busy++;
                        assertTrue(r.body().contains("busy"));
                    } else {
                        assertEquals(200, r.statusCode());
                        assertEquals("time", MAPPER.readTree(r.body()).get("limit").get("kind").asText());
                        stopped++;
                    }
                }
                assertTrue(busy >= 1 && stopped >= 1 && busy + stopped == 4, busy + " busy, " + stopped + " stopped");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
