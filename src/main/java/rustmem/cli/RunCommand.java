package rustmem.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.PositionalParamSpec;
import rustmem.interp.Machine;
import rustmem.source.Edition;

/** {@code rustmem run FILE}: runs the program on the simulated process, with the real binary's output and exit code. */
final class RunCommand implements Callable<Integer> {
    final CommandDecl cmd = new CommandDecl(this, "run",
        "Run a program on the simulated process: stdout, stderr and exit code as the compiled binary's.");
    private final Arg<Path> file = cmd.file("Rust source file");
    private final Arg<List<String>> programArgs = cmd.parameters(String.class, PositionalParamSpec.builder().index("1..*")
        .paramLabel("ARGS").description("Arguments for the program (after --)"));
    private final LimitOptions limitOptions = new LimitOptions(cmd);
    private final Arg<Boolean> memory = cmd.flag("--memory", "After the program exits, report heap allocations, frees, "
        + "reallocations, bytes, peak use, brk/mmap calls, the stack's high-water mark and leaked blocks on stderr");
    private final Arg<Boolean> emitMir = cmd.flag("--emit-mir", "Print the MIR of the program's functions instead of running it");
    private final Arg<Edition> edition = EditionOption.declare(cmd);
    {
        DebugOption.declare(cmd);
        cmd.standardHelpOptions();
    }

    @Override
    public Integer call() {
        var err = cmd.err();
        if (emitMir.get()) return MirCommand.print(file.get(), edition.get(), null, cmd.out(), err);
        TimePasses.end("command line read");
        SourceLoader.Parsed parsed = SourceLoader.parse(file.get(), err, edition.get());
        TimePasses.end("program parsed");
        if (parsed == null) return 1;
        java.util.List<String> argv = new java.util.ArrayList<>();
        String stem = file.get().getFileName().toString().replaceFirst("\\.rs$", "");
        argv.add("./" + stem);
        argv.addAll(programArgs.get());
        NewPipeline.Outcome outcome;
        try {
            outcome = NewPipeline.run(parsed, limitOptions.limits(), argv, System.in, null, memory.get(), Machine.Streams.process());
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
                if (memory.get()) {
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
