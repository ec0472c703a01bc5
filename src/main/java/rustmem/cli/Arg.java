package rustmem.cli;

import picocli.CommandLine.Model.ArgSpec;

/** An option or positional parameter a command declared (see {@link CommandDecl}): its value once picocli has parsed. */
final class Arg<T> {
    private final ArgSpec spec;

    Arg(ArgSpec spec) { this.spec = spec; }

    /** The value given on the command line, else the default value, else the initial one (false, none, null). */
    T get() { return spec.getValue(); }

    /** Whether the command line gave it (a default value is not given). */
    boolean given() { return spec.command().commandLine().getParseResult().matchedArgs().contains(spec); }
}
