package rustmem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import rustmem.source.SourceFile;

/** Reads the program a command was given, turning I/O problems into usage errors. */
final class SourceLoader {
    /** Larger inputs are refused before lexing: they would only exhaust memory. */
    static final long MAX_SOURCE_BYTES = 16L << 20;

    private SourceLoader() {}

    static SourceFile load(Path path) {
        try {
            if (!Files.isRegularFile(path)) throw new UsageError("couldn't read `" + path + "`: No such file");
            if (Files.size(path) > MAX_SOURCE_BYTES) {
                throw new UsageError("`" + path + "` is larger than " + (MAX_SOURCE_BYTES >> 20) + " MiB");
            }
            return SourceFile.read(path);
        } catch (IOException e) {
            throw new UsageError("couldn't read `" + path + "`: " + e.getMessage());
        }
    }
}
