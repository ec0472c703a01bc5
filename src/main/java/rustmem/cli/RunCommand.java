package rustmem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rustmem.interp.Machine;

/** {@code rustmem run FILE}: runs the program on the simulated process, with the real binary's output and exit code. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a program on the simulated process: stdout, stderr and exit code as the compiled binary's.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rust source file")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program (after --)")
    List<String> programArgs;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--memory", description = "After the program exits, report heap allocations, frees, reallocations, "
        + "bytes, peak use, brk/mmap calls, the stack's high-water mark and leaked blocks on stderr")
    boolean memory;

    @Option(names = "--emit-mir", description = "Print the MIR of the program's functions instead of running it")
    boolean emitMir;

    @Mixin
    DebugOption debugOption;

    @picocli.CommandLine.Mixin
    EditionOption editionOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (emitMir) return MirCommand.print(file, editionOption.edition, null, spec.commandLine().getOut(), err);
        TimePasses.end("command line read");
        SourceLoader.Parsed parsed = SourceLoader.parse(file, err, editionOption.edition);
        TimePasses.end("program parsed");
        if (parsed == null) return 1;
        java.util.List<String> argv = new java.util.ArrayList<>();
        String stem = file.getFileName().toString().replaceFirst("\\.rs$", "");
        argv.add("./" + stem);
        if (programArgs != null) argv.addAll(programArgs);
        NewPipeline.Outcome outcome;
        try {
            outcome = NewPipeline.run(parsed, limitOptions.limits(), argv, System.in, null, memory, Machine.Streams.process());
        } catch (rustmem.interp.Interpreter.StepLimit e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        }
        switch (outcome) {
            case NewPipeline.Result r -> {
                System.out.write(r.stdout(), 0, r.stdout().length);
                System.out.flush();
                System.err.write(r.stderr(), 0, r.stderr().length);
                System.err.flush();
                if (memory) {
                    err.print(rustmem.view.MemoryReport.render(r.machine().allocator.stats(), r.machine().allocator.leaks(),
                        r.leakSites(), r.interpreter().stackUse()));
                    err.flush();
                }
                return r.code();
            }
            case NewPipeline.Failure f -> {
                // what the program printed before, then rustmem's diagnostics (rustc's errors, undefined behaviour,
                // what is not supported yet)
                System.out.write(f.stdout(), 0, f.stdout().length);
                System.out.flush();
                System.err.write(f.stderr(), 0, f.stderr().length);
                System.err.flush();
                err.print(f.diagnostics());
                err.flush();
                return f.code();
            }
        }
    }
}
