package rustmem.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.syntax.Parser;
import rustmem.syntax.ast.Crate;
import rustmem.syntax.ast.Item;

/**
 * std's Rust source, from the jar's resources ({@code std/lib.rs} and the files its {@code mod x;} items name,
 * {@code x.rs} or {@code x/mod.rs}), parsed into one crate whose modules are inline. Each file is added to the
 * source map so that spans name it.
 */
public final class StdSource {
    private static final String ROOT = "/std/";
    /** std's files, each at its own offset from {@link SourceMap#STD_BASE}. */
    private final List<SourceFile> files = new ArrayList<>();
    private int next = SourceMap.STD_BASE;
    private final Diagnostics diags;

    private StdSource(Diagnostics diags) { this.diags = diags; }

    /**
     * std parsed and expanded, made once per process and shared by every compilation (the AST is immutable,
     * and std's spans do not depend on the program): its files are added to sources, and what std's own
     * source reported (nothing, unless std is broken) to diags.
     */
    public record Loaded(List<SourceFile> files, Expander.Expanded expanded, List<rustmem.source.Diagnostic> diagnostics,
                         Resolver.StdResolution resolution) {}

    /** std's resolution as its image holds it, when std is that image's crate; otherwise null (std is resolved). */
    static Resolver.StdResolution imageResolution(Crate std) {
        Loaded l = cached;
        return l != null && l.resolution() != null && l.expanded().crate() == std ? l.resolution() : null;
    }

    private static volatile Loaded cached;

    public static Expander.Expanded loadExpanded(SourceMap sources, Diagnostics diags) {
        Loaded std = loaded();
        for (SourceFile f : std.files()) sources.addFixed(f);
        for (rustmem.source.Diagnostic d : std.diagnostics()) diags.emit(d);
        return std.expanded();
    }

    /** Whether std is read from its image (not parsed from RUSTMEM_STD_DIR or a build without one): its DefIds the image's. */
    public static boolean fromImage() {
        loaded();
        return fromImage;
    }

    private static boolean fromImage;

    /**
     * Starts reading std (its image) on a thread of its own, for a command that will compile a program: the command's
     * thread reads its command line and the program meanwhile, and waits in {@link #loaded} for what is left. A failure
     * here is left for that thread to meet again and report.
     */
    public static void prefetch() {
        Thread t = new Thread(null, () -> {
            try {
                loaded();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // (the compilation reads std again and reports what it meets)
            }
        }, "rustmem-std", 64L << 20);
        t.setDaemon(true);
        t.start();
    }

    /** std, read from its image (or parsed) the first time it is asked for. */
    static synchronized Loaded loaded() {
        if (cached == null) {
            rustmem.syntax.ast.AstImage.Source image = DIR == null ? StdImage.resourceSource(StdImage.RESOURCE) : null;
            if (image != null) cached = StdImage.read(image);
            fromImage = cached != null;
            if (cached == null) cached = build();
        }
        return cached;
    }

    /** std parsed from its source and expanded. */
    static Loaded build() {
        Diagnostics own = new Diagnostics(null);
        StdSource s = new StdSource(own);
        Crate crate = s.parse();
        Expander.Expanded x = Expander.expandStd(crate, own, stdOnly(s.files));
        return new Loaded(List.copyOf(s.files), x, own.all(), null);
    }

    /** A source map of std's files only (what std's expansion reports against). */
    static SourceMap stdOnly(List<SourceFile> files) {
        SourceMap stdOnly = new SourceMap(new SourceFile("<none>", "", 0));
        for (SourceFile f : files) stdOnly.addFixed(f);
        return stdOnly;
    }

    private Crate parse() {
        SourceFile root = file("lib.rs");
        Crate c = Parser.parseFile(root, diags);
        return new Crate(c.attrs(), inline(c.items(), ""), c.span());
    }

    private SourceFile add(String name, String text) {
        SourceFile f = new SourceFile(name, text, next);
        next += text.length() + 1;
        files.add(f);
        return f;
    }

    /** Development: std read from this directory instead of the jar (edit std without rebuilding). */
    private static final String DIR = System.getenv("RUSTMEM_STD_DIR");

    private SourceFile file(String path) {
        if (DIR != null) {
            java.nio.file.Path p = java.nio.file.Path.of(DIR, path);
            if (!java.nio.file.Files.exists(p)) return null;
            try {
                return add("<std>/" + path, java.nio.file.Files.readString(p));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read std's " + path, e);
            }
        }
        try (InputStream in = StdSource.class.getResourceAsStream(ROOT + path)) {
            if (in == null) return null;
            return add("<std>/" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read std's " + path, e);
        }
    }

    /** Items with each `mod x;` replaced by the module parsed from its file (dir is the module's directory). */
    private List<Item> inline(List<Item> items, String dir) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            if (item.kind() instanceof Item.Mod m) {
                String name = m.name().name();
                List<Item> inner;
                String innerDir = dir + name + "/";
                if (m.items() != null) {
                    inner = inline(m.items(), innerDir);
                } else {
                    SourceFile f = file(dir + name + ".rs");
                    if (f == null) f = file(dir + name + "/mod.rs");
                    if (f == null) throw new IllegalStateException("std has no file for module " + dir + name);
                    inner = inline(Parser.parseFile(f, diags).items(), innerDir);
                }
                out.add(new Item(item.attrs(), item.vis(), new Item.Mod(m.unsafe(), m.name(), inner), item.span()));
            } else {
                out.add(item);
            }
        }
        return out;
    }
}
