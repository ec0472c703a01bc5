package rustmem.machine;

/** The program did something Rust leaves undefined; the run stops with this message. */
public final class UndefinedBehavior extends RuntimeException {
    public UndefinedBehavior(String message) { super(message, null, false, false); }
}
