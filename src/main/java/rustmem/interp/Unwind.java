package rustmem.interp;

/** A panic unwinding the interpreter's frames (each drops its live values on the way); payload is its Box<dyn Any>. */
final class Unwind extends RuntimeException {
    final long payloadData, payloadVtable;

    Unwind(long payloadData, long payloadVtable) {
        super(null, null, false, false);
        this.payloadData = payloadData;
        this.payloadVtable = payloadVtable;
    }
}
