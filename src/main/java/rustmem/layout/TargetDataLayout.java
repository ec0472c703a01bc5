package rustmem.layout;

import java.util.List;

/**
 * What a target says about primitive sizes and alignments (rustc's {@code TargetDataLayout}
 * plus the target options layout needs). Sizes and alignments in bytes.
 */
public record TargetDataLayout(String name, int pointerSize, int pointerAlign, int i64Align, int i128Align,
                               int f64Align, int cEnumMinSize) {

    public static final TargetDataLayout X86_64 = new TargetDataLayout("x86_64-unknown-linux-gnu", 8, 8, 8, 16, 8, 4);
    public static final TargetDataLayout I686 = new TargetDataLayout("i686-unknown-linux-gnu", 4, 4, 4, 16, 4, 4);
    public static final TargetDataLayout AARCH64 = new TargetDataLayout("aarch64-unknown-linux-gnu", 8, 8, 8, 16, 8, 4);
    /** 32-bit Cortex-M0+: 8-aligned 64-bit integers, 8-aligned 128-bit integers, short C enums. */
    public static final TargetDataLayout THUMBV6M = new TargetDataLayout("thumbv6m-none-eabi", 4, 4, 8, 8, 8, 1);

    public static final List<TargetDataLayout> ALL = List.of(X86_64, I686, AARCH64, THUMBV6M);

    public static TargetDataLayout byName(String name) {
        for (TargetDataLayout t : ALL) if (t.name.equals(name)) return t;
        return null;
    }

    /** Largest object size: 2^61 on 64-bit targets, 2^31 on 32-bit ones. */
    public long maxObjectSize() { return pointerSize == 8 ? 1L << 61 : 1L << 31; }

    public int alignOf(IntWidth i) {
        return switch (i) {
            case I8 -> 1;
            case I16 -> 2;
            case I32 -> 4;
            case I64 -> i64Align;
            case I128 -> i128Align;
        };
    }

    /** The pointer-sized integer. */
    public IntWidth ptrSizedInteger() { return pointerSize == 8 ? IntWidth.I64 : IntWidth.I32; }
}
