package rustmem.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code rustmem help [COMMAND]}: the usage help of rustmem or of one of its commands. It is picocli's HelpCommand
 * (same declaration, same output) declared in code, since picocli's own is known to it by its annotations only.
 */
final class HelpCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "help",
        "%nWhen no COMMAND is given, the usage help for the main command is displayed.",
        "If a COMMAND is specified, the help for that command is shown.%n");
    {
        cmd.spec.helpCommand(true).usageMessage().header("Display help information about the specified command.")
            .synopsisHeading("%nUsage: ");
        cmd.option(boolean.class, OptionSpec.builder("-h", "--help").usageHelp(true)
            .description("Show usage help for the help command and exit."));
    }
    private final Arg<String> command = cmd.parameter(String.class, PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1")
        .description("The COMMAND to display the usage help message for."));

    @Override
    public Integer call() {
        CommandLine self = cmd.spec.commandLine();
        CommandLine rustmem = self.getParent();
        String name = command.get();
        CommandLine shown = name == null ? rustmem : rustmem.getCommandSpec().subcommands().get(name);
        if (shown == null) throw new ParameterException(rustmem, "Unknown subcommand '" + name + "'.", (ArgSpec) null, name);
        shown.usage(self.getOut(), self.getColorScheme());
        return shown.getCommandSpec().exitCodeOnUsageHelp();
    }
}
