package rustmem.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.TypeConversionException;

/**
 * A command as picocli sees it, declared in code: its name, description, options and parameters. picocli parses the
 * command line into them, renders help and usage and reports errors, but never reads annotations: that made run-time
 * proxy classes and wrote fields by reflection, neither of which the JDK's AOT cache holds (a short run's start-up).
 * A command declares each option as a field beside the code that uses it: {@code final Arg<Path> file = cmd.file(...)}.
 */
final class CommandDecl {
    final CommandSpec spec;

    /** The command object (a Callable or Runnable) that picocli runs once the command line is parsed. */
    CommandDecl(Object command, String name, String... description) {
        spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
    }

    /** Left out of rustmem's list of commands (development commands). */
    CommandDecl hidden() {
        spec.usageMessage().hidden(true);
        return this;
    }

    /** `--help` lists the options in the order declared instead of alphabetically. */
    CommandDecl unsorted() {
        spec.usageMessage().sortOptions(false);
        return this;
    }

    CommandDecl version(String version) {
        spec.version(version);
        return this;
    }

    /**
     * {@code -h, --help} and {@code -V, --version} as picocli's mixinStandardHelpOptions declares them (that reads its
     * own annotated class), declared after the command's own options as it does: an unsorted `--help` lists them last.
     */
    void standardHelpOptions() {
        option(boolean.class, OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit."));
        option(boolean.class, OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit."));
    }

    /** An option without a value: false unless given. */
    Arg<Boolean> flag(String name, String description) {
        return option(boolean.class, OptionSpec.builder(name).description(description));
    }

    /** An option with a value of the type: its default value (null without one) unless given. */
    <T> Arg<T> option(Class<T> type, OptionSpec.Builder option) {
        option.type(type);
        if (type == boolean.class) option.initialValue(false);   // as a boolean field starts
        if (type == Path.class) option.converters(CommandDecl::path);
        return add(option.build());
    }

    /** A repeatable option (or one whose values split at its splitRegex): its values in order, none unless given. */
    <E> Arg<List<E>> options(Class<E> element, OptionSpec.Builder option) {
        option.type(List.class).auxiliaryTypes(element).initialValue(List.of());
        if (element == Path.class) option.converters(CommandDecl::path);
        return add(option.build());
    }

    /** The FILE a command reads: its first positional parameter. */
    Arg<Path> file(String... description) {
        return parameter(Path.class, PositionalParamSpec.builder().index("0").paramLabel("FILE").description(description));
    }

    /** A positional parameter of the type: required unless its arity allows none. */
    <T> Arg<T> parameter(Class<T> type, PositionalParamSpec.Builder param) {
        param.type(type);
        if (type == Path.class) param.converters(CommandDecl::path);
        param.required(param.arity() == null || param.arity().min() > 0);
        return add(param.build());
    }

    /** Positional parameters that go into a list (by default none or more, at their indices). */
    <E> Arg<List<E>> parameters(Class<E> element, PositionalParamSpec.Builder param) {
        // the arity picocli gives a list field: 0..1 a position, "unspecified" (which the parser treats apart)
        if (param.arity() == null) param.arity(Range.valueOf("0..1").unspecified(true));
        param.type(List.class).auxiliaryTypes(element).initialValue(List.of()).required(param.arity().min() > 0);
        if (element == Path.class) param.converters(CommandDecl::path);
        return add(param.build());
    }

    /** The arguments that are none of the command's options and parameters, in order: kept for it instead of refused. */
    Supplier<List<String>> unmatched() {
        spec.parser().unmatchedArgumentsAllowed(true);
        return () -> spec.commandLine().getParseResult().unmatched();
    }

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    private <T> Arg<T> add(ArgSpec arg) {
        spec.add(arg);
        return new Arg<>(arg);
    }

    /** Path.of: picocli's own converter for Path calls Paths.get by reflection. Its message on a bad path. */
    private static Path path(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("cannot convert '" + s + "' to " + Path.class + " (" + e + ")");
        }
    }
}
