package rustmem.cli;

import picocli.CommandLine.Command;

/** {@code rustmem serve}: not built yet. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web UI (not implemented yet).")
final class ServeCommand extends PlannedCommand {}
