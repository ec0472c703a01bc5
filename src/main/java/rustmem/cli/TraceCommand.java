package rustmem.cli;

import picocli.CommandLine.Command;

/** {@code rustmem trace}: not built yet. */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Trace memory step by step (not implemented yet).")
final class TraceCommand extends PlannedCommand {}
