package rustmem.cli;

import picocli.CommandLine.Command;

/** {@code rustmem run}: not built yet. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a program on the simulated process (not implemented yet).")
final class RunCommand extends PlannedCommand {}
