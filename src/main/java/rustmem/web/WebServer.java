package rustmem.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code rustmem serve}: the web page and its JSON API (docs/api.md) on the JDK's HTTP server. Requests are read
 * on virtual threads; compiling and running programs happens on a bounded pool of workers (each with a large stack,
 * as the command line's thread has) with a bounded queue: a request that finds the queue full is answered 503 at
 * once. Every program runs within {@link Settings#limits}; every error is a JSON message, never a stack trace.
 */
public final class WebServer implements AutoCloseable {
    /**
     * The server's settings: where it listens, how many programs run at once and how many may wait, the largest
     * request body, each program's limits, and a trace's snapshots and events.
     */
    public record Settings(String host, int port, int workers, int queue, int maxRequestBytes, Backend.Limits limits,
                           int maxSnapshots, int maxEvents) {
        /** `rustmem serve`'s defaults: each program's steps, seconds, bytes of output and of heap; the queue; a request's bytes. */
        public static final long MAX_STEPS = 50_000_000L, TIME_LIMIT = 10, MAX_OUTPUT = 1 << 20, MAX_MEMORY = 128L << 20;
        public static final int QUEUE = 64, MAX_REQUEST = 256 << 10, MAX_SNAPSHOTS = 1000, MAX_EVENTS = 50_000;

        /** The defaults `rustmem serve` documents: as many workers as cores. */
        public static Settings defaults(String host, int port) {
            return new Settings(host, port, Math.max(1, Runtime.getRuntime().availableProcessors()), QUEUE, MAX_REQUEST,
                new Backend.Limits(MAX_STEPS, TIME_LIMIT, MAX_OUTPUT, MAX_MEMORY), MAX_SNAPSHOTS, MAX_EVENTS);
        }
    }

    /** A request the API refuses: its HTTP status and the message of its JSON answer. */
    static final class HttpError extends RuntimeException {
        final int status;

        HttpError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** The stack of a worker: deeply nested programs recurse deeply in the parser, as on the command line. */
    private static final long WORKER_STACK_BYTES = 512L << 20;

    private final Settings settings;
    private final HttpServer http;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private final ThreadPoolExecutor workers;
    private final Api api;
    private final Assets assets = new Assets();

    private WebServer(Settings settings, Backend backend) throws IOException {
        this.settings = settings;
        AtomicLong n = new AtomicLong();
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.queue()), r -> {
                Thread t = new Thread(null, r, "rustmem-worker-" + n.incrementAndGet(), WORKER_STACK_BYTES);
                t.setDaemon(true);
                return t;
            });
        this.api = new Api(backend, settings);
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
        http.setExecutor(readers);
        http.createContext("/", this::handle);
    }

    /** Starts a server; port 0 takes a free port (see {@link #port()}). */
    public static WebServer start(Settings settings, Backend backend) throws IOException {
        WebServer s = new WebServer(settings, backend);
        s.http.start();
        return s;
    }

    /** The port the server listens on. */
    public int port() { return http.getAddress().getPort(); }

    /** The address to open in a browser. */
    public String url() { return "http://" + settings.host() + ":" + port() + "/"; }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
        readers.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            try {
                route(ex);
            } catch (HttpError e) {
                sendJson(ex, e.status, Api.error(e.getMessage()));
            } catch (RuntimeException | Error e) {
                // a fault of rustmem's: named, never traced to the client
                sendJson(ex, 500, Api.error("internal: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.startsWith("/api/")) {
            String endpoint = path.substring("/api/".length());
            if (Api.GET_ENDPOINTS.contains(endpoint)) {
                if (!method.equals("GET") && !method.equals("HEAD")) throw notAllowed(ex, "GET");
                sendJson(ex, 200, api.get(endpoint));
                return;
            }
            if (!Api.POST_ENDPOINTS.contains(endpoint)) throw new HttpError(404, "no such endpoint: " + path);
            if (!method.equals("POST")) throw notAllowed(ex, "POST");
            byte[] body = readBody(ex);
            Api.Call call = api.parse(endpoint, body);   // a bad request is refused before it takes a worker
            Api.Answer answer = runOnWorker(call);
            send(ex, answer.status(), answer.contentType(), answer.body());
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) throw notAllowed(ex, "GET");
        Assets.Asset a = assets.find(path);
        if (a == null) throw new HttpError(404, "not found: " + path);
        send(ex, 200, a.contentType(), a.bytes());
    }

    private static HttpError notAllowed(HttpExchange ex, String allow) {
        ex.getResponseHeaders().set("Allow", allow);
        return new HttpError(405, ex.getRequestMethod() + " is not allowed here; use " + allow);
    }

    /** The request's body, refused with 413 past the size limit (without reading all of it). */
    private byte[] readBody(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        int max = settings.maxRequestBytes();
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw new HttpError(400, "bad Content-Length: " + length);
            }
            if (n > max) throw new HttpError(413, "the request is " + n + " bytes; this server takes at most " + max);
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) throw new HttpError(413, "the request is larger than " + max + " bytes, this server's limit");
            return body;
        }
    }

    /** Runs a call on a worker and waits for it; a full queue is 503 at once. */
    private Api.Answer runOnWorker(Api.Call call) {
        Future<Api.Answer> f;
        try {
            f = workers.submit(call::answer);
        } catch (RejectedExecutionException e) {
            throw new HttpError(503, "busy: " + settings.queue() + " programs are waiting to run; try again in a moment");
        }
        try {
            // the run stops itself at its time limit; compiling is bounded by the request's size
            return f.get(settings.limits().timeLimitSeconds() + 120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new HttpError(503, "the program took too long to compile and run");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "the server is stopping");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof HttpError h) throw h;
            if (c instanceof StackOverflowError) throw new HttpError(500, "internal: rustmem's stack overflowed on this program");
            if (c instanceof OutOfMemoryError) throw new HttpError(500, "internal: rustmem ran out of memory on this program");
            throw new HttpError(500, "internal: " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        }
    }

    private void sendJson(HttpExchange ex, int status, String json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
