package rustmem.types;

import java.util.List;
import java.util.function.UnaryOperator;

/** A function's signature: parameter types, return type, and whether it is unsafe or C-variadic. */
public record FnSig(List<Ty> inputs, Ty output, boolean unsafe, boolean variadic, String abi) {
    public FnSig(List<Ty> inputs, Ty output) { this(inputs, output, false, false, "Rust"); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof FnSig x && inputs.equals(x.inputs) && output.equals(x.output) && unsafe == x.unsafe
            && variadic == x.variadic && abi.equals(x.abi);
    }

    @Override
    public int hashCode() { return (inputs.hashCode() * 31 + output.hashCode()) * 31 + (unsafe ? 2 : 0) + (variadic ? 1 : 0); }

    public FnSig fold(UnaryOperator<Ty> f) {
        return new FnSig(Ty.foldAll(inputs, f), output.fold(f), unsafe, variadic, abi);
    }

    public FnSig subst(List<Ty> args) {
        return args.isEmpty() ? this : new FnSig(Ty.substAll(inputs, args), output.subst(args), unsafe, variadic, abi);
    }
}
