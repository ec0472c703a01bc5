package rustmem.interp;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import rustmem.resolve.DefId;
import rustmem.resolve.DefKind;
import rustmem.types.TraitRef;
import rustmem.types.TyCtxt;

/**
 * A hidden diagnostic for scripts/std-coverage.py: when the environment variable {@code RUSTMEM_STD_CALLS} names a
 * file, the path of every std function whose body the interpreter builds (once per function) is appended to it, one
 * line each: {@code self type TAB trait (or -) TAB name TAB full path}. Off (null) otherwise.
 */
final class StdCallLog {
    private final Interpreter interp;
    private final FileOutputStream out;

    private StdCallLog(Interpreter interp, FileOutputStream out) { this.interp = interp; this.out = out; }

    /** The log the environment asks for, or null. */
    static StdCallLog open(Interpreter interp) {
        String path = System.getenv("RUSTMEM_STD_CALLS");
        if (path == null || path.isEmpty()) return null;
        try {
            return new StdCallLog(interp, new FileOutputStream(path, true));
        } catch (IOException e) {
            return null;
        }
    }

    void log(DefId def) {
        TyCtxt tcx = interp.tcx;
        if (!tcx.defs.isStd(def)) return;
        DefKind kind = tcx.defs.kind(def);
        if (!kind.isFn()) return;
        String self = "-", trait = "-";
        DefId parent = tcx.defs.parent(def);
        try {
            if (parent != null && tcx.defs.kind(parent) == DefKind.IMPL) {
                self = tcx.display(tcx.typeOf(parent));
                TraitRef tr = tcx.implTraitRef(parent);
                if (tr != null) trait = tcx.defs.pathString(tr.trait());
            } else if (parent != null && tcx.defs.kind(parent) == DefKind.TRAIT) {
                self = "Self";
                trait = tcx.defs.pathString(parent);
            }
        } catch (RuntimeException e) {
            // a diagnostic only: never disturb the run
        }
        String line = self + "\t" + trait + "\t" + tcx.defs.name(def) + "\t" + tcx.defs.pathString(def) + "\n";
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // ignored
        }
    }
}
