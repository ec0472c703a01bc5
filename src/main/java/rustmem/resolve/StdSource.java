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
    private final SourceMap sources;
    private final Diagnostics diags;

    private StdSource(SourceMap sources, Diagnostics diags) {
        this.sources = sources;
        this.diags = diags;
    }

    /** Parses std; syntax errors in it are internal errors, reported to diags. */
    public static Crate load(SourceMap sources, Diagnostics diags) {
        StdSource s = new StdSource(sources, diags);
        SourceFile root = s.file("lib.rs");
        Crate c = Parser.parseFile(root, diags);
        return new Crate(c.attrs(), s.inline(c.items(), ""), c.span());
    }

    /** Development: std read from this directory instead of the jar (edit std without rebuilding). */
    private static final String DIR = System.getenv("RUSTMEM_STD_DIR");

    private SourceFile file(String path) {
        if (DIR != null) {
            java.nio.file.Path p = java.nio.file.Path.of(DIR, path);
            if (!java.nio.file.Files.exists(p)) return null;
            try {
                return sources.add("<std>/" + path, java.nio.file.Files.readString(p));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read std's " + path, e);
            }
        }
        try (InputStream in = StdSource.class.getResourceAsStream(ROOT + path)) {
            if (in == null) return null;
            return sources.add("<std>/" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
