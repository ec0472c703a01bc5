package rustmem.interp;

import java.util.List;
import rustmem.resolve.DefId;
import rustmem.types.Ty;

/**
 * A function as the program calls it, every generic argument known (rustc's {@code ty::Instance}): an item with
 * a body, an intrinsic, or one of the shims the compiler makes (virtual calls, drop glue, builtin clones, calls
 * of closures and functions through the Fn traits, constructors used as functions).
 */
public final class Instance {
    private final Kind kind;
    private final DefId def;
    private final List<Ty> args;
    private final Ty ty;
    private final int index;
    /** The hash, computed once: instances key the interpreter's tables (bodies, function addresses), their types are deep. */
    private int hash;

    public Instance(Kind kind, DefId def, List<Ty> args, Ty ty, int index) {
        this.kind = kind;
        this.def = def;
        this.args = args;
        this.ty = ty;
        this.index = index;
    }

    public Kind kind() { return kind; }

    public DefId def() { return def; }

    public List<Ty> args() { return args; }

    public Ty ty() { return ty; }

    public int index() { return index; }

    /** An interpreter's compiled body of this instance, with the interpreter (see {@link Interpreter#body}). */
    record Compiled(Object owner, CompiledBody body) {}

    /** The body {@link Interpreter#body} compiled last for this very object (a vtable's method, a drop impl). */
    Compiled compiled;

    /** The def's name, looked up once (an intrinsic's is what the registry dispatches on, at every call). */
    private String name;

    /** def's name, interned: the registry's `switch` then finds it equal to its literal at once. */
    String name(rustmem.types.TyCtxt tcx) {
        String n = name;
        if (n == null) name = n = tcx.name(def).intern();
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Instance i && hashCode() == i.hashCode() && kind == i.kind && index == i.index
            && java.util.Objects.equals(def, i.def) && java.util.Objects.equals(args, i.args) && java.util.Objects.equals(ty, i.ty);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = java.util.Objects.hash(kind, def, args, ty, index);
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    public enum Kind {
        /** A function, method or closure with a MIR body (def's, instantiated with args). */
        ITEM,
        /** A #[rustc_intrinsic] function, run by the intrinsic registry. */
        INTRINSIC,
        /** A function of an `extern "C"` block, run by the foreign-item shims (glibc's behaviour). */
        FOREIGN,
        /** A trait method called on a trait object: vtable slot index. */
        VIRTUAL,
        /** drop_in_place::<ty>. */
        DROP_GLUE,
        /** Clone::clone of a type whose Clone is built in (closures, tuples of Clone). */
        CLONE_SHIM,
        /** A closure (def, args) called through Fn (index 0), FnMut (1) or FnOnce (2) with a tuple of arguments. */
        CLOSURE_CALL,
        /** A function item or pointer (ty) called through an Fn trait with a tuple of arguments. */
        FN_CALL,
        /** A tuple struct or variant constructor used as a function: ty is the ADT, index the variant. */
        CTOR
    }

    public static Instance item(DefId def, List<Ty> args) { return new Instance(Kind.ITEM, def, List.copyOf(args), null, 0); }

    @Override
    public String toString() { return kind + "(" + def + ", " + args + (ty != null ? ", " + ty : "") + ", " + index + ")"; }
}
