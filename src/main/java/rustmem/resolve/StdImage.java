package rustmem.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.ast.AstImage;
import rustmem.syntax.ast.Crate;

/**
 * std parsed, expanded and resolved, kept as a binary image (rustc's crate metadata of std, for rustmem's front
 * end): made by {@link #main} when rustmem is built (Maven's process-classes phase writes it into the classes as
 * {@value #RESOURCE}), read by every compilation instead of parsing, expanding and resolving std's 45,000 lines
 * again. It holds std's files (names and text, for spans and diagnostics), the expanded crate, the definitions of
 * the exported macros and std's resolution ({@link StdResolutionCodec}). Without it (a build that did not make it,
 * or {@code RUSTMEM_STD_DIR} set) std is parsed and resolved.
 */
public final class StdImage {
    private StdImage() {}

    static final String RESOURCE = "/std.image";
    /** "RMSI", then the format's version: a different one is not read. */
    private static final long MAGIC = 0x524d5349L, VERSION = 7;

    /** Writes std's image to the file args[0]. */
    public static void main(String[] args) throws IOException {
        StdSource.Loaded parsed = StdSource.build();
        if (!parsed.diagnostics().isEmpty()) throw new IllegalStateException("std's source has errors: " + parsed.diagnostics());
        StdSource.Loaded std = resolved(parsed);
        if (!std.resolution().diagnostics().isEmpty()) {
            throw new IllegalStateException("std's resolution has errors: " + std.resolution().diagnostics());
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, write(std));
    }

    /** std parsed, with its resolution. */
    static StdSource.Loaded resolved(StdSource.Loaded parsed) {
        Expander.Expanded x = parsed.expanded();
        return new StdSource.Loaded(parsed.files(), x, parsed.diagnostics(), Resolver.resolveStd(x.crate(), x.inScope()));
    }

    /**
     * The image. Each impl, and each function with a body, is a part of it read when first used (a program uses few of
     * std's 5,447 impls and its functions):
     * a first writing finds the nodes a part shares with the rest, which the image then holds before anything else.
     */
    static byte[] write(StdSource.Loaded std) {
        AstImage.Writer dry = new AstImage.Writer();
        dry.enableParts();
        writeTree(dry, std);
        AstImage.Writer w = new AstImage.Writer();
        w.enableParts();
        w.u(MAGIC);
        w.u(VERSION);
        // each file's text apart, read when first shown, and its line index (locations std's code makes need it)
        w.u(std.files().size());
        for (SourceFile f : std.files()) {
            String text = f.text();
            w.str(f.name());
            w.u(f.base());
            w.u(text.length());
            int[] lines = f.lineStartsArray();
            w.u(lines.length);
            for (int i = 1; i < lines.length; i++) w.u(lines[i] - lines[i - 1]);
            w.bool(text.codePointCount(0, text.length()) == text.length());
            w.tailBlob(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        w.hoist(dry.sharedNodes());
        writeTree(w, std);
        if (!w.sharedNodes().isEmpty()) throw new IllegalStateException("std's image: nodes shared by parts after hoisting");
        StdResolutionCodec.write(w, std.resolution());
        return w.toByteArray();
    }

    /** The expanded crate and the exported macros. */
    private static void writeTree(AstImage.Writer w, StdSource.Loaded std) {
        w.node(std.expanded().crate());
        List<Expander.MacroDef> macros = Expander.macroDefs(std.expanded());
        w.u(macros.size());
        for (Expander.MacroDef m : macros) {
            w.str(m.name());
            w.node(m.body());
            w.bool(m.scoped());
        }
    }

    /** The reader of the image std was read from (its parts), or null. */
    private static volatile AstImage.Reader reader;

    /**
     * Reads every part of std's image now: a process that compiles programs at once (serve) does, so that no
     * compilation changes std's shared tables while another looks in them.
     */
    public static void readAllParts() {
        StdSource.loaded();
        AstImage.Reader r = reader;
        if (r != null) AstImage.readAll(r);
    }

    /** std from its image, or null when the image is of another format. */
    static StdSource.Loaded read(byte[] image) { return read(AstImage.source(image)); }

    /** std from the image in source (its parts and its files' text read when first wanted), or null for another format. */
    static StdSource.Loaded read(AstImage.Source image) {
        AstImage.Reader r = new AstImage.Reader(image);
        if (r.u() != MAGIC || r.u() != VERSION) return null;
        int n = r.i();
        List<SourceFile> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = r.str();
            int base = r.i(), length = r.i();
            int[] lines = new int[r.i()];
            for (int k = 1; k < lines.length; k++) lines[k] = lines[k - 1] + r.i();
            boolean surrogateFree = r.bool();
            java.util.function.Supplier<byte[]> text = r.tailBlob();
            files.add(SourceFile.lazy(name, length, lines, surrogateFree,
                () -> new String(text.get(), java.nio.charset.StandardCharsets.UTF_8), base));
        }
        files = List.copyOf(files);
        r.list();   // the nodes the parts share, numbered first
        Crate crate = r.node();
        int m = r.i();
        List<Expander.MacroDef> macros = new ArrayList<>(m);
        for (int i = 0; i < m; i++) macros.add(new Expander.MacroDef(r.str(), r.node(), r.bool()));
        Resolver.StdResolution resolution = StdResolutionCodec.read(r, crate);
        if (!r.atEnd()) throw new IllegalStateException("std's image has bytes after its end");
        reader = r;
        Diagnostics own = new Diagnostics(null);
        Expander.Expanded x = Expander.restoreStd(crate, macros, own, StdSource.stdOnly(files));
        return new StdSource.Loaded(files, x, own.all(), resolution);
    }

    /** The image in rustmem's classes, or null when the build made none. */
    static byte[] resource() { return resourceBytes(RESOURCE); }

    /**
     * One of rustmem's resources (std's images), read by position from its file when there is one ({@link #resourceFile}),
     * else from its bytes ({@link #resourceBytes}); null when the build made none.
     */
    public static AstImage.Source resourceSource(String name) {
        Path file = resourceFile(name);
        if (file != null) {
            try {
                return new FileSource(file);
            } catch (IOException e) {
                // (read from the jar instead)
            }
        }
        byte[] image = resourceBytes(name);
        return image == null ? null : AstImage.source(image);
    }

    /**
     * A file read by position, kept open for the process: what std's images are read from (the bytes are copied into
     * the arrays asked for, nothing between, and a run reads a fraction of them).
     */
    private static final class FileSource implements AstImage.Source {
        private final java.io.RandomAccessFile file;

        FileSource(Path path) throws IOException { this.file = new java.io.RandomAccessFile(path.toFile(), "r"); }

        @Override
        public byte[] read(long at, int n) {
            byte[] b = new byte[n];
            try {
                synchronized (file) {
                    file.seek(at);
                    file.readFully(b);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return b;
        }
    }

    /**
     * The bytes of one of rustmem's resources (std's images), or null when there is none: read as a file when the
     * classes are a directory, or from the build's copy in the classes directory beside the jar when it is the jar's
     * (the same size and CRC as the jar's entry, which its central directory gives): copying 19 MB out of the jar
     * through its entry's stream cost 40 ms of each run's start.
     */
    public static byte[] resourceBytes(String name) { return bytes(StdImage.class.getResource(name), name); }

    /**
     * The file of one of rustmem's resources, to be read by position, or null: the file itself when the classes are a
     * directory; when they are the jar's, the build's copy in the classes directory beside it if it has the jar entry's
     * size and was written before the jar (a copy changed since is not the jar's: resourceBytes compares its bytes).
     */
    public static Path resourceFile(String name) { return file(StdImage.class.getResource(name), name); }

    static Path file(java.net.URL url, String name) {
        if (url == null) return null;
        try {
            if (url.getProtocol().equals("file")) return Path.of(url.toURI());
            if (url.openConnection() instanceof java.net.JarURLConnection c) {
                Path copy = buildCopy(c, name), jar = Path.of(c.getJarFileURL().toURI());
                if (copy != null && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) <= 0) return copy;
            }
            return null;
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The build's copy of a jar entry in the classes directory beside the jar, when it has the entry's size; else null. */
    private static Path buildCopy(java.net.JarURLConnection c, String name) throws IOException, java.net.URISyntaxException {
        Path copy = Path.of(c.getJarFileURL().toURI()).resolveSibling("classes").resolve(name.substring(1));
        return Files.isRegularFile(copy) && Files.size(copy) == c.getJarEntry().getSize() ? copy : null;
    }

    /** The bytes at url, the resource name (as resourceBytes reads them), or null. */
    static byte[] bytes(java.net.URL url, String name) {
        if (url == null) return null;
        try {
            if (url.getProtocol().equals("file")) return Files.readAllBytes(Path.of(url.toURI()));
            if (url.openConnection() instanceof java.net.JarURLConnection c) {
                java.util.jar.JarEntry e = c.getJarEntry();
                Path copy = buildCopy(c, name);
                if (copy != null) {
                    byte[] b = Files.readAllBytes(copy);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(b);
                    if (crc.getValue() == e.getCrc()) return b;
                }
                try (InputStream in = c.getInputStream()) {
                    return e.getSize() >= 0 ? in.readNBytes((int) e.getSize()) : in.readAllBytes();
                }
            }
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
