package rustmem.interp;

/** The process ends (std::process::exit, abort, a panic while panicking): its exit code. */
final class ProgramExit extends RuntimeException {
    final int code;

    ProgramExit(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
