package rustmem.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * rustmem's command line in one long-lived JVM, for scripts/fuzz-vs-rustc.py --server (not a JUnit test): each line on
 * stdin is a request {"argv": [...], "timeout": seconds}; each answer, one line on stdout, is {"code", "out", "err",
 * "timed_out", "secs"} — what `rustmem ARGV` prints and exits with, without a JVM start per command. Commands whose
 * output is not what {@link rustmem.cli.Main#execute} writes to its streams (`run` writes the program's output to the process's
 * own file descriptors) are refused with code -1: the script runs those as processes.
 */
public final class CommandServer {
    private CommandServer() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter answers = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        for (String line; (line = in.readLine()) != null; ) {
            JsonNode req = json.readTree(line);
            String[] argv = json.convertValue(req.get("argv"), String[].class);
            int timeout = req.path("timeout").asInt(60);
            ObjectNode a = json.createObjectNode();
            if (argv.length == 0 || !argv[0].equals("check")) {
                a.put("code", -1).put("out", "").put("err", "CommandServer answers `check` only").put("timed_out", false).put("secs", 0.0);
            } else {
                answer(argv, timeout, a);
            }
            answers.println(json.writeValueAsString(a));
            answers.flush();
        }
    }

    private static void answer(String[] argv, int timeout, ObjectNode a) throws InterruptedException {
        long t0 = System.nanoTime();
        ExceptionFuzz.Answer r = ExceptionFuzz.execute(argv, timeout);
        a.put("code", r == null ? -9 : r.code()).put("out", r == null ? "" : r.out()).put("err", r == null ? "" : r.err())
            .put("timed_out", r == null).put("secs", (System.nanoTime() - t0) / 1e9);
    }
}
