package rustmem.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.List;
import rustmem.interp.Interpreter;
import rustmem.interp.Machine;
import rustmem.resolve.DefId;
import rustmem.types.Ty;
import rustmem.types.TyCtxt;

/**
 * Compile-time evaluation for the type checker (rustc's CTFE): `const fn` calls and `offset_of!` in array lengths
 * and the constants they name, run by an interpreter of their own (made when first needed, its output discarded).
 * A call that does not finish (a panic, undefined behaviour, a loop past the step limit) has no value.
 */
final class Ctfe implements TyCtxt.ConstEval {
    /** rustc's const evaluation has no step limit, but reports long-running ones; this is the interpreter's. */
    private static final long MAX_STEPS = 10_000_000;
    private final TyCtxt tcx;
    private Interpreter in;

    Ctfe(TyCtxt tcx) { this.tcx = tcx; }

    private Interpreter interpreter() {
        if (in == null) {
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            in = new Interpreter(tcx, new Machine(discard, discard), MAX_STEPS);
        }
        return in;
    }

    @Override
    public BigInteger call(DefId fn, List<Ty> generics, List<BigInteger> args) {
        try {
            return interpreter().evalConstCall(fn, generics, args);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    @Override
    public BigInteger offsetOf(Ty container, List<Integer> fields) {
        return BigInteger.valueOf(interpreter().offsetOf(container, fields));
    }
}
