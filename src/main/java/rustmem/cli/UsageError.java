package rustmem.cli;

/** A problem with how rustmem was called (missing file, unsupported command); exit code 2. */
public final class UsageError extends RuntimeException {
    public UsageError(String message) { super(message); }
}
