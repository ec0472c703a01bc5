package rustmem.legacy.types;

import java.util.List;
import rustmem.source.Span;

/**
 * A closure expression of the program (rustc's closure DefId with its signature and upvars). Its
 * type is {@link Ty.Closure}: this definition applied to the enclosing function's generic
 * arguments. The signature and captures are filled in as the type checker learns them and
 * resolved in place once inference is done, so every type naming the closure sees them.
 */
public final class ClosureDef {
    /** How the closure may be called (rustc's ClosureKind): what its body does to what it captures. */
    public enum Kind { FN, FN_MUT, FN_ONCE }

    /** How a variable is captured: a shared or mutable reference to it, or the value itself (moved or copied in). */
    public enum CaptureMode { BY_REF, BY_MUT_REF, BY_VALUE }

    /** A captured variable: the enclosing body's local, how it is captured, and the local's type. */
    public record Capture(int local, CaptureMode mode, Ty localTy) {
        /** The type of the closure's field for this capture. */
        public Ty fieldTy() {
            return switch (mode) {
                case BY_REF -> new Ty.Ref(localTy, false);
                case BY_MUT_REF -> new Ty.Ref(localTy, true);
                case BY_VALUE -> localTy;
            };
        }
    }

    /** As rustc names it: {@code {closure@src/main.rs:4:13}}. */
    public final String name;
    public final Span span;
    List<Ty> params;
    Ty ret;
    List<Capture> captures = List.of();
    Kind kind = Kind.FN;
    /** The Fn-family trait of the bound the closure was written against (null: written elsewhere). */
    String expectedTrait;
    /** Why the kind is what it is: the first captured variable assigned, mutably borrowed, moved (or -1). */
    int firstAssigned = -1;
    int firstMutBorrowed = -1;
    int firstMoved = -1;

    ClosureDef(String name, Span span, List<Ty> params, Ty ret) {
        this.name = name;
        this.span = span;
        this.params = params;
        this.ret = ret;
    }

    public List<Ty> params() { return params; }

    public Ty ret() { return ret; }

    public List<Capture> captures() { return captures; }

    public Kind kind() { return kind; }

    @Override
    public String toString() { return name; }
}
