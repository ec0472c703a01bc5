package rustmem.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.OptionSpec;
import rustmem.web.Backend;
import rustmem.web.WebServer;

/** {@code rustmem serve}: the web page and its JSON API (docs/api.md) until interrupted. */
final class ServeCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "serve",
        "Serve the web page (write a program, run it, step through its memory) and its JSON API (docs/api.md).");
    private final Arg<Integer> port = cmd.option(int.class, OptionSpec.builder("--port").paramLabel("N").defaultValue("8080")
        .description("Port to listen on; 0: any free port (default ${DEFAULT-VALUE})"));
    private final Arg<String> host = cmd.option(String.class, OptionSpec.builder("--host").paramLabel("ADDR").defaultValue("127.0.0.1")
        .description("Address to listen on (default ${DEFAULT-VALUE}: this machine only)"));
    private final Arg<Integer> workers = cmd.option(Integer.class, OptionSpec.builder("--workers").paramLabel("N")
        .description("Programs compiled and run at once (default: the number of cores)"));
    private final Arg<Integer> queue = cmd.option(int.class, OptionSpec.builder("--queue").paramLabel("N")
        .defaultValue("" + WebServer.Settings.QUEUE)
        .description("Requests that may wait for a worker; more are answered 503 (default ${DEFAULT-VALUE})"));
    private final Arg<Long> maxSteps = cmd.option(long.class, OptionSpec.builder("--max-steps").paramLabel("N")
        .defaultValue("" + WebServer.Settings.MAX_STEPS).description("Each program's step limit (default ${DEFAULT-VALUE})"));
    private final Arg<Long> timeLimit = cmd.option(long.class, OptionSpec.builder("--time-limit").paramLabel("SECONDS")
        .defaultValue("" + WebServer.Settings.TIME_LIMIT).description("Each program's wall-clock limit (default ${DEFAULT-VALUE})"));
    private final Arg<Long> maxOutput = cmd.option(long.class, OptionSpec.builder("--max-output").paramLabel("BYTES")
        .defaultValue("" + WebServer.Settings.MAX_OUTPUT)
        .description("Each program's output limit, stdout and stderr together (default ${DEFAULT-VALUE})"));
    private final Arg<Long> maxMemory = cmd.option(long.class, OptionSpec.builder("--max-memory").paramLabel("BYTES")
        .defaultValue("" + WebServer.Settings.MAX_MEMORY)
        .description("Heap each program may hold at once; past it malloc fails as under `ulimit -v` (default ${DEFAULT-VALUE})"));
    private final Arg<Integer> maxRequest = cmd.option(int.class, OptionSpec.builder("--max-request").paramLabel("BYTES")
        .defaultValue("" + WebServer.Settings.MAX_REQUEST).description("Largest request body (default ${DEFAULT-VALUE})"));
    {
        DebugOption.declare(cmd);
        cmd.standardHelpOptions();
    }

    @Override
    public Integer call() throws Exception {
        int port = this.port.get();
        String host = this.host.get();
        Integer workers = this.workers.get();
        if (port < 0 || port > 65535) throw new UsageError("--port must be between 0 and 65535");
        if (workers != null && workers < 1 || queue.get() < 1 || maxSteps.get() < 1 || timeLimit.get() < 1 || maxOutput.get() < 1
            || maxMemory.get() < 1 || maxRequest.get() < 1) {
            throw new UsageError("--workers, --queue and the limits must be positive");
        }
        WebServer.Settings d = WebServer.Settings.defaults(host, port);
        WebServer.Settings settings = new WebServer.Settings(host, port, workers != null ? workers : d.workers(), queue.get(),
            maxRequest.get(), new Backend.Limits(maxSteps.get(), timeLimit.get(), maxOutput.get(), maxMemory.get()), d.maxSnapshots(),
            d.maxEvents());
        WebServer server;
        try {
            server = WebServer.start(settings, new WebBackend());
        } catch (java.net.BindException e) {
            throw new UsageError("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        } catch (java.io.IOException | java.nio.channels.UnresolvedAddressException e) {
            throw new UsageError("cannot listen on " + host + ":" + port + ": " + e);
        }
        var out = cmd.out();
        out.println("rustmem: serving " + server.url() + " (Ctrl-C stops)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();   // until the process is stopped
        return 0;
    }
}
