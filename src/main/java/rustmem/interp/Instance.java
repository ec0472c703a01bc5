package rustmem.interp;

import java.util.List;
import rustmem.resolve.DefId;
import rustmem.types.Ty;

/**
 * A function as the program calls it, every generic argument known (rustc's {@code ty::Instance}): an item with
 * a body, an intrinsic, or one of the shims the compiler makes (virtual calls, drop glue, builtin clones, calls
 * of closures and functions through the Fn traits, constructors used as functions).
 */
public record Instance(Kind kind, DefId def, List<Ty> args, Ty ty, int index) {
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
