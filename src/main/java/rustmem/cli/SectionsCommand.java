package rustmem.cli;

import picocli.CommandLine.Command;

/** {@code rustmem sections}: not built yet. */
@Command(name = "sections", mixinStandardHelpOptions = true, description = "Show the sections of an ELF binary or of a program's image (not implemented yet).")
final class SectionsCommand extends PlannedCommand {}
