package rustmem.layout;

/**
 * The {@code #[repr(...)]} of a type: an explicit integer for enum tags, {@code C},
 * {@code packed(N)} (0 when not packed), {@code align(N)} (0 when absent), {@code transparent}.
 */
public record ReprOptions(IntegerType intTy, boolean c, int packed, int align, boolean transparent) {
    public static final ReprOptions DEFAULT = new ReprOptions(null, false, 0, 0, false);

    /** An integer named in a repr (rustc_abi's IntegerType): fixedSize in bytes, 0 for the pointer-sized ones. */
    public record IntegerType(int fixedSize, boolean signed) {}

    public boolean isPacked() { return packed > 0; }

    /** repr(C) and primitive-repr enums keep declaration order. */
    public boolean inhibitReordering() { return c || intTy != null; }
}
