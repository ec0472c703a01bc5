package rustmem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.OptionSpec;
import rustmem.elf.ElfFile;
import rustmem.elf.ElfFormatException;
import rustmem.link.ImageBuilder;
import rustmem.link.ImageTarget;
import rustmem.link.ProgramImage;
import rustmem.view.SectionsJson;
import rustmem.view.SectionsText;

/**
 * {@code rustmem sections FILE}: the section table of a real ELF file, or of the simulated image of a
 * Rust program (a file ending in .rs), with what the program put in each section.
 */
final class SectionsCommand implements Callable<Integer> {
    /** Larger files are refused: the reader holds the whole file in memory. */
    static final long MAX_BINARY_BYTES = 1L << 30;

    final CommandDecl cmd = new CommandDecl(this, "sections",
        "Show the sections of an ELF binary (name, type, flags, address, offset, size, alignment, segments), or of the "
            + "simulated image of a program FILE.rs.");
    private final Arg<Path> file = cmd.file("An ELF file, or a Rust source file (.rs)");
    private final Arg<Boolean> json = cmd.flag("--json", "Print JSON (format in docs/JSON.md)");
    private final Arg<String> symbol = cmd.option(String.class, OptionSpec.builder("--symbol").paramLabel("NAME")
        .description("Only where NAME lives: its section and address (a function, static or const; Rust paths are "
            + "demangled, so `main` or `MY_VAR` will do)"));
    private final Arg<String> target = cmd.option(String.class, OptionSpec.builder("--target").paramLabel("TRIPLE")
        .defaultValue("x86_64-unknown-linux-gnu")
        .description("For FILE.rs: x86_64-unknown-linux-gnu (default) or thumbv6m-none-eabi (a Cortex-M0+ image)"));
    {
        DebugOption.declare(cmd);
        cmd.standardHelpOptions();
    }

    @Override
    public Integer call() {
        PrintWriter out = cmd.out();
        PrintWriter err = cmd.err();
        Path file = this.file.get();
        if (file.toString().endsWith(".rs")) return program(file, out, err);
        if (target.given()) {
            throw new UsageError("--target applies to programs (FILE.rs); an ELF file says its own target");
        }
        ElfFile elf;
        try {
            elf = ElfFile.read(readBinary(file));
        } catch (ElfFormatException e) {
            err.println("error: " + file + ": " + e.getMessage());
            return 1;
        }
        if (symbol.get() != null) {
            var matches = elf.lookup(symbol.get());
            out.print(json.get() ? SectionsJson.symbols(elf, matches) : SectionsText.symbols(elf, symbol.get(), matches));
            return matches.isEmpty() ? 1 : 0;
        }
        out.print(json.get() ? SectionsJson.render(file.toString(), elf, null) : SectionsText.render(file.toString(), elf));
        return 0;
    }

    private int program(Path file, PrintWriter out, PrintWriter err) {
        ImageTarget t = ImageTarget.byName(target.get());
        if (t == null) {
            throw new UsageError("unsupported target `" + target.get() + "` for a program's image; supported: "
                + String.join(", ", Arrays.stream(ImageTarget.values()).map(v -> v.dataLayout.name()).toList()));
        }
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err);
        if (parsed == null) return 1;
        ProgramImage image = ProgramImages.of(parsed.source(), parsed.crate(), parsed.diags(), parsed.edition(), t);
        if (image == null) return parsed.fail(err);
        parsed.printDiagnostics(err);
        if (symbol.get() != null) {
            var matches = image.lookup(symbol.get());
            out.print(json.get() ? SectionsJson.placements(matches) : SectionsText.placements(image, symbol.get(), matches));
            return matches.isEmpty() ? 1 : 0;
        }
        String label = file + " (simulated image, " + t.dataLayout.name() + ")";
        out.print(json.get() ? SectionsJson.render(file.toString(), image.table(), image)
            : SectionsText.render(label, image.table()) + SectionsText.contents(image));
        return 0;
    }

    private static byte[] readBinary(Path path) {
        try {
            if (!Files.isRegularFile(path)) throw new UsageError("couldn't read `" + path + "`: No such file");
            if (Files.size(path) > MAX_BINARY_BYTES) {
                throw new UsageError("`" + path + "` is larger than " + (MAX_BINARY_BYTES >> 30) + " GiB");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UsageError("couldn't read `" + path + "`: " + e.getMessage());
        }
    }
}
