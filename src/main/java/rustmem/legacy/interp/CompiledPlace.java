package rustmem.legacy.interp;

import rustmem.legacy.ir.Mir;
import rustmem.legacy.types.Ty;

/**
 * A MIR place resolved once for the body it belongs to: the offset of its local in the frame plus
 * the fields before the first run-time step, then the run-time steps (indexing by a local, loading
 * a pointer) as integer triples, so that resolving it on every access is arithmetic only.
 */
final class CompiledPlace {
    /** Adds a: a field's offset after a run-time step. */
    static final int FIELD = 0;
    /** Adds the index local at frame offset a times the element size b. */
    static final int INDEX = 1;
    /** Loads the pointer stored at the current offset, adds a (Rc's offset of its value), checks b bytes are live there. */
    static final int DEREF = 2;

    /** The body the place was compiled for (a place object belongs to one body). */
    final Mir.Body body;
    /** The local (negative: static -1 - local). */
    final int local;
    /** Offset of the local in its frame (0 for a static) plus the fields before the first step. */
    final int start;
    /** Triples (kind, a, b); null when the place lies at a fixed offset from its local. */
    final int[] steps;
    final Ty ty;
    final int size;
    final boolean signed;

    CompiledPlace(Mir.Body body, int local, int start, int[] steps, Ty ty, int size, boolean signed) {
        this.body = body;
        this.local = local;
        this.start = start;
        this.steps = steps;
        this.ty = ty;
        this.size = size;
        this.signed = signed;
    }

    /** A place in the frame at a fixed offset from its base: read and written without any look-up. */
    boolean inFrame() { return steps == null && local >= 0; }
}
