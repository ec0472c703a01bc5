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
    private static final long MAGIC = 0x524d5349L, VERSION = 2;

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

    static byte[] write(StdSource.Loaded std) {
        AstImage.Writer w = new AstImage.Writer();
        w.u(MAGIC);
        w.u(VERSION);
        w.u(std.files().size());
        for (SourceFile f : std.files()) {
            w.str(f.name());
            w.str(f.text());
        }
        w.node(std.expanded().crate());
        List<Expander.MacroDef> macros = Expander.macroDefs(std.expanded());
        w.u(macros.size());
        for (Expander.MacroDef m : macros) {
            w.str(m.name());
            w.node(m.body());
            w.bool(m.scoped());
        }
        StdResolutionCodec.write(w, std.resolution());
        return w.toByteArray();
    }

    /** std from its image, or null when the image is of another format. */
    static StdSource.Loaded read(byte[] image) {
        AstImage.Reader r = new AstImage.Reader(image);
        if (r.u() != MAGIC || r.u() != VERSION) return null;
        int n = r.i();
        List<String> names = new ArrayList<>(n), texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(r.str());
            texts.add(r.str());
        }
        List<SourceFile> files = StdSource.files(names, texts);
        Crate crate = r.node();
        int m = r.i();
        List<Expander.MacroDef> macros = new ArrayList<>(m);
        for (int i = 0; i < m; i++) macros.add(new Expander.MacroDef(r.str(), r.node(), r.bool()));
        Resolver.StdResolution resolution = StdResolutionCodec.read(r, crate);
        if (!r.atEnd()) throw new IllegalStateException("std's image has bytes after its end");
        Diagnostics own = new Diagnostics(null);
        Expander.Expanded x = Expander.restoreStd(crate, macros, own, StdSource.stdOnly(files));
        return new StdSource.Loaded(files, x, own.all(), resolution);
    }

    /** The image in rustmem's classes, or null when the build made none. */
    static byte[] resource() {
        try (InputStream in = StdImage.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
