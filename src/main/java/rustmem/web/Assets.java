package rustmem.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The page's static files, bundled in the jar under web/: read once, served from memory. */
final class Assets {
    /** A file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {}

    private static final Asset MISSING = new Asset(new byte[0], "");
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    /** The file a GET of path asks for ("/" is index.html), or null; paths outside web/ are never looked up. */
    Asset find(String path) {
        if (path.equals("/")) path = "/index.html";
        if (!path.matches("(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+") || path.contains("..")) return null;
        String name = path;
        Asset a = cache.computeIfAbsent(name, n -> load("/web" + n));
        return a == MISSING ? null : a;
    }

    private static Asset load(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) return MISSING;
            return new Asset(in.readAllBytes(), contentType(resource));
        } catch (IOException e) {
            return MISSING;
        }
    }

    private static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "json" -> "application/json; charset=utf-8";
            case "rs", "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
