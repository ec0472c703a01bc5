package rustmem.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command of DESIGN.md whose stage is not built yet: says so instead of giving a wrong answer. */
abstract class PlannedCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "Arguments (accepted for now, then refused)")
    List<String> args;

    @Mixin
    DebugOption debugOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new UsageError("unsupported: `rustmem " + spec.name() + "` is not implemented yet");
    }
}
