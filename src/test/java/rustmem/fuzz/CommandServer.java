package rustmem.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import rustmem.cli.Main;

/**
 * rustmem's command line in one long-lived JVM, for scripts/fuzz-vs-rustc.py --server (not a JUnit test): each line on
 * stdin is a request {"argv": [...], "timeout": seconds}; each answer, one line on stdout, is {"code", "out", "err",
 * "timed_out", "secs"} — what `rustmem ARGV` prints and exits with, without a JVM start per command. Commands whose
 * output is not what {@link Main#execute} writes to its streams (`run` writes the program's output to the process's
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
        StringWriter out = new StringWriter(), err = new StringWriter();
        int[] code = {-1};
        long t0 = System.nanoTime();
        Thread t = new Thread(null, () -> {
            try {
                code[0] = Main.execute(argv, new PrintWriter(out), new PrintWriter(err));
            } catch (Throwable e) {
                err.write("Exception escaped Main.execute: " + e);
                code[0] = Main.EXIT_INTERNAL;
            }
        }, "command", 512L << 20);
        t.setDaemon(true);
        t.start();
        t.join(timeout * 1000L);
        boolean timedOut = t.isAlive();
        a.put("code", timedOut ? -9 : code[0]).put("out", timedOut ? "" : out.toString()).put("err", timedOut ? "" : err.toString())
            .put("timed_out", timedOut).put("secs", (System.nanoTime() - t0) / 1e9);
    }
}
