package rustmem.legacy.interp;

import rustmem.legacy.interp.Interpreter.Frame;

/**
 * A body ready to run: JVM bytecode of its own ({@link BodyCodegen}), or its nodes walked
 * ({@link TreeBody}). {@link #run} executes the body in its pushed frame from a block until it
 * either returns (-1) or jumps back to a loop head, whose index it returns: the caller's loop
 * ({@link Interpreter#runToReturn}, or the same loop inlined at a generated call site) counts the
 * step and runs it again from there. One iteration per invocation lets the JIT compile a loop's
 * code after a few hundred iterations, instead of waiting for on-stack replacement.
 */
abstract class BodyCode {
    /** Runs from block to the body's return (-1) or to a jump back to a loop head (its index). */
    abstract int run(Frame f, int block);
}
