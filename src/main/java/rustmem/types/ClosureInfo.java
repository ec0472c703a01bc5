package rustmem.types;

import java.util.List;

/**
 * What the type checker learns about a closure (rustc's closure substs): its signature, its kind once the
 * captures are known (null before), the types of its captured values (the closure's fields), and how each
 * variable is captured. Filled in while the enclosing body is checked.
 */
public final class ClosureInfo {
    public enum Kind { FN, FN_MUT, FN_ONCE }

    /** One captured variable: the local's binding id, and whether it is held by value, shared or mutable reference. */
    public record Capture(int local, CaptureKind kind, Ty fieldTy) {}

    public enum CaptureKind { BY_VALUE, BY_REF, BY_MUT_REF }

    public FnSig sig;
    public Kind kind;
    public List<Capture> captures;
    /** A kind the closure's expected type asked for (from an Fn* bound it is passed to), or null. */
    public Kind expectedKind;

    public ClosureInfo(FnSig sig) { this.sig = sig; }

    public List<Ty> upvarTys() { return captures == null ? null : captures.stream().map(Capture::fieldTy).toList(); }
}
