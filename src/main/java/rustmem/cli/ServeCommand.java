package rustmem.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import rustmem.web.Backend;
import rustmem.web.WebServer;

/** {@code rustmem serve}: the web page and its JSON API (docs/api.md) until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web page (write a program, run it, step through its memory) and its JSON API (docs/api.md).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on; 0: any free port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
        description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String host;

    @Option(names = "--workers", paramLabel = "N", description = "Programs compiled and run at once (default: the number of cores)")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "" + WebServer.Settings.QUEUE,
        description = "Requests that may wait for a worker; more are answered 503 (default ${DEFAULT-VALUE})")
    int queue;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "" + WebServer.Settings.MAX_STEPS,
        description = "Each program's step limit (default ${DEFAULT-VALUE})")
    long maxSteps;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "" + WebServer.Settings.TIME_LIMIT,
        description = "Each program's wall-clock limit (default ${DEFAULT-VALUE})")
    long timeLimit;

    @Option(names = "--max-output", paramLabel = "BYTES", defaultValue = "" + WebServer.Settings.MAX_OUTPUT,
        description = "Each program's output limit, stdout and stderr together (default ${DEFAULT-VALUE})")
    long maxOutput;

    @Option(names = "--max-memory", paramLabel = "BYTES", defaultValue = "" + WebServer.Settings.MAX_MEMORY,
        description = "Heap each program may hold at once; past it malloc fails as under `ulimit -v` (default ${DEFAULT-VALUE})")
    long maxMemory;

    @Option(names = "--max-request", paramLabel = "BYTES", defaultValue = "" + WebServer.Settings.MAX_REQUEST,
        description = "Largest request body (default ${DEFAULT-VALUE})")
    int maxRequest;

    @Mixin
    DebugOption debugOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new UsageError("--port must be between 0 and 65535");
        if (workers != null && workers < 1 || queue < 1 || maxSteps < 1 || timeLimit < 1 || maxOutput < 1 || maxMemory < 1 || maxRequest < 1) {
            throw new UsageError("--workers, --queue and the limits must be positive");
        }
        WebServer.Settings d = WebServer.Settings.defaults(host, port);
        WebServer.Settings settings = new WebServer.Settings(host, port, workers != null ? workers : d.workers(), queue, maxRequest,
            new Backend.Limits(maxSteps, timeLimit, maxOutput, maxMemory), d.maxSnapshots(), d.maxEvents());
        WebServer server;
        try {
            server = WebServer.start(settings, new WebBackend());
        } catch (java.net.BindException e) {
            throw new UsageError("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        } catch (java.io.IOException | java.nio.channels.UnresolvedAddressException e) {
            throw new UsageError("cannot listen on " + host + ":" + port + ": " + e);
        }
        var out = spec.commandLine().getOut();
        out.println("rustmem: serving " + server.url() + " (Ctrl-C stops)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();   // until the process is stopped
        return 0;
    }
}
