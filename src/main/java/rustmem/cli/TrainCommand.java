package rustmem.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Hidden: runs the common commands once on one example so that the launcher can record a JDK AOT
 * cache of everything they load (start-up is most of a short rustmem run).
 */
@Command(name = "aot-training", hidden = true, description = "Run typical commands for the AOT cache.")
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        String f = file.toString();
        Main.execute(new String[] {"check", "--parse-only", f}, sink, sink);
        Main.execute(new String[] {"layout", f}, sink, sink);
        Main.execute(new String[] {"layout", f, "--json"}, sink, sink);
        Main.execute(new String[] {"layout", f, "--type", "Option<(u8, char)>"}, sink, sink);
        Main.execute(new String[] {"sections", f}, sink, sink);
        Main.execute(new String[] {"run", f}, sink, sink);   // the program's output goes to the launcher's /dev/null
        return 0;
    }
}
