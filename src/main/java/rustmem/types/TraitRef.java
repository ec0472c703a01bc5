package rustmem.types;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import rustmem.resolve.DefId;

/** A trait applied to types: {@code T: Add<u8>} is {@code TraitRef(Add, [T, u8])}; args start with Self. */
public record TraitRef(DefId trait, List<Ty> args) {
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TraitRef x && Objects.equals(trait, x.trait) && Objects.equals(args, x.args);
    }

    @Override
    public int hashCode() { return 31 * Objects.hashCode(trait) + Objects.hashCode(args); }

    public Ty self() { return args.get(0); }

    public TraitRef withSelf(Ty self) {
        var out = new java.util.ArrayList<>(args);
        out.set(0, self);
        return new TraitRef(trait, List.copyOf(out));
    }

    public TraitRef fold(UnaryOperator<Ty> f) { return new TraitRef(trait, Ty.foldAll(args, f)); }

    public TraitRef subst(List<Ty> substs) { return new TraitRef(trait, Ty.substAll(args, substs)); }
}
