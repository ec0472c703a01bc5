package rustmem.interp;

import rustmem.interp.Interpreter.Frame;

/**
 * A body ready to run: JVM bytecode of its own ({@link BodyCodegen}), or its nodes walked
 * ({@link TreeBody}). {@link #run} executes the body in its pushed frame from the first block to
 * its return; calls made by the body run nested, one JVM frame per Rust frame.
 */
abstract class BodyCode {
    abstract void run(Frame f);
}
