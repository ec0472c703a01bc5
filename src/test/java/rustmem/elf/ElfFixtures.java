package rustmem.elf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The ELF files scripts/gen-elf-fixtures.sh built, with binutils' outputs for each. */
final class ElfFixtures {
    static final List<String> NAMES = List.of("rust_debug", "rust_release", "c_debug", "c_object.o", "i386_static",
        "be32.o", "be64.o");

    private ElfFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = new GZIPInputStream(resource(name + ".gz"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name, String tool) {
        try (InputStream in = resource(name + "." + tool)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = ElfFixtures.class.getResourceAsStream("/elf/" + file);
        if (in == null) throw new IllegalStateException("missing test resource elf/" + file);
        return in;
    }
}
