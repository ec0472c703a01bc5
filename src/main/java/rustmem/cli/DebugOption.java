package rustmem.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} flag every command accepts (Main shows stack traces of internal errors when given). */
final class DebugOption {
    @Option(names = "--debug", description = "Show Java stack traces of internal errors")
    boolean debug;
}
