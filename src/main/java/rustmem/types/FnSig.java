package rustmem.types;

import java.util.List;
import java.util.function.UnaryOperator;

/** A function's signature: parameter types, return type, and whether it is unsafe or C-variadic. */
public record FnSig(List<Ty> inputs, Ty output, boolean unsafe, boolean variadic, String abi) {
    public FnSig(List<Ty> inputs, Ty output) { this(inputs, output, false, false, "Rust"); }

    public FnSig fold(UnaryOperator<Ty> f) {
        return new FnSig(Ty.foldAll(inputs, f), output.fold(f), unsafe, variadic, abi);
    }

    public FnSig subst(List<Ty> args) {
        return args.isEmpty() ? this : new FnSig(Ty.substAll(inputs, args), output.subst(args), unsafe, variadic, abi);
    }
}
