import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rustmem.legacy.layout.LayoutCx;
import rustmem.legacy.layout.LayoutReport;
import rustmem.layout.TargetDataLayout;
import rustmem.source.Diagnostics;
import rustmem.source.SourceFile;
import rustmem.syntax.Parser;
import rustmem.legacy.types.Ty;
import rustmem.legacy.types.TypeCollector;
import rustmem.view.LayoutJson;

/**
 * In-process layout throughput: parse, collect types, lay out every declared type and render
 * JSON, repeated after a warm-up. Usage: java -cp ... bench/LayoutBench.java FILE [SECONDS]
 */
public class LayoutBench {
    public static void main(String[] args) throws Exception {
        SourceFile f = SourceFile.read(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        once(f);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) once(f);
        int rounds = 0;
        long start = System.nanoTime();
        int layouts = 0;
        end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            layouts = once(f);
            rounds++;
        }
        double ms = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf("in-process, warm: %.1f ms per run (%d layouts: parse + types + layout + JSON)%n", ms, layouts);
    }

    static int once(SourceFile f) {
        Diagnostics d = new Diagnostics(f);
        TypeCollector tc = TypeCollector.forCrate(Parser.parseFile(f, d), d);
        LayoutCx cx = new LayoutCx(TargetDataLayout.X86_64);
        List<LayoutReport> reports = new ArrayList<>();
        for (TypeCollector.Declaration decl : tc.declarations()) {
            if (decl.isGeneric()) continue;
            Ty ty = decl.adt() != null ? new Ty.Adt(decl.adt(), List.of()) : tc.aliasTarget(decl.alias());
            if (!cx.layoutOf(ty).isUnsized()) reports.add(LayoutReport.of(decl.name(), "type", ty, cx));
        }
        return LayoutJson.render("x", reports, List.of()).length() > 0 ? reports.size() : 0;
    }
}
