package rustmem.traits;

import java.util.List;
import rustmem.resolve.DefId;
import rustmem.types.TraitRef;
import rustmem.types.Ty;

/** How a trait predicate holds (rustc's {@code ImplSource}): the source chosen, with what remains to prove. */
public sealed interface Selection {
    List<Obligation> nested();

    /** An impl, with the arguments its generic parameters took. */
    record Impl(DefId impl, List<Ty> args, List<Obligation> nested) implements Selection {}

    /** A where-clause of the environment (or an associated or opaque type's own bound). */
    record Param(TraitRef bound, List<Obligation> nested) implements Selection {}

    /** Built into the language: Sized, Copy of a closure, Fn traits of functions, auto traits, Unsize … */
    record Builtin(List<Obligation> nested) implements Selection {}

    /** A trait object's own trait (or a supertrait of it). */
    record Object(TraitRef objectTrait, List<Obligation> nested) implements Selection {}

    /** A closure called through an Fn trait. */
    record Closure(DefId closure, List<Ty> args, List<Obligation> nested) implements Selection {}

    /** A function item or pointer called through an Fn trait. */
    record FnPointer(Ty fnTy, List<Obligation> nested) implements Selection {}
}
