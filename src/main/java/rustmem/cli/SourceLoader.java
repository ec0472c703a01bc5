package rustmem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import rustmem.source.DiagnosticRenderer;
import rustmem.source.Diagnostics;
import rustmem.source.Edition;
import rustmem.source.SourceFile;
import rustmem.syntax.Parser;
import rustmem.syntax.ast.Crate;

/** Reads and parses the program a command was given, turning I/O problems into usage errors. */
final class SourceLoader {
    /** Larger inputs are refused before lexing: they would only exhaust memory. */
    static final long MAX_SOURCE_BYTES = 16L << 20;

    private SourceLoader() {}

    /** A parsed file with the diagnostics sink later stages keep reporting to. */
    record Parsed(SourceFile source, Diagnostics diags, Crate crate, Edition edition) {
        void printDiagnostics(PrintWriter err) { err.print(new DiagnosticRenderer(source).renderAll(diags)); }

        /** Prints the diagnostics; exit 2 when something was unsupported (not the program's fault), else 1. */
        int fail(PrintWriter err) {
            printDiagnostics(err);
            err.flush();
            return exitCode(diags);
        }
    }

    /** The exit code after errors: 2 when something was unsupported (not the program's fault), else 1. */
    static int exitCode(Diagnostics diags) {
        return diags.all().stream().anyMatch(d -> d.message().startsWith("unsupported:")) ? Main.EXIT_USAGE : 1;
    }

    /** Parses the file; on syntax errors prints them and returns null. */
    static Parsed parse(Path path, PrintWriter err) { return parse(path, err, Edition.DEFAULT); }

    /** Parses the file as written to an edition; on syntax errors prints them and returns null. */
    static Parsed parse(Path path, PrintWriter err, Edition edition) {
        SourceFile source;
        try {
            source = load(path);
        } catch (SourceFile.InvalidUtf8 bad) {
            // rustc: `error: couldn't read `F`: stream did not contain valid UTF-8` at the first such byte
            Diagnostics diags = new Diagnostics(bad.shown);
            diags.emit(rustmem.source.Diagnostic.error("couldn't read `" + path + "`: " + bad.getMessage())
                .span(new rustmem.source.Span(bad.offset, bad.offset + 1), "byte `" + bad.value + "` is not valid utf-8"));
            err.print(new DiagnosticRenderer(bad.shown).renderAll(diags));
            return null;
        }
        Diagnostics diags = new Diagnostics(source);
        Crate crate = Parser.parseFile(source, diags, edition);
        Parsed parsed = new Parsed(source, diags, crate, edition);
        if (diags.hasErrors()) {
            parsed.printDiagnostics(err);
            return null;
        }
        return parsed;
    }

    /**
     * Parses a program given as text (the web page's), read as rustc reads a file: a leading byte-order mark removed,
     * CRLF made LF. Syntax errors stay in the answer's diagnostics.
     */
    static Parsed parseText(String name, String text, Edition edition) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n");
        SourceFile source = new SourceFile(name, text);
        Diagnostics diags = new Diagnostics(source);
        return new Parsed(source, diags, Parser.parseFile(source, diags, edition), edition);
    }

    /**
     * The file's text; what cannot be read is a usage error with the operating system's words, as rustc says it, and
     * bytes that are not UTF-8 are for the caller to report at their place.
     */
    private static SourceFile load(Path path) throws SourceFile.InvalidUtf8 {
        try {
            if (Files.isDirectory(path)) throw new UsageError("couldn't read `" + path + "`: Is a directory (os error 21)");
            if (!Files.exists(path)) throw new UsageError("couldn't read `" + path + "`: No such file or directory (os error 2)");
            if (Files.size(path) > MAX_SOURCE_BYTES) {
                throw new UsageError("`" + path + "` is larger than " + (MAX_SOURCE_BYTES >> 20) + " MiB");
            }
            return SourceFile.read(path);
        } catch (SourceFile.InvalidUtf8 e) {
            throw e;
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UsageError("couldn't read `" + path + "`: Permission denied (os error 13)");
        } catch (IOException e) {
            throw new UsageError("couldn't read `" + path + "`: " + e.getMessage());
        }
    }
}
