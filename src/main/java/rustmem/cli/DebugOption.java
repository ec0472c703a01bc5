package rustmem.cli;

/** The {@code --debug} flag most commands accept (Main shows stack traces of internal errors when given). */
final class DebugOption {
    private DebugOption() {}

    /** Declared for parsing and help only: Main looks for --debug among the arguments before picocli parses them. */
    static void declare(CommandDecl cmd) {
        cmd.flag("--debug", "Show Java stack traces of internal errors");
    }
}
