package rustmem.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import rustmem.interp.Interpreter;
import rustmem.interp.Machine;
import rustmem.link.ImageBuilder;
import rustmem.link.ImageTarget;
import rustmem.link.InitialValue;
import rustmem.link.ProgramImage;
import rustmem.source.Diagnostics;
import rustmem.source.Edition;
import rustmem.source.SourceFile;
import rustmem.source.SourceMap;
import rustmem.syntax.ast.Crate;

/** The simulated image of a program (`sections FILE.rs`): the program compiled as `run` compiles it, then linked. */
public final class ProgramImages {
    /** The steps a static's initializer may take (rustc's const evaluation has no limit, but reports long ones). */
    private static final long STATIC_STEPS = 10_000_000;

    private ProgramImages() {}

    /**
     * The image of a parsed program (file, crate) for a target, or null after its errors went to diags. Each static's
     * initializer is run by an interpreter of the image's own, as the program's first use of it would run it.
     */
    public static ProgramImage of(SourceFile file, Crate crate, Diagnostics diags, Edition edition, ImageTarget target) {
        Compilation c = Compilation.of(new SourceMap(file), crate, diags, false, edition);
        c.analyze(true);
        if (diags.hasErrors()) return null;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        Interpreter in = new Interpreter(c.tcx, new Machine(discard, discard), STATIC_STEPS);
        return ImageBuilder.build(crate, c.tcx, def -> {
            try {
                return in.staticIsZero(def) ? InitialValue.ZERO : in.staticHoldsAddress(def) ? InitialValue.ADDRESS : InitialValue.NONZERO;
            } catch (RuntimeException | StackOverflowError e) {
                return null;   // a panic, undefined behaviour or what the interpreter cannot run: reported as unsupported
            }
        }, target, diags);
    }
}
